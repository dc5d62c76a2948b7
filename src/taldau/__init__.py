"""taldau: Kazakh text analysis.

    >>> import taldau
    >>> doc = taldau.analyze("АҚШ-тың үлесі 2,9 пайызға жетті.")
    >>> [t.text for t in doc.tokens]
    ['АҚШ-тың', 'үлесі', '2,9', 'пайызға', 'жетті', '.']
"""
from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from taldau.doc import Analysis, Doc, Quantity, Sentence, Span, Token
from taldau import translit  # the subpackage, callable: taldau.translit(text, to=..., alphabet=...)
from taldau.segment import sentenize, tokenize

__all__ = ["analyze", "tokenize", "sentenize", "translit", "Doc", "Token", "Sentence", "Span", "Quantity", "Analysis"]
__version__ = "0.1.0"

if TYPE_CHECKING:
    from datetime import date

    from taldau.pipeline import Pipeline


@cache
def _pipeline(lines: bool) -> Pipeline:
    from taldau.pipeline import Pipeline

    return Pipeline(lines=lines)


def analyze(text: str, lines: bool = False, reference_date: date | str | None = None) -> Doc:
    """Run the full pipeline on `text`. With `lines=True` every line break ends a sentence; with the
    document's `reference_date` (2024-03-15), deictic dates (былтыр, кеше) become absolute (2023, 2024-03-14)."""
    doc = _pipeline(lines)(text)
    if reference_date is None:
        return doc
    from taldau.numbers.reference import resolve

    return resolve(doc, reference_date)

