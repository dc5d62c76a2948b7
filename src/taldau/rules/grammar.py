"""The grammar node: what every rule of `taldau.rules` is (`Rule`: gates, memo, match), a single token's test
(`Term`) and a part whose value a function maps (`Interpretation`). The nodes that combine parts are in
`taldau.rules.combinators`; this module holds what they and the look-arounds (`taldau.rules.lookaround`) build on.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from taldau.doc import Token
from taldau.rules.gates import FIRST, SECOND, SecondGate, gate_mask
from taldau.rules.predicates import Predicate

Found = Sequence[tuple[int, Any]]  # (end index, value) for each way of matching
NOTHING: Found = ()  # no match: one shared empty answer, no new list for the garbage collector to count
Memo = dict[int, Found]  # (node key | position) -> its matches there, within one parse
Tests = set[Predicate] | None  # one of these predicates must hold; None: no condition
Pairs = dict[Predicate, Tests]  # a predicate that may take a match's first token -> the tests of the token after it


class Rule:
    """Base of all grammar nodes.

    `match` is memoised per (node, position) within one parse, and a node whose first token cannot
    start it (see `first`, `pairs` and `gates`) gives up at once.
    """

    nullable = False
    zero_width = False  # a look around the position (`ahead`, `context`): it never takes a token
    memoised = True  # False for a node only its interpretation calls: that one is memoised
    _gate: int | None | bool = False  # the bits (gates.FIRST) of its first token; False: not compiled; None: any
    _second: int | None = None  # the bits of the token after the first, when every match takes two or more
    _seconds: SecondGate | None = None  # the same, told apart by the first token's classes
    _key = 0  # id(self) << 32, set when compiled
    _first: set[Predicate] | None | bool = False  # a sequence's or choice's `first()`, once worked out

    def compile(self) -> Rule:
        """Work out the gates of this node and of every node below it, before any word is classified."""
        if self._gate is False:
            self._key = id(self) << 32  # memo keys: an int per (node, position), cheaper than a tuple
            first = None if self.nullable else self.first()
            self._gate = gate_mask(first, FIRST)
            if not self.nullable:  # the second token's gate, for any first token and for each class of them
                found = (pairs := self.pairs(None)).values()
                self._second = None if None in found else gate_mask(set().union(*found), SECOND)
                self._seconds = SecondGate(pairs)
            for child in self.children():
                child.compile()
        return self

    def children(self) -> Sequence[Rule]:
        return ()

    def second(self, bits: int) -> int | None:
        """The mask the token after a first token of classes `bits` must meet (None: any)."""
        return self._second if self._seconds is None else self._seconds(bits)

    def match(self, tokens: Sequence[Token], i: int, memo: Memo | None = None) -> Found:
        """Every (end, value) with which this rule matches tokens from `i`."""
        if memo is not None and self.memoised:  # matched here before: it passed its gates then
            found = memo.get(self._key + i)
            if found is not None:
                return found
        gate_ = self._gate
        if gate_ is False:
            gate_ = self.compile()._gate
        if gate_ is not None and i < len(tokens):
            token = tokens[i]
            bits = FIRST.words.recent.get(token.norm)  # inlined Classes.of: this is the hottest line
            if bits is None:
                bits = FIRST.of(token)
            if not bits & gate_:  # type: ignore[operator]
                return NOTHING
        second = self._second
        if second is not None:  # a rule of two or more tokens gives up on the second: "екі адам" is no year
            if i + 1 >= len(tokens):
                return NOTHING
            token = tokens[i + 1]
            bits = SECOND.words.recent.get(token.norm)
            if bits is None:
                bits = SECOND.of(token)
            if not bits & second:
                return NOTHING
        if memo is None or not self.memoised:
            return self._match(tokens, i, {} if memo is None else memo)
        found = memo[self._key + i] = self._match(tokens, i, memo)
        return found

    def _match(self, tokens: Sequence[Token], i: int, memo: Memo) -> Found:
        raise NotImplementedError

    def first(self) -> set[Predicate] | None:
        """Predicates one of which the first token must satisfy; None when any token may start it."""
        raise NotImplementedError

    def pairs(self, follow: Tests) -> Pairs:
        """For each predicate that may take a match's first token, those one of which the token after it must
        satisfy (None: any token, or none at all), when `follow` is what the token after the whole match must
        satisfy: "бұл" starts a date only before a month or a period word, a number before far more.
        Zero-width parts (`ahead`, `context`) never take the first token: they add nothing."""
        raise NotImplementedError

    def interpret(self, fn: Callable[..., Any]) -> Rule:
        return Interpretation(self, fn)


class Term(Rule):
    """One token satisfying a predicate."""

    def __init__(self, predicate: Predicate) -> None:
        self.predicate = predicate

    def match(self, tokens: Sequence[Token], i: int, memo: Memo | None = None) -> Found:
        if i < len(tokens):
            value = self.predicate(tokens[i])
            if value is not None:
                return [(i + 1, tokens[i] if value is True else value)]
        return NOTHING

    def first(self) -> set[Predicate] | None:
        return {self.predicate}

    def pairs(self, follow: Tests) -> Pairs:
        return {self.predicate: follow}  # one token: what follows the rule follows its first token

    def compile(self) -> Rule:
        self._gate = None  # a choice tries it at once: its predicate is as cheap as a gate
        return self



class Wrapper(Rule):
    """A node over one part (an interpretation, an optional part, a repetition, the longest match): its first tokens
    and their pairs are the part's; a subclass that changes them says how."""

    part: Rule

    def children(self) -> Sequence[Rule]:
        return (self.part,)

    def first(self) -> set[Predicate] | None:
        return self.part.first()

    def pairs(self, follow: Tests) -> Pairs:
        return self.part.pairs(follow)


class Interpretation(Wrapper):
    """The part, its value mapped by `fn`; None from `fn` rejects the match."""

    def __init__(self, part: Rule, fn: Callable[[Any], Any]) -> None:
        self.part, self.fn = part, fn
        self.nullable = part.nullable

    def _match(self, tokens: Sequence[Token], i: int, memo: Memo) -> Found:
        part = self.part  # a sequence only this interpretation calls has passed the same gates: match it at once
        found = part.match(tokens, i, memo) if part.memoised else part._match(tokens, i, memo)
        if not found:  # most tries
            return NOTHING
        out = []
        for end, value in found:
            mapped = self.fn(value)
            if mapped is not None:
                out.append((end, mapped))
        return out or NOTHING
