"""Putting a reading first, and a word's form: what the ranker's caller and every rule after it share."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from taldau.doc import Analysis


def promote(readings: Sequence[Analysis], k: int) -> tuple[Analysis, ...]:
    """`readings` with the k-th first, the others in their old order."""
    return tuple(readings) if k == 0 else (readings[k], *readings[:k], *readings[k + 1:])


def first_where(readings: Sequence[Analysis], test: Callable[[Analysis], bool]) -> tuple[Analysis, ...]:
    """`readings` with the first that passes `test` first, as they were if none does: what most rules after the ranker
    do once they know which kind of reading the context calls for."""
    return promote(readings, next((k for k, a in enumerate(readings) if test(a)), 0))


def word_of(readings: Sequence[Analysis]) -> str:
    """The lower-cased form of a word, spelt from its first reading's morphemes."""
    return "".join([surface for surface, _ in readings[0].morphemes]).lower()  # a list: join makes one anyway
