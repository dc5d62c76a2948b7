"""The parser's neural network in numpy: spaCy's TransitionBasedParser.v2 forward pass, exported weights.

tok2vec: eight hash-embedding tables (one per attribute of `features.Attributes`) concatenated, a
layer-normalised maxout mixing them, two residual maxout convolutions over a window of one word each
side (every sentence padded by two zero rows, as thinc's `with_array(pad=2)` does), a linear projection.
The lower layer is precomputed per (token, state slot); a state's hidden vector is the sum of its eight
slots' rows (a missing slot takes the learned padding), maxout, then the upper layer scores every move.
Sums run in spaCy's order so the scores match it to float rounding.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from taldau.syntax.hashing import hash_keys

ATTRS = ("NORM", "PREFIX", "SUFFIX", "SHAPE", "POS", "TAG", "MORPH", "LEMMA")
LAYOUT = {  # thinc layer name -> the keys its weights get in parser.npz, in the model's depth-first order
    "hashembed": tuple(f"embed.{attr}" for attr in ATTRS),
    "maxout": ("mix", "conv1", "conv2"),
    "layernorm": ("mix.norm", "conv1.norm", "conv2.norm"),
    "linear": ("project", "upper"),
    "precomputable_affine": ("lower",),
}
PAD = 2  # zero rows around each sentence: the window (1) times the depth (2) of the encoder


class Network:
    """`tokvecs` once per batch of sentences, `precompute` them, then `scores` at every parser step."""

    def __init__(self, weights: Mapping[str, np.ndarray], seeds: Sequence[int]):
        self.w = {key: np.ascontiguousarray(value, dtype=np.float32) for key, value in weights.items()}
        self.seeds = tuple(seeds)
        lower = self.w["lower.W"]  # (slots, hidden, pieces, width)
        self.slots, self.hidden, self.pieces, _ = lower.shape
        self.lower = lower.reshape(-1, lower.shape[-1]).T.copy()
        self.lower_bias = self.w["lower.b"].reshape(-1)
        self.upper = self.w["upper.W"].T.copy()

    def tokvecs(self, ids: Sequence[np.ndarray]) -> np.ndarray:
        """(tokens, width) vectors of each sentence's (n, 8) attribute ids, sentences one after another."""
        flat = np.concatenate(ids)
        tables = [self._embed(flat[:, column], key, seed) for column, (key, seed)
                  in enumerate(zip(LAYOUT["hashembed"], self.seeds))]
        mixed = self._maxout(np.concatenate(tables, axis=1), "mix")
        rows = np.zeros((len(flat) + PAD * (len(ids) + 1), mixed.shape[1]), dtype=np.float32)
        starts = np.cumsum([PAD] + [len(x) + PAD for x in ids[:-1]])
        where = np.concatenate([np.arange(start, start + len(x)) for start, x in zip(starts, ids)])
        rows[where] = mixed
        for key in ("conv1", "conv2"):
            rows += self._maxout(_window(rows), key)
        return rows[where] @ self.w["project.W"].T + self.w["project.b"]

    def precompute(self, tokvecs: np.ndarray) -> np.ndarray:
        """(tokens + 1, slots, hidden * pieces): each token's contribution in each state slot; row 0 pads."""
        width = self.hidden * self.pieces
        cached = np.empty((len(tokvecs) + 1, self.slots * width), dtype=np.float32)
        cached[0] = self.w["lower.pad"].reshape(-1)
        cached[1:] = tokvecs @ self.lower
        return cached.reshape(-1, width)

    def scores(self, cached: np.ndarray, slots: np.ndarray) -> np.ndarray:
        """(states, moves) scores of states given their (states, 8) token indices (-1: none)."""
        rows = (slots + 1) * self.slots + np.arange(self.slots)
        picked = np.take(cached, rows, axis=0)
        hidden = picked[:, 0].copy()
        for slot in range(1, self.slots):
            hidden += picked[:, slot]
        hidden += self.lower_bias
        best = _max_pieces(hidden.reshape(len(slots), self.hidden, self.pieces))
        return best @ self.upper + self.w["upper.b"]

    def _embed(self, ids: np.ndarray, key: str, seed: int) -> np.ndarray:
        table = self.w[f"{key}.E"]
        rows = hash_keys(ids, seed) % np.uint32(len(table))
        out = table[rows[:, 0]].copy()
        for i in range(1, 4):
            out += table[rows[:, i]]
        return out

    def _maxout(self, x: np.ndarray, key: str) -> np.ndarray:
        weights, bias = self.w[f"{key}.W"], self.w[f"{key}.b"]
        out, pieces = weights.shape[0], weights.shape[1]
        y = x @ weights.reshape(out * pieces, -1).T
        y += bias.reshape(-1)
        y = _max_pieces(y.reshape(len(x), out, pieces))
        mean = y.mean(axis=1, keepdims=True)
        var = y.var(axis=1, keepdims=True) + 1e-08
        y = (y - mean) * var ** (-1.0 / 2.0)
        y = y * self.w[f"{key}.norm.G"]
        y += self.w[f"{key}.norm.b"]
        return y


def _max_pieces(x: np.ndarray) -> np.ndarray:
    """Maxout over the last axis (a few pieces): elementwise maxima, far faster than a reduce over it."""
    best = x[..., 0]
    for piece in range(1, x.shape[-1]):
        best = np.maximum(best, x[..., piece])
    return best


def _window(rows: np.ndarray) -> np.ndarray:
    """Each row beside its neighbours [previous, itself, next], zeros past the ends (thinc's seq2col)."""
    out = np.zeros((len(rows), 3 * rows.shape[1]), dtype=rows.dtype)
    width = rows.shape[1]
    out[1:, :width] = rows[:-1]
    out[:, width:2 * width] = rows
    out[:-1, 2 * width:] = rows[1:]
    return out
