"""Kazakh morphology: analysis, generation and lemmatisation.

    >>> analyze("қазақстанның")[0]
    Analysis(lemma='Қазақстан', upos='PROPN', feats='Case=Gen', ...)
    >>> generate("бала", "Case=Gen|Number=Plur")
    ['балалардың']

Analysis runs a chain of units, each a module, ending in a guesser that always answers:
shape (punctuation, numbers) -> dictionary (`lookup`) -> hesitations and abbreviations (`shapes`) ->
Latin-script Kazakh through its Cyrillic spelling (`latin`) -> hyphenated words, ё for е (`shapes`) ->
patronymics and surnames (`names`) -> misspellings of a dictionary word, read with Typo=Yes
(`misspellings`) -> `guesser`.
The lexicon is compiled offline (`python -m taldau.morph.build`) and loaded on first use.
Lemmas follow UD Kazakh-KTB: verb stems without -у (оқы), proper nouns capitalised.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from ..doc import Analysis, Doc
from .generator import generate
from .guesser import guess
from .lookup import lookup
from .latin import latin
from .misspellings import misspelt
from .names import names
from .shapes import hyphenated, number, punctuation, respelled, sounds

__all__ = ["Analysis", "analyze", "analyze_many", "annotate", "generate", "lemmatize"]


@lru_cache(maxsize=100_000)
def _analyze(word: str) -> tuple[Analysis, ...]:
    if not word:
        raise ValueError("cannot analyse an empty string")
    for unit in (punctuation, number, lookup, sounds):
        readings = unit(word)
        if readings:
            return tuple(readings)
    readings = latin(word, _analyze) or hyphenated(word, _analyze) or respelled(word, _analyze) or names(word)
    if readings:
        return tuple(readings)
    readings = misspelt(word)
    if readings and not word[:1].isupper():
        return tuple(readings)
    return tuple(readings + guess(word))  # a capitalised word the lexicon lacks may be a name (Танысбай)


def analyze(word: str) -> list[Analysis]:
    """Readings of one word, most likely first; never empty (guessed readings say so)."""
    return list(_analyze(word))


def analyze_many(words: Iterable[str]) -> list[list[Analysis]]:
    """Readings for each word of a text; repeated words are analysed once."""
    return [list(_analyze(w)) for w in words]


def lemmatize(word: str) -> str:
    return _analyze(word)[0].lemma


def _punct(norm: str) -> bool:
    return all(a.upos == "PUNCT" for a in _analyze(norm))


def annotate(doc: Doc) -> Doc:
    """Pipeline component: every token gets its readings (the most likely first)."""
    # punctuation keeps its own spelling as lemma (UD KTB: – stays –, though normalised to —)
    readings = analyze_many(t.text if t.norm != t.text and _punct(t.norm) else t.norm
                            for t in doc.tokens)
    tokens = tuple(t._replace(analyses=tuple(r)) for t, r in zip(doc.tokens, readings))
    return replace(doc, tokens=tokens)
