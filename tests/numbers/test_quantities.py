"""The normalisation suite: one value, many surface forms (quantities.tsv), Duckling-style.

Each row is a sentence with exactly one quantity; kind, value, unit, approx and bound must match.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from taldau.numbers import read_numbers

ROWS = [
    line.split("\t")
    for line in (Path(__file__).parent / "quantities.tsv").read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
]


def _same(a: object, b: object) -> bool:
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == pytest.approx(b, rel=1e-9)
    return a == b


@pytest.mark.parametrize(("text", "kind", "value", "unit", "approx", "bound"), ROWS, ids=[r[0] for r in ROWS])
def test_quantity(text: str, kind: str, value: str, unit: str, approx: str, bound: str) -> None:
    found = read_numbers(text)
    assert len(found) == 1, [(q.kind, q.text, q.value) for q in found]
    q = found[0]
    assert (q.kind, q.unit or "", q.approx, q.bound or "") == (kind, unit, approx == "true", bound)
    assert _same(q.value, json.loads(value)), q.value
    assert text[q.start : q.end] == q.text


def test_suite_size() -> None:
    assert len(ROWS) >= 400


def test_a_bracketed_year_after_a_capitalised_common_word_is_a_count() -> None:
    import taldau

    # the tagger reads Барлығы as a pronoun: no name before the brackets (Мұхтар Әуезов (1897) is a date)
    doc = taldau.analyze("Барлығы (2000) адам тіркелді. Мұхтар Әуезов (1897) Семейде туған.")
    assert [(q.kind, q.value) for q in doc.quantities] == [("cardinal", 2000), ("date", "1897")]


def test_day_and_month_ranges_are_no_clock_times() -> None:
    # 10:00–18:00 is a range of clock times written as one token; 10.05-15.05 (days and months) is none
    assert [q.kind for q in read_numbers("Кітапхана 10:00–18:00 аралығында ашық.")] == ["time"]
    assert "time" not in {q.kind for q in read_numbers("Көрме 10.05-15.05 аралығында өтеді.")}
