"""spaCy: `spacy.blank("kk")` through the entry point, and taldau's components as spaCy factories."""
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import taldau

spacy = pytest.importorskip("spacy")

SAMPLE = (Path(__file__).parents[2] / "samples" / "economy.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("kk")
    for name in ("taldau_morph", "taldau_quantities", "taldau_ner", "taldau_parser"):
        nlp.add_pipe(name)
    return nlp


def test_blank_kk_comes_from_the_entry_point() -> None:
    from taldau.spacy_kk import Kazakh

    assert isinstance(spacy.blank("kk"), Kazakh)


def test_kazakh_letters_do_not_change_how_a_hyphenated_ending_is_split() -> None:
    doc = spacy.blank("kk")("АҚШ-тың үлесі, АҚШ-қа экспорт, Қазақстан-Ресей шекарасы.")
    assert [t.text for t in doc][:5] == ["АҚШ-тың", "үлесі", ",", "АҚШ-қа", "экспорт"]


def test_sentences_come_from_taldau() -> None:
    doc = spacy.blank("kk")("Әзірге 3 млрд. АҚШ долларына дейінгі инвестиция тартылды. Ол 2020 ж. құрылды.")
    assert [s.text for s in doc.sents] == ["Әзірге 3 млрд. АҚШ долларына дейінгі инвестиция тартылды.", "Ол 2020 ж. құрылды."]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Қытай", "мұнай", "АҚШ-тың", " ", "  ", "\n", "\u200b", ".", "«", "»", "5,2"]),
                max_size=30).map("".join))
def test_the_spacy_doc_keeps_the_text_and_taldau_tokens(text: str) -> None:
    doc = spacy.blank("kk")(text)
    assert doc.text == text
    ours = {(t.start, t.end) for t in taldau.tokenize(text)}
    spans = {(t.idx, t.idx + len(t)): t.text for t in doc}
    assert ours <= set(spans)
    assert all(not piece.strip(" \n\u200b") for span, piece in spans.items() if span not in ours)


def test_stop_words_and_numbers_are_language_data() -> None:
    doc = spacy.blank("kk")("Бұл туралы және бесінші экономика 2,9")
    assert [t.is_stop for t in doc] == [True, True, True, False, False, False]
    assert [t.like_num for t in doc] == [False, False, False, True, False, True]


def test_factories_give_what_taldau_analyze_gives(nlp) -> None:
    doc, ours = nlp(SAMPLE), taldau.analyze(SAMPLE)
    words = [t for t in doc if not t.is_space]
    assert [t.lemma_ for t in words] == [t.lemma for t in ours.tokens]
    assert [t.pos_ for t in words] == [t.upos for t in ours.tokens]
    assert [str(t.morph) for t in words] == [t.feats or "" for t in ours.tokens]
    assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == [(e.start, e.end, e.label) for e in ours.entities]
    assert [(e._.canonical, e._.link) for e in doc.ents] == [(e.canonical, e.link) for e in ours.entities]
    assert doc._.quantities == ours.quantities and doc._.quantities
    heads = [(t.head.idx, "root" if t.dep_ == "ROOT" else t.dep_) for t in words]
    assert heads == [(ours.tokens[t.head].start, t.deprel) for t in ours.tokens]
    assert len(list(doc.sents)) == len(ours.sentences)


def test_readings_of_a_token_are_all_there(nlp) -> None:
    token = nlp("Ол келді.")[1]
    assert token._.readings[0].lemma == token.lemma_ == "кел"


def test_ner_without_morph_is_a_clear_error() -> None:
    nlp = spacy.blank("kk")
    nlp.add_pipe("taldau_ner")
    with pytest.raises(ValueError, match="'taldau_ner' needs morphological readings: add 'taldau_morph'"):
        nlp("Ресей мен Қытай келісті.")


def test_another_tokenizer_works_too() -> None:
    nlp = spacy.blank("xx")
    nlp.add_pipe("taldau_morph")
    nlp.add_pipe("taldau_ner")
    doc = nlp("Ресей Қытаймен келісті.")
    assert [t.lemma_ for t in doc] == ["Ресей", "Қытай", "кел", "."]  # KTB keeps the reciprocal -іс out of the lemma
    assert [(e.text, e._.link) for e in doc.ents] == [("Ресей", "RU"), ("Қытаймен", "CN")]


def test_pipe_over_a_thousand_documents(nlp) -> None:
    texts = [f"Қытай {n} тонна мұнай сатып алды." for n in range(1000)]
    docs = list(nlp.pipe(texts, batch_size=200))
    assert len(docs) == 1000
    assert all(d.ents[0].label_ == "GPE" and d._.quantities[0].value == n for n, d in enumerate(docs))
