"""Attaching Kazakh endings with vowel harmony, for `number_to_words`: бесіншіге, қырыққа, жүзден.

The ending follows the last back or front vowel of the word and the class of its last sound
(vowel, sonorant, nasal, voiced, voiceless), as in the standard grammar tables.
"""
from __future__ import annotations

from taldau.numbers.lexicon import VOWEL_STEMS

BACK = frozenset("аоұыя")
FRONT = frozenset("әеөүіэ")
VOWELS = frozenset("аәеёиоөуұүыіэюя")
SONORANTS = frozenset("рлйуи")  # final у/и behave as consonants: елуге, елуінші
NASALS = frozenset("мнң")
VOICED = frozenset("жз")

CASES = ("nom", "gen", "dat", "acc", "loc", "abl", "ins")  # UD names, any letter case
# (after vowel, sonorant, nasal, voiced, voiceless) -> back form; front forms swap the vowel.
_CASE_FORMS = {
    "gen": ("ның", "дың", "ның", "дың", "тың"),
    "acc": ("ны", "ды", "ды", "ды", "ты"),
    "dat": ("ға", "ға", "ға", "ға", "қа"),
    "loc": ("да", "да", "да", "да", "та"),
    "abl": ("дан", "дан", "нан", "дан", "тан"),
    "ins": ("мен", "мен", "мен", "бен", "пен"),
}
_FRONTED = str.maketrans({"а": "е", "ы": "і", "ғ": "г", "қ": "к"})


def is_back(word: str) -> bool:
    """Vowel harmony: the last back or front vowel decides (миллион -> back, елу -> front)."""
    for ch in reversed(word):
        if ch in BACK:
            return True
        if ch in FRONT:
            return False
    return True


def _sound(word: str) -> int:
    last = word[-1]
    if last in SONORANTS:
        return 1
    if last in VOWELS:
        return 0
    if last in NASALS:
        return 2
    if last in VOICED:
        return 3
    return 4


def attach_case(word: str, case: str) -> str:
    """`word` with a case ending: (бес, dat) -> беске, (алтыншы, acc) -> алтыншыны."""
    key = case.lower()
    if key not in CASES:
        raise ValueError(f"unknown case {case!r}; choose one of {', '.join(CASES)}")
    if key == "nom":
        return word
    suffix = _CASE_FORMS[key][_sound(word)]
    return word + (suffix if is_back(word) else suffix.translate(_FRONTED))


def attach_ordinal(word: str) -> str:
    """The ordinal of a cardinal word: бес -> бесінші, алты -> алтыншы, қырық -> қырқыншы."""
    if word == "жиырма":  # the one irregular ordinal
        return "жиырмасыншы"
    back = is_back(word)
    if word[-1] in VOWELS and word[-1] not in SONORANTS:
        return word + ("ншы" if back else "нші")
    return VOWEL_STEMS.get(word, word) + ("ыншы" if back else "інші")
