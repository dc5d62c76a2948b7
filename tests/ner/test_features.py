"""NER features: what a token sees of its neighbours, and caches that never change the answer."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from taldau.ner import features
from taldau.ner.features import BRIEF, FAR, Word, sentence

WORDS = ["Ресейдің", "Президенті", "Путин", "«", "Абай", "жолы", "»", "2019", "жылы", "АҚШ-тың", ".", "!", "қаласы"]


def _fresh(words: list[Word]) -> list[list[str]]:
    for cached in (features._seen, features.shape, features.word_stem):
        cached.cache_clear()
    return sentence(words)


@given(st.lists(st.sampled_from(WORDS), max_size=12))
@settings(max_examples=40, deadline=None)
def test_cached_features_equal_fresh_ones(texts: list[str]) -> None:
    words = [Word(t) for t in texts]
    warm = sentence(words)
    assert _fresh(words) == warm
    assert sentence(words) == warm


def test_neighbours_are_seen_through_their_brief_features() -> None:
    words = [Word(t) for t in ["Біз", "Ресейдің", "Президенті", "Путинмен", "кездестік", "."]]
    out = sentence(words)
    for i, own in enumerate(out):
        for off in (-2, -1, 1, 2):
            seen = {f[len(f"{off}:"):] for f in own if f.startswith(f"{off}:") and "|" not in f}
            if 0 <= i + off < len(words):
                prefixes = BRIEF if abs(off) == 1 else FAR
                assert seen == {f for f in out[i + off] if f.startswith(prefixes) and not f.startswith(("-", "0", "1", "2"))}
            else:
                assert not seen
    assert "BOS" in out[0] and "EOS" in out[-1] and "EOS" in out[-2] and "EOS" not in out[-3]
    assert "-1|0:біз|ресейдің" in out[1]


@given(st.text(alphabet="Аақ1,.-\n xZ", max_size=12))
@settings(max_examples=60, deadline=None)
def test_shape_collapses_runs_of_one_class(text: str) -> None:
    assert features.shape(text) == re.sub(r"(.)\1+", r"\1", text.translate(features._SHAPE))
