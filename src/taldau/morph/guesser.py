"""Readings for words the lexicon does not know, always flagged `guessed`.

Every split into stem + ending from the same suffix automaton is a candidate when the stem's
harmony and last sound fit the ending. Candidates are ranked by how likely the stem's last two
letters are for the paradigm in the lexicon (stem-shape statistics) and by how short the ending
chain is; capitalised words read as proper nouns.
"""
from __future__ import annotations

import math
from collections import Counter
from functools import cache

from ..doc import Analysis
from . import endings
from .endings import stem_keys
from .frequencies import chain_key
from .lexicon import DATA_DIR, stems
from .lookup import merge_feats
from .phonology import VOWELS

MAX_READINGS = 3


@cache
def _shape_logp() -> dict[tuple[str, str], float]:
    """log P(last two letters, paradigm) over the lexicon's stems, add-one smoothed."""
    counts: Counter[tuple[str, str]] = Counter()
    for stem, lexemes in stems().items():
        for lex in lexemes:
            if lex.paradigm in ("N", "V"):
                counts[(stem[-2:], lex.paradigm)] += 1
    total = sum(counts.values()) + len(counts)
    return {k: math.log((v + 1) / total) for k, v in counts.items()}


@cache
def _ending_logp() -> dict[str, float]:
    """log P(ending chain) among dictionary-read words of raw text (built by `build.py`)."""
    counts = {}
    for line in (DATA_DIR / "endings.tsv").read_text(encoding="utf-8").splitlines():
        key, n = line.split("\t")
        counts[key] = int(n)
    total = sum(counts.values()) + len(counts)
    return {k: math.log((v + 1) / total) for k, v in counts.items()}


def guess(word: str) -> list[Analysis]:
    low = word.lower()
    proper = word[:1].isupper()
    shape, prior = _shape_logp(), _ending_logp()
    unseen, unseen_ending = min(shape.values()) - 1.0, min(prior.values()) - 1.0
    table, tails = endings.table(), endings.tails()
    scored: list[tuple[float, Analysis]] = []
    for i in range(len(low), 1, -1):
        tail = low[i:]
        if tail not in tails:
            break
        stem = low[:i]
        if not any(c in VOWELS for c in stem):
            continue
        for e in table.get(tail, ()):
            stem_full = stem + e.stem_tail
            if e.key not in stem_keys(stem_full):
                continue
            ending = chain_key(e.paradigm, [g for _, g in e.morphemes])
            score = shape.get((stem_full[-2:], e.paradigm), unseen) + prior.get(ending, unseen_ending)
            if e.paradigm == "N":
                upos, lemma = ("PROPN", word[:i] + e.stem_tail) if proper else ("NOUN", stem_full)
            else:
                upos, lemma = "VERB", stem_full
            feats = merge_feats(e.feats)
            morphemes = ((word[:i], "STEM"),) + e.morphemes
            scored.append((score, Analysis(lemma, upos, feats, morphemes, True)))
    scored.sort(key=lambda s: -s[0])
    out, seen = [], set()
    for _, a in scored:
        if (a.lemma, a.upos, a.feats) not in seen:
            seen.add((a.lemma, a.upos, a.feats))
            out.append(a)
        if len(out) == MAX_READINGS:
            break
    if not out:
        upos = "X" if not any(c in VOWELS for c in low) and not low.isalpha() else "PROPN" if proper else "NOUN"
        feats = "Case=Nom" if upos != "X" else ""
        out = [Analysis(word, upos, feats, ((word, "STEM"),), True)]
    return out
