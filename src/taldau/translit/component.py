"""Pipeline component: Kazakh written in Latin letters is read through its Cyrillic spelling.

Morphology, quantities and entities know Kazakh in Cyrillic. In a sentence the language component
calls Kazakh in Latin script (kk, Latn), each token's `norm` becomes its Cyrillic transliteration
(2021 alphabet: paiyzğa -> пайызға), so lemmas, values and canonical names come out as they would for
Cyrillic text and a corpus searched by lemma finds both. `text` and every offset stay as written.
"""
from __future__ import annotations

from dataclasses import replace

from taldau.component import Component
from taldau.doc import Doc
from taldau.translit.cyrillic import word_to_cyrillic as cyrillic


def annotate(doc: Doc) -> Doc:
    """Cyrillic norms for the tokens of sentences in Latin-script Kazakh; other sentences as they are."""
    latin = [s for s in doc.sentences if s.lang == "kk" and s.script == "Latn"]
    if not latin:
        return doc
    tokens = list(doc.tokens)
    for s in latin:
        for i in range(s.first, s.last):
            tokens[i] = tokens[i]._replace(norm=cyrillic(tokens[i].norm or tokens[i].text))
    return replace(doc, tokens=tuple(tokens))


class CyrillicNorms(Component):
    """The `cyrillic` component: Cyrillic norms for the tokens of Latin-script Kazakh sentences."""

    name, requires, assigns = "cyrillic", ("tokens", "lang"), ("cyrillic",)

    def __call__(self, doc: Doc) -> Doc:
        return annotate(doc)
