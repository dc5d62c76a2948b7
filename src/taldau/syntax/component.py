"""The `parser` pipeline component: after the tagger, a head and a relation for every token.

Trained with spaCy (`tools.syntax.train`), run with numpy alone: `tools.syntax.export` writes the weights
(parser.npz) and moves (parser.json) that `network` and `transitions` run exactly as spaCy would.
"""
from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Iterator, Sequence
from functools import cached_property
from itertools import islice
from pathlib import Path
from threading import Lock

import numpy as np

from taldau.component import Component
from taldau.doc import Doc, Token
from taldau.syntax.features import Attributes, word
from taldau.syntax.heads import rehang
from taldau.syntax.labels import relabel
from taldau.syntax.network import Network, Words
from taldau.syntax.transitions import Moves, State, parse
from taldau.syntax.tree import pieces, repair

MODEL = Path(__file__).with_name("model")
FORMAT = 2  # meta.json "format": 2 = parser.npz + parser.json exported from the spaCy folder
LIMIT = 120  # tokens parsed at once: a longer sentence is parsed in pieces, joined under its first root
HEAD = Token._fields.index("head")  # a Token's head, then its deprel
BUDGET = 8192  # tokens parsed together (~40 MB of vectors): one matrix product per step for all their pieces


class Model:
    """The exported parser: token attributes -> vectors -> greedy arc-eager parse of each piece."""

    def __init__(self, folder: Path):
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        if meta.get("format") != FORMAT:
            raise ValueError(f"parser model at {folder} has format {meta.get('format')!r}; this taldau reads "
                             f"{FORMAT} (run python -m tools.syntax.export)")
        settings = json.loads((folder / "parser.json").read_text(encoding="utf-8"))
        with np.load(folder / "parser.npz") as weights:
            self.network = Network(dict(weights), settings["seeds"], settings.get("window", 1))
        self.attributes = Attributes(settings["symbols"], settings["norms"])
        self.words = Words(self.network, self.attributes.of_words)
        self.lock = Lock()  # `words` grows as it goes: one batch at a time
        self.moves = Moves([tuple(c) for c in settings["classes"]])  # worked out once, not per batch
        self.unseen = np.array(settings["unseen"], dtype=np.int64)
        # with no unseen move to push down, the upper layer's bias is added with each step's penalty (0 or -inf:
        # score + bias + penalty is the same number either way), one addition a step fewer
        self.penalty = self.moves.penalty if len(self.unseen) else self.moves.penalty + self.network.w["upper.b"]
        from threadpoolctl import ThreadpoolController
        self.blas = ThreadpoolController()  # one BLAS thread: the many small products only wait on others

    def parse(self, sentences: Sequence[Sequence[Token]]) -> list[tuple[list[int], list[str]]]:
        """0-based heads (a root its own head) and labels ("ROOT" for roots) of each non-empty sentence."""
        if not sentences:
            return []
        lengths = [len(tokens) for tokens in sentences]
        with self.blas.limit(limits=1, user_api="blas"):
            with self.lock:
                mixed = self.words([word(t) for tokens in sentences for t in tokens])
            cached, starts = self.network.precompute(mixed, lengths)
            states = [State(n, start) for n, start in zip(lengths, starts)]
            if len(self.unseen):
                scores = self.network.scorer(cached)
                parse(states, self.moves, lambda rows: self._unseen(scores(rows)), self.penalty)
            else:
                parse(states, self.moves, self.network.scorer(cached, bias=False), self.penalty)
        return [state.result() for state in states]

    def _unseen(self, scores: np.ndarray) -> np.ndarray:
        """Moves added after training never win (spaCy gives them the lowest score)."""
        scores[:, self.unseen] = scores.min()
        return scores


class Parser(Component):
    """`Parser()(doc)`: a new Doc whose tokens carry `head` and `deprel`. `path`: a folder holding
    parser.npz, parser.json and taldau's meta.json; None, the bundled model."""

    name, requires, assigns = "parser", ("tokens", "sentences", "readings"), ("syntax",)

    @cached_property
    def model(self) -> Model:
        return Model(self.path or MODEL)

    def load(self) -> Parser:
        self.model  # noqa: B018 - the model, loaded now rather than on the first document
        return self

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        """Documents `batch_size` at a time, their sentences' pieces parsed together."""
        docs = iter(docs)
        while batch := list(islice(docs, batch_size)):
            plans = [_plan(doc) for doc in batch]
            spans = [(doc, a, b) for doc, plan in zip(batch, plans) for sentence in plan for a, b in sentence]
            found, group, size = [], [], 0
            for doc, a, b in spans:
                group.append(doc.tokens[a:b])
                size += b - a
                if size >= BUDGET:
                    found += self.model.parse(group)
                    group, size = [], 0
            arcs = iter(found + self.model.parse(group))
            for doc, plan in zip(batch, plans):
                yield _annotate(doc, plan, arcs)


def _plan(doc: Doc) -> list[list[tuple[int, int]]]:
    """Every sentence (or the whole Doc, if it has none) as [start, end) pieces of at most LIMIT tokens."""
    groups = [(s.first, s.last) for s in doc.sentences] or [(0, len(doc.tokens))]
    return [[(first + a, first + b) for a, b in pieces(last - first, LIMIT)] for first, last in groups]


def _annotate(doc: Doc, plan: list[list[tuple[int, int]]], arcs: Iterator[tuple[list[int], list[str]]]) -> Doc:
    """The Doc with each sentence's pieces' arcs joined into one tree per sentence."""
    tokens, make = list(doc.tokens), tuple.__new__  # a Token from its whole tuple, as Token._make without its checks
    for sentence in plan:
        if not sentence:
            continue
        start = sentence[0][0]
        heads, deprels = [], []
        for a, _ in sentence:
            piece_heads, piece_labels = next(arcs)
            heads += [h + a - start for h in piece_heads]
            deprels += ["root" if label == "ROOT" else label for label in piece_labels]
        heads, deprels = repair(heads, deprels)
        words = tokens[start:start + len(heads)]
        heads, deprels = rehang(heads, deprels, words)
        relabel(heads, deprels, words)
        end = start + len(heads)  # tokens rebuilt around their head and relation: 3.7x faster than _replace
        tokens[start:end] = [make(Token, token[:HEAD] + (head + start, deprel) + token[HEAD + 2:])
                             for token, head, deprel in zip(tokens[start:end], heads, deprels)]
    return dataclasses.replace(doc, tokens=tuple(tokens))
