"""Looking around the current position without taking a token: `ahead`, `behind`, `context`.

    rule(NUMBER, ahead(eq("адам")))       # 5 before адам
    rule(behind(eq("жасы")), NUMBER)       # 57 after жасы
    rule(context(_glued), DASH)            # a hyphen touching the tokens on both sides

They take no token, so they never start a match: the gates (`Rule.first`, `Rule.pairs`) pass over them.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from taldau.doc import Token
from taldau.rules.grammar import NOTHING, Found, Memo, Pairs, Rule, Tests
from taldau.rules.predicates import Predicate


class Look(Rule):
    """A zero-width test at the current position (a rule or predicate, offset 0) or of the token before it."""

    nullable = zero_width = True

    def __init__(self, part: Rule | Predicate, offset: int, negate: bool) -> None:
        self.part, self.offset, self.negate = part, offset, negate

    def match(self, tokens: Sequence[Token], i: int, memo: Memo | None = None) -> Found:
        j = i + self.offset
        if isinstance(self.part, Rule):
            hit = bool(self.part.match(tokens, j, memo)) if 0 <= j <= len(tokens) else False
        else:
            hit = 0 <= j < len(tokens) and self.part(tokens[j]) is not None
        return [(i, None)] if hit != self.negate else NOTHING

    def children(self) -> Sequence[Rule]:
        return (self.part,) if isinstance(self.part, Rule) else ()

    def first(self) -> set[Predicate] | None:
        return set()

    def pairs(self, follow: Tests) -> Pairs:
        return {}


class Context(Rule):
    """A zero-width test of the whole position: `fn(tokens, i) -> bool`."""

    nullable = zero_width = True

    def __init__(self, fn: Callable[[Sequence[Token], int], bool]) -> None:
        self.fn = fn

    def match(self, tokens: Sequence[Token], i: int, memo: Memo | None = None) -> Found:
        return [(i, None)] if self.fn(tokens, i) else NOTHING

    def first(self) -> set[Predicate] | None:
        return set()

    def pairs(self, follow: Tests) -> Pairs:
        return {}


def ahead(part: Rule | Predicate, negate: bool = False) -> Rule:
    """What follows matches `part` (or, with negate, does not); nothing is consumed."""
    return Look(part, 0, negate)


def behind(predicate: Predicate, negate: bool = False) -> Rule:
    """The previous token satisfies `predicate` (or, with negate, does not, or there is none)."""
    return Look(predicate, -1, negate)


def context(fn: Callable[[Sequence[Token], int], bool]) -> Rule:
    """A test of the tokens around the current position, `fn(tokens, i)`; nothing is consumed."""
    return Context(fn)
