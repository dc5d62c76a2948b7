"""Digit strings longer than Decimal's 28-digit precision are read, not a crash (found by the service's property test)."""
from __future__ import annotations

import pytest

import taldau


@pytest.mark.parametrize("text, kind", [("10000000000000000000000000000", "cardinal"),
                                        ("99999999999999999999999999999999,5 пайыз", "percent")])
def test_a_very_long_number_is_read(text: str, kind: str) -> None:
    assert [q.kind for q in taldau.analyze(text).quantities] == [kind]
