"""The reading ranker: a linear score for every reading of a word, from what the reading says (lemma, UPOS,
features, morphemes, the analyser's rank) crossed with its context (neighbouring words, their readings'
parts of speech and verb forms, their endings, the position and capitals). The best-scoring reading wins.

Weights are learned by `tools.tagger.train` (scikit-learn logistic regression) and stored as a table of
context key -> reading key -> weight (`ranker.json.gz`); scoring is a sum of dictionary look-ups, so inference needs no
training library.
"""
from __future__ import annotations

import gzip
import json
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path

from taldau.doc import Analysis

HERE = Path(__file__).parent
MODEL = HERE / "ranker.json.gz"
META = HERE / "ranker.meta.json"
FORMAT = 1
_ZEROS = (0.0,) * 64  # the default of each look-up (map stops at the shorter of keys and this)

Word = tuple[str, Sequence[Analysis]]  # (norm, readings)
Keys = tuple[tuple[str, ...], tuple[str, ...]]  # (crossed with every context key, crossed with a few)


@lru_cache(maxsize=100_000)
def _reading_keys(reading: Analysis, rank: int, norm: str) -> Keys:
    """What one reading says: (its tag, crossed with every context key; its features, morphemes, rank and
    lemma, crossed with a few)."""
    tag = f"T={reading.upos}|{reading.feats}"
    keys = [f"F={item}" for item in reading.feats.split("|") if item]
    keys += [f"R={min(rank, 3)}", f"M={'.'.join(g for _, g in reading.morphemes[1:])}|{reading.upos}",
             f"D={min(len(norm) - len(reading.lemma), 4)}|{reading.upos}", f"L={reading.lemma.lower()}|{reading.upos}",
             f"LT={reading.lemma.lower()}|{tag}", *(("G",) if reading.guessed else ())]
    return (f"U={reading.upos}", tag), tuple(keys)


@lru_cache(maxsize=100_000)
def _word(norm: str, readings: tuple[Analysis, ...]) -> tuple[str, str, str, str, str, bool]:
    """How a neighbour sees a word: lower-cased, its parts of speech, its last two letters, its verb forms,
    the lemma of its first reading, whether that reading is a plural nominative."""
    low = norm.lower()
    forms = sorted({f for r in readings for f in r.feats.split("|") if f.startswith("VerbForm")})
    plural = any(r.upos in ("NOUN", "PRON", "PROPN") and "Case=Nom" in r.feats and "Number=Plur" in r.feats
                 for r in readings[:1])
    return (low, "+".join(sorted({r.upos for r in readings})), low[-2:], "+".join(forms),
            readings[0].lemma.lower() if readings else low, plural)


def _context(seen: list[tuple], norm: str, i: int, plural: bool) -> tuple[list[str], list[str]]:
    """(all context keys, the few crossed with lexical keys) of word i of a sentence; `plural`: a plural
    nominative came before it (a subject for 3pl)."""
    keys = ["b", f"w={seen[i][0]}", f"a={seen[i][1]}", f"conv={i > 0 and 'Conv' in seen[i - 1][3]}",
            f"pl={plural}"]
    for d in (-2, -1, 1, 2):
        j = i + d
        if 0 <= j < len(seen):
            low, amb, end, forms, lemma, _ = seen[j]
            keys.append(f"{d}a={amb}")
            if abs(d) == 1:
                keys += [f"{d}w={low}", f"{d}e={end}", f"{d}v={forms}", f"{d}l={lemma}"]
        else:
            keys.append(f"{d}a=edge")
    if i == 0:
        keys.append("first")
    elif norm[:1].isupper():
        keys.append("capital")
    return keys, [k for k in keys if k == "b" or k.startswith(("-1a=", "1a=", "-1v=", "1l=", "-1w=", "1w="))]


def features(keys: Keys, ctx: tuple[list[str], list[str]]) -> list[str]:
    """Reading keys crossed with context keys, "key<TAB>context" (training: inference looks the pairs up)."""
    return [f"{k}\t{c}" for k in keys[0] for c in ctx[0]] + [f"{k}\t{c}" for k in keys[1] for c in ctx[1]]


def _words(words: Sequence[Word]) -> list[tuple]:
    return [_word(n, r if isinstance(r, tuple) else tuple(r)) for n, r in words]


def _plural(seen: list[tuple]) -> list[bool]:
    """For each word, whether a plural nominative came before it in the sentence."""
    out, found = [], False
    for word in seen:
        out.append(found)
        found = found or word[5]
    return out


def candidates(words: Sequence[Word]) -> Iterator[tuple[int, int, list[str]]]:
    """(word index, reading index, features) of every reading of every word with two readings or more."""
    seen = _words(words)
    plural = _plural(seen)
    for i, (norm, readings) in enumerate(words):
        if len(readings) < 2:
            continue
        ctx = _context(seen, norm, i, plural[i])
        for k, reading in enumerate(readings):
            yield i, k, features(_reading_keys(reading, k, norm), ctx)


class Ranker:
    """`Ranker(table).choose(words)`: the index of the best reading of each word of a sentence.

    `table[context key][reading key]` is the weight of the pair; a reading's score is the sum over its keys
    and its word's context keys, so each context key is looked up once per word, not once per reading."""

    def __init__(self, table: dict[str, dict[str, float]]) -> None:
        self.table = table
        self._partials: dict[tuple[str, tuple[str, ...]], float] = {}

    def _partial(self, context: str, keys: tuple[str, ...]) -> float:
        """The summed weights of `keys` with one context key: few pairs recur (bias, the neighbours' parts of
        speech), so they are kept, up to a bound."""
        pair = (context, keys)
        value = self._partials.get(pair)
        if value is None:
            if len(self._partials) > 200_000:
                self._partials.clear()
            t = self.table[context]
            value = self._partials[pair] = sum(map(t.get, keys, _ZEROS))
        return value

    @classmethod
    @lru_cache(maxsize=4)  # one table per model file, shared by every Tagger
    def from_disk(cls, path: Path = MODEL, meta: Path = META) -> Ranker:
        info = json.loads(meta.read_text(encoding="utf-8"))
        if info.get("format") != FORMAT:
            raise ValueError(f"{meta} has format {info.get('format')}; this taldau reads format {FORMAT}")
        with gzip.open(path, "rt", encoding="utf-8") as f:
            return cls(json.load(f))

    def choose(self, words: Sequence[Word]) -> list[int]:
        best = [0] * len(words)
        seen = _words(words)
        plural = _plural(seen)
        for i, (norm, readings) in enumerate(words):
            if len(readings) < 2:
                continue
            every, few = _context(seen, norm, i, plural[i])
            tables = [t for t in map(self.table.get, every) if t]
            lexical = [c for c in few if c in self.table]
            scores = []
            for k, reading in enumerate(readings):
                (upos, tag), rest = _reading_keys(reading, k, norm)
                scores.append(sum([t.get(upos, 0.0) + t.get(tag, 0.0) for t in tables])
                              + sum([self._partial(c, rest) for c in lexical]))
            best[i] = scores.index(max(scores))
        return best
