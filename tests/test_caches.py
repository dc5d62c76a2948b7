"""Run-time caches have a bound and are keyed by what they read (bench/memory.py measures the memory)."""
from __future__ import annotations

import functools
import gc
import random
import sys

from hypothesis import given
from hypothesis import strategies as st

from taldau.cache import WORDS, Latest, Recent
from taldau.doc import Token
from taldau.rules import Parser, custom, regex, rule

SMALL = 1_000  # entries a cache without a bound may hold after many new words: loaders and closed sets


def made_up_words(count: int, seed: int = 3) -> list[str]:
    """Distinct Kazakh-looking words: random syllables and a case ending (Бақтұрдың, көлдөзге)."""
    rng = random.Random(seed)
    words: set[str] = set()
    while len(words) < count:
        stem = "".join(rng.choice("бдгжклмнпрстқ") + rng.choice("аоұы") for _ in range(rng.randint(2, 5)))
        words.add(stem + rng.choice(("", "дың", "ға", "да", "дан", "ды", "мен", "лар")))
    return sorted(words)


def test_many_new_words_leave_every_cache_bounded() -> None:
    from taldau.pipeline import Pipeline

    pipeline = Pipeline(["quantities"])
    words = made_up_words(2 * WORDS + 500)
    for i in range(0, len(words), 500):  # articles of 500 new words, a number among them
        pipeline(" ".join(words[i : i + 500]) + f" {i} пайызға өсті.")
    gc.collect()
    recents = [o for o in gc.get_objects() if isinstance(o, Recent)]
    assert recents and all(len(r) <= 2 * r.size for r in recents)
    assert all(len(c) <= c.size for c in gc.get_objects() if isinstance(c, Latest))
    for module in [m for name, m in sys.modules.items() if name.startswith("taldau.")]:
        for name, value in vars(module).items():
            if isinstance(value, functools._lru_cache_wrapper):
                info = value.cache_info()
                assert info.currsize <= (info.maxsize or SMALL), f"{module.__name__}.{name}: {info}"


@given(st.lists(st.integers(0, 50), min_size=1, max_size=300))
def test_recent_keeps_what_was_used_lately_and_at_most_twice_its_size(keys: list[int]) -> None:
    cache: Recent[int] = Recent(size=8)
    for key in keys:
        if cache.get(key) is None:
            cache.put(key, key * key)
        assert len(cache) <= 16
        assert cache.get(key) == key * key  # the word just used is always there
    assert cache.get(keys[-1]) == keys[-1] ** 2


def test_rules_read_and_cache_the_norm_not_the_text() -> None:
    """Two tokens written alike, normalised apart (Latin-script Kazakh in a Kazakh sentence gets a
    Cyrillic norm, in an English one it keeps its letters): each gets the answer for its own norm."""
    cyrillic = custom(lambda t: True if "ғ" in t.norm else None, "has-ғ")
    latin = Token("paiyzğa", 0, 7, "paiyzğa")
    spelled = Token("paiyzğa", 0, 7, "пайызға")
    assert cyrillic(latin) is None and cyrillic(spelled) is True and cyrillic(latin) is None
    percent = Parser([("percent", rule(regex(r"\d+", heads="0123456789"), custom(lambda t: t.norm == "пайызға" or None)))])
    number = Token("5", 0, 1, "5")
    assert [m.rule for m in percent.findall([number, latin._replace(start=2, end=9)])] == []
    assert [m.rule for m in percent.findall([number, spelled._replace(start=2, end=9)])] == ["percent"]


def test_latest_keeps_the_most_recently_used_up_to_its_size() -> None:
    cache: Latest[int] = Latest(2)
    cache.put("a", 1), cache.put("b", 2)
    assert cache.get("a") == 1  # "a" used last: "b" goes first
    cache.put("c", 3)
    assert (cache.get("b"), cache.get("a"), cache.get("c"), len(cache)) == (None, 1, 3, 2)
    cache.put("a", 4)  # a new value for a key it holds: no entry dropped
    assert (cache.get("a"), cache.get("c"), len(cache)) == (4, 3, 2)
