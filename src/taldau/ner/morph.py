"""Morphology for NER features: the first reading of `taldau.morph` for each word (optional)."""
from __future__ import annotations

from collections.abc import Sequence

from taldau.ner.features import Word


def analysed(words: Sequence[str]) -> list[Word]:
    """Words with lemma, UPOS and UD feats of their most likely reading."""
    from taldau.morph import analyze_many

    out = []
    for word, readings in zip(words, analyze_many(words)):
        first = readings[0] if readings else None
        out.append(Word(word, first.lemma, first.upos, _feats(first.feats)) if first else Word(word))
    return out


def _feats(feats) -> str:
    """UD FEATS string; taldau.morph's hyphen unit gave (key, value) pairs (БТП-сын) when this was written."""
    return feats if isinstance(feats, str) else "|".join(f"{k}={v}" for k, v in feats)
