"""Bounded caches: a `taldau serve` process reads new words for weeks and must not grow with them.

Per-word caches (`functools.lru_cache(maxsize=WORDS)`) keep about the words of a long article, which
carry most of the tokens of the next one; the rules engine's hundreds of tests each keep fewer, in a
`Recent` cache that costs one dict lookup on its hot path. `bench/memory.py` checks that memory
stops growing.
"""
from __future__ import annotations

from collections import OrderedDict
from typing import Any, Generic, TypeVar

WORDS = 5_000  # distinct words a per-word cache keeps
# Per-word caches whose miss costs 5-30 µs (a word's readings, its entity features, the entity rules it lets run, its
# tagger ids, its classes for the grammars' gates, its n-gram ratios for langid) keep more: news of bench.syntax (7,188
# distinct words, read again and again) missed them at three tokens in ten; those whose miss costs under a microsecond
# (a head word, a Kyrgyz spelling, a key term's lemma) keep fewer and give that memory back (bench.memory's growth the
# same).
COSTLY_WORDS = 8_000
CHEAP_WORDS = 1_024
TESTS = 1_024  # words whose answer each rule test (predicate, gate) keeps: there are hundreds of tests

V = TypeVar("V")
_MISSING: Any = object()


class Recent(Generic[V]):
    """A mapping that forgets what was not used lately, at most `2 * size` entries.

    Two generations of plain dicts: a hit in `recent` costs one dict lookup (as an unbounded dict
    would), a hit in `older` moves the entry to `recent`; when `recent` is full it becomes `older`
    and the previous `older` is dropped. Cheaper than an ordered LRU on the hottest lines.
    """

    __slots__ = ("size", "recent", "older")

    def __init__(self, size: int = TESTS) -> None:
        self.size = size
        self.recent: dict[Any, V] = {}
        self.older: dict[Any, V] = {}

    def get(self, key: Any, default: Any = None) -> V | Any:
        value = self.recent.get(key, _MISSING)
        if value is _MISSING:
            value = self.older.get(key, _MISSING)
            if value is _MISSING:
                return default
            self.put(key, value)
        return value

    def put(self, key: Any, value: V) -> V:
        if len(self.recent) >= self.size:
            self.older, self.recent = self.recent, {}
        self.recent[key] = value
        return value

    def __len__(self) -> int:
        return len(self.recent) + len(self.older)


class Latest(Generic[V]):
    """A mapping of at most `size` entries that forgets the least recently used one.

    For a cache of large entries: `Recent(size)` holds between `size` and `2 * size` of them and forgets
    about half the words of a text of 1.5 `size` distinct words read again; this one holds `size` at
    most and forgets none of them, at the cost of moving each hit to the end.
    """

    __slots__ = ("entries", "size")

    def __init__(self, size: int) -> None:
        self.size = size
        self.entries: OrderedDict[Any, V] = OrderedDict()

    def get(self, key: Any, default: Any = None) -> V | Any:
        value = self.entries.get(key, _MISSING)
        if value is _MISSING:
            return default
        self.entries.move_to_end(key)
        return value

    def put(self, key: Any, value: V) -> V:
        entries = self.entries
        entries[key] = value
        entries.move_to_end(key)
        if len(entries) > self.size:
            entries.popitem(last=False)
        return value

    def __len__(self) -> int:
        return len(self.entries)
