"""The `ner` pipeline component: fills `Doc.entities` from `Doc.tokens`."""
from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator

from taldau.doc import Doc, merge_spans
from taldau.ner import recognize
from taldau.ner.model import load


class EntityRecognizer:
    """`EntityRecognizer()(doc)`: a new Doc with its entities added; the model loads on first use.

    Entities already in the Doc (the numeric ones from the quantities component, which scores higher on
    those classes) are kept; a recognised span that overlaps one of them is dropped."""

    def load(self) -> EntityRecognizer:
        load()
        return self

    def __call__(self, doc: Doc) -> Doc:
        return dataclasses.replace(doc, entities=merge_spans(doc.entities, recognize(doc)))

    def map(self, docs: Iterable[Doc]) -> Iterator[Doc]:
        return (self(doc) for doc in docs)
