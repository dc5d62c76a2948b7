"""The `parser` pipeline component: after the tagger, a head and a relation for every token."""
from __future__ import annotations

import dataclasses
import importlib.util
import json
from collections.abc import Iterable, Iterator
from functools import cached_property
from pathlib import Path

from taldau.component import Component
from taldau.doc import Doc
from taldau.syntax.features import spacy_doc
from taldau.syntax.tree import pieces, repair

if importlib.util.find_spec("spacy") is None:  # pipeline.available() then leaves the parser out
    raise ImportError("taldau's parser needs spaCy: pip install 'taldau[syntax]'")

MODEL = Path(__file__).with_name("model")
FORMAT = 1  # meta.json "format": the layout of the model folder this code reads
LIMIT = 120  # tokens parsed at once: a longer sentence is parsed in pieces, joined under its first root
STRINGS = 50_000  # spaCy keeps every string it sees: past this many the model is reloaded (a bounded process)


class Parser(Component):
    """`Parser()(doc)`: a new Doc whose tokens carry `head` and `deprel`. `path`: a folder holding a spaCy
    pipeline with a `parser` and taldau's `meta.json`; None, the bundled model."""

    name, requires, assigns = "parser", ("tokens", "sentences", "readings"), ("syntax",)

    @cached_property
    def nlp(self):
        import spacy

        folder = self.path or MODEL
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        if meta.get("format") != FORMAT:
            raise ValueError(f"parser model at {folder} has format {meta.get('format')!r}; this taldau reads {FORMAT}")
        return spacy.load(folder / "spacy")

    def load(self) -> Parser:
        self.nlp  # noqa: B018 - the model, loaded now rather than on the first document
        return self

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        for doc in docs:
            parsed = self._parse(doc, batch_size)
            if len(self.nlp.vocab.strings) > STRINGS:
                del self.nlp  # the next document loads a fresh model
            yield parsed

    def _parse(self, doc: Doc, batch_size: int) -> Doc:
        """Every sentence (or the whole Doc, if it has none) cut into pieces of LIMIT tokens and parsed."""
        groups = [(s.first, s.last) for s in doc.sentences] or [(0, len(doc.tokens))]
        spans = [[(first + a, first + b) for a, b in pieces(last - first, LIMIT)] for first, last in groups]
        flat = [span for sentence in spans for span in sentence]
        parsed = self.nlp.pipe((spacy_doc(self.nlp.vocab, doc.tokens[a:b]) for a, b in flat), batch_size=batch_size)
        found = {span: _arcs(p) for span, p in zip(flat, parsed)}
        tokens = list(doc.tokens)
        for sentence in spans:
            if not sentence:
                continue
            heads, deprels = [], []
            for a, b in sentence:
                offset = a - sentence[0][0]
                heads += [h + offset for h in found[(a, b)][0]]
                deprels += found[(a, b)][1]
            heads, deprels = repair(heads, deprels)
            start = sentence[0][0]
            for i, (head, deprel) in enumerate(zip(heads, deprels), start):
                tokens[i] = tokens[i]._replace(head=head + start, deprel=deprel)
        return dataclasses.replace(doc, tokens=tuple(tokens))


def _arcs(parsed) -> tuple[list[int], list[str]]:
    """0-based heads and relations of a parsed spaCy Doc, read as arrays (no Token objects: 3x faster)."""
    from spacy.attrs import DEP, HEAD

    offsets = parsed.to_array(HEAD).astype("int64")  # relative to the token, stored unsigned
    strings = parsed.vocab.strings
    heads = [i + int(offset) for i, offset in enumerate(offsets)]
    return heads, ["root" if label == "ROOT" else label for label in (strings[int(k)] for k in parsed.to_array(DEP))]
