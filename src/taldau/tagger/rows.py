"""A word as the ranker's integer ids (`Entry`), and those of frequent words compiled at build time: a fresh
process reads a common word's ids instead of working them out (its view, its readings' keys looked up).

`rows.marshal.gz` holds the bundled model's ids of the word forms of `taldau.morph.forms` (frequent in news
and administrative text that bench/speed.py does not read) with the readings the analyser gives them
(`python -m tools.tagger.compile`). They are used only for those very readings (the analyser's own tuple of
them, as the morph component hands it on) and only while the model, the ranker's code and the analyser's
files are those it was compiled from (a stamp); otherwise the ids are worked out as before and a test says
to compile the table again. A stale table costs speed, never a different choice.
"""
from __future__ import annotations

from array import array
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import NamedTuple

import numpy as np

from taldau import compiled
from taldau.doc import Analysis

HERE = Path(__file__).parent
PATH = HERE / "rows.marshal.gz"
SOURCES = ("ranker.py", "ranker.npz", "rows.py")
FLAGS = 4  # the yes/no values ending `Entry.seen`


class Entry(NamedTuple):
    """One word as integer ids of a model: its own context keys; what its neighbours see of it (their context
    keys, in NEIGHBOURS order, then 1 or 0: whether it is a plural nominative, may be a converb, is capitalised, may
    start a phrase: one flat row, read into one array for a block); for a word with two readings or more, a row per
    reading: its tag columns (U, T), lexical columns (L, LT), structural columns (padded to WIDTH + 4, or the widest
    row); the words that may follow it in a phrase, and its lemmas and form."""

    readings: tuple[Analysis, ...]
    own: tuple[int, ...]
    seen: tuple[int | bool, ...]
    columns: np.ndarray | None
    follows: frozenset[str]
    lemmas: frozenset[str]


def phrase_words(low: str, readings: Sequence[Analysis]) -> tuple[frozenset[str], frozenset[str]]:
    """The words that may follow a word in a multi-word entry of the lexicon, and its lemmas and form."""
    from taldau.morph.phrases import followers  # here: loading the tagger need not load the analyser

    return followers(low), frozenset({low, *(r.lemma.lower() for r in readings)})


Ids = tuple[tuple[int, ...], tuple[int | bool, ...], "np.ndarray | None"]  # Entry's own, seen and columns


def source_stamp() -> str:
    """The ranker's code and model, and the analyser's files (the readings the ids are compiled for)."""
    from taldau.morph import forms

    return compiled.stamp(*((HERE / name).read_bytes() for name in SOURCES), forms.source_stamp())


def columns(found: Mapping[str, Ids]) -> tuple[str, bytes, bytes]:
    """What is compiled: the words, one a line; per word its numbers (16-bit: rows and width of its columns,
    how many neighbours' ids, its own ids, the neighbours' ids and flags, its columns row by row) one after
    another; where each word's numbers start (32-bit, and, last, where the last end)."""
    numbers, starts = array("H"), array("I", [0])
    for own, seen, table in found.values():
        shape = (0, 0) if table is None else table.shape
        row = [*shape, len(seen) - FLAGS, *own, *map(int, seen), *(() if table is None else table.ravel().tolist())]
        if max(row) >= 1 << 16:
            raise ValueError(f"{max(row)} does not fit 16-bit numbers: a model of that many keys needs wider ones")
        numbers.extend(row)
        starts.append(len(numbers))
    return "\n".join(found), compiled.little_endian(numbers).tobytes(), compiled.little_endian(starts).tobytes()


class Table(compiled.NumberedRows):
    __slots__ = ()

    def ids(self, word: str) -> Ids | None:
        numbers = self.numbers_of(word)
        if numbers is None:
            return None
        size, width, neighbours = numbers[:3]
        seen = 5 + neighbours  # after the three sizes and the two own ids
        table = np.array(numbers[seen + FLAGS :], dtype=np.int64).reshape(size, width) if size else None
        return tuple(numbers[3:5]), (*numbers[5:seen], *map(bool, numbers[seen : seen + FLAGS])), table


def read(found: object) -> Table | None:
    """The table of compiled `columns`; None for anything else (an empty or damaged table included)."""
    if not isinstance(found, tuple) or [type(c) for c in found] != [str, bytes, bytes] or not found[0]:
        return None
    rows = compiled.numbered_rows(*found)
    return None if rows is None else Table(*rows)


@cache
def table() -> Table | None:
    """The compiled table; None when the file is missing, stale or in another layout."""
    return read(compiled.load(PATH, source_stamp()))


def ids(word: str, readings: tuple[Analysis, ...]) -> Ids | None:
    """The bundled model's compiled ids of `word` if these are the readings they were compiled for (the
    analyser's own tuple: what the morph component gave the token), else None."""
    found = table()
    if found is None or word not in found.index:
        return None
    from taldau.morph import _analyze

    return found.ids(word) if readings is _analyze(word) else None
