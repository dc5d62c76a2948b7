"""Morphology for NER features: the reading `taldau.tagger` chooses in context for each word (optional).

The pipeline hands the NER its tokens with the tagger's reading first; a model trained with morphology
must see the same readings in training and in `taldau.ner.tag`, so both come from here."""
from __future__ import annotations

from collections.abc import Sequence

from taldau.ner.features import Word


def analysed(words: Sequence[str]) -> list[Word]:
    """Words with lemma, UPOS and UD feats of the reading their context calls for."""
    from taldau.tagger import disambiguate

    out = []
    for word, readings in zip(words, disambiguate(words)):
        first = readings[0] if readings else None
        out.append(Word(word, first.lemma, first.upos, _feats(first.feats)) if first else Word(word))
    return out


def _feats(feats) -> str:
    """UD FEATS string; taldau.morph's hyphen unit gave (key, value) pairs (БТП-сын) when this was written."""
    return feats if isinstance(feats, str) else "|".join(f"{k}={v}" for k, v in feats)
