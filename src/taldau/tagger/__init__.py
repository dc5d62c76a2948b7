"""Contextual disambiguation: each word's readings reordered so the one its context calls for comes first.

    >>> disambiguate(["Ол", "қызыл", "алма", "алды", "."])[2][0].upos   # an apple, not "don't take"
    'NOUN'

A linear ranker (`taldau.tagger.ranker`, trained by `tools.tagger.train` on UD Kazakh-KTB and the
hand-disambiguated Apertium texts) scores every reading taldau.morph gives a word, lemma, UPOS and
features together, in the context of its neighbours; the best one moves to the front and the others keep
their order behind it. No reading is ever added or dropped.
"""
from __future__ import annotations

from collections.abc import Sequence

from taldau.doc import Analysis
from taldau.morph import postposition_fits

__all__ = ["disambiguate", "promote"]


def promote(readings: Sequence[Analysis], k: int) -> tuple[Analysis, ...]:
    """`readings` with the k-th first, the others in their old order."""
    return tuple(readings) if k == 0 else (readings[k], *readings[:k], *readings[k + 1:])


def stray_postpositions(readings: Sequence[Sequence[Analysis]]) -> list[tuple[Analysis, ...]]:
    """The words' readings (first chosen), where a postposition stands after a word in no case it governs with its
    adverb twin put first (Үкімет бұрын қолдаған: formerly; соғыстан бұрын: before the war): `morph.postposition_fits`."""
    out = [tuple(r) for r in readings]
    for i, r in enumerate(out):
        if r and r[0].upos == "ADP" and not postposition_fits(r[0], out[i - 1] if i else ()):
            k = next((k for k, a in enumerate(r) if a.upos == "ADV" and a.lemma == r[0].lemma), 0)
            out[i] = promote(r, k)
    return out


def disambiguate(words: Sequence[str]) -> list[tuple[Analysis, ...]]:
    """The readings of each word of one sentence, reordered by context."""
    from taldau.morph import analyze_many
    from taldau.tagger.component import Tagger

    readings = analyze_many(words)
    best = Tagger().ranker.choose(list(zip(words, readings)))
    return stray_postpositions([promote(r, k) for r, k in zip(readings, best)])
