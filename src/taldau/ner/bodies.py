"""Bodies that Kazakh text names by abbreviations (БҰҰ, ЕАЭО, ДСҰ-ға) and their canonical names (`bodies.tsv`).

KazNERD, transcribed television news, spells such bodies out, so its model has hardly seen the abbreviations;
`written.known_bodies` makes a listed name the CRF left out an ORGANISATION, and `canonical` gives every listed name,
inflected or not, its canonical one, so that an actor named both ways is one. Names match case-sensitively and may
carry a case ending on their last word. The file loads on first use.
"""
from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

from taldau.cache import WORDS
from taldau.ner.endings import strip_case

TABLE = Path(__file__).with_name("bodies.tsv")


@cache
def names() -> dict[tuple[str, ...], str]:
    """Every name and abbreviation, as a word tuple, -> the body's canonical name."""
    out: dict[tuple[str, ...], str] = {}
    for line in TABLE.open(encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            name, *aliases = line.rstrip("\n").split("\t")
            for form in [name, *(aliases[0].split("|") if aliases else [])]:
                out.setdefault(tuple(form.split()), name)
    return out


@cache
def firsts() -> dict[str, int]:
    """The first word of each name of two words or more (it takes no ending) -> the most words such a name has."""
    out: dict[str, int] = {}
    for key in names():
        if len(key) > 1:
            out[key[0]] = max(out.get(key[0], 0), len(key))
    return out


@cache
def starts() -> frozenset[str]:
    """The first two letters of each one-word name: a word `canonical` can read as one starts with them."""
    return frozenset(key[0][:2] for key in names() if len(key) == 1)


@lru_cache(maxsize=WORDS)
def canonical(words: tuple[str, ...]) -> str | None:
    """The canonical name of the body these words name, the last word possibly inflected (БҰҰ-ның, ЕАЭО-ға)."""
    table = names()
    return next((table[form] for last in strip_case(words[-1]) if (form := (*words[:-1], last)) in table), None)
