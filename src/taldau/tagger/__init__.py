"""Contextual disambiguation: each word's readings reordered so the one its context calls for comes first.

    >>> disambiguate(["Ол", "қызыл", "алма", "алды", "."])[2][0].upos   # an apple, not "don't take"
    'NOUN'

A linear ranker (`taldau.tagger.ranker`, trained by `tools.tagger.train` on UD Kazakh-KTB and the
hand-disambiguated Apertium texts) scores every reading taldau.morph gives a word, lemma, UPOS and
features together, in the context of its neighbours; the best one moves to the front and the others keep
their order behind it. No reading is ever added or dropped.
"""
from __future__ import annotations

from collections.abc import Sequence

from taldau.doc import Analysis

__all__ = ["disambiguate", "promote"]


def promote(readings: Sequence[Analysis], k: int) -> tuple[Analysis, ...]:
    """`readings` with the k-th first, the others in their old order."""
    return tuple(readings) if k == 0 else (readings[k], *readings[:k], *readings[k + 1:])


def disambiguate(words: Sequence[str]) -> list[tuple[Analysis, ...]]:
    """The readings of each word of one sentence, reordered by context."""
    from taldau.morph import analyze_many
    from taldau.tagger.component import Tagger

    readings = analyze_many(words)
    best = Tagger().ranker.choose(list(zip(words, readings)))
    return [promote(r, k) for r, k in zip(readings, best)]
