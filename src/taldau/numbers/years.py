"""Grammars for years, decades and centuries, as parts of a date, and a year written bare (2017-де, 2019-дан бері,
Абай (1845–1904)).

    2020-сыншы жылы, 2020-жылы, 2020 ж. -> {"year": "2020"}      2001-2020 жылдар -> "2001/2020"
    1990 жылдары, 90-жылдары -> "199X"      ХХ ғасыр -> "19XX"      ХХ ғасырдың 90-жылдары -> "199X"
    X – XII ғасырларда -> "09XX/11XX"      өткен жылдың -> {"relative": "-P1Y", "linked": True}

A year in the genitive or attributive (2001 жылғы, 2013 жылдың) is `linked`: it governs the month
or the season after it, which then belongs to the same date.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from taldau.doc import Analysis, Token
from taldau.morph import analyze, suffixes
from taldau.numbers import lexicon as lx
from taldau.numbers.parts import ABLATIVE, AND, DASH, GLUED_ORDINAL, NUMBER, PAREN, RANGE, Amount
from taldau.numbers.timewords import (
    BEFORE_ERA, CENTURY, COMMON_ERA, PART, PLURAL, ROMAN, SHIFT, THIS_YEARS, UNTIL, WINDOW, YEAR, linked, relative,
)
from taldau.numbers.words import Number, abridged
from taldau.rules import DIGITS, Stemmed, ahead, context, eq, in_, opt, or_, regex, repeat, rule, stem


def roman(text: str) -> int | None:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    letters = text.upper().replace("Х", "X").replace("І", "I")
    total = 0
    for i, ch in enumerate(letters):
        v = values[ch]
        total += -v if i + 1 < len(letters) and values[letters[i + 1]] > v else v
    return total or None


def _year(value: int | float, ordinal: bool) -> str | None:
    """2020 -> "2020"; 91-інші жылы -> "1991"; жиырма үшінші жылға дейін -> "2023"."""
    if not isinstance(value, int) or value < 0:
        return None
    if value < 100 and ordinal:
        value += 1900 if value > 30 else 2000
    return f"{value:04d}" if 1000 <= value <= 2200 else None


def _years(amount: Amount, word: Stemmed) -> dict[str, Any] | None:
    n = amount.number
    if n.approx:
        return None  # мыңдаған жыл "thousands of years" is no year 1000
    low = _year(n.value, n.ordinal)
    if word.stem in ("ж.", "жж.") and low is None and isinstance(n.value, int) and 0 < n.value < 1000:
        low = f"{n.value:04d}"  # 330 ж.: the abbreviation says it is a year
    if low is None:
        return None
    if amount.high is not None:
        if word.ending.startswith(PLURAL) and n.value < 100 and _tens(replace(n, high=amount.high)):
            return None  # 60-70-ші жылдары: two decades (DECADE_PART), not the years 1960 to 1970
        high = _year(amount.high, n.ordinal or word.ending.startswith(PLURAL))
        return {"edtf": f"{low}/{high}"} if high and high > low else None
    if word.ending.startswith(PLURAL) and low.endswith("0"):  # 1990 жылдары -> 199X
        decade = f"19{n.value // 10}X" if n.ordinal and n.value in range(20, 100, 10) else low[:3] + "X"
        return {"edtf": decade}  # отызыншы жылдары: the 1930s, not the 2030s
    return {"year": low, "linked": linked(word)}


# A year that straddles two calendar years: 2023-2024 оқу жылы, 2024-2025 маркетингтік жылы (a harvest's trade year),
# 2025/2026 қаржы жылы
SCHOOL_YEARS = ("оқу", "қаржы", "қаржылық", "шаруашылық", "маркетингтік")
# 2021-інші – 2025-інші жылдар: a range of ordinal years (elsewhere "1-інші – 2-нші ауысым" are two ordinals)
ORDINAL_RANGE = rule(NUMBER, DASH, NUMBER).interpret(
    lambda a, _, b: Amount(replace(b, value=a.value), b.value) if a.plain_ordinal and b.ordinal else None
)


def _listed(first: Number, more: list[Any]) -> dict[str, Any] | None:
    """1990 және 2000 жылдары, 2018, 2019 жылдары -> {1990,2000}: years that share their жыл."""
    numbers = [first, *(n for _, n in more)]
    years = [_year(n.value, n.ordinal) for n in numbers]
    ok = all(years) and years == sorted(set(years)) and all(n.ordinal or n.value >= 1000 for n in numbers) \
        and all(not n.ordinal or n.plain_ordinal for n in numbers)  # Үшіншіден, 2026 жылдан: "thirdly", no year
    return {"edtf": "{" + ",".join(years) + "}"} if ok else None


_LISTED = or_(NUMBER, GLUED_ORDINAL)
YEAR_LIST = rule(_LISTED, repeat(rule(or_(eq(",", "және"), AND), _LISTED), 1, 4), YEAR).interpret(
    lambda first, more, _: _listed(first, more)
)
# 1960 – 70 жылдары: the later year written with its last two digits
ABRIDGED_RANGE = rule(NUMBER, DASH, NUMBER).interpret(
    lambda a, _, b: Amount(replace(b, value=a.value), high) if not a.ending and not a.ordinal and a.high is None
    and (high := abridged(a.value, b.value)) != b.value else None
)
# 2001-2020-жылдары, 1970–80-жылдары: a range of years whose upper end is glued to жыл by a hyphen, as 2020-жылы is (the
# first written in full: 50-60-жылдары are decades, 1-3-жылдарында years of a course)
GLUED_RANGE = rule(NUMBER, DASH, GLUED_ORDINAL).interpret(
    lambda a, _, b: Amount(replace(b, value=a.value), high)
    if not a.ending and not a.ordinal and isinstance(a.value, int) and 1000 <= a.value < (high := abridged(a.value, b.value))
    else None
)


def _straddled(m: Any) -> dict[str, Any] | None:
    """2025/2026, 2024/25: two consecutive years, the second maybe written with its last two digits."""
    low = int(m.group(1))
    high = abridged(low, int(m.group(2)))
    return {"edtf": f"{low}/{high}"} if 1000 <= low and high == low + 1 else None


# 2025/2026 қаржы жылы: a slash joins the two years only before the word of such a year (55/12 alone is a code)
SLASHED_YEARS = rule(regex(r"(\d{4})/(\d{4}|\d\d)", heads=DIGITS), eq(*SCHOOL_YEARS), YEAR).interpret(
    lambda m, _, __: _straddled(m)
)
# алдағы жылдары "in the coming years", өткен жылдары: after a word that also opens a window (`WINDOWS`), plural
# years are that window, no one year
WINDOW_YEARS = rule(WINDOW, rule(YEAR).interpret(lambda word: True if word.ending.startswith(PLURAL) else None))
YEAR_PART = or_(
    YEAR_LIST,
    SLASHED_YEARS,
    # 2020-сыншы жылы, 2001-2020 жылдар, екі мың үшінші ( жы ) жылы
    # 2023-2024 оқу жылында, 2024 қаржы жылы: a school or financial year
    rule(or_(RANGE, ORDINAL_RANGE, ABRIDGED_RANGE, GLUED_RANGE, GLUED_ORDINAL.interpret(Amount)), opt(PAREN), opt(eq(*SCHOOL_YEARS)),
         YEAR).interpret(lambda n, _, __, word: _years(n, word)),
    rule(ahead(WINDOW_YEARS, negate=True), SHIFT, YEAR).interpret(
        lambda _, shift, word: {"relative": relative(shift, "Y"), "linked": linked(word)}
    ),
    # биылғы жылы, былтырғы жылдың; "биыл жыл басында" is two dates in KazNERD
    rule(THIS_YEARS, YEAR).interpret(lambda value, word: {"relative": value, "linked": linked(word)}),
)


def _century(numbers: tuple[int | None, int | None], decade: Number | None) -> dict[str, Any] | None:
    number, last = numbers
    if number is None or not 1 <= number <= 21:
        return None
    if last is not None:  # XV-XVI ғасырлар, жетінші-сегізінші ғасырларда
        ok = number < last <= 21 and decade is None
        return {"edtf": f"{number - 1:02d}XX/{last - 1:02d}XX"} if ok else None
    if decade is None:
        return {"edtf": f"{number - 1:02d}XX"}
    tens = _tens(decade)
    return {"edtf": "/".join(f"{number - 1:02d}{d // 10}X" for d in tens)} if tens else None


def _tens(decade: Number) -> tuple[int, ...] | None:
    """The decades' numbers: 90 -> (90,), 60-70 -> (60, 70); None unless each is a round ten."""
    tens = (decade.value,) if decade.high is None else (decade.value, decade.high)
    ok = all(isinstance(d, int) or float(d).is_integer() for d in tens) and tens == tuple(sorted(set(tens)))
    return tuple(int(d) for d in tens) if ok and all(d % 10 == 0 and 10 <= d <= 90 for d in tens) else None


def _numbered(n: Number) -> tuple[int, int | None] | None:
    """The century's number (and the last one of a range): ХХ, 20-ыншы, жиырмасыншы, 7-8."""
    ok = isinstance(n.value, int) and (n.ordinal or n.value > 10)
    return (n.value, int(n.high) if n.high is not None else None) if ok else None


CENTURY_NUMBER = or_(
    rule(ROMAN).interpret(lambda m: (roman(m.group(1)), roman(m.group(2)) if m.group(2) else None)),
    or_(NUMBER, GLUED_ORDINAL).interpret(_numbered),  # 21-ғасырда: glued by a hyphen, an ordinal
)


def _decade(n: Number, more: Any, word: Stemmed) -> Number | None:
    if not word.ending.startswith(PLURAL):
        return None
    return n if more is None else replace(n, high=more[1].value) if n.high is None else None


# 90 жылдары, 90-ыншы жылдары, 90-жылдары: a number before a plural year
# 60 – 70-жылдары, 60-70 жылдары: two decades
DECADE = or_(
    rule(GLUED_ORDINAL, YEAR).interpret(lambda n, word: _decade(n, None, word)),
    rule(NUMBER, opt(rule(DASH, or_(NUMBER, GLUED_ORDINAL))), YEAR).interpret(_decade),
)
CENTURY_PART = or_(
    rule(CENTURY_NUMBER, CENTURY, opt(DECADE)).interpret(lambda n, _, decade: _century(n, decade)),
    rule(CENTURY_NUMBER, or_(DASH, eq(",")), CENTURY_NUMBER, CENTURY).interpret(  # X – XII ғасырларда
        lambda a, _, b, __: _century((a[0], b[0]), None) if a[1] is None and b[1] is None else None
    ),
    # өткен ғасырдың 60-ыншы жылдары: the last century is the 20th; осы ғасырдың 20-жылдары this one, the 21st
    rule(in_({"өткен": 20, "осы": 21, "ағымдағы": 21}), CENTURY, DECADE).interpret(
        lambda n, __, decade: _century((n, None), decade)
    ),
)


def _century_share(century: dict[str, Any], n: Number | int, share: Stemmed) -> dict[str, Any] | None:
    """ХІХ ғасырдың екінші жартысы -> 185X/189X, ХХІ ғасырдың алғашқы ширегі -> 2000/2024, екінші онжылдығы -> 201X."""
    k = n if isinstance(n, int) else n.value if n.ordinal else None
    edtf = century["edtf"]
    if "/" in edtf or not edtf.endswith("XX") or k is None:
        return None
    first = int(edtf[:2]) * 100
    if share.stem == "жарты" and k in (1, 2):
        return {"edtf": f"{first // 10 + 5 * (k - 1):03d}X/{first // 10 + 5 * k - 1:03d}X"}
    if share.stem in ("ширек", "ширег") and k in (1, 2, 3, 4):
        return {"edtf": f"{first + 25 * (k - 1):04d}/{first + 25 * k - 1:04d}"}
    if share.stem in _DECADE_WORDS and 1 <= k <= 10:
        return {"edtf": f"{first // 10 + k - 1:03d}X"}
    return None


# the first or last of a century's halves, quarters and decades: алғашқы ширегі, соңғы жартысы, екінші онжылдығы
_SHARE_ORDER = or_(NUMBER, GLUED_ORDINAL, in_({"алғашқы": 1, "соңғы": 0}))
_DECADE_WORDS = ("онжылдық", "онжылдығ")
_SHARES = {"жарты": 2, "ширек": 4, "ширег": 4, "онжылдық": 10, "онжылдығ": 10}  # each word's last share
CENTURY_SHARE = rule(CENTURY_PART, _SHARE_ORDER, stem(set(_SHARES))).interpret(
    lambda century, n, share: _century_share(century, n or _SHARES[share.stem], share)
)
def _decade_half(years: dict[str, Any], n: Number | int) -> dict[str, Any] | None:
    """2010 жылдардың екінші жартысы -> 2015/2019: a half of one decade (not of a range of years or a year)."""
    k = n if isinstance(n, int) else n.value if n.ordinal else None
    decade = years.get("edtf", "")
    if k not in (1, 2) or len(decade) != 4 or not decade.endswith("X") or not decade[:3].isdigit():
        return None
    return {"edtf": f"{decade[:3]}{5 * (k - 1)}/{decade[:3]}{5 * k - 1}"}



def _millennium(n: int | None) -> dict[str, Any] | None:
    """II мыңжылдық -> 1XXX, as ХХ ғасыр is 19XX: the thousands digit known, the rest not (б.з.б. V мыңжылдық: -4XXX)."""
    return {"edtf": f"{n - 1}XXX"} if n is not None and 1 <= n <= 9 else None


# II мыңжылдықта, екінші мыңжылдықтың: an ordinal millennium is a date (екі мыңжылдық бойы stays a duration)
MILLENNIUM_PART = rule(
    or_(rule(ROMAN).interpret(lambda m: None if m.group(2) else roman(m.group(1))),
        or_(NUMBER, GLUED_ORDINAL).interpret(lambda n: n.value if n.ordinal and n.high is None else None)),
    stem({"мыңжылдық", "мыңжылдығ"}),
).interpret(lambda n, _: _millennium(n))


def _era_year(n: Number) -> dict[str, Any] | None:
    """б.з.б. 330 жылы: after the era's words any whole number before жыл is a year, however small."""
    ok = isinstance(n.value, int) and 0 < n.value < 10000 and n.high is None and not n.approx
    return {"year": f"{n.value:04d}"} if ok else None


# б.з.б. 330 ж. -> -0330, б.з.б. IV ғасырда -> -03XX: before the common era
def _before_era(_: Any, year: dict[str, Any]) -> dict[str, Any] | None:
    value = year.get("edtf") or year.get("year")
    return {"edtf": f"-{value}"} if value and "/" not in value and "{" not in value else None


_ERA_DATE = or_(YEAR_PART, CENTURY_PART, MILLENNIUM_PART, rule(NUMBER, YEAR).interpret(lambda n, _: _era_year(n)))


def _centuries_before_era(first: int | None, last: int | None) -> dict[str, Any] | None:
    """б.з.б. III–II ғасырлар -> -02XX/-01XX: before the era a range of centuries counts down."""
    ok = first is not None and last is not None and 1 <= last < first <= 99
    return {"edtf": f"-{first - 1:02d}XX/-{last - 1:02d}XX"} if ok else None


BEFORE_ERA_PART = or_(
    rule(BEFORE_ERA, _ERA_DATE).interpret(_before_era),
    rule(BEFORE_ERA, CENTURY_NUMBER, CENTURY).interpret(lambda _, n, __: _centuries_before_era(*n)),  # III–II ғасырлар
    rule(BEFORE_ERA, CENTURY_NUMBER, or_(DASH, eq(",")), CENTURY_NUMBER, CENTURY).interpret(  # III – II ғасырларда
        lambda _, a, __, b, ___: _centuries_before_era(a[0], b[0]) if a[1] is None and b[1] is None else None
    ),
)
# б.з. I ғасырында -> 00XX, б.з. 330 жылы -> 0330: of the common era, the date as it is
COMMON_ERA_PART = rule(COMMON_ERA, _ERA_DATE).interpret(
    lambda _, date: {"edtf": value} if (value := date.get("edtf") or date.get("year")) and "{" not in value else None
)
# 90-ыншы жылдары, тоқсаныншы жылдардың басында -> 199X
DECADE_PART = DECADE.interpret(
    lambda n: {"edtf": "/".join(f"19{d // 10}X" for d in tens)} if (tens := _tens(n)) and tens[0] >= 20 else None
)


# a decade's halves: 2010 жылдардың екінші жартысында, 90-жылдардың алғашқы жартысы, ғасырдың 60-жылдарының соңғы
DECADE_SHARE = rule(or_(YEAR_PART, DECADE_PART, CENTURY_PART), _SHARE_ORDER, stem({"жарты"})).interpret(
    lambda years, n, _: _decade_half(years, n or 2)
)
SHARES = or_(CENTURY_SHARE, DECADE_SHARE)  # a century's or a decade's part, one date


def _bare_year(n: Number) -> str | None:
    """2017 or 1998-2002 as EDTF: a year without жыл, known by its case or the word after it."""
    if not isinstance(n.value, int) or n.value not in range(1800, 2101) or n.ordinal:
        return None
    if n.high is None:
        return str(n.value)
    return f"{n.value}/{int(n.high)}" if n.high in range(n.value + 1, 2101) else None


FROM_YEAR = rule(NUMBER).interpret(lambda n: _bare_year(n) if n.ending.endswith(ABLATIVE) else None)
YEAR_CUES = ("бері", "бастап", "қарай", "салыстырғанда")  # 2019-дан бері, 2025-ке қарай, 2019-бен салыстырғанда
# 2017-де "in 2017", 2021-дегі "of 2021": the locative, bare or attributive
LOCATIVE = frozenset(suffixes.surfaces("DA") | suffixes.surfaces("DAGI"))


def _bracketed(tokens: Sequence[Token], i: int) -> bool:
    """Alone in brackets: a range of years anywhere (ақын (1845–1904)), one year after a name or a title (Абай
    Құнанбайұлы (1845), «Қараой» (1967)); not a count (таралымы (2000))."""
    if i < 1 or tokens[i - 1].norm != "(" or i + 1 >= len(tokens) or tokens[i + 1].norm != ")":
        return False
    before = tokens[i - 2].norm if i >= 2 else ""
    return "–" in tokens[i].norm or "-" in tokens[i].norm or before in ("»", '"') \
        or before[:1].isupper() and tokens[i - 2].upos not in ("NOUN", "PRON")  # not Барлығы (2000)


def _lifespan(n: Number) -> str | None:
    """870–950 in brackets after a name: the years of a life or a reign before 1800, three digits or four, no longer
    than 150 years (not Тоқаев (12–13) маусымда)."""
    if not isinstance(n.value, int) or n.ending or n.ordinal or n.high is None or n.value < 100:
        return None
    return f"{n.value:04d}/{int(n.high):04d}" if 0 < n.high - n.value <= 150 and n.high < 1800 else None


def _after_name(tokens: Sequence[Token], i: int) -> bool:
    """In brackets right after a name (әл-Фараби (870–950), Әмір Темір (1336–1405), Ясауидің (1093–1166)) or a title
    after one (Әбілқайыр хан (1693–1748), Төле би): a word with a capital, a proper noun when it opens its sentence
    (not Барлығы (2000)), in the nominative or the genitive (not Алматыда (300–400) адам)."""
    if not _bracketed(tokens, i) or i < 2:
        return False
    titled = i >= 3 and tokens[i - 2].norm in lx.TITLES
    name = i - 3 if titled else i - 2
    opening = name == 0 or tokens[name - 1].norm in (".", "!", "?")
    capital = any(ch.isupper() for ch in tokens[name].norm) and (titled or not opening
                                                                 or _reading(tokens[name]).upos == "PROPN")
    feats = _reading(tokens[i - 2]).feats or ""
    return capital and ("Case=" not in feats or "Case=Nom" in feats or "Case=Gen" in feats)


def _reading(token: Token) -> Analysis:
    """The token's chosen reading, or taldau.morph's first when no morphology ran (read_numbers on plain tokens)."""
    return (token.analyses or analyze(token.norm))[0]


# 2017-де, 1998-2002-де, 2021-дегі: a year written bare, in the locative ("in 2017"); a count is seldom in it.
# In another case it is a year before a word that dates it: 2019-дан бері, 2017-нің басында, 2025-ке дейін
# (but 2000-ға дейін, a round number, is more often a count: "up to 2000").
BARE_YEAR = or_(
    rule(context(_bracketed), NUMBER).interpret(lambda _, n: None if n.ending else _bare_year(n)),
    rule(context(_after_name), NUMBER).interpret(lambda _, n: _lifespan(n)),
    NUMBER.interpret(lambda n: _bare_year(n) if n.ending.lstrip("-") in LOCATIVE else None),
    rule(NUMBER, ahead(or_(PART, eq(*YEAR_CUES)))).interpret(lambda n, _: _bare_year(n) if n.ending else None),
    rule(NUMBER, ahead(UNTIL)).interpret(lambda n, _: _bare_year(n) if n.ending and n.value % 100 else None),
    rule(FROM_YEAR, NUMBER, ahead(UNTIL)).interpret(  # 2010-нан 2015-ке дейін
        lambda a, b, _: f"{a}/{b}" if (b := _bare_year(b)) and "/" not in a + b and a < b else None
    ),
)
