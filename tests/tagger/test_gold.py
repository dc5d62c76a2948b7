"""Training data: which reading is the gold one (KTB and Apertium annotations), and KTB folds by document."""
import pytest

from taldau.morph import analyze
from tools.tagger import gold, ktb

# (word, KTB lemma, UPOS, FEATS) -> the gold reading's (lemma, UPOS, FEATS)
KTB = [
    ("келді", "кел", "VERB", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("отыр", "отыр", "AUX", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("2010", "2010", "NUM", "NumType=Ord"),
]


@pytest.mark.parametrize("word, lemma, upos, feats", KTB)
def test_ktb_exact(word, lemma, upos, feats):
    readings = analyze(word)
    assert [(readings[k].lemma, readings[k].upos, readings[k].feats) for k in gold.ktb(readings, lemma, upos, feats)] \
        == [(lemma, upos, feats)]


def test_ktb_nearest_when_feats_differ():
    readings = analyze("келді")
    found = gold.ktb(readings, "кел", "VERB", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin|Evident=Nfh")
    assert [readings[k].feats for k in found] == ["Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"]
    assert gold.ktb(readings, "бар", "VERB", "") == []


# (word, Apertium analysis, the items every reading found must have)
APERTIUM = [
    ("келді", "кел<v><iv><past><p3><pl>", {"Number=Plur", "Tense=Past"}),
    ("келді", "кел<v><iv><past><p3><sg>", {"Number=Sing", "Tense=Past"}),
    ("оқып", "оқы<v><tv><prc_perf>", {"VerbForm=Conv"}),
    ("2010-шы", "2010<num><ord>", {"NumType=Ord"}),
]


@pytest.mark.parametrize("word, analysis, items", APERTIUM)
def test_from_apertium(word, analysis, items):
    readings = analyze(word)
    found = gold.from_apertium(readings, analysis)
    assert found and all(items <= set(readings[k].feats.split("|")) for k in found)


# (word, Apertium analysis, a converb before an auxiliary?) -> the UPOS and verb form KTB gives it
APERTIUM_KTB_LINES = [
    ("отыр", "отыр<vaux><pres><p3><sg>", False, "AUX", "VerbForm=Fin"),  # after a converb (Apertium: vaux)
    ("берді", "бер<v><tv><ifi><p3><sg>", False, "VERB", "VerbForm=Fin"),  # "gave"
    ("жазып", "жаз<v><tv><prc_perf>", True, "VERB", "VerbForm=Inf"),  # жазып отыр
    ("жазып", "жаз<v><tv><prc_perf>", False, "VERB", "VerbForm=Conv"),  # жазып, кетті
]


@pytest.mark.parametrize("word, analysis, before_aux, upos, item", APERTIUM_KTB_LINES)
def test_from_apertium_on_ktb_lines(word, analysis, before_aux, upos, item):
    readings = analyze(word)
    found = gold.from_apertium(readings, analysis, before_aux)
    assert found and {(readings[k].upos, item in readings[k].feats.split("|")) for k in found} == {(upos, True)}


def test_copular_bol_may_be_either():
    readings = analyze("болды")
    assert {readings[k].upos for k in gold.from_apertium(readings, "бол<v><iv><ifi><p3><sg>")} == {"AUX", "VERB"}


def test_folds_keep_documents_together():
    sentences = [ktb.Sentence(doc, "", ()) for doc in "aaabbbbccd" * 3]
    folds = ktb.folds(sentences, k=5)
    assert sorted(set(folds)) == list(range(5))
    by_doc = {}
    for s, f in zip(sentences, folds):
        by_doc.setdefault(s.doc, []).append(f)
    assert all(max(f) - min(f) <= 2 for f in by_doc.values())  # a document spans consecutive folds only
    assert all(a <= b for a, b in zip(*[sorted(by_doc[d]) for d in "ab"]))


def test_running_text_offsets():
    words = (ktb.Word(0, 2, "Ол", "ол", "PRON", ""), ktb.Word(3, 8, "келді", "кел", "VERB", ""))
    text, placed = ktb.running_text([ktb.Sentence("d", "Ол келді", words)] * 2)
    assert [text[w.start:w.end] for w in placed] == ["Ол", "келді"] * 2


def test_pairs_join_each_gold_reading_to_the_others_of_its_word():
    from tools.tagger.train import pairs

    rows = [(["a"], False, 1.0, 0), (["b"], True, 3.0, 1), (["c"], False, 3.0, 2),  # one word, gold second
            (["d"], True, 1.0, 0), (["e"], True, 1.0, 1)]  # a word whose readings are all gold: no pair
    assert pairs(rows) == ([1, 1], [0, 2], [3.0, 3.0])


def test_scaled_groups_pull_less_toward_zero():
    """A lexical key given a larger value in training ends with a larger weight (a weaker L2 pull), kept in the
    ranker's own units: the table's weight is what its key adds to a score."""
    pytest.importorskip("sklearn", reason="training needs the train extras (scikit-learn)")
    from tools.tagger.train import SETTINGS, fit, value

    rows = [(["L=ал|VERB\t-1a=NOUN", "U=VERB\tb"], True, 1.0, 0), (["L=ал|AUX\t-1a=NOUN", "U=AUX\tb"], False, 1.0, 1)]
    plain = {**SETTINGS, "min_count": 1, "lexical_scale": 1.0, "bias_scale": 1.0, "shuffles": 1}
    assert value("L=ал|VERB\t-1a=NOUN", {"lexical_scale": 3.0, "bias_scale": 2.0}) == 3.0
    assert value("U=VERB\tb", {"lexical_scale": 3.0, "bias_scale": 2.0}) == 2.0
    weak, strong = fit(rows * 20, plain), fit(rows * 20, {**plain, "lexical_scale": 3.0})
    assert strong["-1a=NOUN"]["L=ал|VERB"] > weak["-1a=NOUN"]["L=ал|VERB"] > 0
    assert strong["b"]["U=VERB"] > 0
