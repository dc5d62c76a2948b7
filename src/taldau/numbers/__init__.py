"""Quantities in Kazakh text: numbers, money, percentages, measures, dates, durations and times.

    words_to_number("екі жүз он бес")          -> 215
    number_to_words(5, ordinal=True, case="dat") -> "бесіншіге"
    extract(doc)                                -> (Quantity(kind="percent", value=2.9, ...), ...)
    as_entities(quantities)                     -> (Span("PERCENTAGE", ...), ...)

For the CLI: `read_numbers(text)` (text -> quantities) and `spell(n, ...)` (number -> words).
"""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from taldau.component import Component
from taldau.doc import Doc, Quantity, merge_spans
from taldau.numbers.extraction import LABELS, as_entities, explain, extract, label, quantities
from taldau.numbers.spelling import number_to_words
from taldau.numbers.composition import parse_words
from taldau.numbers.words import Number

__all__ = [
    "words_to_number", "parse_number", "number_to_words", "extract", "as_entities", "label", "LABELS",
    "read_numbers", "spell", "explain", "Number", "Quantities", "annotate",
]


def annotate(doc: Doc) -> Doc:
    """Pipeline component: fills `doc.quantities` and adds their numeric entities (CARDINAL, MONEY...)."""
    found = extract(doc)
    return replace(doc, quantities=found, entities=merge_spans(as_entities(found), doc.entities))


class Quantities(Component):
    """The `quantities` component: values of numbers, money, dates...; their numeric entities win."""

    name, requires, assigns = "quantities", ("tokens",), ("quantities", "entities")

    def __call__(self, doc: Doc) -> Doc:
        return annotate(doc)


def parse_number(text: str) -> Number | None:
    """The number `text` spells, with its form (ordinal, approximate, collective), or None.

    parse_number("бесіншіге") -> Number(5, ordinal=True, ending="ге"); parse_number("2,9") -> 2.9.
    """
    from taldau.segment import tokenize

    return parse_words([t.norm for t in tokenize(text)])


def words_to_number(text: str) -> int | float:
    """The value of a number in words or digits: "бір бүтін оннан тоғыз" -> 1.9, "үштен бір" -> 1/3."""
    parsed = parse_number(text)
    if parsed is None:
        raise ValueError(f"not a number: {text!r}")
    return parsed.value


def read_numbers(text: str) -> tuple[Quantity, ...]:
    """Quantities of raw text, tokenized here: the CLI's text -> values direction."""
    from taldau.segment import tokenize

    return quantities(text, tokenize(text))


def spell(value: str | int | float | Decimal, ordinal: bool = False, case: str | None = None) -> str:
    """The CLI's number -> words direction; `value` may be a string such as "2,9" or "1 500 000"."""
    if isinstance(value, str):
        cleaned = value.replace(" ", "").replace("\u00a0", "").replace(",", ".")
        try:
            value = Decimal(cleaned) if "." in cleaned else int(cleaned)
        except ArithmeticError as exc:
            raise ValueError(f"not a number: {value!r}") from exc
        except ValueError as exc:
            raise ValueError(f"not a number: {value!r}") from exc
    return number_to_words(value, ordinal, case)
