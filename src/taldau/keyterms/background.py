"""The background counts a term's rarity is read against: lemma document frequencies and possessed-noun shares of
news sentences (background.tsv, built by `python -m tools.keyterms.build`), loaded on first use. Apart from
the scoring so that the build tool and the scorer read one loader.
"""
from __future__ import annotations

import math
from functools import cache
from pathlib import Path
from typing import NamedTuple

BACKGROUND = Path(__file__).with_name("background.tsv")


class Background(NamedTuple):
    documents: int
    df: dict[str, int]  # lemma -> number of documents it occurs in
    possessed: dict[str, float]  # noun lemma -> share of its uses with a possessive ending


@cache
def background() -> Background:
    """The background counts (background.tsv: lemma, documents, noun uses, possessed noun uses)."""
    lines = BACKGROUND.read_text(encoding="utf-8").splitlines()
    df, possessed = {}, {}
    for line in lines[1:]:
        lemma, n, nouns, owned = line.split("\t")
        df[lemma] = int(n)
        if int(nouns):
            possessed[lemma] = int(owned) / int(nouns)
    return Background(int(lines[0].split("\t")[1]), df, possessed)


def idf(lemma: str) -> float:
    """Smoothed inverse document frequency; a lemma the background never saw twice gets the highest."""
    documents, df, _ = background()
    return math.log((documents + 1) / (df.get(lemma, 0) + 1)) + 1
