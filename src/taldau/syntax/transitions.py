"""spaCy's arc-eager transition system (`spacy.pipeline._parser_internals.arc_eager`), greedy, in Python.

Moves: S(hift), D (reduce: pop, or put a headless word back on the buffer), L-label (arc from the
buffer's first word to the stack's top, pop), R-label (arc from the stack's top to the buffer's first
word, push), B (the buffer's second word starts a sentence). A move's validity depends on its kind
only; a parse takes the best valid move until the stack and buffer are empty. Words left without a head
are roots; labels "x||y" (projectivised training arcs) are lifted back under the nearest "y", as
spaCy's `nonproj.deprojectivize` does.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

KINDS = "SDLRB"
DELIMITER = "||"


class State:
    """One sentence being parsed: the stack, the buffer (`first` onwards, after words put back), arcs."""

    __slots__ = ("n", "offset", "stack", "back", "first", "heads", "labels", "lefts", "rights", "fixed", "starts")

    def __init__(self, n: int, offset: int):
        self.n, self.offset = n, offset
        self.stack: list[int] = []
        self.back: list[int] = []  # words put back on the buffer by a reduce, the last one first
        self.first = 0
        self.heads, self.labels = [-1] * n, [""] * n
        self.lefts: dict[int, list[int]] = {}  # head -> left children, in the order they were attached
        self.rights: dict[int, list[int]] = {}
        self.fixed: set[int] = set()  # put back once: not shifted again until it gets a left arc
        self.starts = {0}

    def buffer(self, i: int) -> int:
        if i < len(self.back):
            return self.back[-1 - i]
        word = self.first + i - len(self.back)
        return word if word < self.n else -1

    def final(self) -> bool:
        return not self.stack and self.first >= self.n and not self.back

    def observe(self, slots: list[int], valid: list[bool]) -> None:
        """Appends the 8 words the model reads (`StateC.set_context_tokens`, offset into the batch, -1
        none) to `slots`, and whether S, D, L, R, B may be taken now to `valid`."""
        stack, back, n = self.stack, self.back, self.n
        b0, b1 = (back[-1] if back else self.first), (back[-2] if len(back) > 1 else self.first + 1 - len(back))
        b0, b1 = (b0 if b0 < n else -1), (b1 if b1 < n else -1)
        depth = len(stack)
        s0 = stack[-1] if depth else -1
        left_b0, left_s0, right_s0 = self.lefts.get(b0), self.lefts.get(s0), self.rights.get(s0)
        offset = self.offset
        for word in (b0, b1, s0, stack[-2] if depth > 1 else -1, stack[-3] if depth > 2 else -1,
                     left_b0[-1] if left_b0 else -1, left_s0[-1] if left_s0 else -1,
                     right_s0[-1] if right_s0 else -1):
            slots.append(word + offset if word >= 0 else -1)
        size = n - self.first + len(back)
        starts = b0 in self.starts
        arc = depth > 0 and size > 0 and not starts
        valid += (depth == 0 or (size >= 2 and not starts and b0 not in self.fixed), depth > 0, arc, arc,
                  size >= 2 and b1 == b0 + 1 and b1 not in self.starts)

    def push(self) -> None:
        if self.back:
            self.stack.append(self.back.pop())
        else:
            self.stack.append(self.first)
            self.first += 1

    def apply(self, kind: str, label: str) -> None:
        if kind == "S":
            self.push()
        elif kind == "D":
            s0 = self.stack.pop()
            if self.heads[s0] < 0 and self.stack:
                self.fixed.add(s0)
                self.back.append(s0)
        elif kind == "L":
            b0 = self.buffer(0)
            self._arc(b0, self.stack.pop(), label)
            self.fixed.discard(b0)
        elif kind == "R":
            self._arc(self.stack[-1], self.buffer(0), label)
            self.push()
        else:
            self.starts.add(self.buffer(1))

    def _arc(self, head: int, child: int, label: str) -> None:
        old = self.heads[child]
        if old >= 0:
            (self.lefts if old > child else self.rights)[old].remove(child)
        (self.lefts if head > child else self.rights).setdefault(head, []).append(child)
        self.heads[child], self.labels[child] = head, label

    def result(self) -> tuple[list[int], list[str]]:
        """0-based heads (a root its own head) and labels ("ROOT" for roots), deprojectivised."""
        heads = [h if h >= 0 else i for i, h in enumerate(self.heads)]
        labels = [label if h >= 0 else "ROOT" for label, h in zip(self.labels, self.heads)]
        if any(DELIMITER in label for label in labels):
            _deprojectivize(heads, labels)
        return heads, labels


def parse(states: Sequence[State], classes: Sequence[tuple[str, str]], scorer) -> None:
    """Greedy best valid move for every unfinished state at once; `scorer(slots)` -> (states, moves)."""
    kinds = np.array([KINDS.index(kind) for kind, _ in classes])
    active = [s for s in states if not s.final()]
    while active:
        slots: list[int] = []
        valid: list[bool] = []
        for state in active:
            state.observe(slots, valid)
        scores = scorer(np.array(slots, dtype=np.int64).reshape(len(active), 8))
        allowed = np.array(valid, dtype=bool).reshape(len(active), len(KINDS))[:, kinds]
        best = np.where(allowed, scores, -np.inf).argmax(axis=1)
        for state, move in zip(active, best.tolist()):
            state.apply(*classes[move])
        active = [s for s in active if not s.final()]


def _deprojectivize(heads: list[int], labels: list[str]) -> None:
    """Each "x||y" arc, left to right, moves under the first "y" found breadth-first below its head.
    Children are found as spaCy finds them: within the subtree edges of the tree before any move."""
    left, right = _edges(heads)
    for i, label in enumerate(labels):
        if DELIMITER not in label:
            continue
        new, wanted = label.split(DELIMITER)
        queue, found = [heads[i]], heads[i]
        while queue and found == heads[i]:
            later = []
            for q in queue:
                kids = [c for c in range(left[q], q) if heads[c] == q] + [
                    c for c in range(q + 1, right[q] + 1) if heads[c] == q]
                hit = next((c for c in kids if c != i and labels[c] == wanted), None)
                if hit is not None:
                    found = hit
                    break
                later += [c for c in kids if c != i]
            queue = later
        heads[i], labels[i] = found, new


def _edges(heads: list[int]) -> tuple[list[int], list[int]]:
    """Leftmost and rightmost word of each subtree (`spacy.tokens.doc.set_children_from_heads`)."""
    n = len(heads)
    left, right = list(range(n)), list(range(n))
    for _ in range(12):
        for order in (range(n), range(n - 1, -1, -1)):
            for i in order:
                h = heads[i]
                left[h], right[h] = min(left[h], left[i]), max(right[h], right[i])
        roots = {left[i] for i in range(n) if heads[i] == i}
        start, inside = 0, True
        for i in range(n):
            if (i > 0 and i in roots) or i == n - 1:
                inside = inside and all(start <= heads[j] <= i for j in range(start, i))
                start = i
        if inside:
            break
    return left, right
