"""What the parser sees of a token: its surface form and taldau's chosen reading, as a spaCy Doc.

Training (`tools.syntax.train`) and parsing build their spaCy Docs here alone, so the parser is always fed
at run time what it was trained on: the first reading's UPOS (POS), UPOS with the features that steer
attachment (TAG), all its features (MORPH) and its lemma. spaCy is imported by the caller.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from taldau.doc import Token

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
