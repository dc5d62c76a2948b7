"""The compiled ranker scores exactly what training's string features say, a block of sentences at once."""
import json
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from taldau.morph import analyze
from taldau.tagger.ranker import FORMAT, Ranker, candidates

WORDS = ["ол", "алма", "алды", "мен", "жылы", "келді", "2010", "жыл", "Асқар", "де", "отыр", "бұл", "кітап", "оқып",
         "жатыр", "үйде", "болды", ",", ".", "қазіргі", "жұмыс", "істеп", "жүр", "бала", "мектепке", "барады"]
sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=9)


@cache
def ranker() -> Ranker:
    return Ranker.from_disk()


def reference(words) -> list[int]:
    """The best reading of each word by summing the table over training's features (first of equals)."""
    table, scores = ranker().table, {}
    for i, k, feats in candidates(words):
        total = 0
        for feature in feats:
            key, _, context = feature.partition("\t")
            total += round(table.get(context, {}).get(key, 0.0) * 10_000)
        scores.setdefault(i, []).append(total)
    return [scores[i].index(max(scores[i])) if i in scores else 0 for i in range(len(words))]


@settings(max_examples=40, deadline=None)
@given(st.lists(sentence, min_size=1, max_size=4))
def test_block_scores_as_the_features_say(sentences):
    words = [(w, tuple(analyze(w))) for s in sentences for w in s]
    starts = [sum(map(len, sentences[:n])) for n in range(len(sentences))]
    expected = [k for s in sentences for k in reference([(w, tuple(analyze(w))) for w in s])]
    assert ranker().choose_block(words, starts) == expected


def test_readings_given_as_lists_are_read_alike():
    words = [(w, analyze(w)) for w in "Ол қызыл алма алды .".split()]
    assert ranker().choose(words) == ranker().choose([(w, tuple(r)) for w, r in words]) == reference(words)


def test_saved_model_loads_the_same_weights(tmp_path):
    weights = {"b": {"U=NOUN": 0.5, "L=алма|NOUN": -0.25}, "-1a=edge": {"U=VERB": 1.0}}
    Ranker(weights).save(tmp_path / "ranker.npz")
    (tmp_path / "meta.json").write_text(json.dumps({"format": FORMAT}), encoding="utf-8")
    assert Ranker.from_disk(tmp_path / "ranker.npz", tmp_path / "meta.json").table == weights
    (tmp_path / "old.json").write_text(json.dumps({"format": 1}), encoding="utf-8")
    with pytest.raises(ValueError, match="format 1; this taldau reads format 2"):
        Ranker.from_disk(tmp_path / "ranker.npz", tmp_path / "old.json")
