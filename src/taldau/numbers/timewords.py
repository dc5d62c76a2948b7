"""The leaves of the date and time grammars: one-token tests for calendar words.

Each is a predicate (or a one-token rule) over the word lists of `calendar`: a year, a month, a
period word with any ending, a shift (өткен, келесі), a deictic (бүгін, биыл), the words that
close a date (дейін, бері, аралығында) and the parts of a period (басында, ортасына, соңына).
"""
from __future__ import annotations

from collections.abc import Sequence

from taldau.doc import Token
from taldau.morph import suffixes
from taldau.morph.phonology import VOWELS
from taldau.numbers import calendar as c
from taldau.numbers.parts import after_words, common_noun
from taldau.rules import DIGITS, Stemmed, ahead, context, custom, eq, in_, or_, regex, rule, stem

GENITIVE = tuple(suffixes.endings("GEN"))
ATTRIBUTIVE = tuple(suffixes.endings("ATTR"))
PLURAL = tuple(suffixes.endings("PL"))
POSSESSIVE = tuple(suffixes.endings("PX3"))

# жыл with any ending, and the written abbreviations: 2020 ж., 1990-2000 жж. (written small: бірі Ж. Ходжиев is an initial)
_YEAR_ABBREVIATIONS = {"ж.": Stemmed("жыл", "", "ж."), "жж.": Stemmed("жыл", "лар", "жж.")}
YEAR = or_(
    stem({"жыл"}, exclude=c.NOT_PERIODS),
    custom(lambda t: _YEAR_ABBREVIATIONS.get(t.norm), "year abbreviation", heads=("ж",)),
)
CENTURY = or_(stem({"ғасыр"}), in_({"ғ.": Stemmed("ғасыр", "", "ғ."), "ғғ.": Stemmed("ғасыр", "лар", "ғғ.")}))
BEFORE_ERA = or_(eq(*c.BEFORE_ERA), rule(*(eq(*words) for words in c.BEFORE_ERA_WORDS)))  # б.з.б.
COMMON_ERA = or_(eq(*c.COMMON_ERA), rule(*(eq(*words) for words in c.COMMON_ERA_WORDS)))  # б.з.


def _sun_word(word: str) -> bool:
    """панелі, сәулесінен, панельдері: a sun word possessed (with any ending after the possessive)."""
    for head in c.SUN_WORDS:
        if word.startswith(head):
            tail = word[len(head):]
            for plural in ("", *PLURAL):
                rest = tail[len(plural):] if tail.startswith(plural) else None
                if rest and any(rest.startswith(px) and suffixes.is_ending(rest[len(px):]) for px in POSSESSIVE):
                    return True
    return False


def _not_sun(tokens: Sequence[Token], i: int) -> bool:
    """The period word before `i` is no form of күн "the sun": not before a sun word (күн панелі, күн
    сәулесі) nor, for the genitive күннің, one word later (күннің жылы сәулесі); nor жыл of жыл құсы, a bird."""
    day = tokens[i - 1].norm.lower()
    if day == "жыл" and i < len(tokens) and tokens[i].norm.lower().startswith(c.BIRD):
        return False  # жыл құстары "migratory birds"
    near = tokens[i : i + (2 if day == "күннің" else 1)] if day.startswith("күн") else ()
    return not any(_sun_word(t.norm.lower()) for t in near)


PERIOD_WORD = rule(stem(c.PERIODS, exclude=c.NOT_PERIODS), context(_not_sun)).interpret(lambda found, _: found)
PERIOD = PERIOD_WORD.interpret(lambda found: found.value)
MONTH = stem(c.MONTHS, exclude=c.NOT_MONTHS)
DAY_MONTH = stem(c.MONTHS, exclude=("қазандық*",))  # after a day number қазанда is the month
MONTH_WORD = stem({"ай"}, exclude=c.NOT_PERIODS)  # мамыр айының бірі
DAY_WORD = stem({"күн"}, exclude=c.NOT_PERIODS)  # мамырдың бірі күні
# шілденің 5-жұлдызы, айдың бірінші жұлдызында: the day of the month, possessed (5-жұлдызды "five-star" is an adjective)
DAY_STAR = rule(stem({"жұлдыз"})).interpret(lambda w: w if w.ending.startswith(POSSESSIVE) else None)
# айдың 10-күнінен, мамырдың 5-күні: күн possessed after an ordinal is the day of the month as well
DAY_OF_MONTH = or_(DAY_STAR, rule(DAY_WORD).interpret(lambda w: w if w.ending.startswith(POSSESSIVE) else None))
_SEASON_STEM = stem(c.SEASONS, exclude=c.NOT_SEASONS)
# After a season's final consonant a noun's ending starts with a consonant or ы/і (қысқа, қысы, күзде); another vowel,
# or the у of a verbal noun, is a verb's: қысады, қысатын "presses", күзеді, қысу
_VOWELS = tuple(sorted((VOWELS - {"ы", "і"}) | {"у"}))
_SEASON_NAME = custom(lambda t: found if (found := _SEASON_STEM(t)) and not found.ending.startswith(_VOWELS) else None,
                      "season", heads=_SEASON_STEM.heads)


def _after_genitive(tokens: Sequence[Token], after: int) -> bool:
    """The word before `after` follows a word in the genitive (its possessor)."""
    return after >= 2 and tokens[after - 2].norm.isalpha() and tokens[after - 2].norm.lower().endswith(GENITIVE)


def _beside_season(tokens: Sequence[Token], after: int) -> bool:
    """A season joined to the word before `after` by мен, бен, және (күз бен қысқа, қысқа және көктемге)."""
    i = after - 1

    def season(j: int) -> bool:
        return 0 <= j < len(tokens) and _SEASON_NAME(tokens[j]) is not None

    def joint(j: int) -> bool:
        return 0 <= j < len(tokens) and tokens[j].norm.lower() in c.LIST_JOINTS

    return joint(i - 1) and season(i - 2) or joint(i + 1) and season(i + 2)


SEASON = or_(
    rule(_SEASON_NAME).interpret(lambda found: found.value),
    in_(c.SEASON_ADJECTIVES),
    # қысқа "for winter", not "short": before дайын, дейін (қысқа дайын) or listed with another season (күз бен қысқа)
    rule(eq("қысқа"), context(_beside_season)).interpret(lambda *_: 24),
    rule(eq("қысқа"), ahead(eq(*c.WINTER_AFTER))).interpret(lambda *_: 24),
    rule(eq("жазы"), context(_after_genitive)).interpret(lambda *_: 22),  # Арқаның жазы "the summer of Arqa"
    rule(eq("жазы"), ahead(eq("бойы", "бойына"))).interpret(lambda *_: 22),  # жазы бойы "all summer", as қысы бойы
    # жаздық бидай "summer wheat", as күздік бидай: the adjective before a common noun; the past of жаз- "we wrote" ends
    # its clause (хат жаздық., жаздық та) or comes before whom it addresses (жаздық Президентке)
    rule(eq("жаздық"), ahead(custom(lambda t: True if common_noun(t) else None, "common noun"))).interpret(
        lambda *_: 22),
)
WEEKDAY = rule(stem(c.WEEKDAYS, exclude=c.NOT_WEEKDAYS)).interpret(lambda found: found.value)
SEVERAL = eq(*c.SEVERAL)


def not_season(tokens: Sequence[Token], after: int) -> bool:
    """The month name before `after` is the month, not маусым "season" among the words of one (`SEASON_CUES`):
    өткен маусымда клуб чемпион атанды is the last season; маусым айында is always June."""
    if not tokens[after - 1].norm.lower().startswith("маусым") or after < len(tokens) and MONTH_WORD(tokens[after]):
        return True
    start, end = after - 1, after
    while start > 0 and tokens[start - 1].norm not in (".", "!", "?"):
        start -= 1
    while end < len(tokens) and tokens[end].norm not in (".", "!", "?"):
        end += 1
    return not any(tokens[j].norm.lower().startswith(c.SEASON_CUES) for j in range(start, end) if j != after - 1)


def _not_spent(tokens: Sequence[Token], after: int) -> bool:
    """өткен after a word in the comitative before a count is the participle of өт- (Тоқаевпен өткен тоғыз ай "nine
    months spent with Tokayev"), no "last": its period is a count. A period without a count in a case of time keeps
    "last" (`SHIFT`: Әріптестерімізбен өткен аптада кездестік "we met our colleagues last week", the comitative the
    verb's)."""
    if after < 2 or tokens[after - 1].norm.lower() != "өткен":
        return True
    owner = tokens[after - 2].norm.lower()
    return owner in suffixes.comitatives() or not owner.endswith(tuple(suffixes.comitatives()))


YEAR_SHIFT = in_(c.YEAR_SHIFTS)
SHIFT = in_(c.SHIFTS)
WINDOW = rule(in_(c.WINDOWS), context(_not_spent)).interpret(lambda window, _: window)
DEICTIC = in_(c.DEICTIC)
THIS_YEARS = in_({w: c.DEICTIC[w] for w in c.DEICTIC_ATTRIBUTIVES})  # биылғы 9 айда, биылғы 1-інші сәуірден
UNTIL = in_(c.UNTIL)
BETWEEN = eq(*c.BETWEEN)
AFTER = after_words("DATE")
PART = rule(regex(c.PARTS, heads=("ба", "ор", "со", "ая"))).interpret(lambda m: c.PART_VALUES[m.group(1)])
ROMAN = regex(r"([IVXLCХІ]+)(?:[-–]([IVXLCХІ]+))?(?:-\w+)?", heads="ivxlcхі")  # XX, XV-XVI
# 15.03.2020, 15-03-2020, and ISO 8601's 2020-03-15 (one token, taldau.segment's digit groups)
DATE_TOKEN = regex(r"(?P<d>\d{1,2})([.-])(?P<m>\d{1,2})\2(?P<y>\d{4})(?:-\w+)?|(?P<Y>\d{4})-(?P<M>\d\d)-(?P<D>\d\d)(?:-\w+)?",
                   heads=DIGITS)


def linked(word: Stemmed) -> bool:
    """2001 жылғы, 2013 жылдың: the year governs what follows (a month, a season)."""
    return word.ending.endswith(GENITIVE + ATTRIBUTIVE)


def relative(shift: int | str, unit: str) -> str:
    """A signed ISO 8601 duration from the document's date: (-1, "Y") -> "-P1Y".

    сол "that" points back into the text, not to the document's date: an unknown date, сол жылы -> XXXX.
    """
    if isinstance(shift, str):
        return c.UNKNOWN_DATES.get(unit, "XXXX")
    return f"{'-' if shift < 0 else '+'}P{abs(shift)}{unit}"
