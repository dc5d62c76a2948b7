"""The reading ranker: a linear score for every reading of a word, from what the reading says (lemma, UPOS,
features, morphemes, the analyser's rank) crossed with its context (neighbouring words, their readings'
parts of speech and verb forms, their endings, the position and capitals). The best-scoring reading wins.

Weights are learned by `tools.tagger.train` (scikit-learn logistic regression) as pairs (context key, reading
key) -> weight, and stored compiled (`ranker.npz`: the key strings and integer weight triplets). At run time
each word is turned once into integer ids (cached per word), and a block of sentences is scored at once with
numpy: dense tables for the few hundred tag and structural reading keys, a sorted array for the lexical
ones. Weights are integers (1e-4 units), so sums are exact and do not depend on their order.
"""
from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import NamedTuple

import numpy as np

from taldau.cache import COSTLY_WORDS, WORDS, Latest, Recent
from taldau.doc import Analysis
from taldau.tagger import rows
from taldau.tagger.rows import Entry, phrase_words

HERE = Path(__file__).parent
MODEL = HERE / "ranker.npz"
META = HERE / "ranker.meta.json"
FORMAT = 2
SCALE = 10_000  # weights are stored and summed as integers of 1e-4
WIDTH = 12  # structural keys a reading has at most but for rare ones (arrays of one width concatenate fast)

Word = tuple[str, Sequence[Analysis]]  # (norm, readings)
Keys = tuple[tuple[str, ...], tuple[str, ...]]  # (crossed with every context key, crossed with a few)
NEIGHBOURS = ((-2, "a"), (-1, "a"), (-1, "w"), (-1, "e"), (-1, "v"), (-1, "l"),
              (1, "a"), (1, "w"), (1, "e"), (1, "v"), (1, "l"), (2, "a"))  # what a word sees of the words around
FEW = ("b", "-1a", "1a", "-1v", "1l", "-1w", "1w", "ph", "pb")  # the context keys also crossed with lexical reading keys
TAG, LEXICAL = ("U=", "T="), ("L=", "LT=")  # reading keys by prefix; the others are structural


class View(NamedTuple):
    """How a word looks to its neighbours: its parts of speech, lower-cased form, last two letters, verb
    forms, the lemma of its first reading; whether that reading is a plural nominative (a subject for a 3pl
    verb after it), whether it may be a converb, whether it is capitalised; the words that may follow it in a
    multi-word entry of the lexicon (назар: аудар), and its lemmas and form (what such a word is looked for in)."""

    a: str
    w: str
    e: str
    v: str
    l: str  # noqa: E741
    plural: bool
    conv: bool
    capital: bool
    follows: frozenset[str]
    lemmas: frozenset[str]


def tag_keys(upos: str, feats: str) -> tuple[str, str, list[str]]:
    """A tag's keys: its UPOS and whole tag (crossed with every context key), its feature items."""
    return f"U={upos}", f"T={upos}|{feats}", [f"F={item}" for item in feats.split("|") if item]


def shape_keys(reading: Analysis, rank: int, norm: str) -> list[str]:
    """A reading's rank, morphemes, letters beyond the lemma, and whether it was guessed."""
    return [f"R={min(rank, 3)}", f"M={'.'.join(g for _, g in reading.morphemes[1:])}|{reading.upos}",
            f"D={min(len(norm) - len(reading.lemma), 4)}|{reading.upos}", *(("G",) if reading.guessed else ())]


def lemma_keys(reading: Analysis) -> tuple[str, str]:
    lemma = reading.lemma.lower()
    return f"L={lemma}|{reading.upos}", f"LT={lemma}|T={reading.upos}|{reading.feats}"


@lru_cache(maxsize=WORDS)
def reading_keys(reading: Analysis, rank: int, norm: str) -> Keys:
    """What one reading says: (its tag, crossed with every context key; its features, morphemes, rank and
    lemma, crossed with a few)."""
    upos, tag, items = tag_keys(reading.upos, reading.feats)
    return (upos, tag), (*items, *shape_keys(reading, rank, norm), *lemma_keys(reading))


def view(norm: str, readings: Sequence[Analysis]) -> View:
    low = norm.lower()
    forms = "+".join(sorted({f for r in readings if "VerbForm" in r.feats for f in _verb_forms(r.feats)}))
    first = readings[0] if readings else None
    plural = first is not None and first.upos in ("NOUN", "PRON", "PROPN") and "Case=Nom" in first.feats \
        and "Number=Plur" in first.feats
    return View("+".join(sorted({r.upos for r in readings})), low, low[-2:], forms,
                first.lemma.lower() if first else low, plural, "Conv" in forms, norm[:1].isupper(),
                *phrase_words(low, readings))



@lru_cache(maxsize=WORDS)
def _verb_forms(feats: str) -> tuple[str, ...]:
    """The VerbForm items of a FEATS string (a few hundred distinct strings: worked out once each)."""
    return tuple(f for f in feats.split("|") if f.startswith("VerbForm"))


def own_keys(v: View) -> tuple[str, str]:
    return f"w={v.w}", f"a={v.a}"


_PREFIXES = tuple((f"{d}{name}=", View._fields.index(name)) for d, name in NEIGHBOURS)


def neighbour_keys(v: View) -> tuple[str, ...]:
    """The context keys a word gives the word at each offset of NEIGHBOURS from it."""
    return tuple(prefix + v[field] for prefix, field in _PREFIXES)


def edge_key(d: int, name: str) -> str | None:
    """The key of a neighbour beyond the sentence: said for parts of speech, silent for the rest."""
    return f"{d}a=edge" if name == "a" else None


def context(views: Sequence[View], i: int, plural: bool) -> tuple[list[str], list[str]]:
    """(all context keys, the few crossed with lexical keys) of word i of a sentence (training's form of what
    `Ranker` computes in arrays); `plural`: a plural nominative came before it; "ph", "pb": it and the next
    word, or the word before and it, make a multi-word entry of the lexicon (назар аударды: UD's X for назар)."""
    keys = ["b", *own_keys(views[i]), f"conv={i > 0 and views[i - 1].conv}", f"pl={plural}"]
    keys += ["ph"] if i + 1 < len(views) and views[i].follows & views[i + 1].lemmas else []
    keys += ["pb"] if i > 0 and views[i - 1].follows & views[i].lemmas else []
    for m, (d, name) in enumerate(NEIGHBOURS):
        key = neighbour_keys(views[i + d])[m] if 0 <= i + d < len(views) else edge_key(d, name)
        keys += [key] if key else []
    keys += ["first"] if i == 0 else ["capital"] if views[i].capital else []
    return keys, [k for k in keys if k.split("=")[0] in FEW]


def features(keys: Keys, ctx: tuple[list[str], list[str]]) -> list[str]:
    """Reading keys crossed with context keys, "key<TAB>context" (training: inference looks the pairs up)."""
    return [f"{k}\t{c}" for k in keys[0] for c in ctx[0]] + [f"{k}\t{c}" for k in keys[1] for c in ctx[1]]


def _plural(views: Sequence[View]) -> list[bool]:
    """For each word, whether a plural nominative came before it in the sentence."""
    out, found = [], False
    for v in views:
        out.append(found)
        found = found or v.plural
    return out


def candidates(words: Sequence[Word]) -> Iterator[tuple[int, int, list[str]]]:
    """(word index, reading index, features) of every reading of every word with two readings or more."""
    views = [view(n, r) for n, r in words]
    plural = _plural(views)
    for i, (norm, readings) in enumerate(words):
        if len(readings) < 2:
            continue
        ctx = context(views, i, plural[i])
        for k, reading in enumerate(readings):
            yield i, k, features(reading_keys(reading, k, norm), ctx)


class Ranker:
    """`Ranker(table).choose(words)`: the index of the best reading of each word of a sentence.

    `table[context key][reading key]` is the weight of the pair; a reading's score is the sum over its keys
    and its word's context keys. `choose_block` scores many sentences at once."""

    def __init__(self, table: dict[str, dict[str, float]]) -> None:
        contexts = sorted(table)
        keys = sorted({k for row in table.values() for k in row})
        triplets = [(c, k, w) for c, row in enumerate(table[x] for x in contexts) for k, w in row.items()]
        index = {k: j for j, k in enumerate(keys)}
        self._compile(contexts, keys, np.array([c for c, _, _ in triplets], dtype=np.int32),
                      np.array([index[k] for _, k, _ in triplets], dtype=np.int32),
                      np.array([round(w * SCALE) for _, _, w in triplets], dtype=np.int32))

    def _compile(self, contexts: Sequence[str], keys: Sequence[str], ctx: np.ndarray, key: np.ndarray,
                 weight: np.ndarray) -> None:
        self.contexts, self.keys, self.triplets = list(contexts), list(keys), (ctx, key, weight)
        self.context_id = {c: j for j, c in enumerate(self.contexts)}
        none = len(self.contexts)  # the id of a context the model does not know (or an absent one)
        kinds = np.array([2 if k.startswith(LEXICAL) else 0 if k.startswith(TAG) else 1 for k in self.keys])
        self.columns: list[dict[str, int]] = [{}, {}, {}]  # tag, structural, lexical key -> column
        column = np.zeros(len(self.keys), dtype=np.int64)
        for j, (k, kind) in enumerate(zip(self.keys, kinds)):
            column[j] = self.columns[kind].setdefault(k, len(self.columns[kind]))
        self.dense, self.rows = [], []
        for kind in (0, 1):  # a table of rows (contexts with weights of this kind, then a zero row) x columns
            mine = kinds[key] == kind
            used = np.flatnonzero(np.bincount(ctx[mine]))  # np.unique's ids, without the numpy.ma it imports (10 ms)
            rows = np.full(none + 1, len(used), dtype=np.int64)
            rows[used] = np.arange(len(used))
            table = np.zeros((len(used) + 1, len(self.columns[kind]) + 1), dtype=np.int32)
            table[rows[ctx[mine]], column[key[mine]]] = weight[mine]
            self.dense.append(table)
            self.rows.append(rows)
        lexical = kinds[key] == 2
        self.stride = len(self.columns[2]) + 1
        pairs = ctx[lexical].astype(np.int64) * self.stride + column[key[lexical]]
        order = np.argsort(pairs)
        self.pairs = np.append(pairs[order], np.iinfo(np.int64).max)  # an end that no pair reaches
        self.pair_weights = np.append(weight[lexical][order], 0)
        ids = self.context_id.get
        self.fixed = {k: ids(k, none) for k in ("b", "conv=True", "conv=False", "pl=True", "pl=False", "first",
                                                 "capital", "ph", "pb")}
        self.none = none
        self.edges = np.array([ids(edge_key(d, name) or "", none) for d, name in NEIGHBOURS], dtype=np.int64)
        self.offsets = np.array([d for d, _ in NEIGHBOURS], dtype=np.int64)
        self.few = np.array([j for j, name in enumerate(self.slots()) if name in FEW], dtype=np.int64)
        self._words: Latest[Entry] = Latest(COSTLY_WORDS)  # an ambiguous word's entry holds arrays: at most this many
        self.bundled = False  # the bundled model's: frequent words' ids are compiled (`taldau.tagger.rows`)
        self._tags: Recent[list] = Recent(WORDS)  # (UPOS, FEATS) -> tag columns and feature columns
        self._index_keys()

    def _index_keys(self) -> None:
        """The model's keys by their parts, the inverse of the functions that spell them (`neighbour_keys`,
        `lemma_keys`, `shape_keys`): a new word's ids are then dict lookups of the strings it already has,
        not of a dozen keys spelt for it (tests/tagger/test_ranker.py checks both ways agree). Context prefix
        -> value -> id; (lemma, UPOS) -> L column, (lemma, UPOS, FEATS) -> LT column; (morphemes, UPOS) -> M
        column, (letters beyond the lemma, UPOS) -> D column."""
        by_prefix: dict[str, dict[str, int]] = {}
        for j, key in enumerate(self.contexts):
            prefix, equals, value = key.partition("=")
            if equals:
                by_prefix.setdefault(prefix, {})[value] = j
        self._own = [by_prefix.get(name, {}) for name in ("w", "a")]  # as `own_keys` orders them
        self._seen = [(by_prefix.get(f"{d}{name}", {}), View._fields.index(name)) for d, name in NEIGHBOURS]
        self.lemmas: dict[tuple[str, str], int] = {}
        self.lemma_tags: dict[tuple[str, str, str], int] = {}
        for key, j in self.columns[2].items():
            if key.startswith("L="):  # L=lemma|UPOS
                lemma, _, upos = key[2:].rpartition("|")
                self.lemmas[lemma, upos] = j
            else:  # LT=lemma|T=UPOS|FEATS
                lemma, _, tag = key[3:].partition("|T=")
                upos, _, feats = tag.partition("|")
                self.lemma_tags[lemma, upos, feats] = j
        struct = self.columns[1]
        self.morphemes: dict[tuple[str, str], int] = {}
        self.letters: dict[tuple[int, str], int] = {}
        for key, j in struct.items():
            head, _, upos = key[2:].rpartition("|")
            if key.startswith("M="):
                self.morphemes[head, upos] = j
            elif key.startswith("D="):
                self.letters[int(head), upos] = j
        self.ranks = [struct.get(f"R={rank}") for rank in range(4)]
        self.guessed = struct.get("G")

    @staticmethod
    def slots() -> list[str]:
        """The names of the columns of a word's context ids (`_context_ids`)."""
        return ["b", "w", "a", "conv", "pl", "position", "ph", "pb", *(f"{d}{name}" for d, name in NEIGHBOURS)]

    @property
    def table(self) -> dict[str, dict[str, float]]:
        """The weights as context key -> reading key -> weight (for checks and inspection)."""
        out: dict[str, dict[str, float]] = {}
        for c, k, w in zip(*self.triplets):
            out.setdefault(self.contexts[c], {})[self.keys[k]] = int(w) / SCALE
        return out

    @classmethod
    @lru_cache(maxsize=4)  # one model per file, shared by every Tagger
    def from_disk(cls, path: Path = MODEL, meta: Path = META) -> Ranker:
        info = json.loads(meta.read_text(encoding="utf-8"))
        if info.get("format") != FORMAT:
            raise ValueError(f"{meta} has format {info.get('format')}; this taldau reads format {FORMAT}")
        with np.load(path, allow_pickle=False) as f:
            ranker = cls.__new__(cls)
            ranker._compile(f["contexts"].tolist(), f["keys"].tolist(), f["ctx"], f["key"], f["weight"])
        ranker.bundled = path == MODEL
        return ranker

    def save(self, path: Path) -> None:
        ctx, key, weight = self.triplets
        with open(path, "wb") as f:
            np.savez_compressed(f, contexts=np.array(self.contexts), keys=np.array(self.keys), ctx=ctx, key=key,
                                weight=weight)

    def _entry(self, norm: str, readings: tuple[Analysis, ...]) -> Entry:
        """A word's ids, cached by form (and checked against its readings, which a later stage may change)."""
        entry = self._words.get(norm)
        if entry is not None and (entry.readings is readings or entry.readings == readings):
            return entry
        found = rows.ids(norm, readings) if self.bundled else None
        if found is not None:  # a frequent word with the readings its ids were compiled for
            return self._words.put(norm, Entry(readings, *found, *phrase_words(norm.lower(), readings)))
        return self._words.put(norm, self._made(norm, readings))

    def _made(self, norm: str, readings: tuple[Analysis, ...]) -> Entry:
        v = view(norm, readings)
        columns = None
        if len(readings) > 1:
            ids = [self._reading_ids(r, k, norm) for k, r in enumerate(readings)]
            width = max(WIDTH + 4, *map(len, ids))
            pad = len(self.columns[1])
            columns = np.array([row + [pad] * (width - len(row)) for row in ids], dtype=np.int64)
        none = self.none
        return Entry(readings, tuple(ids.get(value, none) for ids, value in zip(self._own, (v.w, v.a))),
                       (*(ids.get(v[field], none) for ids, field in self._seen), v.plural, v.conv, v.capital,
                        bool(v.follows)), columns,
                       v.follows, v.lemmas)

    def _reading_ids(self, reading: Analysis, rank: int, norm: str) -> list[int]:
        """The columns of a reading's keys the model knows: tag (U, T), lexical (L, LT), then structural."""
        tag, struct, lex = self.columns
        upos, feats = reading.upos, reading.feats
        found = self._tags.get((upos, feats))
        if found is None:
            upos_key, whole, items = tag_keys(upos, feats)
            found = self._tags.put((upos, feats), [tag.get(upos_key, len(tag)), tag.get(whole, len(tag)),
                                                   [struct[k] for k in items if k in struct]])
        lemma = reading.lemma.lower()  # as lemma_keys and shape_keys spell them, looked up by their parts
        shape = (self.ranks[min(rank, 3)], self.morphemes.get((".".join(g for _, g in reading.morphemes[1:]), upos)),
                 self.letters.get((min(len(norm) - len(reading.lemma), 4), upos)),
                 self.guessed if reading.guessed else None)
        return [found[0], found[1], self.lemmas.get((lemma, upos), len(lex)),
                self.lemma_tags.get((lemma, upos, feats), len(lex)), *found[2], *(j for j in shape if j is not None)]

    def choose(self, words: Sequence[Word]) -> list[int]:
        """The index of the best reading of each word of one sentence."""
        return self.choose_block(words, [0])

    def choose_block(self, words: Sequence[Word], starts: Sequence[int]) -> list[int]:
        """The index of the best reading of each word of consecutive sentences, `starts` their first words."""
        entries = [self._entry(n, r if type(r) is tuple else tuple(r)) for n, r in words]
        ambiguous = [i for i, e in enumerate(entries) if e.columns is not None]
        best = [0] * len(words)
        if not ambiguous:
            return best
        ctx = self._context_ids(entries, np.array(ambiguous), starts)
        chosen = [entries[i] for i in ambiguous]
        counts = np.array([len(e.readings) for e in chosen])
        owner = np.repeat(np.arange(len(chosen)), counts)
        width = max(e.columns.shape[1] for e in chosen)
        columns = np.concatenate([e.columns if e.columns.shape[1] == width else np.pad(
            e.columns, ((0, 0), (0, width - e.columns.shape[1])), constant_values=len(self.columns[1]))
            for e in chosen])
        few = ctx[:, self.few][owner]
        score = self._dense(0, self.rows[0][ctx][owner], columns[:, :2])
        score += self._dense(1, self.rows[1][few], columns[:, 4:])
        score += self._lexical(few, columns[:, 2:4])
        first = np.concatenate([[0], np.cumsum(counts)[:-1]])
        top = np.maximum.reduceat(score, first)
        local = np.arange(len(score)) - first[owner]
        for i, k in zip(ambiguous, np.minimum.reduceat(np.where(score == top[owner], local, 1 << 30), first).tolist()):
            best[i] = k
        return best

    def _dense(self, kind: int, rows: np.ndarray, columns: np.ndarray) -> np.ndarray:
        """Each reading's summed weights in dense table `kind` of its rows (reading x context row) crossed with its
        columns (reading x column), taken from the table as one flat array: faster than a 2-d fancy index."""
        table = self.dense[kind]
        return table.ravel().take(rows[:, :, None] * table.shape[1] + columns[:, None, :]).sum((1, 2), dtype=np.int64)

    def _lexical(self, few: np.ndarray, lexical: np.ndarray) -> np.ndarray:
        """Each reading's summed weights of (few context, lexical key) pairs, found in the sorted pairs; a key the
        model lacks (two in five on news) has none, and is not looked for."""
        reading, k = np.nonzero(lexical < self.stride - 1)
        pairs = few[reading] * self.stride + lexical[reading, k][:, None]
        found = np.searchsorted(self.pairs, pairs)
        weights = np.where(self.pairs[found] == pairs, self.pair_weights[found], 0).sum(1, dtype=np.int64)
        out = np.zeros(len(lexical), dtype=np.int64)
        np.add.at(out, reading, weights)
        return out

    def _context_ids(self, entries: Sequence[Entry], ambiguous: np.ndarray, starts: Sequence[int]) -> np.ndarray:
        """The context ids (columns: `slots()`) of the ambiguous words, in arrays over the block."""
        n = len(entries)
        first = np.zeros(n, dtype=np.int64)
        first[list(starts)] = 1
        sentence = np.cumsum(first) - 1
        begin = np.asarray(starts, dtype=np.int64)
        end = np.append(begin[1:], n)
        at = ambiguous[:, None] + self.offsets[None, :]
        inside = (at >= begin[sentence[ambiguous]][:, None]) & (at < end[sentence[ambiguous]][:, None])
        width = len(self.offsets) + 4
        seen = np.fromiter(chain.from_iterable(e.seen for e in entries), np.int64, n * width).reshape(n, width)
        neighbours = np.where(inside, seen[np.clip(at, 0, n - 1), np.arange(len(self.offsets))], self.edges)
        flags = seen[:, len(self.offsets):].astype(bool)
        plurals = np.cumsum(flags[:, 0]) - flags[:, 0]  # plural nominatives before each word in the block
        before = plurals[ambiguous] - plurals[begin[sentence[ambiguous]]] > 0
        position = ambiguous - begin[sentence[ambiguous]]
        conv = (position > 0) & flags[np.maximum(ambiguous - 1, 0), 1]
        joined = np.zeros(n + 1, dtype=bool)  # word i and the next make a phrase of the lexicon (one sentence)
        for i in np.nonzero(flags[:-1, 3] & (first[1:] == 0))[0].tolist():  # the few words that start one
            joined[i] = bool(entries[i].follows & entries[i + 1].lemmas)
        fixed, after = self.fixed, joined[ambiguous - 1] & (position > 0)
        columns = [np.full(len(ambiguous), fixed["b"]), *np.array([entries[i].own for i in ambiguous]).T,
                   np.where(conv, fixed["conv=True"], fixed["conv=False"]),
                   np.where(before, fixed["pl=True"], fixed["pl=False"]),
                   np.where(position == 0, fixed["first"], np.where(flags[ambiguous, 2], fixed["capital"], self.none)),
                   np.where(joined[ambiguous], fixed["ph"], self.none), np.where(after, fixed["pb"], self.none)]
        return np.column_stack([*columns, neighbours])
