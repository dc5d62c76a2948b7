"""Numeric entities of sentences in other genres (genres.tsv): every entity's label, exact words and value."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from taldau.numbers import as_entities, read_numbers

ROWS = [
    (line.split("\t") + [""])[:3]
    for line in (Path(__file__).parent / "genres.tsv").read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
]


def _expected(cell: str) -> list[tuple[str, str, object]]:
    items = [item.split("|") for item in cell.split(" ;; ")] if cell != "-" else []
    return [(label, words, value if value == "*" else json.loads(value)) for label, words, value in items]


@pytest.mark.parametrize(
    ("text", "entities"),
    [pytest.param(text, cell, marks=pytest.mark.xfail(reason=why, strict=True) if why else ()) for text, cell, why in ROWS],
    ids=[row[0] for row in ROWS],
)
def test_entities(text: str, entities: str) -> None:
    found = [q for q in read_numbers(text) if not q.named]
    got = [(e.label, e.text, q.value) for e, q in zip(as_entities(found), found)]
    expected = _expected(entities)
    assert [(label, words) for label, words, _ in got] == [(label, words) for label, words, _ in expected]
    for (_, words, value), (_, __, want) in zip(got, expected):
        assert want == "*" or value == want, (words, value)


def test_size() -> None:
    assert len(ROWS) >= 40
