"""The committed CRF: tags a sentence of words with IOB2 labels.

The crfsuite tagger keeps per-call state, so each thread opens its own (a 5 MB file, ~0.1 s).
"""
from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from taldau.ner.features import Word, sentence

HERE = Path(__file__).parent
MODEL = HERE / "model.crfsuite"
META = HERE / "meta.json"
FORMAT = 1
_local = threading.local()


@cache
def meta() -> dict:
    info = json.loads(META.read_text(encoding="utf-8"))
    if info.get("format") != FORMAT:
        raise ValueError(f"{META} has format {info.get('format')}; this taldau reads format {FORMAT}")
    return info


def load():
    """This thread's crfsuite tagger, opened on first use; checks the format of `meta.json` first."""
    tagger = getattr(_local, "tagger", None)
    if tagger is None:
        import pycrfsuite

        meta()
        tagger = pycrfsuite.Tagger()
        tagger.open(str(MODEL))
        _local.tagger = tagger
    return tagger


def tag_words(words: Sequence[Word]) -> list[str]:
    """IOB2 labels for one sentence, with the feature set the model was trained with."""
    if not words:
        return []
    if meta().get("morph"):
        if not all(w.upos for w in words):
            from taldau.ner.morph import analysed

            words = analysed([w.text for w in words])
    elif any(w.upos or w.lemma or w.feats for w in words):
        words = [Word(w.text) for w in words]
    return load().tag(sentence(words))
