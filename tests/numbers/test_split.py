"""The numbers benchmark's split: twins (the same sentence with its numbers in words or in digits,
labelled or not) fall on one side; sentences written for this test, tagged as KazNERD tags them."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bench.numbers import held_out, labelled_twins, part, twins

SCHOOL_DIGITS = [("Қаладағы", "O"), ("нөмірі", "O"), ("23-інші", "I-FACILITY"), ("мектеп", "I-FACILITY"), ("жабылды", "O")]
SCHOOL_WORDS = [("Қаладағы", "O"), ("нөмірі", "O"), ("жиырма", "I-FACILITY"), ("үшінші", "I-FACILITY"),
                ("мектеп", "I-FACILITY"), ("жабылды", "O")]


def test_twins_with_an_unlabelled_number_share_a_group() -> None:
    assert twins(SCHOOL_DIGITS) == twins(SCHOOL_WORDS)
    assert labelled_twins(SCHOOL_DIGITS) != labelled_twins(SCHOOL_WORDS)  # what the former key missed


def test_twins_with_labelled_numbers_share_a_group() -> None:
    digits = [("Ауылға", "O"), ("5", "B-CARDINAL"), ("дәрігер", "O"), ("келді", "O")]
    words = [("Ауылға", "O"), ("бес", "B-CARDINAL"), ("дәрігер", "O"), ("келді", "O")]
    assert twins(digits) == twins(words) != twins([("Ауылға", "O"), ("дәрігер", "O"), ("кетті", "O")])


_WORDS = st.sampled_from(["бес", "5", "жиырма", "20-сыншы", "мектеп", "жабылды", "ауыл", "келді", "нөмірі", "үшінші"])
_SENTENCES = st.lists(st.lists(_WORDS, min_size=1, max_size=6).map(lambda ws: [(w, "O") for w in ws]), max_size=40)


@given(_SENTENCES)
def test_no_twin_group_is_on_both_sides(sentences: list[list[tuple[str, str]]]) -> None:
    clean, leaked = held_out(sentences)
    dev = {twins(s) for s in sentences if part(s) == "dev"}
    assert not {twins(s) for s in clean} & dev
    assert all(twins(s) in dev for s in leaked)
