"""Persons by the form of their names (a patronymic, a surname that ends a name) and a country's titles (Қырғызстан
басшысы): the rules alone on labels given here, and the whole pipeline on sentences written for these tests, a decoy
beside each case."""
import pytest

import taldau
from taldau.ner.persons import patronymic, patronymics, persons_after_first_nouns, persons_end_at_surname
from taldau.ner.titles import titles_of_countries

# words | the CRF's labels | after the rule
ROWS = [
    (patronymics, "Жиынға Дана Ержанқызы келді", "O O B-GPE O", "O B-PERSON I-PERSON O"),
    (patronymics, "Атам Серікбайұлы деген тек алды", "O B-LOCATION O O O", "O B-PERSON O O O"),
    (patronymics, "Бүгін Асқар Тағанұлы сөйледі", "O B-PERSON I-PERSON O", "O B-PERSON I-PERSON O"),
    # an adjective in -улы, a patronymic inside a longer name the CRF found
    (patronymics, "Арнаулы комиссия құрылды", "O O O", "O O O"),
    # a PERSON the CRF began at the patronymic takes the given name before it, or joins the person read before it
    (patronymics, "Жиында Самал Ерланқызы сөйледі", "O O B-PERSON O", "O B-PERSON I-PERSON O"),
    (patronymics, "Кеше Дәурен Ерланұлы келді", "O B-PERSON B-PERSON O", "O B-PERSON I-PERSON O"),
    (patronymics, "Кеше Дәурен , Ерланұлы келді", "O B-PERSON O B-PERSON O", "O B-PERSON O B-PERSON O"),
    (patronymics, "Бауыржан Момышұлы атындағы мектеп", "B-FACILITY I-FACILITY I-FACILITY I-FACILITY",
     "B-FACILITY I-FACILITY I-FACILITY I-FACILITY"),
    (persons_end_at_surname, "Ерлан Сапаров Ұлттық банкке барды", "B-PERSON I-PERSON I-PERSON O O",
     "B-PERSON I-PERSON O O O"),
    (persons_end_at_surname, "Төрехан Сапаров Бірыңғай тестке қатыспайды", "B-PERSON I-PERSON I-PERSON O O",
     "B-PERSON I-PERSON O O O"),  # a first name the names list does not hold
    (persons_end_at_surname, "Павел Сидоров Самара университетін бітірген", "B-PERSON I-PERSON I-PERSON O O",
     "B-PERSON I-PERSON O O O"),  # a place of the gazetteer after the surname
    # a patronymic, a surname first, a name of three words in no surname
    (persons_end_at_surname, "Қайрат Сапаров Ерланұлы сөйледі", "B-PERSON I-PERSON I-PERSON O",
     "B-PERSON I-PERSON I-PERSON O"),
    (persons_end_at_surname, "Ким Мин Су келді", "B-PERSON I-PERSON I-PERSON O", "B-PERSON I-PERSON I-PERSON O"),
    (persons_after_first_nouns, "Әріптесім Дана Ержанова хабарлайды", "B-PERSON I-PERSON I-PERSON O",
     "O B-PERSON I-PERSON O"),
    (persons_after_first_nouns, "Мен Сапаровтың сөзін естідім", "B-PERSON I-PERSON O O", "O B-PERSON O O"),
    # a given name that is also a word, a name the lexicon holds capitalised, a noun inside the sentence
    (persons_after_first_nouns, "Бақыт Сапарова келді", "B-PERSON I-PERSON O", "B-PERSON I-PERSON O"),
    (persons_after_first_nouns, "Арман Сапаров келді", "B-PERSON I-PERSON O", "B-PERSON I-PERSON O"),
    (persons_after_first_nouns, "Ал Дәрігер Сапаров келді", "O B-PERSON I-PERSON O", "O B-PERSON I-PERSON O"),
    (titles_of_countries, "Бүгін Моңғолия басшысы келді", "O B-GPE O O", "O B-POSITION I-POSITION O"),
    (titles_of_countries, "Ол Аргентинаның Премьер-министрінің орынбасарын қабылдады", "O B-GPE O O O",
     "O B-POSITION I-POSITION I-POSITION O"),
    # one of many representatives, an embassy, a city's head (no country), a title another name holds
    (titles_of_countries, "Моңғолия өкілі келді", "B-GPE O O", "B-GPE O O"),
    (titles_of_countries, "Моңғолия елшілігі ашылды", "B-GPE O O", "B-GPE O O"),
    (titles_of_countries, "Алматы әкімі келді", "B-GPE O O", "B-GPE O O"),
    (titles_of_countries, "Моңғолия Президенті Ухнаа келді", "B-GPE B-PERSON I-PERSON O", "B-GPE B-PERSON I-PERSON O"),
]


@pytest.mark.parametrize("rule, words, labels, expected", ROWS)
def test_rule(rule, words: str, labels: str, expected: str) -> None:
    assert rule(words.split(), labels.split()) == expected.split()


@pytest.mark.parametrize("word, expected", [("Ержанқызы", True), ("Тағанұлына", True), ("Арнаулы", False),
                                            ("Атаулы", False), ("Сапаров", False)])
def test_a_patronymic_is_a_name_s_word(word: str, expected: bool) -> None:
    assert patronymic(word) == expected


def test_a_patronymic_the_model_reads_as_a_place_is_a_person() -> None:
    entities = taldau.analyze("Кеше ауылға Дана Ержанқызы келді.").entities
    assert ("PERSON", "Дана Ержанқызы") in {(e.label, e.text) for e in entities}, entities
