"""The NER's compiled tables are current, equal to their TSV sources, and a stale one is not read."""
from __future__ import annotations

from taldau import compiled
from taldau.ner import clusters, gazetteer, model

RECOMPILE = "compiled from other sources: run `python -m tools.ner.compile`"


def test_the_compiled_clusters_are_current_and_equal_to_the_tsv() -> None:
    assert compiled.load(clusters.COMPILED, compiled.stamp(clusters.FILE.read_bytes())) == clusters.read(), RECOMPILE


def test_the_compiled_lexicon_is_current_and_equal_to_the_tsv() -> None:
    source = compiled.stamp(gazetteer.LEXICON.read_bytes())
    assert compiled.load(gazetteer.LEXICON_COMPILED, source) == gazetteer.read_lexicon(), RECOMPILE


def test_the_compiled_model_features_are_current_and_equal_to_the_model_s() -> None:
    source = compiled.stamp(model.MODEL.read_bytes())
    assert compiled.load(model.KNOWN, source) == model._known_table(model.MODEL), RECOMPILE


def test_a_table_compiled_from_other_sources_is_rebuilt_from_them(tmp_path) -> None:
    source, path = tmp_path / "words.tsv", tmp_path / "words.marshal.gz"
    source.write_text("алма\t1\n", encoding="utf-8")
    assert compiled.compile_table(path, (source,), lambda: {"алма": "1"}) == {"алма": "1"}
    assert compiled.table(path, (source,), lambda: {"built": "again"}) == {"алма": "1"}
    source.write_text("алма\t2\n", encoding="utf-8")
    assert compiled.table(path, (source,), lambda: {"built": "again"}) == {"built": "again"}


def test_equal_rows_are_compiled_once_and_read_back_as_one_object(tmp_path) -> None:
    lines = "алма\t1 12\nалмұрт\t1 12\nөрік\t2 12"
    rows = {word: tuple(ids.split()) for word, ids in (line.split("\t") for line in lines.split("\n"))}  # as a TSV
    alone, together = tmp_path / "alone.marshal.gz", tmp_path / "together.marshal.gz"
    compiled.dump(alone, "", rows)
    compiled.dump(together, "", compiled.shared(rows))
    apart, read = compiled.load(alone), compiled.load(together)
    assert read == apart == rows
    assert apart["алма"] is not apart["алмұрт"]
    assert read["алма"] is read["алмұрт"] and read["алма"][1] is read["өрік"][1] and read["алма"] is not read["өрік"]
