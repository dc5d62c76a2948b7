"""The component on a Doc: spans, offsets and KazNERD labels, as (text, expected entities) pairs."""
from __future__ import annotations

import pytest

from taldau.doc import Doc
from taldau.numbers import as_entities, explain, extract, read_numbers
from taldau.segment import tokenize

CASES = [
    ("Инфляция 2,9 пайызға жетті.", ["PERCENTAGE|2,9 пайызға"]),
    ("Оған 15 триллион долларға жуық қаржы керек.", ["MONEY|15 триллион долларға жуық"]),
    ("2001-2020 жылдар аралығында 10 миллион адам көшті.",
     ["DATE|2001-2020 жылдар аралығында", "CARDINAL|10 миллион"]),
    ("ХХ ғасырдың 40 жылдары ол 9-орынды алды.", ["DATE|ХХ ғасырдың 40 жылдары", "ORDINAL|9"]),
    ("Кездесу таңғы сағат 9-да басталып, үш сағатқа созылды.", ["TIME|таңғы сағат 9-да", "TIME|үш сағатқа"]),
    ("Алдағы 10 жылда 20 млн тонна мұнай өндіріледі.", ["DATE|Алдағы 10 жылда", "QUANTITY|20 млн тонна"]),
    ("Белгілі бір мәселе бар.", []),
    ("Бұл Boeing 737 ұшағы.", []),
    ("Биыл бірінші тоқсанда экспорт екі есе өсті.", ["DATE|Биыл", "DATE|бірінші тоқсанда", "CARDINAL|екі есе"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_entities(text: str, expected: list[str]) -> None:
    doc = Doc(text, tuple(tokenize(text)))
    spans = as_entities(extract(doc))
    assert [f"{s.label}|{s.text}" for s in spans] == expected
    assert all(text[s.start : s.end] == s.text for s in spans)


def test_values_and_offsets_in_a_longer_text() -> None:
    text = "Бағасы 500 теңге.\nЕртең 16:00-де 3 км жүгіреміз."
    found = read_numbers(text)
    assert [(q.kind, q.value, q.unit) for q in found] == [
        ("money", 500, "KZT"), ("date", "+P1D", None), ("time", "T16:00", None), ("quantity", 3, "km"),
    ]
    assert [text[q.start : q.end] for q in found] == [q.text for q in found]


def test_explain_says_which_rule_matched() -> None:
    rules = {m.rule for m in explain(tokenize("20 долларға"))}
    assert {"money", "cardinal"} <= rules
