"""The committed model on sentences written for these tests: inflected names of the frequent classes.

Each row: a sentence with entities marked `[text|LABEL]`; the test tags the plain words and
expects every marked entity among the predictions (other predictions are not checked). A country
before a title is left out: KazNERD marks "АҚШ-тың елшісі" both as GPE + O and as one POSITION span
(like "Ресейдің Президенті" below), so either reading is right.
"""
import dataclasses
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import taldau
from taldau.doc import Analysis, Doc, Sentence, Token
from taldau.ner import recognize, spans, tag
from taldau.ner.component import EntityRecognizer

MARK = re.compile(r"\[([^|\]]+)\|([A-Z_]+)\]")

SENTENCES = """
[Қасым-Жомарт Тоқаев|PERSON] [Ресейдің Президенті|POSITION] [Владимир Путинмен|PERSON] телефон арқылы сөйлесті .
[Қазақстан|GPE] мен [Америка Құрама Штаттарының|GPE] арасындағы сауда [өткен жылы|DATE] [12 пайызға|PERCENTAGE] өсті .
[Ауғанстандағы|GPE] жағдай туралы [Біріккен Ұлттар Ұйымы|ORGANISATION] мәлімдеме жасады .
[Алматыда|GPE] [бес мың|CARDINAL] адам мерекелік шараға қатысты .
[Ұлттық банк|ORGANISATION] базалық мөлшерлемені [9 пайызға дейін|PERCENTAGE] көтерді .
Жоба [2025 жылға дейін|DATE] аяқталады , оған [3 миллиард теңге|MONEY] бөлінген .
[Қарағанды облысында|GPE] [екінші|ORDINAL] зауыт іске қосылды .
Жиналыс сағат [10 : 00-де|TIME] басталады .
[АҚШ-тың|GPE] өкілдері [Астанаға|GPE] [сәуір|DATE] айында келеді .
[Еуропа|LOCATION] елдерінде [коронавирус|DISEASE] індеті қайта өршіді .
[Әл-Фарабиге|PERSON] арналған кітап [ағылшын тіліне|LANGUAGE] аударылды .
Елорда тұрғындары [қытайлық|NORP] компанияның жобасына қарсы шықты .
Көлдің ауданы [500 шаршы шақырымға|QUANTITY] жетеді .
[Денсаулық сақтау министрлігі|ORGANISATION] [Нұр-Сұлтандағы|GPE] ауруханаларды тексерді .
[Мұхтар Әуезовтің|PERSON] « [Абай жолы|ART] » романы қайта басылды .
"""


def parse(line: str) -> tuple[list[str], set[tuple[str, str]]]:
    """`[Ресейдің|GPE] ...` -> words and {("Ресейдің", "GPE")}."""
    expected = {(m.group(1), m.group(2)) for m in MARK.finditer(line)}
    return MARK.sub(r"\1", line).split(), expected


CASES = [parse(line) for line in SENTENCES.strip().splitlines()]


@pytest.mark.parametrize("words, expected", CASES, ids=[" ".join(w[:3]) for w, _ in CASES])
def test_tag_finds_the_marked_entities(words, expected):
    labels = tag(words)
    assert len(labels) == len(words)
    found = {(" ".join(words[a:b]), label) for label, a, b in spans(labels)}
    assert expected <= found


def doc_of(text: str) -> Doc:
    """A Doc tokenised on spaces, one sentence: no dependency on taldau.segment."""
    tokens, start = [], 0
    for word in text.split(" "):
        tokens.append(Token(word, start, start + len(word), word))
        start += len(word) + 1
    return Doc(text, tuple(tokens), (Sentence(0, len(text), 0, len(tokens)),))


def test_recognize_gives_offsets_canonical_names_and_links():
    doc = doc_of("Біз Ресейдің және Америка Құрама Штаттарымен келісімге қол қойдық .")
    got = {(s.text, s.label, s.canonical, s.link) for s in recognize(doc)}
    assert ("Ресейдің", "GPE", "Ресей", "RU") in got
    assert ("Америка Құрама Штаттарымен", "GPE", "Америка Құрама Штаттары", "US") in got
    for span in recognize(doc):
        assert doc.text[span.start : span.end] == span.text


def test_recognize_links_one_actor_under_two_names():
    doc = doc_of("АҚШ-тың сыртқы саясаты туралы Америка Құрама Штаттарының өкілі түсінік берді .")
    links = {s.canonical: s.link for s in recognize(doc) if s.label == "GPE"}
    assert links == {"АҚШ": "US", "Америка Құрама Штаттары": "US"}


def test_recognize_empty_doc():
    assert recognize(Doc("")) == ()


def test_recognize_uses_the_reading_of_the_last_word():
    doc = doc_of("Біз Айгүл Сәрсенованы құттықтадық .")
    reading = Analysis("Сәрсенова", "PROPN", "Case=Acc", (("Сәрсенова", "STEM"), ("ны", "ACC")))
    tokens = list(doc.tokens)
    tokens[2] = tokens[2]._replace(analyses=(reading,))
    doc = dataclasses.replace(doc, tokens=tuple(tokens))
    names = {s.text: s.canonical for s in recognize(doc) if s.label == "PERSON"}
    assert names == {"Айгүл Сәрсенованы": "Айгүл Сәрсенова"}


def test_component_fills_doc_entities():
    doc = EntityRecognizer().load()(doc_of("Ол Қазақстанға оралды ."))
    assert [(s.text, s.label, s.link) for s in doc.entities] == [("Қазақстанға", "GPE", "KZ")]


def test_a_quoted_name_keeps_its_ending():
    doc = doc_of("Ауғанстандағы « Әл-Кайда » ұйымының жетекшісі жойылды .")
    got = {(s.text, s.label, s.canonical, s.link) for s in recognize(doc)}
    assert got == {("Ауғанстандағы", "GPE", "Ауғанстан", "AF"), ("Әл-Кайда", "ORGANISATION", "Әл-Кайда", None)}


def test_morph_features_read_the_reading_chosen_in_context():
    """A model trained with --morph sees the tagger's reading, as the pipeline hands it: алма is an apple here."""
    from taldau.ner.morph import analysed

    words = analysed("Мен базардан жасыл алма сатып алдым .".split())
    assert (words[3].text, words[3].lemma, words[3].upos) == ("алма", "алма", "NOUN")


@pytest.mark.parametrize(("words", "span", "edges"), [
    (["«", "Самұрық-Қазына", "»", "қоры"], (0, 4), (0, 4)),  # quotes paired inside the name stay
    (["мұнай", "»", "»"], (0, 3), (0, 1)),  # a closing quote without its opening one is not part of it
    (["«", "»", "»"], (0, 3), None),  # no word: no name
    (["Ресей", "."], (0, 2), (0, 2)),  # other punctuation is the model's to place, as KazNERD does
    (["«", "Ана", "тілі", "»", "газетінің"], (1, 5), (1, 3)),  # begun inside the quotes: the name ends at them
    (["«", "Ана", "тілі", "»", "газетінің"], (0, 5), (0, 5)),  # begun at the opening quote: the head stays
    (["«", "Жер", "«", "Ана", "»", "қоры", "»", "АҚ"], (1, 8), (1, 6)),  # quotes opened inside are counted
    (["»", "Жасыл", "қоры"], (0, 3), (1, 3)),  # a closing quote at the start is a stray one
    (["Сәуле", ")", "т.б."], (0, 3), (0, 1)),  # a closing bracket without its opening one ends the name
    (["Жасыл", "Ел", "(", "қозғалыс"], (0, 4), (0, 2)),  # so does an opening bracket without its closing one
    (["Ұлттық", "Банк", "(", "ҰБ", ")"], (0, 5), (0, 5)),  # paired brackets inside the name stay
    (["Банк", "(", "Алтын", "(", "Тау", ")"], (0, 6), (0, 1)),  # the outer bracket is never closed
    ([")", "Банк"], (0, 2), (1, 2)),  # a stray bracket at the start is left out
    (["(", ")"], (0, 2), None),  # no word: no name
])
def test_names_are_trimmed_of_punctuation_at_their_edges(words: list[str], span: tuple[int, int],
                                                        edges: tuple[int, int] | None) -> None:
    from taldau.ner import trimmed

    assert trimmed(words, *span) == edges


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["мұнай", "Ресей", "«", "»", ".", ",", "—", "қоры", "(", ")", "Банк"]), min_size=1,
                max_size=12))
def test_every_entity_has_a_word_and_no_stray_quote_or_bracket(words: list[str]) -> None:
    text = " ".join(words)
    for entity in taldau.analyze(text).entities:
        assert any(ch.isalnum() for ch in entity.text)
        assert not entity.text.endswith("»") or "«" in entity.text
        assert entity.text.count("(") == entity.text.count(")")
        assert not entity.text.startswith("»")
