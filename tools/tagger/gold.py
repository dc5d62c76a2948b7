"""Which of taldau.morph's readings of a word is the gold one: for UD KTB words (lemma, UPOS, FEATS) and for
Apertium's hand-disambiguated analyses (`қала<n><px3sp><loc>`). Training only, never at run time."""
from __future__ import annotations

import re
from collections.abc import Sequence

from taldau.doc import Analysis
from tools.tagger import apertium

# Apertium tag -> the UD feature items it implies (what a matching reading's FEATS should contain)
IMPLIES = {
    "p1": ("Person=1",), "p2": ("Person=2",), "p3": ("Person=3",), "sg": ("Number=Sing",), "pl": ("Number=Plur",),
    "px1sg": ("Person[psor]=1",), "px1pl": ("Person[psor]=1",), "px2sg": ("Person[psor]=2",),
    "px3sp": ("Person[psor]=3",), "px3pl": ("Person[psor]=3",),
    "aor": ("Tense=Pres", "Aspect=Hab"), "past": ("Tense=Past", "VerbForm=Fin"), "ifi": ("Tense=Past", "VerbForm=Fin"),
    "fut": ("Tense=Fut",), "pres": ("Tense=Pres",), "imp": ("Mood=Imp",), "neg": ("Polarity=Neg",),
    "prc_perf": ("VerbForm=Conv", "Aspect=Perf"), "prc_impf": ("VerbForm=Conv", "Aspect=Imp"),
    "gna_perf": ("VerbForm=Conv",), "gna_cond": ("VerbForm=Conv", "Mood=Cnd"),
    "gpr_past": ("VerbForm=Part", "Tense=Past"), "gpr_impf": ("VerbForm=Part", "Tense=Pres"),
    "gpr_pot": ("VerbForm=Part", "Tense=Fut"), "gpr_fut": ("VerbForm=Part", "Tense=Fut"),
    "ger": ("VerbForm=Ger",), "ger_past": ("VerbForm=Ger", "Tense=Past"), "ger_perf": ("VerbForm=Ger",),
    "ger_impf": ("VerbForm=Ger",), "pass": ("Voice=Pass",), "coop": ("Voice=Coop",), "caus": ("Voice=Cau",),
    "ord": ("NumType=Ord",), "dem": ("PronType=Dem",), "pers": ("PronType=Prs",), "itg": ("PronType=Int",),
    "ref": ("Reflex=Yes",), "ind": ("PronType=Ind",), "qnt": ("PronType=Tot",),
}
_TAG = re.compile(r"<([^>]+)>")
KTB_UPOS = {"v": "VERB", "vaux": "AUX"}  # Apertium's verb tags as KTB draws the line (`from_apertium`)
EITHER_UPOS = ("бол",)  # KTB's бол is AUX as a copula (ауру болды), VERB as "become": Apertium says v for both


def _items(reading: Analysis) -> set[str]:
    """FEATS items of a reading; a value list (Number[psor]=Plur,Sing) counts as each of its values."""
    out = set()
    for item in reading.feats.split("|"):
        key, _, values = item.partition("=")
        out.update(f"{key}={v}" for v in values.split(","))
    return out


def ktb(readings: Sequence[Analysis], lemma: str, upos: str, feats: str) -> list[int]:
    """Indices of the readings equal to the gold one; failing that, those with its lemma and UPOS that share
    the most FEATS items; none when no reading has both."""
    exact = [k for k, r in enumerate(readings) if r.upos == upos and r.lemma.lower() == lemma.lower() and r.feats == feats]
    if exact:
        return exact
    want = set(feats.split("|")) - {""}
    near = [(len(_items(r) & want) - len(set(r.feats.split("|")) - want - {""}), k) for k, r in enumerate(readings)
            if r.upos == upos and r.lemma.lower() == lemma.lower()]
    best = max((s for s, _ in near), default=None)
    return [k for s, k in near if s == best]


def from_apertium(readings: Sequence[Analysis], gold: str, before_aux: bool = False) -> list[int]:
    """Indices of the readings that fit an Apertium analysis best: its lemma (or any), part of speech and case,
    then the most UD feature items its tags imply; none when no reading has its part of speech and case.
    KTB's lines: Apertium's `vaux` (after a converb) is AUX and its `v` VERB, but бол either (KTB's copular
    бол is AUX after a noun too); a converb before a `vaux` (`before_aux`) is VerbForm=Inf."""
    lemma, pos, case = apertium.gold_parts(gold)
    fits = [k for k, r in enumerate(readings) if apertium.compatible(r, pos, case)]
    same = [k for k in fits if readings[k].lemma.lower() == lemma.lower()] or fits
    if pos in KTB_UPOS and lemma not in EITHER_UPOS:
        same = [k for k in same if readings[k].upos == KTB_UPOS[pos]] or same
    if len(same) < 2:
        return same
    tags = _TAG.findall(gold.split(" | ")[0].split("+")[0])
    implied = {item for t in tags for item in IMPLIES.get(t, ())}
    if before_aux and implied & {"VerbForm=Conv"}:
        implied = implied - {"VerbForm=Conv"} | {"VerbForm=Inf"}
    rank = {k: len(_items(readings[k]) & implied) for k in same}
    best = max(rank.values())
    return [k for k in same if rank[k] == best]


def is_auxiliary(gold: str) -> bool:
    """An Apertium analysis of an auxiliary after a converb (`отыр<vaux><pres>...`)."""
    return apertium.gold_parts(gold)[1] == "vaux"
