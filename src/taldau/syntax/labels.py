"""Relations that grammar decides once the head is known: KTB's conventions, kept after any parser.

The parser learns labels from a few hundred sentences, so a relation that the word's reading and its head's
settle (an ordinal numeral is `amod`, a cardinal `nummod`) can still come out wrong. Each rule is a small
function of one word: it gets the sentence's words, heads and relations and returns the relation it decides,
or None to leave the parser's. `RULES` says which of the parser's relations each rule reads; heads never
change here. The counts in the docstrings are of KTB's news and Wikipedia documents (train + dev).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from taldau.doc import Token
from taldau.syntax.features import attributive_locative, word

Words = Sequence[tuple[str, str | None, str, str | None, Token]]  # form, UPOS, feats, lemma, the token
Rule = Callable[[int, Words, Sequence[int], Sequence[str]], str | None]
NOMINAL = frozenset({"NOUN", "PROPN"})
CASED = frozenset({"NOUN", "PROPN", "PRON"})
COPULAS = frozenset({"е", "бол"})
PREDICATES = frozenset({"NOUN", "PROPN", "PRON", "NUM", "ADJ"})  # a nominal sentence's predicate
DASHES = frozenset({"-", "–", "—"})


def _features(feats: str) -> set[str]:
    return set(feats.split("|")) if feats else set()


def _possessed(feats: set[str]) -> bool:
    return any(f.startswith("Person[psor]") for f in feats)


def verbal_modifier(i: int, words: Words, heads: Sequence[int], deprels: Sequence[str]) -> str | None:
    """A verb before the noun it modifies heads a clause, acl (оқу кезеңі, теңелуінің белгісі): KTB gives nmod
    to nouns, pronouns and numerals alone."""
    return "acl" if words[i][1] == "VERB" and heads[i] > i and words[heads[i]][1] in NOMINAL else None


def attributive(i: int, words: Words, heads: Sequence[int], deprels: Sequence[str]) -> str | None:
    """A locative with -дағы on a noun is its attribute, amod (өңірдегі мектептер): 25 of 29, the others obl or
    nmod."""
    if words[heads[i]][1] not in ("NOUN", "PROPN", "ADJ"):
        return None
    return "amod" if attributive_locative(words[i][4]) else None


def adverbial(i: int, words: Words, heads: Sequence[int], deprels: Sequence[str]) -> str | None:
    """An adjective on a verb modifies it as an adverb, advmod (тығыз орналасқан); amod is a noun's, and a
    verbal noun's, which is a noun of its own (8 advmod, 1 amod)."""
    if words[i][1] != "ADJ" or words[heads[i]][1] != "VERB":
        return None
    return None if "VerbForm=Ger" in _features(words[heads[i]][2]) else "advmod"


def _cardinals(words: Words, *positions: int) -> bool:
    return all("NumType=Card" in _features(words[k][2]) for k in positions)


def numeral(i: int, words: Words, heads: Sequence[int], deprels: Sequence[str]) -> str | None:
    """A numeral on a noun: an ordinal is amod (25-ші конкурс), a cardinal nummod (бес кезең); 31 ordinals amod
    and 43 cardinals nummod, none the other way. A cardinal on a cardinal is one number, compound (екі миллион:
    12 of 13)."""
    if words[i][1] != "NUM" or words[heads[i]][1] not in NOMINAL:
        return "compound" if words[i][1] == words[heads[i]][1] == "NUM" and _cardinals(words, i, heads[i]) else None
    kinds = _features(words[i][2]) & {"NumType=Ord", "NumType=Card"}
    return None if len(kinds) != 1 else "amod" if kinds == {"NumType=Ord"} else "nummod"


def accusative(i: int, words: Words, heads: Sequence[int], deprels: Sequence[str]) -> str | None:
    """A noun or pronoun in the accusative on a verb is its object (кітапты оқыды): 94 of 94."""
    if words[i][1] not in CASED or words[heads[i]][1] != "VERB":
        return None
    return "obj" if "Case=Acc" in _features(words[i][2]) else None


def nominative_object(i: int, words: Words, heads: Sequence[int], deprels: Sequence[str]) -> str | None:
    """A nominative object is a bare noun of an active verb: a passive verb's nominative (жоба қабылданды) or a
    possessed noun (көлемі артты) is its subject (0 objects among 64 nominatives of a passive, 3 among 90
    possessed nouns)."""
    if words[i][1] not in CASED or words[heads[i]][1] != "VERB":
        return None
    own = _features(words[i][2])
    if "Case=Nom" not in own:
        return None
    return "nsubj" if _possessed(own) or "Voice=Pass" in _features(words[heads[i]][2]) else None


def second_subject(i: int, words: Words, heads: Sequence[int], deprels: Sequence[str]) -> str | None:
    """A verb has one subject (no predicate has two among KTB's 521): of two, a bare noun right before an
    active verb is its object (Ол хат жазды)."""
    head = heads[i]
    if words[i][1] != "NOUN" or words[head][1] != "VERB" or head != i + 1:
        return None
    own = _features(words[i][2])
    if "Case=Nom" not in own or _possessed(own) or "Voice=Pass" in _features(words[head][2]):
        return None
    return "obj" if any(heads[j] == head and deprels[j] == "nsubj" for j in range(i)) else None


def dashed_subject(i: int, words: Words, heads: Sequence[int], deprels: Sequence[str]) -> str | None:
    """A nominative before a dash, on the nominal predicate after it, is that predicate's subject (Астана – елдің
    жүрегі): 17 of 18 where the predicate heads the sentence, the other an oblique."""
    head = heads[i]
    if words[i][1] not in CASED or head < i or deprels[head] != "root" or words[head][1] not in PREDICATES:
        return None
    if "Case=Nom" not in _features(words[i][2]):
        return None
    return "nsubj" if any(words[k][0] in DASHES for k in range(i + 1, head)) else None


def auxiliary(i: int, words: Words, heads: Sequence[int], deprels: Sequence[str]) -> str | None:
    """The copula (е, бол) is cop whatever it follows (мұғалім еді, жазған еді), any other auxiliary (отыр, бер
    after a converb) aux: 101 of 102."""
    return None if words[i][1] != "AUX" else "cop" if words[i][3] in COPULAS else "aux"


def genitive(i: int, words: Words, heads: Sequence[int], deprels: Sequence[str]) -> str | None:
    """A noun or pronoun in the genitive on a noun is its possessor, nmod:poss (134 of 147; 5 conj, 8
    flat:name, which the parser's labels here never are); on a verb, a verbal noun's or a participle's, it is
    the subject, nsubj (біздің кездесуіміз: 12 of 12)."""
    head = words[heads[i]][1]
    if words[i][1] not in CASED or head not in NOMINAL and head != "VERB":
        return None
    return ("nsubj" if head == "VERB" else "nmod:poss") if "Case=Gen" in _features(words[i][2]) else None


def conjunction(i: int, words: Words, heads: Sequence[int], deprels: Sequence[str]) -> str | None:
    """A word the tagger read as a conjunction (және, мен, да between like words) is cc: 40 of 40."""
    return "cc" if words[i][1] == "CCONJ" else None


RULES: tuple[tuple[frozenset[str], Rule], ...] = (  # the parser's relations a rule reads, the rule; first wins
    (frozenset({"nmod", "nmod:poss"}), verbal_modifier),
    (frozenset({"nmod", "obl", "nsubj", "compound"}), attributive),
    (frozenset({"amod"}), adverbial),
    (frozenset({"nummod", "amod"}), numeral),
    (frozenset({"nsubj", "obl", "nmod", "iobj", "compound"}), accusative),
    (frozenset({"obj"}), nominative_object),
    (frozenset({"nsubj"}), second_subject),
    (frozenset({"nmod", "nmod:poss", "obl", "obj", "compound", "appos"}), dashed_subject),
    (frozenset({"aux", "cop"}), auxiliary),
    (frozenset({"advmod", "case", "mark"}), conjunction),
    (frozenset({"nsubj", "obl", "obj", "compound", "amod", "nmod", "nmod:poss"}), genitive),
)
TRIGGERS: dict[str, tuple[Rule, ...]] = {
    label: tuple(rule for labels, rule in RULES if label in labels) for labels, _ in RULES for label in labels}


def relabel(heads: Sequence[int], deprels: list[str], tokens: Sequence[Token]) -> bool:
    """Each word's relation as the first rule that decides it says, in place; whether any changed."""
    if not any(deprel in TRIGGERS for deprel in deprels):
        return False
    words, changed = [(*word(token), token) for token in tokens], False
    for i, head in enumerate(heads):
        if head == i:
            continue
        for rule in TRIGGERS.get(deprels[i], ()):
            if (label := rule(i, words, heads, deprels)) is not None:
                changed |= label != deprels[i]
                deprels[i] = label
                break
    return changed
