"""The gates only skip work: a node a gate turns away would have found nothing there.

Checked node by node over the quantities' whole grammar, on word sequences written here (numbers,
dates, units, clock words and ordinary words): when a node's first-token or second-token gate says no,
matching the node without its gates finds no match either. Each node's matching relies on its
parts' gates, so node by node this covers the grammar.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from taldau.doc import Token
from taldau.numbers.extraction import parser
from taldau.rules.gates import FIRST, SECOND
from taldau.rules.grammar import Rule

WORDS = (
    "екі жүз он бес мың бір бірінші үшінші жиырма 2020 2020-жылы 5-і 1998-2002 15 3,5 , ( ) - – мен және "
    "жыл жылы жылдың жылғы жылдары ғасыр ғасырдың ай айы айында қаңтар наурызда мамырдың қазан тоқсанда "
    "сағат сағ минут таңғы түнде бүгін кеше өткен осы биыл келесі дейін бері аралығында шамамен жуық астам "
    "теңге долларға пайыз процент тонна км адам бала кітап үй келді болды жаста жасқа жастан ХХ IV"
).split()


def _tokens(words: list[str]) -> list[Token]:
    out, pos = [], 0
    for word in words:
        out.append(Token(word, pos, pos + len(word), word))
        pos += len(word) + 1
    return out


def _nodes() -> list[Rule]:
    seen: dict[int, Rule] = {}
    todo = [r for _, r in parser().rules]
    while todo:
        node = todo.pop()
        if id(node) not in seen:
            seen[id(node)] = node
            todo.extend(node.children())
    # a sequence only its interpretation calls answers through it (same gates): a predicate's `heads` may
    # promise what the interpretation keeps (months in "қаңтар-наурыз"), not every text the pattern takes
    return [n for n in seen.values() if (n._gate is not None or n._seconds is not None) and n.memoised]


NODES = _nodes()


def test_the_grammar_has_gates() -> None:
    assert len([n for n in NODES if n._second is not None]) > 20
    assert len([n for n in NODES if n._gate is not None]) > 100


def test_the_first_word_narrows_the_second_gate() -> None:
    """A date may start with "бұл" or with a number; after "бұл" only a date word may follow (бұл айда),
    so "бұл жерде" is turned away on its second word, while a number may end a date alone (2017-де)."""
    date = dict(parser().rules)["date"]
    this, number = (FIRST.of(t) for t in _tokens(["бұл", "екі"]))
    after_this = date.second(this)
    assert after_this is not None
    # no gate for every first token: a date may be one word (бүгін "today"), found at the end of the text
    assert [end for end, _ in date.match(_tokens(["бүгін"]), 0)] == [1]
    assert SECOND.of(_tokens(["айда"])[0]) & after_this and not SECOND.of(_tokens(["жерде"])[0]) & after_this
    assert date.second(number) is None


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=6))
def test_a_node_turned_away_finds_nothing(words: list[str]) -> None:
    tokens = _tokens(words)
    for node in NODES:
        for i in range(len(tokens)):
            bits = FIRST.of(tokens[i])
            first_ok = node._gate is None or bool(bits & node._gate)
            second = node.second(bits)  # the second-token gate told apart by the first token's classes
            second_ok = second is None or (i + 1 < len(tokens) and bool(SECOND.of(tokens[i + 1]) & second))
            if not (first_ok and second_ok):
                assert not [end for end, _ in node._match(tokens, i, {}) if end > i], (node, words, i)
