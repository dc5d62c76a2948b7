"""Which words may follow a word inside one of the lexicon's multi-word entries: light verbs (назар аудар, іске
ас, қол қой) and adverbial phrases (жыл сайын). UD Kazakh-KTB tags the non-final words of such a phrase X, so
whether the next word continues one tells the tagger whether a word's X reading fits.

`data/phrases.tsv.gz` (word, the word after it) is written from the Apertium lexicon by
`python -m tools.morph.phrases` and read on first use.
"""
from __future__ import annotations

import gzip
from functools import cache

from .lexicon import DATA_DIR

PATH = DATA_DIR / "phrases.tsv.gz"


@cache
def _table() -> dict[str, frozenset[str]]:
    pairs: dict[str, set[str]] = {}
    with gzip.open(PATH, "rt", encoding="utf-8") as f:
        for line in f:
            word, _, after = line.rstrip("\n").partition("\t")
            pairs.setdefault(word, set()).add(after)
    return {word: frozenset(after) for word, after in pairs.items()}


def followers(word: str) -> frozenset[str]:
    """The words (lower-cased; a verb as its lemma) that may follow `word` inside a multi-word entry."""
    return _table().get(word.lower(), frozenset())
