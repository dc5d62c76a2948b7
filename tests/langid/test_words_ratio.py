"""The per-word log-ratio is the n-gram sum itself, to the last bit. Texts written for this test."""
from __future__ import annotations

import pytest

from taldau.langid import model
from taldau.langid.features import grams, words

TEXTS = [
    "Қазақстан Жапониямен ынтымақтасуға келісті.",
    "Правительство утвердило новый бюджет на следующий год.",
    "The committee approved the new budget yesterday.",
    "Astana qalasynda jańa mektep ashyldy.",
    "Бүгін Алматыда smart city жобасы туралы айтылды, а в Москве — нет.",
    "а б в г д",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_words_ratio_is_the_sum_of_the_text_s_grams(text: str) -> None:
    m, ws = model.load(), words(text)
    for script in model.PAIRS:
        assert m.words_ratio(script, ws).hex() == float(m.log_ratio(script, grams(ws))).hex()


def test_no_gram_of_the_table_spans_two_words() -> None:
    """What `words_ratio` relies on: every gram is within one word (the build leaves the others out)."""
    for table in model.load().ratios.values():
        assert not any(" " in gram.strip() for gram in table)
