"""Russian words of measure after a number (a quotation in a Kazakh text): the quantity keeps its unit."""
from __future__ import annotations

import pytest

import taldau
from taldau.numbers import as_entities, read_numbers


@pytest.mark.parametrize(("text", "expected"), [
    ("«На ремонт дорог выделено 12 миллиардов тенге», — деді әкім.", [("MONEY", "12 миллиардов тенге", 12e9, "KZT")]),
    ("«Цены выросли на 7,5 процента», — деді сарапшы.", [("PERCENTAGE", "7,5 процента", 7.5, None)]),
    ("«Долг составил 300 миллионов долларов», — деді ол.", [("MONEY", "300 миллионов долларов", 3e8, "USD")]),
    ("«В 2021 году мы открыли 4 школы», — деді ол.", [("DATE", "2021 году", "2021", None), ("CARDINAL", "4", 4, None)]),
    ("«Собрали 3 млн тонн пшеницы», — деді министр.", [("QUANTITY", "3 млн тонн", 3e6, "t")]),
    ("«Стройка займёт 2 года», — деді ол.", [("DATE", "2 года", "P2Y", None)]),
    ("«Мы ждали 4 часа», — деді жолаушы.", [("TIME", "4 часа", "PT4H", None)]),
    ("«Мороз достиг 35 градусов», — деді ол.", [("QUANTITY", "35 градусов", 35, "°")]),
    ("«Пришли 500 человек», — деді ол.", [("CARDINAL", "500", 500, "person")]),
])
def test_a_russian_unit_stays_with_its_number(text: str, expected: list[tuple]) -> None:
    found = [q for q in read_numbers(text) if not q.named]
    assert [(e.label, e.text) for e in as_entities(found)] == [(label, words) for label, words, *_ in expected]
    assert [(q.value, q.unit) for q in found] == [(value, unit) for *_, value, unit in expected]


def test_tys_beyond_is_no_russian_thousand() -> None:
    """тыс "beyond" (шектен тыс) is Kazakh: no тыс. "thousand" before the number after it."""
    found = [q for q in read_numbers("Шектен тыс 5 адам жиналды.") if not q.named]
    assert [(e.label, e.text) for e in as_entities(found)] == [("CARDINAL", "5")]
    assert found[0].value == 5


def test_the_numbers_of_a_quoted_russian_speech_are_no_name() -> None:
    """«...», — деді: the quotation is speech, so its numbers are entities, not parts of one name the model guessed."""
    doc = taldau.analyze("«Около 300 человек пришли на митинг 15 марта», — деді ол.")
    assert [(e.label, e.text) for e in doc.entities] == [("CARDINAL", "300"), ("DATE", "15 марта")]
