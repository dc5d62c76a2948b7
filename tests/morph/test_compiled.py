"""The compiled tables are up to date with their sources, equal to what the sources give, and read
instead of them; a stale file is noticed and the sources are read instead."""
from __future__ import annotations

import pytest

from taldau import compiled
from taldau.langid import model
from taldau.morph import compiled_endings, endings, guesser, lexicon, lookup

RECOMPILE = "compiled from other sources: run `python -m tools.morph.compile`"


def test_the_compiled_lexicon_is_current_and_equal_to_its_source() -> None:
    assert compiled.stamp_of(lexicon.COMPILED) == lexicon.source_stamp(), RECOMPILE
    stems, rows = compiled.load(lexicon.COMPILED)
    assert dict(zip(stems.split("\n"), rows.split("\n"))) == lexicon.stem_rows()


def test_the_compiled_guesser_models_are_current_and_equal_to_the_counted_ones() -> None:
    assert compiled.load(guesser.MODELS, lexicon.source_stamp()) == guesser.stem_models(lexicon.stems()), RECOMPILE


def test_the_compiled_endings_are_current_and_equal_to_the_realised_ones() -> None:
    assert compiled.stamp_of(compiled_endings.PATH) == compiled_endings.source_hash(), RECOMPILE
    table, tails = compiled_endings.load()
    realised = endings.realised_table()
    assert dict(table.items()) == realised
    assert tails == endings.all_tails(realised)


def test_the_compiled_langid_ratios_are_current_and_equal_to_the_table() -> None:
    path = model.HERE / model.COMPILED
    assert compiled.stamp_of(path) == model.source_stamp(), "run `python -m tools.langid.build`"
    assert compiled.load(path) == model.table_ratios()


@pytest.fixture
def fresh_lexicon():
    """stems() and what caches its values, emptied before and after."""
    def clear() -> None:
        for cached in (lexicon.stems, lookup._resolve):
            cached.cache_clear()

    clear()
    yield
    clear()


def test_a_stale_lexicon_file_is_not_read(monkeypatch, fresh_lexicon) -> None:
    expected = {stem: lexicon.stems()[stem] for stem in ("бала", "оқы", "қазақстан")}
    lexicon.stems.cache_clear()
    monkeypatch.setattr(lexicon, "source_stamp", lambda: "another lexicon")
    read, stem_rows = [], lexicon.stem_rows
    monkeypatch.setattr(lexicon, "stem_rows", lambda: read.append("tsv") or stem_rows())
    stems = lexicon.stems()
    assert read == ["tsv"]
    assert {stem: stems[stem] for stem in expected} == expected


def test_lazy_makes_each_value_once_and_behaves_as_a_mapping() -> None:
    made = []
    table = compiled.Lazy({"a": 1, "b": 2}, lambda key, row: made.append(key) or (key, row * 10))
    assert table["a"] == table.get("a") == ("a", 10)
    assert made == ["a"]
    assert table.get("z") is None and "z" not in table and "b" in table
    assert dict(table) == {"a": ("a", 10), "b": ("b", 20)} and len(table) == 2
    with pytest.raises(KeyError):
        table["z"]


def test_a_missing_or_foreign_file_loads_as_none(tmp_path) -> None:
    assert compiled.load(tmp_path / "missing.marshal.gz") is None
    (tmp_path / "junk.marshal.gz").write_bytes(b"not gzip")
    assert compiled.load(tmp_path / "junk.marshal.gz") is None
    compiled.dump(tmp_path / "t.marshal.gz", "v1", {"x": (1, "y")})
    assert compiled.load(tmp_path / "t.marshal.gz", "v1") == {"x": (1, "y")}
    assert compiled.load(tmp_path / "t.marshal.gz", "v2") is None
