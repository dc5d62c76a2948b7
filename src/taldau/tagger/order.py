"""Putting a reading first, and a word's form: what the ranker's caller and every rule after it share."""
from __future__ import annotations

from collections.abc import Sequence

from taldau.doc import Analysis


def promote(readings: Sequence[Analysis], k: int) -> tuple[Analysis, ...]:
    """`readings` with the k-th first, the others in their old order."""
    return tuple(readings) if k == 0 else (readings[k], *readings[:k], *readings[k + 1:])


def word_of(readings: Sequence[Analysis]) -> str:
    """The lower-cased form of a word, spelt from its first reading's morphemes."""
    return "".join(surface for surface, _ in readings[0].morphemes).lower()
