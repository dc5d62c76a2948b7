"""The pipeline: an ordered list of small components over one `Doc`.

A component is any callable `Doc -> Doc`. Data flows one way: segment -> language -> Cyrillic norms ->
morphology -> tagger -> quantities -> entities -> key terms; a component only reads what earlier ones wrote. Optional components are
imported when the pipeline is built, so `import taldau` stays fast.
"""
from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from taldau.doc import Doc
from taldau.segment import segment

Component = Callable[[Doc], Doc]


@dataclass(frozen=True, slots=True)
class Segmenter:
    """Fills tokens and sentences. `lines=True`: every line break ends a sentence."""

    lines: bool = False

    def __call__(self, doc: Doc) -> Doc:
        tokens, sentences = segment(doc.text, lines=self.lines)
        return dataclasses.replace(doc, tokens=tokens, sentences=sentences)


# name -> "module:attribute": a component function, or a class whose instances are components.
# In pipeline order; components whose module is not part of this build are skipped by `available()`.
FACTORIES: dict[str, str] = {
    "langid": "taldau.langid:annotate",
    "cyrillic": "taldau.translit.component:annotate",  # Latin-script Kazakh: Cyrillic norms for what follows
    "morph": "taldau.morph:annotate",
    "tagger": "taldau.tagger.component:Tagger",  # after morph: puts the reading the context calls for first
    "quantities": "taldau.numbers:annotate",
    "ner": "taldau.ner.component:EntityRecognizer",  # after quantities: their numeric entities win
    "stances": "taldau.stances.component:StanceReader",  # after ner: actors and what they want
    "keyterms": "taldau.keyterms:annotate",  # last: reads lemmas and entities
}


def available() -> list[str]:
    """Names of the optional components that can be loaded here."""
    names = []
    for name, target in FACTORIES.items():
        module, _, _ = target.partition(":")
        try:
            importlib.import_module(module)
        except ImportError:
            continue
        names.append(name)
    return names


def _load(name: str) -> Component:
    if name not in FACTORIES:
        raise ValueError(f"unknown component {name!r}; choose among {', '.join(FACTORIES)}")
    module, _, attribute = FACTORIES[name].partition(":")
    target = getattr(importlib.import_module(module), attribute)
    return target() if isinstance(target, type) else target


class Pipeline:
    """`Pipeline(["morph", "ner"])(text)`: segmentation, then the named components in order."""

    def __init__(self, components: Iterable[str] | None = None, lines: bool = False) -> None:
        self.names = ["segment"] + list(available() if components is None else components)
        self.components: list[Component] = [Segmenter(lines)] + [_load(n) for n in self.names[1:]]

    def __call__(self, text: str) -> Doc:
        doc = Doc(text)
        for component in self.components:
            doc = component(doc)
        return doc

    def pipe(self, texts: Iterable[str]) -> Iterator[Doc]:
        for text in texts:
            yield self(text)
