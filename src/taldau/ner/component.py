"""The `ner` pipeline component: fills `Doc.entities` from `Doc.tokens` and their readings."""
from __future__ import annotations

import dataclasses
from pathlib import Path

from taldau.component import Component
from taldau.crf import CrfModel
from taldau.doc import Doc, merge_spans
from taldau.ner import recognize
from taldau.ner.model import FORMAT, MODEL, bundled


class EntityRecognizer(Component):
    """`EntityRecognizer()(doc)`: a new Doc with its entities added; the model loads on first use.

    `path`: a folder with `model.crfsuite` and `meta.json` (as `python -m taldau.ner.train` writes
    them); None, the bundled model. Entities already in the Doc (the numeric ones from the quantities
    component, which scores higher on those classes) are kept; a recognised span overlapping one is dropped."""

    name, requires, assigns = "ner", ("tokens", "sentences", "readings"), ("entities",)

    def __init__(self, path: str | Path | None = None) -> None:
        super().__init__(path)
        self.model = bundled() if self.path is None else CrfModel(self.path / MODEL.name, self.path / "meta.json", FORMAT)

    def load(self) -> EntityRecognizer:
        self.model.tagger()
        return self

    def __call__(self, doc: Doc) -> Doc:
        return dataclasses.replace(doc, entities=merge_spans(doc.entities, recognize(doc, self.model)))
