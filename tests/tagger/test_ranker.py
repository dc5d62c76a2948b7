"""The compiled ranker scores exactly what training's string features say, a block of sentences at once."""
import json
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from taldau.morph import analyze
from taldau.tagger.ranker import FORMAT, Ranker, candidates, lemma_keys, neighbour_keys, own_keys, reading_keys, view

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


# words of every kind: verbs with converbs, plurals, guessed and capitalised names, numbers, Latin, punctuation
MIXED = ("Біз кеше Алматыдағы зауыттарды аралап, жұмысшылармен сөйлестік . Ұлттық банк 2024 жылы 1,5 млрд "
         "теңге бөлді . Қасымжомартов мырза Google компаниясына хат жазып жіберген екен ! Балалар мектепке "
         "барып келді , ал олардың ата-аналары үйде отырды . Фермерлердің өнімі 12 пайызға артты").split()


@pytest.mark.parametrize("word", sorted(set(MIXED)))
def test_ids_by_parts_are_the_spelt_keys_ids(word):
    """A word's ids, looked up by the parts of its keys, are those of the keys training spells for it."""
    r = ranker()
    readings = tuple(analyze(word))
    entry = r._entry(word, readings)
    v = view(word, readings)
    context_ids = [r.context_id.get(k, r.none) for k in (*own_keys(v), *neighbour_keys(v))]
    assert [*entry.own, *entry.seen] == [*context_ids, v.plural, v.conv, v.capital, bool(v.follows)]
    tag, struct, lex = r.columns
    for k, reading in enumerate(readings if len(readings) > 1 else ()):
        (upos, whole), rest = reading_keys(reading, k, word)
        lexical = [lex.get(key, len(lex)) for key in lemma_keys(reading)]
        structural = [struct[key] for key in rest if key in struct]
        row = [tag.get(upos, len(tag)), tag.get(whole, len(tag)), *lexical, *structural]
        assert entry.columns[k][: len(row)].tolist() == row
        assert set(entry.columns[k][len(row):].tolist()) <= {len(struct)}  # the rest is padding
