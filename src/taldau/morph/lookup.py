"""Dictionary lookup: strip an ending right to left, find the stem in the lexicon.

A stem is accepted with its sound class matching the ending (harmony, assimilation), after undoing
the stem alternations (мектеб- -> мектеп, орн- -> орын), or as a known base plus a voice or
derivational suffix (`derivation`).
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from ..doc import Analysis
from . import derivation, endings
from .endings import Ending, stem_keys
from .lexicon import Lexeme, forms, stems
from .phonology import VOWELS, restore_syncope, unsoften

_BARE_WITHOUT_CASE = frozenset({"ADJ", "NUM", "DET", "ADV", "ADP", "CCONJ", "SCONJ", "PART", "INTJ", "X"})


class Stem(NamedTuple):
    lexeme: Lexeme
    lemma: str
    upos: str
    feats: str
    morphemes: tuple[tuple[str, str], ...]  # the stem split into base and derivational suffixes
    rank: int  # 0 dictionary stem, 1 voice, 2 derivation


def merge_feats(*parts: str | tuple[tuple[str, str], ...]) -> str:
    merged: dict[str, str] = {}
    for part in parts:
        items = part if isinstance(part, tuple) else (f.split("=", 1) for f in part.split("|") if f)
        merged.update(items)
    return "|".join(f"{k}={v}" for k, v in sorted(merged.items(), key=lambda kv: kv[0].lower()))


@lru_cache(maxsize=200_000)
def resolve(stem: str, paradigm: str) -> tuple[Stem, ...]:
    """Every lexicon reading of `stem` (lower case) that takes endings of `paradigm`."""
    out = [Stem(lex, lex.lemma, lex.upos, lex.feats, ((stem, "STEM"),), 0)
           for lex in stems().get(stem, ()) if lex.paradigm == paradigm]
    known = stems()
    kept = derivation.VOICE if paradigm == "V" else derivation.ORDINAL
    for base, surface, d in derivation.split(stem, kept, known):  # салын -> сал + PASS, төгіл -> төк + PASS
        for lemma_stem in (base, unsoften(base)) if surface[0] in VOWELS else (base,):
            for lex in stems().get(lemma_stem or "", ()):
                if lex.paradigm == paradigm and lex.upos in d.base_upos:
                    out.append(Stem(lex, lex.lemma, d.upos or lex.upos, merge_feats(lex.feats, d.feats),
                                    ((base, "STEM"), (surface, d.gloss)), 1))
    if not out:
        for base, surface, d in derivation.split(stem, derivation.DERIVATION, known):
            if (d.upos == "VERB") != (paradigm == "V"):
                continue
            for lex in stems().get(base, ()):
                if lex.paradigm == d.base_paradigm and lex.upos not in ("PRON", "AUX"):
                    out.append(Stem(lex, lex.lemma + surface, d.upos, "", ((base, "STEM"), (surface, d.gloss)), 2))
                    break
    return tuple(out)


def _candidates(stem: str, group: endings.Group) -> list[tuple[str, str, int]]:
    """(lexicon stem, stem whose sound class must fit the ending, rank) for a stripped stem."""
    out = [(stem, stem, 0)]
    if group.vowel_initial:
        hard = unsoften(stem)  # мектеб|і -> мектеп
        if hard:
            out.append((hard, hard, 0))
        if group.paradigm == "N":
            full = restore_syncope(stem)  # орн|ы -> орын, ауз|ы -> ауыз
            if full:
                out.append((full, full, 1))
            out.append((stem + "ь", stem, 0))  # корол|і -> король
    if group.paradigm == "N" and len(stem) > 3 and stem[-1] not in VOWELS:
        out.append((stem + stem[-1], stem, 0))  # процес|ке -> процесс
    return out


def reading(word: str, split_at: int, stem: Stem, entry: Ending) -> Analysis:
    if entry.bare and stem.upos in _BARE_WITHOUT_CASE:
        feats = stem.feats  # a bare adjective or numeral has no case in UD
    else:
        feats = merge_feats(stem.feats, entry.feats) if stem.feats else entry.feats_str
    morphemes = _stem_morphemes(word[:split_at] + entry.stem_tail, stem.morphemes, entry)
    return Analysis(stem.lemma, stem.upos, feats, morphemes)


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


def lookup(word: str) -> list[Analysis]:
    """All dictionary readings of `word`; `word` keeps its case for the morpheme surfaces."""
    low = word.lower()
    out = [Analysis(f.lemma, f.upos, f.feats, ((word, "STEM"),)) for f in forms().get(low, ())]
    groups, tails, known = endings.groups(), endings.tails(), stems()
    ranked = []
    for i in range(len(low), 0, -1):
        tail = low[i:]
        if tail not in tails:
            break
        for group in groups.get(tail, ()):
            for n, (lex_stem, key_stem, rank) in enumerate(_candidates(low[:i] + group.stem_tail, group)):
                if n and lex_stem not in known:  # alternations are only tried on dictionary stems
                    continue
                found = resolve(lex_stem, group.paradigm)
                if not found:
                    continue
                for key in stem_keys(key_stem):
                    for entry in group.by_key.get(key, ()):
                        for stem in found:
                            r = max(rank, stem.rank)
                            ranked.append((r, -stem.lexeme.freq, len(entry.chain), reading(word, i, stem, entry)))
    bare = stems().get(low, ())
    ranked += [(0, -lex.freq, 0, Analysis(lex.lemma, lex.upos, lex.feats, ((word, "STEM"),)))
               for lex in bare if lex.paradigm == "-"]
    if any(r[0] < 2 for r in ranked):  # a derived reading only when nothing simpler fits
        ranked = [r for r in ranked if r[0] < 2]
    ranked.sort(key=lambda r: r[:3])
    seen = {(a.lemma, a.upos, _inflection(a.feats)): i for i, a in enumerate(out)}
    for *_, a in ranked:  # one reading per inflection: Назарбаев with and without Gender is one
        key = (a.lemma, a.upos, _inflection(a.feats))
        if key not in seen:
            seen[key] = len(out)
            out.append(a)
        elif a.feats.count("=") > out[seen[key]].feats.count("="):  # keep the richer lexical features
            out[seen[key]] = a
    return out


_LEXICAL = ("Gender=", "PronType=", "NumType=", "Reflex=")


def _inflection(feats: str) -> str:
    return "|".join(f for f in feats.split("|") if not f.startswith(_LEXICAL))
