"""The compiled endings table is the realised one, and is read instead of realising it."""
from __future__ import annotations

from taldau.morph import compiled_endings, endings


def test_the_compiled_table_is_current_and_equal_to_the_realised_one() -> None:
    loaded = compiled_endings.load()
    assert loaded is not None, "compiled from older code: python -m tools.morph.endings"
    assert loaded == endings.realised_table()


def test_a_changed_source_is_noticed(monkeypatch) -> None:
    monkeypatch.setattr(compiled_endings, "source_hash", lambda: "other code")
    assert compiled_endings.load() is None
