"""Legal Kazakh numbering: articles "N-бап" and points "N-тармақ" are ordinals over their whole word; the labels of
list items (1) ..., 2. ...) are no quantity and no entity, and the word after a label begins its sentence."""
from __future__ import annotations

import pytest

import taldau
from taldau.doc import Doc
from taldau.numbers import as_entities, extract
from taldau.numbers.extraction import item_labels
from taldau.segment import tokenize

# A law excerpt written for these tests: a heading with its article, points "1." and sub-points "1)".
EXCERPT = """«Жасыл аймақтар туралы» Заңнан үзінді

3-бап. Уәкілетті органның міндеттері
1. Министрлік ережені бекітеді.
2. Уәкілетті орган газ құбырлары желілерін тексереді.
3. Жергілікті әкімдіктер жыл сайын 15 ақпанға дейін есеп береді.

4-бап. Тұрғындардың құқықтары
1) тұрғын ағаш кесуге қарсы шағым беруге құқылы;
2) тұрғын 10 жұмыс күні ішінде жауап алады.
Осы Заңның 4-бабының 2) тармақшасы 2028 жылдан бастап қолданылады."""


def _doc(text: str) -> Doc:
    return Doc(text, tuple(tokenize(text)))


def _found(text: str) -> list[tuple[str, str, bool]]:
    return [(q.kind, q.text, q.named) for q in extract(_doc(text))]


@pytest.mark.parametrize(("text", "word", "value"), [
    ("Заңның 12-бабына өзгеріс енгізілді.", "12-бабына", 12),
    ("Осы баптың 2-тармағы жаңа редакцияда жазылды.", "2-тармағы", 2),
    ("Ереженің 7-бабының талабы орындалмады.", "7-бабының", 7),
    ("5-бап. Қорытынды ережелер", "5-бап", 5),
])
def test_an_article_of_no_named_law_is_an_ordinal_over_its_word(text: str, word: str, value: int) -> None:
    found = extract(_doc(text))
    assert [(q.kind, q.text, q.value, q.named) for q in found] == [("ordinal", word, value, False)]
    assert [(e.label, e.text) for e in as_entities(found)] == [("ORDINAL", word)]


@pytest.mark.parametrize(("text", "words"), [
    ("Азаматтық кодекстің 24-бабы өзгерді.", ["24-бабы"]),  # the article of a named law: inside its LAW
    ("Конституцияның 58-бабының 1-тармағы бұзылды.", ["58-бабының", "1-тармағы"]),  # a point of its article too
    ("Айып 7-бабының 2-бөлігі бойынша тағылды.", ["7-бабының", "2"]),  # down to a part: a LAW, no law named
])
def test_an_article_of_a_named_law_or_down_to_its_part_is_in_the_law(text: str, words: list[str]) -> None:
    found = extract(_doc(text))
    assert [(q.text, q.named) for q in found] == [(word, True) for word in words]
    assert as_entities(found) == ()


@pytest.mark.parametrize(("text", "found"), [
    ("Спортшы жарыста 9-орынды иеленді.", [("ordinal", "9", False)]),  # other digit-noun ordinals keep the digits
    ("Клубтың екінші бапкері жұмыстан кетті.", [("ordinal", "екінші", False)]),  # a coach, no article
    ("Бұл баптың 3-тармағы күшін жойды.", [("ordinal", "3-тармағы", False)]),  # the article unnumbered: no reference
])
def test_ordinals_that_are_no_law_reference(text: str, found: list[tuple[str, str, bool]]) -> None:
    assert _found(text) == found


def test_the_excerpts_labels_are_no_quantities() -> None:
    found = _found(EXCERPT)
    assert [text for kind, text, _ in found if kind in ("cardinal", "ordinal")] == ["3-бап", "4-бап", "4-бабының"]
    assert [text for kind, text, _ in found if kind not in ("cardinal", "ordinal")] == [
        "жыл сайын", "15 ақпанға дейін", "10 жұмыс күні ішінде", "2028 жылдан"]
    labels = [label.text for label in item_labels(EXCERPT, tokenize(EXCERPT))]
    assert labels == ["1.", "2.", "3.", "1)", "2)", "2)"]  # the last one cited: 2) тармақшасы


@pytest.mark.parametrize(("text", "entities"), [
    ("Қатысушылар саны: 120.", [("CARDINAL", "120")]),  # a value after a colon: no item
    ("Шешімге 2) тармақ бойынша емес, 2 адам қарсы болды.", [("CARDINAL", "2")]),  # the label cited, then a count
    ("Ереженің 1) тармағына 3 түзету енгізілді.", [("CARDINAL", "3")]),  # a point cited by its label
    ("Жарысқа 2) топтан 12 адам шықты.", [("CARDINAL", "2"), ("CARDINAL", "12")]),  # a bracket before no point: a count
    ("Жиынға келгендер:\n150 адам қатысты.", [("CARDINAL", "150")]),  # a count after a line break: no item
    ("Мәселе мыналар:\n1) су;\n2) жол.\n3 аудан жол салуды сұрады.", [("CARDINAL", "3")]),  # no ")" after the 3
])
def test_numbers_that_are_no_labels_keep_their_entity(text: str, entities: list[tuple[str, str]]) -> None:
    assert [(e.label, e.text) for e in taldau.analyze(text).entities] == entities


def test_the_excerpt_through_the_pipeline() -> None:
    doc = taldau.analyze(EXCERPT)
    numeric = [(e.label, e.text) for e in doc.entities if e.label in ("CARDINAL", "ORDINAL")]
    assert numeric == [("ORDINAL", "3-бап"), ("ORDINAL", "4-бап"), ("ORDINAL", "4-бабының")]
    assert not any(e.text.startswith("Уәкілетті") for e in doc.entities)  # 2. Уәкілетті орган: the item's first word


def test_a_name_after_a_label_is_still_a_name() -> None:
    text = "Келісім:\n1. Қазақстан Жапониямен бірге зауыт салады.\n2. Жапония қаржы бөледі."
    assert [(e.label, e.text) for e in taldau.analyze(text).entities if e.label == "GPE"] == [
        ("GPE", "Қазақстан"), ("GPE", "Жапониямен"), ("GPE", "Жапония")]
