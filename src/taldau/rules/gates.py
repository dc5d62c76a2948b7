"""Gates: the cheap test that lets a grammar node give up before it tries to match.

Every predicate that starts a node (`Rule.first`) gets one bit in `FIRST`, every one that must hold on
its second token (`Rule.pairs`) one in `SECOND`; a word's classes are the bits of those predicates it
satisfies, worked out once per word and shared by every node, so a gate is one dict lookup and an `&`
on integers. The parser asks every word for its `FIRST` classes, only the words after a possible
start for their `SECOND` ones. Predicates are
indexed by their `heads`, so a word runs only those that may match its first two letters (and those
without heads): most words are turned away without running any. A test of more than the norm (the minus
sign of -15°С reads the space after it) cannot be answered per word, but its heads can: a word gets its bit
when its first letters are among them, and the test itself runs when the node is matched.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from taldau.cache import COSTLY_WORDS, Recent
from taldau.doc import Token
from taldau.rules.predicates import Predicate


class Classes:
    """Bits for the gates' predicates, and each word's bits (cached per norm, bounded by `Recent`)."""

    __slots__ = ("bits", "exact", "by_head", "unheaded", "words")

    def __init__(self) -> None:
        self.bits: dict[Predicate, int] = {}
        self.exact: dict[str, int] = {}  # a lower-case word -> the bits of the word-list tests it is in
        self.by_head: dict[str, list[tuple[Predicate, int]]] = {}  # a test of more than the norm: its heads alone
        self.unheaded: list[tuple[Predicate, int]] = []
        self.words: Recent[int] = Recent(COSTLY_WORDS)

    def mask(self, predicates: Iterable[Predicate]) -> int:
        """The bits of `predicates`, giving a bit to each one seen for the first time."""
        out = 0
        for p in predicates:
            bit = self.bits.get(p)
            if bit is None:
                bit = self.bits[p] = 1 << len(self.bits)
                for word in p.words or ():
                    self.exact[word] = self.exact.get(word, 0) | bit
                for head in p.heads if p.heads is not None and p.words is None else ():
                    self.by_head.setdefault(head, []).append((p, bit))
                if p.heads is None and p.words is None:
                    self.unheaded.append((p, bit))
                self.words = Recent(COSTLY_WORDS)  # the words classified so far lack the new bit
            out |= bit
        return out

    def of(self, token: Token) -> int:
        """The bits of the predicates `token` satisfies."""
        found = self.words.get(token.norm)
        if found is None:
            found = self.exact.get(token.norm.lower(), 0)
            low = token.norm[:2].lower()
            for p, bit in (*self.by_head.get(low, ()), *self.by_head.get(low[:1], ()), *self.unheaded):
                # the word's bits are its cache: skip the predicate's; a test of more than the norm: its heads matched
                if not found & bit and (not p.by_norm or p.fn(token) is not None):
                    found |= bit
            self.words.put(token.norm, found)
        return found


# one pair of tables for every grammar: they grow with the grammars' predicates only, never with the text
FIRST, SECOND = Classes(), Classes()


class Gate:
    """Can a token start a rule? Only if one of the rule's first predicates matches it."""

    __slots__ = ("mask",)

    def __init__(self, predicates: frozenset[Predicate]) -> None:
        self.mask = FIRST.mask(predicates)

    def __call__(self, token: Token) -> bool:
        return bool(FIRST.of(token) & self.mask)


def gate_mask(predicates: set[Predicate] | None, classes: Classes) -> int | None:
    """The bits of a node's gate, or None when no gate applies (any token, or a test of more than the norm
    without heads)."""
    if not predicates or not all(p.by_norm or p.heads is not None for p in predicates):
        return None
    if classes is FIRST and any(p.heads is None for p in predicates):
        return None  # every word would run it, for a gate met by most words (aside) or seldom asked
    return classes.mask(predicates)


class SecondGate:
    """The gate of the token after a node's first, told apart by what the first token is: "бұл" starts a
    date only before a month or a period word, a number before far more words (`Rule.pairs`).

    Each predicate that may take the first token keeps its bit in `FIRST` (0 when it has none: the word's
    bits cannot rule it out) and the mask its next token must meet (None: any); a word's classes give the
    union of the masks of the predicates they allow, worked out once per class and kept."""

    __slots__ = ("entries", "known")

    def __init__(self, pairs: Mapping[Predicate, set[Predicate] | None]) -> None:
        self.entries = tuple(
            (FIRST.mask((p,)) if p.by_norm and p.heads is not None else 0, gate_mask(tests, SECOND))
            for p, tests in pairs.items()
        )
        self.known: Recent[int | None] = Recent()

    def __call__(self, bits: int) -> int | None:
        """The mask the token after a first token of classes `bits` must meet; None: any token."""
        found = self.known.get(bits, -1)
        if found == -1:
            found = 0
            for first, second in self.entries:
                if first and not bits & first:
                    continue  # this predicate does not hold on the first token: its matches cannot start here
                if second is None:
                    found = None
                    break
                found |= second
            self.known.put(bits, found)
        return found
