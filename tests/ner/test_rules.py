"""Rules and data around the NER model: endings, canonical names, ISO links, gazetteers, the split."""
import pytest

from taldau.ner import data, gazetteer, spans
from taldau.ner.canonical import canonical
from taldau.ner.endings import stem, strip_case

# word | stem the features see
STEMS = """
Ресейдің ресей
Ресейге ресей
Қазақстанмен қазақстан
Ауғанстандағы ауғанстан
АҚШ-тың ақш
облысындағы облыс
Алматыда алматы
Алматы алматы

"""


@pytest.mark.parametrize("word, expected", [line.split() for line in STEMS.strip().splitlines()])
def test_stem(word, expected):
    assert stem(word, gazetteer.known()) == expected


def test_strip_case_keeps_the_word_first():
    assert strip_case("Штаттарымен") == ["Штаттарымен", "Штаттары"]
    assert strip_case("Қазақстан") == ["Қазақстан"]  # -стан is no ablative


# words (space-separated) | label | canonical | link
CANONICAL = """
Ресейдің | GPE | Ресей | RU
Америка Құрама Штаттарымен | GPE | Америка Құрама Штаттары | US
АҚШ-тың | GPE | АҚШ | US
АҚШ | GPE | АҚШ | US
Ауғанстандағы | GPE | Ауғанстан | AF
Қазақстанның | GPE | Қазақстан | KZ
Қазақстаннан | GPE | Қазақстан | KZ
Канадаға | GPE | Канада | CA
Мәскеуде | GPE | Мәскеу | RU-MOW
Нұр-Сұлтанға | GPE | Нұр-Сұлтан | KZ-71
Алматыдан | GPE | Алматы | KZ-75
Алматы облысында | GPE | Алматы облысы | KZ-19
Оңтүстік Кореяның | GPE | Оңтүстік Корея | KR
Ұлыбританиямен | GPE | Ұлыбритания | GB
Тоқаевтың | PERSON | Тоқаев | -
Ерлан Мұхтаровқа | PERSON | Ерлан Мұхтаров | -
Біріккен Ұлттар Ұйымының | ORGANISATION | Біріккен Ұлттар Ұйымы | -
Әл-Кайданың | ORGANISATION | Әл-Кайда | -
Ұлттық банктің | ORGANISATION | Ұлттық банк | -
Айгүл Сәрсенованы | PERSON | Айгүл Сәрсенова | -
Айдана | PERSON | Айдана | -
"""


@pytest.mark.parametrize(
    "words, label, name, link", [[c.strip() for c in line.split("|")] for line in CANONICAL.strip().splitlines()]
)
def test_canonical(words, label, name, link):
    assert canonical(words.split(), label) == (name, None if link == "-" else link)


def test_numeric_classes_have_no_canonical_name():
    assert canonical(["20", "пайызға"], "PERCENTAGE") == (None, None)


def test_places_match_case_sensitively():
    assert gazetteer.match(("Қазанда",))[1].code == "RU"  # the city
    assert gazetteer.match(("қазанда",)) is None  # the month


def test_every_place_code_is_iso_shaped():
    for place in gazetteer.places().values():
        assert place.code[:2].isupper() and len(place.code.split("-")[0]) == 2, place


# IOB2 labels | (label, first, last) ranges
SPANS = [
    ("B-GPE I-GPE O B-PERSON", [("GPE", 0, 2), ("PERSON", 3, 4)]),
    ("I-DATE I-DATE O", [("DATE", 0, 2)]),  # a stray I- starts an entity
    ("B-DATE B-DATE", [("DATE", 0, 1), ("DATE", 1, 2)]),
]


@pytest.mark.parametrize("labels, expected", SPANS)
def test_spans(labels, expected):
    assert spans(labels.split()) == expected


def test_twins_share_a_group_key():
    words_a = ("Жиынға", "бес", "мың", "адам", "келді", ".")
    labels_a = ("O", "B-CARDINAL", "I-CARDINAL", "O", "O", "O")
    words_b = ("Жиынға", "5000", "адам", "келді", ".")
    labels_b = ("O", "B-CARDINAL", "O", "O", "O")
    assert data.group_key(words_a, labels_a) == data.group_key(words_b, labels_b) == "Жиынға адам келді ."
    assert data.twin_key(words_a, labels_a) == data.twin_key(words_b, labels_b) == "Жиынға адам келді ."


def test_twins_whose_number_is_in_a_name_share_a_twin_key():
    words_a = ("Ауданның", "он", "бесінші", "мектебі", "жөнделді", ".")
    labels_a = ("O", "B-FACILITY", "I-FACILITY", "I-FACILITY", "O", "O")
    words_b = ("Ауданның", "15-ші", "мектебі", "жөнделді", ".")
    labels_b = ("O", "B-FACILITY", "I-FACILITY", "O", "O")
    assert data.twin_key(words_a, labels_a) == data.twin_key(words_b, labels_b) == "Ауданның мектебі жөнделді ."
    assert data.group_key(words_a, labels_a) != data.group_key(words_b, labels_b)  # what the former key missed
    other = ("Ауданның", "жаңа", "мектебі", "жөнделді", ".")
    assert data.twin_key(other, ("O",) * 5) != data.twin_key(words_b, labels_b)


def test_read_iob2(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("Ресей B-GPE\n. O\n\nАҚШ B-GPE\n", encoding="utf-8")
    assert list(data.read_iob2(path)) == [(("Ресей", "."), ("B-GPE", "O")), (("АҚШ",), ("B-GPE",))]


# word | morphemes of its reading (surface/GLOSS) | canonical
MORPHEMES = """
Ұйымының | Ұйым/STEM ы/PX3 ның/GEN | Ұйымы
АҚШ-тың | АҚШ-/STEM тың/GEN | АҚШ
Жанарға | Жанар/STEM ға/DAT | Жанар
өңірдегі | өңір/STEM де/LOC гі/ATTR | өңір
Штаттары | Штат/STEM тар/PL ы/PX3 | Штаттары
"""


@pytest.mark.parametrize(
    "word, morphemes, name", [[c.strip() for c in line.split("|")] for line in MORPHEMES.strip().splitlines()]
)
def test_canonical_cuts_case_morphemes_of_a_reading(word, morphemes, name):
    pairs = tuple(tuple(m.split("/")) for m in morphemes.split())
    assert canonical([word], "PERSON", pairs) == (name, None)
