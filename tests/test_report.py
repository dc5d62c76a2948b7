"""The HTML report as a reader sees it: actors with their codes, numbers apart, a legend, values as values."""
from __future__ import annotations

import re

import pytest

import taldau
from taldau.export import to_html
from taldau.export.html import NUMERIC, label_name, value_text

TEXT = "АҚШ-тың үлесі 2,9 пайызға жетті. Астанада 2011 жылы 1 500 000 теңге бөлінді. Ресейдің үлесі өсті."


@pytest.fixture(scope="module")
def report() -> str:
    return to_html(taldau.analyze(TEXT))


def _table(report: str, name: str) -> str:
    return re.search(rf'<table class="{name}">(.*?)</table>', report, re.S).group(1)


def test_actors_are_grouped_with_their_iso_codes(report: str) -> None:
    actors = _table(report, "entities")
    assert "<td>АҚШ</td><td>US</td>" in actors and "<td>Астана</td><td>KZ-71</td>" in actors
    assert "<td>Ресей</td><td>RU</td>" in actors and "Ресейдің" in actors  # the form as written


def test_numbers_are_only_in_the_quantities_table(report: str) -> None:
    assert not any(f'<tr class="{label}">' in _table(report, "entities") for label in NUMERIC)
    quantities = _table(report, "quantities")
    assert '<td class="value">2,9</td>' in quantities and '<td class="value">2011</td>' in quantities
    assert '"2011"' not in quantities  # a value, not JSON


def test_the_legend_names_each_label_in_kazakh_and_english(report: str) -> None:
    legend = re.search(r'<fieldset class="legend">(.*?)</fieldset>', report, re.S).group(1)
    assert 'data-filter="GPE"' in legend and "ел, елді мекен · country, city" in legend
    assert 'input[data-filter="GPE"]:not(:checked)' in report  # unticking hides that label


@pytest.mark.parametrize("value, shown", [
    (1500000, "1\u202f500\u202f000"), (2.9, "2,9"), ("2011-05", "2011-05"), ([10, 12], "10 – 12"),
    ([None, 5], "… – 5"), ("-P1Y", "-P1Y"), (None, ""),
])
def test_values_are_written_as_a_person_writes_them(value: object, shown: str) -> None:
    assert value_text(value) == shown


def test_an_unknown_label_is_shown_as_itself() -> None:
    assert label_name("NEW_LABEL") == "NEW_LABEL · NEW_LABEL" and label_name("money") == "ақша · money"
