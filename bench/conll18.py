"""CoNLL 2018 shared-task scores over words aligned by character offsets.

No package on PyPI ships the official `conll18_ud_eval.py` on its own, so this is its scoring rule, kept
small: a system word and a gold word align when they cover the same characters of the same text (both
given as offsets into one running text, so tokenization and sentence errors cost what they cost there).
Words inside a gold multiword token (KTB's copula clitics, қуанышты|мын) align with nothing unless the
system split them the same way, as the official script's form alignment would give for a one-word system
token. Scores are F1 over words: 2 * correct / (gold + system). LAS compares the universal part of the
relation (`nmod:poss` -> `nmod`); UFeats keeps the universal features only; lemmas compare exactly.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

UNIVERSAL_FEATURES = {
    "PronType", "NumType", "Poss", "Reflex", "Foreign", "Abbr", "Gender", "Animacy", "Number", "Case",
    "Definite", "Degree", "VerbForm", "Mood", "Tense", "Aspect", "Voice", "Evident", "Polarity", "Person",
    "Polite",
}
METRICS = ("Words", "UPOS", "Lemmas", "UFeats", "UAS", "LAS")


class Word(NamedTuple):
    """One syntactic word of a document: its character span and annotation; `head` indexes the
    document's word list (-1 for the root, -2 when unparsed); `multi` marks a part of a multiword token."""

    start: int
    end: int
    lemma: str
    upos: str
    feats: str
    head: int
    deprel: str
    multi: bool = False


def ufeats(feats: str) -> str:
    return "|".join(sorted(f for f in feats.split("|") if f.split("=", 1)[0] in UNIVERSAL_FEATURES))


def counts(gold: Sequence[Word], system: Sequence[Word]) -> dict[str, int]:
    """Correct counts per metric, plus "gold" and "system" word counts."""
    by_span = {(w.start, w.end): i for i, w in enumerate(gold) if not w.multi}
    aligned = {}  # system index -> gold index
    for i, w in enumerate(system):
        j = by_span.get((w.start, w.end))
        if j is not None and not w.multi:
            aligned[i] = j
    out = dict.fromkeys(METRICS, 0) | {"gold": len(gold), "system": len(system)}
    for i, j in aligned.items():
        s, g = system[i], gold[j]
        head_ok = g.head == -1 if s.head == -1 else s.head >= 0 and aligned.get(s.head) == g.head
        out["Words"] += 1
        out["UPOS"] += s.upos == g.upos
        out["Lemmas"] += g.lemma == "_" or s.lemma == g.lemma
        out["UFeats"] += ufeats(s.feats) == ufeats(g.feats)
        out["UAS"] += head_ok
        out["LAS"] += head_ok and s.deprel.split(":")[0] == g.deprel.split(":")[0]
    return out


def f1(total: dict[str, int]) -> dict[str, float]:
    """Percent F1 of each metric from summed `counts`."""
    size = total["gold"] + total["system"]
    return {m: 200 * total[m] / size if size else 0.0 for m in METRICS}
