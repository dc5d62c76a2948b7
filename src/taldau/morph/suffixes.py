"""Kazakh endings for the other stages: ask here instead of keeping a list of your own.

Every surface form is generated from the morphotactics (`morphotactics` templates realised by
`phonology` against a stem of each sound class), so a suffix fixed there is fixed everywhere:

    endings("ABL")                 -> frozenset({"дан", "ден", "нан", "нен", "тан", "тен"})
    attach_case("бес", "dat")      -> "беске"
    strip_case("Ресейдің")         -> ["Ресейдің", "Ресей"]
    is_ending("ларындағы")         -> True: a chain of nominal endings (the fast paths' regex)
    split_stem("долларға", {"доллар"}) -> ("доллар", "ға")

The sound classes (`VOWELS`, `BACK`, `FRONT`, `VOICELESS`, `NASAL`) are `phonology`'s.
"""
from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache, lru_cache

from ..cache import WORDS
from . import morphotactics as mt
from .derivation import DERIVATION, NOMINAL, OF_NOUN
from .derivation import split as split_derivation
from .endings import _REPRESENTATIVES, realise
from .phonology import BACK, FRONT, NASAL, VOICELESS, VOWELS, attach, harmonies, is_back

__all__ = ["BACK", "FRONT", "VOWELS", "VOICELESS", "NASAL", "CASES", "CASE_GLOSSES", "endings", "attach_case",
           "attach_ordinal", "case_endings", "case_forms", "only_locative", "strip_case", "surfaces", "is_ending",
           "split_stem", "ENDING_CHAIN", "of_a_name", "possessed_attributives"]

CASES = {"gen": "GEN", "dat": "DAT", "acc": "ACC", "loc": "LOC", "abl": "ABL", "ins": "INS"}  # UD name -> gloss
CASE_GLOSSES = frozenset(CASES.values())
# Forms the analyser does not generate but the fast paths meet after numbers and names.
_EXTRA = {
    "INS": ("Mенен",),  # the full instrumental: Қазақстанменен
    "COLL": ("Aу",),  # collective numeral: екеу, бесеу
    "APPROX": ("DAGAн",),  # жүздеген, мыңдаған "hundreds, thousands"
    "DISTR": ("LAп",),  # сағаттап "for hours"
    "ORD": ("сIншI",),  # after digits: 2020-сыншы (жиырмасыншы)
    "ORD.DIGITS": ("шI",),  # only after digits: 55-ші, 2-шіден
    "PART": ("AQ",),  # үш-ақ, бір-ақ
    "SIM": ("шA",),  # Қазақстанша
}


def surfaces(template: str) -> set[str]:
    """The allomorphs of one suffix template after a stem of every sound class."""
    out = set()
    for reps in _REPRESENTATIVES.values():
        for rep in reps:
            word, morphemes = realise(rep, (mt.Suffix(template, ""),))
            out.add(word[len(rep):] if word.startswith(rep) else "")
    return out - {""}


@cache
def endings(gloss: str) -> frozenset[str]:
    """Every surface form of the nominal suffix `gloss` (PL, PX3, GEN, DAT... ATTR, EQU, ORD, ABST)."""
    templates = {s.template for s in (mt.PLURAL, *mt.POSSESSIVE, *mt.CASES, *mt.CASES_AFTER_PX3,
                                      mt.DATIVE_AFTER_PX12, mt.ATTRIBUTIVE, mt.EQUATIVE, mt.EQUATIVE_AFTER_PX3)
                 if s.gloss == gloss}
    templates |= set(_EXTRA.get(gloss, ()))
    out = set().union(*map(surfaces, templates)) if templates else set()
    for d in (*NOMINAL, *DERIVATION):  # ORD, ABST, POSS.ADJ: derivations listed by their surfaces
        if d.gloss == gloss and d.base_paradigm == "N":
            out |= set(d.surfaces)
    return frozenset(out)


def attach_case(word: str, case: str) -> str:
    """`word` with a case ending by harmony and assimilation: (бес, dat) -> беске, (алты, acc) -> алтыны."""
    key = case.lower()
    if key == "nom":
        return word
    if key not in CASES:
        raise ValueError(f"unknown case {case!r}; choose one of nom, {', '.join(CASES)}")
    template = next(s.template for s in mt.CASES if s.gloss == CASES[key])
    return attach(word, template, is_back(word.lower()))


def attach_ordinal(word: str) -> str:
    """The ordinal of a numeral stem: бес -> бесінші, алты -> алтыншы, елу -> елуінші (irregular stems are
    the caller's: жиырмасыншы, қырқыншы)."""
    return attach(word, "YншI", is_back(word.lower()))


def _alternation(*glosses: str) -> str:
    """The forms as a regex alternation, longest first; a lone consonant (the possessive of балам, балаң)
    is left to the analyser: after a known stem it is more often another word (ай|м|ақ is аймақ)."""
    forms = {f for g in glosses for f in endings(g) if f not in ("м", "ң")}
    return "|".join(sorted(forms, key=lambda f: (-len(f), f)))


@cache
def ENDING_CHAIN() -> re.Pattern[str]:  # noqa: N802 - a compiled constant, built on first use
    """Nominal ending chains: derivation or number form, plural, possessive, case, then once more after
    an attribute ending (жыл-дағы-лар-дың), and a particle: "", "ға", "ларындағы", "-ке", "ншіден"."""
    slot = "(?:{})?".format
    head = slot(_alternation("ORD", "COLL", "APPROX"))
    inflection = slot(_alternation("PL")) + slot(_alternation("PX1SG", "PX2SG", "PX2SG.FORM", "PX1PL", "PX3")) + slot(
        _alternation("GEN", "DAT", "ACC", "LOC", "ABL", "INS", "SIM"))
    attribute = _alternation("ATTR", "EQU", "ABST", "POSS.ADJ", "DISTR")
    return re.compile(f"-?{head}{inflection}(?:(?:{attribute}){inflection})?(?:-?(?:{_alternation('PART')}))?")


@lru_cache(maxsize=WORDS)
def is_ending(tail: str) -> bool:
    """True when `tail` (lower case) is a possibly empty chain of nominal endings."""
    return ENDING_CHAIN().fullmatch(tail) is not None


def split_stem(word: str, stems: Collection[str]) -> tuple[str, str] | None:
    """(stem, ending) for the longest stem of `stems` that `word` (lower case) starts with, else None."""
    for cut in range(len(word), 0, -1):
        head = word[:cut]
        if head in stems and is_ending(word[cut:]):
            return head, word[cut:]
    return None


def strip_case(word: str, min_stem: int = 3) -> list[str]:
    """Candidate bare forms, the word itself first, then without one case ending (longest first):
    Ресейдің -> [Ресейдің, Ресей]; Штаттарын -> [Штаттарын, Штаттары] (accusative -н after a possessive)."""
    return list(_stripped(word, min_stem))


@lru_cache(maxsize=WORDS)  # the entity recogniser asks twice a word, on average, of the names it reads
def _stripped(word: str, min_stem: int) -> tuple[str, ...]:
    low = word.lower()
    out = [word]
    for size, same_size in _case_endings_by_size():  # at most one ending of each size fits
        if low[-size:] in same_size and len(word) - size >= min_stem:
            out.append(word[:-size])
    if low.endswith(("ын", "ін")) and len(word) > min_stem + 1:
        out.append(word[:-1])
    return tuple(out)


def case_forms(stem: str, locative: bool = True) -> frozenset[str]:
    """The case endings (with -дағы, -дай) that harmony and assimilation give `stem`, in either harmony
    where analysis accepts both (Мамин|нің, Астрахань|да); a stem ending in ы/і may be possessive, so
    -ның, -на, -нда, -нан too (облысы|нда). Without `locative`, no locative ending (a person's name hardly ever takes
    one: Кошта, Гупта are names whole, not Кош|та)."""
    low = stem.lower()
    chains = [(s,) for s in mt.CASES[1:]] + [(_LOC, mt.ATTRIBUTIVE), (mt.EQUATIVE,)]
    if low[-1:] in ("ы", "і"):
        chains += [(s,) for s in mt.CASES_AFTER_PX3[1:]] + [(_LOC_AFTER_PX3, mt.ATTRIBUTIVE)]
    if not locative:
        chains = [c for c in chains if c[0] not in (_LOC, _LOC_AFTER_PX3)]
    forms = set()
    for back in harmonies(low):
        for chain in chains:
            word = low
            for suffix in chain:
                word = attach(word, suffix.template, back)
            forms.add(word[len(low):])
    return frozenset(forms)


@cache
def possessed_attributives() -> tuple[str, ...]:
    """-ындағы, -індегі: a third person's possessive after a consonant, the locative and -дағы (жағалау|ындағы,
    түбег|індегі: "on its coast", "in its peninsula"), in both harmonies."""
    px3 = next(s for s in mt.POSSESSIVE if s.gloss == "PX3")
    out = []
    for stem in ("жол", "жер"):  # a back and a front stem ending in a consonant
        word = stem
        for suffix in (px3, _LOC_AFTER_PX3, mt.ATTRIBUTIVE):
            word = attach(word, suffix.template, is_back(stem))
        out.append(word[len(stem) :])
    return tuple(out)


def only_locative(stem: str, ending: str) -> bool:
    """The ending is, on this stem, a locative (or -дағы) and no other case: Кош|та, never a name's other case."""
    return ending in case_forms(stem) and ending not in case_forms(stem, locative=False)


_LOC = next(s for s in mt.CASES if s.gloss == "LOC")
_LOC_AFTER_PX3 = next(s for s in mt.CASES_AFTER_PX3 if s.gloss == "LOC")


def of_a_name(adjective: str) -> bool:
    """оралдық, қазақстандық: an adjective of -лық made from a place's name the lexicon knows (a proper noun with no
    gender: not достық, ерлік from the given names Дос, Ер); in the plural (оралдықтар) it names that place's people."""
    from .lexicon import stems

    known = stems()
    return any(lex.upos == "PROPN" and "Gender=" not in lex.feats
               for base, _, _ in split_derivation(adjective.lower(), (OF_NOUN,), known.rows)
               for lex in known.get(base, ()))


@cache
def coordinators() -> frozenset[str]:
    """What joins coordinated words: the comitative written apart (мен, пен, бен: Қазақстан мен Ресей), және and a
    comma."""
    return comitatives() | {"және", ","}


def comitatives() -> frozenset[str]:
    """The comitative's forms (мен, пен, бен): written apart, "and" (Қазақстан мен Ресей); joined, "with"."""
    comitative = next(s.template for s in mt.CASES if s.gloss == "INS")
    return frozenset(surfaces(comitative))


@cache
def _case_endings_by_size() -> tuple[tuple[int, frozenset[str]], ...]:
    """`case_endings()` by length, longest first."""
    sizes = sorted({len(e) for e in case_endings()}, reverse=True)
    return tuple((n, frozenset(e for e in case_endings() if len(e) == n)) for n in sizes)


@cache
def case_endings() -> tuple[str, ...]:
    """Case endings of two letters or more, with -дағы, -дай, -ша (not after a possessive): longest first."""
    forms = set().union(*(endings(g) for g in (*CASE_GLOSSES, "SIM")), surfaces("DAGI"), surfaces("нDAGI"),
                        surfaces(mt.EQUATIVE.template))
    return tuple(sorted((f for f in forms if len(f) >= 2), key=lambda f: (-len(f), f)))

