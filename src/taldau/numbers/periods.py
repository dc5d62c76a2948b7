"""Grammars for durations of a day or more and for dates relative to the document's date.

    алдағы 10 жылда -> P10Y (qualifier next)      3 жыл бұрын -> -P3Y      өткен айда -> -P1M
    бүгін -> +P0D      жыл сайын -> R/P1Y      жазда -> XXXX-22      тышқан жылы, кеңес дәуірі -> a named date

Weekdays are in `weekdays`, ages in `ages`.

Relative dates are signed ISO 8601 durations from the document's date; TIMEX3 letters stand for
what ISO 8601 lacks (CE century, DE decade, X an unknown count: бірнеше жыл -> PXY).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from taldau.doc import Token
from taldau.morph import SIMILATIVES, analyze, suffixes
from taldau.numbers import calendar as c
from taldau.numbers.parts import (
    ABLATIVE, AMOUNT, BEFORE, DATIVE, GLUED_ORDINAL, HALF_AFTER, HYPHEN, INNER, NUMBER, PAREN, RANGE, Amount, Draft,
    with_half,
)
from taldau.numbers.timewords import (
    AFTER, DAY_WORD, DEICTIC, GENITIVE, MONTH_WORD, PART, PERIOD, PERIOD_WORD, PLURAL, POSSESSIVE, SEASON, SEVERAL, SHIFT,
    THIS_YEARS, UNTIL, WINDOW, YEAR, relative,
)
from taldau.numbers.words import read_word
from taldau.numbers.years import SCHOOL_YEARS, YEAR_PART
from taldau.rules import Stemmed, ahead, behind, context, custom, eq, in_, opt, or_, regex, rule, stem

_SHIFTED_ENDING = re.compile(c.SHIFTED_ENDINGS)
THOSE_DAYS = suffixes.endings("PX3") | suffixes.endings("LOC")  # ол күндері, ол күндерде


def _number(value: int | float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def durations(amount: Amount | Any, unit: str, prefix: str = "P") -> str | list[str]:
    """P3Y; both ends of a range (2 – 3 жыл -> ["P2Y", "P3Y"]); PXY for a vague count (бірнеше жыл)."""
    if not isinstance(amount, Amount) or amount.number.approx and amount.high is not None:
        return f"{prefix}X{unit}"
    if amount.high is not None:
        return [f"{prefix}{_number(amount.number.value)}{unit}", f"{prefix}{_number(amount.high)}{unit}"]
    return f"{prefix}{_number(amount.number.value)}{unit}"


def _period(before: Any, lead: Any, amount: Any, _: Any, unit: str, after_word: Any, after: Any) -> Draft | None:
    approx = bool(before and before[0] or after and after[0] or isinstance(amount, Amount) and amount.approx)
    bound = (after or before or (None, None))[1]
    if after_word == "ago":  # 3 жыл бұрын -> -P3Y
        return Draft("date", durations(amount, unit, "-P"), None, approx, bound)
    value = durations(amount, unit)
    if after_word == "every":  # 2 жыл сайын -> R/P2Y
        return Draft("date", f"R/{value}" if isinstance(value, str) else f"R/PX{unit}", None, approx, bound)
    return Draft("duration", value, None, approx, bound, lead or after_word)


# After соңғы, алдағы: one period in the locative or bare before ішінде, бойы (соңғы онжылдықта P1DE, соңғы жыл ішінде
# P1Y), a count unknown otherwise (соңғы жылдары, соңғы айларда PXM; соңғы айында "in its last month"; Соңғы күн келді)
_ONE_PERIOD = suffixes.surfaces("DA")
def _count(ending: str, after: Any) -> str:
    return "1" if ending in _ONE_PERIOD or not ending and after is not None else "X"


COUNT = or_(  # a count, not 28-і (күні), the 28th, nor нөл (нөл жеті is a code read out, not "no week")
    AMOUNT.interpret(lambda a: None if a.number.ordinal or a.number.ending.lstrip("-") in c.DAY_POSSESSIVES
                     or a.number.value == 0 else a),
    SEVERAL,
)
_LARGER_FIRST = "YMWD"


def _units(word: Stemmed, more: Any) -> str | None:
    """1 жыл 3 ай -> "Y3M": a duration told in two units, the larger first, the first one bare (1 жылдан 3 айға
    is "from a year to three months")."""
    unit = word.value
    if more is None:
        return unit
    if word.ending:
        return None
    amount, smaller = more
    ok = amount.high is None and unit in _LARGER_FIRST and smaller in _LARGER_FIRST[_LARGER_FIRST.find(unit) + 1 :]
    return f"{unit}{durations(amount, smaller, '')}" if ok else None


NEXT = in_({"келесі": "next", "келер": "next"})  # келесі екі жылда: the next two years (келесі жылы is SHIFTED)
def _and_a_half(count: Any, word: Stemmed, half: Any) -> Any:
    """бір жыл жарым, екі ай жарымнан кейін: the half after a bare unit adds to the count (жарым takes the ending)."""
    if half is None:
        return count
    return None if word.ending or not isinstance(count, Amount) else with_half(count)


DURATION = rule(
    opt(BEFORE), opt(or_(WINDOW, THIS_YEARS, NEXT)), opt(eq("күнтізбелік")), COUNT, opt(INNER), opt(PAREN),
    opt(eq("жұмыс", "күнтізбелік")), PERIOD_WORD,  # 10 жұмыс күні, 30 күнтізбелік күн, күнтізбелік 30 күн
    opt(HALF_AFTER), opt(rule(RANGE, PERIOD)), opt(in_(c.PERIOD_AFTER)), opt(AFTER),
).interpret(lambda before, lead, _calendar, count, about, _aside, work, word, half, more, after_word, after: _period(
    before or about, lead if isinstance(lead, str) and not lead.startswith(("+", "-")) else None,
    amount, work, units, after_word, after,
) if (units := _units(word, more)) and (amount := _and_a_half(count, word, half)) is not None else None)
DATED_PERIOD = PERIOD_WORD.interpret(
    lambda found: found.value if _SHIFTED_ENDING.fullmatch(found.ending) else None
)
# бірінші жартысында, алғашқы жартысы, 2-нші жартысынан: the first or the second half of the period before it
HALF = rule(or_(NUMBER, GLUED_ORDINAL, in_({"алғашқы": 1})), stem({"жарты"})).interpret(
    lambda n, _: n if isinstance(n, int) else n.value if n.ordinal and n.value in (1, 2) and n.high is None else None
)


def _half(shift: Any, unit: str, half: int, until: Any) -> Draft:
    """келесі аптаның екінші жартысында -> +P1W, late; жылдың бірінші жартысында -> +P0Y-40, EDTF's first half."""
    value = relative(shift, unit)
    if unit == "Y":
        return Draft("date", f"{value}-{39 + half}", None, False, until or None)
    return Draft("date", value, None, False, until or None, "early" if half == 1 else "late")


GENITIVE_PERIOD = PERIOD_WORD.interpret(lambda found: found.value if found.ending.endswith(GENITIVE) else None)
# тоқсан is a quarter, not ninety, after a word that shifts a period: өткен тоқсанда, келесі тоқсаннан, осы тоқсанның
# (and bare before бойы, ішінде, дейін, as a period is: өткен тоқсан ішінде; өткен тоқсан жыл stays ninety years)
DATED_QUARTER = rule(stem({"тоқсан"})).interpret(lambda found: "Q" if _SHIFTED_ENDING.fullmatch(found.ending) else None)
_QUARTER = rule(stem({"тоқсан"})).interpret(lambda found: "Q")
# After a shift a period or a quarter in the dative is one too: келесі аптаға "for next week", өткен тоқсанға
# қарағанда (as келесі жылға); not after әр, әрбір (әр күнге ат берілді "each day was given a name").
_TOWARDS = or_(PERIOD_WORD, stem({"тоқсан": "Q"})).interpret(lambda found: found.value if found.ending in DATIVE else None)
# ... and one bare before its part: өткен ай соңында, келесі апта басынан, осы тоқсан басында (as жыл соңында)
_BARE = or_(PERIOD_WORD, stem({"тоқсан": "Q"})).interpret(lambda found: None if found.ending else found.value)
# ... and a month or a week bare, in the accusative or the plural, as a year is (осы жыл, өткен жылды, осы жылдар:
# `years.YEAR_PART`): осы апта, келесі айды, осы айларда; a quarter in the accusative (өткен тоқсанды); not күн (бұл
# күн, a day the text names) nor a bare тоқсан (өткен тоқсан жыл, ninety years)
_ACCUSATIVE = suffixes.endings("ACC")
_PLAIN = or_(
    rule(stem({"ай": "M", "апта": "W"}, exclude=c.NOT_PERIODS)).interpret(
        lambda found: found.value if not found.ending or found.ending in _ACCUSATIVE
        or found.ending.startswith(PLURAL) else None),
    rule(stem({"тоқсан": "Q"})).interpret(lambda found: found.value if found.ending in _ACCUSATIVE else None),
)
_QUARTER_OF = rule(stem({"тоқсан"})).interpret(lambda found: found if found.ending in GENITIVE else None)
# күні бүгінге дейін "to this very day": before бүгін, күні is the idiom's, no day of бұл or ол (бұл күні бүгінге дейін)
NOT_TODAY = ahead(in_({w: True for w, value in c.DEICTIC.items() if value == "+P0D"}), negate=True)
SHIFTED = or_(
    rule(SHIFT, or_(DATED_PERIOD, DATED_QUARTER, _TOWARDS, _PLAIN, rule(_BARE, ahead(PART)).interpret(lambda u, _: u),
                    rule(or_(PERIOD, _QUARTER), ahead(UNTIL)).interpret(lambda u, _: u)), NOT_TODAY,
         opt(PART), opt(UNTIL)).interpret(  # өткен жылы, осы айда, жыл басынан бері
        lambda shift, unit, _, part, until: Draft("date", relative(shift, unit), None, False, until or None, part)
    ),
    rule(opt(SHIFT), GENITIVE_PERIOD, HALF, opt(UNTIL)).interpret(  # келесі аптаның екінші жартысында
        lambda shift, unit, half, until: _half(0 if shift is None else shift, unit, half, until)
    ),
)
# жылдың соңғы айында, айдың алғашқы күндерінде, өткен аптаның соңғы күні: the first or last of the smaller periods
# of a period is a part of it (not бес жылдың соңғы айы, a count's)
ENDS = {"соңғы": "late", "алғашқы": "early"}
_WORD = custom(lambda t: True if t.norm[:1].isalnum() or t.norm == "-" else None, "word or hyphen")
_NOT_AFTER_NUMBER = context(lambda tokens, i: i < 1 or read_word(tokens[i - 1].norm) is None)
# A bare жылдың before the n-th month is the calendar year's only where nothing or a shift or year number stands
# before it: after a noun it is that noun's year (оқу жылының екінші айы, the school year's second month).
_YEAR_OPENS = context(lambda tokens, i: i < 1 or not tokens[i - 1].norm.isalpha() or tokens[i - 1].norm.lower() in c.SHIFTS)


def _end_of(shift: Any, big: str, part: str, small: str) -> Draft | None:
    """A smaller period of a larger one, or its night (өткен жылдың соңғы түні "New Year's Eve", one DATE in KazNERD)."""
    if big not in _LARGER_FIRST or small not in _LARGER_FIRST[_LARGER_FIRST.find(big) + 1 :] + "N" or big + small == "DN":
        return None
    return Draft("date", relative(0 if shift is None else shift, big), None, False, None, part)


_NIGHT = in_({w: "N" for w in c.NIGHT_WORDS})  # the night of a period: жылдың соңғы түні
_NTH = or_(NUMBER, GLUED_ORDINAL).interpret(lambda n: n.value if n.ordinal and n.high is None else None)


def _nth_of(shift: Any, big: str, n: int, small: str) -> Draft | None:
    """The n-th month of a year (жылдың үшінші айында -> +P0Y-03, өткен жылдың -> -P1Y-03) or week of a month or year,
    one date as its first or last one (a day stays apart: айдың бірінші күні is the 1st, KazNERD's күні outside)."""
    if big + small not in ("YM", "YW", "MW") or n > (12 if small == "M" else 53 if big == "Y" else 5):
        return None
    year = relative(0 if shift is None else shift, big)
    return Draft("date", f"{year}-{n:02d}" if small == "M" else year)


PERIOD_END = or_(
    rule(opt(SHIFT), _NOT_AFTER_NUMBER, GENITIVE_PERIOD, in_(ENDS), or_(PERIOD, _NIGHT)).interpret(
        lambda shift, _, big, part, small: _end_of(shift, big, part, small)
    ),
    rule(opt(SHIFT), _NOT_AFTER_NUMBER, _YEAR_OPENS, GENITIVE_PERIOD, _NTH, PERIOD).interpret(
        lambda shift, _, __, big, n, small: _nth_of(shift, big, n, small)
    ),
)
THAT_DAY = rule(eq("ол"), eq("күні"), NOT_TODAY, ahead(eq("бойы", "бойына", "бұрын"), negate=True)).interpret(
    lambda *_: Draft("date", c.UNKNOWN_DATES["D"])  # Ол күні "that day"; in "ол күні бойы" ол is "he"
)
# Бір күні шал ұлын шақырды "one day": бір before the possessed күні is an unknown day, not a count (бір күн,
# бір күнде, бір күні бойы, бір күннен кейін stay durations; бір айы тегін "a month of it" too)
# аптасына бір күні, жылдың бір күні: one day per week, a day of the year, a count, not "one day"
RATE_OR_WHOLE = custom(lambda t: True if t.norm.lower().endswith((*DATIVE, *GENITIVE)) else None, "dative or genitive")
ONE_DAY = rule(behind(RATE_OR_WHOLE, negate=True), eq("бір"), DAY_WORD,
               ahead(or_(UNTIL, in_(c.PERIOD_AFTER)), negate=True)).interpret(
    lambda _, __, day, ___: Draft("date", c.UNKNOWN_DATES["D"]) if day.ending in suffixes.endings("PX3") else None
)


def _not_school_year(tokens: Sequence[Token], i: int) -> bool:
    """The period word at `i` is no school or financial year: оқу жылының басында, қаржы жылы ішінде (жыл possessed
    after its kind's word, `SCHOOL_YEARS`) is no date of its own (KazNERD labels none), but қаржы жыл соңына дейін
    "the money, by the year's end" and шаруашылық жыл бойы "the farm, all year" (жыл bare) are."""
    return not (0 < i < len(tokens) and tokens[i - 1].norm.lower() in SCHOOL_YEARS
                and any(year.ending.startswith(POSSESSIVE) for _, year in YEAR.match(tokens, i)))


_NO_SCHOOL_YEAR = context(_not_school_year)
PERIOD_ALONE = or_(
    # соңғы жылдары, алдағы айда; алғашқы жылдарында "in its first years" counts from an event, not a date
    rule(WINDOW, PERIOD_WORD, opt(in_(c.PERIOD_AFTER))).interpret(
        lambda window, unit, after: Draft("duration", f"P{_count(unit.ending, after)}{unit.value}", None, False, None, window)
        if window != "first" else None
    ),
    rule(opt(eq(*c.EVERY)), PERIOD, eq("сайын", "сайынғы")).interpret(  # жыл сайын, әр тәулік сайын
        lambda _, unit, __: Draft("date", f"R/P1{unit}")
    ),
    rule(opt(eq(*c.EVERY)), eq("тоқсан"), eq("сайын", "сайынғы")).interpret(  # (әр) тоқсан сайын: quarterly
        lambda *_: Draft("date", "R/P3M")
    ),
    rule(eq(*c.EVERY), or_(DATED_PERIOD, DATED_QUARTER), opt(PART)).interpret(  # әрбір жылы, әр айдың соңында, әр тоқсанда
        lambda _, unit, part: Draft("date", "R/P3M" if unit == "Q" else f"R/P1{unit}", None, False, None, part)
    ),
    rule(PERIOD_WORD, HALF_AFTER, opt(in_(c.PERIOD_AFTER))).interpret(  # жыл жарым бойы, ай жарым бұрын
        lambda unit, _, after_word: None if unit.ending else Draft(
            "date" if after_word == "ago" else "duration", f"{'-' if after_word == 'ago' else ''}P1.5{unit.value}",
            None, False, None, None if after_word == "ago" else after_word)
    ),
    rule(_NO_SCHOOL_YEAR, PERIOD_WORD, eq("бойы", "бойына", "ішінде")).interpret(  # тәулік бойы, жыл ішінде
        lambda _, unit, __: Draft("duration", f"P{'X' if unit.ending.startswith(PLURAL) else 1}{unit.value}")  # жылдар бойы
    ),
    rule(_NO_SCHOOL_YEAR, PERIOD, PART, opt(UNTIL)).interpret(  # жыл басынан бері, жылдың соңына дейін
        lambda _, unit, part, until: Draft("date", relative(0, unit), None, False, until or None, part)
    ),
    # содан бері ғасырдан асты "more than a century has passed": a period alone in the ablative before ас- is one such
    # period at least (the verb outside, as after a count: 5 жылдан асты)
    rule(PERIOD_WORD, ahead(regex(r"(?i)ас(ты|қан|ып|ады|атын)", heads=("ас",)))).interpret(
        lambda unit, _: Draft("duration", f"P1{unit.value}", None, False, "min") if unit.ending in ABLATIVE else None
    ),
    # жыл басталғалы, ай басталғаннан бері "since the year, the month began": the bare period is the date, the verb
    # stays out (as бастап does); оқу жылы басталғалы is a school year's start
    rule(PERIOD_WORD, ahead(regex(r"(?i)басталға(лы|ннан)", heads=("ба",)))).interpret(
        lambda unit, _: None if unit.ending else Draft("date", relative(0, unit.value), None, False, "min", "early")
    ),
    rule(_QUARTER_OF, PART, opt(UNTIL)).interpret(  # тоқсанның соңында: the quarter's end (not тоқсанның үстінде, 90+)
        lambda _, part, until: Draft("date", relative(0, "Q"), None, False, until or None, part)
    ),
    rule(eq("жаңа"), YEAR, or_(UNTIL, rule(ahead(eq("бастап"))).interpret(lambda _: ""))).interpret(
        lambda _, __, until: Draft("date", "XXXX-01-01", None, False, until or None)  # жаңа жылға дейін
    ),
)


def _these_days(this: str, day: Stemmed, _: Any) -> Draft | None:
    """осы күндері, сол күндерді: a plural day; after ол (also "he") only күндері, күндерде, not the accusative
    (ол күндерді санап жүр "he counts the days")."""
    plural = next((p for p in PLURAL if day.ending.startswith(p)), None)
    if plural is None or this == "ол" and day.ending[len(plural):] not in THOSE_DAYS:
        return None
    return Draft("date", "+P0D" if this in ("осы", "бұл") else c.UNKNOWN_DATES["D"], None, True)


def _attribute(token: Token) -> bool | None:
    """A word that can qualify a noun (an adjective, a determiner, a participle): before it жылда is "in a year"."""
    readings = token.analyses or analyze(token.norm.lower()) if token.norm.isalpha() else ()
    return True if any(a.upos in ("ADJ", "DET", "NUM") or "VerbForm=Part" in (a.feats or "") for a in readings) else None


def _postposition(token: Token) -> bool | None:
    """үшін, туралы, арқылы: a word read as a postposition (by the tagger, or by any reading of taldau.morph) that
    closes the phrase before it; not one of likeness (`SIMILATIVES`: мереке сияқты күнде "on a day like a holiday")."""
    if not token.norm.isalpha() or token.norm.lower() in SIMILATIVES:
        return None
    readings = token.analyses[:1] or analyze(token.norm.lower())
    return True if any(a.upos == "ADP" for a in readings) else None


_POSTPOSITION = custom(_postposition, "postposition")


def _not_qualified(tokens: Sequence[Token], i: int) -> bool:
    """жылда is "every year" unless a word that qualifies it comes first (санаулы жылда, жаңа жылда)."""
    return i == 0 or tokens[i].norm.lower() not in c.IN_A_YEAR or not _attribute(tokens[i - 1])


TODAY = or_(
    # бүгінгі таңда; not ертеңгі таңғы 9-да, where таңғы belongs to the clock time
    rule(in_({w: c.DEICTIC[w] for w in c.DEICTIC_ATTRIBUTIVES}), stem(c.FOLLOWING_PERIODS, exclude=c.CLOCK_PARTS),
         opt(UNTIL)).interpret(
        lambda value, _, until: Draft("date", value, None, False, until or None)  # бүгінгі таңда
    ),
    rule(DEICTIC, opt(UNTIL)).interpret(lambda value, until: Draft("date", value, None, False, until or None)),
    rule(context(_not_qualified), in_(c.DAILY)).interpret(lambda _, value: Draft("date", value)),
    # күнде "every day" opening its clause (Күнде біз ..., Әрине, күнде ...) or after a postposition, which closes the
    # phrase before it (балалар үшін күнде ...); after another word it is a day's locative (бейбіт күнде, қайткен
    # күнде, бір күнде)
    rule(or_(behind(_WORD, negate=True), behind(_POSTPOSITION)), eq("күнде"), ahead(HYPHEN, negate=True)).interpret(
        lambda *_: Draft("date", "R/P1D")
    ),
    # бұл күндері, осы күндерде "these days"; сол күндері, ол күндері "those days" (not ол күндер бойы, "he ... for days")
    rule(in_({w: w for w in ("осы", "бұл", "сол", "ол")}), DAY_WORD, ahead(eq("бойы", "бойына"), negate=True)).interpret(
        _these_days
    ),
)


def _season(year: Any, season: int, tail: Any, until: Any) -> Draft:
    """2020 жылдың жазында 2020-22; өткен жылдың жазында, былтырғы жазда -P1Y-22, a season of a deictic year."""
    if isinstance(year, dict):
        y = year.get("year") or year.get("relative", "XXXX")
    else:
        y = relative(year, "Y") if year is not None else "XXXX"  # өткен (-1), осы (0), сол ("that": XXXX)
    return Draft("date", f"{y}-{season}", None, False, until or None, tail if isinstance(tail, str) else None)


GENITIVE_DAY = rule(DAY_WORD).interpret(lambda w: w if w.ending.endswith(("і", "дері")) else None)
SEASON_MONTHS = rule(opt(WINDOW), opt(COUNT), MONTH_WORD)  # жаз айлары, жаздың екі айында, жаздың алғашқы айын
# жазғы маусымда "in the summer season": маусым after a season's adjective is in the date; after its noun (қыс
# маусымы басталды) it stays out, as мезгіл does (қыс мезгіліне): KazNERD 2 of 2 and 4 of 4 on the dev part
_SEASON_SEASON = rule(behind(in_(c.SEASON_ADJECTIVES)), stem({"маусым"}))
SEASONAL = rule(
    opt(or_(YEAR_PART, SHIFT)), SEASON, opt(or_(SEASON_MONTHS, _SEASON_SEASON, GENITIVE_DAY, PART)), opt(UNTIL)
).interpret(_season)
# көктем-күзде "in spring and autumn": two seasons joined by a hyphen are one date
SEASON_PAIR = or_(
    rule(SEASON, HYPHEN, SEASON).interpret(lambda a, _, b: Draft("date", f"XXXX-{a}/XXXX-{b}")),
    rule(regex(r"(?i)(көктем|жаз|күз|қыс)\w*-(көктем|жаз|күз|қыс)\w*", heads=("кө", "жа", "кү", "қы"))).interpret(
        lambda m: Draft("date", f"XXXX-{c.SEASONS[m.group(1).lower()]}/XXXX-{c.SEASONS[m.group(2).lower()]}")
    ),  # the same pair kept as one token
)


def _named(qualifier: str) -> Draft:
    """Dates with a name but no arithmetic value: тышқан жылы, кеңес дәуірі, ортағасырлық."""
    return Draft("date", None, None, False, None, qualifier)


def _compound(m: Any) -> Draft:
    count = read_word(m.group(1).lower())
    unit = {"күндік": "D", "жылдық": "Y", "айлық": "M", "апталық": "W"}[m.group(2).lower()]
    return Draft("duration", f"P{int(count.value) if count else 'X'}{unit}")


NAMED = or_(
    rule(in_({a: True for a in c.ANIMAL_YEARS}), YEAR).interpret(lambda *_: _named("animal year")),
    rule(in_({e: True for e in c.ERAS}), stem(c.ERA_WORDS)).interpret(lambda *_: _named("era")),
    rule(regex(r"(?i)(ортағасыр|палеозой|мезозой|кайнозой)\w*", heads=("ор", "па", "ме", "ка"))).interpret(
        lambda _: _named("era")
    ),
    rule(regex(c.COMPOUND_PERIOD, heads=c.COMPOUND_HEADS)).interpret(_compound),  # үшжылдық
    rule(opt(SHIFT), stem({"жартыжылдық"}), opt(UNTIL)).interpret(lambda *_: Draft("duration", "P6M")),
    # келесі Рамазанға "by next Ramadan": a lunar month (no Gregorian value); alone, Рамазан is also a name
    rule(SHIFT, stem(c.LUNAR_MONTHS), opt(UNTIL)).interpret(lambda *_: _named("lunar month")),
)


# екінші күні, 6-ншы күн, 26-ншы апта: the n-th day or week of something (no calendar value)
NTH_PERIOD = or_(
    rule(NUMBER, stem({"күн", "апта"}, exclude=c.NOT_PERIODS)).interpret(
        lambda n, word: Draft("date", None, None, False, None, f"{n.value}th {word.stem}") if n.ordinal else None
    ),
    # 78-минутта, сексенінші минутта: the minute of a match or a broadcast, a TIME (5 минутта is a duration)
    rule(or_(NUMBER, GLUED_ORDINAL), stem({"минут", "секунд"})).interpret(
        lambda n, word: Draft("time", None, None, False, None, f"{n.value}th {word.stem}") if n.ordinal else None
    ),
)
