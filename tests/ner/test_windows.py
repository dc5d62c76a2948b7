"""Long sentences are tagged in windows: every token once, cuts after punctuation, names kept whole."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import taldau
from taldau.ner import WINDOW, windows
from taldau.segment import tokenize


@given(st.lists(st.sampled_from(["Ресей", "үкіметі", ",", "Алматыда", "«", "»", "жұмыс", "істейді"]), max_size=3 * WINDOW))
def test_windows_cover_every_token_once(words: list[str]) -> None:
    tokens = tokenize(" ".join(words))
    cuts = list(windows(tokens))
    assert [i for a, b in cuts for i in range(a, b)] == list(range(len(tokens)))
    assert all(0 < b - a <= WINDOW for a, b in cuts)
    assert all(not tokens[b - 1].text[:1].isalnum() for a, b in cuts[:-1] if "," in tokens[a:b])


def test_a_text_without_full_stops_keeps_its_names() -> None:
    clause = "Қасым-Жомарт Тоқаев Алматыда Ресей өкілдерімен кездесті , "
    doc = taldau.analyze(clause * 120)  # one sentence of 840 tokens
    assert len(doc.sentences) == 1 and len(doc.tokens) > 2 * WINDOW
    people = [e.text for e in doc.entities if e.label == "PERSON"]
    places = [e.canonical for e in doc.entities if e.label == "GPE"]
    assert people == ["Қасым-Жомарт Тоқаев"] * 120
    assert places == ["Алматы", "Ресей"] * 120
