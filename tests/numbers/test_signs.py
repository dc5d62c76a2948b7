"""A sign word (минус, плюс) before a comma and a number: no number starts with the comma (found by fuzzing)."""
import pytest

from taldau.pipeline import Pipeline


@pytest.mark.parametrize("text", ["Бұл үлкен плюс, 30 жыл бойы жұмыс істеді.", "Температура минус , 5 градус."])
def test_a_sign_before_a_comma_reads_without_error(text: str) -> None:
    doc = Pipeline()(text)
    assert any(text[q.start:q.end].startswith(("30", "5")) for q in doc.quantities)
