"""The `stances` pipeline component: fills `Doc.relations` (who wants, needs, supports or opposes what)."""
from __future__ import annotations

import dataclasses
from pathlib import Path

from taldau.component import Component
from taldau.doc import Doc
from taldau.stances import lexicon, reader


class StanceReader(Component):
    """`StanceReader()(doc)`: a new Doc with its relations. `path`: a directory with predicates.tsv,
    actors.tsv, people.tsv and demonyms.tsv to read instead of the bundled lexicons. Where the parser ran, its
    subjects and objects decide; elsewhere the rules over morphology do."""

    name = "stances"
    requires = ("tokens", "sentences", "lang", "readings", "entities")
    assigns = ("relations",)

    def __init__(self, path: str | Path | None = None) -> None:
        super().__init__(path)
        self._lexicon: lexicon.Lexicon | None = None

    @classmethod
    def from_disk(cls, path: str | Path) -> StanceReader:
        return cls(path).load()

    def load(self) -> StanceReader:
        """Read the lexicons now (else on the first document)."""
        self._lexicon = lexicon.load(self.path or lexicon.HERE)
        return self

    def __call__(self, doc: Doc) -> Doc:
        if self._lexicon is None:
            self.load()
        return dataclasses.replace(doc, relations=reader.read(doc, self._lexicon))
