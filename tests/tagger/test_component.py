from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from taldau.doc import Analysis, Doc
from taldau.pipeline import Pipeline
from taldau.tagger import promote
from taldau.tagger.component import Tagger

A, B, C = Analysis("оқу", "NOUN", "Case=Acc"), Analysis("оқы", "VERB", "Mood=Imp"), Analysis("жылы", "ADJ")


@pytest.mark.parametrize("k, expected", [(0, (A, B, C)), (1, (B, A, C)), (2, (C, A, B))])
def test_promote(k, expected):
    assert promote((A, B, C), k) == expected


TEXT = "Ол қызыл алма алды. Сен оны алма! Әкем мен шешем келді."


def test_component_keeps_every_reading():
    analysed = Pipeline(["morph"])(TEXT)
    tagged = Tagger().load()(analysed)
    assert [t.text for t in tagged.tokens] == [t.text for t in analysed.tokens]
    for before, after in zip(analysed.tokens, tagged.tokens):
        assert sorted(map(repr, before.analyses)) == sorted(map(repr, after.analyses))
    assert [t.upos for t in tagged.tokens if t.text in ("алма", "мен")] == ["NOUN", "VERB", "CCONJ"]


def test_component_protocol():
    tagger = Tagger()
    assert (tagger.name, tagger.requires, tagger.assigns) == ("tagger", ("tokens", "readings"), ("tagged",))
    docs = [Pipeline(["morph"])(t) for t in ("Ол келді.", "Сен оны алма!")]
    assert [d.tokens for d in tagger.pipe(docs)] == [tagger(d).tokens for d in docs]


def test_missing_model_is_a_clear_error(tmp_path: Path):
    with pytest.raises(ValueError, match="no tagger model"):
        Tagger.from_disk(tmp_path)(Pipeline(["morph"])(TEXT))


def test_doc_without_sentences_or_readings():
    analysed = Pipeline(["morph"])(TEXT)
    flat = Tagger()(Doc(analysed.text, analysed.tokens))
    assert [t.upos for t in flat.tokens if t.text == "алма"][0] == "NOUN"
    bare = Doc(TEXT, Pipeline([])(TEXT).tokens)
    assert Tagger()(bare) is bare
    assert Tagger()(Doc("")).tokens == ()


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(["ол", "алма", "мен", "жылы", "келді", "2010", "жыл", ",", "Асқар", "де", "отыр"]),
                min_size=1, max_size=12))
def test_any_sentence_keeps_its_readings(words):
    analysed = Pipeline(["morph"])(" ".join(words))
    tagged = Tagger()(analysed)
    for before, after in zip(analysed.tokens, tagged.tokens):
        assert set(before.analyses) == set(after.analyses) and len(before.analyses) == len(after.analyses)


def test_committed_model_matches_its_meta():
    import json

    from taldau.tagger.ranker import META, Ranker

    meta = json.loads(META.read_text(encoding="utf-8"))
    table = Ranker.from_disk().table
    assert sum(map(len, table.values())) == meta["weights"]
    assert meta["data"]["ud_kazakh_ktb"]["parts"] == ["train", "dev"]


@pytest.mark.parametrize("text, word, lemma, upos", [
    ("Биыл Қашаған кен орнында мұнай өндіру қайта басталды.", "Қашаған", "Қашаған", "PROPN"),  # not "who fled"
    ("Мамандар Қашағанда жұмыс істейді.", "Қашағанда", "Қашаған", "PROPN"),
    ("Қашаған жау қайта оралмады.", "Қашаған", "қаша", "VERB"),  # first in a sentence: the fled enemy
    ("«Келдік», — деді олар.", "Келдік", "кел", "VERB"),  # a sentence begun again after an opening quote
])
def test_a_capitalised_verb_form_inside_a_sentence_is_a_name(text, word, lemma, upos):
    # morph gives a word the dictionary reads only as a verb form a name's reading inside a sentence; the tagger
    # puts it first there
    doc = Pipeline(["morph", "tagger"])(text)
    token = next(t for t in doc.tokens if t.text == word)
    assert (token.lemma, token.upos) == (lemma, upos)
