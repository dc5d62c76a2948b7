"""The `stances` pipeline component: fills `Doc.relations` (who wants, needs, supports or opposes what)."""
from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from pathlib import Path

from taldau.doc import Doc
from taldau.stances import lexicon, reader


class StanceReader:
    """`StanceReader()(doc)`: a new Doc with its relations; `path`: a directory with predicates.tsv,
    actors.tsv and demonyms.tsv to use instead of the bundled lexicons."""

    name = "stances"
    requires = ("tokens", "sentences", "lang", "readings", "entities")
    assigns = ("relations",)

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else lexicon.HERE
        self._lexicon: lexicon.Lexicon | None = None

    @classmethod
    def from_disk(cls, path: Path | str) -> StanceReader:
        reader_ = cls(Path(path))
        reader_.load()
        return reader_

    def load(self) -> StanceReader:
        """Read the lexicons now (else on the first document)."""
        self._lexicon = lexicon.load(self.path)
        return self

    def __call__(self, doc: Doc) -> Doc:
        if self._lexicon is None:
            self.load()
        return dataclasses.replace(doc, relations=reader.read(doc, self._lexicon))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        return (self(doc) for doc in docs)

    map = pipe
