"""Patronymics (a name and -ұлы, son, or -қызы, daughter) are proper nouns with the gender their ending gives, both
those the analyser reads off a first name and those the lexicon's sources list, often as common nouns."""
from __future__ import annotations

import pytest

from taldau.morph import analyze
from taldau.morph.lexicon import Lexeme
from taldau.morph.names import patronymic_gender
from tools.morph.build import patronymics


@pytest.mark.parametrize("word, gender", [("Серікұлы", "Masc"), ("Айгүлқызы", "Fem"), ("асанқызы", "Fem"),
                                          ("ұлы", None), ("сұлы", None), ("таулы", None), ("қызы", None)])
def test_the_ending_gives_the_gender(word, gender):
    assert patronymic_gender(word) == gender


def test_the_lexicon_s_patronymics_become_proper_nouns_with_their_gender():
    lexicon = {
        "бекболатқызы": [Lexeme("бекболатқызы", "NOUN", "N")],  # a source's common noun, lower case
        "нұржанұлы": [Lexeme("Нұржанұлы", "PROPN", "N", "Gender=Masc")],
        "дариғақызы": [Lexeme("Дариғақызы", "PROPN", "N", "Gender=Masc")],  # a surname class of both genders...
        "дариғақызыа": [Lexeme("Дариғақызы", "PROPN", "N", "Gender=Fem")],  # ...and its feminine in -а
        "ханқызы": [Lexeme("ханқызы", "NOUN", "N")],  # a khan's daughter: a princess
        "хан": [Lexeme("хан", "NOUN", "N")],
        "сұлы": [Lexeme("сұлы", "NOUN", "N")],  # oats
    }
    patronymics(lexicon)
    assert lexicon["бекболатқызы"] == [Lexeme("Бекболатқызы", "PROPN", "N", "Gender=Fem")]
    assert lexicon["нұржанұлы"] == [Lexeme("Нұржанұлы", "PROPN", "N", "Gender=Masc")]
    assert lexicon["дариғақызы"] == [Lexeme("Дариғақызы", "PROPN", "N", "Gender=Fem")]
    assert "дариғақызыа" not in lexicon
    assert lexicon["ханқызы"] == [Lexeme("ханқызы", "NOUN", "N")]
    assert lexicon["сұлы"] == [Lexeme("сұлы", "NOUN", "N")]


@pytest.mark.parametrize("word, lemma, gender", [("Өтемісұлы", "Өтемісұлы", "Masc"),
                                                 ("Өтемісұлының", "Өтемісұлы", "Masc"),
                                                 ("Ахметқызы", "Ахметқызы", "Fem"), ("Қанышқызы", "Қанышқызы", "Fem")])
def test_a_patronymic_of_the_lexicon_reads_as_a_proper_noun(word, lemma, gender):
    first = analyze(word)[0]
    assert (first.lemma, first.upos) == (lemma, "PROPN") and f"Gender={gender}" in first.feats
    assert not any(a.upos == "NOUN" for a in analyze(word))
