"""Misspellings that break one sound rule of the standard orthography, read as the standard word.

A writer who spells suffixes by their dictionary shape, or slips on vowel harmony, writes words the
lexicon cannot read. Each rule below respells a word the dictionary does not know; the readings of
every respelling it does know are kept, with Typo=Yes (UD's feature for a misspelt word). Tried
after the dictionary and names, before the guesser, which still adds its readings to a capitalised
word (Тартбай is a name or тартпай misspelt); `generate` never writes these spellings.

    voicing not assimilated    көшді, тырысды, табқан, жаб  -> көшті, тырысты, тапқан, жап
    negation not assimilated   түсінмеді, сөйлесмеңдер      -> түсінбеді, сөйлеспеңдер
    harmony slip               кірмедың, сезбедыңдер        -> кірмедің, сезбедіңдер
    linking vowel              билеіңдер, жымип             -> билеңдер, жымиып
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ..doc import Analysis
from .lookup import lookup, merge_feats
from .phonology import BACK, FRONT

_DEVOICED = {"д": "т", "г": "к", "ғ": "қ", "б": "п"}
_AFTER_VOICELESS = re.compile("(?<=[птқкшсфхчщ])[дгғб]")
_B_BEFORE_VOICELESS = re.compile("б(?=[қктс]|$)")
_NEGATION_AFTER_VOICED = re.compile("(?<=[нңзж])м(?=[ае])")
_NEGATION_AFTER_VOICELESS = re.compile("(?<=[птқкшсфх])м(?=[ае])")
_LINKING_AFTER_VOWEL = re.compile("(?<=[аәеоөұүя])[ыі](?=ң)")


def _voicing(low: str) -> list[str]:
    """A suffix's д, г, ғ, б is т, к, қ, п after a voiceless sound (көш|ті, тырыс|ты), and a stem's
    final п stays п before a voiceless suffix or at the end (тап|қан, тап)."""
    out = _AFTER_VOICELESS.sub(lambda m: _DEVOICED[m.group()], low)
    return [_B_BEFORE_VOICELESS.sub("п", out)]


def _negation(low: str) -> list[str]:
    """The negation -ма is -ба after н, ң, з, ж (түсін|бе|ді) and -па after a voiceless sound (сөйлес|пе)."""
    out = _NEGATION_AFTER_VOICED.sub("б", low)
    return [_NEGATION_AFTER_VOICELESS.sub("п", out)]


def _harmony(low: str) -> list[str]:
    """Suffix vowels follow the stem: ы in a word whose other vowels are all front is і (кірмедің),
    і in a word whose other vowels are all back is ы."""
    others = {c for c in low if c in BACK or c in FRONT} - {"ы", "і"}
    if others and others <= FRONT and "ы" in low:
        return [low.replace("ы", "і")]
    if others and others <= BACK and "і" in low:
        return [low.replace("і", "ы")]
    return []


def _linking_vowel(low: str) -> list[str]:
    """-ыңдар, -ыңыз lose their ы after a vowel (биле|ңдер); и is ій and keeps it before -ып (жымиып)."""
    out = [_LINKING_AFTER_VOWEL.sub("", low)]
    if low.endswith("ип"):
        out += [low[:-1] + "ып", low[:-1] + "іп"]
    return out


RULES: tuple[Callable[[str], list[str]], ...] = (_voicing, _negation, _harmony, _linking_vowel)


def _respellings(low: str) -> list[str]:
    """Each rule's respelling, then the rules one after another (сөйлесмедың has two slips)."""
    out = [r for rule in RULES for r in rule(low)]
    chained = low
    for rule in RULES:
        chained = (rule(chained) or [chained])[0]
    out.append(chained)
    return list(dict.fromkeys(r for r in out if r != low))


def misspelt(word: str) -> list[Analysis]:
    """Dictionary readings of the standard spellings of `word`, with Typo=Yes; [] when none."""
    out: list[Analysis] = []
    for respelt in _respellings(word.lower()):
        for a in lookup(respelt):
            if len(respelt) == len(word):  # the morphemes as written
                surfaces, at = [], 0
                for surface, gloss in a.morphemes:
                    surfaces.append((word[at : at + len(surface)], gloss))
                    at += len(surface)
                morphemes = tuple(surfaces)
            else:
                morphemes = ((word, "STEM"),)
            out.append(Analysis(a.lemma, a.upos, merge_feats(a.feats, "Typo=Yes"), morphemes))
    return out
