"""strip_case answers from a per-word cache: the same candidates every time, in a list of the caller's own."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from taldau.morph.suffixes import _stripped, strip_case

WORDS = st.text("абвгдеқғңұүөәіынлрстшу", min_size=1, max_size=12)


def test_a_caller_changing_its_list_changes_no_later_answer() -> None:
    first = strip_case("Ресейдің")
    assert first == ["Ресейдің", "Ресей"]
    first.append("junk")
    assert strip_case("Ресейдің") == ["Ресейдің", "Ресей"]


@given(WORDS, st.integers(1, 4))
def test_the_cached_answer_is_the_computed_one(word: str, min_stem: int) -> None:
    assert strip_case(word, min_stem) == list(_stripped.__wrapped__(word, min_stem))
    assert strip_case(word, min_stem)[0] == word
