"""The committed CRF (`model.crfsuite`, `meta.json`): tags a sentence of words with IOB2 labels."""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache
from pathlib import Path

from taldau import compiled
from taldau.crf import CrfModel, attributes
from taldau.ner import names
from taldau.ner.features import Known, Views, Word, sentence, views

HERE = Path(__file__).parent
MODEL = HERE / "model.crfsuite"
META = HERE / "meta.json"
KNOWN = HERE / "model.features.marshal.gz"  # `python -m tools.ner.compile`
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
    return model.tagger().tag(sentence(words, names_beside(model.model), known(model.model)))


@lru_cache(maxsize=4)
def known(model_file: Path) -> Known:
    """The features the model at `model_file` has weights for (the others change no label); compiled for the
    bundled model (`python -m tools.ner.compile`), read from the model file for another."""
    if model_file == MODEL:
        names, views = compiled.table(KNOWN, (MODEL,), lambda: _known_table(MODEL))
        return Known(frozenset(names), views, bundled=True)
    return Known.of(attributes(model_file))


def _known_table(model_file: Path) -> tuple[list[str], Views]:
    """`known` as plain values, for `taldau.compiled`."""
    names = attributes(model_file)
    return sorted(names), views(names)


@lru_cache(maxsize=4)
def names_beside(model_file: Path) -> names.Table | None:
    """The names table trained with the model at `model_file`; None (the committed table) when it has none.
    Looked up once per model, as `names.table` reads each file once."""
    known = model_file.with_name(names.FILE.name)
    return names.table(known) if known.exists() else None
