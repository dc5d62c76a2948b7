"""Whatever the parser returns becomes one tree per sentence: one root, every token reaching it."""
from __future__ import annotations

from collections.abc import Sequence

FALLBACK = "parataxis"  # the relation of a second root attached under the first (punct stays punct)


def repair(heads: Sequence[int], deprels: Sequence[str]) -> tuple[list[int], list[str]]:
    """`heads` 0-based within the sentence, a root being its own head. Keeps the first token labelled
    root (else the first self-headed token, else the first token) as the root; other roots and any
    cycle are attached to it, as `parataxis`; only the root is labelled root."""
    heads, deprels = list(heads), list(deprels)
    n = len(heads)
    heads = [h if 0 <= h < n else i for i, h in enumerate(heads)]
    roots = [i for i in range(n) if heads[i] == i]
    root = next((i for i in roots if deprels[i] == "root"), roots[0] if roots else 0)
    for i in range(n):
        if i == root:
            heads[i], deprels[i] = i, "root"
        elif heads[i] == i:
            heads[i], deprels[i] = root, _attached(deprels[i])
        elif deprels[i] == "root":  # a root label below the root
            deprels[i] = FALLBACK
    reaches = [False] * n  # known to reach the root: a climb stops there
    reaches[root] = True
    for i in range(n):
        path, j = set(), i
        while not reaches[j] and j not in path:  # climb; a revisit means a cycle
            path.add(j)
            j = heads[j]
        if not reaches[j]:
            heads[j], deprels[j] = root, _attached(deprels[j])
        for j in path:
            reaches[j] = True
    return heads, deprels


def _attached(deprel: str) -> str:
    return deprel if deprel == "punct" else FALLBACK


def pieces(size: int, limit: int) -> list[tuple[int, int]]:
    """[start, end) windows of at most `limit` tokens covering `size` tokens: long sentences in parts."""
    return [(start, min(start + limit, size)) for start in range(0, size, limit)]


def root_of(heads: Sequence[int]) -> int | None:
    """The sentence's root (its own head), if an earlier rule has not hung it elsewhere."""
    return next((i for i, h in enumerate(heads) if h == i), None)


def below(j: int, i: int, heads: Sequence[int]) -> bool:
    """Whether `j` hangs, through any number of heads, from `i` (hanging `i` on it would close a cycle)."""
    seen = set()
    while heads[j] != j and j not in seen:
        if j == i:
            return True
        seen.add(j)
        j = heads[j]
    return j == i
