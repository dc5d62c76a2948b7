from taldau.doc import Analysis, Doc
from taldau.pipeline import Pipeline
from taldau.tagger import coarse, reorder
from taldau.tagger.component import Tagger

NOUN_ACC = Analysis("оқу", "NOUN", "Case=Acc")
VERB_ACC = Analysis("оқы", "VERB", "Case=Acc|VerbForm=Ger")
VERB = Analysis("оқы", "VERB", "Mood=Imp")
ADJ = Analysis("жылы", "ADJ")


def test_coarse():
    assert [coarse(a) for a in (NOUN_ACC, VERB_ACC, VERB, ADJ)] == ["NOUN|Acc", "VERB|Acc", "VERB|-", "ADJ|-"]


# (readings, predicted tag, expected order): matches first, the rest in their old order
REORDER = [
    ((VERB_ACC, NOUN_ACC, VERB), "NOUN|Acc", (NOUN_ACC, VERB_ACC, VERB)),
    ((VERB_ACC, NOUN_ACC, VERB), "VERB|-", (VERB, VERB_ACC, NOUN_ACC)),
    ((VERB, NOUN_ACC, VERB_ACC), "VERB|Acc", (VERB_ACC, VERB, NOUN_ACC)),
    ((VERB_ACC, NOUN_ACC), "ADJ|-", (VERB_ACC, NOUN_ACC)),  # no reading has the tag: order kept
]


def test_reorder():
    for readings, tag, expected in REORDER:
        assert reorder(readings, tag) == expected


TEXT = "Ол қызыл алма алды. Сен оны алма! Әкем мен шешем келді."


def test_component_keeps_every_reading():
    analysed = Pipeline(["morph"])(TEXT)
    tagged = Tagger().load()(analysed)
    assert [t.text for t in tagged.tokens] == [t.text for t in analysed.tokens]
    for before, after in zip(analysed.tokens, tagged.tokens):
        assert sorted(map(repr, before.analyses)) == sorted(map(repr, after.analyses))
    firsts = [t.upos for t in tagged.tokens if t.text in ("алма", "мен")]
    assert firsts == ["NOUN", "VERB", "CCONJ"]


def test_doc_without_sentences_or_readings():
    analysed = Pipeline(["morph"])(TEXT)
    flat = Tagger()(Doc(analysed.text, analysed.tokens))
    assert [t.upos for t in flat.tokens if t.text == "алма"][0] == "NOUN"
    bare = Doc(TEXT, Pipeline([])(TEXT).tokens)
    assert Tagger()(bare) is bare
    assert Tagger()(Doc("")).tokens == ()
