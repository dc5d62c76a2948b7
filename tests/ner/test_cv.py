"""tools.ner.cv's scores of the CRF alone: micro F1 of IOB2 sequences, overall and of one class."""
from __future__ import annotations

import pytest

pytest.importorskip("seqeval")  # an extra of training and benchmarks (pyproject's train, bench), not of the package

from tools.ner.cv import seqeval_f1

GOLD = [["B-PERSON", "I-PERSON", "O", "B-ORGANISATION", "I-ORGANISATION"], ["B-GPE", "O"]]
FOUND = [["B-PERSON", "I-PERSON", "O", "B-ORGANISATION", "O"], ["B-GPE", "O"]]


@pytest.mark.parametrize(("kind", "expected"), [(None, 2 / 3), ("PERSON", 1.0), ("ORGANISATION", 0.0), ("GPE", 1.0)])
def test_seqeval_f1_overall_and_per_class(kind: str | None, expected: float) -> None:
    # overall: 2 of 3 found right, 2 of 3 gold found; an organisation cut short is no hit
    assert seqeval_f1(GOLD, FOUND, kind) == pytest.approx(expected)
