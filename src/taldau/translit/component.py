"""Pipeline component: Kazakh written in Latin letters is read through its Cyrillic spelling.

Morphology, quantities and entities know Kazakh in Cyrillic. In a sentence the language component
calls Kazakh in Latin script (kk, Latn), each token's `norm` becomes its Cyrillic transliteration
(2021 alphabet: paiyzğa -> пайызға; a sentence with a letter only the 2018 alphabet writes, á ǵ ń ó ú ý, is read
as 2018: paıyzǵa; one with 2017's apostrophes as 2017: pai'yzg'a; a sentence whose letters show no alphabet, in
the alphabet most lower-case words of the document's Latin sentences show, as a writer keeps to one), so lemmas,
values and canonical names come out as they would for Cyrillic text and a corpus searched by lemma finds both.
`text` and every offset stay as written. Writers often spell и + я (2021: iia) as ia: Japonia, Azia, komissia, and ц
(2021: ts) as s: konferensiia, prinsip; a word the dictionary does not know is read with ия for иа, or with ц for one
с, where it knows that (Жапония, конференция, принцип; Азиада stays).
"""
from __future__ import annotations

from dataclasses import replace

from taldau.component import Component
from taldau.doc import Doc
from taldau.translit.alphabets import usual, written_in
from taldau.translit.cyrillic import from_earlier
from taldau.translit.cyrillic import word_to_cyrillic as cyrillic


def annotate(doc: Doc) -> Doc:
    """Cyrillic norms for the tokens of sentences in Latin-script Kazakh; other sentences as they are."""
    latin = [s for s in doc.sentences if s.lang == "kk" and s.script == "Latn"]
    if not latin:
        return doc
    tokens = list(doc.tokens)
    sentences = [[tokens[i].norm or tokens[i].text for i in range(s.first, s.last)] for s in latin]
    default = usual(sentences)
    for s, words in zip(latin, sentences):
        alphabet = written_in(words) or default
        if alphabet != "2021":  # Úkimeti, shaǵyn -> Ükımetı, şağyn; u'kimeti -> ükımetı
            words = [from_earlier(word, alphabet) for word in words]
        for i, word in zip(range(s.first, s.last), words):
            tokens[i] = tokens[i]._replace(norm=_known_spelling(cyrillic(word, "2021")))  # the alphabet decided above
    return replace(doc, tokens=tuple(tokens))


def _known_spelling(word: str) -> str:
    """жапониамен -> жапониямен, конференсияда -> конференцияда when only the second is a dictionary word (see the
    module's docstring)."""
    low = word.lower()
    if ("иа" not in low and "с" not in low) or _known(word):
        return word
    spellings = [word.replace("иа", "ия").replace("ИА", "ИЯ").replace("Иа", "Ия")] if "иа" in low else [word]
    for spelled in list(spellings):  # one с for ц, as writers spell it: konferensiia, prinsip (2021: ts)
        spellings += [spelled[:i] + ("Ц" if c == "С" else "ц") + spelled[i + 1 :] for i, c in enumerate(spelled) if c in "сС"]
    return next((variant for variant in spellings if variant != word and _known(variant)), word)


def _known(word: str) -> bool:
    """A word taldau.morph reads from its dictionary, not by guessing."""
    from taldau.morph import analyze

    return any(not a.guessed for a in analyze(word.lower()))


class CyrillicNorms(Component):
    """The `cyrillic` component: Cyrillic norms for the tokens of Latin-script Kazakh sentences."""

    name, requires, assigns = "cyrillic", ("tokens", "lang"), ("cyrillic",)

    def __call__(self, doc: Doc) -> Doc:
        return annotate(doc)
