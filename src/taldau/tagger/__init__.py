"""Contextual disambiguation: each token's readings reordered so the one its context calls for comes first.

    >>> disambiguate(["Ол", "қызыл", "алма", "алды", "."])[2][0].upos   # an apple, not "don't take"
    'NOUN'

A CRF (python-crfsuite, trained by `taldau.tagger.train` on hand-disambiguated Apertium texts) predicts a
coarse tag, UPOS plus Case, for every word; the readings with that tag move to the front, the others
keep their order behind them. No reading is ever added or dropped: when none has the predicted tag,
the order stays as `taldau.morph` gave it (the most frequent first).
"""
from __future__ import annotations

from collections.abc import Sequence

from taldau.doc import Analysis
from taldau.tagger.features import coarse
from taldau.tagger.model import predict

__all__ = ["coarse", "disambiguate", "predict", "reorder"]


def reorder(readings: Sequence[Analysis], tag: str) -> tuple[Analysis, ...]:
    """`readings` with those whose coarse tag is `tag` first, both groups in their old order."""
    chosen = [r for r in readings if coarse(r) == tag]
    if not chosen:
        return tuple(readings)
    return (*chosen, *(r for r in readings if coarse(r) != tag))


def disambiguate(words: Sequence[str]) -> list[tuple[Analysis, ...]]:
    """The readings of each word of one sentence, reordered by context."""
    from taldau.morph import analyze_many

    readings = analyze_many(words)
    return [reorder(r, tag) for r, tag in zip(readings, predict(list(zip(words, readings))))]
