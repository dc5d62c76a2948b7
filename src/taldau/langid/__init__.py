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


UNSURE = 0.75  # below this the model's guess barely tips: a heading (Экономикасы.), a name and a number


def annotate(doc: Doc) -> Doc:
    """Fill `lang` and `script` of every sentence of `doc`; a sentence the model is unsure of takes the language
    of the nearest sure sentences around it when they agree (Экономикасы., Телефон: 8 727 ... in a Kazakh
    article are Kazakh; a Russian quotation the model is sure of stays Russian)."""
    guesses = [decide(doc.text[s.start : s.end]) for s in doc.sentences]
    langs = [g.lang for g in guesses]
    sure = [g.rule != "ngram_model" or g.confidence >= UNSURE for g in guesses]
    for i, guess in enumerate(guesses):
        if sure[i]:
            continue
        before = next((j for j in range(i - 1, -1, -1) if sure[j] and guesses[j].script == guess.script), None)
        after = next((j for j in range(i + 1, len(guesses)) if sure[j] and guesses[j].script == guess.script), None)
        around = {guesses[j].lang for j in (before, after) if j is not None}
        if len(around) == 1:
            langs[i] = around.pop()
    sentences = [replace(s, lang=lang, script=g.script) for s, g, lang in zip(doc.sentences, guesses, langs)]
    return replace(doc, sentences=tuple(sentences))


class LanguageIdentifier(Component):
    """The `langid` component: language and script of every sentence."""

    name, requires, assigns = "langid", ("sentences",), ("lang",)

    def __call__(self, doc: Doc) -> Doc:
        return annotate(doc)
