"""Key terms: the nouns, noun phrases and named entities a document is about, most salient first.

Kazakh noun phrases put modifiers before the head noun, so a candidate is a run of adjectives and bare
nouns closed by a noun in any form, and every tail of that run: "сыртқы сауда айналымының" gives
"сыртқы сауда айналымы", "сауда айналымы" and "айналым". Named entities count by their canonical name
(АҚШ-тың and АҚШ are one term); the words inside any entity, numeric ones included, are not read again.
Mentions count by lemma, so мұнайды and мұнайдың are one term.

A term scores count x idf, with the idf of its rarest word in a background of news sentences
(background.tsv, built by `python -m tools.keyterms.build`); a term whose every mention lies inside
the mentions of a better one (айналым inside сауда айналымы) is left out. A possessed noun alone
(жұмыстардың көлемі, "the volume of work") counts less the more the background uses it possessed: it is
mostly a relation (volume, level, part of something), not what the text is about.

The mentions come from `keyterms.candidates`, the background from `keyterms.background`; this module merges,
scores and ranks them.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace

from taldau.component import Component
from taldau.doc import Doc, KeyTerm, Span, Token
from taldau.keyterms.background import BACKGROUND, background, idf
from taldau.keyterms.candidates import (
    MODIFIERS,
    PREDICATES,
    Key,
    Range,
    cased,
    entity_ranges,
    find_candidates,
    lemma_key,
    phrase_text,
)
from taldau.langid.features import CYRL, LATN
from taldau.morph import lemmatize, names
from taldau.translit import translit
from taldau.translit.alphabets import written_in

__all__ = ["BACKGROUND", "MODIFIERS", "PREDICATES", "KeyTerms", "annotate", "background", "idf", "keyterms", "lemma_key"]

QUOTES = "\"'«»“”„ "
TOP = 20
COMMON_NAMES = frozenset({"DISEASE"})  # entities named by a common noun, capitalised only first in a sentence


def keyterms(doc: Doc, top: int = TOP) -> tuple[KeyTerm, ...]:
    """The `top` key terms of an analysed Doc (morph, and ner for entities, must have run)."""
    counts: Counter[Key] = Counter()
    example: dict[Key, Range] = {}
    candidates = _merged(doc, list(find_candidates(doc)))  # read twice, found once
    for key, span in candidates:
        counts[key] += _weight(doc.tokens, span)
        example.setdefault(key, span)
    scores = {key: n * _rarity(doc, example[key]) for key, n in counts.items()}
    ranked = sorted(scores, key=lambda k: (-scores[k], -_length(k), k))[: 4 * top]  # room for the subsumed
    wanted = set(ranked)
    mentions: dict[Key, list[Range]] = defaultdict(list)
    for key, span in candidates:
        if key in wanted:
            mentions[key].append(span)
    names = {(e.start, e.end): e for e in doc.entities}
    kept: list[KeyTerm] = []
    covered: set[int] = set()
    alphabet = None  # the text's Latin alphabet, read once a term needs it
    for key in ranked:
        spans = mentions[key]
        if all(covered.issuperset(range(*span)) for span in spans):
            continue
        covered.update(i for span in spans for i in range(*span))
        offsets = [(doc.tokens[a].start, doc.tokens[b - 1].end) for a, b in spans]
        labels = Counter(e.label for o in offsets if (e := names.get(o)))
        texts = Counter(_text(doc.tokens[a:b], names.get(o)) for (a, b), o in zip(spans, offsets)).most_common()
        # the mentions' commonest writing of the key's own words (Ахмет Байтұрсынұлы, not Байтұрсынұлы; гипертензия, not
        # Гипертензия first in a sentence), in the script they are written in (Özbekstan in a 2021 text, O'zbekstan in
        # a 2017 one: a Kazakh text in Latin letters is read in Cyrillic)
        text = next((t for t, _ in texts if t == key[1] or key[0] == "name" and t.lower() == key[1]), texts[0][0])
        if CYRL.search(text) and _latin([doc.text[a:b] for a, b in offsets]):
            alphabet = alphabet or written_in(doc.text.split()) or "2021"
            text = translit(text, alphabet=alphabet)
        kept.append(KeyTerm(
            text=text,
            score=round(scores[key], 3),
            count=len(spans),
            mentions=tuple(offsets),
            label=labels.most_common(1)[0][0] if labels else None,
        ))
        if len(kept) == top:
            break
    return tuple(kept)


def _latin(written: list[str]) -> bool:
    """Most of a term's mentions are written in Latin letters."""
    return 2 * sum(bool(LATN.search(m.lower())) and not CYRL.search(m) for m in written) > len(written)


def annotate(doc: Doc) -> Doc:
    """Pipeline component: fills `doc.keyterms`."""
    return replace(doc, keyterms=keyterms(doc))


def _merged(doc: Doc, candidates: list[tuple[Key, Range]]) -> list[tuple[Key, Range]]:
    """One term per thing: a surname alone is the person the text names in full (Байтұрсынұлы -> Ахмет Байтұрсынұлы,
    when one person of the text bears it; a first name alone may be another's: Махамбет), and a word capitalised by its
    place alone (Гипертензия first in a sentence) is the common word the text also writes (гипертензия; a country is no
    demonym: Қытай, қытай); a bare singular head word is the organisation the text names most with it (`_bodies`)."""
    proper = {(e.canonical or e.text).lower() for e in doc.entities if e.label not in COMMON_NAMES}  # Қытай, not қытай
    persons: dict[str, set[str]] = defaultdict(set)  # a last name -> the full names ending with it
    for e in doc.entities:
        words = (e.canonical or e.text).lower().split()
        if e.label == "PERSON" and len(words) > 1:
            persons[words[-1]].add(" ".join(words))
    keys = {key for key, _ in candidates}
    alias: dict[Key, Key] = {}
    for kind, text in keys:
        if kind != "name" or " " in text:
            continue
        if len(persons.get(text, ())) == 1 and names.names(text[:1].upper() + text[1:]):  # a surname, not Махамбет
            alias[(kind, text)] = ("name", next(iter(persons[text])))
        elif ("word", text) in keys and text not in proper:
            alias[(kind, text)] = ("word", text)
    bodies = _bodies(doc, candidates)  # Ұйым -> Ислам ынтымақтастығы ұйымы
    if not (alias or bodies):
        return candidates
    merged = []
    for key, span in candidates:
        body = bodies.get(key) if _the(doc.tokens, span) else None
        merged.append((body or alias.get(key, key), span))
    return merged


def _the(tokens: tuple[Token, ...], span: Range) -> bool:
    """A bare head word that can point at one body: one word, singular, after no determiner or number (Ұйым ...; not
    ұйымдар, әр ұйым, бір ұйым: organisations at large)."""
    first, last = span
    before = tokens[first - 1] if first else None
    return last - first == 1 and "Number=Plur" not in (tokens[first].analyses[0].feats or "") \
        and not (before is not None and before.upos in ("DET", "NUM"))


def _bodies(doc: Doc, candidates: list[tuple[Key, Range]]) -> dict[Key, Key]:
    """A bare head word (ұйым, одақ) as the organisation the text names most with that head, when it is named twice
    or more and at least twice as often as any other with that head: the body the text is about (Ислам
    ынтымақтастығы ұйымы ... Ұйым)."""
    mentions: Counter[str] = Counter()  # by canonical name: ИЫҰ counts for Ислам ынтымақтастығы ұйымы
    heads: dict[str, str] = {}
    for e, first, last in entity_ranges(doc):
        if e.label == "ORGANISATION":
            mentions[name := (e.canonical or e.text).lower()] += 1
            if " " in name:  # the canonical name's last word (ЕАЭО: Еуразиялық экономикалық одақ)
                heads[name] = lemmatize(name.rsplit(" ", 1)[1]).lower()
    named: dict[str, Counter[str]] = defaultdict(Counter)
    for name, head in heads.items():
        named[head][name] = mentions[name]
    out = {}
    for head, names_of in named.items():
        (name, n), *others = names_of.most_common()
        if n >= 2 and (not others or n >= 2 * others[0][1]) and ("word", head) in {key for key, _ in candidates}:
            out[("word", head)] = ("name", name)
    return out


def _weight(tokens: tuple[Token, ...], span: Range) -> float:
    """How much a mention counts. A possessed noun alone (көлемі, "its volume") names a relation to
    something else, as often as the background uses that noun possessed: көлем 0.9, экономика 0.2."""
    first, last = span
    t = tokens[first]
    if last - first > 1 or "psor" not in (t.feats or ""):
        return 1.0
    return 1.0 - background().possessed.get(lemma_key(t) or "", 0.0)


def _length(key: Key) -> int:
    return len(key[1].split())


def _rarity(doc: Doc, span: Range) -> float:
    """The idf of the term's rarest word."""
    lemmas = [k for t in doc.tokens[span[0] : span[1]] if (k := lemma_key(t))]
    return max((idf(lemma) for lemma in lemmas), default=idf(""))


def _text(tokens: tuple[Token, ...], entity: Span | None) -> str:
    """How a mention is written without its case ending: Ресейдің -> Ресей, мұнайды -> мұнай."""
    if entity is not None:
        return " ".join((entity.canonical or entity.text).strip(QUOTES).split())
    if len(tokens) > 1:
        return phrase_text(tokens)
    return cased(tokens[0], tokens[0].lemma or tokens[0].text)



class KeyTerms(Component):
    """The `keyterms` component: the nouns, phrases and entities the document is about."""

    name, requires, assigns = "keyterms", ("sentences", "readings", "entities"), ("keyterms",)

    def __call__(self, doc: Doc) -> Doc:
        return annotate(doc)
