"""Grammars for ages: 24 жастағы, үш жасар, жасы 57-де, елуге жуық жастағы, жетпіске толды (P24Y, unit age), and a
thing's anniversary: алдағы 25 жылдығын (P25Y)."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from taldau.doc import Token
from taldau.morph import suffixes
from taldau.numbers import calendar as c
from taldau.numbers.parts import (
    ABLATIVE,
    AND,
    BEFORE,
    DATIVE,
    INNER,
    NUMBER,
    RANGE,
    Amount,
    Draft,
)
from taldau.numbers.periods import durations
from taldau.numbers.timewords import AFTER, UNTIL
from taldau.rules import (
    Stemmed,
    ahead,
    context,
    eq,
    in_,
    opt,
    or_,
    regex,
    repeat,
    rule,
    stem,
)

ACCUSATIVE = tuple(suffixes.endings("ACC"))
GENITIVE = tuple(suffixes.endings("GEN"))


def _age(amount: Amount, until: str | None = None) -> Draft:
    return Draft("duration", durations(amount, "Y"), "age", amount.approx, until or None)


def _after_age(tokens: Sequence[Token], i: int) -> bool:
    """жасы 57-де, жасы қазір 80-нен асқан, жас мөлшері 18-ге дейін: the number says how old."""
    before = [t.norm.lower() for t in tokens[max(0, i - 2) : i]]
    if before and before[-1] in c.AGE_SUBJECTS:
        return True
    return len(before) == 2 and before[1] in c.AGE_BETWEEN and (before[0] in c.AGE_SUBJECTS or before[0] == c.AGE)


OLDEST = 120
_DECADES = frozenset(range(20, OLDEST, 10))


_NEXT_DECADE = NUMBER.interpret(lambda n: n if n.ending.endswith(DATIVE) and n.high is None and n.value in _DECADES else None)


def _qualified_age(before: Any, amount: Amount, mark: Any, _: Any, until: str | None) -> Draft | None:
    """шамамен 40 жастағы, елуге тарта жаста, кем дегенде 18 жасқа: a qualifier before the number or between it and
    жас is the age's, as it is a duration's (шамамен 5 жыл, кем дегенде үш жыл: in KazNERD's DATE span)."""
    if before is None and mark is None:
        return _age(amount, until)
    bound = until or mark and mark[1] or before and before[1]
    return _age(amount.qualified(before, mark), bound) if amount.number.value <= OLDEST else None


def _listed_ages(first: Any, more: list[Any], word: Stemmed) -> Draft | None:
    """1 және 6 жастағы, 3, 5 және 7 жасқа: ages that share their жас, as listed years share their жыл."""
    ages = [first.value, *(n.value for _, n in more)]
    ok = word.ending and all(isinstance(a, int) and 0 < a <= OLDEST for a in ages) and ages == sorted(set(ages)) \
        and not any(n.ordinal or n.ending for n in [first, *(n for _, n in more)])
    return Draft("duration", "{" + ",".join(f"P{a}Y" for a in ages) + "}", "age") if ok else None


AGE = or_(
    rule(NUMBER, repeat(rule(or_(eq(",", "және"), AND), NUMBER), 1, 4), stem({c.AGE}, exclude=c.NOT_AGES)).interpret(
        _listed_ages
    ),
    # 24 жастағы; елуге жуық жастағы, 30-дан астам жаста, шамамен 40 жастағы: a qualified age (жас in a case, not жас
    # "young people": 500-ге жуық жас)
    rule(opt(BEFORE), RANGE, opt(INNER), stem({c.AGE}, exclude=c.NOT_AGES), opt(UNTIL)).interpret(_qualified_age),
    # 15 пен 29 жас аралығында; қырық жас шамасындағы "about forty years old"
    rule(RANGE, eq(c.AGE), or_(in_(c.UNTIL), in_({w: "about" for w in c.ABOUT_AGE}))).interpret(
        lambda a, _, until: _age(a.qualified((True, None))) if until == "about" else _age(a, until)
    ),
    rule(RANGE, in_(c.UNTIL), ahead(eq(c.AGE))).interpret(  # 20 – 30 аралығындағы жас
        lambda a, until, _: _age(a, until)
    ),
    rule(opt(BEFORE), RANGE, eq(c.AGE + "ар")).interpret(  # үш жасар, шамамен он жасар
        lambda before, a, _: _age(a.qualified(before), before and before[1])),
    rule(context(_after_age), RANGE, opt(eq(c.AGE)), opt(AFTER)).interpret(  # жасы 63 жас, жасы 80-нен асқан
        lambda _, a, __, after: _age(a, after and after[1])
    ),
    # тоқсан жас толды, жетпіске толды "turned seventy": the count of a birthday (зал екі жүзге толды is no age)
    rule(RANGE, opt(eq(c.AGE)), ahead(regex(r"(?i)тол(ды|ған|ып|са|ады|атын|мағ)\w*", heads=("то",)))).interpret(
        lambda a, age, _: _age(a) if age or a.number.ending.endswith(DATIVE) and a.number.value <= OLDEST else None
    ),
    rule(RANGE, ahead(rule(eq("асқан"), regex(c.OLD_AGE_WORDS, heads=("ша", "қа", "ақ", "зе"))))).interpret(
        lambda a, _: _age(a, "min") if a.number.ending.endswith(ABLATIVE) and a.number.value <= OLDEST
        else None
    ),
    # сексеннен асып, тоқсанға таяп қалған қариялар "elders past eighty, nearing ninety": past one age towards the next
    rule(RANGE, ahead(rule(eq("асып"), opt(eq(",")), _NEXT_DECADE, eq(*c.NEARING)))).interpret(
        lambda a, _: _age(a, "min") if a.number.ending.endswith(ABLATIVE) and a.number.value <= OLDEST else None
    ),
    # отызға таяған жігіт "a man nearing thirty": a round decade in the dative before таяған, таяп (қалған)
    rule(RANGE, ahead(eq(*c.NEARING))).interpret(
        lambda a, _: _age(a) if a.number.ending.endswith(DATIVE) and a.high is None and a.number.value in _DECADES
        else None
    ),
    # жетпістің жотасына шыққан "who has climbed the ridge of seventy": a round decade in the genitive before a summit
    rule(RANGE, ahead(regex(c.AGE_HEIGHTS, heads=c.AGE_HEIGHT_HEADS))).interpret(
        lambda a, _: _age(a) if a.number.ending.lstrip("-").endswith(GENITIVE) and a.high is None
        and a.number.value in _DECADES else None
    ),
    # алпысты алқымдаған "nearing sixty": this verb tells nothing but an age
    rule(RANGE, ahead(regex(r"(?i)алқымда\w*", heads=("ал",)))).interpret(
        lambda a, _: _age(a) if a.number.ending.lstrip("-").endswith(ACCUSATIVE) and a.number.value <= OLDEST else None
    ),
)

# алдағы 25 жылдығын, сексен жылдығына: the years a thing turns (a named owner's makes it an EVENT: context.anniversary)
ANNIVERSARY = rule(opt(in_({"алдағы": "next", "келесі": "next"})), RANGE, regex(c.ANNIVERSARY, heads=("жы",))).interpret(
    lambda lead, a, _: None if a.number.ordinal or a.number.ending or a.high is not None
    else Draft("duration", durations(a, "Y"), None, a.approx, None, lead)
)
