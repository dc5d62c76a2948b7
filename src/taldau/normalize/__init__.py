"""Normalisation as a view: a cleaned copy of the text plus a map back to the original offsets.

The original text is never changed. `normalize(text)` returns a `Normalized` whose `.text` has letters
and their marks composed (NFC for Kazakh), marks that compose with nothing (stress) and invisible
characters removed, quotes/dashes/apostrophes/spaces unified and look-alike letters repaired;
`.original_span(start, end)` maps a span of `.text` back to the original. Edits that change lengths are
rare in real text, so the map keeps only those edits, not one entry per character.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

from taldau.normalize import homoglyphs
from taldau.normalize.chars import INVISIBLE, ONE_TO_ONE

_COMBINING = "\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
# Runs of invisible characters (dropped), or combining marks (composed by NFC with the character before).
_EDIT = re.compile(rf"(?P<invisible>[{INVISIBLE}]+)|[{_COMBINING}]+")
_UNIFIED = re.compile("[" + re.escape("".join(map(chr, ONE_TO_ONE))) + "]")
_DASH_BETWEEN_DIGITS = re.compile(r"(?<=\d)—(?=\d)")
_LONE_CR = re.compile(r"\r(?!\n)")  # old Mac line ends


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised `text` of `original`. Each edit maps normalised [c, d) to original [a, b);
    between edits the two texts run in step."""

    original: str
    text: str
    edits: tuple[tuple[int, int, int, int], ...] = ()  # (c, d, a, b), sorted by c

    def original_offset(self, i: int) -> int:
        """Original offset where the normalised character at `i` starts."""
        k = bisect_right(self.edits, (i, float("inf"))) - 1
        if k < 0:
            return i
        c, d, a, b = self.edits[k]
        return a if i < d else b + (i - d)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original span of the normalised span [start, end), without invisible characters on its edges."""
        if end <= start:
            at = self.original_offset(start)
            return at, at
        last = end - 1
        k = bisect_right(self.edits, (last, float("inf"))) - 1
        if k >= 0 and self.edits[k][0] <= last < self.edits[k][1]:
            return self.original_offset(start), self.edits[k][3]
        return self.original_offset(start), self.original_offset(last) + 1


def normalize(text: str) -> Normalized:
    """Normalise `text`; see the module docstring for what changes."""
    pieces: list[str] = []
    edits: list[tuple[int, int, int, int]] = []
    pos = size = 0

    def replace(a: int, b: int, new: str) -> None:
        nonlocal pos, size
        pieces.append(text[pos:a])
        size += a - pos
        edits.append((size, size + len(new), a, b))
        pieces.append(new)
        size += len(new)
        pos = b

    for match in _EDIT.finditer(text):
        a, b = match.span()
        if not match.group("invisible") and a - 1 >= pos:
            # a letter and the first mark that compose to one character (и + ˘ = й, е + ¨ = ё)
            composed = unicodedata.normalize("NFC", text[a - 1 : a + 1])
            if len(composed) == 1:
                replace(a - 1, a + 1, composed)
                a += 1
        if a < b:  # invisible characters, and marks that compose with nothing (stress marks: қа́ла)
            replace(a, b, "")
    pieces.append(text[pos:])
    clean = _UNIFIED.sub(lambda m: ONE_TO_ONE[ord(m.group())], "".join(pieces))
    clean = _LONE_CR.sub("\n", _DASH_BETWEEN_DIGITS.sub("-", clean))
    return Normalized(text, homoglyphs.repair(clean), tuple(edits))
