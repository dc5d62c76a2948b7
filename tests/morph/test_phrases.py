"""The word pairs of the lexicon's multi-word entries: which words may follow a word inside a light verb or an
adverbial phrase (the tagger's cue for UD's X)."""
from pathlib import Path

import pytest

from taldau.morph import analyze
from taldau.morph.phrases import PATH, followers

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


@pytest.mark.parametrize("word, after", [("назар", "аудар"), ("Іске", "ас"), ("жыл", "сайын"), ("қол", "қой")])
def test_a_phrase_word_is_followed_by_its_verb_lemma_or_next_word(word, after):
    assert after in followers(word)


@pytest.mark.parametrize("word", ["кітап", "алма", "", "Google"])
def test_a_word_of_no_phrase_has_no_followers(word):
    assert followers(word) == frozenset()


def test_every_first_word_has_an_x_reading():
    """The pairs and the lexicon's X readings come from the same entries (tools.morph.build.phrases)."""
    for word in ("назар", "іске", "қол", "жыл"):
        assert followers(word) and any(r.upos == "X" for r in analyze(word))


@pytest.mark.skipif(not (DATA / "apertium_kaz_lexicon").exists(), reason="no ../shared/data")
def test_the_file_is_what_the_lexicon_gives(tmp_path):
    from tools.morph.phrases import write

    write(DATA, tmp_path / "phrases.tsv.gz")
    assert (tmp_path / "phrases.tsv.gz").read_bytes() == PATH.read_bytes(), "run `python -m tools.morph.phrases`"
