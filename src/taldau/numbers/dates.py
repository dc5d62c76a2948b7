"""Grammars for dates and for durations of a day or more, with EDTF / ISO 8601 values.

    2001 жылғы қыркүйекте -> 2001-09      2020-сыншы жылы -> 2020      12.04.1961 -> 1961-04-12
    2001-2020 жылдар аралығында -> 2001/2020      ХХ ғасырдың 40 жылдары -> 194X      ХХ ғасыр -> 19XX
    алдағы 10 жылда -> P10Y (qualifier next)      3 жыл бұрын -> -P3Y      өткен айда -> -P1M
    бүгін -> +P0D      жыл сайын -> R/P1Y      жазда -> XXXX-22      24 жастағы -> P24Y (unit age)

Relative dates are signed ISO 8601 durations from the document's date; TIMEX3 letters stand for
what ISO 8601 lacks (CE century, DE decade, X an unknown count: бірнеше жыл -> PXY). Spans follow
KazNERD: дейін, бері and бойы belong to a date, бастап and айында after a month name do not.
"""
from __future__ import annotations

import re
from typing import Any

from taldau.numbers import calendar as c
from taldau.numbers.parts import AND, BEFORE, DASH, NUMBER, RANGE, Amount, Draft, after_words
from taldau.numbers.words import Number, read_word
from taldau.rules import Stemmed, ahead, behind, eq, in_, opt, or_, regex, rule, stem

GENITIVE = ("дың", "дің", "тың", "тің", "ның", "нің")
_SHIFTED_ENDING = re.compile(c.SHIFTED_ENDINGS)
ATTRIBUTIVE = ("ғы", "гі", "қы", "кі")

YEAR = stem({"жыл"}, exclude=c.NOT_PERIODS)
CENTURY = stem({"ғасыр"})
PERIOD = rule(stem(c.PERIODS, exclude=c.NOT_PERIODS)).interpret(lambda found: found.value)
MONTH = stem(c.MONTHS, exclude=c.NOT_MONTHS)
DAY_MONTH = stem(c.MONTHS, exclude=("қазандық*",))  # after a day number қазанда is the month
MONTH_WORD = stem({"ай"}, exclude=c.NOT_PERIODS)  # мамыр айының бірі
DAY_WORD = stem({"күн"}, exclude=c.NOT_PERIODS)  # мамырдың бірі күні
SEASON = or_(
    rule(stem(c.SEASONS, exclude=c.NOT_SEASONS)).interpret(lambda found: found.value),
    in_(c.SEASON_ADJECTIVES),
    rule(eq("қысқа"), ahead(eq(*c.WINTER_READY))).interpret(lambda *_: 24),  # қысқа дайын
)
WEEKDAY = rule(stem(c.WEEKDAYS)).interpret(lambda found: found.value)
SEVERAL = eq(*c.SEVERAL)
SHIFT = in_(c.SHIFTS)
WINDOW = in_(c.WINDOWS)
DEICTIC = in_(c.DEICTIC)
THIS_YEARS = in_({w: c.DEICTIC[w] for w in c.DEICTIC_ATTRIBUTIVES})  # биылғы 9 айда, биылғы 1-інші сәуірден
UNTIL = in_(c.UNTIL)
AFTER = after_words("DATE")
PART = rule(regex(c.PARTS)).interpret(lambda m: c.PART_VALUES[m.group(1)])
ROMAN = regex(r"([IVXLCХІ]+)(?:-\w+)?")
DATE_TOKEN = regex(r"(\d{1,2})\.(\d{1,2})\.(\d{4})(?:-\w+)?")


def _roman(text: str) -> int | None:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    letters = text.upper().replace("Х", "X").replace("І", "I")
    total = 0
    for i, ch in enumerate(letters):
        v = values[ch]
        total += -v if i + 1 < len(letters) and values[letters[i + 1]] > v else v
    return total or None


def _count(amount: Amount | Any) -> str:
    """The count of a duration: 3, 1.5, X for бірнеше or a range."""
    if not isinstance(amount, Amount) or amount.high is not None:
        return "X"
    value = amount.number.value
    return str(int(value)) if float(value).is_integer() else str(value)


def _linked(word: Stemmed) -> bool:
    """2001 жылғы, 2013 жылдың: the year governs what follows (a month, a season)."""
    return word.ending.endswith(GENITIVE + ATTRIBUTIVE)


def _relative(shift: int, unit: str) -> str:
    return f"{'-' if shift < 0 else '+'}P{abs(shift)}{unit}"


# --- years, decades, centuries ---------------------------------------------------------------
def _year(value: int | float, ordinal: bool) -> str | None:
    """2020 -> "2020"; 91-інші жылы -> "1991"; жиырма үшінші жылға дейін -> "2023"."""
    if not isinstance(value, int) or value < 0:
        return None
    if value < 100 and ordinal:
        value += 1900 if value > 30 else 2000
    return f"{value:04d}" if 1000 <= value <= 2200 else None


def _years(amount: Amount, word: Stemmed) -> dict[str, Any] | None:
    n = amount.number
    low = _year(n.value, n.ordinal)
    if low is None:
        return None
    if amount.high is not None:
        high = _year(amount.high, n.ordinal or word.ending.startswith(("лар", "дар", "тар")))
        return {"edtf": f"{low}/{high}"} if high and high > low else None
    if word.ending.startswith(("лар", "дар", "тар")) and low.endswith("0"):  # 1990 жылдары -> 199X
        return {"edtf": low[:3] + "X"}
    return {"year": low, "linked": _linked(word)}


YEAR_PART = or_(
    rule(RANGE, YEAR).interpret(_years),  # 2020-сыншы жылы, 2001-2020 жылдар
    rule(SHIFT, YEAR).interpret(lambda shift, word: {"relative": _relative(shift, "Y"), "linked": _linked(word)}),
    rule(DEICTIC, YEAR).interpret(lambda value, word: {"relative": value, "linked": _linked(word)}),
)


def _century(number: int | None, decade: Number | None) -> dict[str, Any] | None:
    if number is None or not 1 <= number <= 21:
        return None
    if decade is None:
        return {"edtf": f"{number - 1:02d}XX"}
    d = decade.value
    if not isinstance(d, int) or d % 10 or not 10 <= d <= 90:
        return None
    return {"edtf": f"{number - 1:02d}{d // 10}X"}


CENTURY_NUMBER = or_(
    rule(ROMAN).interpret(lambda m: _roman(m.group(1))),
    NUMBER.interpret(lambda n: n.value if n.ordinal or isinstance(n.value, int) and n.value > 10 else None),
)
DECADE = rule(NUMBER, YEAR).interpret(lambda n, word: n if word.ending.startswith(("лар", "дар", "тар")) else None)
CENTURY_PART = or_(
    rule(CENTURY_NUMBER, CENTURY, opt(DECADE)).interpret(lambda n, _, decade: _century(n, decade)),
    rule(CENTURY_NUMBER, or_(DASH, eq(",")), CENTURY_NUMBER, CENTURY).interpret(  # X – XII ғасырларда
        lambda a, _, b, __: {"edtf": f"{a - 1:02d}XX/{b - 1:02d}XX"} if a and b and 1 <= a < b <= 21 else None
    ),
    # өткен ғасырдың 60-ыншы жылдары: the last century is the 20th
    rule(eq("өткен"), CENTURY, DECADE).interpret(lambda _, __, decade: _century(20, decade)),
)
# 90-ыншы жылдары, тоқсаныншы жылдардың басында -> 199X
DECADE_PART = DECADE.interpret(
    lambda n: {"edtf": f"19{n.value // 10}X"} if isinstance(n.value, int) and n.value in range(20, 100, 10) else None
)


# --- months and days -------------------------------------------------------------------------
def _day(n: Number) -> int | None:
    return n.value if isinstance(n.value, int) and 1 <= n.value <= 31 else None


DAY = or_(NUMBER.interpret(_day), in_({"оны": 10, "онына": 10}))  # қаңтардың оны: the 10th
GENITIVE_MONTH = rule(MONTH).interpret(lambda m: m if m.ending.endswith(GENITIVE) else None)
MONTH_PART = or_(
    rule(DAY, DAY_MONTH).interpret(lambda d, m: {"month": m.value, "day": d}),  # 1-інші сәуір
    rule(DAY, DASH, DAY, DAY_MONTH).interpret(  # 24-інші — 27-нші маусым
        lambda d1, _, d2, m: {"month": m.value, "day": d1, "until": d2} if d1 < d2 else None
    ),
    rule(GENITIVE_MONTH, DAY, opt(rule(DASH, DAY))).interpret(  # наурыздың 22-сі, қыркүйектің 11-і — 12-сі
        lambda m, d, _: {"month": m.value, "day": d}
    ),
    rule(MONTH, MONTH_WORD, DAY).interpret(  # наурыз айының бірінен
        lambda m, word, d: {"month": m.value, "day": d} if word.ending.endswith(GENITIVE) else None
    ),
    # қараша айына дейін, сәуір айының ортасында; a bare "айында" stays out, as in KazNERD
    rule(opt(SHIFT), MONTH, MONTH_WORD, ahead(or_(UNTIL, PART))).interpret(lambda _, m, __, ___: {"month": m.value}),
    rule(opt(SHIFT), MONTH, ahead(stem(c.MONTH_NAMED), negate=True)).interpret(  # қаңтар, өткен желтоқсан
        lambda shift, m, _: {"month": m.value} if m.stem not in c.AMBIGUOUS_MONTHS or shift is not None else None
    ),
    rule(MONTH, ahead(MONTH_WORD)).interpret(lambda m, _: {"month": m.value}),  # Қазан айында: the month
)
LINKED_MONTH = or_(MONTH_PART, rule(MONTH).interpret(lambda m: {"month": m.value}))  # after a year: қазанында


def _calendar(year: dict[str, Any] | None, month: dict[str, Any] | None) -> str | None:
    if year is not None and month is not None and not year.get("linked"):
        return None
    if year and "edtf" in year:
        return year["edtf"] if month is None else None
    if year and "relative" in year and month is None:
        return year["relative"]
    y = year["year"] if year and "year" in year else "XXXX"
    if month is None:
        return y
    out = f"{y}-{month['month']:02d}"
    if "until" in month:
        return f"{out}-{month['day']:02d}/{out}-{month['until']:02d}"
    return out + f"-{month['day']:02d}" if "day" in month else out


def _date_token(m: Any) -> str | None:
    day, month, year = (int(x) for x in m.groups())
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


CALENDAR = or_(
    rule(YEAR_PART, opt(LINKED_MONTH)).interpret(_calendar),
    rule(opt(THIS_YEARS), MONTH_PART).interpret(lambda _, m: _calendar(None, m)),
    rule(or_(CENTURY_PART, DECADE_PART)).interpret(lambda y: y["edtf"]),
    rule(DATE_TOKEN).interpret(_date_token),
    # бірінші тоқсанда, биылғы жылдың 1-інші жартысында: EDTF quarters 33..36, halves 40..41
    rule(opt(YEAR_PART), opt(THIS_YEARS), NUMBER, stem({"тоқсан", "жарты"})).interpret(
        lambda year, _, n, word: _sub_year(year, n, word.stem)
    ),
    rule(eq("алғашқы"), stem({"тоқсан"})).interpret(lambda *_: "XXXX-33"),
)


def _sub_year(year: dict[str, Any] | None, n: Number, word: str) -> str | None:
    base = {"тоқсан": 32, "жарты": 39}[word]
    if not n.ordinal or n.value not in ((1, 2, 3, 4) if word == "тоқсан" else (1, 2)):
        return None
    y = year.get("year", "XXXX") if year and year.get("linked") else "XXXX" if not year else None
    return f"{y}-{base + n.value}" if y else None


def _range(a: str | None, b: str | None) -> str | None:
    return f"{a}/{b}" if a and b and "/" not in a + b else None


DATE_RANGE = or_(
    rule(CALENDAR, DASH, CALENDAR).interpret(lambda a, _, b: _range(a, b)),  # қаңтар – мамыр
    rule(CALENDAR, AND, CALENDAR, ahead(eq(*c.BETWEEN))).interpret(lambda a, _, b, __: _range(a, b)),
    rule(regex(r"(\w+)-(\w+)")).interpret(lambda m: _hyphen_range(m)),  # қаңтар-маусым
)


def _hyphen_range(m: Any) -> str | None:
    a, b = (c.MONTHS.get(x.lower()) for x in (m.group(1), m.group(2)))
    return f"XXXX-{a:02d}/XXXX-{b:02d}" if a and b else None


def _dated(before: Any, value: str | None, part: Any, until: Any, after: Any) -> Draft | None:
    if value is None:
        return None
    approx = bool(before and before[0] or after and after[0])
    return Draft("date", value, None, approx, until or (after or (None, None))[1] or None, part)


DATE_EXPR = rule(opt(BEFORE), or_(DATE_RANGE, CALENDAR), opt(PART), opt(UNTIL), opt(AFTER)).interpret(_dated)


# --- durations and relative dates ------------------------------------------------------------
def _period(before: Any, lead: Any, amount: Any, _: Any, unit: str, after_word: Any, after: Any) -> Draft | None:
    value = f"P{_count(amount)}{unit}"
    approx = bool(before and before[0] or after and after[0] or isinstance(amount, Amount) and amount.approx)
    bound = (after or before or (None, None))[1]
    if after_word == "ago":
        return Draft("date", "-" + value, None, approx, bound)
    if after_word == "every":
        return Draft("date", "R/" + value, None, approx, bound)
    return Draft("duration", value, None, approx, bound, lead or after_word)


COUNT = or_(RANGE.interpret(lambda a: a if not a.number.ordinal else None), SEVERAL)
ABOUT = in_({"шақты": (True, None), "жуық": (True, None), "жуығы": (True, None)})  # он шақты жыл, 30-ға жуық жыл
DURATION = rule(
    opt(BEFORE), opt(or_(WINDOW, THIS_YEARS)), COUNT, opt(ABOUT), opt(eq("жұмыс")), PERIOD,
    opt(in_(c.PERIOD_AFTER)), opt(AFTER),
).interpret(lambda before, lead, count, about, work, unit, after_word, after: _period(
    before or about, lead if isinstance(lead, str) and not lead.startswith(("+", "-")) else None,
    count, work, unit, after_word, after,
))
DATED_PERIOD = rule(stem(c.PERIODS, exclude=c.NOT_PERIODS)).interpret(
    lambda found: found.value if _SHIFTED_ENDING.fullmatch(found.ending) else None
)
SHIFTED = rule(SHIFT, or_(DATED_PERIOD, rule(PERIOD, ahead(UNTIL)).interpret(lambda u, _: u)), opt(PART),
               opt(UNTIL)).interpret(  # өткен жылы, осы айда, жыл басынан бері
    lambda shift, unit, part, until: Draft("date", _relative(shift, unit), None, False, until or None, part)
)
PERIOD_ALONE = or_(
    rule(WINDOW, PERIOD, opt(in_(c.PERIOD_AFTER))).interpret(  # соңғы жылдары, алдағы айда
        lambda window, unit, _: Draft("duration", f"PX{unit}", None, False, None, window)
    ),
    rule(opt(eq(*c.EVERY)), PERIOD, eq("сайын", "сайынғы")).interpret(  # жыл сайын, әр тәулік сайын
        lambda _, unit, __: Draft("date", f"R/P1{unit}")
    ),
    rule(eq(*c.EVERY), DATED_PERIOD, opt(PART)).interpret(  # әрбір жылы, әр айдың соңында
        lambda _, unit, part: Draft("date", f"R/P1{unit}", None, False, None, part)
    ),
    rule(PERIOD, eq("бойы", "бойына", "ішінде")).interpret(  # тәулік бойы, жыл ішінде
        lambda unit, _: Draft("duration", f"P1{unit}")
    ),
    rule(PERIOD, PART, opt(UNTIL)).interpret(  # жыл басынан бері, жылдың соңына дейін
        lambda unit, part, until: Draft("date", _relative(0, unit), None, False, until or None, part)
    ),
    rule(eq("жаңа"), YEAR, or_(UNTIL, rule(ahead(eq("бастап"))).interpret(lambda _: ""))).interpret(
        lambda _, __, until: Draft("date", "XXXX-01-01", None, False, until or None)  # жаңа жылға дейін
    ),
)
TODAY = or_(
    rule(in_({w: c.DEICTIC[w] for w in c.DEICTIC_ATTRIBUTIVES}), stem(c.FOLLOWING_PERIODS), opt(UNTIL)).interpret(
        lambda value, _, until: Draft("date", value, None, False, until or None)  # бүгінгі таңда
    ),
    rule(DEICTIC, opt(UNTIL)).interpret(lambda value, until: Draft("date", value, None, False, until or None)),
    rule(in_(c.DAILY)).interpret(lambda value: Draft("date", value)),
)


def _season(year: Any, season: int, tail: Any, until: Any) -> Draft:
    y = year.get("year", "XXXX") if isinstance(year, dict) else "XXXX"
    return Draft("date", f"{y}-{season}", None, False, until or None, tail if isinstance(tail, str) else None)


GENITIVE_DAY = rule(DAY_WORD).interpret(lambda w: w if w.ending.endswith(("і", "дері")) else None)
SEASON_MONTHS = rule(opt(WINDOW), opt(COUNT), MONTH_WORD)  # жаз айлары, жаздың екі айында, жаздың алғашқы айын
SEASONAL = rule(
    opt(or_(YEAR_PART, SHIFT)), SEASON, opt(or_(SEASON_MONTHS, stem({"маусым"}), GENITIVE_DAY, PART)), opt(UNTIL)
).interpret(_season)
WEEKDAYS = rule(opt(SHIFT), WEEKDAY, opt(rule(DASH, WEEKDAY))).interpret(
    lambda _, day, __: Draft("date", f"XXXX-WXX-{day}")
)


def _age(amount: Amount) -> Draft:
    return Draft("duration", f"P{_count(amount)}Y", "age", amount.approx)


AGE = or_(
    rule(RANGE, stem({c.AGE}, exclude=(c.AGE,)), opt(UNTIL)).interpret(lambda a, _, __: _age(a)),  # 24 жастағы
    rule(RANGE, eq(c.AGE), in_(c.UNTIL)).interpret(lambda a, _, __: _age(a)),  # 15 пен 29 жас аралығында
    rule(RANGE, eq(c.AGE + "ар")).interpret(lambda a, _: _age(a)),  # үш жасар
    rule(behind(stem({c.AGE})), RANGE, opt(AFTER)).interpret(lambda _, a, __: _age(a)),  # жасы 57-де
)


def _named(qualifier: str) -> Draft:
    """Dates with a name but no arithmetic value: тышқан жылы, кеңес дәуірі, ортағасырлық."""
    return Draft("date", None, None, False, None, qualifier)


def _compound(m: Any) -> Draft:
    count = read_word(m.group(1))
    unit = {"күндік": "D", "жылдық": "Y", "айлық": "M", "апталық": "W"}[m.group(2)]
    return Draft("duration", f"P{int(count.value) if count else 'X'}{unit}")


NAMED = or_(
    rule(in_({a: True for a in c.ANIMAL_YEARS}), YEAR).interpret(lambda *_: _named("animal year")),
    rule(in_({e: True for e in c.ERAS}), stem(c.ERA_WORDS)).interpret(lambda *_: _named("era")),
    rule(regex(r"(?i)(ортағасыр|палеозой|мезозой|кайнозой)\w*")).interpret(lambda _: _named("era")),
    rule(regex(c.COMPOUND_PERIOD)).interpret(_compound),  # үшжылдық
    rule(opt(SHIFT), stem({"жартыжылдық"}), opt(UNTIL)).interpret(lambda *_: Draft("duration", "P6M")),
)


# екінші күні, 6-ншы күн, 26-ншы апта: the n-th day or week of something (no calendar value)
NTH_PERIOD = rule(NUMBER, stem({"күн", "апта"}, exclude=c.NOT_PERIODS)).interpret(
    lambda n, word: Draft("date", None, None, False, None, f"{n.value}th {word.stem}") if n.ordinal else None
)

DATE = or_(DATE_EXPR, DURATION, SHIFTED, PERIOD_ALONE, TODAY, SEASONAL, WEEKDAYS, AGE, NAMED, NTH_PERIOD)
