"""The rule engine on small grammars of its own, as (grammar, text, expected matches) tables."""
from __future__ import annotations

import pytest

from taldau.doc import Token
from taldau.rules import Parser, Stemmed, ahead, behind, context, eq, in_, longest, opt, or_, regex, repeat, rule
from taldau.rules import DIGITS, custom, shape, stem
from taldau.morph.suffixes import is_ending, split_stem
from taldau.rules.gates import Gate


def tokens(text: str) -> list[Token]:
    out, pos = [], 0
    for word in text.split():
        start = text.index(word, pos)
        out.append(Token(word, start, start + len(word), word))
        pos = start + len(word)
    return out


def found(grammar, text: str) -> list[tuple[str, object]]:
    toks = tokens(text)
    return [(" ".join(t.text for t in toks[m.start : m.end]), m.value)
            for m in Parser([("x", grammar)]).findall(toks)]


DIGIT = regex(r"\d+")
CURRENCY = stem({"доллар": "USD", "теңге": "KZT"})
NUMBER = rule(DIGIT).interpret(lambda m: int(m.group(0)))
SUM = longest(repeat(NUMBER, 1, 4)).interpret(sum)

CASES = [
    # a sequence with an interpretation
    (rule(NUMBER, CURRENCY).interpret(lambda n, c: (n, c.value)), "бұл 20 долларға тұрады",
     [("20 долларға", (20, "USD"))]),
    # stem + ending, any harmony variant, and no match on a word that only starts like the stem
    (rule(CURRENCY).interpret(lambda c: (c.value, c.ending)), "теңгеден долларлар доллары долларшы",
     [("теңгеден", ("KZT", "ден")), ("долларлар", ("USD", "лар")), ("доллары", ("USD", "ы"))]),
    # an optional part gives None when absent
    (rule(opt(eq("шамамен")), NUMBER).interpret(lambda a, n: (a is not None, n)), "шамамен 5 және 6",
     [("шамамен 5", (True, 5)), ("6", (False, 6))]),
    # alternatives: the longest match wins
    (or_(NUMBER, rule(NUMBER, eq("мың")).interpret(lambda n, _: n * 1000)), "5 мың және 7",
     [("5 мың", 5000), ("7", 7)]),
    # repetition with longest()
    (SUM, "1 2 3 және 4", [("1 2 3", 6), ("4", 4)]),
    # an interpretation returning None rejects that way of matching
    (rule(NUMBER).interpret(lambda n: n if n < 100 else None), "5 500 50", [("5", 5), ("50", 50)]),
    # lookahead and lookbehind take no token
    (rule(NUMBER, ahead(eq("адам"))).interpret(lambda n, _: n), "5 адам 6 үй", [("5", 5)]),
    (rule(behind(eq("жасы")), NUMBER).interpret(lambda _, n: n), "жасы 57 және 8", [("57", 57)]),
    (rule(behind(eq("№"), negate=True), NUMBER).interpret(lambda _, n: n), "№ 5 және 6", [("6", 6)]),
    # context sees the whole token list
    (rule(context(lambda t, i: i == 0), NUMBER).interpret(lambda _, n: n), "5 және 6", [("5", 5)]),
    # in_ gives the mapped value, shape the token
    (rule(in_({"бүгін": "+P0D", "кеше": "-P1D"})), "кеше және бүгін", [("кеше", ("-P1D",)), ("бүгін", ("+P0D",))]),
    (rule(shape("X")).interpret(lambda t: t.text), "АҚШ пен ҚР", [("АҚШ", "АҚШ"), ("ҚР", "ҚР")]),
    # predicates combine
    (rule(DIGIT | eq("бес")).interpret(lambda v: v.text if isinstance(v, Token) else v.group(0)), "бес 6 жеті",
     [("бес", "бес"), ("6", "6")]),
    # a choice tries the alternatives each token can start; one part shared by two of them
    (or_(rule(NUMBER, eq("жыл")).interpret(lambda n, _: ("year", n)), rule(eq("жыл"), NUMBER).interpret(
        lambda _, n: ("after", n)), NUMBER), "5 жыл және жыл 6 7", [("5 жыл", ("year", 5)), ("жыл 6", ("after", 6)),
                                                                    ("7", 7)]),
]


@pytest.mark.parametrize(("grammar", "text", "expected"), CASES)
def test_grammar(grammar, text: str, expected: list) -> None:
    assert found(grammar, text) == expected


@pytest.mark.parametrize(("tail", "ok"), [
    ("", True), ("ға", True), ("ларындағы", True), ("дардың", True), ("-ке", True), ("ыншыға", True),
    ("еуі", True), ("даған", True), ("-ақ", True), ("қатар", False), ("нға", False), ("xyz", False),
])
def test_ending(tail: str, ok: bool) -> None:
    assert is_ending(tail) is ok


@pytest.mark.parametrize(("word", "expected"), [
    ("пайызға", ("пайыз", "ға")), ("процентін", ("процент", "ін")), ("пайызшы", None), ("пайыз", ("пайыз", "")),
])
def test_split_stem(word: str, expected) -> None:
    assert split_stem(word, {"пайыз", "процент"}) == expected


def test_stem_exclusions() -> None:
    winter = stem({"қыс": 24}, exclude=("қысқа*", "қысым"))
    values = [winter(t) for t in tokens("қыста қысқа қысқаша қысым")]
    assert values == [Stemmed(24, "та", "қыс"), None, None, None]


def test_parser_reports_the_rule_and_prefers_the_first_on_ties() -> None:
    parser = Parser([("a", NUMBER), ("b", rule(DIGIT).interpret(lambda m: "b"))])
    assert [(m.rule, m.value) for m in parser.findall(tokens("7"))] == [("a", 7)]
    assert [m.rule for m in parser.matches_at(tokens("7"), 0)] == ["a", "b"]


@pytest.mark.parametrize(("text", "ok"), [
    ("2020", True), ("жылы", True), ("Жылдар", True), ("бала", False), ("жылқы", False), ("%", False),
])
def test_gate(text: str, ok: bool) -> None:
    gate = Gate(frozenset({regex(r"\d+", heads=DIGITS), stem({"жыл"}, exclude=("жылқы",))}))
    assert gate(tokens(text)[0]) is ok


def test_gate_runs_only_predicates_whose_heads_fit() -> None:
    seen: list[str] = []
    spy = custom(lambda t: seen.append(t.text), "spy", heads={"ab"})
    gate = Gate(frozenset({spy}))
    assert [gate(t) for t in tokens("xyz abc abc")] == [False, False, False]
    assert seen == ["abc"]  # xyz turned away on its first letters; abc tested once, then cached


def test_a_test_of_more_than_the_norm_gates_by_its_heads() -> None:
    """A minus sign written on its number (-15) reads the space after it, which a word's cached classes cannot
    answer; its heads can: a rule starting with it gets a gate, turns away words of other beginnings and still
    tests the space where the heads fit."""
    minus = custom(lambda t: True if t.norm == "-" and not t.space_after else None, "minus", False, {"-"})
    signed = rule(minus, NUMBER).interpret(lambda _, n: -n)
    text = "бала -15 және - 15"
    toks = tokens(text)
    toks[1] = Token("-", 5, 6, "-", space_after=False)  # -15: the sign on its number, as the tokenizer splits it
    toks.insert(2, Token("15", 6, 8, "15"))
    assert signed.compile()._gate is not None
    assert [(m.start, m.end, m.value) for m in Parser([("x", signed)]).findall(toks)] == [(1, 3, -15)]
