"""Writing numbers in Kazakh words: cardinals, ordinals, decimals, with case endings.

2021 -> екі мың жиырма бір; ordinal -> екі мың жиырма бірінші; case="dat" -> екі мың жиырма
біріншіге. Decimals are read the Kazakh way, the denominator in the ablative:
2.9 -> екі бүтін оннан тоғыз. The ending goes on the last word only, as in speech.
"""
from __future__ import annotations

from decimal import Decimal

from taldau.numbers import lexicon as lx
from taldau.morph.suffixes import attach_case, attach_ordinal

_BY_VALUE = {v: w for table in (lx.ZERO, lx.UNITS, lx.TENS) for w, v in table.items()}
_SCALES = sorted(((v, w) for w, v in lx.SCALES.items()), reverse=True)


def _below_thousand(n: int) -> list[str]:
    """1..999: жүз, екі жүз он бес (a hundred alone is жүз, not бір жүз)."""
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words += ([_BY_VALUE[hundreds]] if hundreds > 1 else []) + ["жүз"]
    tens, units = divmod(rest, 10)
    if tens:
        words.append(_BY_VALUE[tens * 10])
    if units:
        words.append(_BY_VALUE[units])
    return words


def _cardinal(n: int) -> list[str]:
    """Words of a natural number; a leading thousand is мың (мың тоғыз жүз), elsewhere бір мың."""
    if n == 0:
        return ["нөл"]
    words: list[str] = []
    for scale, name in _SCALES:
        count, n = divmod(n, scale)
        if count:
            if count >= 1000:
                raise ValueError(f"{count * scale} is too large; numbers up to 10^15 - 1 are spelled")
            lead = [] if count == 1 and scale == 1000 and not words else _below_thousand(count)
            words += lead + [name]
    return words + (_below_thousand(n) if n else [])


def _decimal(value: Decimal) -> list[str]:
    """2.9 -> екі бүтін оннан тоғыз; 0.05 -> нөл бүтін жүзден бес."""
    sign, digits, exponent = value.as_tuple()
    places = -int(exponent)
    whole, frac = divmod(abs(value), 1)
    numerator = int(frac.scaleb(places))
    denominator = _cardinal(10**places)
    if denominator[0] == "мың" and places > 3:  # он мыңнан, жүз мыңнан
        denominator = denominator[1:]
    denominator[-1] = attach_case(denominator[-1], "abl")
    return _cardinal(int(whole)) + ["бүтін"] + denominator + _cardinal(numerator)


def number_to_words(n: int | float | Decimal, ordinal: bool = False, case: str | None = None) -> str:
    """Kazakh words for `n`: (5, ordinal=True, case="dat") -> бесіншіге; 2.9 -> екі бүтін оннан тоғыз."""
    value = Decimal(str(n)) if isinstance(n, float) else Decimal(n)
    if not value.is_finite():
        raise ValueError(f"cannot spell {n!r}")
    integral = value == value.to_integral_value() and (isinstance(n, int) or value.as_tuple().exponent >= 0)
    if ordinal and (not integral or value < 0):
        raise ValueError(f"ordinals are for whole numbers >= 0, not {n!r}")
    words = _cardinal(int(abs(value))) if integral else _decimal(value)
    if ordinal:
        last = words[-1]  # жиырмасыншы is irregular; қырық drops its vowel: қырқыншы
        words[-1] = "жиырмасыншы" if last == "жиырма" else attach_ordinal(lx.VOWEL_STEMS.get(last, last))
    if case:
        words[-1] = attach_case(words[-1], case)
    return " ".join((["минус"] if value < 0 else []) + words)
