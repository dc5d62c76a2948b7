"""Repair words that mix Cyrillic with look-alike letters from other alphabets.

Only words that are mostly Cyrillic are changed: "Қaзақстан" (Latin a) becomes "Қазақстан", while a Latin
word such as "Kazakhstan" or "iPhone" is left alone. Roman numerals typed with Cyrillic Х and І ("ХХ ғасыр")
become Latin ("XX"). Every replacement is one character for one, so offsets do not move.
"""
from __future__ import annotations

import re

from taldau.normalize.chars import CYRILLIC_LOWER, FOREIGN_LOOKALIKES, LATIN_LOOKALIKES

_CYR = CYRILLIC_LOWER + CYRILLIC_LOWER.upper()
_LOOK = "".join(LATIN_LOOKALIKES)
_FOREIGN = "".join(FOREIGN_LOOKALIKES)
# Where a word mixes scripts: a Cyrillic letter touching a Latin one, or a foreign look-alike anywhere.
_SCRIPT_SEAM = re.compile(rf"(?<=[{_CYR}])[A-Za-z]|[A-Za-z](?=[{_CYR}])|[{_FOREIGN}]")

_TO_CYRILLIC = str.maketrans({**LATIN_LOOKALIKES, **FOREIGN_LOOKALIKES})
_ROMAN = re.compile(r"\b[ХXІIVLCМM]{2,7}\b")
_VALID_ROMAN = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
_ROMAN_FROM_CYRILLIC = str.maketrans({"Х": "X", "І": "I", "М": "M"})


def _in_word(ch: str) -> bool:
    return ch.isalnum() or ch in _FOREIGN


def _repair_word(word: str) -> str:
    latin = sum(ch in LATIN_LOOKALIKES for ch in word)
    other_latin = sum("a" <= ch.lower() <= "z" for ch in word) - latin
    cyrillic = sum(ch in _CYR or ch in FOREIGN_LOOKALIKES for ch in word)  # Ї counts as the І it becomes
    # "iPhone-ға" and "Kazakhstan" keep their Latin; a Cyrillic word with stray look-alikes is repaired.
    if other_latin == 0 and cyrillic >= latin:
        return word.translate(_TO_CYRILLIC)
    return word.translate(str.maketrans(FOREIGN_LOOKALIKES))


def _latin_roman(match: re.Match[str]) -> str:
    candidate = match.group().translate(_ROMAN_FROM_CYRILLIC)
    if any(ch in "ХІМ" for ch in match.group()) and _VALID_ROMAN.fullmatch(candidate):
        return candidate
    return match.group()


def repair(text: str) -> str:
    """Return `text` with look-alike letters repaired; same length as `text`."""
    seam = _SCRIPT_SEAM.search(text)
    if seam:
        pieces, pos = [], 0
        while seam:
            start, end = seam.start(), seam.end()
            while start > 0 and _in_word(text[start - 1]):
                start -= 1
            while end < len(text) and _in_word(text[end]):
                end += 1
            pieces += [text[pos:start], _repair_word(text[start:end])]
            pos = end
            seam = _SCRIPT_SEAM.search(text, end)
        text = "".join(pieces) + text[pos:]
    return _ROMAN.sub(_latin_roman, text)
