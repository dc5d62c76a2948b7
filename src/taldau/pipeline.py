"""The pipeline: an ordered list of components over one `Doc` (see `taldau.component`).

Data flows one way: segment -> language -> Cyrillic norms -> morphology -> tagger -> quantities ->
entities -> key terms; a component only reads what earlier ones wrote, and the pipeline refuses an
order in which a component would miss what it requires. Built-in components are imported when the
pipeline is built, so `import taldau` stays fast.
"""
from __future__ import annotations

import dataclasses
import gc
import importlib
from collections.abc import Iterable, Iterator
from itertools import islice

from taldau.component import Component
from taldau.doc import Doc
from taldau.segment import segment


class Segmenter(Component):
    """Fills tokens and sentences. `lines=True`: every line break ends a sentence."""

    name = "segment"
    assigns = ("tokens", "sentences")

    def __init__(self, lines: bool = False) -> None:
        super().__init__()
        self.lines = lines

    def __call__(self, doc: Doc) -> Doc:
        tokens, sentences = segment(doc.text, lines=self.lines)
        return dataclasses.replace(doc, tokens=tokens, sentences=sentences)


# name -> "module:Class" of the built-in components, in pipeline order; those whose module cannot be
# imported here (an optional dependency missing) are left out by `available()`.
FACTORIES: dict[str, str] = {
    "langid": "taldau.langid:LanguageIdentifier",
    "cyrillic": "taldau.translit.component:CyrillicNorms",  # Latin-script Kazakh: Cyrillic norms for what follows
    "morph": "taldau.morph:Morphology",
    "tagger": "taldau.tagger.component:Tagger",  # after morph: puts the reading the context calls for first
    "parser": "taldau.syntax.component:Parser",  # after the tagger: heads and UD relations
    "quantities": "taldau.numbers:Quantities",
    "ner": "taldau.ner.component:EntityRecognizer",  # after quantities: their numeric entities win
    "stances": "taldau.stances.component:StanceReader",  # after ner: actors and what they want
    "keyterms": "taldau.keyterms:KeyTerms",  # last: reads lemmas and entities
}


def factory(name: str) -> type[Component]:
    """The class of the built-in component `name`."""
    if name not in FACTORIES:
        raise ValueError(f"unknown component {name!r}; choose among {', '.join(FACTORIES)}")
    module, _, attribute = FACTORIES[name].partition(":")
    return getattr(importlib.import_module(module), attribute)


def available() -> list[str]:
    """Names of the built-in components that can be loaded here, in pipeline order."""
    names = []
    for name in FACTORIES:
        try:
            factory(name)
        except ImportError:
            continue
        names.append(name)
    return names


def check(components: Iterable[Component]) -> None:
    """Refuse an order in which a component requires what no earlier component assigns."""
    have: set[str] = set()
    for component in components:
        missing = [need for need in component.requires if need not in have]
        if missing:
            raise ValueError(f"component {component.name!r} requires {', '.join(missing)}; "
                             f"put {_providers(missing)} before it")
        have.update(component.assigns)


def _providers(capabilities: list[str]) -> str:
    """The built-in components that assign `capabilities`, for an error message."""
    names = [name for name in available() if set(factory(name).assigns) & set(capabilities)]
    return " and ".join(repr(n) for n in names) or "a component that assigns them"


GC_YOUNG = 100_000  # tracked objects made between two collections of the youngest generation (Python: 700)


def roomier_gc() -> None:
    """Let the cyclic garbage collector wait for `GC_YOUNG` new objects. A document makes tens of thousands
    of small tracked objects (tokens, readings, spans, features) that live until it is done and are freed by
    reference counting, never by the collector; each collection walks those alive at the time, and through the
    older generations every cache filled so far. On a first news pass (bench/speed.py) the collector took 11 %
    at Python's default, about 4 % at 10,000 (51 young collections, 0.6 s), about 1 % at 100,000 (3, 0.2 s);
    the pass makes no cyclic garbage, and what another workload makes waits for at most this many objects.
    Raises the threshold, never lowers it; the older generations keep theirs."""
    young, *older = gc.get_threshold()
    if 0 < young < GC_YOUNG:
        gc.set_threshold(GC_YOUNG, *older)


class Pipeline:
    """`Pipeline(["morph", "ner"])(text)`: segmentation, then the named components in order.

    Items may be names of built-in components or `Component` instances (a model of your own:
    `EntityRecognizer.from_disk(path)`, or a third-party component); None means every built-in one.
    """

    def __init__(self, components: Iterable[str | Component] | None = None, lines: bool = False) -> None:
        items = available() if components is None else list(components)
        self.components: list[Component] = [Segmenter(lines)] + [
            factory(item)() if isinstance(item, str) else item for item in items
        ]
        check(self.components)
        roomier_gc()

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.components]

    def __call__(self, text: str) -> Doc:
        doc = Doc(text)
        for component in self.components:
            doc = component(doc)
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 64) -> Iterator[Doc]:
        """Docs of `texts` in order, `batch_size` texts at a time through each component."""
        texts = iter(texts)
        while batch := list(islice(texts, batch_size)):
            docs: Iterable[Doc] = (Doc(text) for text in batch)
            for component in self.components:
                docs = component.pipe(docs, batch_size)
            yield from docs
