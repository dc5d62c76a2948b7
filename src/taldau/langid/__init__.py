"""Language and script of a sentence: Kazakh (Cyrillic or Latin), Russian, English or other.

    >>> identify("Bügın aua raiy jaqsy.").tag
    'kk-Latn'

Letter rules first, then a 260 KB character n-gram model compiled by `python -m tools.langid.build`
and loaded on first use.
"""
from __future__ import annotations

from dataclasses import replace

from ..component import Component
from ..doc import Doc
from .guess import LangGuess
from .rules import decide

__all__ = ["LangGuess", "LanguageIdentifier", "annotate", "identify"]


def identify(text: str) -> LangGuess:
    """Language, script and confidence of a short text (a sentence, a review, a query)."""
    if not isinstance(text, str):
        raise TypeError(f"identify() takes a str, got {type(text).__name__}")
    return decide(text)


def annotate(doc: Doc) -> Doc:
    """Fill `lang` and `script` of every sentence of `doc`."""
    sentences = []
    for s in doc.sentences:
        guess = decide(doc.text[s.start : s.end])
        sentences.append(replace(s, lang=guess.lang, script=guess.script))
    return replace(doc, sentences=tuple(sentences))


class LanguageIdentifier(Component):
    """The `langid` component: language and script of every sentence."""

    name, requires, assigns = "langid", ("sentences",), ("lang",)

    def __call__(self, doc: Doc) -> Doc:
        return annotate(doc)
