"""Rules and data around the NER model: endings, canonical names, ISO links, gazetteers, the split."""
import pytest

from taldau.ner import data, gazetteer, rules, spans
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
Нұр-Сұлтанға | GPE | Астана | KZ-71
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
Азербайжанға | GPE | Әзірбайжан | AZ
Гурьев облысына | GPE | Атырау облысы | KZ-23
Қазақстан Үкіметі | ORGANISATION | Қазақстан Үкіметі | KZ
Ресей Федерациясының Сыртқы істер министрлігі | ORGANISATION | Ресей Федерациясының Сыртқы істер министрлігі | RU
Қазақстан темір жолы | ORGANISATION | Қазақстан темір жолы | -
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


def test_a_hyphenated_country_is_found_written_with_a_space():
    assert canonical(["Коста", "Рикаға"], "GPE") == ("Коста-Рика", "CR")
    assert canonical(["Шри", "Ланка", "үкіметі"], "ORGANISATION")[1] == "LK"  # the state body's country
    assert gazetteer.match(("Кот", "д'Ивуар")) is None  # a lowercase part: no capitalised parts to space


def test_a_country_spelled_without_its_hyphen_is_no_person():
    assert rules.places_read_as_persons("Шри Ланка мен Коста Рика".split(), "B-PERSON I-PERSON O B-GPE I-GPE".split()) \
        == "B-GPE I-GPE O B-GPE I-GPE".split()
    assert rules.places_read_as_persons(["Асқар", "Мамин"], ["B-PERSON", "I-PERSON"]) == ["B-PERSON", "I-PERSON"]


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


TWINS = [  # two sentences, the key both share, whether the former key (labelled numbers only) told them too
    ("Жиынға бес мың адам келді .|O B-CARDINAL I-CARDINAL O O O", "Жиынға 5000 адам келді .|O B-CARDINAL O O O",
     "Жиынға адам келді .", True),
    ("Ауданның он бесінші мектебі жөнделді .|O B-FACILITY I-FACILITY I-FACILITY O O",
     "Ауданның 15-ші мектебі жөнделді .|O B-FACILITY I-FACILITY O O", "Ауданның мектебі жөнделді .", False),
]


def _sentence(row: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    words, labels = row.split("|")
    return tuple(words.split()), tuple(labels.split())


@pytest.mark.parametrize("first, second, key, former_too", TWINS)
def test_twins_share_a_twin_key(first: str, second: str, key: str, former_too: bool):
    a, b = _sentence(first), _sentence(second)
    assert data.twin_key(*a) == data.twin_key(*b) == key
    assert (data.group_key(*a) == data.group_key(*b)) is former_too
    assert data.twin_key(*_sentence("Ауданның жаңа мектебі жөнделді .|O O O O O")) != data.twin_key(*b)


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


@pytest.mark.parametrize("words, morphemes, name", [
    (["Радж", "Гупта"], (("Гуп", "STEM"), ("та", "LOC")), "Радж Гупта"),  # a name read as a locative is a name whole
    (["Антониу", "Кошта"], (), "Антониу Кошта"),  # guessed: no locative cut either
    (["Антониу", "Коштаның"], (), "Антониу Кошта"),
])
def test_a_person_s_name_keeps_what_reads_as_a_locative(words, morphemes, name):
    assert canonical(words, "PERSON", morphemes)[0] == name
    assert canonical(["Гупта"], "GPE", (("Гуп", "STEM"), ("та", "LOC")))[0] == "Гуп"  # a place does not
