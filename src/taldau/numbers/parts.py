"""Building blocks shared by the quantity grammars: numbers, ranges, qualifiers, and the `Draft` they yield.

    NUMBER   екі жүз он бес | 2,9 | 2 , 9 | бір бүтін оннан тоғыз | 2020-сыншы     -> Number
    RANGE    NUMBER | NUMBER – NUMBER (10 – 15 мың) | NUMBER мен NUMBER          -> Amount
    BEFORE   шамамен, кем дегенде, ең көбі ...                                     -> (approx, bound)
    AFTER    жуық, астам, дейін, шақты ...                                         -> (approx, bound)
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from taldau.doc import Token
from taldau.numbers import lexicon as lx
from taldau.numbers import units as u
from taldau.numbers.composition import compose, several
from taldau.numbers.words import HEADS, Number, read_word, told_downward
from taldau.rules import Rule, behind, context, custom, eq, in_, longest, opt, or_, repeat, rule, stem
from taldau.morph import analyze, suffixes
from taldau.morph.suffixes import is_ending


@dataclass(frozen=True, slots=True)
class Draft:
    """What a grammar found, before it gets its offsets: a Quantity without start, end and text."""

    kind: str
    value: Any
    unit: str | None = None
    approx: bool = False
    bound: str | None = None
    qualifier: str | None = None
    chars: int | None = None  # keep only this many characters of a one-token match: the 9 of 9-орынды
    named: bool = False  # part of a name: a quantity, but no numeric entity (Quantity.named)


@dataclass(frozen=True, slots=True)
class Amount:
    """A number or a range with its qualifiers."""

    number: Number
    high: int | float | None = None
    approx: bool = False
    bound: str | None = None

    @property
    def value(self) -> int | float | list[int | float]:
        return [self.number.value, self.high] if self.high is not None else self.number.value

    def qualified(self, *marks: tuple[bool, str | None] | None) -> Amount:
        """The amount with before/after words applied: шамамен -> approx, астам -> bound min."""
        approx, bound = self.approx or self.number.approx, self.bound
        for mark in marks:
            if mark:
                approx, bound = approx or mark[0], mark[1] or bound
        return replace(self, approx=approx, bound=bound)


_NOT_NUMBER = re.compile(lx.NOT_NUMBER_FAMILIES)
_NOT_NUMBER_START = re.compile(f"{lx.NOT_NUMBER_FAMILIES}|{lx.NOT_NUMBER_STARTS}")


def _number_word(t: Any) -> Any:
    low = t.norm.lower()
    return None if low in lx.NOT_NUMBERS or _NOT_NUMBER_START.fullmatch(low) else read_word(t.norm)


def _inside_number(t: Any) -> Any:
    """A word of a number after its first (бір мың жетпіс бірден): the word list of exclusions does not
    apply, the word families do. Words that cannot be read are turned away on their first letters."""
    low = t.norm.lower()
    if low[:2] not in HEADS and low[:1] not in HEADS:
        return None
    return None if _NOT_NUMBER.fullmatch(low) else read_word(t.norm)


def _decimal_comma(tokens: Sequence[Token], i: int) -> bool:
    """The comma at `i` is not spaced as a list's, glued to the number before it and a space after it (5, 6
    сыныптар; Алматы, 1985, 1-т.): 2,9, KazNERD's 2 , 9, a typed 8 ,5."""
    return 0 < i < len(tokens) - 1 and not (
        tokens[i - 1].end == tokens[i].start and tokens[i].end < tokens[i + 1].start)


_BY_SCORE = "есебімен"  # "with the score": нөл де үш есебімен


def _spoken_point(tokens: Sequence[Token], i: int) -> bool:
    """да, де, та, те between two numbers is a spoken decimal point (үш те бес 3.5), not before a match's score, told the
    same way: нөл де үш есебімен "nil to three" is two counts, as 0 : 3 (KazNERD); екі де бес пайыз есебінен "on
    account of 2.5 %" is a point."""
    j = i + 1
    while j < min(len(tokens), i + 4) and _inside_number(tokens[j]):
        j += 1
    return j == i + 1 or j >= len(tokens) or tokens[j].norm.lower() != _BY_SCORE


NUM_WORD = or_(
    custom(lambda t: None if t.norm == "," or t.norm.lower() in lx.DECIMAL_PARTICLES else _inside_number(t),
           "number-word"),
    rule(context(_decimal_comma), eq(",")).interpret(lambda *_: read_word(",")),
    rule(context(_spoken_point), eq(*lx.DECIMAL_PARTICLES)).interpret(lambda _, word: read_word(word.norm)),
)
NUM_START = custom(lambda t: w if (w := _number_word(t)) and w.role not in ("comma", "particle", "point", "half")
                   else None, "number-start", heads=HEADS)
# A short aside in parentheses: 500 (бес жүз) теңге in legal texts, 2,9 (ыы) процент in transcribed speech.
_ASIDE_WORD = custom(lambda t: True if len(t.norm) <= 12 and (t.norm.islower() or t.norm.isdigit()) else None, "aside")
PAREN = rule(eq("("), repeat(_ASIDE_WORD, 1, 3), eq(")"))
# An abbreviation defined in brackets after its words: 200 айлық есептік көрсеткішке (АЕК) дейін
_ABBREVIATION = custom(lambda t: True if 2 <= len(t.norm) <= 8 and t.norm.isalpha() and t.norm.isupper() else None,
                       "abbreviation")
DEFINED = rule(eq("("), _ABBREVIATION, eq(")"))
_GAP = object()  # the value of an aside inside a number
# Words a number may take after its first: 999 999 999 999 999 in words is 24 (тоғыз жүз тоқсан тоғыз триллион ...
# тоғыз жүз тоқсан тоғыз), and a digit twin's spelled copy of 1 234 567 is 13, past the 12 a million's took
_LONGEST = 29


def _compose(first: Any, rest: list[Any]) -> Number | None:
    """A number's words without the asides between them (жүз жиырма (ііі) мың); none may end it."""
    if rest and rest[-1] is _GAP:
        return None
    return compose([first, *(w for w in rest if w is not _GAP)])


_WORDS = longest(rule(NUM_START, repeat(or_(NUM_WORD, PAREN.interpret(lambda *_: _GAP)), 0, _LONGEST)).interpret(_compose))
NUMBER = or_(_WORDS, rule(in_(lx.SEVERAL), _WORDS).interpret(several))  # бірнеше мың: 2000..9000, approximate
DASH = eq("-", "–", "—", "−")
ABLATIVE = tuple(suffixes.endings("ABL"))
ABLATIVE_TOKEN = custom(lambda t: True if t.norm.lower().endswith(ABLATIVE) else None, "ablative")
# артық "more" also after a dative, which tells the difference: кезеңнен 114 пайызға артық "by 114 % more", no bound
DATIVE = tuple(e for e in suffixes.endings("DAT") if len(e) > 1)  # not the bare -а of балама
DATIVE_TOKEN = custom(lambda t: True if t.norm.lower().endswith(DATIVE) else None, "dative")
AND = eq("мен", "пен", "бен")


def _glued(tokens: Sequence[Token], i: int) -> bool:
    """The hyphen at `i` touches the tokens on both sides: 9-орынды, not 9 - орынды."""
    return 0 < i < len(tokens) - 1 and tokens[i - 1].end == tokens[i].start and tokens[i].end == tokens[i + 1].start


HYPHEN = rule(context(_glued), DASH)  # the hyphen of 2020-жылы, 9-орынды, split off by the tokenizer
# 2020-жылы, 5-мамырда: digits glued to a noun by a hyphen are an ordinal (the written form of 2020-ншы)
GLUED_ORDINAL = rule(NUMBER, HYPHEN).interpret(
    lambda n, _: replace(n, ordinal=True) if not n.ending and isinstance(n.value, int) and n.high is None else None
)


def _range(low: Number, _: Any, high: Number) -> Amount | None:
    """10 – 15 мың: a bare lower end takes the upper end's scale when that keeps the order."""
    if low.ordinal and not high.ordinal or low.ending and not low.ending.startswith("-ақ"):
        return None
    value = low.value
    if low.scale == 1 and high.scale > 1 and value * high.scale < high.value:
        value *= high.scale
    return Amount(replace(high, value=value), high.value) if value < high.value else None


def _downward(low: Number, _: Any, high: Number, __: Any) -> Amount | None:
    """үш – екі адам "two or three people": neighbours told downward in speech are one vague count."""
    return Amount(high, low.value) if told_downward(low.value, high.value) and not low.ending else None


def common_noun(token: Token) -> str | None:
    """The lemma of a common noun: a word in lower case whose first reading (the tagger's, or on plain tokens
    taldau.morph's) is a NOUN; None for a name, a verb or a sign."""
    if not token.norm.isalpha() or not token.norm[:1].islower():
        return None
    readings = token.analyses or analyze(token.norm.lower())
    return readings[0].lemma if readings and readings[0].upos == "NOUN" else None


def _counted_downward(tokens: Sequence[Token], i: int) -> bool:
    """Words tell a vague count downward (үш-екі, үш – екі); digits only before what they count (3 – 2 адам): 9 – 8
    ұпаймен, Финалда 4 – 3., 3 – 2 ұтты are a match's score, two counts."""
    if not tokens[i - 1].norm[:1].isdigit():
        return True
    lemma = common_noun(tokens[i]) if i < len(tokens) else None
    return lemma is not None and lemma not in u.SCORED


def _single(number: Number) -> Amount:
    return Amount(number, number.high, number.approx)  # жүздеген, бірнеше мың: approximate


def _from_to(low: Number, high: Number) -> Amount | None:
    """3-тен 6 ай аралығында, жеті жүзден екі мың АЕК-ке дейін: "from" is the ablative."""
    if not low.ending.endswith(ABLATIVE) or low.ordinal or high.ordinal or low.value >= high.value:
        return None
    return Amount(replace(high, value=low.value), high.value)


def _measure_until(tokens: Sequence[Token], i: int) -> bool:
    """A word of measure, money or percent closed by дейін or шейін: 90-нан 60 шақырымға дейін, 500-ден 300 АҚШ
    долларына дейін; not a counted noun (40 мыңнан 20 мың адамға дейін stays two counts, as KazNERD labels it)."""
    return any(tokens[j + 1].norm.lower() in _UNTIL and tokens[j].norm.lower().startswith(_MEASURES)
               for j in range(i, min(i + 2, len(tokens) - 1)))


def _from_down_to(low: Number, high: Number, _: Any) -> Amount | None:
    """90-нан 60 шақырымға дейін "from 90 down to 60": with дейін a pair told downward is a range too, which
    without it may be a fraction (оннан бір "one in ten")."""
    if not low.ending.endswith(ABLATIVE) or low.ordinal or high.ordinal or low.value <= high.value:
        return None
    return Amount(high, low.value)


_UNTIL = ("дейін", "шейін")
_MEASURES = tuple(u.PERCENT_WORDS | u.PERCENT_SIGNS | u.CURRENCIES.keys() | u.UNITS.keys())
RANGE = or_(
    rule(NUMBER, DASH, NUMBER).interpret(_range),  # 10 – 15, екі – үш
    rule(NUMBER, AND, NUMBER).interpret(_range),  # үш пен жеті, 3 пен 5
    rule(NUMBER, or_(DASH, AND), NUMBER, context(_counted_downward)).interpret(_downward),  # үш – екі, 3 – 2 адам
    rule(NUMBER, NUMBER).interpret(_from_to),  # 3-тен 6
    rule(NUMBER, NUMBER, context(_measure_until)).interpret(_from_down_to),  # 90-нан 60 шақырымға дейін
    NUMBER.interpret(_single),
)
# An amount before its unit, maybe with an aside: 97,2 миллион (ты) теңгені, 500 (бес жүз) теңге.
AMOUNT = rule(RANGE, opt(PAREN)).interpret(lambda amount, _: amount)

# A genitive or ablative before көбі makes it "most of" or "more than": олардың көбі 40 жаста,
# жартысынан көбі; alone or after ең it is "at most": ең көбі 40, кемі 10, көбі 18 пайыз.
_HOLDER_ENDINGS = ABLATIVE + tuple(suffixes.endings("GEN"))
_HOLDER = custom(lambda t: True if t.norm.lower().endswith(_HOLDER_ENDINGS) else None, "genitive or ablative")
_AT_MOST = "көбі"
# шамамен, кемінде, ең кемі, кем дегенде, ең көп дегенде
_BEFORE_WORD = or_(
    rule(opt(eq("ең")), in_({w: v for w, v in u.BEFORE.items() if w != _AT_MOST})).interpret(lambda _, mark: mark),
    rule(or_(eq("ең"), behind(_HOLDER, negate=True)), eq(_AT_MOST)).interpret(lambda _, __: u.BEFORE[_AT_MOST]),
    rule(eq("ең"), eq("азы")).interpret(lambda *_: (False, "min")),  # ең азы 10 "at least ten" (азы alone: "the few")
    rule(opt(eq("ең")), eq("кем", "аз", "көп"), eq("дегенде")).interpret(
        lambda _, word, __: (False, u.BEFORE_PAIRS[(word.norm.lower(), "дегенде")])
    ),
)
# two of them stack: шамамен тең жартысы, кем дегенде шамамен 100 (approximate if either is, the last bound)
BEFORE = repeat(_BEFORE_WORD, 1, 2).interpret(
    lambda marks: (any(m[0] for m in marks), next((m[1] for m in reversed(marks) if m[1]), None))
)
def after_words(label: str | None = None) -> Rule:
    """Words after an amount (жуық, астам, шақты, дейін) without those KazNERD keeps out of `label`.

    Comparatives (жоғары, төмен, кем) count only after an ablative: 25-тен төмен, not 39 жоғары оқу орны.
    """
    excluded = u.AFTER_EXCLUDED.get(label or "", frozenset())
    plain = {w: v for w, v in u.AFTER.items() if w not in excluded and w not in u.COMPARATIVES}
    compared = {w: v for w, v in u.AFTER.items() if w not in excluded and w in u.COMPARATIVES}
    words = or_(
        in_(plain),
        rule(behind(ABLATIVE_TOKEN), in_(compared)).interpret(lambda _, mark: mark),
        rule(behind(DATIVE_TOKEN), eq("артық", "артығырақ")).interpret(lambda *_: (False, None)),  # in the span
        rule(behind(ABLATIVE_TOKEN), eq("көбі", "көбін", "көбіне", "көбірек")).interpret(lambda *_: (False, "min")),
        # 300 мыңға кем дегенде "at least 300 thousand": the before-words pair, said after the amount
        rule(eq(*{a for a, _ in u.BEFORE_PAIRS}), eq("дегенде")).interpret(
            lambda word, _: (False, u.BEFORE_PAIRS[(word.norm.lower(), "дегенде")])
        ),
        rule(stem({w: v for w, v in u.AFTER_STEMS.items() if w not in excluded}, exclude=u.NOT_AFTER)).interpret(
            lambda found: found.value
        ),
    )
    # 400-ге (жу) жуық; 200 айлық есептік көрсеткішке (АЕК) дейін
    return or_(words, rule(or_(PAREN, DEFINED), words).interpret(lambda _, mark: mark),
               rule(context(_after_range), eq(*_INTERVAL)).interpret(lambda *_: (False, None)))


# 5 пен 10 пайыз аралығында, 100 – 200 мың теңге аралығында: the interval word closes a range of amounts, as KazNERD's
# guidelines (section V) draw it; after one amount it is no part of it (екеуінің аралығында "between the two")
_INTERVAL = ("аралығында", "аралығындағы")
_DASHES = frozenset({"-", "–", "—"})


_RANGE_TOKEN = re.compile(r"\d[-–—]\d")  # 5-10, 5-10%: a range written as one token


def _after_range(tokens: Sequence[Token], i: int) -> bool:
    """A range of amounts ends before i: a dash or мен after a number (5 пен 10 пайыз; not Ауыл мен қала арасындағы 30
    шақырым, one amount), or a range in one token."""
    start = max(0, i - 5)
    return any(_RANGE_TOKEN.search(tokens[k].norm) or k > start and _joins_numbers(tokens[k], tokens[k - 1])
               for k in range(start, i))


def _joins_numbers(word: Token, before: Token) -> bool:
    return (word.norm in _DASHES or word.norm.lower() in suffixes.comitatives()) \
        and (before.norm[:1].isdigit() or read_word(before.norm.lower()) is not None)


AFTER = after_words()


def _inner_agrees(tokens: Sequence[Token], i: int) -> bool:
    """The number before the inner word is in the case that word asks: мыңнан астам, елуге тарта, он шақты."""
    if i >= len(tokens):
        return False
    case = u.INNER_CASES.get(tokens[i].norm.lower())
    before = tokens[i - 1].norm.lower() if i else ""
    if case is None:
        return not before.endswith(ABLATIVE + DATIVE)
    return before.endswith(ABLATIVE if case == "ABL" else DATIVE)


INNER = rule(context(_inner_agrees), in_(u.INNER)).interpret(lambda _, mark: mark)  # он шақты жыл, мыңнан астам тонна
HALF_AFTER = stem({lx.HALF})  # бір жыл жарым, үш сағат жарым: "and a half" after a unit


def with_half(amount: Amount) -> Amount | None:
    """The count with a half added (бір жыл жарым: 1.5 years); None for a range."""
    return None if amount.high is not None else replace(amount, number=replace(amount.number,
                                                                             value=amount.number.value + 0.5))
# a bare ending as a token: the ке of "30%-ке", which the tokenizer splits into %, -, ке
ENDING_WORD = custom(lambda t: True if t.norm.isalpha() and is_ending(t.norm.lower()) else None, "ending")
