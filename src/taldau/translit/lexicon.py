"""The compiled exception list: Cyrillic words whose Latin spelling the rules read back wrongly.

The file holds Cyrillic only; the Latin keys are computed on load, so the list cannot drift
from the letter table. A key also matches as the stem of a longer word when what follows is a
chain of known suffixes (фестиваль -> festival·dıñ), so inflected forms inherit their stem's
ь, э, ц; a stem's final ь is dropped before a vowel, as Kazakh spelling does (моделі).
"""
from __future__ import annotations

import json
from functools import cache
from importlib import resources

from taldau.translit.latin import to_latin
from taldau.translit.policy import Policy
from taldau.translit.rules import LATIN_VOWELS

FORMAT_VERSION = 1


@cache
def meta() -> dict:
    """Provenance and format of the compiled files."""
    return json.loads(resources.files(__package__).joinpath("meta.json").read_text(encoding="utf-8"))


def _lines(name: str) -> list[str]:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


@cache
def exceptions() -> dict[str, str]:
    """{lowercase Latin-2021 word: its Cyrillic spelling}."""
    if (found := meta().get("format_version")) != FORMAT_VERSION:
        raise RuntimeError(
            f"translit exceptions.tsv has format {found}, expected {FORMAT_VERSION}; "
            "rebuild it with python -m tools.translit.build"
        )
    words = _lines("exceptions.tsv")
    policy = Policy()  # one for the list: making and hashing one per word was most of the loading
    return {to_latin(word, "2021", policy): word for word in words}


@cache
def suffixes() -> frozenset[str]:
    """Latin-2021 suffixes (morphs after a stem) that may follow an exception used as a stem."""
    return frozenset(_lines("suffixes.txt"))


MIN_STEM = 4  # shorter stems (эль, кэт) would swallow native words: el·der, ket·tı


def is_chain(rest: str, morphs: frozenset[str]) -> bool:
    """Whether `rest` splits into known suffixes: ı·sı·na."""
    reachable = [True] + [False] * len(rest)
    for i in range(len(rest)):
        if reachable[i]:
            for j in range(i + 1, len(rest) + 1):
                reachable[j] = reachable[j] or rest[i:j] in morphs
    return reachable[-1]


def find(word: str, table: dict[str, str], morphs: frozenset[str]) -> tuple[int, str] | None:
    """The longest entry of `table` that is `word` or its stem before a suffix chain:
    (its Latin length, its Cyrillic as written before that chain), else None."""
    if word in table:
        return len(word), table[word]
    for end in range(len(word) - 1, MIN_STEM - 1, -1):
        if word[:end] in table and is_chain(word[end:], morphs):
            stem = table[word[:end]]
            return end, stem[:-1] if stem.endswith("ь") and word[end] in LATIN_VOWELS else stem
    return None
