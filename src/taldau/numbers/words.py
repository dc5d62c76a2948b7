"""Reading numbers one token at a time (`read_word`); a run of tokens is composed in `numbers.composition`.

`read_word` says what a token contributes (бес -> unit 5, мыңнан -> scale 1000 in the ablative,
2020-сыншы -> digits 2020, ordinal), ranges written as one token included (екі-үш, 2001-2020).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from taldau.cache import WORDS
from taldau.numbers import lexicon as lx
from taldau.morph import suffixes
from taldau.morph.suffixes import is_ending, split_stem

_ROLES = (
    [(w, "zero", v) for w, v in lx.ZERO.items()]
    + [(w, "unit", v) for w, v in lx.UNITS.items()]
    + [(w, "ten", v) for w, v in lx.TENS.items()]
    + [(w, "hundred", v) for w, v in lx.HUNDRED.items()]
    + [(w, "scale", v) for w, v in lx.SCALES.items()]
)
STEMS: dict[str, tuple[str, int]] = {w: (role, v) for w, role, v in _ROLES}
STEMS |= {lx.VOWEL_STEMS[w]: STEMS[w] for w in lx.VOWEL_STEMS}
STEMS |= {w: ("collective", v) for w, v in lx.COLLECTIVES.items()}
STEMS |= {
    lx.HALF: ("half", 0), lx.HALF_NOUN: ("halfnoun", 0), lx.QUARTER: ("quarter", 0),
    "жиырмас": STEMS["жиырма"],  # only in жиырмасыншы
}
# The first letters of every word `read_word` reads (ё read as е), and the digits: a quick reject before it runs.
HEADS = frozenset("0123456789") | frozenset(
    h for w in (*STEMS, *lx.SCALE_ABBREVIATIONS, *lx.SIGNS, *lx.VARIANTS, *lx.DECIMAL_PARTICLES, lx.POINT, ",")
    for h in (w[:2], w[:2].replace("е", "ё"))
)

_DIGITS = re.compile(r"(\d{1,3}(?:[  ]\d{3})+|\d+)(?:[.,](\d+))?(?:-?([^\W\d_]+))?")
_DIGIT_RANGE = re.compile(r"(\d+(?:[.,]\d+)?)\s?[-–—]\s?(\d+(?:[.,]\d+)?)(?:-([^\W\d_]+))?")
_ORDINAL = re.compile(r"-?(?:ыншы|інші|ншы|нші|сыншы|сінші|шы|ші)")
_APPROX = re.compile(r"-?(?:даған|деген|лаған|леген|таған|теген|шақты)|.*(?:дай|дей|тай|тей)(?:ы|і|сы|сі)?$")
_ABOUT = "шақты"  # оншақты, жүзшақтыға "about ten, about a hundred": written on the number, as the modern spelling has it


@dataclass(frozen=True, slots=True)
class Word:
    """What one token contributes to a number."""

    role: str  # digits zero unit ten hundred scale collective half halfnoun quarter point minus particle comma
    value: Decimal = Decimal(0)
    ending: str = ""
    high: Decimal | None = None  # upper end when the token is itself a range: екі-үш, 2001-2020
    width: int = 0  # digits as written, for decimals: the 05 of 0 , 05
    fractional: bool = False  # a decimal comma or point inside the token: 2,9

    @property
    def ordinal(self) -> bool:
        return bool(self.ending) and _ORDINAL.match(self.ending) is not None

    @property
    def approx(self) -> bool:
        return bool(self.ending) and _APPROX.match(self.ending) is not None

    @property
    def ablative(self) -> bool:
        return self.ending.endswith(tuple(suffixes.endings("ABL")))


@dataclass(frozen=True, slots=True)
class Number:
    """A parsed number: its value and what its form adds."""

    value: int | float
    ordinal: bool = False
    approx: bool = False  # жүздеген, мыңдаған, жүздей
    collective: bool = False  # екеуі, 2-еуі
    ending: str = ""  # the ending of the last word: "ға", "ыншы", "-ке"
    high: int | float | None = None  # a range in one token
    scale: int = 1  # the product of trailing scale words: 15 мың -> 1000

    @property
    def plain_ordinal(self) -> bool:
        """2021-інші, бесінші: an ordinal with no case ending after its suffix (not 2021-іншіден)."""
        return _ORDINAL.fullmatch(self.ending) is not None


def plain(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


_MAX_DIGITS = 40  # longer digit strings are identifiers or noise, and would overflow decimal arithmetic


def abridged(low: Decimal | int, high: Decimal | int) -> Decimal | int:
    """The upper end of a range of years written short: 1941-45 -> 1945, 2019-20 -> 2020 (as printed dates do)."""
    if 1000 <= low <= 2100 and 0 <= high < 100 and low == int(low) and high == int(high) and low % 100 < high:
        return low - low % 100 + high
    return high


def _digits_ending(ending: str) -> bool:
    """An ending digits take: a case or possessive (2001-ден, 6-сы) or the short ordinal, alone or inflected (55-ші)."""
    return is_ending(ending) or ending[:2] in suffixes.endings("ORD.DIGITS") and is_ending(ending[2:])


def _digits(text: str) -> Word | None:
    if sum(ch.isdigit() for ch in text) > _MAX_DIGITS:
        return None
    if m := _DIGITS.fullmatch(text):
        whole, frac, ending = m.groups()
        ending = ending or ""
        if ending and not _digits_ending(ending):
            return None
        digits = re.sub(r"\D", "", whole)
        value = Decimal(digits + ("." + frac if frac else ""))
        return Word("digits", value, ending, width=len(digits), fractional=bool(frac))
    if m := _DIGIT_RANGE.fullmatch(text):
        low, high, ending = m.groups()
        if ending and not _digits_ending(ending):  # 5-6-сы, 60-70-ші
            return None
        low_value, high_value = (Decimal(x.replace(",", ".")) for x in (low, high))
        high_value = abridged(low_value, high_value)
        if low_value >= high_value:
            return None
        return Word("digits", low_value, ending or "", high=high_value)
    return None


@lru_cache(maxsize=WORDS)
def read_word(text: str) -> Word | None:
    """What the token `text` is as part of a number, or None: бесінші, мыңдаған, 2,9, 2020-сыншы."""
    low = text.lower().replace("ё", "е")
    if low[:1].isdigit():
        return _digits(low)
    if low == ",":
        return Word("comma")
    if low in lx.DECIMAL_PARTICLES:
        return Word("particle")
    if low == lx.POINT:
        return Word("point")
    if low in lx.SIGNS:
        return Word("minus", Decimal(lx.SIGNS[low]))
    if low in lx.SCALE_ABBREVIATIONS:
        return Word("scale", Decimal(lx.SCALE_ABBREVIATIONS[low]))
    if not low[:1].isalpha():
        return None
    if "-" in low.strip("-"):
        return _hyphenated(low)
    for variant, standard in lx.VARIANTS.items():
        if low.startswith(variant):
            low = standard + low[len(variant) :]
    found = split_stem(low, STEMS)
    if found is None and _ABOUT in low:
        head, _, tail = low.partition(_ABOUT)
        found = (head, _ABOUT + tail) if head in STEMS and STEMS[head][0] in ("ten", "hundred", "scale") \
            and is_ending(tail) else None
    if found is not None and found[0] == "жиырмас" and not found[1].startswith("ыншы"):
        found = split_stem(low, STEMS.keys() - {"жиырмас"})  # жиырмасы, жиырмасына: жиырма + possessive
    if found is None:
        return None
    stem, ending = found
    role, value = STEMS[stem]
    return Word(role, Decimal(value), ending)


def _hyphenated(low: str) -> Word | None:
    """екі-үш (a range), нөл-нөл (00 in times), бір-ақ (one, emphatic), млрд-қа (a scale's abbreviation inflected)."""
    head, _, tail = low.rpartition("-")
    if head in lx.SCALE_ABBREVIATIONS:
        return Word("scale", Decimal(lx.SCALE_ABBREVIATIONS[head]), "-" + tail) if is_ending(tail) else None
    if tail in ("ақ", "ек"):
        word = read_word(head)
        return Word(word.role, word.value, word.ending + "-" + tail, word.high) if word else None
    left, right = read_word(head), read_word(tail)
    if not left or not right or left.role in ("scale", "point") or right.role in ("scale", "point"):
        return None
    if left.value == 0 and right.value == 0:
        return Word("zero", Decimal(0), right.ending)
    if not left.ending and told_downward(left.value, right.value):  # үш-екі "two or three"
        return Word("unit", right.value, right.ending, high=left.value)
    if left.ending and not (left.ordinal and right.ordinal) or right.value <= left.value:
        return None  # екі-үш, жетінші-сегізінші; not екіге-үш
    return Word("unit" if right.value < 10 else "ten", left.value, right.ending, high=right.value)


def told_downward(first: Decimal | int, second: Decimal | int) -> bool:
    """Two neighbouring counts from 2 to 9, the larger first (үш-екі, 3 – 2 адам): a vague count as екі-үш is, in
    speech; not 1 – 0 or бір-бір (a score, "one each")."""
    return first == int(first) and 2 <= second == first - 1 <= 8
