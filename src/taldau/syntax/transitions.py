"""spaCy's arc-eager transition system (`spacy.pipeline._parser_internals.arc_eager`), greedy, in Python.

Moves: S(hift), D (reduce: pop, or put a headless word back on the buffer), L-label (arc from the
buffer's first word to the stack's top, pop), R-label (arc from the stack's top to the buffer's first
word, push), B (the buffer's second word starts a sentence). A move's validity depends on its kind
only; a parse takes the best valid move until the stack and buffer are empty. Words left without a head
are roots; labels "x||y" (projectivised training arcs) are lifted back under the nearest "y", as
spaCy's `nonproj.deprojectivize` does.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import numpy as np

KINDS = "SDLRB"
SHIFT, REDUCE, LEFT, RIGHT, BREAK = range(len(KINDS))
DELIMITER = "||"


class State:
    """One sentence being parsed: the stack, the buffer (`first` onwards, after words put back), arcs.
    Word `n` stands for none (an empty slot): the model's row after the sentence's last word is the
    padding, so a slot's row is always `offset + word`; the stack starts with three of them."""

    __slots__ = ("n", "offset", "stack", "back", "first", "heads", "labels", "lefts", "rights", "last_left",
                 "last_right", "fixed", "starts")

    def __init__(self, n: int, offset: int):
        self.n, self.offset = n, offset
        self.stack: list[int] = [n, n, n]
        self.back: list[int] = []  # words put back on the buffer by a reduce, the last one first
        self.first = 0
        self.heads, self.labels = [-1] * n, [""] * n
        self.lefts: dict[int, list[int]] = {}  # head -> left children, in the order they were attached
        self.rights: dict[int, list[int]] = {}
        self.last_left, self.last_right = [n] * (n + 1), [n] * (n + 1)  # each word's latest child, n if none
        self.fixed: set[int] = set()  # put back once: not shifted again until it gets a left arc
        self.starts = {0}

    def step(self, slots: list[int], valid: list[int], forced: Mapping[int, tuple[int, str]], kind: int = -1,
             label: str = "") -> bool:
        """Takes the move `kind` with `label` (none: the parse starts) and then every move that is the only
        valid one (`forced`: valid bits -> that move; the model's scores could not choose another), then,
        unless the parse is over (False), appends the rows of the 8 words the model reads
        (`StateC.set_context_tokens`) to `slots` and which moves may be taken now to `valid` (bit k: KINDS[k])."""
        stack, back, n = self.stack, self.back, self.n
        while True:
            if kind == SHIFT or kind == RIGHT:
                if kind == RIGHT:
                    self._arc(stack[-1], back[-1] if back else self.first, label)
                if back:
                    stack.append(back.pop())
                else:
                    stack.append(self.first)
                    self.first += 1
            elif kind == LEFT:
                b0 = back[-1] if back else self.first
                self._arc(b0, stack.pop(), label)
                self.fixed.discard(b0)
            elif kind == REDUCE:
                s0 = stack.pop()
                if self.heads[s0] < 0 and len(stack) > 3:
                    self.fixed.add(s0)
                    back.append(s0)
            elif kind == BREAK:
                self.starts.add(back[-2] if len(back) > 1 else self.first + 1 - len(back))
            first, depth = self.first, len(stack) - 3
            if back:
                b0, b1 = back[-1], (back[-2] if len(back) > 1 else first)
            elif first < n:
                b0, b1 = first, first + 1
            elif depth:
                b0 = b1 = n
            else:
                return False
            b1 = b1 if b1 < n else n
            size = n - first + len(back)
            starts = b0 in self.starts
            arc = depth > 0 and size > 0 and not starts
            code = ((depth == 0 or (size >= 2 and not starts and b0 not in self.fixed)) | (depth > 0) << 1
                    | arc * 12 | (size >= 2 and b1 == b0 + 1 and b1 not in self.starts) << 4)
            if code not in forced:
                break
            kind, label = forced[code]
        s0, offset, last_left = stack[-1], self.offset, self.last_left
        slots += (b0 + offset, b1 + offset, s0 + offset, stack[-2] + offset, stack[-3] + offset,
                  last_left[b0] + offset, last_left[s0] + offset, self.last_right[s0] + offset)
        valid.append(code)
        return True

    def _arc(self, head: int, child: int, label: str) -> None:
        old = self.heads[child]
        if old >= 0:
            kids, last = (self.lefts, self.last_left) if old > child else (self.rights, self.last_right)
            kids[old].remove(child)
            last[old] = kids[old][-1] if kids[old] else self.n
        kids, last = (self.lefts, self.last_left) if head > child else (self.rights, self.last_right)
        kids.setdefault(head, []).append(child)
        last[head] = child
        self.heads[child], self.labels[child] = head, label

    def result(self) -> tuple[list[int], list[str]]:
        """0-based heads (a root its own head) and labels ("ROOT" for roots), deprojectivised."""
        heads = [h if h >= 0 else i for i, h in enumerate(self.heads)]
        labels = [label if h >= 0 else "ROOT" for label, h in zip(self.labels, self.heads)]
        if any(DELIMITER in label for label in labels):
            _deprojectivize(heads, labels)
        return heads, labels


class Moves:
    """A model's moves (`classes`: kind and label) as the greedy loop reads them, worked out once per model: each
    move's (kind index, label), the score added to each move for each set of valid kinds (0 or -inf: `penalty[valid
    bits]`), and the move taken without scoring when it is the only one of its kind that is valid (`State.step`'s
    `forced`: S, D, B)."""

    def __init__(self, classes: Sequence[tuple[str, str]]) -> None:
        self.moves = [(KINDS.index(kind), label) for kind, label in classes]
        kinds = [kind for kind, _ in self.moves]
        allowed = (np.arange(1 << len(KINDS))[:, None] >> np.array(kinds)) & 1  # valid bits -> each move allowed
        self.penalty = np.where(allowed.astype(bool), np.float32(0), np.float32(-np.inf))
        self.forced = {1 << k: self.moves[kinds.index(k)] for k in range(len(KINDS)) if kinds.count(k) == 1}


def parse(states: Sequence[State], moves: Moves, scorer: Callable[[list[int]], np.ndarray],
          penalty: np.ndarray | None = None) -> None:
    """Greedy best valid move for every unfinished state at once; `scorer(slots)` -> (states, moves), to which
    `penalty` (`moves.penalty` unless given) adds its row for each state's valid moves."""
    table, forced = moves.moves, moves.forced
    penalty = moves.penalty if penalty is None else penalty
    slots: list[int] = []
    valid: list[int] = []
    active = [state for state in states if state.step(slots, valid, forced)]
    while active:
        scores = scorer(slots)
        scores += penalty.take(valid, axis=0)
        best = scores.argmax(axis=1).tolist()
        slots, valid = [], []
        active = [state for state, move in zip(active, best) if state.step(slots, valid, forced, *table[move])]


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
