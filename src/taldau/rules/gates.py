"""Gates: the cheap test that lets a grammar node give up before it tries to match.

A node can only match where one of its first predicates (`Rule.first`) matches the token. Nodes
with the same first predicates share one gate, so that test runs once per token text for all of
them, and most words are turned away on their first two letters alone.
"""
from __future__ import annotations

from functools import cache

from taldau.cache import Recent
from taldau.doc import Token
from taldau.rules.predicates import Predicate


class Gate:
    """Can a token start a rule? Only if one of the rule's first predicates matches it.

    The answer is cached per token norm (bounded, `Recent`) and shared by every rule with the same
    first predicates.
    Predicates are indexed by their `heads`, so a word runs only those that may match its first two
    letters (and those without heads): most words are turned away without running any.
    """

    __slots__ = ("by_head", "unheaded", "seen")

    def __init__(self, predicates: frozenset[Predicate]) -> None:
        self.by_head: dict[str, tuple[Predicate, ...]] = {}
        for p in predicates:
            for head in p.heads or ():
                self.by_head[head] = self.by_head.get(head, ()) + (p,)
        self.unheaded = tuple(p for p in predicates if p.heads is None)
        self.seen: Recent[bool] = Recent()

    def __call__(self, token: Token) -> bool:
        ok = self.seen.get(token.norm)
        if ok is None:
            ok = self.seen.put(token.norm, self._test(token))
        return ok

    def _test(self, token: Token) -> bool:
        if self.unheaded and any(p(token) is not None for p in self.unheaded):
            return True
        low = token.norm[:2].lower()
        return any(p(token) is not None for p in (*self.by_head.get(low, ()), *self.by_head.get(low[:1], ())))


@cache
def gate(predicates: frozenset[Predicate]) -> Gate:
    """The shared gate of a set of first predicates."""
    return Gate(predicates)
