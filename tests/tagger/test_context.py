"""The tagger puts the reading its context calls for first: hand-written cases in readings.tsv."""
from pathlib import Path

import pytest

from taldau.morph import analyze
from taldau.tagger import disambiguate

TABLE = Path(__file__).with_name("readings.tsv")


def cases() -> list:
    return list(_cases())


def _cases():
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            text, word, lemma, upos, items, xfail, why = line.split("\t")
            marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail != "-" else []
            yield pytest.param(text, word, lemma, upos, [] if items == "-" else items.split(","), marks=marks, id=why)


@pytest.mark.parametrize("text, word, lemma, upos, items", cases())
def test_first_reading(text, word, lemma, upos, items):
    words = text.split()
    assert word in words, f"{word!r} is not a token of {text!r}"
    first = disambiguate(words)[words.index(word)][0]
    assert (first.lemma, first.upos) == (lemma, upos)
    assert set(items) <= set(first.feats.split("|")), first.feats


@pytest.mark.parametrize("text", sorted({p.values[0] for p in cases()}))
def test_same_readings(text):
    """Reordered, never added or dropped."""
    words = text.split()
    for word, readings in zip(words, disambiguate(words)):
        assert sorted(map(repr, readings)) == sorted(map(repr, analyze(word)))
