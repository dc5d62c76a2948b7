"""Number words both ways, as tables: words.tsv (words -> number), spell.tsv (number -> words)."""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from taldau.numbers import number_to_words, parse_number, spell, words_to_number
from taldau.numbers.composition import compose
from taldau.numbers.words import Word

HERE = Path(__file__).parent


def _table(name: str) -> list[list[str]]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


@pytest.mark.parametrize(("text", "value", "form"), _table("words.tsv"))
def test_words_to_number(text: str, value: str, form: str) -> None:
    parsed = parse_number(text)
    assert parsed is not None
    assert parsed.value == pytest.approx(json.loads(value))
    assert words_to_number(text) == parsed.value
    forms = {"ordinal": parsed.ordinal, "approx": parsed.approx, "collective": parsed.collective}
    assert {k for k, v in forms.items() if v} == ({form} if form != "-" else set())


@pytest.mark.parametrize("text", ["бес он", "он жиырма", "пайыз", "жүз жүз", "", "бүтін", "екі бүтін"])
def test_not_a_number(text: str) -> None:
    assert parse_number(text) is None
    with pytest.raises(ValueError, match="not a number"):
        words_to_number(text)


@pytest.mark.parametrize(("number", "ordinal", "case", "words"), _table("spell.tsv"))
def test_number_to_words(number: str, ordinal: str, case: str, words: str) -> None:
    n = Decimal(number) if "." in number else int(number)
    assert number_to_words(n, ordinal=ordinal == "yes", case=case or None) == words


def test_float_and_string_inputs() -> None:
    assert number_to_words(2.9) == "екі бүтін оннан тоғыз"
    assert spell("2,9") == "екі бүтін оннан тоғыз"
    assert spell("1 500 000") == "бір миллион бес жүз мың"


@pytest.mark.parametrize(("call", "message"), [
    (lambda: number_to_words(5, case="xyz"), "unknown case"),
    (lambda: number_to_words(2.5, ordinal=True), "ordinals are for whole numbers"),
    (lambda: number_to_words(10**18), "too large"),
    (lambda: spell("abc"), "not a number"),
])
def test_errors_say_what_is_wrong(call, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        call()


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_round_trip_cardinal(n: int) -> None:
    words = number_to_words(n)
    assert words_to_number(words) == n
    assert number_to_words(words_to_number(words)) == words


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["nom", "dat", "loc", "abl", "gen", "acc", "ins"]))
def test_round_trip_ordinal_with_case(n: int, case: str) -> None:
    words = number_to_words(n, ordinal=True, case=case)
    parsed = parse_number(words)
    assert parsed is not None and parsed.ordinal and parsed.value == n


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["dat", "loc", "abl", "gen", "acc", "ins"]))
def test_round_trip_cardinal_with_case(n: int, case: str) -> None:
    assert words_to_number(number_to_words(n, case=case)) == n


@settings(max_examples=150, deadline=None)
@given(st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False))
def test_round_trip_decimal(d: Decimal) -> None:
    words = number_to_words(d)
    assert Decimal(str(words_to_number(words))) == d.normalize() or words_to_number(words) == pytest.approx(float(d))


def test_a_fraction_is_never_a_vague_count() -> None:
    """A denominator with the vague ending (a thousand "-даған" in the ablative, then a smaller scale): the
    fraction is exact, the "tens of thousands" reading of the same words must not make it approximate."""
    found = compose([Word("scale", Decimal(1000), "дағаннан"), Word("scale", Decimal(100))])
    assert found is not None and found.value == pytest.approx(0.1) and not found.approx
