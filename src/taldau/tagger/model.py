"""The committed CRF (`model.crfsuite`, `meta.json`): predicts a coarse tag per word of a sentence."""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

from taldau.crf import CrfModel
from taldau.doc import Analysis
from taldau.tagger.features import sentence

HERE = Path(__file__).parent
MODEL = HERE / "model.crfsuite"
META = HERE / "meta.json"
FORMAT = 1


@cache
def bundled() -> CrfModel:
    """The model shipped with taldau, opened on first use."""
    return CrfModel(MODEL, META, FORMAT)


def predict(words: Sequence[tuple[str, Sequence[Analysis]]], model: CrfModel | None = None) -> list[str]:
    """The coarse tag of each (norm, readings) of one sentence, by `model` (the bundled one by default)."""
    return (model or bundled()).tagger().tag(sentence(words)) if words else []
