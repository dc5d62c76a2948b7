"""Compound adjectives of a quantity and a word the dictionary knows, written as one word: көп|партиялы, көп|векторлы,
бір|полярлы, екі|палаталы (many-party, multi-vector, unipolar, bicameral). The dictionary lacks most of them and the
guesser reads their -лы as a possessive (көпвекторл-ы); the known second half gives the reading, the prefix joins its
lemma (pymorphy2's KnownPrefixAnalyzer)."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from ..doc import Analysis

PREFIXES = ("көп", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз", "он", "жүз", "мың", "жартылай")
MIN_REST = 4  # letters the known half has at least (көп|жақты, not көп|ті)


def prefixed(word: str, lookup: Callable[[str], Sequence[Analysis]]) -> list[Analysis]:
    """The readings of `word` as a quantity prefix + a known adjective, or [] (`lookup`: dictionary readings only)."""
    low = word.lower()
    for prefix in PREFIXES:
        rest = low[len(prefix) :]
        if not low.startswith(prefix) or len(rest) < MIN_REST:
            continue
        readings = [a for a in lookup(rest) if a.upos == "ADJ" and not a.feats and not a.guessed]  # it describes
        if readings:
            head = word[: len(prefix)]
            return [replace(a, lemma=head + a.lemma, morphemes=((head, "STEM"), *a.morphemes)) for a in readings]
    return []
