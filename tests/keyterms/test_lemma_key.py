"""lemma_key reads the first reading directly, and answers None for any word that is not a modifier (the
candidate search relies on it instead of testing the UPOS first)."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from taldau.doc import Analysis, Token
from taldau.keyterms import MODIFIERS, lemma_key
from taldau.keyterms.candidates import _lemma_key

UPOS = st.sampled_from(["NOUN", "PROPN", "ADJ", "VERB", "ADP", "PUNCT", "NUM", "X"])
READINGS = st.lists(st.builds(Analysis, st.text("қазақстанАҚШ-1", max_size=8), UPOS), max_size=3).map(tuple)


@given(READINGS)
def test_lemma_key_is_that_of_the_tokens_lemma_and_upos(readings: tuple[Analysis, ...]) -> None:
    token = Token("сөз", 0, 3, "сөз", True, readings)
    assert lemma_key(token) == _lemma_key(token.lemma, token.upos)
    if token.upos not in MODIFIERS:
        assert lemma_key(token) is None


def test_a_noun_gets_its_lower_cased_lemma_and_a_verb_none() -> None:
    assert lemma_key(Token("Мұнайды", 0, 7, "Мұнайды", True, (Analysis("Мұнай", "NOUN"),))) == "мұнай"
    assert lemma_key(Token("келді", 0, 5, "келді", True, (Analysis("кел", "VERB"),))) is None
    assert lemma_key(Token("сөз", 0, 3, "сөз")) is None


def test_an_abbreviation_cut_short_is_no_term_but_one_in_capitals_is() -> None:
    assert _lemma_key("мөлш.", "NOUN") is None
    assert _lemma_key("Реж.", "PROPN") is None
    assert _lemma_key("АҚШ", "PROPN") == "ақш"
