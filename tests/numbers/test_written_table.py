"""written.tsv, news6.tsv, news7.tsv: sentences of our own (written genres; news written before the sixth and seventh numbers sessions read
any dev mistake) with every numeric entity they should give; rows with a reason are known misses (strict xfail: one
that starts passing must lose its reason)."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from taldau.numbers import as_entities, read_numbers

ROWS = [(line.split("\t") + ["", ""])[:3] for name in ("written.tsv", "news6.tsv", "news7.tsv")
        for line in (Path(__file__).parent / name).read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")]


def _row(text: str, expected: str, reason: str):  # noqa: ANN202
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(text, expected, marks=marks, id=text[:60])


@pytest.mark.parametrize(("text", "expected"), [_row(*r) for r in ROWS])
def test_written_sentence(text: str, expected: str) -> None:
    gold = Counter(tuple(e.split("|", 1)) for e in expected.split(" ;; ") if e)
    assert Counter((e.label, e.text) for e in as_entities(read_numbers(text))) == gold
