"""derivation.passive_by_form: a PASS suffix read off a stem is the passive only in the allomorph Kazakh gives the
passive there; elsewhere the same letters are the reflexive (the tagger keeps such verbs whole)."""
from __future__ import annotations

import pytest

from taldau.morph.derivation import passive_by_form


@pytest.mark.parametrize(("stem", "suffix", "expected"), [
    ("жаса", "л", True), ("айт", "ыл", True), ("сал", "ын", True), ("сайла", "н", True), ("қабылда", "н", True),
    ("мақта", "н", False), ("сез", "ін", False), ("жарақатта", "н", False), ("тара", "н", False),
])
def test_the_passive_is_told_from_the_reflexive_by_its_allomorph(stem: str, suffix: str, expected: bool) -> None:
    assert passive_by_form(stem, suffix) is expected
