"""One reading of a place's name in a document: a text that names a lake, a river or a mountain with its kind word
(Балқаш көлі, Іле өзені, Алатау тауы) means that natural place by its bare name too (Балқаш маңында, Балқашты),
which the gazetteer alone reads as the town of the same name; unless the text names the town or a unit as well, with
its word (Балқаш қаласы, Балқаш ауданы), and then each mention keeps the reading its sentence gave it. The other
way round, a text that names a settlement with its word (Көктал ауылы, кенті, қаласы, селосы) means that settlement
by its bare name too (Көктал тұрғындары, Көкталда), which the CRF, seeing no word after it, reads as a natural place or
a date or leaves out: each bare mention is the GPE, unless the text names a natural place so as well.

The recogniser reads sentence by sentence (KazNERD's sentences have no documents), so this is the document's step
after it, beside `with_repeated_names` (a person's last name, a Latin name found again) and the abbreviations a
document defines (`taldau.ner._with_definitions`).
"""
from __future__ import annotations

import dataclasses
from bisect import bisect_left
from collections.abc import Sequence

from taldau.doc import Doc, Span, Token
from taldau.ner import heads
from taldau.ner import words as w
from taldau.ner.endings import strip_case
from taldau.ner.places import SEAT_UNITS, SETTLEMENTS

NATURAL = "LOCATION"  # the class of a name before a natural place's head word (`heads.tsv` loc: көлі, өзені, тауы)
TOWN = "GPE"  # the gazetteer's reading of the same name: a town
# Words after a place's name that make it the town or the unit (Балқаш қаласы, ауылы, ауданы, облысы): lemmas
UNITS = SETTLEMENTS | frozenset(SEAT_UNITS)
MISREAD = frozenset({NATURAL, "DATE"})  # what the CRF makes of a settlement's bare name (Көктал тұрғындары, Көкталда)


def with_named_kinds(doc: Doc, found: tuple[Span, ...]) -> tuple[Span, ...]:
    """`found` with every bare GPE mention of a name that the document writes before a natural place's head word read
    as that place, a LOCATION without a link, where the document never writes the name before a settlement's or a
    unit's word; and every bare mention of a name it writes before a settlement's word the GPE (`_with_settlements`),
    where it writes no natural place so."""
    natural, towns = _named_before_kinds(doc, found)
    settlements = {name: span for name, span in _settlements(doc, found).items() if name not in natural}
    natural -= towns
    if natural:
        found = tuple(dataclasses.replace(s, label=NATURAL, link=None) if s.label == TOWN and s.canonical in natural
                      and not _before_kind(doc.tokens, s) else s for s in found)
    return _with_settlements(doc, found, settlements) if settlements else found


def _settlements(doc: Doc, found: Sequence[Span]) -> dict[str, Span]:
    """The document's one-word GPEs right before a settlement's word (Көктал ауылының, Жаңатас кентінде, селосы), by
    their bare forms (the canonical name and the text less a case ending) -> the first such span."""
    out: dict[str, Span] = {}
    for span in found:
        if span.label == TOWN and " " not in span.text and _settled(doc.tokens, span):
            for name in {span.canonical or span.text, *strip_case(span.text)}:
                out.setdefault(name, span)
    return out


def _settled(tokens: Sequence[Token], span: Span) -> bool:
    """The word right after `span` is a settlement's possessed word: ауылы, кентінің, қаласында, селосы."""
    after = _word_after(tokens, span)
    return after is not None and after.lemma in SETTLEMENTS and _possessed(after)


def _with_settlements(doc: Doc, found: tuple[Span, ...], settlements: dict[str, Span]) -> tuple[Span, ...]:
    """`found` with each bare one-word mention of a settlement's name (`_settlements`) the GPE: a natural place's or a
    date's reading of it relabelled, a capitalised word left outside every name added (first in a sentence too, a
    village's name is often a common word, Көктал, Бірлік; not a pronoun or another function word), with the
    settlement's canonical name and link."""
    def town(text: str) -> Span | None:
        return next((settlements[f] for f in strip_case(text) if f in settlements), None)

    out = [dataclasses.replace(s, label=TOWN, canonical=t.canonical, link=t.link)
           if s.label in MISREAD and " " not in s.text and (t := town(s.text)) and not _before_kind(doc.tokens, s)
           else s for s in found]
    covered = {i for s in out for i in range(s.start, s.end)}
    firsts = {doc.tokens[s.first].start for s in doc.sentences}
    for token in doc.tokens:
        if token.text[:1].isupper() and not token.text.isupper() and token.start not in covered \
                and (t := town(token.norm)) and not (token.start in firsts and w.names_nothing(token.norm)):
            out.append(Span(TOWN, token.start, token.end, token.text, t.canonical, t.link))
    return tuple(sorted(out, key=lambda s: s.start))


def _named_before_kinds(doc: Doc, found: Sequence[Span]) -> tuple[set[str], set[str]]:
    """The canonical names of the document's LOCATIONs right before a natural place's head word (Балқаш көлінің), and
    those of its places right before a settlement's or a unit's word (Балқаш қаласы, Балқаш ауылында, ауданы)."""
    natural: set[str] = set()
    towns: set[str] = set()
    for span in found:
        if span.label not in (NATURAL, TOWN) or not span.canonical:
            continue
        kind = _before_kind(doc.tokens, span)
        if kind == "loc" and span.label == NATURAL:
            natural.add(span.canonical)
        elif kind == "town":
            towns.add(span.canonical)
    return natural, towns


def _before_kind(tokens: Sequence[Token], span: Span) -> str:
    """The kind of word right after `span`: "loc" for a natural place's possessed head word (көлі, өзенінің), "town"
    for a settlement's or a unit's (қаласы, ауылы, ауданы), "" for any other."""
    after = _word_after(tokens, span)
    if after is None:
        return ""
    if after.lemma in UNITS:
        return "town"
    return "loc" if _possessed(after) and heads.head(after.norm) == "loc" else ""


def _word_after(tokens: Sequence[Token], span: Span) -> Token | None:
    """The lowercase word right after `span`, where a kind's or a settlement's word stands; None if another follows."""
    at = bisect_left(tokens, span.end, key=lambda t: t.start)
    return tokens[at] if at < len(tokens) and tokens[at].norm.islower() else None


def _possessed(token: Token) -> bool:
    """A third person's possessive on the token's chosen reading: көлі, ауылының (not ауылда, in a village)."""
    return "Person[psor]=3" in (token.feats or "")
