"""Numbers inside names: the name stays one entity, the number stays a quantity (issue 12)."""
from __future__ import annotations

import pytest

from hypothesis import given
from hypothesis import strategies as st

from taldau.doc import Doc, Span, clear_of, within
from taldau.ner import component
from taldau.numbers import annotate, as_entities, extract
from taldau.segment import tokenize


def _doc(text: str) -> Doc:
    return Doc(text, tuple(tokenize(text)))


def _span(text: str, label: str, words: str) -> Span:
    start = text.index(words)
    return Span(label, start, start + len(words), words)


@pytest.mark.parametrize(("text", "number"), [
    ("Бұл Boeing 737 ұшағы.", "737"),
    ("Көрме « 100 жаңа кітап » деп аталады.", "100"),
    ("Азаматтық кодекстің 128-інші бабы өзгерді.", "128-інші"),
    ("Азаматтық кодекстің 7-бабы өзгерді.", "7-бабы"),  # the hyphen split off as in UD: the word after it is the article
    ("Елордада Абайдың 175 жылдығы аталып өтті.", "175 жылдығы"),  # a named owner's anniversary: an EVENT
    ("Ұлы жеңістің 80 жылдығына дайындық басталды.", "80 жылдығына"),
    ("« Шұғыла » ансамблінің 40 жылдығы тойланды.", "40 жылдығы"),
    ("Іс Медеу аудандық №3 сотында қаралды.", "3"),  # a number after № names the court
    ("Ол № 45 мектепте оқиды.", "45"),
    ("Анықтама алу үшін 1414 нөміріне қоңырау шалыңыз.", "1414"),  # "the number 1414": a hotline, no count
    ("Депутаттар № 212-VII Заңға түзету енгізді.", "212"),  # a law's number and its convocation, no 212th
    ("Кодекс 58-VI ҚРЗ негізінде өзгерді.", "58"),
    ("Бұл мәселені №317-ІV Заң реттейді.", "317"),  # the convocation in Cyrillic letters
])
def test_a_number_in_a_name_is_a_quantity_but_no_entity(text: str, number: str) -> None:
    found = extract(_doc(text))
    assert [(q.text, q.named) for q in found] == [(number, True)]
    assert as_entities(found) == ()


@pytest.mark.parametrize("text, number", [
    ("Жиынға 5-XI сынып оқушылары қатысты.", "5"),  # grades 5 to 11, no law: no law's number
    ("Іс-шара 15-IV күні өтті.", "15"),  # 15 April with a Roman month
])
def test_digits_and_a_roman_numeral_without_a_law_are_no_law_number(text: str, number: str) -> None:
    assert [q.named for q in extract(_doc(text)) if q.text == number] == [False]


@pytest.mark.parametrize("text", [
    "Көрші ел келісімнен бір жақты шықты.",
    "Депутаттар заң жобасын бір ауыздан мақұлдады.",
    "Ескі дау бір жола шешілді.",
])
def test_one_in_a_fixed_phrase_is_named_no_count(text: str) -> None:
    """бір жақты "unilateral", бір ауыздан "unanimously", бір жола "once and for all": a quantity, no entity."""
    found = extract(_doc(text))
    assert [(q.text, q.named) for q in found] == [("бір", True)]
    assert as_entities(found) == ()


@pytest.mark.parametrize("text", [
    "Көрші ел келісімнен бір жақты шықты.",
    "Мәселе бір жола шешілді.",
    "Біржақты шешімдер дауды ушықтырады.",
    "Тараптар бір-бірімен келісті.",
    "Компаниялар бірлескен кәсіпорын құрды.",
])
def test_no_cardinal_in_a_fixed_phrase_through_the_pipeline(text: str) -> None:
    """Nor does the entity recogniser count the бір of a fixed phrase (it labelled бір жақты, бір жола CARDINAL)."""
    import taldau

    assert [e.text for e in taldau.analyze(text).entities if e.label == "CARDINAL"] == []


@pytest.mark.parametrize("text", ["Қонақүйдің 80 нөмірі бар.", "Біз 2 нөмір брондадық."])
def test_rooms_counted_are_no_identifier(text: str) -> None:
    """нөмір is also a hotel room: counted (80 нөмірі бар, 2 нөмір) the number is a cardinal entity."""
    assert [(q.kind, q.named) for q in extract(_doc(text))] == [("cardinal", False)]


def test_within_finds_spans_inside_a_longer_one() -> None:
    text = "Еңбек кодексінің 24-бабы мен 2020 жылғы 5 мамыр"
    law, year = _span(text, "LAW", "Еңбек кодексінің 24-бабы"), _span(text, "DATE", "2020 жылғы 5 мамыр")
    article, day = _span(text, "CARDINAL", "24"), _span(text, "CARDINAL", "5")
    assert within([article, day, law], [law, year]) == {article, day}  # a span is not inside itself


def _recognized(monkeypatch: pytest.MonkeyPatch, spans: tuple[Span, ...]) -> component.EntityRecognizer:
    """The recognizer with the CRF's answer fixed, to test how its spans and the quantities' merge."""
    monkeypatch.setattr(component, "recognize", lambda doc, model, labels=(): spans)
    return component.EntityRecognizer()


def test_a_name_swallows_the_numeric_entity_inside_it(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Жаңалықты Хабар 24 арнасы 2023 жылы таратты."
    doc = annotate(_doc(text))
    assert [s.text for s in doc.entities] == ["24", "2023 жылы"]
    channel = _span(text, "ORGANISATION", "Хабар 24 арнасы")
    crf_year = _span(text, "DATE", "2023 жылы таратты")  # numeric: the rules' span wins over it
    doc = _recognized(monkeypatch, (channel, crf_year))(doc)
    assert [(s.label, s.text) for s in doc.entities] == [("ORGANISATION", "Хабар 24 арнасы"), ("DATE", "2023 жылы")]
    assert [q.value for q in doc.quantities] == [24, "2023"]


def test_no_numeric_entity_over_a_number_the_rules_put_in_a_name(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Бұл Boeing 737 ұшағы."
    doc = annotate(_doc(text))
    doc = _recognized(monkeypatch, (_span(text, "CARDINAL", "737"),))(doc)
    assert doc.entities == ()
    assert [q.text for q in doc.quantities] == ["737"]


_spans = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8)), max_size=12).map(
    lambda pairs: [Span("X", a, a + n, "") for a, n in pairs]
)


@given(_spans, _spans)
def test_clear_of_keeps_exactly_the_spans_that_overlap_nothing(spans: list[Span], others: list[Span]) -> None:
    def overlaps(a: Span, b: Span) -> bool:
        return a.start < b.end and b.start < a.end

    assert list(clear_of(spans, others)) == [s for s in spans if not any(overlaps(s, o) for o in others)]


@given(_spans, _spans)
def test_within_finds_exactly_the_spans_inside_a_longer_one(spans: list[Span], names: list[Span]) -> None:
    disjoint: list[Span] = []  # names as a recogniser gives them: sorted, none overlapping another
    for name in sorted(names, key=lambda s: s.start):
        disjoint += clear_of([name], disjoint)
    inside = {s for s in spans for o in disjoint
              if o.start <= s.start and s.end <= o.end and o.end - o.start > s.end - s.start}
    assert within(spans, disjoint) == inside


def test_a_list_items_number_labels_it_and_is_no_quantity() -> None:
    text = "Талаптар: 1) мемлекеттік органдарға; 2) шетелдік компанияларға; 3) филиалдарға қолданылады."
    assert extract(_doc(text)) == ()
    quoted = extract(_doc("Талаптар: 1) «Самұрық-Қазына» қорына; 2) 2024 жылдан бастап қолданылады."))
    assert [q.text for q in quoted] == ["2024 жылдан"]
    assert extract(_doc("Тізім: 1. Алматы; 2. Астана; 3. Шымкент.")) == ()


def test_a_list_item_after_a_heading_line_is_one() -> None:
    # the heading ends its line without a period: the item's number begins the next line
    found = extract(_doc("4-бап. Жалпы ережелер\n1. Кеңес жылына екі рет жиналады.\n2. Кеңестің шешімі хаттамаға жазылады."))
    assert [q.text for q in found if q.kind == "cardinal"] == ["екі"]
    alone = extract(_doc("Жалпы ережелер 1. Кеңес жиналады. 2. Шешім жазылады."))  # no line break: a count after a word
    assert [q.named for q in alone if q.text == "1"] == [False]


@pytest.mark.parametrize(("text", "numbers"), [
    ("Жиналысқа 2 адам келді. Саны 5.", ["2", "5"]),  # a number ending a sentence
    ("Қатысушылар саны: 120.", ["120"]),  # a value after a colon, no item after it
    ("Оның ұпайы: 7; қарсыласының ұпайы: 5.", ["7", "5"]),  # a 5 after a 7 is no item
    ("Жалпы шығын (барлығы: 500) теңге болды.", ["500"]),  # a bracket that closes one opened before
    ("Жеңілгендер саны: 1. Ол ауырып қалды.", ["1"]),  # a first "item" with no second one
])
def test_a_count_is_no_list_item(text: str, numbers: list[str]) -> None:
    found = extract(_doc(text))
    assert [q.text.split()[0] for q in found] == numbers and not any(q.named for q in found)