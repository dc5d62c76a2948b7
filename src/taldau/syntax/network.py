"""The parser's neural network in numpy: spaCy's TransitionBasedParser.v2 forward pass, exported weights.

tok2vec: eight hash-embedding tables (one per attribute of `features.Attributes`) concatenated, a
layer-normalised maxout mixing them (`embed`: it depends on the token alone, so `Words` keeps it per
word), `depth` residual maxout convolutions over a window of `window` words each side (every sentence
padded by window * depth zero rows, as thinc's `with_array(pad=...)` does), a linear projection.
The lower layer is precomputed per (token, state slot); a state's hidden vector is the sum of its eight
slots' rows (a missing slot takes the learned padding), maxout, then the upper layer scores every
move. Sums run in spaCy's order so the scores match it to float rounding.
"""
from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from typing import Callable

import numpy as np

from taldau.cache import WORDS
from taldau.syntax.hashing import hash_keys

ATTRS = ("NORM", "PREFIX", "SUFFIX", "SHAPE", "POS", "TAG", "MORPH", "LEMMA")


def layout(depth: int) -> dict[str, tuple[str, ...]]:
    """thinc layer name -> the keys its weights get in parser.npz, in the model's depth-first order, for an
    encoder of `depth` convolutions."""
    maxouts = ("mix", *(f"conv{n}" for n in range(1, depth + 1)))
    return {"hashembed": tuple(f"embed.{attr}" for attr in ATTRS), "maxout": maxouts,
            "layernorm": tuple(f"{key}.norm" for key in maxouts), "linear": ("project", "upper"),
            "precomputable_affine": ("lower",)}

SMALL = 16  # fewer rows than this take another BLAS kernel (other float rounding): `embed` pads up to it


class Network:
    """`embed` each new word, `precompute` a batch of sentences from their words' vectors, then `scores`
    at every parser step."""

    def __init__(self, weights: Mapping[str, np.ndarray], seeds: Sequence[int], window: int = 1):
        self.w = {key: np.ascontiguousarray(value, dtype=np.float32) for key, value in weights.items()}
        self.layout = layout(sum(key.startswith("conv") and key.endswith(".W") for key in self.w))
        self.window = window
        self.pad = window * (len(self.layout["maxout"]) - 1)  # zero rows around each sentence
        tables = [self.w[f"{key}.E"] for key in self.layout["hashembed"]]
        self.table = np.concatenate(tables)  # one table: each attribute's rows after the previous one's
        self.sizes = np.array([len(t) for t in tables], dtype=np.uint32)[:, None]
        self.starts = np.cumsum([0] + [len(t) for t in tables[:-1]])[:, None]
        self.seeds = np.array(seeds, dtype=np.uint64)
        lower = self.w["lower.W"]  # (slots, hidden, pieces, width); made (slots, pieces, hidden) x width
        self.slots, self.hidden, self.pieces, _ = lower.shape
        self.lower = lower.transpose(0, 2, 1, 3).reshape(-1, lower.shape[-1]).T.copy()
        self.lower_pad = self.w["lower.pad"].reshape(lower.shape[:3]).transpose(0, 2, 1).reshape(-1)
        self.lower_bias = self.w["lower.b"].T.reshape(-1)
        self.upper = self.w["upper.W"].T.copy()
        self.columns = np.arange(self.slots, dtype=np.intp)  # slot k of a row: row * slots + k
        self.maxout = {  # (out, pieces, in) weights as (in, pieces * out): each piece's outputs side by side
            key: (self.w[f"{key}.W"].transpose(2, 1, 0).reshape(self.w[f"{key}.W"].shape[2], -1).copy(),
                  self.w[f"{key}.b"].T.reshape(-1)) for key in self.layout["maxout"]}

    def embed(self, ids: np.ndarray) -> np.ndarray:
        """(n, width) mixed vectors of (n, 8) attribute ids: each table's four hashed rows summed in
        thinc's order, the eight attributes side by side, the maxout and its layer norm."""
        n = len(ids)
        if n < SMALL:
            ids = np.concatenate([ids, np.zeros((SMALL - n, ids.shape[1]), dtype=ids.dtype)])
        keys = hash_keys(ids, self.seeds)  # (n, 8, 4)
        rows = self.table[keys % self.sizes + self.starts]  # (n, 8, 4, width)
        summed = rows[:, :, 0] + rows[:, :, 1]
        summed += rows[:, :, 2]
        summed += rows[:, :, 3]
        return self._maxout(summed.reshape(len(ids), -1), "mix")[:n]

    def precompute(self, mixed: np.ndarray, lengths: Sequence[int]) -> tuple[np.ndarray, list[int]]:
        """The lower layer's input from each slot of every row (`(rows * slots, hidden * pieces)`) and
        where each sentence starts among the rows. `mixed` holds the sentences' words one after another;
        the row after a sentence's last word is the padding of a missing slot."""
        pad = self.pad
        starts = np.cumsum([pad] + [n + pad for n in lengths[:-1]])
        where = np.arange(len(mixed)) + np.repeat(starts - np.cumsum([0, *lengths[:-1]]), lengths)
        rows = np.zeros((len(mixed) + pad * (len(lengths) + 1), mixed.shape[1]), dtype=np.float32)
        rows[where] = mixed
        for key in self.layout["maxout"][1:]:
            rows += self._maxout(_window(rows, self.window), key)
        tokvecs = rows @ self.w["project.W"].T
        tokvecs += self.w["project.b"]
        cached = tokvecs @ self.lower
        cached[starts + lengths] = self.lower_pad
        return cached.reshape(-1, self.hidden * self.pieces), starts.tolist()

    def scorer(self, cached: np.ndarray, bias: bool = True) -> Callable[[list[int]], np.ndarray]:
        """`scores(rows)`: (states, moves) scores of states given the rows of their 8 slots, one state after
        another (`precompute`'s rows); without the upper layer's bias if not `bias` (the caller adds it)."""
        slots, columns, lower_bias, pieces, upper = self.slots, self.columns, self.lower_bias, self.pieces, self.upper
        upper_bias = self.w["upper.b"]

        def scores(rows: list[int]) -> np.ndarray:
            index = np.array(rows, dtype=np.intp).reshape(-1, slots)  # a state's slots in a row: the rows' slots
            index *= slots
            index += columns
            hidden = np.add.reduce(cached.take(index.T, axis=0), axis=0)  # slot after slot, as spaCy adds
            hidden += lower_bias
            out = _max_pieces(hidden, pieces) @ upper
            if bias:
                out += upper_bias
            return out
        return scores

    def _maxout(self, x: np.ndarray, key: str) -> np.ndarray:
        weights, bias = self.maxout[key]
        y = x @ weights
        y += bias
        y = _max_pieces(y, self.w[f"{key}.W"].shape[1])
        y -= y.mean(axis=1, keepdims=True)  # layer norm; the variance as numpy's var() takes it, centred once
        var = np.add.reduce(y * y, axis=1, keepdims=True) / y.shape[1] + 1e-08
        y *= var ** (-1.0 / 2.0)
        y *= self.w[f"{key}.norm.G"]
        y += self.w[f"{key}.norm.b"]
        return y


class Words:
    """Each word's mixed vector (`Network.embed`), computed once per word: a word is its `key` (what
    its attribute ids are made of), `ids(keys)` gives their (n, 8) ids. Forgets everything past `limit`
    words, so a long-running process stays bounded."""

    def __init__(self, network: Network, ids: Callable[[list], np.ndarray], limit: int = 2 * WORDS):
        self.network, self.ids, self.limit = network, ids, limit
        self.rows: dict[Hashable, int] = {}
        self.vectors = np.empty((0, network.w["mix.norm.b"].shape[0]), dtype=np.float32)

    def __call__(self, keys: Sequence[Hashable]) -> np.ndarray:
        """(len(keys), width) vectors of `keys`."""
        if len(self.rows) + len(keys) > max(self.limit, len(keys)):
            self.rows.clear()
        rows, known = self.rows, len(self.rows)
        found = [rows.setdefault(key, len(rows)) for key in keys]
        new = {row: key for key, row in zip(keys, found) if row >= known}
        if new:
            if len(rows) > len(self.vectors):
                grown = np.empty((max(len(rows), 2 * len(self.vectors)), self.vectors.shape[1]), dtype=np.float32)
                grown[:known] = self.vectors[:known]
                self.vectors = grown
            self.vectors[known:len(rows)] = self.network.embed(self.ids(list(new.values())))
        return self.vectors[found]


def _max_pieces(x: np.ndarray, pieces: int) -> np.ndarray:
    """Maxout of rows made of `pieces` blocks side by side: elementwise maxima of the blocks."""
    width = x.shape[1] // pieces
    best = x[:, :width]
    for piece in range(1, pieces):
        best = np.maximum(best, x[:, piece * width:(piece + 1) * width])
    return best


def _window(rows: np.ndarray, window: int) -> np.ndarray:
    """Each row beside its `window` neighbours on each side [previous..., itself, next...], zeros past the
    ends (thinc's seq2col)."""
    width = rows.shape[1]
    out = np.zeros((len(rows), (2 * window + 1) * width), dtype=rows.dtype)
    for block, shift in enumerate(range(-window, window + 1)):
        columns = slice(block * width, (block + 1) * width)
        if shift < 0:
            out[-shift:, columns] = rows[:shift]
        elif shift > 0:
            out[:-shift, columns] = rows[shift:]
        else:
            out[:, columns] = rows
    return out
