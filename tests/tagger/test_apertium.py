"""Training labels: an Apertium gold analysis matched to one of taldau.morph's readings."""
import pytest

from taldau.morph import analyze
from tools.tagger.apertium import gold_parts, held_out, label

PARTS = [
    ("қала<n><px3sp><loc>", ("қала", "n", "Loc")),
    ("ақын<n><nom>+е<cop><aor><p3><sg>", ("ақын", "n", "Nom")),  # the copula is a second part
    ("бол<v><iv><aor><p3><sg>", ("бол", "v", None)),
    ("*Зейнолла", ("Зейнолла", "", None)),  # unknown to Apertium
    ("оқы<v><tv><ger><acc> | оқу<n><acc>", ("оқы", "v", "Acc")),  # two readings survived: the first
]


@pytest.mark.parametrize("gold, parts", PARTS)
def test_gold_parts(gold, parts):
    assert gold_parts(gold) == parts


# (word, gold, label, how it was found)
LABELS = [
    ("қаласында", "қала<n><px3sp><loc>", "NOUN|Loc", "lemma"),
    ("алма", "алма<n><nom>", "NOUN|Nom", "lemma"),
    ("алма", "ал<v><tv><imp><p2><sg><neg>", "VERB|-", "lemma"),
    ("және", "және<cnjcoo>", "CCONJ|-", "lemma"),
    ("55-ші", "55<num><ord>", "NUM|-", "lemma"),
    ("кітапты", "кітап<n><nom>", "NOUN|Acc", "none"),  # case disagrees: the first reading's tag
]


@pytest.mark.parametrize("word, gold, tag, how", LABELS)
def test_label(word, gold, tag, how):
    assert label(gold, analyze(word)) == (tag, how)


def test_held_out_is_a_fixed_rule():
    names = [f"doc{i:02}" for i in range(14)]
    assert held_out(names) == ["doc06", "doc13"]
    assert held_out(list(reversed(names))) == ["doc06", "doc13"]
