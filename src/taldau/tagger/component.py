"""The `tagger` pipeline component: after `morph`, reorders every token's readings by context."""
from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from taldau.component import Component
from taldau.crf import CrfModel
from taldau.doc import Doc, Token
from taldau.tagger import reorder
from taldau.tagger.model import FORMAT, MODEL, bundled, predict

WINDOW = 300  # tokens tagged at once when a Doc has no sentences (or one of millions of tokens)


class Tagger(Component):
    """`Tagger()(doc)`: a new Doc whose tokens have the reading their context calls for first.

    `path`: a folder with `model.crfsuite` and `meta.json`; None, the bundled model."""

    name, requires, assigns = "tagger", ("tokens", "readings"), ("tagged",)

    def __init__(self, path: str | Path | None = None) -> None:
        super().__init__(path)
        self.model = bundled() if self.path is None else CrfModel(self.path / MODEL.name, self.path / "meta.json", FORMAT)

    def load(self) -> Tagger:
        self.model.tagger()
        return self

    def __call__(self, doc: Doc) -> Doc:
        if not any(len(t.analyses) > 1 for t in doc.tokens):
            return doc
        tokens = list(doc.tokens)
        for first, last in _groups(doc):
            for start in range(first, last, WINDOW):
                self._tag(tokens, start, min(start + WINDOW, last))
        return dataclasses.replace(doc, tokens=tuple(tokens))

    def _tag(self, tokens: list[Token], start: int, end: int) -> None:
        """Reorder the readings of tokens[start:end] in place, one sentence (or window) at a time."""
        span = tokens[start:end]
        if not any(len(t.analyses) > 1 for t in span):
            return
        tags = predict([(t.norm, t.analyses) for t in span], self.model)
        for i, (token, tag) in enumerate(zip(span, tags), start):
            if len(token.analyses) > 1:
                readings = reorder(token.analyses, tag)
                if any(a is not b for a, b in zip(readings, token.analyses)):
                    tokens[i] = token._replace(analyses=readings)


def _groups(doc: Doc) -> Sequence[tuple[int, int]]:
    return [(s.first, s.last) for s in doc.sentences] if doc.sentences else [(0, len(doc.tokens))]
