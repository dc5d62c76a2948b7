"""Frequent words' feature rows compiled at build time: a fresh process reads what the bundled model keeps of a
common word's spelling (its features, its neighbours' views of them, its stem and short shape) instead of working
it out: stem, classes, gazetteers, head words and the model's look-ups are most of what a new word costs the NER.

`rows.marshal.gz` holds them for the word forms of `taldau.morph.forms` (frequent in news and administrative
text that bench/speed.py does not read), as numbers into one list of the distinct values
(`python -m tools.ner.compile`). It is stamped with every file those features read; after an edit to one
the table is not read, the features are worked out as before, and a test says to compile it again. A stale
table costs speed, never a different label.
"""
from __future__ import annotations

from array import array
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import NamedTuple

from taldau import compiled

HERE = Path(__file__).parent
PATH = HERE / "rows.marshal.gz"
# what a word's spelling features read: their code, the tables behind them and the model that keeps them
SOURCES = ("features.py", "endings.py", "clusters.py", "clusters.tsv", "gazetteer.py", "lexicon.tsv",
           "countries.tsv", "regions.tsv", "cities.tsv", "heads.py", "heads.tsv", "model.crfsuite")
OFFSETS = 4  # neighbours' views per word, as `features.OFFSETS`


class Row(NamedTuple):
    """What the bundled model keeps of a word's spelling (`features._kept` of `features._spelling`)."""

    stem: str
    shape: str  # its first four characters, as `features._Seen` keeps it
    own: tuple[bytes, ...]
    around: tuple[tuple[bytes, ...], ...]  # per offset of `features.OFFSETS`


def source_stamp() -> str:
    """The NER files the rows are made from, and morph's (the endings and head words ask `taldau.morph`)."""
    from taldau.morph import forms

    return compiled.stamp(*((HERE / name).read_bytes() for name in SOURCES), forms.source_stamp())


def columns(rows: Mapping[str, Row]) -> tuple[str, bytes, bytes, bytes]:
    """What is compiled: the words, one a line; the distinct values, one a line (UTF-8); per word its numbers
    (16-bit: stem, shape, how many own features and views at each offset, then those) one after another; where
    each word's numbers start (32-bit, and, last, where the last end). Same rows, same bytes."""
    values: dict[bytes, int] = {}
    numbers, starts = array("H"), array("I", [0])
    for row in rows.values():
        parts = (row.own, *row.around)
        found = [row.stem.encode(), row.shape.encode(), *(value for part in parts for value in part)]
        if any(b"\n" in value for value in found):
            raise ValueError(f"a value of the row holds a line break: {row!r}")
        numbers.extend([*(values.setdefault(value, len(values)) for value in found[:2]), *map(len, parts),
                        *(values.setdefault(value, len(values)) for value in found[2:])])
        starts.append(len(numbers))
    if len(values) > 1 << 16:
        raise ValueError(f"{len(values)} distinct values do not fit 16-bit numbers")
    return ("\n".join(rows), b"\n".join(values), compiled.little_endian(numbers).tobytes(),
            compiled.little_endian(starts).tobytes())


class Table(NamedTuple):
    rows: compiled.NumberedRows
    values: list[bytes]

    def row(self, word: str) -> Row | None:
        numbers = self.rows.numbers_of(word)
        if numbers is None:
            return None
        values = self.values
        found = [values[k] for k in numbers[2 + 1 + OFFSETS :]]
        parts, at = [], 0
        for size in numbers[2 : 2 + 1 + OFFSETS]:
            parts.append(tuple(found[at : at + size]))
            at += size
        return Row(values[numbers[0]].decode(), values[numbers[1]].decode(), parts[0], tuple(parts[1:]))


def read(found: object) -> Table | None:
    """The table of compiled `columns`; None for anything else (an empty or damaged table included)."""
    if not isinstance(found, tuple) or [type(c) for c in found] != [str, bytes, bytes, bytes] or not found[0]:
        return None
    words, values, numbers, starts = found
    rows = compiled.numbered_rows(words, numbers, starts)
    return None if rows is None else Table(rows, values.split(b"\n"))


@cache
def table() -> Table | None:
    """The compiled table; None when the file is missing, stale or in another layout."""
    return read(compiled.load(PATH, source_stamp()))


def row(word: str) -> Row | None:
    """The compiled row of `word` (as written), None when the table lacks it."""
    found = table()
    return None if found is None else found.row(word)


def rows_of(words: Sequence[str]) -> dict[str, Row]:
    """The rows of `words` as the features work them out now, for the bundled model (build time)."""
    from taldau.ner.features import _kept, _spelling, shape, word_stem
    from taldau.ner.model import MODEL, known

    views = known(MODEL).views
    return {word: Row(word_stem(word), shape(word)[:4], *_kept(_spelling(word), views)) for word in sorted(words)}
