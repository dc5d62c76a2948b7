"""Frequent words' compiled ids (`taldau.tagger.rows`) are current and change no id and no choice.
Words and sentences written for these tests."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from taldau.morph import _analyze
from taldau.tagger import rows
from taldau.tagger.ranker import Ranker
from tools.tagger.compile import same

WORDS = ["ол", "алма", "алды", "жылы", "келді", "бұл", "кітап", "оқып", "жатыр", "үйде", "болды", "қазіргі",
         "жұмыс", "істеп", "бала", "мектепке", "барады", "Қазақстан", "бойынша", "назар"]
OTHERS = ["2010", ",", ".", "Асқар", "келістірілмегендіктен"]  # not compiled (or not as words)


def _entries_equal(a: rows.Entry, b: rows.Entry) -> bool:
    return a.readings == b.readings and a[4:] == b[4:] and same(a[1:4], b[1:4])


def test_the_committed_ids_are_current() -> None:
    assert rows.table() is not None, "compiled from other sources: run `python -m tools.tagger.compile`"
    assert all(word in rows.table().index for word in WORDS)


@pytest.mark.parametrize("word", WORDS)
def test_compiled_ids_are_what_the_ranker_works_out(word: str) -> None:
    ranker = Ranker.from_disk()
    assert ranker.bundled and rows.ids(word, _analyze(word)) is not None
    ranker._words.entries.clear()
    assert _entries_equal(ranker._entry(word, _analyze(word)), ranker._made(word, _analyze(word)))


def test_only_the_analyser_s_own_readings_are_read_compiled() -> None:
    readings = _analyze("алды")
    assert len(readings) > 1 and rows.ids("алды", readings) is not None
    assert rows.ids("алды", tuple(reversed(readings))) is None  # reordered by a later stage
    assert rows.ids("алды", tuple(list(readings))) is None  # equal but not the analyser's: worked out, as before
    assert rows.ids("келістірілмегендіктен", _analyze("келістірілмегендіктен")) is None


@given(st.lists(st.lists(st.sampled_from(WORDS + OTHERS), min_size=1, max_size=9), min_size=1, max_size=3))
@settings(max_examples=30, deadline=None)
def test_a_block_chooses_the_same_with_and_without_the_compiled_ids(sentences: list[list[str]]) -> None:
    ranker = Ranker.from_disk()
    words = [(w, _analyze(w)) for s in sentences for w in s]
    starts = [sum(map(len, sentences[:n])) for n in range(len(sentences))]
    ranker._words.entries.clear()
    fast = ranker.choose_block(words, starts)
    ranker._words.entries.clear()
    ranker.bundled = False
    try:
        assert ranker.choose_block(words, starts) == fast
    finally:
        ranker.bundled = True
        ranker._words.entries.clear()


def test_a_stale_table_is_not_read(monkeypatch) -> None:
    monkeypatch.setattr(rows, "source_stamp", lambda: "other sources")
    rows.table.cache_clear()
    try:
        assert rows.table() is None and rows.ids("алды", _analyze("алды")) is None
    finally:
        monkeypatch.undo()
        rows.table.cache_clear()


def test_ids_come_back_from_their_columns_and_damage_is_not_read() -> None:
    made = {"а": ((1, 2), (3, 4, True, False, False, True), np.array([[5, 6], [7, 8]], dtype=np.int64)),
            "б": ((9, 0), (1, 1, False, False, False, False), None)}
    back = rows.read(rows.columns(made))
    assert back is not None and all(same(back.ids(word), ids) for word, ids in made.items())
    assert back.ids("а")[1][2] is True and back.ids("в") is None
    assert rows.read(None) is None and rows.read(("а", b"\x00", b"")) is None
    with pytest.raises(ValueError, match="16-bit"):
        rows.columns({"а": ((1 << 16, 0), (0, 0, 0, 0), None)})
