"""Dictionary lookup: strip an ending right to left, find the stem in the lexicon.

A stem is accepted with its sound class matching the ending (harmony, assimilation), after undoing
the stem alternations (мектеб- -> мектеп, орн- -> орын, тау|ып -> тап), or as a known base plus a
voice or derivational suffix (`derivation`). Readings are ranked: dictionary stem, then alternation
or voice, then derivation; within a rank the more frequent lemma, then the shorter ending.
"""
from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from operator import itemgetter
from types import MappingProxyType
from typing import NamedTuple

from ..cache import WORDS
from ..doc import Analysis
from . import derivation, endings
from .derivation import Derivation
from .endings import Ending, stem_keys
from .lexicon import Lexeme, forms, stems
from .phonology import BACK, SOFTENING, VOWELS, restore_syncope, unsoften

_BARE_WITHOUT_CASE = frozenset({"ADJ", "NUM", "DET", "ADV", "ADP", "CCONJ", "SCONJ", "PART", "INTJ", "X"})
_LEXICAL = ("Gender=", "PronType=", "NumType=", "Reflex=")


class Stem(NamedTuple):
    lexeme: Lexeme
    lemma: str
    upos: str
    feats: str
    morphemes: tuple[tuple[str, str], ...]  # the stem split into base and derivational suffixes
    rank: int  # 0 dictionary stem; 1 voice, another lemma-keeping suffix or a likely derivation; 2 derivation


def merge_feats(*parts: str | tuple[tuple[str, str], ...]) -> str:
    merged: dict[str, str] = {}
    for part in parts:
        items = part if isinstance(part, tuple) else (f.split("=", 1) for f in part.split("|") if f)
        merged.update(items)
    return "|".join(f"{k}={v}" for k, v in sorted(merged.items(), key=lambda kv: kv[0].lower()))


_merged = lru_cache(maxsize=20_000)(merge_feats)


@lru_cache(maxsize=20_000)
def _inflection(feats: str) -> str:
    """`feats` without the lexical features: Назарбаев with and without Gender is one reading."""
    return "|".join(f for f in feats.split("|") if not f.startswith(_LEXICAL))


_NONE: Mapping[str, tuple[Stem, ...]] = MappingProxyType({})
_RANK = itemgetter(0, 1, 2)  # rank, -frequency, ending length


def resolve(stem: str) -> Mapping[str, tuple[Stem, ...]]:
    """Paradigm -> every lexicon reading of `stem` (lower case): the stem itself, a known base with voice
    or another lemma-keeping suffix (салын -> сал + PASS, төгіл -> төк + PASS), or a likely derivation
    (үйсіз). Most stems tried are neither, and are not cached."""
    known = stems().rows  # membership only: the compiled rows answer it without making lexemes
    if stem in known or derivation.split(stem, derivation.ATTACHED, known):
        return _resolve(stem)
    return _NONE


@lru_cache(maxsize=2 * WORDS)  # known stems only
def _resolve(stem: str) -> Mapping[str, tuple[Stem, ...]]:
    known = stems()
    out: dict[str, list[Stem]] = {}
    for lex in known.get(stem, ()):
        out.setdefault(lex.paradigm, []).append(Stem(lex, lex.lemma, lex.upos, lex.feats, ((stem, "STEM"),), 0))
    for base, surface, d in derivation.split(stem, derivation.ATTACHED, known.rows):
        if not d.feats:  # a new lemma
            _derive(out, base, surface, d)
            continue
        for lemma_stem in (base, unsoften(base)) if surface[0] in VOWELS else (base,):
            for lex in known.get(lemma_stem or "", ()):
                if lex.paradigm == d.base_paradigm and lex.upos in d.base_upos:
                    out.setdefault(d.base_paradigm, []).append(Stem(
                        lex, lex.lemma, d.upos or lex.upos, merge_feats(lex.feats, d.feats),
                        ((base, "STEM"), (surface, d.gloss)), 1))
    return {k: tuple(v) for k, v in out.items()} if out else _NONE


def _derive(out: dict[str, list[Stem]], base: str, surface: str, d: Derivation) -> None:
    for lex in stems().get(base, ()):
        if lex.paradigm == d.base_paradigm and lex.upos not in ("PRON", "AUX") and not lex.flags:
            lemma = lex.lemma.lower() if lex.upos == "PROPN" != d.upos else lex.lemma  # польшалық: a common word
            stem = Stem(lex, lemma + surface, d.upos, "", ((base, "STEM"), (surface, d.gloss)), d.rank)
            out.setdefault("V" if d.upos == "VERB" else "N", []).append(stem)
            return


def derived(stem: str) -> Mapping[str, tuple[Stem, ...]]:
    """Readings of `stem` as a new lemma by a rarer derivation: a known base + suffix (жең + уші)."""
    out: dict[str, list[Stem]] = {}
    for base, surface, d in derivation.split(stem, derivation.RARE, stems().rows):
        _derive(out, base, surface, d)
    return {k: tuple(v) for k, v in out.items()} if out else _NONE


def _alternations(stem: str, tail: str, known: Mapping[str, str]) -> list[tuple[str, str, int, str]]:
    """(lexicon stem, stem whose sound class must fit the ending, rank, paradigms) for a stripped stem
    whose dictionary form differs, `known` the lexicon's stems; rank 1 marks a dropped vowel put back,
    which a verb accepts only when the lexicon says so (қорқ|ады -> қорық)."""
    out = []
    if tail[:1] in SOFTENING:
        hard = unsoften(stem)  # мектеб|і -> мектеп
        if hard in known:
            out.append((hard, hard, 0, "NV"))
        full = restore_syncope(stem, tail[0] in BACK if tail[0] in VOWELS else None)  # орн|ы -> орын, қауп|і
        if full in known:
            out.append((full, full, 1, "NV"))
        if stem + "ь" in known:
            out.append((stem + "ь", stem + "ь", 0, "N"))  # корол|і -> король
        if tail[:2] in ("ып", "іп") and len(stem) == 3 and stem[2] == "у" and stem[:2] + "п" in known:
            out.append((stem[:2] + "п", stem[:2] + "п", 0, "V"))  # тау|ып -> тап, жау|ып -> жап
    if stem[-1] not in VOWELS:
        if stem.endswith("ий") and stem[:-1] in known:
            out.append((stem[:-1], stem, 0, "NV"))  # жи|яды: и is ій
        if len(stem) > 3 and stem + stem[-1] in known:
            out.append((stem + stem[-1], stem, 0, "N"))  # процес|ке -> процесс
        if stem.endswith("с") and tail[:1] == "т" and stem + "т" in known:
            out.append((stem + "т", stem, 0, "N"))  # экономис|тер -> экономист: a loan's -ст loses т before т
    elif stem[-1] in "ыі" and len(stem) > 4 and stem[-2] not in VOWELS and stem[-3] not in VOWELS:
        if stem[:-1] in known:
            out.append((stem[:-1], stem, 1, "N"))  # факті|лер -> факт: a loan's final cluster takes і
    return out


def _fits(stem: Stem, entry: Ending) -> bool:
    """Lexeme flags that restrict the endings: "b" a bound stem (бер- of бергі), "x" a compound that
    ends in the 3rd-person possessive (отбас|ы|на)."""
    flags = stem.lexeme.flags
    return not ("b" in flags and entry.bare) and not ("x" in flags and not entry.px3)


def _feats(stem: Stem, entry: Ending) -> str:
    if entry.bare and stem.upos in _BARE_WITHOUT_CASE:
        return stem.feats  # a bare adjective or numeral has no case in UD
    return _merged(stem.feats, entry.feats_str) if stem.feats else entry.feats_str


def _stem_morphemes(surface: str, parts: tuple[tuple[str, str], ...], entry: Ending) -> tuple[tuple[str, str], ...]:
    """Morphemes with the stem as written in the word (мектеб, not мектеп) and the junction undone."""
    if entry.stem_tail:  # оқ|иды: the junction letter belongs to the first suffix
        surface = surface[: -len(entry.stem_tail)]
    if len(parts) == 1:
        head: tuple[tuple[str, str], ...] = ((surface, "STEM"),)
    else:
        cut = len(surface) - sum(len(p[0]) for p in parts[1:])
        head = ((surface[:cut], "STEM"),) + parts[1:]
    return head + entry.morphemes


def _splits(low: str, rare: bool = False) -> list[tuple]:
    """(rank, -frequency, ending length, split point, stem, ending, feats) for every dictionary split;
    with `rare`, the splits whose stem is a rare derivation instead (see `derived`)."""
    groups, tails, known = endings.groups(), endings.tails(), stems().rows
    find = derived if rare else resolve
    out: list[tuple] = []
    for i in range(len(low), 0, -1):
        tail = low[i:]
        if tail not in tails:
            break
        for stem_tail, by_paradigm in groups.get(tail, ()):
            stem = low[:i] + stem_tail
            readings = find(stem)
            if readings:
                for group in by_paradigm:
                    found = readings.get(group.paradigm)
                    if found:
                        _emit(out, i, group, stem, 0, found)
            for lex_stem, key_stem, rank, paradigms in _alternations(stem, tail, known):
                readings = find(lex_stem)
                for group in by_paradigm:
                    found = readings.get(group.paradigm) if group.paradigm in paradigms else None
                    if found and rank and group.paradigm == "V":
                        found = tuple(s for s in found if "y" in s.lexeme.flags)
                    if found:
                        _emit(out, i, group, key_stem, rank, found)
    return out


def _emit(out: list[tuple], i: int, group: endings.Group, key_stem: str, rank: int, found: tuple[Stem, ...]) -> None:
    for key in stem_keys(key_stem):
        for entry in group.by_key.get(key, ()):
            for st in found:
                if st.lexeme.flags and not _fits(st, entry):
                    continue
                out.append((max(rank, st.rank), -st.lexeme.freq, len(entry.chain), i, st, entry, _feats(st, entry)))


def lookup(word: str) -> list[Analysis]:
    """All dictionary readings of `word`; `word` keeps its case for the morpheme surfaces."""
    low = word.lower()
    out = [Analysis(f.lemma, f.upos, f.feats, ((word, "STEM"),)) for f in forms().get(low, ())]
    ranked = _splits(low)
    for lex in stems().get(low, ()):  # bare words; light-verb parts (іске ас) after the others
        if lex.paradigm in ("-", "A") and "b" not in lex.flags:
            ranked.append((int(lex.upos == "X"), -lex.freq, 0, len(low), lex, None, lex.feats))
    if not ranked and not out:  # a derived reading only when nothing simpler fits
        ranked = _splits(low, rare=True)
    whole_noun = any(lex.upos in ("NOUN", "PROPN") for lex in stems().get(low, ()))
    ranked = [r for r in ranked if r[5] is None or not _unlikely(r[4], r[5], r[6], whole_noun)]
    ranked.sort(key=_RANK)
    seen = {(a.lemma, a.upos, _inflection(a.feats)): n for n, a in enumerate(out)}
    for _, _, _, i, stem, entry, feats in ranked:  # one reading per inflection: Назарбаев with and without Gender
        key = (stem.lemma, stem.upos, _inflection(feats))
        n = seen.get(key)
        if n is not None and feats.count("=") <= out[n].feats.count("="):  # keep the richer lexical features
            continue
        if entry is None:
            reading = Analysis(stem.lemma, stem.upos, feats, ((word, "STEM"),))
        else:
            morphemes = _stem_morphemes(word[:i] + entry.stem_tail, stem.morphemes, entry)
            reading = Analysis(stem.lemma, stem.upos, feats, morphemes)
        if n is None:
            seen[key] = len(out)
            out.append(reading)
        else:
            out[n] = reading
    return out if word[:1].isupper() else _writers_case_first(out)


@lru_cache(maxsize=1)
def _personal_pronouns() -> frozenset[str]:
    """The personal pronouns the pronoun table declines (мен, сен, ол...), not the reflexive өз."""
    return frozenset(f.lemma for fs in forms().values() for f in fs
                     if f.upos == "PRON" and "PronType=Prs" in f.feats and "Reflex" not in f.feats)


def _unlikely(stem: Stem, entry: Ending, feats: str, whole_noun: bool) -> bool:
    """A split no text means: the equative of a shorter stem where the whole word is a noun of the lexicon (бидай,
    wheat: not би + дай, like a judge; маңдай, not маң + дай), a personal pronoun with a possessive ending (мені is
    "me", not мен + і: the pronoun table declines them)."""
    if whole_noun and any(tag == "EQU" for _, tag in entry.morphemes):
        return True
    return stem.upos == "PRON" and "[psor]" in feats and stem.lemma in _personal_pronouns()


def _writers_case_first(readings: list[Analysis]) -> list[Analysis]:
    """A lower-case word's reading with a lower-case lemma in the place of its capitalised twin (same UPOS and
    features): құдайдың is құдай, as written (KTB's line; the lexicon holds Құдай and құдай, ислам and Ислам)."""
    if not any(a.lemma[:1].isupper() for a in readings):  # most words: nothing to reorder
        return readings
    at = {(a.lemma, a.upos, a.feats): n for n, a in enumerate(readings)}
    out = list(readings)
    for n, a in enumerate(readings):
        twin = at.get((a.lemma.lower(), a.upos, a.feats), -1) if a.lemma[:1].isupper() else -1
        if twin > n:
            out[n], out[twin] = out[twin], out[n]
    return out
