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
from taldau.rules.gates import FIRST, SECOND

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
        self.rules = [(name, r.compile()) for name, r in rules]
        # a word's classes -> the rules it may start, each with the classes the next word must have (None: any):
        # every token asks, and words of one class share the answer
        self._starters: Recent[tuple[tuple[str, Rule, int | None], ...]] = Recent(WORDS)

    def _candidates(self, token: Token) -> tuple[tuple[str, Rule, int | None], ...]:
        bits = FIRST.words.recent.get(token.norm)
        if bits is None:
            bits = FIRST.of(token)
        found = self._starters.recent.get(bits)
        if found is None:
            found = self._starters.get(bits)
        if found is None:  # lemma/POS tests vary by token, not by text: a rule starting with one is always tried
            found = self._starters.put(bits, tuple(
                (name, r, r.second(bits)) for name, r in self.rules
                if r._gate is None or bits & r._gate  # type: ignore[operator]
            ))
        return found

    def matches_at(self, tokens: Sequence[Token], i: int) -> list[Match]:
        """Every match of every rule at token `i`, longest first (for debugging)."""
        memo: dict = {}
        out = [Match(name, i, end, value) for name, r, _ in self._candidates(tokens[i])
               for end, value in r.match(tokens, i, memo) if end > i]
        return sorted(out, key=lambda m: -m.end)

    def findall(self, tokens: Sequence[Token]) -> Iterator[Match]:
        """Non-overlapping matches, left to right; at each position the longest wins."""
        i, n = 0, len(tokens)
        memo: dict = {}
        swept = 0
        while i < n:
            if i - swept > SWEEP:  # a new memo: copying out what lies ahead took longer than matching it again
                memo = {}
                swept = i
            best: Match | None = None
            after = -1  # the next word's classes, once asked
            for name, r, second in self._candidates(tokens[i]):
                if second is not None:  # "бұл жерде" starts no date: the second word says so before any matching
                    if after == -1:  # Classes.of inlined for a word already classified (the usual case)
                        after = 0
                        if i + 1 < n:
                            after = SECOND.words.recent.get(tokens[i + 1].norm)
                            if after is None:
                                after = SECOND.of(tokens[i + 1])
                    if not after & second:
                        continue
                for end, value in r.match(tokens, i, memo):
                    if end > i and (best is None or end > best.end):
                        best = Match(name, i, end, value)
            if best is None:
                i += 1
            else:
                yield best
                i = best.end
