"""Distributional word classes (`clusters.tsv`, built by `build_clusters`), looked up by lowercase form."""
from __future__ import annotations

from functools import cache
from pathlib import Path

from taldau import compiled

FILE = Path(__file__).with_name("clusters.tsv")
COMPILED = FILE.with_suffix(".marshal.gz")  # `python -m tools.ner.compile`
STEM = "~"  # key prefix of a suffix-stripped stem's classes


@cache
def table() -> dict[str, tuple[str, ...]]:
    return compiled.table(COMPILED, (FILE,), read)


def read() -> dict[str, tuple[str, ...]]:
    """The table from its TSV source."""
    out = {}
    for line in FILE.open(encoding="utf-8"):
        if not line.startswith("#"):
            word, *ids = line.rstrip("\n").split("\t")
            out[word] = tuple(ids)
    return compiled.shared(out)


def classes(low: str, stem: str) -> tuple[str, ...]:
    """`c0=…`, `c1=…`, `c2=…` (coarse to fine) of the word, else of its stem as a word, and `k0=…`... of the stem
    among stems (its inflected forms' contexts together); none where the table has neither."""
    words = table()
    ids = words.get(low) or words.get(stem)
    pooled = words.get(STEM + stem)
    out = [f"c{i}={c}" for i, c in enumerate(ids)] if ids else []
    if pooled:
        out += [f"k{i}={c}" for i, c in enumerate(pooled)]
    return tuple(out)
