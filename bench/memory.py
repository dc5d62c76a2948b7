"""Does a long-running process stop growing? Memory of the full pipeline over ~200k tokens of varied text.

    python -m bench.memory [--tokens 200000] [--floor-mb 25]

A `taldau serve` or `taldau index` process analyses text for weeks, so every run-time cache must have
a bound. The text is generated here from our own sample article (samples/economy.txt): half of its
words are replaced by made-up Kazakh-looking words (random syllables of one harmony, a real ending
attached by `taldau.morph`) and its numbers by random ones, so most tokens are new to every cache.
Prints the resident memory after the first 20k tokens and at the end; exits 1 when it grew by more
than the floor (25 MB) in between. Needs no dataset. The distinct words are counted after the measure, by
reading the same seeded articles again: a set of 80k words the bench itself held made 12 MB of the growth once.
"""
from __future__ import annotations

import argparse
import gc
import os
import random
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from bench.common import publish, table

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "economy.txt"
WARM_UP = 20_000
ONSETS = "бдгжзйклмнпрстшқғ"
BACK, FRONT = "аоұы", "еөүі"
# nominal suffix templates, realised by taldau.morph against each made-up stem
TEMPLATES = ("", "LAр", "DA", "NIң", "GA", "TI", "BAн", "Mен", "SI", "SIнDA", "LAрDI", "SIнIң", "DAGI", "LAрGA")
_WORD = re.compile(r"\w+|[^\w\s]+")


def made_up_word(rng: random.Random, capital: bool) -> str:
    """A new Kazakh-looking word: 2-4 syllables of one harmony and a real ending (Бақтұрдың, көлдөзге)."""
    from taldau.morph.phonology import attach

    vowels = BACK if rng.random() < 0.5 else FRONT
    stem = "".join(rng.choice(ONSETS) + rng.choice(vowels) + rng.choice(("", "", "р", "н", "л", "т", "с"))
                   for _ in range(rng.randint(2, 4)))
    word = attach(stem, rng.choice(TEMPLATES))
    return word.capitalize() if capital else word


def varied_text(rng: random.Random, lines: list[str]) -> str:
    """One article: the sample's lines, half their words made up, numbers drawn at random."""
    out = []
    for line in lines:
        words = []
        for w in _WORD.findall(line):
            if w.isdigit():
                w = str(rng.randint(1, 10 ** rng.randint(1, 6)))
            elif w.isalpha() and rng.random() < 0.5:
                w = made_up_word(rng, w[:1].isupper())
            words.append(w)
        out.append(" ".join(words))
    return "\n".join(out)


def resident_mb() -> float:
    """Resident memory of this process after a garbage collection."""
    gc.collect()
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def articles(seed: int = 1) -> Iterator[str]:
    rng = random.Random(seed)
    lines = [line for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    while True:
        yield varied_text(rng, lines)


def _distinct_tokens(count: int) -> set[str]:
    """The distinct tokens of the first `count` articles (the same seeded ones the pipeline read)."""
    from taldau import tokenize

    distinct: set[str] = set()
    for _, text in zip(range(count), articles()):
        distinct.update(t.text for t in tokenize(text))
    return distinct


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=200_000)
    parser.add_argument("--floor-mb", type=float, default=25.0, help="largest growth allowed after the warm-up")
    args = parser.parse_args()
    if not Path("/proc/self/statm").exists():
        print("skipped: resident memory is read from /proc (Linux only)")
        return
    from taldau.pipeline import Pipeline

    pipeline = Pipeline()
    start_mb = resident_mb()
    tokens, read, warm_mb = 0, 0, None
    t0 = time.perf_counter()
    for text in articles():
        doc = pipeline(text)
        tokens, read = tokens + len(doc.tokens), read + 1
        if warm_mb is None and tokens >= WARM_UP:
            warm_mb, warm_tokens = resident_mb(), tokens
        if tokens >= args.tokens:
            break
    seconds = time.perf_counter() - t0
    end_mb = resident_mb()
    growth = end_mb - warm_mb
    distinct = _distinct_tokens(read)  # counted after the measure: the bench's own set of words is no cache of taldau's
    rows = [
        ["pipeline loaded (models on first use)", "0", f"{start_mb:.0f}"],
        [f"after the first {warm_tokens:,} tokens", f"{warm_tokens:,}", f"{warm_mb:.0f}"],
        [f"after {tokens:,} tokens ({len(distinct):,} distinct)", f"{tokens:,}", f"{end_mb:.0f}"],
    ]
    verdict = "ok" if growth < args.floor_mb else "FAILED"
    publish("memory", "\n".join([
        "## Memory of a long-running process",
        "",
        "Measured by `bench/memory.py`: the full default pipeline in one process over articles generated from "
        "samples/economy.txt with half the words made up (random syllables + a real ending) and random numbers, "
        f"so most tokens are new to every cache. Resident memory after a garbage collection; {tokens / seconds:,.0f} "
        "tokens/s overall.",
        "",
        table(["point", "tokens", "resident MB"], rows),
        "",
        f"Growth after the warm-up: **{growth:.1f} MB** (floor: < {args.floor_mb:.0f} MB) - {verdict}.",
    ]))
    sys.exit(0 if growth < args.floor_mb else 1)


if __name__ == "__main__":
    main()
