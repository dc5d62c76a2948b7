"""Kyrgyz and Uzbek: close kin of Kazakh that the n-gram model, trained on kk, ru and en, takes for Kazakh.

A word is evidence of one of them when Kazakh never writes it, in Cyrillic, in Latin (2021 or informal)
or without its special letters (бұл -> бул, жаңа -> жана, қылды -> qildi). Written from general
knowledge of the languages; thresholds set on UD Kyrgyz-KTMU train (test part: bench/langid.py).
"""
from __future__ import annotations

import re
from functools import lru_cache

from taldau.cache import CHEAP_WORDS
from taldau.morph import phonology

KYRGYZ_WORDS = frozenset(
    # function words and frequent words whose Kazakh form differs (үшін, емес, бойынша, оның, ел, екі...)
    "үчүн эмес эле элек эч эмне азыр бирок кийин келет мындай ушул тууралуу боюнча менен анын дагы жатат болот"
    " шаар өлкө эл элдин элге эки эң эгер эртең тарабынан болгон кылган жаңы мыйзам мыйзамды".split()
)
UZBEK_WORDS = frozenset(
    # Kazakh: және, бірге, үшін, емес, жаңа, жақсы, кітап, жыл, ел... in no spelling these
    "va bilan uchun emas yangi yaxshi hozir lekin ular nima kerak qilib qilish boraman ertaga kitob yil yilda"
    " yilning viloyati viloyat xalq masala bayonot qonun qonunni qabul aholi aholining saylov mamlakat davlat"
    " hukumat hukumati iqtisodiyot".split()
)
_KAZAKH_ONLY = re.compile("[әғқұһі]")  # letters Kyrgyz does not have
_VOWELS = re.compile("[" + "".join(sorted(phonology.VOWELS | {"у"})) + "]")  # у: a vowel letter in spelling
_LONG_VOWEL = re.compile("(оо|өө|үү|ээ)[а-яөүң]{0,2}$")  # шайлоо, билдирүү, шайлоого; not вообще, сообщество
_REPEAT = re.compile(r"(.)\1\1")  # өөөте, фуууу: drawn-out letters, not long vowels
_KYRGYZ_LETTERS = re.compile("[өүң]")  # a text without them (Russian) is not Kyrgyz
_UZBEK_LETTER = re.compile("[og][ʻ'‘’`][a-z]")  # oʻ, gʻ: Oʻzbekiston, boʻlib, gʻalaba


@lru_cache(maxsize=CHEAP_WORDS)  # asked of every word of every sentence: words repeat
def kyrgyz(word: str) -> bool:
    # өкмөтү, көбү: ө and ү after a rounded vowel (Kazakh has them in the first syllable only: үкіметі;
    # its compounds баспасөз, Сарыкөл have no rounded vowel before)
    if word in KYRGYZ_WORDS:
        return True
    if "ө" not in word and "ү" not in word and "оо" not in word and "ээ" not in word:
        return False  # most words: the harmony needs ө or ү and _LONG_VOWEL a doubled vowel, so no test below holds
    if _KAZAKH_ONLY.search(word) or _REPEAT.search(word):
        return False
    vowels = _VOWELS.findall(word)
    harmony = any(v in "өү" and before in "өүоу" for before, v in zip(vowels, vowels[1:]))
    return harmony or (len(word) > 4 and _LONG_VOWEL.search(word) is not None)


def kyrgyz_text(words: list[str]) -> bool:
    return _KYRGYZ_LETTERS.search(" ".join(words)) is not None


@lru_cache(maxsize=CHEAP_WORDS)
def uzbek(word: str) -> bool:
    return word in UZBEK_WORDS or _UZBEK_LETTER.search(word) is not None


def share(words: list[str], is_marker) -> float:
    """Share of marker words, counted only with two markers or a quarter of the words (one word proves little)."""
    markers = sum(map(is_marker, words))
    enough = (markers >= 2 and markers >= 0.1 * len(words)) or markers >= 0.25 * len(words)
    return markers / len(words) if markers and enough else 0.0
