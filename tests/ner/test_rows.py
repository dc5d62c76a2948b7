"""Frequent words' compiled feature rows (`taldau.ner.rows`) are current and change no feature and no label.
Words and sentences written for these tests."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from taldau.ner import features, rows
from taldau.ner.features import Known, Word, sentence
from taldau.ner.model import MODEL, known, tag_words

WORDS = ["және", "Қазақстан", "жылы", "бойынша", "Республикасы", "министрлігінің", "Астанада", "облысында",
         "Президенті", "сөйлесті", "зауыт", "мектепте", "Тоқаев"]
READINGS = [Word("Астанада", "Астана", "PROPN", "Case=Loc"), Word("министрлігінің", "министрлік", "NOUN",
            "Case=Gen|Number=Sing|Number[psor]=Sing|Person[psor]=3"), Word("сөйлесті", "сөйлес", "VERB", "Tense=Past")]
SENTENCE = "Мемлекет басшысы Тоқаев Астанада Білім министрлігінің отырысында сөйлесті ."


def _slow() -> Known:
    """The bundled model's features without the compiled rows."""
    keep = known(MODEL)
    return Known(keep.names, keep.views)


def test_the_committed_rows_are_current() -> None:
    assert rows.table() is not None, "compiled from other sources: run `python -m tools.ner.compile`"
    assert all(word in rows.table().rows.index for word in WORDS)


@pytest.mark.parametrize("word", WORDS)
def test_a_compiled_row_is_what_the_features_work_out(word: str) -> None:
    assert rows.row(word) == rows.rows_of([word])[word]


@pytest.mark.parametrize("word", [*map(Word, WORDS), *READINGS])
def test_a_word_seen_through_its_row_is_seen_as_without_it(word: Word) -> None:
    features._seen.cache_clear()
    assert known(MODEL).bundled and features._seen(word, known(MODEL)) == features._seen(word, _slow())


@given(st.lists(st.sampled_from([*map(Word, WORDS), *READINGS, Word("Ердоғанмен"), Word("."), Word("«")]),
                min_size=1, max_size=12))
@settings(max_examples=40, deadline=None)
def test_a_sentence_gets_the_same_features(words: list[Word]) -> None:
    features._seen.cache_clear()
    fast = sentence(words, keep=known(MODEL))
    features._seen.cache_clear()
    assert fast == sentence(words, keep=_slow())


def test_the_pipeline_s_labels_are_the_same_with_a_stale_table(monkeypatch) -> None:
    words = [Word(w) for w in SENTENCE.split()]
    features._seen.cache_clear()
    labels = tag_words(words)
    monkeypatch.setattr(rows, "source_stamp", lambda: "other sources")
    rows.table.cache_clear()
    features._seen.cache_clear()
    try:
        assert rows.table() is None and rows.row("және") is None
        assert tag_words(words) == labels and "B-PERSON" in labels
    finally:
        monkeypatch.undo()
        rows.table.cache_clear()
        features._seen.cache_clear()


def test_rows_come_back_from_their_columns_and_damage_is_not_read() -> None:
    made = {"су": rows.Row("су", "x", (b"w=\xd1\x81\xd1\x83", b"bias"), ((), (b"-1:w=x",), (), (b"2:st=x",))),
            "Су": rows.Row("су", "Xx", (), ((), (), (), ()))}
    back = rows.read(rows.columns(made))
    assert back is not None and {word: back.row(word) for word in made} == made and back.row("суы") is None
    assert rows.read(None) is None and rows.read(("су", b"", b"\x00", b"")) is None
    with pytest.raises(ValueError, match="line break"):
        rows.columns({"a": rows.Row("a\nb", "x", (), ((), (), (), ()))})
