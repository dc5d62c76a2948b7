"""Frequent word forms with their readings compiled at build time: a fresh process reads a common
news word's readings instead of searching the lexicon, endings and guesser for them.

`data/forms.marshal.gz` holds the readings the analyser gives each Cyrillic word form of a news sample
(`python -m tools.morph.forms`; `data/forms.meta.json` says which). It is stamped with every file the
analysis reads (the package's code, its language data, its lexicon and compiled tables): after any edit
to them the table is not read, the analyser answers as before, and a test says to run
`python -m tools.morph.compile` again. A stale table costs speed, never a wrong reading.
"""
from __future__ import annotations

import sys
from array import array
from collections.abc import Iterable
from dataclasses import fields
from functools import cache
from pathlib import Path
from typing import NamedTuple

from .. import compiled
from ..doc import Analysis

HERE = Path(__file__).parent
PATH = HERE / "data" / "forms.marshal.gz"
META = HERE / "data" / "forms.meta.json"
# separators of the compiled rows: readings of a word, then a reading's fields and morphemes
READING, FIELD = "\x1f", "\t"
SEPARATORS = frozenset((READING, FIELD, "\n"))  # "\n" separates the compiled words


def sources() -> list[Path]:
    """Every file whose edit may change a reading: morph's code and data, but not this table."""
    found = [*HERE.glob("*.py"), *(HERE / "lang").glob("*"), *(HERE / "data").glob("*")]
    return sorted(p for p in found if p.is_file() and not p.name.startswith("forms."))


def source_stamp() -> str:
    return compiled.stamp(*(p.read_bytes() for p in sources()), " ".join(f.name for f in fields(Analysis)))


def encode(readings: Iterable[Analysis]) -> str:
    """A word's readings as one line: lemma, upos, feats, guessed ("1" or ""), then each morpheme's
    surface and gloss, tab-separated; readings joined by the unit separator."""
    rows = [(a.lemma, a.upos, a.feats, "1" if a.guessed else "", *(part for m in a.morphemes for part in m))
            for a in readings]
    if any(SEPARATORS & set(field) for row in rows for field in row):
        raise ValueError(f"a reading holds a separator of the compiled rows: {rows!r}")
    return READING.join(FIELD.join(row) for row in rows)


def decode(row: str) -> tuple[Analysis, ...]:
    out = []
    for reading in row.split(READING):
        lemma, upos, feats, guessed, *parts = reading.split(FIELD)
        out.append(Analysis(lemma, upos, feats, tuple(zip(parts[::2], parts[1::2])), guessed == "1"))
    return tuple(out)


class Table(NamedTuple):
    """The compiled words (word -> its number), their encoded readings as UTF-8 one after another, and
    where each word's readings start (and, for the last, end): bytes are read as they are, without
    decoding five megabytes of readings no text may ask for."""

    index: dict[str, int]
    rows: bytes
    offsets: array


def columns(words: list[str], rows: list[str]) -> tuple[str, bytes, bytes]:
    """What is compiled: the words, one a line; the rows' bytes; their little-endian 32-bit offsets."""
    encoded = [row.encode("utf-8") for row in rows]
    offsets = array("I", [0])
    for row in encoded:
        offsets.append(offsets[-1] + len(row))
    if sys.byteorder == "big":
        offsets.byteswap()
    return "\n".join(words), b"".join(encoded), offsets.tobytes()


@cache
def table() -> Table | None:
    """The compiled table; None when the file is missing, stale or in another layout."""
    found = compiled.load(PATH, source_stamp())
    if not isinstance(found, tuple) or len(found) != 3:
        return None
    words, rows, packed = found
    offsets = array("I", packed)
    if sys.byteorder == "big":
        offsets.byteswap()
    listed = words.split("\n")
    return Table(dict(zip(listed, range(len(listed)))), rows, offsets)


def readings(word: str) -> tuple[Analysis, ...] | None:
    """The compiled readings of `word`, None when the table lacks it."""
    found = table()
    i = None if found is None else found.index.get(word)
    if i is None:
        return None
    return decode(found.rows[found.offsets[i] : found.offsets[i + 1]].decode("utf-8"))
