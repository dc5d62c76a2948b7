"""Grammars for weekdays: a weekday (жұмада), of a pointed week (келесі аптаның дүйсенбісінде), spans and lists
of weekdays (дүйсенбіден жұмаға дейін, сенбі және жексенбі күндері), repetitions (әр сенбі сайын), the weekend.

    жұмада -> XXXX-WXX-5      сенбі-жексенбі -> XXXX-WXX-6/XXXX-WXX-7      демалыс күндері -> XXXX-WXX-WE
"""
from __future__ import annotations

from typing import Any

from taldau.doc import Token
from taldau.numbers import calendar as c
from taldau.numbers.parts import ABLATIVE, AND, DASH, Draft
from taldau.numbers.periods import GENITIVE_PERIOD
from taldau.numbers.timewords import (
    BETWEEN,
    DAY_WORD,
    PLURAL,
    SHIFT,
    UNTIL,
    WEEKDAY,
    relative,
)
from taldau.rules import Stemmed, behind, eq, opt, or_, regex, rule, stem

HOLIDAY = stem({"мереке"})  # мерекелік, мерекесіндегі (демалыс күндері): a holiday's, no weekend
_WEEKDAY_WORD = stem(c.WEEKDAYS, exclude=c.NOT_WEEKDAYS)


def _weekday_pair(m: Any) -> tuple[int, int] | None:
    """сенбі-жексенбі kept as one token: both days, when both halves are weekdays."""
    first, second = (WEEKDAY.match([Token(x, 0, len(x), x)], 0) for x in (m.group(1), m.group(2)))
    return (first[0][1], second[0][1]) if first and second else None


def _weekday_days(days: tuple[int, int | None], until: Any, shift: Any = None, of_week: Any = None) -> Draft:
    """жұмада -> XXXX-WXX-5; сенбі – жексенбі, сенбі-жексенбі -> XXXX-WXX-6/XXXX-WXX-7 (a later second day only).
    A pointed week keeps its direction: өткен аптаның жұмасында -> -P1W-5, a day of that ISO week (2024-W10-5 from
    2024-03-15); өткен жұмада "last Friday" -> -PW-5, the nearest Friday before the document's date, келесі сенбіде
    +PW-6 the nearest after, as өткен қазанда is -PY-10 (taldau's notation); сол сенбіде "that Saturday" is unknown."""
    first, last = days
    week = "XXXX-WXX" if shift is None or isinstance(shift, str) else relative(shift, "W") if of_week or shift == 0 \
        else f"{'-' if shift < 0 else '+'}PW"
    value = f"{week}-{first}" + (f"/{week}-{last}" if last is not None and last > first else "")
    return Draft("date", value, None, False, until or None)


# келесі аптаның дүйсенбісінде: a weekday of the week the text points to, one date (as келесі айдың 10-жұлдызында)
_OF_WEEK = GENITIVE_PERIOD.interpret(lambda unit: unit if unit == "W" else None)
WEEKDAYS = rule(opt(SHIFT), opt(_OF_WEEK), or_(
    rule(WEEKDAY, opt(rule(DASH, WEEKDAY))).interpret(lambda day, more: (day, more[1] if more else None)),
    rule(regex(r"(\w+)-(\w+)", heads={d[:2] for d in c.WEEKDAYS})).interpret(_weekday_pair),  # сенбі-жексенбі
), opt(UNTIL)).interpret(lambda shift, of_week, days, until: _weekday_days(days, until, shift, of_week))  # жұмаға дейін


def _days_of_week(shift: Any, a: int, b: int) -> Draft | None:
    """келесі аптаның сенбісі мен жексенбісінде: two days of the pointed week, one date as days listed are ({+P1W-6,
    +P1W-7}: each a day of that ISO week)."""
    week = relative(shift, "W") if isinstance(shift, int) else "XXXX-WXX"  # аптаның, сол аптаның: which week unknown
    return Draft("date", f"{{{week}-{a},{week}-{b}}}") if a < b else None


# (келесі) аптаның сенбісі мен жексенбісінде
DAYS_OF_WEEK = rule(opt(SHIFT), _OF_WEEK, WEEKDAY, or_(AND, eq("және")), WEEKDAY).interpret(
    lambda shift, _, a, __, b: _days_of_week(shift, a, b))


def _plural_day(day: Stemmed) -> Stemmed | None:
    """күндері, күндерде: the plural of күн."""
    return day if day.ending.startswith(PLURAL) else None


def _weekdays(first: int, last: int, until: str | None = None) -> Draft | None:
    return Draft("date", f"XXXX-WXX-{first}/XXXX-WXX-{last}", None, False, until or None) if first < last else None


# дүйсенбі мен бейсенбі аралығында, дүйсенбіден жұмаға дейін: a span of weekdays is one date, as KazNERD's
# guidelines show it (not two)
WEEKDAY_SPAN = or_(
    DAYS_OF_WEEK,
    rule(WEEKDAY, AND, WEEKDAY, BETWEEN).interpret(lambda a, _, b, __: _weekdays(a, b)),
    # сенбі және жексенбі күндері, сенбі мен жексенбіде: two days listed are one date, as the guidelines draw days
    # listed after one month ([мамырдың 15, 16 және 17-сі])
    rule(WEEKDAY, or_(AND, eq("және")), WEEKDAY, opt(rule(DAY_WORD).interpret(_plural_day))).interpret(
        lambda a, _, b, __: Draft("date", f"{{XXXX-WXX-{a},XXXX-WXX-{b}}}") if a < b else None
    ),
    # әр сенбі сайын, жұма сайынғы: every such weekday, an ISO 8601 repeating interval
    rule(opt(eq(*c.EVERY)), WEEKDAY, opt(stem({"күн"})), eq("сайын", "сайынғы")).interpret(
        lambda _, day, __, ___: Draft("date", f"R/XXXX-WXX-{day}/P1W")
    ),
    # демалыс күндері "at the weekend" (KazNERD's guidelines list it as a date); a single демалыс күні is "a day off",
    # and so are a holiday's (мерекелік демалыс күндері, Наурыз мерекесіндегі демалыс күндері); өткен демалыс
    # күндері "last weekend" keeps its word, as [өткен апта] in the guidelines, and its direction (-PW-6/-PW-7)
    rule(opt(SHIFT), behind(HOLIDAY, negate=True), eq("демалыс"), rule(DAY_WORD).interpret(_plural_day)).interpret(
        lambda shift, *_: _weekday_days((6, 7), None, shift) if isinstance(shift, int) else Draft("date", "XXXX-WXX-WE")),
    rule(_WEEKDAY_WORD, WEEKDAY, UNTIL).interpret(
        lambda a, b, until: _weekdays(a.value, b, until) if a.ending.endswith(ABLATIVE) and until == "max" else None
    ),
)
