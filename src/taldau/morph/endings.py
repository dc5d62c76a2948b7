"""The suffix automaton, compiled: every chain of every paradigm realised for every stem sound class.

Analysis strips an ending found here and looks the rest up in the lexicon; generation attaches a
chain to a stem. A stem's sound class (`stem_key`) is its harmony plus the class of its last letter,
with ы/і and й apart because they merge with the suffix (оқы+йды -> оқиды, қой+у -> қою).
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from ..cache import WORDS
from ..compiled import Lazy
from . import morphotactics as mt
from .phonology import SOFTENING, VOWELS, attach, final_class, harmonies, is_back, soften

# one representative stem per sound class: (back, front)
_REPRESENTATIVES = {
    "V": ("ба", "бе"),
    "I": ("ты", "ті"),  # ы/і: оқы, тірі
    "S": ("бар", "бер"),
    "L": ("бал", "бел"),
    "J": ("бай", "бей"),  # й
    "N": ("бан", "бен"),
    "Z": ("баз", "без"),
    "T": ("бат", "бет"),
}


def stem_key(stem: str) -> str:
    """Sound class of a stem, e.g. "bS" for бар, "fT" for мектеп, "bI" for оқы."""
    last = stem[-1:]
    cls = "I" if last in ("ы", "і") else "J" if last == "й" else final_class(stem)
    return ("b" if is_back(stem) else "f") + cls


@lru_cache(maxsize=2 * WORDS)  # a word tries several stems; the common ones stay
def stem_keys(stem: str) -> tuple[str, ...]:
    """Sound classes analysis accepts for a stem: both harmonies for саммит, Назарбаев."""
    key = stem_key(stem)
    both = harmonies(stem)
    return (key,) if len(both) == 1 else ("b" + key[1:], "f" + key[1:])


@dataclass(frozen=True, slots=True)
class Ending:
    paradigm: str  # "N" nominal, "V" verb, "P" posture verb present, "A" adverb taking -ғы
    key: str  # stem sound class the surface form was realised for
    stem_tail: str  # letter the junction took from the stem (оқ|иды -> stem оқ+ы)
    feats: tuple[tuple[str, str], ...]
    morphemes: tuple[tuple[str, str], ...]  # (surface, gloss) of the suffixes
    chain: tuple[mt.Suffix, ...]
    feats_str: str  # `feats` as UD FEATS
    bare: bool  # the bare nominative: no ending at all
    px3: bool  # the chain has the 3rd-person possessive (отбас|ы|на)


def parse_feats(feats: str) -> dict[str, str]:
    return dict(f.split("=", 1) for f in feats.split("|") if f)


def chain_feats(chain: tuple[mt.Suffix, ...]) -> tuple[tuple[str, str], ...]:
    merged: dict[str, str] = {}
    for suffix in chain:
        merged.update(parse_feats(suffix.feats))
    return tuple(sorted(merged.items(), key=lambda kv: kv[0].lower()))


def realise(stem: str, chain: tuple[mt.Suffix, ...]) -> tuple[str, list[tuple[str, str]]]:
    """Attach `chain` to `stem`; return the word and its suffix morphemes (surface, gloss)."""
    back = is_back(stem)
    word, morphemes = stem, []
    for suffix in chain:
        new = attach(word, suffix.template, back)
        if morphemes and morphemes[-1][0] and new[len(word):len(word) + 1] in VOWELS and soften(word) != word:
            # a suffix's own final к, қ, п voices before a vowel, as a stem's does: болғандық -> болғандығы
            word = soften(word)
            morphemes[-1] = (morphemes[-1][0][:-1] + word[-1], morphemes[-1][1])
            new = attach(word, suffix.template, back)
        if new.startswith(word):
            morphemes.append((new[len(word) :], suffix.gloss))
        else:  # the junction took the stem's last letter: оқы + йды -> оқиды
            morphemes.append((new[len(word) - 1 :], suffix.gloss))
        word = new
    return word, [m for m in morphemes if m[0]]


PARADIGMS = {"N": mt.noun_chains, "V": mt.verb_chains, "P": mt.posture_chains, "A": mt.adverb_chains}


@cache
def chains(paradigm: str) -> tuple[tuple[mt.Suffix, ...], ...]:
    return PARADIGMS[paradigm]()


def table() -> Mapping[str, tuple[Ending, ...]]:
    """Surface ending -> every way to read it: compiled by `python -m tools.morph.compile` (each ending's
    readings made on first use), or realised here when the compiled file cannot be read."""
    return _tables()[0]


def tails() -> frozenset[str]:
    """Every suffix of every ending: stripping stops as soon as the tail is not one of them."""
    return _tables()[1]


@cache
def _tables() -> tuple[Mapping[str, tuple[Ending, ...]], frozenset[str]]:
    from .compiled_endings import load

    found = load()
    if found is not None:
        return found
    realised = realised_table()
    return realised, all_tails(realised)


def all_tails(endings: Iterable[str]) -> frozenset[str]:
    return frozenset(e[i:] for e in endings for i in range(len(e) + 1))


def realised_table() -> dict[str, tuple[Ending, ...]]:
    """`table()` realised from the suffix chains: every chain attached to every class's representatives."""
    out: dict[str, list[Ending]] = {}
    for paradigm in PARADIGMS:
        for chain in chains(paradigm):
            feats = chain_feats(chain)
            for cls, reps in _REPRESENTATIVES.items():
                for rep, harmony in zip(reps, "bf"):
                    word, morphemes = realise(rep, chain)
                    cut = 0 if word.startswith(rep) else 1
                    ending = word[len(rep) - cut :]
                    entry = Ending(paradigm, harmony + cls, rep[-1] if cut else "", feats, tuple(morphemes), chain,
                                   "|".join(f"{k}={v}" for k, v in feats), len(chain) == 1 and chain[0].gloss == "NOM",
                                   any(s.gloss == "PX3" for s in chain))
                    out.setdefault(ending, []).append(entry)
    return {k: tuple(v) for k, v in out.items()}


class Group(NamedTuple):
    """The readings of one surface ending that share a stem junction and paradigm, by stem class."""

    stem_tail: str
    paradigm: str
    vowel_initial: bool  # the ending starts with a vowel or -у: the stem may alternate (мектеб-і, шығ-у)
    by_key: dict[str, tuple[Ending, ...]]


@cache
def groups() -> Mapping[str, tuple[tuple[str, tuple[Group, ...]], ...]]:
    """`table()` grouped for lookup: ending -> (junction letter, its groups by paradigm), so that
    lookup probes the lexicon once per junction; each ending grouped on first use."""
    return Lazy(table(), _grouped)


def _grouped(ending: str, entries: tuple[Ending, ...]) -> tuple[tuple[str, tuple[Group, ...]], ...]:
    grouped: dict[str, dict[str, dict[str, list[Ending]]]] = {}
    for e in entries:
        grouped.setdefault(e.stem_tail, {}).setdefault(e.paradigm, {}).setdefault(e.key, []).append(e)
    return tuple(
        (tail, tuple(Group(tail, paradigm, ending[:1] in SOFTENING, {k: tuple(v) for k, v in by_key.items()})
                     for paradigm, by_key in by_paradigm.items()))
        for tail, by_paradigm in grouped.items()
    )
