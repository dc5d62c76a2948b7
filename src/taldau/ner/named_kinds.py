"""One reading of a place's name in a document: a text that names a lake, a river or a mountain with its kind word
(Балқаш көлі, Іле өзені, Алатау тауы) means that natural place by its bare name too (Балқаш маңында, Балқашты),
which the gazetteer alone reads as the town of the same name; unless the text names the town or a unit as well, with
its word (Балқаш қаласы, Балқаш ауданы), and then each mention keeps the reading its sentence gave it.

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
from taldau.ner.places import SEAT_UNITS, SETTLEMENTS

NATURAL = "LOCATION"  # the class of a name before a natural place's head word (`heads.tsv` loc: көлі, өзені, тауы)
TOWN = "GPE"  # the gazetteer's reading of the same name: a town
# Words after a place's name that make it the town or the unit (Балқаш қаласы, ауылы, ауданы, облысы): lemmas
UNITS = SETTLEMENTS | frozenset(SEAT_UNITS)


def with_named_kinds(doc: Doc, found: tuple[Span, ...]) -> tuple[Span, ...]:
    """`found` with every bare GPE mention of a name that the document writes before a natural place's head word read
    as that place, a LOCATION without a link, where the document never writes the name before a settlement's or a
    unit's word."""
    natural, towns = _named_before_kinds(doc, found)
    natural -= towns
    if not natural:  # most documents
        return found
    return tuple(dataclasses.replace(s, label=NATURAL, link=None) if s.label == TOWN and s.canonical in natural
                 and not _before_kind(doc.tokens, s) else s for s in found)


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
    at = bisect_left(tokens, span.end, key=lambda t: t.start)
    if at >= len(tokens) or not tokens[at].norm.islower():
        return ""
    after = tokens[at]
    if after.lemma in UNITS:
        return "town"
    possessed = "Person[psor]=3" in (after.feats or "")
    return "loc" if possessed and heads.head(after.norm) == "loc" else ""
