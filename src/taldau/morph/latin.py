"""Kazakh in the 2021 Latin alphabet, read through its Cyrillic spelling: paiyzğa -> пайыз + DAT.

The lexicon and the morphotactics are Cyrillic. A word in Latin letters gets the readings of its
transliteration when the dictionary knows it or the word has a letter only Kazakh Latin uses (ğ, ñ,
ū...); an English or other foreign word (Business) is left to the units after this one. Lemmas and
morphemes come out in Cyrillic, as the pipeline's Cyrillic norms give them for whole sentences.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ..doc import Analysis

_LATIN_WORD = re.compile(r"(?:\d+-)?[a-zäğıñöşūü]+(?:-[a-zäğıñöşūü]+)*", re.IGNORECASE)  # 2001-den, AQŞ-tyñ
_KAZAKH_ONLY = frozenset("äğıñöşūü")


def latin(word: str, analyze: Callable[[str], tuple[Analysis, ...]]) -> list[Analysis]:
    """Readings of the Cyrillic spelling of a Latin-script Kazakh word; [] for any other word."""
    if not _LATIN_WORD.fullmatch(word):
        return []
    from taldau.translit.cyrillic import word_to_cyrillic

    spelled = word_to_cyrillic(word)
    if _LATIN_WORD.fullmatch(spelled):  # left as it was (xyzzy): nothing to read
        return []
    readings = analyze(spelled)
    if any(not a.guessed for a in readings) or _KAZAKH_ONLY & set(word.lower()):
        return list(readings)
    return []
