"""Grammars for amounts: percentages, money, measures, ordinals and plain cardinals.

    PERCENT   [шамамен] 2,9 пайызын | 30 %-ке жуық | 60 – 70 процент | 0,6 пайыздық тармаққа (pp)
    MONEY     20 млрд долларға | 17 теңге 29 тиын | $5.99 | бір АҚШ доллары | 40 миллион ( іі ) теңге
    QUANTITY  1,5 миллион текше метр | 65 км/сағ | сағатына 80 шақырым | минус 35 градус
    ORDINAL   бесінші, 9-орынды -> the 9, біріншіден
    CARDINAL  екі жүз он бес | 300-ден астам | 2 есе | үштен бірі
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from taldau.doc import Token
from taldau.morph import suffixes
from taldau.morph.suffixes import is_ending
from taldau.numbers import units as u
from taldau.numbers.parts import (
    ABLATIVE, AFTER, AMOUNT, BEFORE, DASH, ENDING_WORD, HALF_AFTER, HYPHEN, INNER, NUMBER, PAREN, RANGE, Amount, Draft,
    after_words, with_half,
)
from taldau.numbers.words import HEADS, Number, read_word
from taldau.numbers.years import roman
from taldau.rules import DIGITS, Stemmed, ahead, behind, context, custom, eq, in_, opt, or_, regex, repeat, rule, stem

_SIMILATIVE = tuple(suffixes.surfaces("DAй") | suffixes.surfaces("DAйI"))  # 15 пайыздай, 10 тоннадай "about"


def _draft(kind: str, amount: Amount, unit: str | None = None, *marks: Any) -> Draft:
    a = amount.qualified(*marks)
    return Draft(kind, a.value, unit, a.approx, a.bound)


def _about(word: Any) -> tuple[bool, None] | None:
    """The approx mark of a unit word in the similative: пайыздай, теңгедей."""
    return (True, None) if isinstance(word, Stemmed) and word.ending.endswith(_SIMILATIVE) else None


# --- percent ---------------------------------------------------------------------------------
PERCENT_SIGN = or_(
    rule(regex(r"[%％](?:-\w+)?", heads=u.PERCENT_SIGNS)),  # 30 %-ке (KazNERD writes the ending on the sign)
    # 30%-ке split by the tokenizer; the sign stands for the unit, as in the other alternatives
    rule(regex(r"[%％]", heads=u.PERCENT_SIGNS), DASH, ENDING_WORD).interpret(lambda sign, *_: (sign,)),
)
PERCENT_UNIT = or_(rule(stem(u.PERCENT_WORDS)), PERCENT_SIGN)
# 0,6 пайыздық тармаққа: percentage points, unit "pp"
PERCENT = rule(opt(BEFORE), AMOUNT, opt(PAREN), opt(INNER), PERCENT_UNIT, opt(stem(u.POINT_WORDS)), opt(AFTER)).interpret(
    lambda before, amount, _, inner, unit, point, after: None if amount.number.ordinal  # отыздан астам пайыз
    else _draft("percent", amount, "pp" if point else None, before, inner, after, _about(unit[0]))
)

# --- money -----------------------------------------------------------------------------------
CODE = regex(r"(?i)(" + "|".join(u.CURRENCY_CODES) + r")(-\w+)?", heads={c[:2].lower() for c in u.CURRENCY_CODES})  # USD-ға
LOWER_WORD = custom(lambda t: True if t.norm[:1].islower() else None, "lower-case word")
_SHORT_CURRENCY = r"(?i)(" + "|".join(u.CURRENCY_ABBREVIATIONS) + r")(-\w+)?"  # 1500 тг (its period a token of its own), 300 руб-ге
CURRENCY = or_(
    rule(opt(in_({c: True for c in u.CURRENCY_COUNTRIES})), stem(u.CURRENCIES), opt(stem({"стерлинг": "GBP"}))).interpret(
        lambda _, found, sterling: sterling or found  # фунт стерлингке: the ending is on the second word
    ),
    rule(regex(_SHORT_CURRENCY, heads={a[:2] for a in u.CURRENCY_ABBREVIATIONS})).interpret(
        lambda m: Stemmed(u.CURRENCY_ABBREVIATIONS[m.group(1).lower()], m.group(2) or "", m.group(1))
    ),
    rule(CODE).interpret(lambda m: Stemmed(m.group(1).upper(), m.group(2) or "", m.group(1))),
)
SUBUNIT = rule(NUMBER, stem(u.SUBUNITS))  # 17 теңге 29 тиын


def _money(before: Any, amount: Amount, _aside: Any, inner: Any, currency: Stemmed, sub: Any, after: Any) -> Draft | None:
    if amount.number.ordinal:
        return None
    if sub is not None and amount.high is None:
        amount = Amount(replace(amount.number, value=amount.number.value + sub[0].value / 100))
    return _draft("money", amount, currency.value, before, inner, after, _about(sub[1] if sub else currency))


MONEY = or_(
    rule(opt(BEFORE), AMOUNT, opt(PAREN), opt(INNER), CURRENCY, opt(SUBUNIT), opt(after_words("MONEY"))).interpret(_money),
    rule(in_(u.CURRENCY_SIGNS), RANGE).interpret(lambda cur, amount: _draft("money", amount, cur)),  # $5.99
    rule(RANGE, in_(u.CURRENCY_SIGNS)).interpret(lambda amount, cur: _draft("money", amount, cur)),  # 5 000 ₸
    # USD 270.69 RUB 4.09: a line of exchange rates, each code before its amount (not USD 5 күнде, a word after)
    rule(CODE, RANGE, ahead(LOWER_WORD, negate=True)).interpret(lambda m, amount, _: _draft("money", amount, m.group(1).upper())),
)

# --- measures --------------------------------------------------------------------------------
_SYMBOL = r"(?i)(" + "|".join(re.escape(s) for s in sorted(u.UNIT_SYMBOLS, key=len, reverse=True)) + r")\.?(-\w+)?"
SIMPLE_UNIT = or_(
    rule(stem(u.UNITS, exclude=u.NOT_UNITS)).interpret(lambda found: found),
    rule(eq("°"), regex(r"[CС](?:-\w+)?", heads={"c", "с"})).interpret(lambda *_: Stemmed("°C", "", "°C")),  # 25 °С-қа
    # 5 т, 45 км-ге; the tokenizer may split the ending off: км | - | ге
    # (a capital letter alone is an initial: бірі М. Әуезов, not a metre)
    rule(regex(_SYMBOL, heads={s[:2] for s in u.UNIT_SYMBOLS}), opt(rule(HYPHEN, ENDING_WORD))).interpret(
        lambda m, split: None if len(m.group(1)) == 1 and m.group(1).isupper() else Stemmed(
            u.UNIT_SYMBOLS[m.group(1).lower()], m.group(2) or (split[1].norm if split else ""), m.group(1))
    ),
    rule(stem({u.HORSEPOWER[0]}), stem({u.HORSEPOWER[1]})).interpret(lambda _, power: power._replace(value="hp")),
)
AREA_VOLUME = or_(
    rule(in_(u.UNIT_PREFIXES), stem(u.UNITS)).interpret(lambda power, found: found._replace(value=found.value + power)),
    # 200 ш.м. (шаршы метр), split by the tokenizer: ш | . | м | .; the last period is the abbreviation's before a
    # lower-case word, else it ends the sentence
    rule(eq("ш"), eq("."), eq("м", "км"), opt(rule(eq("."), ahead(LOWER_WORD)))).interpret(
        lambda _, __, unit, ___: Stemmed(u.UNIT_SYMBOLS[unit.norm.lower()] + "2", "", "ш.м.")
    ),
)
MCI = or_(  # the monthly calculation index fines and benefits are counted in: 100 айлық есептік көрсеткіш, 50 АЕК-ке
    rule(stem({"айлық"}), opt(stem({"есептік"})), stem({"көрсеткіш"})).interpret(
        lambda _, __, word: word._replace(value="MCI")
    ),
    rule(stem({"аек"})).interpret(lambda word: word._replace(value="MCI")),
)
# 760 миллиметр сынап бағанасы, 120 мм сын. бағ.: millimetres of mercury (the abbreviation's period a token of its own)
MERCURY = rule(or_(stem({"миллиметр"}), eq("мм")), or_(eq("сынап"), rule(eq("сын"), opt(eq(".")))),
               or_(stem({"бағана"}), eq("бағ"))).interpret(
    lambda _, __, column: column._replace(value="mmHg") if isinstance(column, Stemmed) else Stemmed("mmHg", "", "бағ")
)
PER = or_(
    rule(eq("/"), stem({"сағ", "сағат"})).interpret(lambda *_: "/h"),  # 65 км/сағ
    rule(eq("/"), SIMPLE_UNIT, opt(eq("куб"))).interpret(  # миллиграмм / литр, миллиграмм / дециметр куб
        lambda _, unit, cube: "/" + unit.value + ("3" if cube else "")
    ),
)
UNIT = rule(or_(AREA_VOLUME, MCI, MERCURY, SIMPLE_UNIT), opt(PER), opt(rule(opt(HYPHEN), stem({"сағат"})))).interpret(
    lambda unit, per, hour: unit._replace(value=unit.value + (per or "") + (_hourly(unit.value) if hour else ""))
)


def _hourly(unit: str) -> str:
    """A unit with сағат after it: power by the hour is energy (киловатт-сағат kWh), else a rate (километр сағат km/h)."""
    return "h" if unit.endswith("W") else "/h"

RATE = rule(stem({"сағат", "секунд", "минут"}))  # сағатына 80 шақырым, секундына 120 текше метр
MINUS = or_(
    rule(eq("минус", "плюс")),
    rule(eq("нөлден"), eq("төмен", "жоғары")),  # нөлден төмен 10 градус "10 below zero"
    # -15°С, +25 градус: a sign written on the number (the normaliser makes − a hyphen)
    rule(custom(lambda t: True if t.norm in ("-", "+") and not t.space_after else None, "sign", False, {"-", "+"})),
    # –10°С: an en dash typed for the minus (normalised to —), glued to the number (after a number, 10 –15, the
    # range that starts earlier is the longer match)
    rule(custom(lambda t: True if t.norm in ("—", "–") and not t.space_after else None, "dash sign", False, {"—", "–"})),
)
SIDE = in_(u.TEMPERATURE_SIDES)


def _quantity(rate: Any, sign: Any, before: Any, amount: Amount, _aside: Any, inner: Any, unit: Stemmed, more: Any,
              half: Any, side: Any, after: Any) -> Draft | None:
    if amount.number.ordinal:  # 1163-інші шақырымында is a place on a road, not a distance
        return None
    if half is not None and (more is not None or (amount := with_half(amount)) is None):  # екі литр жарым: 2.5 l
        return None
    if more is not None:  # 1 метр 20 сантиметр
        factor = u.SUBUNITS_OF.get((unit.value, more[1].value))
        if factor is None or amount.high is not None:
            return None
        value = amount.number.value + more[0].number.value * factor
        amount, unit = Amount(replace(amount.number, value=round(value, 6))), more[1]._replace(value=unit.value)
    if (_negative(sign) or side == -1) and amount.high is not None:  # минус 5-10, 3-5 градус суық: -10 to -5
        amount = replace(amount, number=replace(amount.number, value=-abs(amount.high)), high=-abs(amount.number.value))
    elif _negative(sign) or side == -1:
        amount = replace(amount, number=replace(amount.number, value=-abs(amount.number.value)))
    per = "" if rate is None else "/" + {"сағат": "h", "секунд": "s", "минут": "min"}[rate[0].stem]
    return _draft("quantity", amount, unit.value + per, before, inner, after, _about(unit))


def _negative(sign: Any) -> bool:
    """минус, a hyphen written on the number, нөлден төмен."""
    return sign is not None and (sign[-1].norm.lower() in ("минус", "-", "—", "–", "төмен"))


def _signed(sign: Any, n: Number) -> int | float:
    return -abs(n.value) if _negative(sign) else n.value


def _signed_range(a_sign: Any, a: Number, _: Any, b_sign: Any, b: Number, unit: Stemmed, side: Any) -> Draft | None:
    """+25…+28°C, -5…-8°C, 0...+5 градус жылы: a forecast's range, each end with its sign, low to high."""
    ends = sorted((_signed(a_sign, a), _signed(b_sign, b)))
    if side == -1:  # 3…5 градус суық
        ends = sorted(-abs(e) for e in ends)
    ok = not (a.ending or a.ordinal or b.ordinal) and ends[0] < ends[1]
    return Draft("quantity", ends, unit.value) if ok else None


def _over(high: int | float, low: int | float) -> list[int] | None:
    """Systolic over diastolic: two whole numbers, the first the higher."""
    return [int(high), int(low)] if high == int(high) and low == int(low) and high > low else None


# 140/90, 140 / 90: a blood pressure, in millimetres of mercury, after қысым or before the unit
PRESSURE = or_(
    rule(regex(r"(\d{2,3})/(\d{2,3})(?:-\w+)?", heads=DIGITS)).interpret(lambda m: _over(int(m[1]), int(m[2]))),
    rule(NUMBER, eq("/"), NUMBER).interpret(lambda a, _, b: None if a.ending else _over(a.value, b.value)),
)


def _pressure(before: Any, pair: list[int], _unit: Any, after: Any) -> Draft:
    approx = bool(before and before[0] or after and after[0])
    return Draft("quantity", pair, "mmHg", approx, (after and after[1]) or (before and before[1]) or None)


QUANTITY = or_(
    rule(opt(RATE), opt(MINUS), opt(BEFORE), RANGE, opt(PAREN), opt(INNER), UNIT, opt(rule(RANGE, UNIT)),
         opt(HALF_AFTER), opt(SIDE), opt(AFTER)).interpret(_quantity),
    rule(opt(BEFORE), PRESSURE, MERCURY, opt(AFTER)).interpret(_pressure),
    rule(behind(stem({"қысым"})), PRESSURE, opt(AFTER)).interpret(lambda _, pair, after: _pressure(None, pair, None, after)),
    rule(opt(or_(MINUS, rule(eq("+")))), NUMBER, eq("…", "..."), opt(or_(MINUS, rule(eq("+")))), NUMBER, UNIT,
         opt(SIDE)).interpret(
        _signed_range
    ),
    # -30-дан -40 градусқа дейін, минус 5-тен плюс 5 градусқа: from one signed end to another (a sign alone on the first
    # end was lost before its ablative); дейін closes the range, as after 30-дан 40 градусқа
    rule(MINUS, NUMBER, opt(or_(MINUS, rule(eq("+", "плюс")))), NUMBER, UNIT, opt(AFTER)).interpret(
        lambda a_sign, a, b_sign, b, unit, after: _signed_from(a_sign, a, b_sign, b, unit, after)
    ),
)


def _signed_from(a_sign: Any, a: Number, b_sign: Any, b: Number, unit: Stemmed, after: Any) -> Draft | None:
    if not a.ending.endswith(ABLATIVE) or b.ending or a.ordinal or b.ordinal:
        return None
    ends = sorted((_signed(a_sign, a), _signed(b_sign, b)))
    return Draft("quantity", ends, unit.value, bool(after and after[0]), after[1] if after else None) \
        if ends[0] < ends[1] else None

# --- ordinal and cardinal --------------------------------------------------------------------
TIMES = rule(stem({u.TIMES}), opt(in_({w: True for w in u.COMPARATIVES})))  # 2 есе, екі есеге, 2 есе жоғары


def _ordinal(amount: Amount) -> Draft | None:
    return Draft("ordinal", amount.value) if amount.number.ordinal else None


def _cardinal(before: Any, amount: Amount, times: Any, after: Any) -> Draft | None:
    if amount.number.ordinal:
        return None
    unit = "times" if times else None
    return _draft("cardinal", amount, unit, before, after)


def _digit_noun(text: str) -> Any:
    m = _DIGIT_NOUN.fullmatch(text)
    return m if m and not is_ending(m.group(2).lower()) else None


_RANK = r"(?i)(" + "|".join(u.ROMAN_RANKS) + r")\w*"  # дәрежелі, санатты, топтағы
_DIGIT_NOUN = re.compile(r"(\d+)-([^\W\d_]+)")
NOUN = custom(lambda t: True if t.norm.isalpha() and not is_ending(t.norm.lower()) else None, "noun")
ORDINAL = or_(
    RANGE.interpret(_ordinal),
    # 9-орынды, 3-қабатта: digits, a hyphen and a noun make an ordinal; the span is the digits
    rule(custom(lambda t: _digit_noun(t.norm), "digit-noun", heads=DIGITS)).interpret(
        lambda m: Draft("ordinal", int(m.group(1)), chars=len(m.group(1)))
    ),
    rule(regex(r"\d+", heads=DIGITS), ahead(rule(HYPHEN, NOUN))).interpret(
        lambda m, _: Draft("ordinal", int(m.group(0)))
    ),
    # II дәрежелі диплом, III санатты жол: a rank in Roman numerals (uppercase, I to X)
    rule(regex(r"(?:X|Х|I|І|V){1,4}", heads="xхiіv"), ahead(regex(_RANK, heads={w[:2] for w in u.ROMAN_RANKS}))).interpret(
        lambda m, _: Draft("ordinal", value) if m.group(0).isupper() and (value := roman(m.group(0))) and value <= 10
        else None
    ),
)


def _score(text: str) -> list[int] | None:
    """3:2 or үш-екі written as one token: the two counts of a match's score."""
    halves = re.split(r"[:\-–—]", text, maxsplit=1)
    words = [read_word(h) for h in halves] if len(halves) == 2 and all(halves) else []
    if not words or not all(w and w.role in ("digits", "unit", "ten", "zero") and not w.ending and w.high is None
                            for w in words):
        return None
    return [int(w.value) for w in words]  # type: ignore[union-attr]


def _pair(a: Any, _: Any, b: Any) -> list[int] | None:
    plain = all(isinstance(n.value, int) and not n.ending and not n.ordinal and n.high is None for n in (a, b))
    return [a.value, b.value] if plain else None


# 3:2, 3 – 2, үш-екі есебімен: a match's score is one count of two numbers, in either order (KazNERD keeps
# a colon between spaces, 0 : 3, as two counts); so is each of a list of set scores: 6:4, 3:6 және 7:5 есебімен
SCORE_PAIR = or_(rule(NUMBER, DASH, NUMBER).interpret(_pair), custom(lambda t: _score(t.norm), "score", heads=HEADS))
SCORES_AHEAD = rule(repeat(rule(eq(",", "және"), SCORE_PAIR), 0, 6), stem({"есеп", "есеб"}, exclude=("есебінше",)))
SCORE = rule(SCORE_PAIR, ahead(SCORES_AHEAD)).interpret(lambda pair, _: Draft("cardinal", pair))
def _other_script(tokens: Sequence[Token], i: int) -> bool:
    """The number before the bracket at `i` and the one inside it are written one in digits, one in words."""
    return 0 < i < len(tokens) - 1 and tokens[i - 1].norm[:1].isdigit() != tokens[i + 1].norm[:1].isdigit()


# екі (2) данада, 2 (екі) данада: a count restated in brackets in the other script, as laws and contracts write
# it, is one count; a count said twice, бір ( бір ), 1 ( 1 ), is a speaker's repair: two counts (KazNERD)
RESTATED = rule(opt(BEFORE), RANGE, context(_other_script), eq("("), NUMBER, eq(")"), opt(TIMES), opt(AFTER)).interpret(
    lambda before, amount, _, __, again, ___, times, after: _cardinal(before, amount, times, after)
    if amount.high is None and again.value == amount.number.value and not again.ordinal else None
)
CARDINAL = or_(SCORE, RESTATED, rule(opt(BEFORE), RANGE, opt(TIMES), opt(AFTER)).interpret(_cardinal))
