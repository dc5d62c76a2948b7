"""Personal names built on a first name: patronymics (Берікұлы, Асанқызына) and surnames in -ов, -ев,
-ин (Базаров, Жақыпбекова, Марқабаев from Марқабай, Есқожин from Есқожа), with their endings.

UD lemmatises a surname to its masculine form (Сәтбаева -> Сәтбаев, Gender=Fem). A name whose first
name the lexicon knows is a dictionary reading; otherwise it is guessed.
"""
from __future__ import annotations

from functools import cache

from ..doc import Analysis
from . import endings
from .endings import stem_keys
from .lexicon import stems
from .lookup import merge_feats
from .morphotactics import CASES_AFTER_PX3
from .phonology import attach

PATRONYMIC_ENDINGS = {"ұлы": "Masc", "қызы": "Fem"}  # son, daughter: Берікұлы, Асанқызы
_PATRONYMIC = {**PATRONYMIC_ENDINGS, "улы": "Masc", "кызы": "Fem"}  # and the common misspellings
_SURNAME = ("ов", "ев", "ин")


@cache
def _after_px3() -> dict[str, tuple[str, str, str]]:
    """Endings of a word that ends in the 3rd-person possessive: ұлы-ның, ұлы-на, ұлы-н (ending -> gloss, feats)."""
    return {attach("ұлы", c.template, True)[3:]: (c.gloss, c.feats) for c in CASES_AFTER_PX3}


def patronymic_gender(word: str) -> str | None:
    """The gender a patronymic's ending gives, spelt right (Өтемісұлы: Masc, Ахметқызы: Fem; a name before -ұлы, son,
    -қызы, daughter), None for a word not so spelt (ұлы, сұлы; таулы, an adjective in -лы)."""
    low = word.lower()
    return next((g for suffix, g in PATRONYMIC_ENDINGS.items() if low.endswith(suffix) and len(low) > len(suffix) + 1),
                None)


def _first_name(base: str) -> bool:
    return any(lex.upos == "PROPN" and "Gender=" in lex.feats for lex in stems().get(base.lower(), ()))


def _patronymics(word: str) -> list[Analysis]:
    low = word.lower()
    if not any(suffix in low for suffix in _PATRONYMIC):  # most names: no -ұлы, -қызы to read
        return []
    out = []
    for ending, (gloss, case) in _after_px3().items():
        if ending and not low.endswith(ending):
            continue
        stem = word[: len(word) - len(ending)]
        for suffix, gender in _PATRONYMIC.items():
            base = stem[: -len(suffix)]
            if stem.lower().endswith(suffix) and len(base) > 1:
                morphemes = ((base, "STEM"), (stem[len(base) :], "PATR")) + (((ending, gloss),) if ending else ())
                feats = merge_feats(f"Gender={gender}", case)
                out.append(Analysis(stem, "PROPN", feats, morphemes, not _first_name(base)))
    return out


def _surname_bases(masculine: str) -> list[str]:
    """Марқабаев <- Марқабай, Базаров <- Базар, Есқожин <- Есқожа."""
    base = masculine[:-2]
    return [base, base + "й", base + "а", base + "е"]


def _surnames(word: str) -> list[Analysis]:
    low = word.lower()
    if not any(ending in low for ending in _SURNAME):  # most names: no -ов, -ев, -ин to read
        return []
    out = []
    for i in range(len(low), 3, -1):
        stem = low[:i]
        feminine = stem.endswith("а") and stem[:-1].endswith(_SURNAME)
        if not (feminine or stem.endswith(_SURNAME)):
            continue
        masculine = word[: i - 1] if feminine else word[:i]
        known = any(_first_name(b) for b in _surname_bases(masculine))
        keys = stem_keys(stem)
        for e in endings.table().get(low[i:], ()):
            if e.paradigm == "N" and not e.stem_tail and e.key in keys and not e.px3 and len(e.chain) <= 2:
                feats = merge_feats(f"Gender={'Fem' if feminine else 'Masc'}", e.feats)
                out.append(Analysis(masculine, "PROPN", feats, ((word[:i], "STEM"), *e.morphemes), not known))
    return out


def names(word: str) -> list[Analysis]:
    """Readings of `word` as a patronymic or a surname; empty unless it is capitalised and shaped like one."""
    if not word[:1].isupper() or len(word) < 5:
        return []
    unique = {(a.lemma, a.feats): a for a in reversed(_patronymics(word) + _surnames(word))}
    return list(reversed(unique.values()))
