"""The `ner` pipeline component: fills `Doc.entities` from `Doc.tokens` and their readings."""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from taldau.component import Component
from taldau.crf import CrfModel
from taldau.doc import Doc, clear_of, merge_spans, within
from taldau.ner import recognize, with_repeated_names
from taldau.ner.canonical import NUMERIC
from taldau.ner.model import FORMAT, MODEL, bundled
from taldau.ner.named_kinds import with_named_kinds
from taldau.ner.two_persons import persons_apart
from taldau.numbers.extraction import item_labels
from taldau.numbers.words import read_word


# Counts that always hold one (each of KazNERD's 5,529 in train + dev does): a bare теңге, доллар is no amount
COUNTS = frozenset({"CARDINAL", "MONEY", "PERCENTAGE", "QUANTITY"})
# Names that never hold a number (none of KazNERD's train + dev does): Сағат 14:30-да is a time, not a man Сағат
WITHOUT_NUMBERS = frozenset({"PERSON", "GPE", "NORP", "LANGUAGE"})
NAME_NUMBER = re.compile(r"[^\W\d_][^\W\d_]+(?:-[^\W\d_]+)*-\d+")  # a capitalised name, a hyphen, a number: Зенит-2


class EntityRecognizer(Component):
    """`EntityRecognizer()(doc)`: a new Doc with its entities added; the model loads on first use.

    `path`: a folder with `model.crfsuite` and `meta.json` (as `python -m taldau.ner.train` writes
    them); None, the bundled model. Entities already in the Doc (the numeric ones from the quantities
    component, which scores higher on those classes) are kept and a recognised span overlapping one is
    dropped, except a name that contains a numeric entity: "Еңбек кодексінің 24-бабы" (LAW), "Хабар 24"
    stay whole, and the 24 stays in `doc.quantities` (a person or a place never holds one: `WITHOUT_NUMBERS`).
    Nor is a recognised numeric span added over a quantity that the rules read as part of a name
    (`Quantity.named`: Boeing 737) or over a list item's label (1), 2.)."""

    name, requires, assigns = "ner", ("tokens", "sentences", "readings"), ("entities",)

    def __init__(self, path: str | Path | None = None) -> None:
        super().__init__(path)
        self.model = bundled() if self.path is None else CrfModel(self.path / MODEL.name, self.path / "meta.json", FORMAT)

    def load(self) -> EntityRecognizer:
        self.model.tagger()
        return self

    def __call__(self, doc: Doc) -> Doc:
        labels = item_labels(doc.text, doc.tokens)  # 1) ..., 2. ...: list items' labels, no entity
        found = recognize(doc, self.model, labels)
        names = tuple(s for s in found if s.label not in NUMERIC)
        swallowed = within((s for s in doc.entities if s.label in NUMERIC),
                           tuple(s for s in names if s.label not in WITHOUT_NUMBERS))
        kept = tuple(s for s in doc.entities if s not in swallowed)
        numeric = clear_of((s for s in found if s.label in NUMERIC and (s.label not in COUNTS or _counted(s.text))),
                           (*(q for q in doc.quantities if q.named), *labels))
        merged = persons_apart(merge_spans(kept, names + numeric))
        return dataclasses.replace(doc, entities=with_named_kinds(doc, with_repeated_names(doc, merged)))


def _counted(text: str) -> bool:
    """The span holds a digit or a number word (Теңге alone, теңге долларға: no amount), and is no name glued to its
    number by a hyphen (Қамбар-Ата-1 жобасы, Зенит-2 зымыраны: in KazNERD's train + dev 29 such words, none a count)."""
    if text[:1].isupper() and NAME_NUMBER.fullmatch(text):
        return False
    return any(ch.isdigit() for ch in text) or any(
        (word := read_word(token)) is not None and word.role not in ("comma", "particle", "point", "minus")
        for token in text.split())
