"""The committed CRF (`model.crfsuite`, `meta.json`): tags a sentence of words with IOB2 labels."""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache
from pathlib import Path

from taldau.crf import CrfModel
from taldau.ner import names
from taldau.ner.features import Word, sentence

HERE = Path(__file__).parent
MODEL = HERE / "model.crfsuite"
META = HERE / "meta.json"
FORMAT = 1


@cache
def bundled() -> CrfModel:
    """The model shipped with taldau, opened on first use."""
    return CrfModel(MODEL, META, FORMAT)


def meta() -> dict:
    """The checked contents of the bundled model's meta.json."""
    return bundled().meta()


def tag_words(words: Sequence[Word], model: CrfModel | None = None) -> list[str]:
    """IOB2 labels for one sentence, with the feature set `model` (the bundled one by default) was trained with."""
    if not words:
        return []
    model = model or bundled()
    if model.meta().get("morph"):
        if not all(w.upos for w in words):
            from taldau.ner.morph import analysed

            words = analysed([w.text for w in words])
    elif any(w.upos or w.lemma or w.feats for w in words):
        words = [Word(w.text) for w in words]
    return model.tagger().tag(sentence(words, _names_beside(model.model)))


@lru_cache(maxsize=4)
def _names_beside(model_file: Path) -> names.Table | None:
    """The names table trained with the model at `model_file`; None (the committed table) when it has none.
    Looked up once per model, as `names.table` reads each file once."""
    known = model_file.with_name(names.FILE.name)
    return names.table(known) if known.exists() else None
