"""Grammars for times of day and durations under a day (KazNERD's TIME).

    18:00-де, 18 : 00-де, он сегіз нөл-нөлде -> T18:00      он сегіз нөл бесте -> T18:05      таңғы сағат 5-те -> T05:00
    кешкі 8-ге дейін -> T20:00      таңғы 10-нан кешкі 7-ге дейін -> T10:00/T19:00
    төрт сағат -> PT4H      бес минуттың ішінде -> PT5M      таңертең -> TMO      сағат сайын -> R/PT1H
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from taldau.doc import Token
from taldau.morph import analyze, suffixes
from taldau.numbers import calendar as c
from taldau.numbers.parts import (
    ABLATIVE, ABLATIVE_TOKEN, AND, BEFORE, DASH, DATIVE, DATIVE_TOKEN, HALF_AFTER, INNER, NUMBER, PAREN, RANGE, Amount, Draft,
    after_words, with_half,
)
from taldau.numbers.periods import durations
from taldau.numbers.timewords import PLURAL, WEEKDAY
from taldau.numbers.words import Number
from taldau.rules import DIGITS, ahead, behind, context, custom, eq, in_, opt, or_, regex, repeat, rule, stem

HOUR_WORD = eq("сағат")  # bare: the 15 of "соңғы 24 сағатта 15 адам" is no clock time
AFTER = after_words("TIME")
_ASIDE = 4  # tokens looked back over for the ( of an aside


def _after_hour_word(tokens: Sequence[Token], i: int) -> bool:
    """The token before is сағат, maybe with an aside between: сағат ( ыы ) 10-да, сағат ( 10 ) 12-ден."""
    j = i - 1
    if j >= 0 and tokens[j].norm == ")":
        opening = next((k for k in range(j - 1, max(j - _ASIDE, 0) - 1, -1) if tokens[k].norm == "("), None)
        j = -1 if opening is None else opening - 1
    elif j >= 0 and tokens[j].norm == "(":
        j -= 1
    return j >= 0 and tokens[j].norm.lower() == "сағат"


AFTER_HOUR_WORD = context(_after_hour_word)


_DAY = stem({"күн"})


def _colour(tokens: Sequence[Token], i: int) -> bool:
    """ақ түсте, күміс ( ақ ) түсте "in white": after a colour or another adjective түсте is "in colour", not at noon
    (бүгін түсте, сенбі күні түсте are noon: time words have adjective readings too)."""
    if i >= len(tokens) or tokens[i].norm.lower() != "түсте":  # (the grammar may ask past the last word)
        return False
    j = i - 1
    if j >= 0 and tokens[j].norm == ")":
        j = next((k for k in range(j - 1, max(j - _ASIDE, 0) - 1, -1) if tokens[k].norm == "("), j) - 1
    if j < 0:
        return False
    word = tokens[j].norm.lower()
    if word in c.DEICTIC or word in c.DAY_PARTS or WEEKDAY.match(tokens, j) or _DAY(tokens[j]) is not None:
        return False
    return word in ("күміс", "қола") or any(r.upos == "ADJ" for r in analyze(word))  # silver, bronze: colours too

# таңғы, кешкі; таңертең, кешке before сағат
CLOCK_PART = or_(in_(c.CLOCK_PARTS), rule(in_(c.CLOCK_PART_ADVERBS), ahead(HOUR_WORD)).interpret(lambda part, _: part))
NOT_DAWN = custom(lambda t: True if t.norm.lower().startswith(c.NOT_DAWN_AFTER) else None, "not-dawn")
DAY_PART = or_(
    rule(context(lambda tokens, i: not _colour(tokens, i)), in_(c.DAY_PARTS), ahead(NOT_DAWN, negate=True)).interpret(
        lambda _, value, __: value),
    rule(in_(c.DAY_PARTS_BEFORE_UNTIL), ahead(or_(in_(c.UNTIL), eq(*c.DAY_PART_MARKS)))).interpret(
        lambda value, _: value  # түске дейін, түс қайта, түске қарай
    ),
    rule(stem({"түн"}), or_(stem({"жарым"}), regex(c.PARTS, heads=("ор",)))).interpret(
        lambda *_: "T24:00"  # түн жарымына дейін, түн ортасында: midnight
    ),
    rule(eq("түс"), eq(*c.NOON_PASSING)).interpret(lambda *_: "TAF"),  # түс ауа: early afternoon
    rule(eq("түннің"), eq("бір", "1"), regex(r"(?i)уағ\w*", heads=("уа",))).interpret(
        lambda *_: "TNI"  # түннің бір уағына дейін: late into the night
    ),
)
UNTIL = in_(c.UNTIL)
CLOCK_TOKEN = regex(r"([01]?\d|2[0-4])[:.]([0-5]\d)(?:-\w+)?", heads=DIGITS)  # 18:00-де
# 10:00-18:00, 10:00–18:00-де: two clock times written as one token, as a range of numbers is
CLOCK_RANGE_TOKEN = regex(r"([01]?\d|2[0-4]):([0-5]\d)[-–—]([01]?\d|2[0-4]):([0-5]\d)(?:-\w+)?", heads=DIGITS)  # 10.05-15.05: days
MINUTES_TOKEN = regex(r"([0-5]\d)(?:-\w+)?", heads=DIGITS)  # the 00-де of "18 : 00-де"
ZERO_ZERO = regex(r"(?i)нөл-нөл\w*", heads=("нө",))  # он сегіз нөл-нөлде


def _hour(n: Number) -> int | float | None:
    """0..24, or a half hour: алты жарымға -> 6.5."""
    ok = not n.ordinal and 0 <= n.value <= 24 and float(n.value * 2).is_integer()
    return n.value if ok else None


def _minute(n: Number) -> int | None:
    """отызда, жиырмада: the minutes of a spoken time, a number with a case ending."""
    ok = isinstance(n.value, int) and 1 <= n.value <= 59 and n.ending and not n.ordinal
    return n.value if ok else None


def _oh_minute(n: Number) -> int | None:
    """The бесте of "он сегіз нөл бесте" (18:05), нөлде of "жиырма бір нөл нөлде" (21:00): 0..9 with an ending."""
    ok = isinstance(n.value, int) and 0 <= n.value <= 9 and n.ending and not n.ordinal
    return n.value if ok else None


def _plural(n: Number) -> bool:
    return n.ending.lstrip("-").startswith(PLURAL)


HOUR = NUMBER.interpret(lambda n: None if _plural(n) else _hour(n))
BARE_HOUR = NUMBER.interpret(lambda n: None if n.ending else _hour(n))  # 9-бен 11-дің is no 9:11
FROM_HOUR = NUMBER.interpret(lambda n: (h, 0) if n.ending.endswith(ABLATIVE) and (h := _hour(n)) is not None else None)
HOUR_MINUTE = or_(rule(BARE_HOUR, NUMBER.interpret(_minute)), HOUR.interpret(lambda h: (h, 0)))  # тоғыз жиырмада
MINUTES = NUMBER.interpret(lambda n: n.value if not n.ending and not n.ordinal and n.value in range(1, 60) else None)
TO_HOUR = NUMBER.interpret(lambda n: n.value if n.ending.endswith(DATIVE) and n.value in range(1, 25) else None)
PAST_HOUR = NUMBER.interpret(lambda n: n.value if n.ending.endswith(ABLATIVE) and n.value in range(0, 24) else None)
# сағат бестен он минут өткенде (05:10), сағат үшке он бес минут қалғанда (02:45)
PAST_OR_TO = or_(
    rule(PAST_HOUR, MINUTES, eq("минут"), eq(*c.MINUTES_PAST)).interpret(lambda h, m, *_: (h, m)),
    rule(TO_HOUR, MINUTES, eq("минут"), eq(*c.MINUTES_TO)).interpret(lambda h, m, *_: (h - 1, 60 - m)),
)
WORD = custom(lambda t: True if t.norm.isalpha() else None, "word")


def _spoken(hour: Number, minute: Number, word: Any) -> tuple[int, int] | None:
    """жиырма қырықта, он үш жиырма минутта: an hour in words, then its minutes with an ending."""
    h, m = hour.value, minute.value
    ok = isinstance(h, int) and 0 <= h <= 24 and not hour.ending and isinstance(m, int) and 10 <= m <= 59
    ok = ok and not minute.ordinal and bool(minute.ending if word is None else not minute.ending)
    return (h, m) if ok else None


# Without сағат a clock time is read only from words, minutes from ten: жиырма бір отызда (21:30).
SPOKEN = rule(ahead(WORD), NUMBER, ahead(WORD), NUMBER, opt(stem({"минут"}))).interpret(
    lambda _, h, __, m, word: _spoken(h, m, word)
)


def _clock(hour: int | float, minute: int, shift: int | str | None) -> str:
    if not float(hour).is_integer():  # алты жарым: half past six
        hour, minute = int(hour), 30
    if shift == "night":
        hour = 0 if hour == 12 else hour + 12 if 6 <= hour < 12 else hour
    elif shift and hour < 12:
        hour += shift  # type: ignore[operator]
    return f"T{int(hour):02d}:{minute:02d}"


CLOCK = or_(
    rule(CLOCK_TOKEN).interpret(lambda m: (int(m.group(1)), int(m.group(2)))),
    rule(HOUR, eq(":"), MINUTES_TOKEN).interpret(lambda h, _, m: (h, int(m.group(1)))),
    rule(HOUR, ZERO_ZERO).interpret(lambda h, _: (h, 0)),
    rule(BARE_HOUR, eq("нөл"), NUMBER.interpret(_oh_minute)).interpret(lambda h, _, m: (h, m)),  # он сегіз нөл бесте
)
# таңғы сағат 5-те, кешкі тоғызда, кешкі 18:00-де; after a bare сағат KazNERD leaves the word out
POINT = or_(
    rule(CLOCK_PART, opt(HOUR_WORD), or_(CLOCK, HOUR_MINUTE, in_(c.AMBIGUOUS_HOURS), PAST_OR_TO)).interpret(
        lambda part, _, hm: _clock(*hm, part)  # түскі бірге дейін, таңғы онда: бірге, онда are other words elsewhere
    ),
    CLOCK.interpret(lambda hm: _clock(*hm, None)),
    rule(AFTER_HOUR_WORD, opt(eq(*c.EXACTLY)), or_(HOUR_MINUTE, in_(c.AMBIGUOUS_HOURS), PAST_OR_TO)).interpret(
        lambda _, __, hm: _clock(*hm, None)  # сағат 10-да, сағат он жеті отызда, сағат тура 12-де
    ),
    SPOKEN.interpret(lambda hm: _clock(*hm, None)),
)
# он екілер шамасында, сағат 10-дардың шамасында, сағат он бірлерде: a plural hour is an approximate time
PLURAL_HOUR = NUMBER.interpret(lambda n: _hour(n) if _plural(n) else None)
ABOUT_HOUR = or_(
    rule(PLURAL_HOUR, eq(*c.ABOUT_HOUR)).interpret(lambda h, _: Draft("time", _clock(h, 0, None), None, True)),
    rule(AFTER_HOUR_WORD, PLURAL_HOUR).interpret(lambda _, h: Draft("time", _clock(h, 0, None), None, True)),
    rule(CLOCK_PART, opt(HOUR_WORD), PLURAL_HOUR, opt(eq(*c.ABOUT_HOUR))).interpret(
        lambda part, _, h, __: Draft("time", _clock(h, 0, part), None, True)  # кешкі жетілерде
    ),
)


def _time(before: Any, start: str, end: Any, until: Any, after: Any) -> Draft:
    value = f"{start}/{end}" if end else start
    return Draft("time", value, None, bool(before and before[0] or after and after[0]), None if end else until or None)


TIME_POINT = or_(
    # таңғы 10-нан кешкі 7-ге дейін, maybe with a hesitation between: 10-нан ( ее ) кешкі 7-ге дейін
    rule(opt(BEFORE), POINT, opt(PAREN), POINT, UNTIL, opt(AFTER)).interpret(
        lambda b, start, _, end, u, a: _time(b, start, end, u, a)
    ),
    # 14:00 мен 16:00 аралығында, сағат 9-бен 11-дің арасында
    rule(opt(BEFORE), POINT, opt(AND), or_(POINT, HOUR_MINUTE.interpret(lambda hm: _clock(*hm, None))),
         in_(c.BETWEEN_CLOCKS)).interpret(lambda b, start, _, end, u: _time(b, start, end, u, None)),
    # кешкі 7 – 9 шамасында, түнгі 12 – 1 шамасына дейін: both hours in that part of the day
    rule(opt(BEFORE), CLOCK_PART, opt(HOUR_WORD), HOUR_MINUTE, DASH, HOUR_MINUTE, opt(AFTER), opt(UNTIL)).interpret(
        lambda b, part, _, start, __, end, a, u: _time(b, _clock(*start, part), _clock(*end, part), u, a)
    ),
    # таңғы 7-ден 9-ға дейін, сағат 3-тен 5-ке дейін: the second hour is in the first one's part of the day
    rule(opt(BEFORE), or_(CLOCK_PART, AFTER_HOUR_WORD.interpret(lambda _: 0)), opt(HOUR_WORD), FROM_HOUR,
         HOUR_MINUTE, UNTIL, opt(AFTER)).interpret(
        lambda b, part, _, start, end, u, a: _time(b, _clock(*start, part), _clock(*end, part), u, a)
    ),
    rule(opt(BEFORE), POINT, DASH, or_(HOUR_MINUTE, CLOCK), opt(AFTER), opt(UNTIL)).interpret(  # сағат 7 – 9,
        lambda b, start, _, hm, a, u: _time(b, start, _clock(*hm, None), u, a)  # 10:00 – 18:00 аралығында
    ),
    rule(opt(BEFORE), CLOCK_RANGE_TOKEN, opt(AFTER), opt(UNTIL)).interpret(lambda b, m, a, u: _time(
        b, _clock(int(m.group(1)), int(m.group(2)), None), _clock(int(m.group(3)), int(m.group(4)), None), u, a
    )),
    rule(opt(BEFORE), POINT, opt(UNTIL), opt(AFTER)).interpret(lambda b, p, u, a: _time(b, p, None, u, a)),
)


def _duration(before: Any, window: Any, amount: Any, unit: str, more: list, after_word: Any, after: Any) -> Draft | None:
    if isinstance(amount, Amount) and amount.number.ordinal:
        return None  # он бесінші минутында: the minute of a match (periods.NTH_PERIOD), no fifteen minutes
    value = durations(amount, unit, "PT")  # 3 сағат -> PT3H, 7 – 8 минут -> ["PT7M", "PT8M"]
    if more and isinstance(value, str) and "X" not in value:  # үш сағат жиырма минут -> PT3H20M
        value += "".join(f"{amount.number.value}{unit}" for amount, unit in more)
    approx = bool(before and before[0] or after and after[0] or isinstance(amount, Amount) and amount.approx)
    if after_word == "every":
        return Draft("time", f"R/{value}" if isinstance(value, str) else f"R/PTX{unit}")
    bound = (after and after[1]) or (before and before[1]) or None  # кемінде 30 минут, 30 минуттан астам
    return Draft("duration", value, None, approx, bound, window or after_word)


DAY_PERIOD = rule(stem(c.DAY_PERIODS)).interpret(lambda found: found.value)
# 28:03,10 (m:ss,cc), 1:02:03,45, 2:05:30 уақытпен: a race's time, a duration (a clock time has no fraction of a second)
RACE_TOKEN = regex(r"(?:(\d{1,2}):)?(\d{1,2}):([0-5]\d)(?:[,.](\d{1,3}))?(?:-\w+)?", heads=DIGITS)


def _race(m: Any, told: bool = False) -> Draft | None:
    """PT28M3.10S: the seconds keep their written fraction; without one, only h:mm:ss before уақытпен is a race's time."""
    hours, minutes, seconds, fraction = m.groups()
    if fraction is None and (hours is None or not told) or fraction and len(fraction) == 3 and not told:
        return None  # thousandths only before уақытпен, нәтижемен (1:02,345 уақытпен; 1:25,000 is a map's scale)
    value = "".join(f"{int(n)}{unit}" for n, unit in ((hours, "H"), (minutes, "M")) if n and int(n))
    return Draft("duration", f"PT{value}{int(seconds)}{'.' + fraction if fraction else ''}S")


RACE_TIME = or_(rule(RACE_TOKEN).interpret(_race),
                rule(RACE_TOKEN, ahead(eq(*c.RESULT_WORDS))).interpret(lambda m, _: _race(m, told=True)))
MORE = repeat(rule(RANGE, DAY_PERIOD), 0, 2)  # екі сағат [он жеті минут [бес секунд]]
DURATION = or_(
    rule(
        opt(eq(*c.EVERY)), opt(BEFORE), opt(in_(c.WINDOWS)), or_(RANGE, eq(*c.SEVERAL)), opt(INNER), DAY_PERIOD, MORE,
        opt(in_(c.PERIOD_AFTER)), opt(AFTER),  # жиырмадан астам минут, екі ғана сағат: the inner word in the span
    ).interpret(lambda _, before, window, amount, inner, *rest: _duration(before or inner, window, amount, *rest)),
    # сағатқа жуық, минуттан астам: one unit, told by the word after it
    rule(DAY_PERIOD, AFTER).interpret(lambda unit, after: Draft("duration", f"PT1{unit}", None, after[0], after[1])),
    # үш сағат жарымға созылды: the half after a bare unit adds to the count (жарым takes the ending)
    rule(opt(BEFORE), RANGE, stem(c.DAY_PERIODS), HALF_AFTER, opt(in_(c.PERIOD_AFTER)), opt(AFTER)).interpret(
        lambda before, amount, unit, _, after_word, after: None if unit.ending or amount.number.ordinal
        or (half := with_half(amount)) is None else _duration(before, None, half, unit.value, [], after_word, after)
    ),
    # сағат жарым күтті: an hour and a half
    rule(HOUR_WORD, HALF_AFTER, opt(in_(c.PERIOD_AFTER)), opt(AFTER)).interpret(
        lambda _, __, after_word, after: Draft("duration", "PT1.5H", None, bool(after and after[0]), None, after_word)
    ),
)
# бір түннің ішінде, екі кештің арасында, үш түн бойы: nights and evenings counted, as TIMEX3 day parts
NIGHTS = rule(
    opt(BEFORE), RANGE, stem({"түн": "NI", "кеш": "EV"}, exclude=("кешен*", "кеше*")), in_({**c.PERIOD_AFTER, "арасында": "within"}),
).interpret(lambda before, amount, part, after_word: Draft(
    "duration", durations(amount, part.value, "PT"), None, bool(before and before[0]), None, after_word
))
# екі түн болдық, бір түннің бағасы, үш түнге: nights counted with a case ending at most (бір түні "one night" is a
# night, not a count; кеш is also "late", so evenings need the word after them)
NIGHT_ENDINGS = frozenset({""}).union(*(suffixes.endings(case) for case in ("GEN", "DAT", "ACC", "LOC", "ABL", "INS")))
COUNTED_NIGHTS = rule(opt(BEFORE), RANGE, stem({"түн": "NI"})).interpret(lambda before, amount, night: Draft(
    "duration", durations(amount, night.value, "PT"), None, bool(before and before[0]) or amount.approx
) if night.ending in NIGHT_ENDINGS else None)
EVERY_UNIT = rule(opt(eq(*c.EVERY)), DAY_PERIOD, eq("сайын")).interpret(  # сағат сайын, секунд сайын
    lambda _, unit, __: Draft("time", f"R/PT1{unit}")
)
PARTS = or_(
    rule(opt(eq("өткен")), DAY_PART, opt(UNTIL)).interpret(
        lambda _, value, until: Draft("time", value, None, False, until or None)
    ),
    rule(eq(*c.NIGHT_SHIFTS), eq(*c.NIGHT_WORDS), opt(UNTIL)).interpret(  # осы түні, сол түнде: the night pointed to
        lambda _, __, until: Draft("time", "TNI", None, False, until or None)
    ),
    # таңертеңнен кешке дейін, таңнан түнге дейін: a span of the day from one part to another, one time
    rule(ahead(ABLATIVE_TOKEN), DAY_PART, ahead(DATIVE_TOKEN), DAY_PART, UNTIL).interpret(
        lambda _, a, __, b, ___: Draft("time", f"{a}/{b}") if a != b else None
    ),
)

GREETING = or_(  # Қайырлы күн, Кеш жарық
    rule(behind(eq("қайырлы")), eq("күн", "кеш")).interpret(lambda _, __: Draft("time", "TDT")),
    rule(eq("кеш"), ahead(eq("жарық"))).interpret(lambda *_: Draft("time", "TEV")),
)

TIME = or_(TIME_POINT, RACE_TIME, DURATION, NIGHTS, COUNTED_NIGHTS, EVERY_UNIT, PARTS, GREETING, ABOUT_HOUR)
