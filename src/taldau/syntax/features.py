"""What the parser sees of a token: its surface form and taldau's chosen reading.

Training (`tools.syntax.train`) builds spaCy Docs here (`spacy_doc`) and parsing turns the same tokens into
the ids spaCy's feature extractor would give (`Attributes`), so the parser is always fed at run time what it
was trained on: the form's NORM, PREFIX, SUFFIX and SHAPE, the first reading's UPOS (POS), UPOS with the
features that steer attachment (TAG), all its features (MORPH) and its lemma.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

import numpy as np

from taldau.cache import WORDS
from taldau.doc import Token
from taldau.syntax.hashing import murmurhash64a

UPOS = frozenset("ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X".split())
STEERING = ("Case", "VerbForm", "Person", "Number[psor]", "Person[psor]", "PronType")  # in TAG


@lru_cache(maxsize=20_000)
def tag(upos: str, feats: str) -> str:
    """UPOS with the features that decide most attachments: "NOUN|Case=Gen", "VERB|VerbForm=Conv"."""
    kept = [f for f in feats.split("|") if f.split("=", 1)[0] in STEERING]
    return "|".join([upos, *kept])


def spacy_doc(vocab, tokens: Sequence[Token], heads: Sequence[int] | None = None,
              deprels: Sequence[str] | None = None):
    """A spaCy Doc of one sentence's tokens with their readings; gold `heads` (0-based) for training."""
    from spacy.tokens import Doc

    pos = [t.upos if t.upos in UPOS else "X" for t in tokens]
    feats = [t.feats or "" for t in tokens]
    return Doc(
        vocab,
        words=[t.text for t in tokens],
        spaces=[t.space_after for t in tokens],
        pos=pos,
        tags=[tag(p, f) for p, f in zip(pos, feats)],
        morphs=feats,
        lemmas=[t.lemma or t.text for t in tokens],
        heads=list(heads) if heads is not None else None,
        deps=list(deprels) if deprels is not None else None,
    )


def word(token: Token) -> tuple[str, str | None, str, str | None]:
    """What a token's ids are made of: its form and its first reading's UPOS, features and lemma. A word written in
    another script or with look-alike letters (Latin Kazakh, ХХ in Cyrillic letters) is read in its normalised
    Cyrillic form, the one the parser learnt from; punctuation as written."""
    form = token.norm if token.norm != token.text and any(c.isalpha() for c in token.text) else token.text
    if not token.analyses:
        return form, None, "", None
    reading = token.analyses[0]
    return form, reading.upos, reading.feats, reading.lemma


def attributive_locative(token: Token) -> bool:
    """Whether the token's first reading ends in the attributive -дағы/-дегі after the locative (өңірдегі), which
    no UD feature marks."""
    analyses = token.analyses
    return bool(analyses and analyses[0].morphemes[-1:] and analyses[0].morphemes[-1][1] == "ATTR")


class Attributes:
    """A token's ids as `spacy.tokens.Doc.to_array(["NORM", "PREFIX", "SUFFIX", "SHAPE", "POS", "TAG",
    "MORPH", "LEMMA"])` gives them: strings hashed as spaCy's StringStore does (reserved `symbols` by
    their id), NORM from spaCy's base `norms` table else lower case, MORPH as spaCy normalises it."""

    def __init__(self, symbols: Mapping[str, int], norms: Mapping[str, str], cache: int = 2 * WORDS):
        self.symbols, self.norms = dict(symbols), dict(norms)
        self.string_id = lru_cache(maxsize=cache)(self._string_id)  # tags, features, affixes recur

    def __call__(self, tokens: Sequence[Token]) -> np.ndarray:
        """(len(tokens), 8) uint64 ids."""
        return self.of_words([word(t) for t in tokens])

    def of_words(self, words: Sequence[tuple[str, str | None, str, str | None]]) -> np.ndarray:
        """(len(words), 8) uint64 ids of `word`s."""
        rows = [self._word_ids(*w) for w in words]
        return np.array(rows, dtype=np.uint64).reshape(len(rows), 8)

    def _string_id(self, string: str) -> int:
        if not string:
            return 0
        return self.symbols.get(string) or murmurhash64a(string.encode("utf-8"))

    def _word_ids(self, text: str, upos: str | None, feats: str, lemma: str | None) -> tuple[int, ...]:
        pos = upos if upos in UPOS else "X"
        strings = (self.norms.get(text, text.lower()), text[:1], text[-3:], word_shape(text))
        return (*map(self.string_id, strings), self.symbols[pos], self.string_id(tag(pos, feats)),
                self.string_id(normal_morph(feats)), self.string_id(lemma or text))


@lru_cache(maxsize=20_000)
def normal_morph(feats: str) -> str:
    """spaCy's `Morphology.normalize_features`: fields sorted, each field's values sorted, "_" if none."""
    if not feats or feats == "_":
        return "_"
    fields = dict(feat.split("=", 1) for feat in feats.split("|"))
    return "|".join(sorted(f"{field}={','.join(sorted(values.split(',')))}" for field, values in fields.items()))


def word_shape(text: str) -> str:
    """spaCy's SHAPE (`spacy.lang.lex_attrs.word_shape`): Xxxx, dd.dd, a class repeated at most 4 times."""
    if len(text) >= 100:
        return "LONG"
    if text.isalpha():  # most words, in lower or title case: no letter to look at one by one
        if text.islower():
            return "xxxx"[: len(text)]
        if text[0].isupper() and text[1:].islower():
            return "X" + "xxxx"[: len(text) - 1]
    shape, last, run = [], "", 0
    for char in text:
        if char.isalpha():
            kind = "X" if char.isupper() else "x"
        else:
            kind = "d" if char.isdigit() else char
        run = run + 1 if kind == last else 0
        last = kind
        if run < 4:
            shape.append(kind)
    return "".join(shape)
