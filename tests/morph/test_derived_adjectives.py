"""suffixes.of_a_name: an adjective of -лық made from a name (its people, in the plural), told from one of a common
word; the stance reader takes the plural as an actor (оралдықтар), never the common word's."""
from __future__ import annotations

import pytest

from taldau.morph import suffixes


@pytest.mark.parametrize(("adjective", "expected"), [
    ("павлодарлық", True), ("қазақстандық", True), ("ақтөбелік", True), ("Шымкенттік", True),
    ("шетелдік", False), ("жаңалық", False), ("ауылдық", False), ("лық", False),
])
def test_an_adjective_of_a_name_is_told_from_one_of_a_common_word(adjective: str, expected: bool) -> None:
    assert suffixes.of_a_name(adjective) is expected
