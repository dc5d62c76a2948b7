"""Grammar combinators: the nodes that combine parts, in the spirit of natasha's yargy.

    AMOUNT = rule(NUMBER, opt(SCALE)).interpret(lambda number, scale: ...)
    MONEY = rule(opt(APPROX), AMOUNT, CURRENCY).interpret(money)

`rule` is a sequence, `or_` a choice, `opt` an optional part, `repeat` a bounded repetition,
`longest` keeps only a part's longest match; `ahead`, `behind` and `context` (`taldau.rules.lookaround`)
look around the current position without taking any token. Matching
is exhaustive: every way a rule can match at a position is kept, with its value, and the parser
takes the longest. The value of a predicate is what it returned (the token itself for plain tests),
of a sequence the tuple of its parts' values, of `opt` the value or None, of `repeat` a list.
`.interpret(fn)` maps the value (a sequence's parts become arguments); returning None rejects
that way of matching, which is how a grammar says "these words are not one number".

The combinators are apart from the node they build on (`taldau.rules.grammar`): each is one way of combining
parts, with its own match, first tokens and pairs, and a new one touches none of the others.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any

from taldau.cache import Recent
from taldau.doc import Token
from taldau.rules.gates import FIRST, SECOND
from taldau.rules.grammar import (
    NOTHING,
    Found,
    Interpretation,
    Memo,
    Pairs,
    Rule,
    Term,
    Tests,
    Wrapper,
)
from taldau.rules.predicates import Predicate

_end = itemgetter(0)  # of an (end, value)


def _union(a: Tests, b: Tests) -> Tests:
    return None if a is None or b is None else a | b


def _merge(*found: Pairs) -> Pairs:
    out: Pairs = {}
    for pairs in found:
        for predicate, tests in pairs.items():
            out[predicate] = _union(out[predicate], tests) if predicate in out else tests
    return out


def _first_of(parts: Sequence[Rule], follow: Tests) -> Tests:
    """What the first token taken by `parts` (or, if they may take none, by what follows) must satisfy."""
    out: set[Predicate] = set()
    for part in parts:
        if part.zero_width:
            continue
        found = part.first()
        if found is None:
            return None
        out |= found
        if not part.nullable:
            return out
    return _union(out, follow)



def _node(part: Rule | Predicate) -> Rule:
    return part if isinstance(part, Rule) else Term(part)


class Sequence_(Rule):
    """Parts one after another."""

    def __init__(self, parts: Sequence[Rule | Predicate]) -> None:
        self.parts = [_node(p) for p in parts]
        self.nullable = all(p.nullable for p in self.parts)

    def children(self) -> Sequence[Rule]:
        return self.parts

    def _match(self, tokens: Sequence[Token], i: int, memo: Memo) -> Found:
        states: list[tuple[int, tuple[Any, ...]]] = [(i, ())]
        for part in self.parts:
            if len(states) == 1:  # one way so far (the usual case): a part that fails here ends it, no list made
                pos, values = states[0]
                found = part.match(tokens, pos, memo)
                if not found:
                    return NOTHING
                if len(found) == 1:  # and one way on
                    end, value = found[0]
                    states = [(end, values + (value,))]
                else:
                    states = [(end, values + (value,)) for end, value in found]
                continue
            states = [(end, values + (value,)) for pos, values in states
                      for end, value in part.match(tokens, pos, memo)]
            if not states:
                return NOTHING
        return states  # type: ignore[return-value]

    def first(self) -> set[Predicate] | None:
        if self._first is False:  # the parts never change: work it out once
            self._first = _first_of(self.parts, None)
        return self._first  # type: ignore[return-value]

    def pairs(self, follow: Tests) -> Pairs:
        found = []
        for k, part in enumerate(self.parts):  # the first token is taken by this part, the earlier ones took none
            found.append(part.pairs(_first_of(self.parts[k + 1 :], follow)))
            if not part.nullable:
                break
        return _merge(*found)

    def interpret(self, fn: Callable[..., Any]) -> Rule:
        self.memoised = False
        return Interpretation(self, lambda values: fn(*values))


class Choice(Rule):
    """The first, second, ... alternative; all that match are kept."""

    def __init__(self, alternatives: Sequence[Rule | Predicate]) -> None:
        self.alternatives = [_node(a) for a in alternatives]
        self.nullable = any(a.nullable for a in self.alternatives)
        # a word's classes -> the alternatives it may start, each with the classes its next word must have
        # (None: any) and whether it can be matched at once (it has passed its gates here)
        self._by_bits: Recent[tuple[tuple[Rule, int | None, bool], ...]] = Recent()

    def children(self) -> Sequence[Rule]:
        return self.alternatives

    def _match(self, tokens: Sequence[Token], i: int, memo: Memo) -> Found:
        n = len(tokens)
        if i >= n:
            return [found for a in self.alternatives for found in a.match(tokens, i, memo)]
        words = FIRST.words.recent
        bits = words.get(tokens[i].norm)
        if bits is None:
            bits = FIRST.of(tokens[i])
        alternatives = self._by_bits.recent.get(bits)
        if alternatives is None:
            alternatives = self._by_bits.get(bits)
        if alternatives is None:
            alternatives = self._by_bits.put(bits, self._alternatives(bits))
        out: list[tuple[int, Any]] = []
        after = -1  # the next word's classes, once asked
        for a, second, direct in alternatives:
            if second is not None:
                if after == -1:
                    after = 0
                    if i + 1 < n:
                        after = SECOND.words.recent.get(tokens[i + 1].norm)
                        if after is None:
                            after = SECOND.of(tokens[i + 1])
                if not after & second:
                    continue
            if not direct:
                out += a.match(tokens, i, memo)
            elif a.memoised:  # Rule.match without the gates
                found = memo.get(a._key + i)
                if found is None:
                    found = memo[a._key + i] = a._match(tokens, i, memo)
                out += found
            else:
                out += a._match(tokens, i, memo)
        return out or NOTHING

    def _alternatives(self, bits: int) -> tuple[tuple[Rule, int | None, bool], ...]:
        """The alternatives whose first gate lets a word of classes `bits` through."""
        alternatives = (a.compile() for a in self.alternatives)
        return tuple((a, a.second(bits), type(a).match is Rule.match) for a in alternatives
                     if a._gate is None or bits & a._gate)  # type: ignore[operator]

    def first(self) -> set[Predicate] | None:
        if self._first is False:  # the alternatives never change: work it out once
            found = [a.first() for a in self.alternatives]
            self._first = None if None in found else set().union(*found)  # type: ignore[arg-type]
        return self._first  # type: ignore[return-value]

    def pairs(self, follow: Tests) -> Pairs:
        return _merge(*(a.pairs(follow) for a in self.alternatives))


class Optional_(Wrapper):
    """The part or nothing (value None)."""

    nullable = True

    def __init__(self, part: Rule | Predicate) -> None:
        self.part = _node(part)

    def match(self, tokens: Sequence[Token], i: int, memo: Memo | None = None) -> Found:
        # not memoised: the part is, and this adds one item to its answer
        return [*self.part.match(tokens, i, memo), (i, None)]


class Repeat(Wrapper):
    """The part `low` to `high` times; the value is the list of the parts' values."""

    def __init__(self, part: Rule | Predicate, low: int, high: int) -> None:
        self.part, self.low, self.high = _node(part), low, high
        self.nullable = low == 0

    def _match(self, tokens: Sequence[Token], i: int, memo: Memo) -> Found:
        out: list[tuple[int, Any]] = [(i, [])] if self.low == 0 else []
        states: list[tuple[int, list[Any]]] = [(i, [])]
        for count in range(1, self.high + 1):
            states = [(end, values + [value]) for pos, values in states
                      for end, value in self.part.match(tokens, pos, memo) if end > pos]
            if not states:
                break
            if count >= self.low:
                out.extend(states)
        return out or NOTHING

    def pairs(self, follow: Tests) -> Pairs:
        # after the first repetition's first token: the rest of it, then another repetition or what follows
        more = self.part.first() if self.high > 1 else set()
        return self.part.pairs(_union(more, follow) if self.low <= 1 else more)


class Longest(Wrapper):
    """Only the longest way the part matches (a number takes all its words: екі жүз он бес, not екі)."""

    def __init__(self, part: Rule | Predicate) -> None:
        self.part = _node(part)
        self.nullable = self.part.nullable

    def _match(self, tokens: Sequence[Token], i: int, memo: Memo) -> Found:
        part = self.part
        if isinstance(part, Interpretation):
            # values made longest first, up to the first one kept: the match max() would take of them all, without
            # the value of every shorter prefix (a number's words composed once); the part's gates are this node's
            inner = part.part
            found = inner.match(tokens, i, memo) if inner.memoised else inner._match(tokens, i, memo)
            for end, value in sorted(found, key=_end, reverse=True):  # a stable sort: equal ends in their order
                mapped = part.fn(value)
                if mapped is not None:
                    return [(end, mapped)]
            return NOTHING
        found = part.match(tokens, i, memo)
        return [max(found, key=_end)] if found else NOTHING



def rule(*parts: Rule | Predicate) -> Rule:
    """A sequence: rule(NUMBER, CURRENCY)."""
    return Sequence_(parts)


def or_(*alternatives: Rule | Predicate) -> Rule:
    """A choice between alternatives."""
    return Choice(alternatives)


def opt(part: Rule | Predicate) -> Rule:
    """An optional part."""
    return Optional_(part)


def longest(part: Rule | Predicate) -> Rule:
    """The part's longest match only: cheaper, and no reading of a prefix competes with the whole."""
    return Longest(part)


def repeat(part: Rule | Predicate, low: int = 1, high: int = 8) -> Rule:
    """The part repeated `low`..`high` times."""
    return Repeat(part, low, high)
