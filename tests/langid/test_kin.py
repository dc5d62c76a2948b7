"""Kyrgyz and Uzbek are not Kazakh: they get "other", with the rule that saw them (sentences written for this test)."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from taldau.langid import identify

KIN = [
    "Кыргызстандын өкмөтү жаңы мыйзамды кабыл алды.",
    "Бул маселе боюнча президент билдирүү жасады.",
    "Бишкекте шайлоо өттү жана элдин көбү катышты.",
    "Мен сени абдан жакшы көрөм, бирок азыр убактым жок.",
    "Oʻzbekiston hukumati yangi qonunni qabul qildi.",
    "Bu masala bo'yicha prezident bayonot berdi.",
    "Toshkentda saylov boʻlib oʻtdi va aholining koʻpchiligi qatnashdi.",
]
KAZAKH = [
    "Қазақстан үкіметі жаңа заңды қабылдады.",
    "Бұл мәселе бойынша президент мәлімдеме жасады.",
    "Казакстан укиметi жана занды кабылдады.",  # typed without Kazakh letters
    "Bul mäsele boiynşa prezident mälımdeme jasady.",
    "Saylau ötti, halyqtyñ köbı qatysty.",
    "Туу туралы куәлік пен баспасөз мәслихаты.",
]


@pytest.mark.parametrize("text", KIN)
def test_kyrgyz_and_uzbek_are_other(text: str) -> None:
    guess = identify(text)
    assert (guess.lang, guess.rule) == ("other", "kin_languages")


@pytest.mark.parametrize("text", KAZAKH)
def test_kazakh_stays_kazakh(text: str) -> None:
    assert identify(text).lang == "kk"


def test_kyrgyz_treebank_sentences_are_mostly_not_kazakh() -> None:
    import conllu

    path = Path(__file__).parents[2].parent / "shared" / "data" / "ud_turkic" / "ky_ktmu-ud-test.conllu"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    texts = [s.metadata.get("text", "") for s in conllu.parse_incr(path.open(encoding="utf-8"))]
    said_kk = sum(identify(t).lang == "kk" for t in texts) / len(texts)
    assert said_kk < 0.6  # 1.0 before the rule


@given(st.lists(st.sampled_from(["өкмөтү", "көбү", "үкіметі", "шайлоо", "boʻlib", "va", "және", "эмес"]), max_size=12))
@settings(max_examples=60, deadline=None)
def test_the_per_word_caches_answer_as_the_rules(words: list[str]) -> None:
    """kyrgyz and uzbek are cached per word: a text's shares are those of the rules worked out afresh."""
    from taldau.langid.neighbours import kyrgyz, share, uzbek

    for marker in (kyrgyz, uzbek):
        assert [marker(w) for w in words] == [marker.__wrapped__(w) for w in words]
        assert share(words, marker) == share(words, marker.__wrapped__)
