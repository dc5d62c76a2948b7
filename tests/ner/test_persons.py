"""Persons by the form of their names (a patronymic, a surname that ends a name) and a country's titles (Қырғызстан
басшысы): the rules alone on labels given here, and the whole pipeline on sentences written for these tests, a decoy
beside each case."""
import pytest

import taldau
from taldau.ner.offices import holders_after_titles, title
from taldau.ner.persons import (
    coordinated_persons,
    known_surnames,
    name_word,
    patronymic,
    patronymics,
    persons_after_first_nouns,
    persons_before_abbreviations,
    persons_before_kin,
    persons_end_at_surname,
    surnames_alone,
)
from taldau.ner.positions import titles_of_countries

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
    (persons_end_at_surname, "Арман Сапаров Трансарал құбырын салады", "B-PERSON I-PERSON I-PERSON O O",
     "B-PERSON I-PERSON O O O"),  # a proper noun only guessed from its capital after the surname
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
    # a title and its holder's name read as one name, or the holder run into a place; decoys: a title alone, a common
    # word after it, a name that possesses the next noun, an event the CRF found after the title
    (holders_after_titles, "Премьер-министр Бектенов Жапонияға барды", "B-POSITION I-POSITION B-GPE O",
     "B-POSITION B-PERSON B-GPE O"),
    (holders_after_titles, "Канцлер Шольц Еуропалық одақты қолдады",
     "B-ORGANISATION I-ORGANISATION B-ORGANISATION I-ORGANISATION O",
     "B-POSITION B-PERSON B-ORGANISATION I-ORGANISATION O"),
    (holders_after_titles, "Германия канцлері Шольц Парижге барды", "B-POSITION I-POSITION B-LOCATION I-LOCATION O",
     "B-POSITION I-POSITION B-PERSON B-GPE O"),
    (holders_after_titles, "Комиссия төрағасы Жан-Клод Юнкер сөйледі", "B-POSITION I-POSITION I-POSITION I-POSITION O",
     "B-POSITION I-POSITION B-PERSON I-PERSON O"),
    (holders_after_titles, "Түркия Президенті Ердоған Түркі мемлекеттері ұйымының рөлін",  # the body after him stays
     "B-POSITION I-POSITION B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION O",
     "B-POSITION I-POSITION B-PERSON B-ORGANISATION I-ORGANISATION I-ORGANISATION O"),
    (holders_after_titles, "министр Бектеновке хат жазды", "O O O O", "O B-PERSON O O"),
    (holders_after_titles, "Президент сөз сөйледі", "B-POSITION O O", "B-POSITION O O"),
    (holders_after_titles, "Президент Жолдауында айтылды", "B-POSITION O O", "B-POSITION O O"),
    (holders_after_titles, "Мемлекет басшысы Сыр еліне барды", "B-POSITION I-POSITION I-POSITION O O",
     "B-POSITION I-POSITION I-POSITION O O"),
    (holders_after_titles, "Президент Абайдың мерейтойына келді", "B-POSITION B-EVENT I-EVENT O",
     "B-POSITION B-EVENT I-EVENT O"),
    (holders_after_titles, "Президенттер Бішкекте кездесті", "O B-GPE O", "O B-GPE O"),
    # a word in an oblique case after a title is a holder only with a person's evidence (a surname's form, a given
    # name); decoys: a place no gazetteer holds, a common noun, a common noun that is also a given name
    (holders_after_titles, "Президент Ердоғанмен кездесті", "B-POSITION B-GPE O", "B-POSITION B-PERSON O"),
    (holders_after_titles, "Елші Сапаровқа хат жазды", "B-POSITION B-LOCATION O O", "B-POSITION B-PERSON O O"),
    (holders_after_titles, "Мысырдағы елшісі Хургадада болды", "B-POSITION I-POSITION B-GPE O",
     "B-POSITION I-POSITION B-GPE O"),
    (holders_after_titles, "Компания басшысы Теңізге барды", "O O B-LOCATION O", "O O B-LOCATION O"),
    (holders_after_titles, "Премьер-министр Өкімімен кеңес құрылды", "B-POSITION O O O", "B-POSITION O O O"),
    # the holder run into the name after him that ends in a head word: that name keeps its head's class
    (holders_after_titles, "Вице-премьер Сапаров Ұлттық банктің төрағасымен кездесті",
     "B-POSITION I-POSITION I-POSITION I-POSITION I-POSITION O",
     "B-POSITION B-PERSON B-POSITION I-POSITION I-POSITION O"),
    (holders_after_titles, "Министр Сапаров Ұлттық музейге барды", "B-POSITION I-POSITION I-POSITION I-POSITION O",
     "B-POSITION B-PERSON B-FACILITY I-FACILITY O"),
    # a name run into an abbreviation after it; decoys: a name of a body with an abbreviation after атындағы, a body
    # the CRF began at the abbreviation
    (persons_before_abbreviations, "Ердоған НАТО-ның саммитіне қатысты", "B-EVENT I-EVENT I-EVENT O",
     "B-PERSON B-EVENT I-EVENT O"),
    (persons_before_abbreviations, "Президент Ердоған НАТО-ның рөлін айтты", "B-POSITION B-PERSON I-PERSON O O",
     "B-POSITION B-PERSON O O O"),
    (persons_before_abbreviations, "Ол Гумилев атындағы ЕҰУ-да оқиды", "O B-ORGANISATION I-ORGANISATION I-ORGANISATION O",
     "O B-ORGANISATION I-ORGANISATION I-ORGANISATION O"),
    (persons_before_abbreviations, "Ердоған БҰҰ-ға хат жазды", "B-PERSON B-ORGANISATION O O O",
     "B-PERSON B-ORGANISATION O O O"),
    # a name of another kind whose first word is no person's alone: a product, a channel
    (persons_before_abbreviations, "Союз МС кемесі ұшты", "B-PRODUCT I-PRODUCT O O", "B-PRODUCT I-PRODUCT O O"),
    (persons_before_abbreviations, "Жастар ТВ арнасы ашылды", "B-ORGANISATION I-ORGANISATION O O",
     "B-ORGANISATION I-ORGANISATION O O"),
    # a surname seen in training after a given name, alone; decoys: in quotes, before a noun it possesses
    (surnames_alone, "Макрон Парижде сөйледі", "O B-GPE O", "B-PERSON B-GPE O"),
    (surnames_alone, "Эммануэль Макронмен кездесті", "B-PERSON O O", "B-PERSON I-PERSON O"),
    (surnames_alone, "« Макрон » атты кітап", "O O O O O", "O O O O O"),
    (surnames_alone, "Макрон үкіметі отставкаға кетті", "O O O O", "O O O O"),
    (surnames_alone, "Келіссөзге Макрон келді", "O B-GPE O", "O B-PERSON O"),  # read as a place
    # a name word read as a place beside a PERSON; decoys: a place of the gazetteer, a name of two words
    (coordinated_persons, "Кеше Ердоған мен Шольц кездесті", "O B-PERSON O B-GPE O", "O B-PERSON O B-PERSON O"),
    (coordinated_persons, "Кеше Шольц пен Ердоған кездесті", "O B-LOCATION O B-PERSON O", "O B-PERSON O B-PERSON O"),
    (coordinated_persons, "Кеше Ердоған мен Анкара келісті", "O B-PERSON O B-GPE O", "O B-PERSON O B-GPE O"),
    (coordinated_persons, "Ердоған мен Орта Азия", "B-PERSON O B-LOCATION I-LOCATION", "B-PERSON O B-LOCATION I-LOCATION"),
    # a name the CRF left out or read as a place before a word of address for an elder or a kinsman; decoys: a common
    # noun first in the sentence, a verb, a place of the gazetteer, a landmark named after the person
    (persons_before_kin, "Мектепте Бейсен ағамыз сабақ береді", "O O O O O", "O B-PERSON O O O"),
    (persons_before_kin, "Ақжол ағай бізге келді", "B-GPE O O O", "B-PERSON O O O"),
    (persons_before_kin, "Біз Тоқаев мырзаны күттік", "O O O O", "O B-PERSON O O"),
    (persons_before_kin, "Майдангер атаңыз туралы айтыңыз", "O O O O", "O O O O"),
    (persons_before_kin, "Оны Ерлан атап өтті", "O O O O", "O O O O"),
    (persons_before_kin, "Алматы апаны күтті", "B-GPE O O", "B-GPE O O"),
    (persons_before_kin, "Туристер Бекет ата мешітіне барды", "O O O O O", "O O O O O"),
    (persons_before_kin, "Құрметті Президент мырза , рахмет", "O O O O O", "O O O O O"),
]


@pytest.mark.parametrize("rule, words, labels, expected", ROWS)
def test_rule(rule, words: str, labels: str, expected: str) -> None:
    assert rule(words.split(), labels.split()) == expected.split()


@pytest.mark.parametrize("surnames, expected", [(frozenset({"макрон"}), "B-POSITION B-PERSON O O"),
                                                (frozenset(), "B-POSITION B-GPE O O")])
def test_a_holder_in_a_case_is_a_surname_of_the_model_s_table(surnames: frozenset[str], expected: str) -> None:
    words, labels = ["Президент", "Макронға", "хат", "жазды"], ["B-POSITION", "B-GPE", "O", "O"]
    assert holders_after_titles(words, labels, surnames) == expected.split()


@pytest.mark.parametrize("word, expected", [("Ержанқызы", True), ("Тағанұлына", True), ("Арнаулы", False),
                                            ("Атаулы", False), ("Сапаров", False)])
def test_a_patronymic_is_a_name_s_word(word: str, expected: bool) -> None:
    assert patronymic(word) == expected


@pytest.mark.parametrize("word, expected", [("Шольц", True), ("Бектенов", True), ("Ердоған", True), ("НАТО-ның", False),
                                            ("Еуропалық", False), ("Үкіметке", False), ("Парижге", False)])
def test_a_person_s_name_word(word: str, expected: bool) -> None:
    assert name_word(word) == expected


@pytest.mark.parametrize("word, expected", [("Канцлер", True), ("Премьер-министр", True), ("министрі", True),
                                            ("Елбасы", True), ("Президентке", False), ("Президенттік", False)])
def test_a_title_before_a_name(word: str, expected: bool) -> None:
    assert title(word) == expected


# the whole pipeline: a title before a bare surname, a surname alone first in the sentence, a person run into a body's
# abbreviation; decoys: a title alone, a person's name that names a body, a body after a person in the genitive
PIPELINE = [
    ("Премьер-министр Бектенов Жапония елшісімен кездесті.", {("POSITION", "Премьер-министр"), ("PERSON", "Бектенов")}),
    ("Канцлер Шольц Еуропалық одақтың шешімін қолдады.", {("POSITION", "Канцлер"), ("PERSON", "Шольц")}),
    ("Президент Ердоған НАТО-ның рөлін күшейтуді қолдайды.", {("PERSON", "Ердоған"), ("ORGANISATION", "НАТО-ның")}),
    ("Ердоған НАТО-ның саммитіне қатысты.", {("PERSON", "Ердоған")}),
    ("Макрон Франция атынан сөйледі.", {("PERSON", "Макрон"), ("GPE", "Франция")}),
    ("Президент сөз сөйледі.", {("POSITION", "Президент")}),
    ("Ол Назарбаев Университетінде оқиды.", {("ORGANISATION", "Назарбаев Университетінде")}),
    ("Тоқаевтың БҰҰ-дағы сөзі талқыланды.", {("PERSON", "Тоқаевтың")}),
    # a place or a common word in an oblique case after a title; the holder's name apart from a body's title after it
    ("Қазақстанның Түркиядағы елшісі Бурсада кездесу өткізді.", {("POSITION", "Қазақстанның Түркиядағы елшісі")}),
    ("Премьер-министр Өкімімен кеңес құрылды.", {("POSITION", "Премьер-министр")}),
    ("Министр Сапаровқа хат жазды.", {("PERSON", "Сапаровқа")}),
    ("Вице-премьер Сапаров Ұлттық банктің төрағасымен кездесті.",
     {("PERSON", "Сапаров"), ("POSITION", "Ұлттық банктің төрағасымен")}),
    ("Премьер-министр Бектенов Ұлттық музейге барды.", {("PERSON", "Бектенов"), ("FACILITY", "Ұлттық музейге")}),
]


@pytest.mark.parametrize("text, expected", PIPELINE)
def test_persons_and_titles_in_the_pipeline(text: str, expected: set) -> None:
    entities = {(e.label, e.text) for e in taldau.analyze(text).entities}
    assert expected <= entities, entities
    assert not any(label == "PERSON" and text_ not in {t for _, t in expected} for label, text_ in entities), entities


def test_a_patronymic_the_model_reads_as_a_place_is_a_person() -> None:
    entities = taldau.analyze("Кеше ауылға Дана Ержанқызы келді.").entities
    assert ("PERSON", "Дана Ержанқызы") in {(e.label, e.text) for e in entities}, entities


def test_the_surnames_are_those_of_the_names_table_beside_the_model(tmp_path) -> None:
    (tmp_path / "names.tsv").write_text("# a fold's table\nэммануэль макрон\tPERSON\th\nұлттық банк\tORGANISATION\th\n",
                                        encoding="utf-8")
    assert known_surnames(tmp_path / "model.crfsuite") == frozenset({"макрон"})
