"""Reading numbers: one token at a time (`read_word`), then a run of tokens (`compose`).

`read_word` says what a token contributes (бес -> unit 5, мыңнан -> scale 1000 in the ablative,
2020-сыншы -> digits 2020, ordinal); `compose` checks the order of a run the way a grammar would
(екі жүз он бес is 215, бес он is not one number) and computes the value, with decimals
(бір бүтін оннан тоғыз, 2 , 9, үш те бес), fractions (үштен бір), halves (бір жарым) and
ranges written as one token (екі-үш, 2001-2020).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
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


def _plain(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


_MAX_DIGITS = 40  # longer digit strings are identifiers or noise, and would overflow decimal arithmetic


def abridged(low: Decimal | int, high: Decimal | int) -> Decimal | int:
    """The upper end of a range of years written short: 1941-45 -> 1945, 2019-20 -> 2020 (as printed dates do)."""
    if 1000 <= low <= 2100 and 0 <= high < 100 and low == int(low) and high == int(high) and low % 100 < high:
        return low - low % 100 + high
    return high


def _digits(text: str) -> Word | None:
    if sum(ch.isdigit() for ch in text) > _MAX_DIGITS:
        return None
    if m := _DIGITS.fullmatch(text):
        whole, frac, ending = m.groups()
        ending = ending or ""
        if ending and not (is_ending(ending) or ending[:2] in ("шы", "ші") and is_ending(ending[2:])):  # 55-ші
            return None
        digits = re.sub(r"\D", "", whole)
        value = Decimal(digits + ("." + frac if frac else ""))
        return Word("digits", value, ending, width=len(digits), fractional=bool(frac))
    if m := _DIGIT_RANGE.fullmatch(text):
        low, high, ending = m.groups()
        if ending and not is_ending(ending):
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


# --- composition ----------------------------------------------------------------------------

# Within one group below a thousand: [unit] [жүз] [ten] [unit] [жарым].
_NEXT = {
    "start": {"unit": "unit0", "zero": "end", "ten": "ten", "hundred": "hundred", "digits": "end"},
    "unit0": {"hundred": "hundred", "half": "end"},
    "hundred": {"ten": "ten", "unit": "unit"},
    "ten": {"unit": "unit", "half": "end"},
    "unit": {"half": "end"},
    "end": {},
}


def _integer(words: Sequence[Word]) -> Decimal | None:
    """Value of a run of integer words (екі жүз он бес мың), or None if they are out of order."""
    total, group, state, last_scale = Decimal(0), Decimal(0), "start", None
    for i, w in enumerate(words):
        if w.ending and i < len(words) - 1:
            return None
        if w.role == "scale":
            if last_scale is not None and w.value >= last_scale:
                return None
            total += (group or Decimal(1)) * w.value
            group, state, last_scale = Decimal(0), "start", w.value
            continue
        if w.role == "half" and state == "start" and last_scale and not group:  # мың жарым 1500
            total += last_scale / 2
            state = "end"
            continue
        role = w.role
        if role == "collective":
            role = "unit" if w.value < 10 else "ten"
        nxt = _NEXT[state].get(role)
        if nxt is None:
            return None
        if role == "hundred":
            group = (group or Decimal(1)) * 100
        elif role == "half":
            group += Decimal("0.5")
        else:
            group += w.value
        state = nxt
    return total + group


def _upper(words: Sequence[Word]) -> list[Word] | None:
    """The words with a one-token range replaced by its upper end (екі-үш мың -> үш мың), or None."""
    ranges = [i for i, w in enumerate(words) if w.high is not None]
    if not ranges:
        return None
    i = ranges[0]
    w = words[i]
    return [*words[:i], Word(w.role, w.high, w.ending), *words[i + 1 :]]  # type: ignore[arg-type]


def _scaled(words: Sequence[Word]) -> Decimal | None:
    """A leading number (digits, жарты, ширек, or words) and scale words: 2,5 млн, жарты миллион."""
    first = words[0]
    if first.role not in ("digits", "halfnoun", "quarter"):
        return _integer(words)
    value = {"digits": first.value, "halfnoun": Decimal("0.5"), "quarter": Decimal("0.25")}[first.role]
    rest = words[1:]
    # to_integral_value, not % 1: Decimal's % fails beyond 28 digits (10000000000000000000000000000)
    whole = first.role == "digits" and not first.ending and first.high is None \
        and first.value == first.value.to_integral_value()
    if whole and rest and rest[0].role == "half":
        value += Decimal("0.5")  # 8 жарым, 2 жарым миллион
        first, rest = rest[0], rest[1:]
    if first.ending and rest:
        return None
    last = None
    for k, w in enumerate(rest):
        if w.role == "digits" and whole and last is not None and not rest[k - 1].ending:
            return _scaled_tail(value, last, rest[k:])
        if w.role != "scale" or (last is not None and w.value >= last):
            return None
        value *= w.value
        last = w.value
    return value


def _scaled_tail(value: Decimal, last: Decimal, tail: Sequence[Word]) -> Decimal | None:
    """3 мың 200, 1 млн 200 мың: digits written after a scale word add to it, below it; bare digits stay under a
    thousand (a year after 5 млн is no part of it)."""
    if tail[0].high is not None or tail[0].value != tail[0].value.to_integral_value():
        return None
    rest = _scaled(tail)
    if rest is None or rest >= last or len(tail) == 1 and rest >= 1000:
        return None
    return value + rest


def _split_scales(words: Sequence[Word]) -> tuple[Sequence[Word], Decimal]:
    """Trailing scale words (бес бүтін оннан тоғыз триллион) -> (words before, factor)."""
    factor, end = Decimal(1), len(words)
    while end > 1 and words[end - 1].role == "scale" and not any(w.role == "scale" for w in words[: end - 1]):
        factor *= words[end - 1].value
        end -= 1
    return words[:end], factor


def _decimal(whole: Sequence[Word], frac: Sequence[Word]) -> Decimal | None:
    """бір бүтін оннан тоғыз, отыз бес бүтін елу үш, 2 , 9, үш те бес (scale words handled by caller)."""
    integer = _integer(whole) if whole[0].role != "digits" else whole[0].value
    if integer is None or len(whole) > 1 and whole[0].role == "digits" or whole[0].fractional:
        return None
    denominator = None
    for i, w in enumerate(frac[:-1]):
        if w.ablative:  # оннан, жүзден, он мыңнан
            den = _integer([Word(x.role, x.value) for x in frac[: i + 1]])
            if den not in (10, 100, 1000, 10_000, 100_000, 1_000_000):
                return None
            denominator, frac = den, frac[i + 1 :]
            break
    if frac[0].role == "digits":
        if len(frac) > 1 or frac[0].fractional or frac[0].high is not None:
            return None
        numerator, digits = frac[0].value, frac[0].width
    else:
        parsed = _integer(frac)
        if parsed is None or _upper(frac) is not None:
            return None
        numerator, digits = parsed, len(str(int(parsed)))
    if denominator is None or numerator >= denominator:
        denominator = Decimal(10) ** digits
    return integer + numerator / denominator


def compose(words: Sequence[Word]) -> Number | None:
    """The number a run of token readings spells, or None when they do not form one number."""
    if not words or words[0].role in ("comma", "particle", "point", "half"):
        return None
    sign = Decimal(1)
    if words[0].role == "minus":
        sign, words = words[0].value, words[1:]
        if not words or words[0].role in ("comma", "particle", "point"):  # плюс, 30: no number starts at the comma
            return None
    last = words[-1]
    if last.role in ("comma", "particle", "point", "minus"):
        return None
    if any(w.role == "minus" for w in words):
        return None
    separators = [i for i, w in enumerate(words) if w.role in ("comma", "particle", "point")]
    high = vague = None
    if separators:
        if len(separators) > 1:
            return None
        i = separators[0]
        sep = words[i].role
        if sep == "comma" and not (words[i - 1].role == "digits" and words[i + 1].role == "digits"
                                   and words[i + 1].width <= 2 and not words[i + 1].ending):
            return None  # 2006 , 2007 and 3 , 7-еуінде are lists
        if sep == "particle" and (words[i - 1].role == "digits" or words[i + 1].role == "digits"):
            return None
        if any(w.ending for w in words[:i]):
            return None
        frac, factor = _split_scales(words[i + 1 :])
        value = _decimal(words[:i], frac)
        if value is None:
            return None
        value *= factor
    else:
        fraction = _fraction(words)
        vague = _vague(words) if fraction is None else None  # a fraction is exact: мыңдағаннан is its denominator
        value = fraction if fraction is not None else vague if vague is not None else _scaled(words)
        if value is None:
            return None
        upper = _upper(words)
        if upper is not None:
            high = _scaled(upper)
            if high is None or high <= value:
                return None
    return Number(
        _plain(sign * value),
        ordinal=last.ordinal,
        approx=last.approx or vague is not None,
        collective=last.role == "collective" or last.ending.lstrip("-").startswith(("еу", "ау")),
        ending=last.ending,
        high=_plain(sign * high) if high is not None else None,
        scale=_trailing_scale(words),
    )


def _vague(words: Sequence[Word]) -> Decimal | None:
    """ондаған мың, жүздеген миллион "tens of thousands, hundreds of millions": a vague count before scale words."""
    first, rest = words[0], words[1:]
    if not rest or not first.approx or first.role not in ("ten", "hundred", "scale") or first.high is not None:
        return None
    value, last = first.value, first.value if first.role == "scale" else None
    for w in rest:
        if w.role != "scale" or last is not None and w.value >= last:
            return None
        value, last = value * w.value, w.value
    return value


def _trailing_scale(words: Sequence[Word]) -> int:
    scale = 1
    for w in reversed(words):
        if w.role != "scale":
            break
        scale *= int(w.value)
    return scale


def _fraction(words: Sequence[Word]) -> Decimal | None:
    """үштен бір 1/3, төрттен үші 3/4, 10-нан 1-і 1/10: a denominator in the ablative, then a numerator."""
    for i, w in enumerate(words[:-1]):
        if w.ablative:
            if any(x.high is not None for x in words):
                return None
            den, num = _scaled([Word(x.role, x.value) for x in words[: i + 1]]), _scaled(words[i + 1 :])
            if den and num and 0 < num < den and (den <= 10 or den in (100, 1000)):  # not 1071-ден 40
                return num / den
            return None
    return None


def several(factors: tuple[int, int], number: Number) -> Number | None:
    """бірнеше мың -> 2000..9000, approximate: a vague count of a round number (жүз, мың, жүз мың)."""
    value = number.value
    round_ = isinstance(value, int) and value >= 100 and str(value).strip("0") == "1"  # 100, 1000, 100000 ...
    if number.ordinal or number.high is not None or not round_:
        return None
    low, high = factors
    return Number(low * value, approx=True, ending=number.ending, high=high * value, scale=value)


def parse_words(texts: Sequence[str]) -> Number | None:
    """The number spelled by the tokens `texts`, or None."""
    words = [read_word(t) for t in texts]
    if any(w is None for w in words):
        return None
    return compose(words)  # type: ignore[arg-type]
