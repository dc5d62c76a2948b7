"""Kazakh for spaCy: `spacy.blank("kk")`, with taldau's segmentation as the tokenizer.

spaCy has no Kazakh, and its rule tokenizer's letter classes lack ғ қ ұ (АҚШ-тың and АҚШ-қа come out
differently), so the `kk` language tokenizes with `taldau.segment`: tokens and sentence starts as
taldau gives them, and `doc.text` is the text exactly as given. Stop words are the words whose every
reading in `taldau.morph` is a closed class; `like_num` reads numbers in words and digits. The
components (`taldau_morph`, `taldau_quantities`, `taldau_ner`) live in `taldau.spacy_kk.factories`.
Registered through the `spacy_languages` and `spacy_factories` entry points: `pip install 'taldau[spacy]'`.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from functools import cache

from spacy.attrs import LIKE_NUM
from spacy.language import BaseDefaults, Language
from spacy.tokens import Doc as SpacyDoc
from spacy.util import DummyTokenizer, load_config_from_str, registry
from spacy.vocab import Vocab

import taldau.doc as taldau_doc
from taldau.segment import segment

__all__ = ["Kazakh", "TaldauTokenizer", "stop_words", "like_num"]

CLOSED = frozenset({"ADP", "CCONJ", "SCONJ", "PRON", "DET", "PART", "AUX"})
CYRILLIC = re.compile(r"[а-яәғқңөұүһіё]+")
CONFIG = """
[nlp]

[nlp.tokenizer]
@tokenizers = "taldau.Tokenizer.v1"
"""


@cache
def stop_words() -> frozenset[str]:
    """Lower-cased words whose most likely reading is a closed class (postpositions, pronouns, particles...)."""
    from taldau.morph import analyze
    from taldau.morph.lexicon import forms, stems

    candidates = set(forms()) | {w for w, lexemes in stems().items() if any(x.upos in CLOSED for x in lexemes)}
    return frozenset(w for w in candidates if CYRILLIC.fullmatch(w) and analyze(w)[0].upos in CLOSED)


class StopWords(AbstractSet[str]):
    """`stop_words()` read on first use: spaCy imports this module with every pipeline it loads (the
    parser's too), through the entry points, and should not read the lexicon then."""

    def __contains__(self, word: object) -> bool:
        return word in stop_words()

    def __iter__(self) -> Iterator[str]:
        return iter(stop_words())

    def __len__(self) -> int:
        return len(stop_words())


def like_num(text: str) -> bool:
    """True for a number in digits or words: 2,9 / 1 500 / бесінші / жиырма бес."""
    from taldau.numbers import parse_number

    return any(c.isdigit() for c in text) or parse_number(text) is not None


def with_gaps(text: str, doc: taldau_doc.Doc) -> tuple[list[str], list[bool], list[bool]]:
    """spaCy's words, spaces and sentence starts for taldau's tokens of `text`.

    One space after a token is its `whitespace_`; any other text between tokens (line breaks, runs of
    spaces, invisible characters) becomes a token of its own, as spaCy does, so the spaCy doc's text is `text`."""
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[bool] = []
    first = {s.first for s in doc.sentences}

    def gap(between: str) -> None:
        if words and between.startswith(" "):
            spaces[-1], between = True, between[1:]
        if between:
            words.append(between)
            spaces.append(False)
            starts.append(False)

    position = 0
    for i, token in enumerate(doc.tokens):
        gap(text[position : token.start])
        words.append(token.text)
        spaces.append(False)
        starts.append(i in first)
        position = token.end
    gap(text[position:])
    return words, spaces, starts


class TaldauTokenizer(DummyTokenizer):
    """spaCy tokenizer over `taldau.segment`; the taldau Doc is kept as `doc._.taldau` for the components."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> SpacyDoc:
        from taldau.spacy_kk.factories import register_extensions

        register_extensions()
        tokens, sentences = segment(text)
        ours = taldau_doc.Doc(text, tokens, sentences)
        words, spaces, starts = with_gaps(text, ours)
        doc = SpacyDoc(self.vocab, words=words, spaces=spaces, sent_starts=starts if words else None)
        doc._.taldau = ours
        return doc


@registry.tokenizers("taldau.Tokenizer.v1")
def create_tokenizer():
    return lambda nlp: TaldauTokenizer(nlp.vocab)


class KazakhDefaults(BaseDefaults):
    config = load_config_from_str(CONFIG)
    stop_words = StopWords()
    lex_attr_getters = {LIKE_NUM: like_num}
    writing_system = {"direction": "ltr", "has_case": True, "has_letters": True}


class Kazakh(Language):
    lang = "kk"
    Defaults = KazakhDefaults
