"""Cyrillic -> Latin: one str.translate table per alphabet, a second one for ALL-CAPS words."""
from __future__ import annotations

import re
from functools import cache

from taldau.translit import case
from taldau.translit.policy import Policy

_CAPITALS = "АӘБВГҒДЕЁЖЗИЙІКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫЬЭЮЯ"
_LETTERS = _CAPITALS + _CAPITALS.lower()
# Two or more Cyrillic capitals standing alone: АҚШ -> AQŞ, ЮНЕСКО -> IUNESKO, but Ш. -> Ş.
_CAPS_WORD = re.compile(f"(?<![{_LETTERS}])[{_CAPITALS}]{{2,}}(?![{_LETTERS}])")


@cache
def _tables(alphabet: str, policy: Policy) -> tuple[dict[int, str], dict[int, str]]:
    """(table for ordinary text, table for ALL-CAPS words): Щ is Şş in Щучинск but ŞŞ in ЩЖҚ."""
    upper = case.upper if alphabet == "2021" else str.upper
    text: dict[int, str] = {}
    caps: dict[int, str] = {}
    for cyr, latin in policy.spellings(alphabet).items():
        text[ord(cyr)] = latin
        text[ord(cyr.upper())] = upper(latin[:1]) + latin[1:]
        caps[ord(cyr.upper())] = upper(latin)
    return text, caps


def to_latin(text: str, alphabet: str, policy: Policy) -> str:
    """Transliterate the Cyrillic letters of `text`; everything else passes through unchanged."""
    table, caps = _tables(alphabet, policy)
    text = _CAPS_WORD.sub(lambda m: m.group().translate(caps), text)
    return text.translate(table)
