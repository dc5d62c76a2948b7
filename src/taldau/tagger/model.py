"""The committed CRF (`model.crfsuite`, `meta.json`): predicts a coarse tag per word of a sentence.

The crfsuite tagger keeps per-call state, so each thread opens its own."""
from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from taldau.doc import Analysis
from taldau.tagger.features import sentence

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


def predict(words: Sequence[tuple[str, Sequence[Analysis]]]) -> list[str]:
    """The coarse tag of each (norm, readings) of one sentence."""
    return load().tag(sentence(words)) if words else []
