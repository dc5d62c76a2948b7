import pytest

import taldau
from taldau.pipeline import Pipeline, available


def test_sentences_carry_language_and_script() -> None:
    doc = taldau.analyze("Қазақстан экономикасы өсті. Экономика России растёт быстрее.")
    assert [(s.lang, s.script) for s in doc.sentences] == [("kk", "Cyrl"), ("ru", "Cyrl")]


def test_pipeline_runs_only_the_named_components() -> None:
    doc = Pipeline([])("Бір. Екі.")
    assert len(doc.sentences) == 2 and doc.sentences[0].lang is None


def test_unknown_component_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown component 'coref'"):
        Pipeline(["coref"])


def test_available_lists_installed_components_in_order() -> None:
    names = available()
    assert "langid" in names
    assert names == sorted(names, key=["langid", "cyrillic", "morph", "tagger", "parser", "quantities", "ner", "stances", "keyterms"].index)


def test_numeric_entities_come_from_quantities_and_names_from_ner() -> None:
    text = "Ресейге экспорт 9,1 млрд долларға жетті, ал АҚШ-тың үлесі 30 пайызға жуық."
    doc = taldau.analyze(text)
    labels = {(e.label, e.text) for e in doc.entities}
    assert ("MONEY", "9,1 млрд долларға") in labels and ("PERCENTAGE", "30 пайызға жуық") in labels
    assert {(e.canonical, e.link) for e in doc.entities if e.label == "GPE"} == {("Ресей", "RU"), ("АҚШ", "US")}
    spans = [(e.start, e.end) for e in doc.entities]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))  # one span, one label: no overlaps


def test_merge_spans_keeps_the_first_and_adds_what_does_not_overlap() -> None:
    from taldau.doc import Span, merge_spans

    kept = (Span("MONEY", 0, 5, ""), Span("DATE", 10, 12, ""))
    extra = (Span("GPE", 4, 6, ""), Span("ORG", 5, 10, ""), Span("PERSON", 11, 12, ""), Span("LAW", 12, 13, ""))
    assert [s.label for s in merge_spans(kept, extra)] == ["MONEY", "ORG", "DATE", "LAW"]



def test_a_pipeline_lets_the_garbage_collector_wait_longer_but_never_shorter() -> None:
    import gc

    from taldau.pipeline import GC_YOUNG

    before = gc.get_threshold()
    try:
        gc.set_threshold(700, *before[1:])
        Pipeline([])
        assert gc.get_threshold() == (GC_YOUNG, *before[1:])
        gc.set_threshold(5 * GC_YOUNG, *before[1:])
        Pipeline([])
        assert gc.get_threshold()[0] == 5 * GC_YOUNG
    finally:
        gc.set_threshold(*before)


def test_a_token_with_other_readings_keeps_every_other_field() -> None:
    token = Pipeline(["morph"])("Кітап").tokens[0]._replace(head=0, deprel="root", space_after=False)
    readings = token.analyses[:1]
    assert token.with_analyses(readings) == token._replace(analyses=readings)
