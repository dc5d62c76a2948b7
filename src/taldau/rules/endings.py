"""Kazakh nominal endings, recognised after a known stem: the `stem(...)` predicate's half of morphology.

Recognition is deliberately permissive (any harmony variant is accepted), because it only runs after
a stem from a closed list (пайыз, доллар, жыл, бес): `пайызға`, `долларына`, `жылдардағы` are found
without the morphology component.
"""
from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from taldau.cache import WORDS

# Slots of the nominal ending chain, each a list of allomorphs (back and front, all consonant variants).
_ORDINAL = "ыншы інші ншы нші сыншы сінші"
_COLLECTIVE = "еу ау"
_APPROX = "даған деген лаған леген таған теген"  # жүздеген, мыңдаған "hundreds, thousands"
_PLURAL = "лар лер дар дер тар тер"
_POSSESSIVE = "ымыз іміз ыңыз іңіз мыз міз ңыз ңіз ым ім ың ің сы сі ы і"
_CASE = (
    "ның нің дың дің тың тің "  # genitive
    "ға ге қа ке на не а е "  # dative
    "ны ні ды ді ты ті н "  # accusative
    "нда нде да де та те "  # locative
    "ндан нден нан нен дан ден тан тен "  # ablative
    "менен бенен пенен мен бен пен "  # instrumental
    "ша ше"  # equative
)
_ATTRIBUTE = (
    "ғы гі қы кі дай дей тай тей лық лік дық дік тық тік лы лі ды ді ты ті "  # жылғы, жүздей, жылдық
    "лап леп дап деп тап теп"  # distributive: сағаттап "for hours"
)
_PARTICLE = "ақ ек"  # үш-ақ, бір-ақ

# One chain, and a second one only after an attribute ending: жыл-дар-дың, 2020-ның, жыл-дағы-лар-дың.
ENDING = re.compile(
    "-?(?:{o}|{c}|{a})?(?:{pl})?(?:{p})?(?:{k})?(?:(?:{at})(?:{pl})?(?:{p})?(?:{k})?)?(?:-?(?:{q}))?".format(
        o="|".join(_ORDINAL.split()),
        c="|".join(_COLLECTIVE.split()),
        a="|".join(_APPROX.split()),
        pl="|".join(_PLURAL.split()),
        p="|".join(_POSSESSIVE.split()),
        k="|".join(_CASE.split()),
        at="|".join(_ATTRIBUTE.split()),
        q="|".join(_PARTICLE.split()),
    )
)


@lru_cache(maxsize=WORDS)
def is_ending(tail: str) -> bool:
    """True when `tail` is a (possibly empty) chain of nominal endings: "", "ға", "ларындағы", "-ке"."""
    return ENDING.fullmatch(tail) is not None


def split_stem(word: str, stems: Collection[str]) -> tuple[str, str] | None:
    """(stem, ending) for the longest stem of `stems` that `word` (lower case) starts with, else None."""
    for cut in range(len(word), 0, -1):
        head = word[:cut]
        if head in stems and is_ending(word[cut:]):
            return head, word[cut:]
    return None


