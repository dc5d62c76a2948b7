"""The `tagger` pipeline component: after `morph`, puts the reading each word's context calls for first."""
from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from functools import cached_property

from taldau.component import Component
from taldau.doc import Doc
from taldau.tagger import fit_sentence, promote, stray_postpositions
from taldau.tagger.ranker import META, MODEL, Ranker

WINDOW = 300  # tokens ranked as one sentence when a Doc has no sentences (or one of millions of tokens)
BLOCK = 4_096  # tokens scored at once (whole sentences): numpy arrays of a bounded size


class Tagger(Component):
    """`Tagger()(doc)`: a new Doc whose tokens have the reading their context calls for first.

    `path`: a folder with `ranker.npz` and `ranker.meta.json`; None for the bundled model."""

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
        windows = [(s, min(s + WINDOW, last)) for first, last in _groups(doc) for s in range(first, last, WINDOW)]
        for block in _blocks(windows):
            begin, end = block[0][0], block[-1][1]
            words = [(t.norm, t.analyses) for t in tokens[begin:end]]
            for i, k in enumerate(self.ranker.choose_block(words, [s - begin for s, _ in block]), begin):
                if k:
                    tokens[i] = tokens[i].with_analyses(promote(tokens[i].analyses, k))
        fitted = stray_postpositions([t.analyses for t in tokens])
        for first, last in _groups(doc):
            fitted[first:last] = fit_sentence(fitted[first:last])
        tokens = [t if r is t.analyses else t.with_analyses(r) for t, r in zip(tokens, fitted)]
        return dataclasses.replace(doc, tokens=tuple(tokens))


def _groups(doc: Doc) -> Sequence[tuple[int, int]]:
    return [(s.first, s.last) for s in doc.sentences] if doc.sentences else [(0, len(doc.tokens))]


def _blocks(windows: Sequence[tuple[int, int]]) -> Iterator[list[tuple[int, int]]]:
    """Runs of adjacent sentences (first, last token) of about BLOCK tokens, scored together."""
    block: list[tuple[int, int]] = []
    for start, stop in windows:
        if block and (start != block[-1][1] or stop - block[0][0] > BLOCK):
            yield block
            block = []
        block.append((start, stop))
    if block:
        yield block
