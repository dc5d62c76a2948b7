"""Grammars for calendar dates, and the DATE grammar that joins them with periods and relative dates.

    2001 жылғы қыркүйекте -> 2001-09      2020-сыншы жылы -> 2020      12.04.1961 -> 1961-04-12
    1965 жылы 4 мамырда -> 1965-05-04      2019 жылдың 9 айында -> 2019/P9M
    мамырдың 3-і мен 17-сі аралығында -> XXXX-05-03/XXXX-05-17      24-інде -> XXXX-XX-24

Spans follow KazNERD: дейін, бері and аралығында belong to a date, бастап does not; a month's айы
belongs to it only after a year or биылғы (2020 жылдың мамыр айында, but мамыр айында); a year in
the nominative and a month are two dates (өткен жылы қарашада) unless the day and year are numbers.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from taldau.doc import Token
from taldau.morph import suffixes
from taldau.numbers import calendar as c
from taldau.numbers import ages, weekdays
from taldau.numbers import periods as p
from taldau.numbers.parts import ABLATIVE, AND, BEFORE, DASH, GLUED_ORDINAL, NUMBER, PAREN, Draft
from taldau.numbers.timewords import (
    AFTER, BETWEEN, DATE_TOKEN, DAY_MONTH, DAY_OF_MONTH, DAY_STAR, DAY_WORD, GENITIVE, MONTH, MONTH_WORD, PART, PLURAL,
    POSSESSIVE, ROMAN, SHIFT, THIS_YEARS, UNTIL, YEAR, YEAR_SHIFT, not_season, relative,
)
from taldau.numbers.words import Number, read_word
from taldau.numbers.years import (
    BARE_YEAR, BEFORE_ERA_PART, CENTURY_PART, SHARES, COMMON_ERA_PART, DECADE_PART, MILLENNIUM_PART, YEAR_PART, roman,
)
from taldau.rules import DIGITS, Stemmed, ahead, behind, context, eq, in_, opt, or_, regex, repeat, rule, stem


def _day(n: Number) -> int | None:
    return n.value if isinstance(n.value, int) and 1 <= n.value <= 31 and n.high is None else None


FIRST_WORD = "алғашқы"  # алғашқы тоқсанда "in the first quarter"
FIRST = rule(eq(FIRST_WORD)).interpret(lambda _: Number(1, ordinal=True, ending=FIRST_WORD))
LAST_WORD = "соңғы"  # соңғы тоқсанда "in the last quarter" (the fourth), жылдың соңғы жартысында (the second)
LAST = rule(eq(LAST_WORD)).interpret(lambda _: Number(4, ordinal=True, ending=LAST_WORD))
# III тоқсан, ІІ жартыжылдық: a Roman numeral is an ordinal
ROMAN_ORDINAL = rule(ROMAN).interpret(lambda m: None if m.group(2) else Number(roman(m.group(1)), ordinal=True))
DAY_NUMBER = or_(NUMBER, GLUED_ORDINAL).interpret(_day)  # 1-інші, бірінші, 5-(мамыр)
# before жұлдыз "day of the month" the number is an ordinal (5-жұлдызы, бірінші жұлдызында), not бес жұлдызды "five-star"
STAR_DAY = rule(or_(NUMBER, GLUED_ORDINAL), DAY_STAR).interpret(lambda n, _: _day(n) if n.ordinal else None)
MONTH_DAY = rule(GLUED_ORDINAL, DAY_OF_MONTH).interpret(lambda n, _: _day(n))  # (айдың) 10-күнінен: after a month
DAY = or_(DAY_NUMBER, in_({"оны": 10, "онына": 10}))  # after a month only: қаңтардың оны, the 10th
FROM_DAY = rule(NUMBER).interpret(lambda n: _day(n) if n.ending.endswith(ABLATIVE) else None)  # 5-інен (10-ына дейін)
MONTH_OF = rule(MONTH_WORD).interpret(lambda w: w if w.ending.endswith(GENITIVE) else None)  # айдың (10-ы)
# before its day a genitive month is a month, whatever else the word may be: Қазанның 25-і
GENITIVE_MONTH = rule(DAY_MONTH).interpret(lambda m: m if m.ending.endswith(GENITIVE) else None)
# a month whose parts follow: наурыздың or наурыз айының (соңғы аптасында, екінші жартысында)
OF_MONTH = or_(GENITIVE_MONTH, rule(MONTH, MONTH_WORD).interpret(lambda m, w: m if w.ending.endswith(GENITIVE) else None))
# наурыздың екінші аптасында: a month has up to five weeks, and an ordinal before апта counts weeks, not days
WEEK_OF_MONTH = rule(or_(NUMBER, GLUED_ORDINAL), stem({"апта"})).interpret(
    lambda n, _: n if n.ordinal and n.high is None and n.value in (1, 2, 3, 4, 5) else None)


def _season(m: Stemmed) -> bool:
    """екінші маусымы, бесінші және алтыншы маусымдары: маусым possessed or plural after its days is a TV season's,
    no June."""
    return m.stem == "маусым" and m.ending.startswith((*POSSESSIVE, *PLURAL))


def _day_month(d: int, m: Stemmed) -> dict[str, Any] | None:
    """1-інші сәуір; екінші маусымы (a TV season) is no date unless a year governs it."""
    return None if _season(m) else {"month": m.value, "day": d}


def _days(m: Stemmed, d1: int, more: Any) -> dict[str, Any] | None:
    """наурыздың 22-сі, қыркүйектің 11-і — 12-сі, мамырдың 3-і мен 17-сі (аралығында)."""
    if more is None:
        return {"month": m.value, "day": d1}
    return {"month": m.value, "day": d1, "until": more[1]} if d1 < more[1] else None


def _day_range(m: Stemmed, n: Number) -> dict[str, Any] | None:
    """мамырдың 5-6-сы, қазанның 10-12-сі аралығында: days of a month as one token, written as a range."""
    first = _day(replace(n, high=None))
    return {"month": m.value, "day": first, "until": int(n.high)} if first and n.high is not None \
        and first < n.high <= 31 else None


LISTED_BY = or_(eq(",", "және"), AND)
# the 3 of "3 және 5 наурызда", the бесінші of "бесінші және алтыншы мамырда" (a day before a month is its ordinal)
_BARE_DAY = or_(NUMBER, GLUED_ORDINAL).interpret(lambda n: None if n.ending and not n.plain_ordinal else _day(n))
# a day after the first of a list has its ending (16-сы, он алтысы): "наурыздың 5-і, 7 адам" lists no day
LISTED_DAY = or_(NUMBER, GLUED_ORDINAL).interpret(lambda n: _day(n) if n.ending or n.ordinal else None)


def _listed_days(m: Stemmed, days: list[int]) -> dict[str, Any] | None:
    return {"month": m.value, "day": days[0], "list": days} if days == sorted(set(days)) else None


def _in_case(m: Stemmed) -> bool:
    """маусымда, наурыздан: the month in a case other than the genitive (маусымның is "the season's")."""
    return m.ending in suffixes.case_endings() and not m.ending.endswith(GENITIVE)


def _among_months(tokens: Sequence[Token], i: int) -> bool:
    """A month name listed with another (қазан мен қараша, қаңтар, наурыз, маусым) is a month, not a word."""
    def month(j: int) -> bool:
        return 0 <= j < len(tokens) and MONTH(tokens[j]) is not None

    def joint(j: int) -> bool:
        return 0 <= j < len(tokens) and tokens[j].norm.lower() in c.LIST_JOINTS

    return joint(i) and month(i + 1) or joint(i - 2) and month(i - 3)


MONTH_PART = or_(
    rule(DAY_NUMBER, opt(PAREN), DAY_MONTH).interpret(lambda d, _, m: _day_month(d, m)),  # бірінші ( іі ) маусымнан
    # 1 қаңтарынан 30 маусымына дейін: a day in digits until which is a date, маусымы possessed too (not екінші
    # маусымына дейін, a season)
    rule(regex(r"([12]?\d|3[01])", heads=DIGITS), DAY_MONTH, ahead(UNTIL)).interpret(
        lambda d, m, _: {"month": m.value, "day": int(d[1])}),
    rule(DAY_NUMBER, DASH, DAY_NUMBER, DAY_MONTH).interpret(  # 24-інші — 27-нші маусым
        lambda d1, _, d2, m: {"month": m.value, "day": d1, "until": d2} if d1 < d2 else None
    ),
    rule(NUMBER, DAY_MONTH).interpret(  # 18-20 қараша: a range of days written as one token
        lambda n, m: {"month": m.value, "day": n.value, "until": int(n.high)}
        if n.high is not None and _day(replace(n, high=None)) and n.high <= 31 and not n.ending else None
    ),
    # мамырдың 5-6-сы: a range of days written as one token, its ending on the last
    rule(GENITIVE_MONTH, NUMBER).interpret(_day_range),
    # шілденің 5-жұлдызында, мамырдың 10-күні
    rule(GENITIVE_MONTH, or_(STAR_DAY, MONTH_DAY)).interpret(lambda m, d: _days(m, d, None)),
    # мамырдың 15-і, 16-сы және 17-сі: listed days of one month are one date, as KazNERD's guidelines show it
    rule(GENITIVE_MONTH, DAY, repeat(rule(LISTED_BY, LISTED_DAY), 1, 4), ahead(BETWEEN, negate=True)).interpret(
        lambda m, d, more, _: _listed_days(m, [d, *(day for _, day in more)])
    ),
    rule(GENITIVE_MONTH, DAY, opt(or_(rule(DASH, DAY), rule(AND, DAY, ahead(BETWEEN))))).interpret(_days),
    # 3, 4 және 5 наурызда, 10 мен 17 маусымда: days listed before one month, one date as after it
    rule(_BARE_DAY, repeat(rule(LISTED_BY, DAY_NUMBER), 1, 4), DAY_MONTH, ahead(BETWEEN, negate=True)).interpret(
        lambda d, more, m, _: None if _season(m) else _listed_days(m, [d, *(day for _, day in more)])),
    rule(_BARE_DAY, AND, DAY_NUMBER, DAY_MONTH, BETWEEN).interpret(  # 10 мен 17 маусым аралығында: a span of days
        lambda d1, _, d2, m, __: {"month": m.value, "day": d1, "until": d2} if d1 < d2 else None),
    # тамыздың соңғы аптасында, наурыздың алғашқы күндерінде: a part of the month (as жылдың соңғы айында)
    rule(OF_MONTH, in_(p.ENDS), p.PERIOD).interpret(lambda m, _, small: {"month": m.value} if small in "WD" else None),
    rule(OF_MONTH, WEEK_OF_MONTH).interpret(lambda m, _: {"month": m.value}),
    rule(GENITIVE_MONTH, FROM_DAY, DAY, ahead(UNTIL)).interpret(  # мамырдың 5-інен 10-ына дейін
        lambda m, d1, d2, _: _days(m, d1, (None, d2))
    ),
    rule(OF_MONTH, or_(NUMBER, FIRST), stem({"жарты"})).interpret(  # қыркүйектің бірінші жартысында
        lambda m, n, _: {"month": m.value} if n.ordinal and n.value in (1, 2) else None
    ),
    # қаңтардан маусымға дейін: after a month in the ablative, маусым is a month too
    rule(rule(MONTH).interpret(lambda m: m if m.ending.endswith(ABLATIVE) else None), DAY_MONTH, ahead(UNTIL)).interpret(
        lambda a, b, _: {"month": a.value, "last": b.value} if a.value < b.value else None
    ),
    rule(MONTH, MONTH_WORD, or_(STAR_DAY, DAY)).interpret(  # наурыз айының бірінен, қазан айының 5-жұлдызында
        lambda m, word, d: {"month": m.value, "day": d} if word.ending.endswith(GENITIVE) else None
    ),
    # қараша айына дейін, сәуір айының ортасында; a bare "айында" stays out, as in KazNERD
    rule(opt(SHIFT), MONTH, MONTH_WORD, ahead(or_(UNTIL, PART))).interpret(lambda _, m, __, ___: {"month": m.value}),
    # қаңтар, өткен желтоқсан; not "бұл қаңтардың" before its day (қаңтардың 10-ы is the date)
    rule(opt(SHIFT), MONTH, context(not_season), ahead(or_(stem(c.MONTH_NAMED + c.MONTH_COMMON), DAY), negate=True)).interpret(
        lambda shift, m, *_: {"month": m.value} if m.stem not in c.AMBIGUOUS_MONTHS or shift is not None else None
    ),
    rule(MONTH, context(_among_months)).interpret(lambda m, _: {"month": m.value}),  # Қазан мен қараша
    # биыл наурызда, былтыр маусымда: after "this year", "last year" the name is the month (two dates, as in KazNERD);
    # one that is also a word takes a case (not биыл Қазан қаласында, былтыр маусым сәтті болды)
    rule(behind(eq(*c.THIS_OR_LAST_YEAR)), DAY_MONTH, context(not_season), ahead(stem(c.MONTH_NAMED), negate=True)).interpret(
        lambda _, m, *__: {"month": m.value} if m.stem not in c.AMBIGUOUS_MONTHS or _in_case(m) else None
    ),
    rule(MONTH, ahead(MONTH_WORD)).interpret(lambda m, _: {"month": m.value}),  # Қазан айында: the month
    # наурыздың соңына дейін, қазанның ортасына: a part of it makes a month of a name that is also a word (not the
    # city, Қазанның ортасы); маусымның басында is the sports season unless a year, айы or a day is next to it
    rule(DAY_MONTH, context(lambda ts, i: ts[i - 1].norm != "Қазанның"), ahead(PART)).interpret(
        lambda m, *_: {"month": m.value} if m.ending.endswith(GENITIVE) and m.stem != "маусым" else None
    ),
)
# After a linked year (2013 жылдың 29-ыншы қаңтарында, 2020 жылдың мамыр айында) the month is part of the date.
LINKED_MONTH = or_(
    # (2019 жылдың) қаңтар – наурыз (айларында): KazNERD leaves the plural айларында out
    rule(MONTH, DASH, MONTH).interpret(lambda a, _, b: {"month": a.value, "last": b.value} if a.value < b.value else None),
    rule(regex(r"(\w+)-(\w+)", heads={m[:2] for m in c.MONTHS})).interpret(  # қаңтар-наурыз
        lambda m: {"month": a, "last": b} if (a := c.MONTHS.get(m.group(1).lower())) and (b := c.MONTHS.get(
            m.group(2).lower())) and a < b else None
    ),
    MONTH_PART,
    rule(DAY_NUMBER, DAY_MONTH).interpret(lambda d, m: {"month": m.value, "day": d}),  # он екінші маусымында
    rule(MONTH, opt(MONTH_WORD)).interpret(lambda m, _: {"month": m.value}),
    # 2026 жылғы қазанға дейін: after a year that governs it, a name that is also a word (қазан "cauldron") in a case
    # is the month
    rule(DAY_MONTH).interpret(lambda m: {"month": m.value} if m.stem in c.AMBIGUOUS_MONTHS and _in_case(m) else None),
)


def _calendar(year: dict[str, Any] | None, month: dict[str, Any] | None) -> str | None:
    if year is not None and month is not None and not year.get("linked"):
        # 1965 жылы 4 мамырда is one date; өткен жылы қарашада, 2021 жылы қыркүйекте are two
        if "year" not in year or "day" not in month:
            return None
    if year and "edtf" in year:
        return year["edtf"] if month is None else None
    if year and "relative" in year and month is None:
        return year["relative"]
    y = year["year"] if year and "year" in year else year["relative"] if year and "relative" in year else "XXXX"
    if month is None:
        return y
    out = f"{y}-{month['month']:02d}"
    if "list" in month:
        return "{" + ",".join(f"{out}-{d:02d}" for d in month["list"]) + "}"
    if "last" in month:
        return f"{out}/{y}-{month['last']:02d}"
    if "until" in month:
        return f"{out}-{month['day']:02d}/{out}-{month['until']:02d}"
    return out + f"-{month['day']:02d}" if "day" in month else out


def _date_token(m: Any) -> str | None:
    day, month, year = (int(x) for x in (m.group("d", "m", "y") if m.group("d") else m.group("D", "M", "Y")))
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


def _this_year(this: Any) -> dict[str, Any] | None:
    """биылғы, былтырғы before a month: the year it points to (+P0Y, -P1Y), as өткен жылдың does."""
    return {"relative": this, "linked": True} if isinstance(this, str) and this.endswith("Y") else None


def _sub_year(year: dict[str, Any] | None, this: Any, n: Number, word: str) -> str | None:
    """A quarter or a half; алғашқы жартысы is a half year only after a year (not ойынның алғашқы жартысы)."""
    base = {"тоқсан": 32, "жарты": 39, "жартыжылдық": 39, "жартыжылдығ": 39}[word]
    if n.ending == LAST_WORD:
        if word == "жарты" and not (year or this):  # ойынның соңғы жартысы: a game's, not a year's
            return None
        n = replace(n, value=4 if word == "тоқсан" else 2)
    # 2015 жылғы 2 тоқсанда: after a year a bare count names its quarter or half, as an ordinal would
    if not (n.ordinal or year and not n.ending) or n.value not in ((1, 2, 3, 4) if word == "тоқсан" else (1, 2)):
        return None
    if word == "жарты" and n.ending == FIRST_WORD and not (year or this):
        return None
    if year and not year.get("linked"):
        return None
    year = year or _this_year(this)  # биылғы, былтырғы бірінші тоқсанда
    y = year.get("year") or year.get("relative", "XXXX") if year else "XXXX"
    return f"{y}-{base + n.value}"


# 24-інде, жиырма төртінде, 31-і (күні): a day of the month with no month, in the possessive
BARE_DAY = or_(
    rule(NUMBER, ahead(DAY_WORD)).interpret(lambda n, _: n if n.ending.lstrip("-") in c.DAY_POSSESSIVES else None),
    NUMBER.interpret(lambda n: n if n.ending.lstrip("-") in c.DAY_LOCATIVES else None),
).interpret(lambda n: f"XXXX-XX-{n.value:02d}" if not n.collective and _day(n) and n.value > 1 else None)



def _shifted_month(shift: int | str, m: Stemmed, _: Any, month_word: Any, __: Any) -> str | None:
    """өткен қазанда -> -PY-10 (the last October before the document's date), келесі наурызда -> +PY-03 (the next
    March), былтырғы қазанда -> -P1Y-10, биылғы маусымда -> +P0Y-06 (the month of the year the word points to); the
    resolver makes them dates (-PY-10 written on 2024-03-15: 2023-10). A name that is also a word is the month before
    айы or in a case other than the genitive (not өткен қазанның "of the past cauldron")."""
    if m.stem in c.AMBIGUOUS_MONTHS and month_word is None and not _in_case(m):
        return None
    year = c.NEAREST_YEARS[shift] if isinstance(shift, str) else relative(shift, "Y")
    return _calendar({"relative": year, "linked": True}, {"month": m.value})


# жылдың алғашқы тоғыз айында, жылдың бірінші тоқсанында: a bare "of the year" before months is this year's, as in жылдың соңына дейін (+P0Y);
# not жылдың бір күні "one day a year", nor бес жылдың (a count's)
THE_YEARS = rule(YEAR, context(lambda tokens, i: i < 2 or read_word(tokens[i - 2].norm) is None)).interpret(
    lambda word, _: {"relative": "+P0Y", "linked": True} if word.ending in GENITIVE else None
)
CALENDAR = or_(
    rule(YEAR_PART, opt(LINKED_MONTH)).interpret(_calendar),
    # өткен қазанда, келесі наурызда, өткен ақпан айында: айы belongs to the month after the word, as after a year
    rule(YEAR_SHIFT, DAY_MONTH, context(not_season), opt(MONTH_WORD),
         ahead(or_(stem(c.MONTH_NAMED + c.MONTH_COMMON), DAY), negate=True)).interpret(_shifted_month),
    rule(opt(THIS_YEARS), MONTH_PART).interpret(lambda this, m: _calendar(_this_year(this), m)),
    rule(THIS_YEARS, MONTH, MONTH_WORD).interpret(lambda this, m, __: _calendar(_this_year(this), {"month": m.value})),
    # он төртінші мамыр күні мың тоғыз жүз отыз алтыншы жылы: the day first, the year after
    rule(MONTH_PART, opt(eq("күні")), YEAR_PART).interpret(
        lambda m, _, y: _calendar(y, m) if "day" in m and "year" in y else None
    ),
    rule(or_(BEFORE_ERA_PART, COMMON_ERA_PART, SHARES, CENTURY_PART, MILLENNIUM_PART, DECADE_PART)).interpret(lambda y: y["edtf"]),
    rule(DATE_TOKEN, opt(YEAR)).interpret(lambda m, _: _date_token(m)),  # 12.05.2023 ж., 2020-05-12 жылы
    # бірінші тоқсанда, 2023 жылдың 1-тоқсанында, алғашқы жартысында, бірінші жартыжылдықта: EDTF quarters
    # 33..36, halves 40..41
    rule(opt(or_(YEAR_PART, THE_YEARS)), opt(THIS_YEARS), or_(NUMBER, GLUED_ORDINAL, FIRST, LAST, ROMAN_ORDINAL),
         stem({"тоқсан", "жарты", "жартыжылдық", "жартыжылдығ"}), opt(YEAR)).interpret(
        lambda year, this, n, word, __: None if n.ending == LAST_WORD and not word.ending  # соңғы тоқсан адам: ninety
        else _sub_year(year, this, n, word.stem)  # бірінші жарты жылда
    ),
    # осы айдың 15-інде, келесі айдың 1-інен: a day of the month the text points to
    rule(opt(SHIFT), MONTH_OF, NUMBER).interpret(
        lambda _, __, n: f"XXXX-XX-{n.value:02d}" if _day(n) and (n.ordinal or n.ending) else None
    ),
    # айдың 10-жұлдызында (not бірінші жұлдыз "star"), айдың 10-күнінен; after келесі, өткен one date as above (the
    # value keeps the day, not the shifted month), not "келесі айдың" and an ordinal 10
    rule(opt(SHIFT), MONTH_OF, or_(STAR_DAY, MONTH_DAY)).interpret(lambda _, __, d: f"XXXX-XX-{d:02d}"),
    BARE_DAY,
    BARE_YEAR,
)


def _range(a: str | None, b: str | None) -> str | None:
    """2023 жылғы қаңтар – ақпан -> 2023-01/2023-02 (`in_year_of`)."""
    b = in_year_of(a, b)
    return f"{a}/{b}" if a and b and "/" not in a + b else None


def in_year_of(a: str | None, b: str | None) -> str | None:
    """The end of a range in its start's year (2023 жылғы қаңтар – ақпан: 2023-02), or the year after when it comes
    earlier in a year (2023 жылғы қараша – ақпан -> 2024-02, былтырғы -> +P0Y-02); after өткен, келесі (-PY-11/-PY-02)
    the resolver places both."""
    if a and b and b.startswith("XXXX-") and (start := re.fullmatch(r"(.+?)-(\d\d)(?:-\d\d)?", a)):
        year = start.group(1)
        if b[5:7] < start.group(2):
            year = _next_year(year)
        if year is not None:
            return year + b[4:]
    return b


def _next_year(year: str) -> str | None:
    """The year after `year` as the values write it (2023 -> 2024, -P1Y -> +P0Y; -PY as it is, the resolver's); None
    for a year it cannot move (XXXX)."""
    if year.isdigit():
        return f"{int(year) + 1:04d}"
    if shift := re.fullmatch(r"([+-])P(\d+)Y", year):
        n = int(shift.group(2)) * (-1 if shift.group(1) == "-" else 1) + 1
        return f"{'-' if n < 0 else '+'}P{abs(n)}Y"
    return year if year in c.NEAREST_YEARS.values() else None


def _hyphen_range(m: Any) -> str | None:
    a, b = (c.MONTHS.get(x.lower()) for x in (m.group(1), m.group(2)))
    return f"XXXX-{a:02d}/XXXX-{b:02d}" if a and b else None


DATE_RANGE = or_(
    rule(CALENDAR, DASH, CALENDAR).interpret(lambda a, _, b: _range(a, b)),  # қаңтар – мамыр
    # маусымның 28-і мен шілденің 3-і (күндері) аралығында
    rule(CALENDAR, AND, CALENDAR, opt(stem({"күн"})), ahead(BETWEEN)).interpret(lambda a, _, b, *__: _range(a, b)),
    rule(regex(r"(\w+)-(\w+)", heads={m[:2] for m in c.MONTHS})).interpret(_hyphen_range),  # қаңтар-маусым
)


def _dated(before: Any, value: str | None, part: Any, until: Any, after: Any) -> Draft | None:
    if value is None or after and after[1] == "min" and value.isdigit():
        return None  # мың жылдан астам "over a thousand years": a duration, no year 1000 and after
    approx = bool(before and before[0] or after and after[0])
    return Draft("date", value, None, approx, until or (after or (None, None))[1] or None, part)


DATE_EXPR = rule(opt(BEFORE), or_(CALENDAR, DATE_RANGE), opt(PART), opt(UNTIL), opt(AFTER)).interpret(_dated)


def _in_year(year: dict[str, Any], period: Draft) -> Draft | None:
    """2019 жылдың 9 айында -> 2019/P9M: a period counted from the start of a given year."""
    start = year.get("year") or year.get("relative")
    if not year.get("linked") or not start or period.kind != "duration" or not str(period.value).startswith("P"):
        return None
    return replace(period, kind="date", value=f"{start}/{period.value}")


IN_YEAR = or_(
    rule(YEAR_PART, or_(p.DURATION, p.PERIOD_ALONE)).interpret(_in_year),
    rule(THE_YEARS, p.DURATION).interpret(
        lambda year, period: _in_year(year, period) if re.fullmatch(r"P([2-9]|1[01])M", str(period.value)) else None
    ),
)
# жексенбіден дүйсенбіге қараған түні, 5 наурыздан 6 наурызға қараған түні: the night between two days
_DAY_POINT = or_(CALENDAR, weekdays.WEEKDAYS.interpret(lambda day: day.value))
NIGHT_BETWEEN = rule(_DAY_POINT, _DAY_POINT, eq("қараған"), eq(*c.NIGHT_WORDS)).interpret(
    lambda a, b, *_: Draft("date", f"{a}/{b}", None, False, None, "night") if _range(a, b) else None
)

DATE = or_(
    NIGHT_BETWEEN, DATE_EXPR, IN_YEAR, p.ONE_DAY, p.DURATION, p.SHIFTED, p.THAT_DAY, p.PERIOD_ALONE, p.TODAY, p.SEASONAL, p.SEASON_PAIR,
    weekdays.WEEKDAY_SPAN, weekdays.WEEKDAYS, ages.AGE, ages.ANNIVERSARY, p.NAMED, p.NTH_PERIOD, p.PERIOD_END,
)
