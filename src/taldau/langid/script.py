"""Which script a text is written in, from its letters."""
from __future__ import annotations

import re

from .features import CYRL, LATN

# runs of letters of each script, counted by the sum of their lengths: a string a run, not one a letter
_RUNS = (re.compile(CYRL.pattern + "+"), re.compile(LATN.pattern + "+"))

MIXED_SHARE = 0.3  # the minority script needs 30% of the letters: "Жаңа iPhone сатылымда" stays Cyrl


def letter_counts(text_words: list[str]) -> tuple[int, int, int]:
    """(Cyrillic, Latin, other-script) letter counts."""
    joined = "".join(text_words)
    cyrl, latn = (sum(map(len, runs.findall(joined))) for runs in _RUNS)
    return cyrl, latn, len(joined) - cyrl - latn


def script_of(cyrl: int, latn: int, other: int) -> str:
    """'Cyrl', 'Latn', 'mixed', 'other' (mostly Arabic, Greek, CJK, ... letters) or 'none' (no letters)."""
    total = cyrl + latn + other
    if total == 0:
        return "none"
    if other > cyrl + latn:
        return "other"
    if min(cyrl, latn) >= MIXED_SHARE * (cyrl + latn):
        return "mixed"
    return "Cyrl" if cyrl > latn else "Latn"
