"""The committed CRF (`model.crfsuite`, `meta.json`): tags a sentence of words with IOB2 labels."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from taldau.crf import CrfModel
from taldau.ner.features import Word, sentence

HERE = Path(__file__).parent
MODEL = HERE / "model.crfsuite"
META = HERE / "meta.json"
FORMAT = 1
_CRF = CrfModel(MODEL, META, FORMAT)
meta = _CRF.meta  # the checked contents of meta.json
load = _CRF.tagger  # this thread's crfsuite tagger, opened on first use


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
