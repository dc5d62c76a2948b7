"""The committed CRF (`model.crfsuite`, `meta.json`): predicts a coarse tag per word of a sentence."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from taldau.crf import CrfModel
from taldau.doc import Analysis
from taldau.tagger.features import sentence

HERE = Path(__file__).parent
MODEL = HERE / "model.crfsuite"
META = HERE / "meta.json"
FORMAT = 1
_CRF = CrfModel(MODEL, META, FORMAT)
meta = _CRF.meta  # the checked contents of meta.json
load = _CRF.tagger  # this thread's crfsuite tagger, opened on first use


def predict(words: Sequence[tuple[str, Sequence[Analysis]]]) -> list[str]:
    """The coarse tag of each (norm, readings) of one sentence."""
    return load().tag(sentence(words)) if words else []
