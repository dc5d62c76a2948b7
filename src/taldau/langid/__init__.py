"""Language and script of a sentence: Kazakh (Cyrillic or Latin), Russian, English or other.

    >>> identify("Bügın aua raiy jaqsy.").tag
    'kk-Latn'

Letter rules first, then a 260 KB character n-gram model compiled by `python -m tools.langid.build`
and loaded on first use.
"""
from __future__ import annotations

import re
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


QUOTATION = re.compile(r"«[^«»]*»")  # a quotation in Kazakh quotes
MIN_OWN_WORDS = 2  # words outside the quotation that can tell the sentence's own language (деді ол)
UNSURE = 0.75  # below this the model's guess barely tips: a heading (Экономикасы.), a name and a number


def annotate(doc: Doc) -> Doc:
    """Fill `lang` and `script` of every sentence of `doc`; a sentence the model is unsure of takes the language
    of the nearest sure sentences around it when they agree (Экономикасы., Телефон: 8 727 ... in a Kazakh
    article are Kazakh; a Russian quotation the model is sure of stays Russian); a Kazakh sentence quoting Russian
    is Kazakh (`_own`)."""
    guesses = [_own(decide(text), text) for text in (doc.text[s.start : s.end] for s in doc.sentences)]
    sure = [g.rule != "ngram_model" or g.confidence >= UNSURE for g in guesses]
    before = _nearest_sure(guesses, sure, range(len(guesses)))
    after = _nearest_sure(guesses, sure, range(len(guesses) - 1, -1, -1))
    langs = []
    for i, guess in enumerate(guesses):
        around = {lang for lang in (before[i], after[i]) if lang is not None}
        langs.append(around.pop() if not sure[i] and len(around) == 1 else guess.lang)
    sentences = [replace(s, lang=lang, script=g.script) for s, g, lang in zip(doc.sentences, guesses, langs)]
    return replace(doc, sentences=tuple(sentences))


def _own(guess: LangGuess, text: str) -> LangGuess:
    """A sentence that quotes another language is in the language of its own words: Ресей бұл жобаға қарсы: «Это очень
    дорогой проект». is Kazakh (a sentence all quotation stays what the quotation is)."""
    if guess.lang == "kk" or "«" not in text:
        return guess
    own = QUOTATION.sub(" ", text)
    if len(re.findall(r"\w+", own)) < MIN_OWN_WORDS:
        return guess
    outside = decide(own)
    return outside if outside.lang == "kk" and (outside.rule != "ngram_model" or outside.confidence >= UNSURE) else guess


def _nearest_sure(guesses: list[LangGuess], sure: list[bool], order: range) -> list[str | None]:
    """For each sentence, the language of the nearest sure sentence of its script met before it in `order`."""
    last: dict[str, str] = {}
    out: list[str | None] = [None] * len(guesses)
    for i in order:
        out[i] = last.get(guesses[i].script)
        if sure[i]:
            last[guesses[i].script] = guesses[i].lang
    return out


class LanguageIdentifier(Component):
    """The `langid` component: language and script of every sentence."""

    name, requires, assigns = "langid", ("sentences",), ("lang",)

    def __call__(self, doc: Doc) -> Doc:
        return annotate(doc)
