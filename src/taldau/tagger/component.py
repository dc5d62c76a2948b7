"""The `tagger` pipeline component: after `morph`, puts the reading each word's context calls for first."""
from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from functools import cached_property

from taldau.component import Component
from taldau.doc import Doc, Token
from taldau.tagger import promote
from taldau.tagger.ranker import META, MODEL, Ranker

WINDOW = 300  # tokens ranked at once when a Doc has no sentences (or one of millions of tokens)


class Tagger(Component):
    """`Tagger()(doc)`: a new Doc whose tokens have the reading their context calls for first.

    `path`: a folder with `ranker.json.gz` and `ranker.meta.json`; None for the bundled model."""

    name, requires, assigns = "tagger", ("tokens", "readings"), ("tagged",)

    @cached_property
    def ranker(self) -> Ranker:
        if self.path is None:
            return Ranker.from_disk()
        if not (self.path / MODEL.name).is_file():
            raise ValueError(f"no tagger model in {self.path}: expected {MODEL.name} and {META.name}")
        return Ranker.from_disk(self.path / MODEL.name, self.path / META.name)

    def load(self) -> Tagger:
        self.ranker
        return self

    def __call__(self, doc: Doc) -> Doc:
        if not any(len(t.analyses) > 1 for t in doc.tokens):
            return doc
        tokens = list(doc.tokens)
        for first, last in _groups(doc):
            for start in range(first, last, WINDOW):
                self._rank(tokens, start, min(start + WINDOW, last))
        return dataclasses.replace(doc, tokens=tuple(tokens))

    def _rank(self, tokens: list[Token], start: int, end: int) -> None:
        """Reorder the readings of tokens[start:end] (one sentence or window) in place."""
        span = tokens[start:end]
        if not any(len(t.analyses) > 1 for t in span):
            return
        for i, k in enumerate(self.ranker.choose([(t.norm, t.analyses) for t in span]), start):
            if k:
                tokens[i] = tokens[i]._replace(analyses=promote(tokens[i].analyses, k))


def _groups(doc: Doc) -> Sequence[tuple[int, int]]:
    return [(s.first, s.last) for s in doc.sentences] if doc.sentences else [(0, len(doc.tokens))]
