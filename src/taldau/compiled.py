"""Tables compiled at build time, so that a fresh process reads them instead of rebuilding them.

A compiled file is derived, never a source: a gzipped `marshal` of plain tuples, dicts and strings
(read in milliseconds) with a stamp of what it was compiled from. `load` answers None when the file is
missing, stamped for other sources or written by another Python's marshal; the caller then builds the
table from its sources, as before, and a test says the file needs compiling again. `Lazy` builds each
value (named tuples, dataclasses) from its plain row on first use, so that a start-up builds only what
the first text reads.
"""
from __future__ import annotations

import gzip
import marshal
import sys
import zlib
from array import array
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, Generic, NamedTuple, TypeVar

K = TypeVar("K")
V = TypeVar("V")
T = TypeVar("T")
_MISSING: Any = object()


def stamp(*parts: str | bytes) -> str:
    """A checksum of what a table is compiled from (source files' bytes, code, a format version): CRC-32
    and length of each part, enough to tell an edit, and cheap enough to check at every start."""
    data = [part.encode("utf-8") if isinstance(part, str) else part for part in parts]
    return " ".join(f"{zlib.crc32(part):08x}:{len(part)}" for part in data)


def dump(path: Path, source: str, table: object) -> None:
    """Write `table` (plain values only) stamped with `source`; the same input gives the same bytes."""
    path.write_bytes(gzip.compress(marshal.dumps((source, table), 4), compresslevel=6, mtime=0))


def load(path: Path, source: str | None = None) -> Any:
    """The table compiled at `path`, or None when missing, unreadable or (given `source`) stamped otherwise."""
    try:
        found, table = marshal.loads(gzip.decompress(path.read_bytes()))
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return table if source is None or found == source else None


def table(path: Path, sources: tuple[Path, ...], build: Callable[[], T]) -> T:
    """The table compiled at `path` from `sources` as they are now, else `build()` from the sources (a
    stale or missing file costs the old start-up, never a wrong answer)."""
    found = load(path, stamp(*(source.read_bytes() for source in sources)))
    return build() if found is None else found


def compile_table(path: Path, sources: tuple[Path, ...], build: Callable[[], T]) -> T:
    """Build the table from `sources` and write it compiled at `path` (build time)."""
    built = build()
    dump(path, stamp(*(source.read_bytes() for source in sources)), built)
    return built


def shared(rows: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """`rows` with equal strings and equal tuples among its values made one object each: marshal writes an object
    it meets again as a reference, so the compiled table is read faster and takes less memory (NER's word classes,
    51k words of 12k distinct rows: 33 -> 18 ms to read)."""
    same: dict = {}
    out = {}
    for key, value in rows.items():
        row = tuple(same.setdefault(part, part) for part in value)
        out[key] = same.setdefault(row, row)
    return out


def stamp_of(path: Path) -> str | None:
    """The stamp a compiled file carries (None when it cannot be read), for the up-to-date tests."""
    try:
        return marshal.loads(gzip.decompress(path.read_bytes()))[0]
    except (OSError, EOFError, ValueError, TypeError):
        return None


def little_endian(numbers: array) -> array:
    """`numbers` (an array, changed in place) in the byte order compiled tables keep their numbers in."""
    if sys.byteorder == "big":
        numbers.byteswap()
    return numbers


class NumberedRows(NamedTuple):
    """Compiled words and their rows of numbers, one after another: `numbers_of(word)` is a word's row."""

    index: dict[str, int]
    numbers: array
    starts: array

    def numbers_of(self, word: str) -> array | None:
        i = self.index.get(word)
        return None if i is None else self.numbers[self.starts[i] : self.starts[i + 1]]


def numbered_rows(words: str, numbers: bytes, starts: bytes) -> NumberedRows | None:
    """Compiled words (one a line) with their rows of 16-bit numbers one after another and where each row starts
    (32-bit, and, last, where the last ends), all little-endian; None when they do not fit together (a damaged
    table)."""
    listed = words.split("\n")
    try:
        ends, found = little_endian(array("I", starts)), little_endian(array("H", numbers))
    except ValueError:
        return None
    if len(ends) != len(listed) + 1 or ends[-1] != len(found):
        return None
    return NumberedRows(dict(zip(listed, range(len(listed)))), found, ends)


class Lazy(Mapping[K, V], Generic[K, V]):
    """A read-only mapping over compiled rows whose values are made on first access and kept
    (bounded by the table's size): `make(key, row)`."""

    __slots__ = ("rows", "make", "made")

    def __init__(self, rows: Mapping[K, Any], make: Callable[[K, Any], V]) -> None:
        self.rows = rows
        self.make = make
        self.made: dict[K, V] = {}

    def get(self, key: K, default: Any = None) -> V | Any:
        value = self.made.get(key, _MISSING)
        if value is _MISSING:
            row = self.rows.get(key, _MISSING)
            if row is _MISSING:
                return default
            value = self.made[key] = self.make(key, row)
        return value

    def __getitem__(self, key: K) -> V:
        value = self.get(key, _MISSING)
        if value is _MISSING:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        return key in self.rows

    def __iter__(self) -> Iterator[K]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)
