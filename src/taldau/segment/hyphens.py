"""Whether a hyphenated word is one token or several, following UD Kazakh-KTB.

A hyphenated word stays whole when it is a known compound (қарым-қатынас, жер-су), ends in a
particle (білмейміз-ау), or is a name (Қасым-Жомарт, Нұр-Сұлтан, әл-Фараби); a number or abbreviation
keeps its ending (2001-ден, АҚШ-тың, 55-ші, 2-ншіден) and a range stays one token (2001-2020). Other
pairs are words joined by a hyphen, and split: кітап - дәптер, қала - қалаға, and, as in UD, a number
before a word: 9 - орынды, 15 - жылдығы. Kazakh in Latin letters follows the same rules through its
Cyrillic spelling (AQŞ-tyñ, 2001-den, qarym-qatynas).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

from taldau.segment.data import ABBREVIATIONS, UNITS


# Particles written after a hyphen: білмейміз-ау, жақсы-ақ, келді-мыс
PARTICLES = frozenset({"ау", "ақ", "ай", "еу", "мыс", "міс", "ды", "ді", "да", "де", "ма", "ме", "ғой"})
# Arabic article prefixes of names: әл-Фараби, ас-Сауд, ад-Дин
NAME_PREFIXES = frozenset({"әл", "ал", "ас", "ад", "аш", "ар", "ан", "эль", "аз", "ат", "ибн", "бин"})


ROMAN = re.compile("[IVXLCDMІХ]+")  # Latin numerals and the Cyrillic letters typed for them (І, Х)
_LATIN = re.compile(r"[a-zäğıñöşūüáǵńóúý]", re.IGNORECASE)  # 2021 and 2018 letters


def is_ending(tail: str, after_digits: bool = False) -> bool:
    """Whether `tail` is a chain of inflectional endings (ден, ншіден, тың; den, tyñ), not a word; after
    digits the short ordinal too (55-ші, 2-шіден)."""
    from taldau.morph import suffixes

    if _LATIN.search(tail):
        tail = _cyrillic(tail)
    tail = tail.lower()
    if after_digits and tail.startswith(tuple(suffixes.endings("ORD.DIGITS"))):
        tail = tail[2:]
        return suffixes.is_ending(tail)
    return bool(tail) and suffixes.is_ending(tail)


def _cyrillic(word: str) -> str:
    """Latin-script Kazakh is read through its Cyrillic spelling (translit loads only when needed)."""
    from taldau.translit.cyrillic import word_to_cyrillic

    return word_to_cyrillic(word)


@cache
def _compounds() -> dict[str, frozenset[str]]:
    """First part -> second parts of dictionary compounds (from compounds.txt)."""
    pairs: dict[str, set[str]] = {}
    for line in (Path(__file__).with_name("compounds.txt")).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            head, _, rest = line.partition("-")
            pairs.setdefault(head, set()).add(rest)
    return {head: frozenset(rests) for head, rests in pairs.items()}


def dictionary_compound(parts: list[str]) -> bool:
    # қарым-қатынастарды, Азық-түлікке: a lexicon compound, inflected
    rests = _compounds().get(parts[0].lower(), ())
    tail = "-".join(parts[1:]).lower()
    return any(tail.startswith(rest) for rest in rests)


def particle(parts: list[str]) -> bool:
    # білмейміз-ау, Жасаған-ау
    return parts[-1].lower() in PARTICLES


def name(parts: list[str]) -> bool:
    # Қасым-Жомарт, Нұр-Сұлтан, әл-Фараби
    if parts[0].lower() in NAME_PREFIXES and parts[1][:1].isupper():
        return True
    return all(part[:1].isupper() for part in parts)


def ending(parts: list[str]) -> bool:
    # 2001-ден, 55-ші, АҚШ-тың, БҰҰ-ның, ҚазҰУ-дың, iPhone-ға, км-і, млрд-қа (a number, abbreviation, unit or foreign
    # word with its ending)
    head = parts[0]
    shortened = head.lower() in UNITS or f"{head.lower()}." in ABBREVIATIONS
    return (head[:1].isdigit() or head.isupper() or head.isascii() or shortened or _mixed_abbreviation(head)) \
        and is_ending("-".join(parts[1:]), head.isdigit())


def range_ending(parts: list[str]) -> bool:
    # 60-70-ші, 5-6-сы, 2019-2020-да: a range of numbers with its ending, as 55-ші is one (not 1-2-сынып, 9-10-сыныпта:
    # a word after the range)
    return len(parts) == 3 and parts[0].isdigit() and parts[1].isdigit() and is_ending(parts[2], True)


def _mixed_abbreviation(word: str) -> bool:
    """ҚазҰУ, ӘҚБтК: an abbreviation with a short syllable in lowercase inside, capitals at both ends."""
    return len(word) <= 8 and word[:1].isupper() and word[-1:].isupper() and sum(ch.isupper() for ch in word) >= 2


def abbreviation(parts: list[str]) -> bool:
    # IT-компаниялар, SMS-хабарлама, ЖЭО-ның жылуы is an ending's: an abbreviation in capitals names what the word
    # after it is about, as one word does (an English or Russian compound the press writes so)
    return len(parts) == 2 and len(parts[0]) >= 2 and parts[0].isupper() and parts[1][:1].islower() \
        and parts[1].isalpha() and not ROMAN.fullmatch(parts[0])  # XIX-ғасырда, ХХ-ғасыр: a century, then its noun


def digits(parts: list[str]) -> bool:
    # 2001-2020, COVID-19, Ту-154
    return parts[-1][:1].isdigit()


RULES: list[Callable[[list[str]], bool]] = [ending, range_ending, digits, abbreviation, dictionary_compound, particle, name]


def keep_whole(word: str) -> bool:
    """Whether the hyphenated `word` is one token."""
    parts = word.split("-")
    if _LATIN.search(word):  # qarym-qatynas, bılmeimız-au: the word lists are in Cyrillic
        spelled = _cyrillic(word).split("-")
        if len(spelled) == len(parts) and (dictionary_compound(spelled) or particle(spelled)):
            return True
    return any(rule(parts) for rule in RULES)
