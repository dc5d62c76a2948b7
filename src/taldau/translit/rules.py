"""Context rules that read a lowercase Latin-2021 word back into Cyrillic.

2021 Latin merges и/й (i), х/һ (h), е/э (e), writes ц ч щ ё ю я as ts ch şş io iu ia and drops
ъ ь. Each rule below is tried in order at every position and handles one such case; the first
that matches decides. Letters no rule claims go through the plain letter table, which reads
i as и, h as х and e as е. Words the rules get wrong are listed in the compiled lexicon.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import cache

from taldau.morph import phonology
from taldau.translit.alphabets import spellings

VOWELS = phonology.VOWELS | {"у"}  # vowel letters: у is one in spelling, a consonant in morph's phonology
LATIN_VOWELS = frozenset("aäeioöuūüyı")
AFTER_VERB_T = (VOWELS - {"и"}) | {"й", "р"}  # what precedes т in verb stems: кет, айт, тарт

# A rule looks at word[i:] with the Cyrillic written so far and returns (letters used, Cyrillic).
Rule = Callable[[str, int, str], "tuple[int, str] | None"]


def ch(word: str, i: int, before: str) -> tuple[int, str] | None:
    # чай, чек: 2021 has no c, so ch is always ч
    return (2, "ч") if word.startswith("ch", i) else None


def shch(word: str, i: int, before: str) -> tuple[int, str] | None:
    # ащы, тұщы, борщ: шш is rarer inside a word than щ
    return (2, "щ") if word.startswith("şş", i) else None


def ts_loan(word: str, i: int, before: str) -> tuple[int, str] | None:
    # цирк, шприц, станция, концерт: ts is ц except where a verb or suffix meets с:
    # айтсын, ұятсыз (before y, ı) and кетсе, айтса, тартса (before a, e after a vowel but и, й or р)
    if not word.startswith("ts", i):
        return None
    following = word[i + 2 : i + 3]
    if following in ("y", "ı") or (following in ("a", "e") and before[-1:] in AFTER_VERB_T):
        return None
    return 2, "ц"


def glide(word: str, i: int, before: str) -> tuple[int, str] | None:
    # аяқ, аю, үй, сыйлық, Василий: i after a vowel is й, and й + а, у are written я, ю;
    # after у a lone i stays и (заманауи, интуиция)
    if word[i] != "i" or before[-1:] not in VOWELS:
        return None
    following = word[i + 1 : i + 2]
    if following in ("a", "u"):
        return 2, "я" if following == "a" else "ю"
    return None if before[-1:] == "у" else (1, "й")


def iotated(word: str, i: int, before: str) -> tuple[int, str] | None:
    # Япония, Юрий, бюджет, популяция: ia starting a word or after л, iu starting a word or
    # after a consonant; after other consonants ia stays иа (материал, диагноз)
    following = word[i + 1 : i + 2]
    if word[i] != "i" or following not in ("a", "u"):
        return None
    if following == "u" or i == 0 or before[-1:] == "л":
        return 2, "я" if following == "a" else "ю"
    return None


def initial_e(word: str, i: int, before: str) -> tuple[int, str] | None:
    # экономика, эпидемия, этика: a word-initial e whose next vowel is o or и is a loan's э;
    # Kazakh words keep vowel harmony (екі, елу, ерік)
    if i == 0 and word[0] == "e":
        vowel = next((c for c in word[1:] if c in LATIN_VOWELS), "")
        if vowel in ("o", "i"):
            return 1, "э"
    return None


def e_after_vowel(word: str, i: int, before: str) -> tuple[int, str] | None:
    # поэзия, аэропорт: e after a vowel is э, except after и, у (бие, әуе) and in -ев (Сәрсембаев)
    if word[i] == "e" and before[-1:] in VOWELS and before[-1:] not in "иу" and word[i + 1 : i + 2] != "v":
        return 1, "э"
    return None


RULES: tuple[Rule, ...] = (ch, shch, ts_loan, glide, iotated, initial_e, e_after_vowel)


@cache
def letters() -> dict[str, str]:
    """{Latin letter: Cyrillic letter} for the unambiguous single letters, plus i -> и, h -> х, e -> е."""
    table = {latin: cyr for cyr, latin in reversed(spellings("2021").items()) if len(latin) == 1}
    table.update(i="и", h="х", e="е")
    return table


def apply(word: str, start: int = 0, before: str = "", extra: dict[str, str] | None = None) -> list[tuple[int, str, str]]:
    """Read word[start:] into Cyrillic: [(end, cyrillic, deciding rule)] per piece, in order.

    `before` is the Cyrillic already written for word[:start]; `extra` maps non-default policy
    spellings (say "ʼ") to their letters and wins over every rule.
    """
    table = letters()
    pieces: list[tuple[int, str, str]] = []
    i = start
    while i < len(word):
        decided = None
        for spelling, letter in (extra or {}).items():
            if word.startswith(spelling, i):
                decided = (len(spelling), letter, "policy")
                break
        for rule in RULES if decided is None else ():
            if found := rule(word, i, before):
                decided = (*found, rule.__name__)
                break
        if decided is None:
            decided = (1, table.get(word[i], word[i]), "letter")
        i += decided[0]
        before += decided[1]
        pieces.append((i, decided[1], decided[2]))
    return pieces
