"""The whole-form table: current with the analyser's sources, and giving each compiled word exactly the
readings the analyser gives it; a stale or missing table is not read."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from taldau import compiled
from taldau.doc import Analysis
from taldau.morph import _analyze, _search, analyze, forms
from tools.morph.forms import compiled_words

WORDS = compiled_words()
COMMITTED = forms.read(compiled.load(forms.PATH))  # as committed, stale or not
# fields as a reading may hold them: any text without the table's separators
FIELDS = st.text(st.characters(blacklist_characters="".join(forms.SEPARATORS), blacklist_categories=("Cs",)))
READINGS = st.builds(Analysis, FIELDS, FIELDS, FIELDS, st.lists(st.tuples(FIELDS, FIELDS), max_size=4).map(tuple),
                     st.booleans())


@pytest.fixture
def fresh():
    """The analyser's per-word cache and the table, read again before and after."""
    def clear() -> None:
        _analyze.cache_clear()
        forms.table.cache_clear()

    clear()
    yield
    clear()


def test_the_table_is_current_and_holds_frequent_words() -> None:
    assert forms.table() is not None, "compiled from other sources: run `python -m tools.morph.compile`"
    assert len(WORDS) > 10_000 and {"және", "бойынша", "Қазақстан"} <= set(WORDS)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(WORDS or [""]))
def test_a_compiled_word_gets_exactly_the_analysers_readings(word: str) -> None:
    assert COMMITTED is not None, "no table: run `python -m tools.morph.compile`"
    assert forms.readings(word) in (None, _search(word))  # None: stale, which the test above reports
    assert forms.decode(COMMITTED.row(word) or "", COMMITTED.shapes) == _search(word)


def test_a_word_the_table_lacks_is_analysed() -> None:
    assert forms.readings("келістірілмегендіктен") is None
    assert analyze("келістірілмегендіктен") == list(_search("келістірілмегендіктен"))


@given(st.dictionaries(FIELDS.filter(bool), st.lists(READINGS, min_size=1, max_size=4).map(tuple), min_size=1))
def test_readings_come_back_from_the_compiled_columns_as_they_were(table: dict[str, tuple[Analysis, ...]]) -> None:
    back = forms.read(forms.columns(table))
    assert back is not None
    assert {word: forms.decode(back.row(word) or "", back.shapes) for word in table} == table


def test_a_separator_in_a_reading_is_refused() -> None:
    with pytest.raises(ValueError, match="separator"):
        forms.encode([Analysis("бала\tлар", "NOUN")], {})


def test_a_table_in_another_layout_is_not_read() -> None:
    assert forms.read(None) is None and forms.read(("words", "rows")) is None


def test_a_stale_table_is_not_read_and_words_are_analysed_as_before(monkeypatch, fresh) -> None:
    expected = {word: _search(word) for word in ("Қазақстан", "және", "бойынша")}
    monkeypatch.setattr(forms, "source_stamp", lambda: "other sources")
    assert forms.table() is None and forms.readings("және") is None
    assert {word: tuple(analyze(word)) for word in expected} == expected


def test_an_edit_to_the_analysers_sources_changes_the_stamp(monkeypatch) -> None:
    assert forms.HERE / "lookup.py" in forms.sources() and forms.PATH not in forms.sources()
    stamp, read = forms.source_stamp(), forms.Path.read_bytes
    monkeypatch.setattr(forms.Path, "read_bytes", lambda p: read(p) + (b"#" if p.name == "lookup.py" else b""))
    assert forms.source_stamp() != stamp


def test_an_empty_or_damaged_table_is_not_read() -> None:
    good = forms.columns({"су": (Analysis("су", "NOUN", "Case=Nom", (("су", "N"),), False),)})
    words, rows, offsets, shapes = good
    assert forms.read(good) is not None
    assert forms.read(forms.columns({})) is None  # no words
    assert forms.read((words, rows, offsets + b"\0\0\0\0", shapes)) is None  # offsets not of these rows
    assert forms.read((words, rows, offsets[:-1], shapes)) is None  # a cut offset
    assert forms.read((words, rows, offsets, "NOUN")) is None  # a shape short of its fields
