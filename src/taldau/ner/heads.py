"""Head words that end multi-word names (`heads.tsv`): министрлігі ends an organisation, әуежайы a facility.

A linear-chain CRF sees one label transition at a time, so the first word of "Қазақстан Республикасы
Білім және ғылым министрлігі" cannot know that a head word follows three tokens later; the features
`ahd=org` (a head ahead) carry that to it.
"""
from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

from taldau.cache import CHEAP_WORDS
from taldau.morph import suffixes
from taldau.morph.phonology import soften

FILE = Path(__file__).with_name("heads.tsv")
AHEAD = 4  # tokens looked ahead for a head word
# The class of a name that ends in a head word of each kind (`day`, a weekday's or a feast's day, has none)
LABELS = {"org": "ORGANISATION", "pos": "POSITION", "fac": "FACILITY", "loc": "LOCATION", "event": "EVENT",
          "law": "LAW", "project": "PROJECT", "district": "LOCATION"}
STOPS = frozenset(".,;:!?()")  # a head beyond these belongs to another phrase
NONE = "none"  # the class of a stem that begins like a head word's and is none (әкімшілік, not әкім)


@cache
def table() -> dict[str, str]:
    """Lowercase stem -> class."""
    rows = (line.rstrip("\n").split("\t") for line in FILE.open(encoding="utf-8") if not line.startswith("#"))
    return {stem: kind for stem, kind in rows}


@cache
def _longest() -> int:
    return max(map(len, table()))


@cache
def _starts() -> frozenset[str]:
    """The first four letters of every stem: `head` tries stems of four letters or more, so a word that starts
    with none of these has no head stem."""
    return frozenset(stem[:4] for stem in table())


@lru_cache(maxsize=CHEAP_WORDS)
def head(low: str) -> str:
    """Class of the longest stem the lowercase word starts with, or "" (also for a plural right after it, and for a
    stem of class `NONE`)."""
    if low[:4] not in _starts():  # most words, in one look-up
        return ""
    stems = table()
    for n in range(min(len(low), _longest()), 3, -1):
        kind = stems.get(low[:n])
        if kind:
            # ауруханаларды: hospitals in general, no name
            return "" if kind == NONE or any(p in low[n : n + 4] for p in suffixes.endings("PL")) else kind
    return ""


def of_lemma(lemma: str) -> str:
    """The class of a lemma that is a head word itself, not one that only begins like one (банк, not банкнот): a stem
    of the table is the lemma, the lemma less a letter (министрлі- of министрлік), the lemma voiced before a vowel
    (орталығ- of орталық) or the lemma and an ending (қоры)."""
    low = lemma.lower()
    found = [stem for stem in (low, low[:-1], soften(low)) if stem in table()] or [
        stem for stem in table() if stem.startswith(low) and len(stem) - len(low) <= 2]
    kind = table()[found[0]] if found and len(low) > 2 else ""
    return "" if kind == NONE else kind


def ahead(words: list[str]) -> list[list[str]]:
    """Per token, `ahd=<class>` and `ahd<distance>=<class>` for the nearest head word up to AHEAD tokens on."""
    out: list[list[str]] = [[] for _ in words]
    nearest = None  # the first word after this one that is a head word or a stop, read right to left
    for i in range(len(words) - 1, -1, -1):
        if nearest is not None and nearest - i <= AHEAD and words[nearest] not in STOPS:
            kind = head(words[nearest].lower())
            out[i] = [f"ahd={kind}", f"ahd{nearest - i}={kind}"]
        if words[i] in STOPS or head(words[i].lower()):
            nearest = i
    return out
