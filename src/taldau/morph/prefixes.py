"""Compound adjectives of a quantity and a word the dictionary knows, written as one word: көп|партиялы, көп|векторлы,
бір|полярлы, екі|палаталы (many-party, multi-vector, unipolar, bicameral). The dictionary lacks most of them and the
guesser reads their -лы as a possessive (көпвекторл-ы); the known second half gives the reading, the prefix joins its
lemma (pymorphy2's KnownPrefixAnalyzer)."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from ..doc import Analysis
from .shapes import UNITS

PREFIXES = ("көп", *UNITS[1:], "он", "жүз", "мың", "жартылай")
MIN_REST = 4  # letters the known half has at least (көп|жақты, not көп|ті)


def prefixed(word: str, lookup: Callable[[str], Sequence[Analysis]]) -> list[Analysis]:
    """The readings of `word` as a quantity prefix + a known adjective, guessed, or [] (`lookup`: dictionary readings
    only); none for a capitalised word, which may be a name of that shape (Жетіқара, Бессары)."""
    if word[:1].isupper():
        return []
    low = word.lower()
    for prefix in PREFIXES:
        rest = low[len(prefix) :]
        if not low.startswith(prefix) or len(rest) < MIN_REST:
            continue
        readings = [a for a in lookup(rest) if a.upos == "ADJ" and not a.feats and not a.guessed]  # it describes
        if readings:
            return [replace(a, lemma=prefix + a.lemma, morphemes=((word[: len(prefix)], "STEM"), *a.morphemes),
                            guessed=True) for a in readings]
    return []
