"""The component protocol: declared requirements, models given by path, batches, third-party components."""
import json
from dataclasses import replace

import pycrfsuite
import pytest

from taldau.component import Component
from taldau.doc import Doc, Span
from taldau.ner.component import EntityRecognizer
from taldau.ner.features import Word, sentence
from taldau.pipeline import Pipeline, available, factory

TEXT = "Астана қаласында Болат жаңа зауыт ашты. Ол 2025 жылы 300 адамды жұмысқа алды."


def test_a_missing_requirement_is_refused_with_its_name_and_provider() -> None:
    with pytest.raises(ValueError, match=r"'keyterms' requires readings, entities; put 'morph' .*'ner'"):
        Pipeline(["keyterms"])


def test_a_component_after_the_one_it_needs_is_accepted() -> None:
    assert Pipeline(["morph", "quantities", "keyterms"]).names == ["segment", "morph", "quantities", "keyterms"]


def test_cyrillic_norms_need_the_language_of_each_sentence() -> None:
    with pytest.raises(ValueError, match="'cyrillic' requires lang; put 'langid' before it"):
        Pipeline(["cyrillic", "morph"])


def test_every_builtin_component_declares_itself() -> None:
    for name in available():
        cls = factory(name)
        assert issubclass(cls, Component) and cls.name == name and cls.assigns


def test_pipe_in_batches_gives_what_one_call_gives() -> None:
    nlp = Pipeline()
    texts = [TEXT, "", "Бір. Екі.", TEXT.upper(), "Қытай мұнай сатып алады."]
    assert list(nlp.pipe(texts, batch_size=2)) == [nlp(t) for t in texts]


class Capitals(Component):
    """A third-party component: every capitalised word not yet in an entity becomes a MISC span."""

    name, requires, assigns = "capitals", ("tokens", "entities"), ("capitals",)

    def __call__(self, doc: Doc) -> Doc:
        taken = {i for e in doc.entities for i in range(e.start, e.end)}
        found = tuple(Span("MISC", t.start, t.end, t.text) for t in doc.tokens
                      if t.text[:1].isupper() and t.start not in taken)
        return replace(doc, entities=tuple(sorted(doc.entities + found, key=lambda s: s.start)))


def test_a_third_party_component_runs_in_the_pipeline() -> None:
    doc = Pipeline(["langid", "morph", "quantities", "ner", Capitals()])(TEXT)
    misc = [e.text for e in doc.entities if e.label == "MISC"]
    assert "Ол" in misc and "Астана" not in misc  # Астана is already a GPE


def test_a_third_party_component_is_checked_too() -> None:
    with pytest.raises(ValueError, match="'capitals' requires entities"):
        Pipeline(["morph", Capitals()])


def _train_toy_ner(folder) -> None:
    """A CRF that calls every word an EVENT, saved as the ner component expects."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for words in (["Бір", "екі", "үш"], ["Төрт", "бес"]):
        trainer.append(sentence([Word(w) for w in words]), ["B-EVENT"] + ["I-EVENT"] * (len(words) - 1))
    trainer.train(str(folder / "model.crfsuite"))
    (folder / "meta.json").write_text(json.dumps({"format": 1, "morph": False}), encoding="utf-8")


def test_a_component_built_from_a_path_uses_that_model(tmp_path) -> None:
    _train_toy_ner(tmp_path)
    toy = EntityRecognizer.from_disk(tmp_path)
    doc = Pipeline(["morph", toy])("Болат Астанаға келді")
    assert doc.entities and {e.label for e in doc.entities} == {"EVENT"}
    bundled = Pipeline(["morph", "ner"])("Болат Астанаға келді")
    assert "EVENT" not in {e.label for e in bundled.entities}


def test_a_model_path_that_does_not_exist_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(FileNotFoundError, match="no model for component 'ner'"):
        EntityRecognizer.from_disk(tmp_path / "missing")
