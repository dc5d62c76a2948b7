"""A hyphenated pair of number words kept as one token (KazNERD and UD keep екі-үш whole) that joins two
longer numbers of a range: он-он | бес мың is 10 000-15 000, он | бес-жиырма is 15-20 (sentences written here)."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from taldau.doc import Doc, Token
from taldau.numbers import as_entities, extract


def _doc(text: str) -> Doc:
    """The text tokenized at spaces only, as KazNERD's tokens are: hyphenated words stay whole."""
    tokens, pos = [], 0
    for word in text.split(" "):
        tokens.append(Token(word, pos, pos + len(word), word))
        pos += len(word) + 1
    return Doc(text, tuple(tokens))


@pytest.mark.parametrize(("text", "label", "words", "value"), [
    ("Жұмысшылар айына қырық-қырық бес мың теңге табады", "MONEY", "қырық-қырық бес мың теңге", [40000, 45000]),
    ("Жөндеу он бес-жиырма күнге созылады", "DATE", "он бес-жиырма күнге", ["P15D", "P20D"]),
    ("Жолға бір жарым-екі сағат кетеді", "TIME", "бір жарым-екі сағат", ["PT1.5H", "PT2H"]),
    ("Көпірдің ұзындығы жүз-жүз елу метр", "QUANTITY", "жүз-жүз елу метр", [100, 150]),
    ("Шараға екі-үш жүз адам келеді", "CARDINAL", "екі-үш жүз", [200, 300]),  # a scale: the token stays whole
])
def test_a_range_across_a_hyphenated_token(text: str, label: str, words: str, value: list) -> None:
    found = [q for q in extract(_doc(text)) if not q.named]
    assert [(e.label, e.text) for e in as_entities(found)] == [(label, words)]
    assert found[0].value == value


_NUMBER_WORDS = ["бір", "екі", "бес", "он", "жиырма", "жүз", "мың", "жарым", "үш"]


@given(st.sampled_from(_NUMBER_WORDS), st.sampled_from(_NUMBER_WORDS), st.lists(st.sampled_from(_NUMBER_WORDS + ["адам"]),
                                                                                max_size=3))
def test_offsets_stay_those_of_the_text(left: str, right: str, more: list[str]) -> None:
    """Whatever the hyphenated token is split into, every span quotes the text at its own offsets."""
    text = " ".join(["Ауылда", f"{left}-{right}", *more, "үй"])
    for q in extract(_doc(text)):
        assert text[q.start : q.end] == q.text and q.text.strip() == q.text


@pytest.mark.parametrize(("text", "words", "value"), [
    ("Ауылда жиырма бір-біріне ұқсас үй салынды", "жиырма", 20),  # the reciprocal бір-бірі, no 21-1 range
    ("Залда отыз бір-бірімен таныс адам отырды", "отыз", 30),
])
def test_a_range_runs_upward(text: str, words: str, value: int) -> None:
    found = [q for q in extract(_doc(text)) if not q.named]
    assert [(q.text, q.value) for q in found] == [(words, value)]
