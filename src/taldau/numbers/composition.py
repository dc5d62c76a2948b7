"""Reading a run of number words (`compose`): its order checked the way a grammar would (екі жүз он бес is 215,
бес он is not one number) and its value computed, with decimals (бір бүтін оннан тоғыз, 2 , 9, үш те бес), fractions
(үштен бір) and halves (бір жарым); each token as `numbers.words.read_word` reads it.
"""
from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from taldau.numbers.words import Number, Word, plain, read_word

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
    """Trailing scale words (алты бүтін оннан тоғыз триллион) -> (words before, factor)."""
    factor, end = Decimal(1), len(words)
    while end > 1 and words[end - 1].role == "scale" and not any(w.role == "scale" for w in words[: end - 1]):
        factor *= words[end - 1].value
        end -= 1
    return words[:end], factor


def _decimal(whole: Sequence[Word], frac: Sequence[Word]) -> Decimal | None:
    """бір бүтін оннан тоғыз, отыз жеті бүтін елу төрт, 2 , 9, үш те бес (scale words handled by caller)."""
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
        plain(sign * value),
        ordinal=last.ordinal,
        approx=last.approx or vague is not None,
        collective=last.role == "collective" or last.ending.lstrip("-").startswith(("еу", "ау")),
        ending=last.ending,
        high=plain(sign * high) if high is not None else None,
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
