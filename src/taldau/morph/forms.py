"""Frequent word forms with their readings compiled at build time: a fresh process reads a common
news word's readings instead of searching the lexicon, endings and guesser for them.

`data/forms.marshal.gz` holds the readings the analyser gives each Cyrillic word form of a news sample
(`python -m tools.morph.forms`; `data/forms.meta.json` says which). It is stamped with every file the
analysis reads (the package's code, its language data and its lexicon): after any edit
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
# separators of the compiled rows: readings of a word, then a reading's fields
READING, FIELD = "\x1f", "\t"
SEPARATORS = frozenset((READING, FIELD, "\n"))  # "\n" separates the compiled words, rows and shapes

Shape = tuple[str, str, bool, tuple[str, ...]]  # upos, feats, guessed, the glosses of the morphemes


def sources() -> list[Path]:
    """Every file whose edit may change a reading: morph's code, language data and lexicon; not the tables
    compiled from them (stamped with them in turn; their bytes vary with the marshal that wrote them)."""
    found = [*HERE.glob("*.py"), *(HERE / "lang").glob("*"), *(HERE / "data").glob("*")]
    return sorted(p for p in found if p.is_file() and not p.name.endswith(".marshal.gz")
                  and not (p.parent.name == "data" and p.name.startswith("forms.")))


def source_stamp() -> str:
    return compiled.stamp(*(p.read_bytes() for p in sources()), " ".join(f.name for f in fields(Analysis)))


def encode(readings: Iterable[Analysis], shapes: dict[Shape, int]) -> str:
    """A word's readings as one line: each reading's shape (a number in `shapes`, which it extends), lemma
    and morpheme surfaces, tab-separated; readings joined by the unit separator. A few thousand shapes
    (upos, feats, glosses) serve 50,000 readings, so the table is a fifth of their text."""
    rows = []
    for a in readings:
        shape = (a.upos, a.feats, a.guessed, tuple(gloss for _, gloss in a.morphemes))
        fields_ = (str(shapes.setdefault(shape, len(shapes))), a.lemma, *(surface for surface, _ in a.morphemes))
        if any(SEPARATORS & set(field) for field in (*fields_, a.upos, a.feats, *shape[3])):
            raise ValueError(f"a reading holds a separator of the compiled rows: {a!r}")
        rows.append(FIELD.join(fields_))
    return READING.join(rows)


def shape_line(shape: Shape) -> str:
    upos, feats, guessed, glosses = shape
    return FIELD.join((upos, feats, "1" if guessed else "", *glosses))


def decode(row: str, shapes: list[Shape]) -> tuple[Analysis, ...]:
    out = []
    for reading in row.split(READING):
        number, lemma, *surfaces = reading.split(FIELD)
        upos, feats, guessed, glosses = shapes[int(number)]
        out.append(Analysis(lemma, upos, feats, tuple(zip(surfaces, glosses)), guessed))
    return tuple(out)


class Table(NamedTuple):
    """The compiled words (word -> its number), their rows as UTF-8 one after another with where each
    starts (and, last, where the last ends), and the shapes: the rows stay bytes until a word is read."""

    index: dict[str, int]
    rows: bytes
    offsets: array
    shapes: list[Shape]

    def row(self, word: str) -> str | None:
        i = self.index.get(word)
        return None if i is None else self.rows[self.offsets[i] : self.offsets[i + 1]].decode("utf-8")


def columns(table: dict[str, tuple[Analysis, ...]]) -> tuple[str, bytes, bytes, str]:
    """What is compiled: the words, one a line; their rows' bytes; the rows' offsets (32-bit little-endian);
    the shapes, one a line."""
    shapes: dict[Shape, int] = {}
    rows = [encode(readings, shapes).encode("utf-8") for readings in table.values()]
    offsets = array("I", [0])
    for row in rows:
        offsets.append(offsets[-1] + len(row))
    return "\n".join(table), b"".join(rows), _little_endian(offsets).tobytes(), "\n".join(map(shape_line, shapes))


def read(found: object) -> Table | None:
    """The table of compiled `columns`; None for anything else (an empty or damaged table included)."""
    if not isinstance(found, tuple) or [type(c) for c in found] != [str, bytes, bytes, str] or not found[0]:
        return None
    words, rows, offsets, shapes = found
    listed = words.split("\n")
    try:
        parsed = [(upos, feats, guessed == "1", tuple(glosses)) for upos, feats, guessed, *glosses
                  in (line.split(FIELD) for line in shapes.split("\n"))]
        ends = _little_endian(array("I", offsets))
    except ValueError:
        return None
    if len(ends) != len(listed) + 1 or ends[-1] != len(rows):
        return None
    return Table(dict(zip(listed, range(len(listed)))), rows, ends, parsed)


def _little_endian(numbers: array) -> array:
    if sys.byteorder == "big":
        numbers.byteswap()
    return numbers


@cache
def table() -> Table | None:
    """The compiled table; None when the file is missing, stale or in another layout."""
    return read(compiled.load(PATH, source_stamp()))


def readings(word: str) -> tuple[Analysis, ...] | None:
    """The compiled readings of `word`, None when the table lacks it."""
    found = table()
    row = None if found is None else found.row(word)
    return None if row is None else decode(row, found.shapes)
