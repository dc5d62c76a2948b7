"""Treebanks of related languages as extra training data for the Kazakh parser.

Their relations are moved to KTB's conventions (`treebank.ktb_relations`). Kyrgyz and Tatar words are read by
taldau's Kazakh morphology, like KTB's; Turkish words are not (taldau's readings of them are guesses), so a
Turkish token carries its own gold reading, its features rewritten as taldau writes Kazakh ones (`features`),
and its form and lemma only as their shape (`delexicalised`): the parser learns from Turkish the order of
cases, verb forms and punctuation, not its words. Turkish constructions whose tree KTB draws another way can be
redrawn as KTB does (`REWRITES`: "X ile", with X, as an instrumental, "da" as an adverb, light verbs); the bundled
model is trained with all of them and 3000 Turkish sentences (docs/bench/syntax_sources.md, fourth round).
"""
from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path

import conllu

from taldau.doc import Analysis, Token
from taldau.syntax.features import word_shape
from tools.syntax.treebank import Sentence, linked_groups, read, surface

RELATIVES = {
    "ky": ("ud_turkic/ky_ktmu-ud-train.conllu",),
    "ky-test": ("ud_turkic/ky_ktmu-ud-test.conllu",),
    "tt": ("ud_turkic/tt_nmctt-ud-test.conllu",),
    "tr": ("ud_turkic/tr_boun-ud-dev.conllu", "ud_turkic/tr_boun-ud-test.conllu",
           "ud_turkic/tr_kenet-ud-dev.conllu", "ud_turkic/tr_kenet-ud-test.conllu"),
}
BUNDLED = ("tr",)  # what the bundled parser learns from beside KTB (bench/syntax.py measures the same)
GOLD_READINGS = {"tr"}  # relatives whose tokens carry their own gold reading
SAMPLE = {"tr": 3000}  # sentences drawn (seeded) from a large relative (fourth round: 3000 redrawn above 1000)
KEPT = ("Case", "Number", "Number[psor]", "Person[psor]", "PronType", "NumType", "Tense", "Mood", "Polarity")
NOMINAL = {"amod", "det", "nummod", "nmod:poss", "compound", "flat:name", "case", "acl:relcl", "appos"}  # a noun's own
Words = dict[int, conllu.Token]


def attached_as_case(words: Words, *lemmas: str) -> list[conllu.Token]:
    """The words of `lemmas` that UD Turkish attaches as case to the word before them."""
    return [row for row in words.values() if row["lemma"] in lemmas and row["deprel"] == "case"]


def ile_instrumental(words: Words, tokenlist: conllu.TokenList) -> None:
    """"X ile" (with X; BOUN and Kenet attach ile as case, often tagged CCONJ) is one Kazakh word, X-пен: one
    surface token, of X's reading in the instrumental. A parser taught "noun, CCONJ, case" reads Асқар мен Айгүл
    (KTB: Айгүл conj of Асқар, мен cc of Айгүл) as Асқар's modifier. Where X is punctuation or part of a
    multiword token, ile stays a word, a postposition (ADP)."""
    ranged = {i for row in tokenlist if isinstance(row["id"], tuple) for i in range(row["id"][0], row["id"][2] + 1)}
    for ile in attached_as_case(words, "ile"):
        before = words.get(ile["id"] - 1)
        if before is None or before["upos"] == "PUNCT" or {before["id"], ile["id"]} & ranged:
            ile["upos"] = "ADP"
            continue
        before["feats"] = {**(before["feats"] or {}), "Case": "Ins"}
        if before["deprel"] == "nmod:poss":  # `ktb_relations`' possessor: an instrumental is KTB's nmod
            before["deprel"] = "nmod"
        at = next(n for n, row in enumerate(tokenlist) if row is before)
        tokenlist.insert(at, conllu.Token(id=(before["id"], "-", ile["id"]), form=before["form"] + ile["form"],
                                          lemma="_", upos="_", xpos=None, feats=None, head=None, deprel=None,
                                          deps=None, misc=ile["misc"]))


def da_adverb(words: Words, tokenlist: conllu.TokenList) -> None:
    """"X da" (X too, even X) as KTB writes да/де: an adverb (ADV advmod), not a conjunction attached as case."""
    for row in attached_as_case(words, "da", "de"):
        row["upos"], row["deprel"] = "ADV", "advmod"


def light_verbs(words: Words, tokenlist: conllu.TokenList) -> None:
    """A light verb after its noun or adjective ("teşekkür et-", "mümkün ol-"): Turkish hangs the verb on the
    noun (compound); KTB hangs the noun on the verb (compound:lvc) with the clause's words, and бол on what it
    follows as its copula (AUX cop)."""
    for verb in list(words.values()):
        noun = words.get(verb["id"] - 1)
        if (verb["upos"] != "VERB" or verb["deprel"] not in ("compound", "compound:lvc") or noun is None
                or verb["head"] != noun["id"] or noun["upos"] not in ("NOUN", "ADJ", "ADV")):
            continue
        if verb["lemma"] == "ol":
            verb["upos"], verb["deprel"] = "AUX", "cop"
            continue
        # the noun's own modifiers (those after the clause's last word before it) stay on it; the clause's words,
        # and any before its last one, go to the verb: the tree stays projective
        others = [row for row in words.values() if row["head"] == noun["id"] and row is not verb]
        clause = {row["id"] for row in others if row["id"] > verb["id"] or row["deprel"] not in NOMINAL}
        last = max((i for i in clause if i < noun["id"]), default=0)
        for row in others:
            if row["id"] in clause or row["id"] < last:
                row["head"], row["deprel"] = verb["id"], "obl" if row["deprel"] == "nmod" else row["deprel"]
        verb["head"], verb["deprel"] = noun["head"], noun["deprel"]
        noun["head"], noun["deprel"] = verb["id"], "compound:lvc"


def compound_objects(words: Words, tokenlist: conllu.TokenList) -> None:
    """A noun before the verb it completes ("yola çık-", "şeker ver-"): Turkish calls it compound (959 nouns in
    877 sentences), KTB never does: a bare or accusative noun there is its obj, another case its obl. Not in `REDRAWN`:
    above the baseline on the genre split, not on the CV (docs/bench/syntax_sources.md, fifth round)."""
    for row in words.values():
        head = words.get(row["head"])
        if (row["deprel"] == "compound" and row["upos"] in ("NOUN", "PROPN") and head is not None
                and head["upos"] == "VERB" and head["id"] > row["id"]):
            row["deprel"] = "obj" if (row["feats"] or {}).get("Case", "Nom") in ("Nom", "Acc") else "obl"


REWRITES = {"ile instrumental": ile_instrumental, "da adverb": da_adverb, "light verbs": light_verbs,
            "compound objects": compound_objects}
REWRITTEN = {"tr"}  # relatives whose trees `REWRITES` redraws
REDRAWN = ("ile instrumental", "da adverb", "light verbs")  # the rewrites the bundled model is trained with


def kazakh_trees(sentence: Sentence, rewrites: Sequence[str] = REDRAWN) -> Sentence:
    """A Turkish sentence with the constructions of `rewrites` (names of `REWRITES`) drawn as KTB draws them."""
    words = {row["id"]: row for row in sentence.words if isinstance(row["id"], int)}
    for name in rewrites:
        REWRITES[name](words, sentence.words)
    return sentence._replace(tokens=surface(sentence.words))


def load(data: Path, names: Sequence[str], seed: int = 0, sample: int | None = None,
         rewrites: Sequence[str] = REDRAWN) -> tuple[list[Sentence], dict[str, tuple[Token, ...]]]:
    """The relatives' sentences (2 to 60 tokens; a seeded sample of the large ones, `sample` of each instead of
    `SAMPLE`'s count if given; those of `REWRITTEN` as `kazakh_trees` with `rewrites`), and the gold-read tokens
    of those in `GOLD_READINGS` by sent_id (the others are for taldau to read)."""
    sentences, tokens = [], {}
    for name in names:
        own = [kazakh_trees(s, rewrites) if name in REWRITTEN else s
               for path in RELATIVES[name] for s in read(data / path, relabel=True)]
        own = [s for s in own if 2 <= len(s.tokens) <= 60]
        if name in SAMPLE:
            random.Random(seed).shuffle(own)
            own = own[:SAMPLE[name] if sample is None else sample]
        sentences += own
        if name in GOLD_READINGS:
            tokens.update((s.sent_id, gold_tokens(s)) for s in own)
    return sentences, tokens


def features(feats: dict, upos: str) -> str:
    """UD Turkish features as taldau writes Kazakh ones: no singular on nominals, no nominative on adjectives
    (nouns keep theirs: кітап is NOUN Case=Nom), the article "bir" an indefinite (бір is DET PronType=Ind), no Person
    on nouns, no positive polarity, 3rd-person possessor "Plur,Sing", finite verbs VerbForm=Fin, verbal nouns Ger."""
    out = {k: feats[k] for k in KEPT if k in feats}
    if upos in ("NOUN", "PROPN", "ADJ", "NUM") and out.get("Number") == "Sing":
        del out["Number"]
    if upos == "ADJ" and out.get("Case") == "Nom":
        del out["Case"]
    if out.get("PronType") == "Art":
        out["PronType"] = "Ind"
    if out.get("Polarity") == "Pos":
        del out["Polarity"]
    if out.get("Person[psor]") == "3":
        out["Number[psor]"] = "Plur,Sing"
    verb = feats.get("VerbForm")
    if verb:
        out["VerbForm"] = "Ger" if verb == "Vnoun" else verb
    elif upos in ("VERB", "AUX") and "Person" in feats:
        out["VerbForm"], out["Mood"] = "Fin", out.get("Mood", "Ind")
    if "Person" in feats and upos in ("VERB", "AUX", "PRON"):
        out["Person"] = feats["Person"]
    return "|".join(f"{k}={v}" for k, v in sorted(out.items()))


def delexicalised(form: str) -> str:
    """A word as its shape alone ("Xxxx"): a Turkish word's letters would teach the parser nothing of Kazakh."""
    return word_shape(form) if any(c.isalpha() for c in form) else form


def gold_tokens(sentence: Sentence, lexical: bool = False) -> tuple[Token, ...]:
    """A sentence's surface tokens, each with the gold reading of its word that links it to the tree; unless
    `lexical`, forms and lemmas are `delexicalised`."""
    linking = [outer for *_, outer in linked_groups(sentence.words)]
    out, offset = [], 0
    for written, row in zip(sentence.tokens, linking, strict=True):
        upos = row["upos"] if row["upos"] not in (None, "_") else "X"
        form, lemma = written.form, row["lemma"] or written.form
        if not lexical:
            form, lemma = delexicalised(form), delexicalised(lemma)
        reading = Analysis(lemma, upos, features(row["feats"] or {}, upos))
        out.append(Token(form, offset, offset + len(form), form, written.space_after, (reading,)))
        offset += len(form) + written.space_after
    return tuple(out)
