"""Finding grammar matches in a token sequence: leftmost, then longest, without overlaps.

Each named rule is tried only where its first token can start it (`Rule.first`), which keeps a
grammar cheap on text that holds no figures. Ties in length go to the rule listed first, and every
match says which rule made it, for debugging.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from taldau.cache import WORDS, Recent
from taldau.doc import Token
from taldau.rules.grammar import Rule
from taldau.rules.predicates import Predicate

SWEEP = 64  # tokens parsed between two clean-ups of the memo, which would otherwise grow with the text


@dataclass(frozen=True, slots=True)
class Match:
    """Tokens `start:end` matched rule `rule`, with the interpreted value."""

    rule: str
    start: int
    end: int
    value: Any


class Parser:
    """Named rules in order of preference: Parser([("money", MONEY), ("cardinal", NUMBER)])."""

    def __init__(self, rules: Sequence[tuple[str, Rule]]) -> None:
        self.rules = list(rules)
        firsts = [r.first() for _, r in self.rules]
        # lemma/POS tests vary by token, not by text: a rule starting with one is always tried
        self._always = [first is None or not all(p.by_norm for p in first) for first in firsts]
        by_predicate: dict[Predicate, list[int]] = {}
        for index, first in enumerate(firsts):
            for p in first or ():
                by_predicate.setdefault(p, []).append(index)
        # predicates indexed by the beginnings of the texts they can match; the rest always run
        self._indexed: dict[str, list[tuple[Predicate, list[int]]]] = {}
        self._unindexed: list[tuple[Predicate, list[int]]] = []
        for p, indices in by_predicate.items():
            for head in p.heads if p.heads is not None else ():
                self._indexed.setdefault(head, []).append((p, indices))
            if p.heads is None:
                self._unindexed.append((p, indices))
        # token norm -> rules it may start: every token asks, so it keeps as many words as a per-word cache
        self._starters: Recent[tuple[tuple[str, Rule], ...]] = Recent(WORDS)

    def _candidates(self, token: Token) -> tuple[tuple[str, Rule], ...]:
        found = self._starters.recent.get(token.norm)
        if found is None:
            found = self._starters.get(token.norm)
        if found is None:
            hit = list(self._always)
            low = token.norm.lower()
            tests = self._indexed.get(low[:2], []) + self._indexed.get(low[:1], []) + self._unindexed
            for p, indices in tests:
                if p(token) is not None:
                    for i in indices:
                        hit[i] = True
            found = self._starters.put(token.norm, tuple(named for named, h in zip(self.rules, hit) if h))
        return found

    def matches_at(self, tokens: Sequence[Token], i: int) -> list[Match]:
        """Every match of every rule at token `i`, longest first (for debugging)."""
        memo: dict = {}
        out = [Match(name, i, end, value) for name, r in self._candidates(tokens[i])
               for end, value in r.match(tokens, i, memo) if end > i]
        return sorted(out, key=lambda m: -m.end)

    def findall(self, tokens: Sequence[Token]) -> Iterator[Match]:
        """Non-overlapping matches, left to right; at each position the longest wins."""
        i, n = 0, len(tokens)
        memo: dict = {}
        swept = 0
        while i < n:
            if i - swept > SWEEP:  # matches only look ahead (or one token back): drop what lies behind
                memo = {key: found for key, found in memo.items() if key[1] >= i - 1}
                swept = i
            best: Match | None = None
            for name, r in self._candidates(tokens[i]):
                for end, value in r.match(tokens, i, memo):
                    if end > i and (best is None or end > best.end):
                        best = Match(name, i, end, value)
            if best is None:
                i += 1
            else:
                yield best
                i = best.end
