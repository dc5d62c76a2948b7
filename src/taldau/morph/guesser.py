"""Readings for words the lexicon does not know, always flagged `guessed`.

Every split into stem + ending from the same suffix automaton is a candidate when the stem's
harmony and last sound fit the ending. A candidate scores

    log P(stem's last letters, paradigm) + log P(stem length | paradigm)
        + MORPHEME * suffixes - BARE * (no suffix) + VERB * (verb) - NAME_PX2 * (a name with "your")

with both stem models read off the lexicon (the last three letters, backing off to two and one).
A word's likeliest three lemmas are kept, each with its best reading; a stem voiced before a vowel
is hardened back (мектеб|і -> мектеп); capitalised words read as proper nouns, and as a name in the
nominative when none of the three is a name (Тбилиси, not only a verb); a verb stem ending in a voice suffix also
reads as its base with the voice, as UD lemmatises (қиюлас|ып -> қиюла). The weights were set
on UniMorph forms of lemmas outside the held-out fifth and on dictionary-read KazNERD words (the
guesser's readings against the dictionary's); a raw-text prior over ending chains did worse.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from .. import compiled
from ..doc import Analysis
from . import derivation, endings, lexicon
from .endings import Ending, stem_keys
from .lexicon import Lexeme
from .lookup import merge_feats
from .phonology import VOWELS, unsoften

MAX_READINGS = 3
BACKOFF = 4.0  # log-penalty for each letter the shape model backs off
BARE = 4.0  # log-penalty for reading an unknown word as a bare stem: unknown words are mostly inflected
VERB = 1.0  # log-bonus for the verb paradigm: the lexicon has few verbs, but each has many forms
MORPHEME = 3.0  # log-bonus per suffix: a stem-shape model cannot tell жазба- from жаз-ба
NAME_PX2 = 6.0  # log-penalty for a name with "your": Кельмис-тің is a genitive, not Кельмисті-ң "your Кельмисті"


MODELS = Path(__file__).parent / "data" / "guesser.marshal.gz"  # `stem_models()` of the lexicon, compiled


@cache
def _stem_models() -> tuple[dict[tuple[str, str], float], dict[tuple[int, str], float]]:
    """The stem models, as compiled by `python -m tools.morph.compile` from this lexicon, else counted."""
    return compiled.load(MODELS, lexicon.source_stamp()) or stem_models(lexicon.stems())


def stem_models(stems: Mapping[str, tuple[Lexeme, ...]]) -> tuple[dict[tuple[str, str], float], dict[tuple[int, str], float]]:
    """log P(stem ends in s, paradigm) for the last 1-3 letters s, and log P(stem length | paradigm)
    (add-one smoothed up to 30 letters), over the lexicon's noun and verb stems."""
    endings_: dict[tuple[str, str], int] = {}
    lengths: Counter[tuple[int, str]] = Counter()
    for stem, lexemes in stems.items():
        for paradigm in {lex.paradigm for lex in lexemes} & {"N", "V"}:
            for key in ((stem[-1:], paradigm), (stem[-2:], paradigm), (stem[-3:], paradigm)):
                endings_[key] = endings_.get(key, 0) + 1
            lengths[(min(len(stem), 30), paradigm)] += 1
    totals = Counter(p for (_, p) in lengths.elements())
    everything = sum(totals.values())
    shape = {(s, p): math.log(n / everything) for (s, p), n in endings_.items()}
    length = {(n, p): math.log((lengths[(n, p)] + 1) / (totals[p] + 30)) for n in range(31) for p in ("N", "V")}
    return shape, length


def _shape(stem: str, paradigm: str) -> float:
    shape, lengths = _stem_models()
    length = lengths[(min(len(stem), 30), paradigm)]
    for n, penalty in ((3, 0.0), (2, BACKOFF), (1, 2 * BACKOFF)):
        logp = shape.get((stem[-n:], paradigm))
        if logp is not None:
            return logp - penalty + length
    return -30.0 + length


def _bonus(e: Ending) -> float:
    """The score an ending adds: per suffix, for a verb, against a bare stem."""
    return MORPHEME * len(e.morphemes) - (0.0 if e.morphemes else BARE) + (VERB if e.paradigm == "V" else 0.0)


class _Anything:
    """A guessed base is as good as a known one."""

    def __contains__(self, _: object) -> bool:
        return True


def _voiced(stem: str, e: Ending) -> list[Analysis]:
    """The reading of a guessed verb stem as base + passive or reciprocal (қиюлас -> қиюла + Voice=Rcp)."""
    return [Analysis(stem[: -len(surface)].lower(), "VERB", merge_feats(e.feats_str, d.feats),
                     ((stem[: -len(surface)], "STEM"), (stem[-len(surface):], d.gloss)) + e.morphemes, True)
            for _, surface, d in derivation.split(stem.lower(), derivation.VOICE, _Anything())
            if len(stem) - len(surface) > 2]


def guess(word: str) -> list[Analysis]:
    """The best reading of each of the (up to) three likeliest lemmas, all flagged guessed."""
    low = word.lower()
    proper = word[:1].isupper()
    groups, tails = endings.groups(), endings.tails()
    scored: list[tuple[float, int, str, Ending]] = []
    for i in range(len(low), 1, -1):
        tail = low[i:]
        if tail not in tails:
            break
        if not any(c in VOWELS for c in low[:i]):
            continue
        for group in (g for _, by_paradigm in groups.get(tail, ()) for g in by_paradigm):
            if group.paradigm not in ("N", "V"):
                continue
            stem = low[:i] + group.stem_tail
            if group.vowel_initial:
                stem = unsoften(stem) or stem  # мектеб|і -> мектеп
            base = _shape(stem, group.paradigm)
            for key in stem_keys(stem):
                for e in group.by_key.get(key, ()):
                    yours = NAME_PX2 if proper and e.paradigm == "N" and "Person[psor]=2" in e.feats_str else 0.0
                    scored.append((base + _bonus(e) - yours, i, stem, e))
    scored.sort(key=lambda s: -s[0])
    out: list[Analysis] = []
    voiced: list[Analysis] = []  # added after the three, not in their place
    seen = set()
    for _, i, stem, e in scored:  # the best reading of each of the likeliest lemmas
        if e.paradigm == "N":
            upos, lemma = ("PROPN", word[0] + stem[1:]) if proper else ("NOUN", stem)
        else:
            upos, lemma = "VERB", stem
        if (lemma, upos) not in seen:
            seen.add((lemma, upos))
            out.append(Analysis(lemma, upos, e.feats_str, ((word[:i], "STEM"),) + e.morphemes, True))
            if upos == "VERB" and stem == low[:i]:
                voiced.extend(_voiced(word[:i], e))
            if len(out) == MAX_READINGS:
                break
    out.extend(v for v in voiced if (v.lemma, v.upos) not in seen)
    if proper and out and not any(a.upos == "PROPN" for a in out):  # Тбилиси: a name, not only the verb тбилисы
        out.append(Analysis(word, "PROPN", "Case=Nom", ((word, "STEM"),), True))
    if not out:
        upos = "X" if not any(c in VOWELS for c in low) and not low.isalpha() else "PROPN" if proper else "NOUN"
        feats = "Case=Nom" if upos != "X" else ""
        out = [Analysis(word, upos, feats, ((word, "STEM"),), True)]
    return out
