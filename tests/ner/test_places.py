"""Places side by side (`taldau.ner.listed_places`, `taldau.ner.places`): names joined by a coordinator are a GPE each, and names listed before a
region's head word in the plural are districts or regions. The rules alone on labels given here, and the whole pipeline
on sentences written for these tests."""
import pytest

import taldau
from taldau.ner.listed_places import (
    coordinated_places,
    listed_regions,
    places_listed_before,
)
from taldau.ner.places import (
    areas,
    countries_left_out,
    places_end_before_where,
    places_read_as_persons,
    villages,
)

# rule | words | the CRF's labels | after the rule
ROWS = [
    (coordinated_places, "Астық Тараз бен Меркіде жақсы", "O B-FACILITY I-FACILITY I-FACILITY O",
     "O B-GPE O B-GPE O"),
    (coordinated_places, "Қытай мен Моңғолияға барды", "B-LOCATION I-LOCATION I-LOCATION O", "B-GPE O B-GPE O"),
    # a person, a body, words that are no single names, no place of the gazetteer
    (coordinated_places, "Әсет пен Дана келді", "B-PERSON I-PERSON I-PERSON O", "B-PERSON I-PERSON I-PERSON O"),
    (coordinated_places, "Қытай және Оңтүстік Азия банкі", "B-ORGANISATION I-ORGANISATION I-ORGANISATION "
     "I-ORGANISATION I-ORGANISATION", "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION"),
    (coordinated_places, "Ақжол мен Береке келді", "B-FACILITY I-FACILITY I-FACILITY O",
     "B-FACILITY I-FACILITY I-FACILITY O"),
    (listed_regions, "Арал , Қазалы және Жалағаш аудандарында", "B-LOCATION O B-GPE O B-GPE O",
     "B-GPE O B-GPE O B-GPE O"),
    (listed_regions, "Жамбыл мен Павлодар облыстарында", "B-PERSON O B-GPE I-GPE", "B-GPE O B-GPE I-GPE"),
    # one name before the head, a head in the singular, a head in no plural
    (listed_regions, "Біз Арал аудандарында", "O B-LOCATION O", "O B-LOCATION O"),
    (listed_regions, "Арал мен Қазалы ауданында", "B-LOCATION O B-GPE O", "B-LOCATION O B-GPE O"),
    # a land named before өңірі, with its compass word; a city of the gazetteer there stays a GPE
    (areas, "Тарбағатай өңірінде қар жауды", "B-PERSON O O O", "B-LOCATION O O O"),
    (areas, "Биыл Солтүстік Алтай өңірі құрғақ", "O O B-GPE O O", "O B-LOCATION I-LOCATION O O"),
    (areas, "Павлодар өңірінің егіні", "B-LOCATION O O", "B-GPE O O"),
    # a person who went to a region (өңірге, no possessive); a name before a word that is not өңір
    (areas, "Асқар Сейітов өңірге барды", "B-PERSON I-PERSON O O", "B-PERSON I-PERSON O O"),
    (areas, "Тарбағатай өнері", "B-PERSON O", "B-PERSON O"),
    # a village's one-word name before аулы, whatever the CRF read; not before ауылда, nor a full person's name
    (villages, "Той Сейітов аулында өтті", "O B-PERSON O O", "O B-GPE O O"),
    (villages, "Сейітов ауылда тұрады", "B-PERSON O O", "B-PERSON O O"),
    (villages, "Асқар Сейітов ауылына қайтты", "B-PERSON I-PERSON O O", "B-PERSON I-PERSON O O"),
    # a capitalised word inside the sentence the CRF left out; not the sentence's first word (Ерлан went to his village)
    (villages, "Өткен жылы Көктерек аулына жол салынды", "O O O O O O", "O O B-GPE O O O"),
    # so is a town's name before қаласы or кенті, hyphenated too; not before the city word in a case alone (in town)
    (villages, "Жол Форт-Александр қаласына жетті", "O O O O", "O B-GPE O O"),
    (villages, "Ол Жаңатас кентінде тұрады", "O O O O", "O B-GPE O O"),
    (villages, "Сейітов қалада тұрады", "B-PERSON O O", "B-PERSON O O"),
    # a proper noun left out before a place it is listed with; first in a sentence only in a list of three; not an
    # adverb, nor a name called before a comma
    (places_listed_before, "Жол Талдысай , Ақсу арқылы өтеді", "O O O B-GPE O O", "O B-GPE O B-GPE O O"),
    (places_listed_before, "Қаражыңғыл , Ақсу және Шиелі ауылдары", "O O B-GPE O B-GPE O", "B-GPE O B-GPE O B-GPE O"),
    (places_listed_before, "Мәселен , Ақсу мен Шиеліде", "O O B-GPE O B-GPE", "O O B-GPE O B-GPE"),
    (places_listed_before, "Қайрат , Ақсуға бар", "O O B-GPE O", "O O B-GPE O"),
    (places_listed_before, "Берік , Ақсу мен Шиелі арасы", "O O B-GPE O B-GPE O", "O O B-GPE O B-GPE O"),  # called
    (villages, "Ерлан аулына қайтты", "O O O", "O O O"),
    # a country with "my" or "our" before its case; a name of no country with them
    (countries_left_out, "Біз Қазақстанымыздың болашағын ойлаймыз", "O O O O", "O B-GPE O O"),
    (countries_left_out, "Ол Айгүлімнің досы", "O O O", "O O O"),
    # a city of the gazetteer, or a word shaped as a town's name, read alone as a person is a place; a genitive city
    # that ends a person's name is its own; not a city that is also a surname, nor a woman's name ending in a vowel
    (places_read_as_persons, "Ашхабад газ құбырын салды", "B-PERSON O O O", "B-GPE O O O"),
    (places_read_as_persons, "Кеме Новороссийскіге жетті", "O B-PERSON O", "O B-GPE O"),
    (places_read_as_persons, "Ерлан Сейітов Бейжіңнің жобасын мақтады", "B-PERSON I-PERSON I-PERSON O O",
     "B-PERSON I-PERSON B-GPE O O"),
    (places_read_as_persons, "Сәтбаев кен ашты", "B-PERSON O O", "B-PERSON O O"),
    (places_read_as_persons, "Ерлан Сейітовтің ұлы келді", "B-PERSON I-PERSON O O", "B-PERSON I-PERSON O O"),
    # a town's shape left out inside a sentence; not Ескі (old), a common word
    (places_read_as_persons, "Кеме Мурманскіге жетті", "O O O", "O B-GPE O"),
    (places_read_as_persons, "Біз Ескі қалаға бардық", "O O O O", "O O O O"),
    # a town's shape needs a place's sign: a postposition or a case of place after it; not a given name's surname
    # (Илон Масктың), a surname alone in the nominative (Гинзбург), a loanword (Диск, Обелиск) or Маскпен (with)
    (places_read_as_persons, "Кеме Мурманск маңында тұр", "O O O O", "O B-GPE O O"),
    (places_read_as_persons, "Жиында Илон Масктың жоспары айтылды", "O B-PERSON I-PERSON O O",
     "O B-PERSON I-PERSON O O"),
    (places_read_as_persons, "Ол Давид Гинзбургтың еңбегін оқыды", "O B-PERSON I-PERSON O O",
     "O B-PERSON I-PERSON O O"),
    (places_read_as_persons, "Тарихта Гинзбург із қалдырды", "O B-PERSON O O", "O B-PERSON O O"),
    (places_read_as_persons, "Tesla басшысы Маскпен кездесті", "B-ORGANISATION O O O", "B-ORGANISATION O O O"),
    (places_read_as_persons, "Компания Диск шығаруды тоқтатты", "O O O O", "O O O O"),
    (places_read_as_persons, "Көрмеде Обелиск атты мүсін тұр", "O O O O O", "O O O O O"),
    # a place's name ends before its part where something is (жағалауындағы); not before a region's unit
    (places_end_before_where, "Арал жағалауындағы ауылдар", "B-LOCATION I-LOCATION O", "B-LOCATION O O"),
    (places_end_before_where, "Жамбыл облысындағы ауылдар", "B-GPE I-GPE O", "B-GPE I-GPE O"),
]


@pytest.mark.parametrize("rule, words, labels, expected", ROWS)
def test_rule(rule, words: str, labels: str, expected: str) -> None:
    assert rule(words.split(), labels.split()) == expected.split()


@pytest.mark.parametrize("text, expected", [
    ("Арал, Қазалы және Жалағаш аудандарында мектептер жөнделеді.",
     [("GPE", "Арал"), ("GPE", "Қазалы"), ("GPE", "Жалағаш")]),
    ("Жүк Волгоград арқылы Ашхабадқа жетеді.", [("GPE", "Волгоград"), ("GPE", "Ашхабадқа")]),
])
def test_pipeline(text: str, expected: list) -> None:
    assert [(e.label, e.text) for e in taldau.analyze(text).entities] == expected
