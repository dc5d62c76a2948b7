"""Gazetteers: places with ISO 3166 codes (hand-written TSV) and word classes (`lexicon.tsv`).

Place names match case-sensitively (Қазан the city, not қазан the month) and may carry a case
ending on their last word (Америка Құрама Штаттарымен). Files load on first use.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from taldau import compiled
from taldau.cache import CHEAP_WORDS
from taldau.ner.endings import strip_case

HERE = Path(__file__).parent
LEXICON = HERE / "lexicon.tsv"
LEXICON_COMPILED = LEXICON.with_suffix(".marshal.gz")  # `python -m tools.ner.compile`
PLACE_FILES = {"country": "countries.tsv", "region": "regions.tsv", "city": "cities.tsv"}
MAX_WORDS = 5


@dataclass(frozen=True, slots=True)
class Place:
    name: str  # canonical: "Америка Құрама Штаттары"
    kind: str  # country, region, city
    code: str  # ISO 3166-1 alpha-2 or ISO 3166-2: "US", "KZ-75"


def _rows(name: str):
    for line in (HERE / name).open(encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            yield line.rstrip("\n").split("\t")


@cache
def places() -> dict[tuple[str, ...], Place]:
    """Every name and alias, as a word tuple, -> its place. Earlier files win a clash."""
    out: dict[tuple[str, ...], Place] = {}
    for kind, filename in PLACE_FILES.items():
        for code, name, *aliases in _rows(filename):
            place = Place(name, kind, code)
            for form in [name, *(aliases[0].split("|") if aliases else [])]:
                for written in dict.fromkeys((form, spaced(form), unsigned(form))):
                    out.setdefault(tuple(written.split()), place)  # Коста-Рика is also written Коста Рика
    return out


def unsigned(name: str) -> str:
    """The name without soft and hard signs, as it comes back from the 2021 Latin alphabet, which has none (Polşa ->
    Полша for Польша, Vetnam -> Ветнам for Вьетнам)."""
    return name.replace("ь", "").replace("ъ", "")


def spaced(name: str) -> str:
    """A name of capitalised parts joined by hyphens with spaces instead (Шри-Ланка -> Шри Ланка), else the name."""
    parts = name.split("-")
    return " ".join(parts) if len(parts) > 1 and all(p[:1].isupper() for p in parts) else name


@cache
def lexicon() -> dict[str, tuple[str, ...]]:
    """Lowercase lemma -> word classes ("first", "sur", "topo", "noun", ...)."""
    return compiled.table(LEXICON_COMPILED, (LEXICON,), read_lexicon)


def read_lexicon() -> dict[str, tuple[str, ...]]:
    """The lexicon from its TSV source."""
    return compiled.shared({word: tuple(classes.split(",")) for word, classes in _rows(LEXICON.name)})


@cache
def known() -> frozenset[str]:
    """Lowercase bare forms the stemmer may stop at: lexicon lemmas and one-word place names."""
    return frozenset(lexicon()) | {key[0].lower() for key in places() if len(key) == 1}


@cache
def place_words() -> frozenset[str]:
    """Lowercase one-word toponyms: lexicon toponyms and one-word place names."""
    topo = {w for w, classes in lexicon().items() if "topo" in classes}
    return frozenset(topo) | {key[0].lower() for key in places() if len(key) == 1}


def word_tags(text: str) -> tuple[str, ...]:
    """Lexicon classes of the word or of its form without a case ending (Тоқаевтың -> sur)."""
    lex = lexicon()
    for form in strip_case(text):
        classes = lex.get(form.lower())
        if classes:
            return classes
    return ()


@lru_cache(maxsize=CHEAP_WORDS)
def match(words: tuple[str, ...]) -> tuple[tuple[str, ...], Place] | None:
    """The bare form and the place these words name, the last word possibly inflected (Ресейдің)."""
    table = places()
    for last in strip_case(words[-1]):
        form = (*words[:-1], last)
        place = table.get(form)
        if place:
            return form, place
    return None


@cache
def first_words() -> frozenset[str]:
    """First words of multi-word names: only these can start a longer match."""
    return frozenset(key[0] for key in places() if len(key) > 1)


@cache
def _one_word_starts() -> frozenset[str]:
    """The first two letters (all of a shorter one) of each one-word place name: a word `match` reads as a
    one-word place starts with its name (the name is the word, or the word less an ending after it)."""
    return frozenset(key[0][:2] for key in places() if len(key) == 1)


def span_tags(words: list[str]) -> list[list[str]]:
    """Per token, `gp=B-country` / `gp=I-country` for the longest place match starting at each token."""
    out: list[list[str]] = [[] for _ in words]
    firsts, starts = first_words(), _one_word_starts()
    i = 0
    while i < len(words):
        if words[i][:2] not in starts and words[i][:1] not in starts and words[i] not in firsts:
            i += 1  # most words: no place name starts like them
            continue
        longest = min(MAX_WORDS, len(words) - i) if words[i] in firsts else 1
        for size in range(longest, 0, -1):
            found = match(tuple(words[i : i + size]))
            if found:
                place = found[1]
                out[i].append(f"gp=B-{place.kind}")
                for j in range(i + 1, i + size):
                    out[j].append(f"gp=I-{place.kind}")
                i += size
                break
        else:
            i += 1
    return out
