"""Names of things named after a person, by a number, or for an anniversary, titles in a body, events by their head
word and countries by their state's form: the rules over the CRF's labels on
sentences written for these tests (words | the CRF's labels | the labels after the rule), and the pipeline on raw text.
"""
from functools import cache

import pytest

from taldau.ner import edges, events, fields, landmarks, person_edges, positions, rules
from taldau.pipeline import Pipeline


@pytest.mark.parametrize("words, before, after", [
    ("Сәбит Мұқанов атындағы мектепте жиын болды", "B-PERSON I-PERSON O O O O",
     "B-FACILITY I-FACILITY I-FACILITY I-FACILITY O O"),
    ("Мұқағали Мақатаев атындағы Мәдениет сарайында концерт", "B-PERSON I-PERSON O B-FACILITY I-FACILITY O",
     "B-FACILITY I-FACILITY I-FACILITY I-FACILITY I-FACILITY O"),
    ("Ерлан Сапаров атындағы Дала агротехникалық университеті", "B-PERSON I-PERSON O B-ORGANISATION "
     "I-ORGANISATION I-ORGANISATION", "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION "
     "I-ORGANISATION"),
    ("Абай атындағы Қазақ ұлттық университетінің тарих факультеті", "B-PERSON O B-ORGANISATION I-ORGANISATION "
     "I-ORGANISATION I-ORGANISATION I-ORGANISATION", "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION "
     "I-ORGANISATION I-ORGANISATION I-ORGANISATION"),  # the CRF's name goes on past the head: the whole
    ("Абай атындағы сыйлықты алды", "B-PERSON O O O", "B-PERSON O O O"),  # a prize: no facility's or body's head
    ("Абай атындағы , Мұхтар Әуезов мектебі", "B-PERSON O O B-PERSON I-PERSON O",
     "B-PERSON O O B-PERSON I-PERSON O"),  # a comma, then another person: nothing named after the first
])
def test_a_person_before_atyndagy_begins_the_name_of_what_is_named_after_them(words, before, after):
    assert person_edges.named_after(words.split(), before.split()) == after.split()


@pytest.mark.parametrize("words, before, after", [
    ("Абайдың 175 жылдығына арналған", "B-PERSON O O O", "B-EVENT I-EVENT I-EVENT O"),
    ("Мұхтар Әуезовтің жүз жиырма бес жылдығы", "B-PERSON I-PERSON B-DATE I-DATE I-DATE I-DATE",
     "B-EVENT I-EVENT I-EVENT I-EVENT I-EVENT I-EVENT"),
    ("« Ақ жол » партиясының 15 жылдығы", "O B-ORGANISATION I-ORGANISATION O O O O",
     "B-EVENT I-EVENT I-EVENT I-EVENT I-EVENT I-EVENT I-EVENT"),  # a quoted body before its head in the genitive
    ("Ұлы жеңістің 75 жылдығы тойланды", "O O O O O", "B-EVENT I-EVENT I-EVENT I-EVENT O"),
    ("қайраткердің 80 жылдығына лайықты", "O B-DATE I-DATE O", "O B-DATE I-DATE O"),  # a common noun's: a DATE
    ("Ассамблеясының алдағы 25 жылдығын", "B-ORGANISATION O O O", "B-ORGANISATION O O O"),  # a word between
    ("Абайдың жылдығына арналған", "B-PERSON O O", "B-PERSON O O"),  # no number
    ("Абайдың 175 жылдығы қарсаңындағы кеш", "B-EVENT I-EVENT I-EVENT I-EVENT I-EVENT",
     "B-EVENT I-EVENT I-EVENT O O"),  # the anniversary ends the name the CRF ran on
])
def test_a_name_s_numbered_anniversary_is_one_event(words, before, after):
    assert events.anniversaries(words.split(), before.split()) == after.split()


@pytest.mark.parametrize("words, before, after", [
    ("Ол Азия жазушыларының екінші форумына барды", "O B-LOCATION O B-ORDINAL O O",
     "O B-EVENT I-EVENT I-EVENT I-EVENT O"),  # the place and the ordinal inside
    ("Бұл Ташкент саммитінің нәтижесі", "O B-GPE O O", "O B-EVENT I-EVENT O"),  # no demonstrative
    ("Ол Жасыл экономика мәселелері бойынша саммит өткізді", "O O O O O O O",
     "O B-EVENT I-EVENT I-EVENT I-EVENT I-EVENT O"),  # a bare head
    ("Әлем чемпионатында жеңді", "B-EVENT O O", "B-EVENT I-EVENT O"),  # the CRF cut its event short
    ("Астанада өткен форумға келді", "B-GPE O O O", "B-GPE O O O"),  # where it was held
    ("Ол Қырғызстанның аймақаралық форумына барды", "O B-GPE O O O", "O B-GPE O O O"),  # whose: a genitive
    ("Ресей сияқты елдердің сауда соғысы", "B-GPE O O O O", "B-GPE O O O O"),  # a word of likeness
    ("Депутаттар сессия өткізді", "O O O", "O O O"),  # a common word first in the sentence
    ("Жаңа жыл мерекесі келді", "O O O O", "O O O O"),  # a holiday: its name alone, not the head
    ("Біз оны көрмедік", "O O O", "O O O"),  # a verb that starts like көрме
])
def test_an_event_s_name_runs_to_its_head_word(words, before, after):
    assert events.named_events(words.split(), before.split()) == after.split()


@pytest.mark.parametrize("words, before, after", [
    ("нөмірі 38-ші сайлау бөлімшесінде дауыс берді", "O B-ORDINAL O O O O",
     "B-FACILITY I-FACILITY I-FACILITY I-FACILITY O O"),
    ("Нөмірі жиырма үшінші мектепте сабақ", "B-FACILITY I-FACILITY I-FACILITY O O",
     "B-FACILITY I-FACILITY I-FACILITY I-FACILITY O"),  # the CRF ran the name into the number alone
    ("Ақтөбедегі нөмірі үшінші мектеп - лицейде", "B-GPE O B-ORDINAL O O O",
     "B-FACILITY I-FACILITY I-FACILITY I-FACILITY I-FACILITY I-FACILITY"),  # a place before it, a hyphened head
    ("Семей қаласындағы нөмірі 5-інші емхана", "B-GPE O O B-ORDINAL O",
     "B-FACILITY I-FACILITY I-FACILITY I-FACILITY I-FACILITY"),
    ("нөмірі 40-ыншы автобуста адам көп", "O B-ORDINAL O O O", "O B-ORDINAL O O O"),  # a bus: no facility's head
    ("нөмірі 8 , мектепке хабарлаңыз", "O B-CARDINAL O O O", "O B-CARDINAL O O O"),  # a comma before the head
    ("оның нөмірі белгісіз мектепте", "O O O O", "O O O O"),  # no number after нөмірі
    # a bare head in the dative or the plural: the number alone, also where the CRF read a facility
    ("Біз нөмірі 5-інші мектепке бардық", "O B-FACILITY I-FACILITY I-FACILITY O", "O O O O O"),
    ("Біз нөмірі 5-інші мектепке бардық", "O O B-ORDINAL O O", "O O B-ORDINAL O O"),
    ("нөмірі 12-нші мектептердің оқушылары", "O B-ORDINAL O O", "O B-ORDINAL O O"),
])
def test_a_facility_named_by_its_number_is_one_facility(words, before, after):
    assert landmarks.numbered_facilities(words.split(), before.split()) == after.split()


@pytest.mark.parametrize("words, before, after", [
    ("Ғылым академиясы төрағасының орынбасары келді", "B-ORGANISATION I-ORGANISATION B-POSITION I-POSITION O",
     "B-POSITION I-POSITION I-POSITION I-POSITION O"),  # the CRF read the body and the title apart
    ("Сенат депутаты сөйледі", "B-ORGANISATION O O", "B-POSITION I-POSITION O"),
    ("« Жаңа жол » партиясы төрағасының бірінші орынбасары", "O B-ORGANISATION I-ORGANISATION O O O O O",
     "B-POSITION I-POSITION I-POSITION I-POSITION I-POSITION I-POSITION I-POSITION I-POSITION"),
    ("Жер агенттігі директоры Арман Сейітов", "B-ORGANISATION I-ORGANISATION O B-PERSON I-PERSON",
     "B-POSITION I-POSITION I-POSITION B-PERSON I-PERSON"),  # the holder stays a person
    ("Ғылым академиясының өкілі келді", "B-ORGANISATION I-ORGANISATION O O",
     "B-ORGANISATION I-ORGANISATION O O"),  # one of its representatives: no office
    ("Ғылым академиясы мүшелері келді", "B-ORGANISATION I-ORGANISATION O O",
     "B-ORGANISATION I-ORGANISATION O O"),  # members: no title
    ("Айгүл Сейітова директоры", "B-ORGANISATION I-ORGANISATION O",
     "B-ORGANISATION I-ORGANISATION O"),  # no body's head word ends the name
    ("Ғылым академиясы өкілдері келді", "B-ORGANISATION I-ORGANISATION O O",
     "B-ORGANISATION I-ORGANISATION O O"),  # a title in the plural: no one position
])
def test_a_body_s_name_before_a_title_is_one_position(words, before, after):
    assert positions.titles_of_bodies(words.split(), before.split()) == after.split()


@pytest.mark.parametrize("words, before, after", [
    ("Иордания Хашимит Корольдігі арасында", "B-GPE B-PERSON I-PERSON O", "B-GPE I-GPE I-GPE O"),
    ("Швейцария конфедерациясы серіктес", "B-GPE O O", "B-GPE I-GPE O"),
    ("Орталық Африка Республикасы бар", "B-LOCATION I-LOCATION B-GPE O", "B-GPE I-GPE I-GPE O"),
    ("Қырғыз Республикасы үкімет басшылары", "B-ORGANISATION I-ORGANISATION I-ORGANISATION O",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION O"),  # inside a body's name: left alone
    ("Қырғыз Республикасы үкімет басшылары", "B-GPE I-GPE I-GPE O", "B-GPE I-GPE O O"),  # the body's word run on
    ("Татарстан Республикасы мен", "B-GPE I-GPE O", "B-GPE I-GPE O"),  # no country: as the CRF found it
    ("Айгүл Республикасы", "B-PERSON O", "B-PERSON O"),  # no country's name before the form
])
def test_a_country_s_official_name_is_one_place(words, before, after):
    assert edges.states_by_their_form(words.split(), before.split()) == after.split()


@pytest.mark.parametrize("words, before, after", [
    ("Абай даңғылының бойында жол жөнделді", "B-PERSON O O O O", "B-FACILITY I-FACILITY O O O"),  # first: a street
    ("Ерлан мектебіне асықты", "B-PERSON O O", "B-PERSON O O"),  # first in a sentence: his school
    ("Ол Ерлан мектебіне барды", "O B-PERSON O O", "O B-FACILITY I-FACILITY O"),  # inside: the school's name
])
def test_a_name_before_a_street_is_the_street_s_first_in_a_sentence_too(words, before, after):
    assert rules.named_facilities(words.split(), before.split()) == after.split()


@pytest.mark.parametrize("words, after", [
    ("Қаржы нарығын реттеу және дамыту агенттігі ереже енгізді",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION O O"),  # verbal nouns
    ("Ол Денсаулық сақтау министрлігіне барды", "O B-ORGANISATION I-ORGANISATION I-ORGANISATION O"),
    ("Ол Асқар үйін сату компаниясы деді", "O O O O O O"),  # a given name begins no body's name
    ("Энергетика министрінің мәлімдеуінше баға өсті", "B-POSITION I-POSITION O O O"),  # a title: its holder speaks
    ("Ауыл шаруашылығы министрінің кеңесшісі келді", "O O O O O"),  # a title that goes on: the CRF's to read
    ("Полиция бастығы келді", "O O O"),  # first in a sentence, no minister: the police's chief in general
])
def test_a_body_s_or_title_s_name_by_its_field(words, after):
    assert fields.field_bodies(words.split(), ["O"] * len(words.split())) == after.split()


@pytest.mark.parametrize("words, before, after", [
    ("Павлодар мұнай - химия зауытында жөндеу", "B-GPE O O O O O",
     "B-FACILITY I-FACILITY I-FACILITY I-FACILITY I-FACILITY O"),  # the head in the locative, hyphened words
    ("Қарағанды облыстық өлкетану музейінде көрме", "B-GPE O O O O",
     "B-FACILITY I-FACILITY I-FACILITY I-FACILITY O"),
    ("Семейдегі кеме жасау зауытында", "B-GPE O O O", "B-GPE O O O"),  # where it stands
    ("Қастек аулының орта мектебінде", "B-GPE O O O", "B-GPE O O O"),  # whose: a genitive between
    ("Қытай зауыты салынды", "B-GPE O O", "B-GPE O O"),  # a country's: a Chinese plant
    ("Алматы қалалық университеті", "B-GPE O O", "B-GPE O O"),  # a body's head: `local_bodies` reads it
])
def test_a_place_and_a_facility_s_head_after_it_are_one_facility(words, before, after):
    assert landmarks.local_facilities(words.split(), before.split()) == after.split()


@cache
def nlp() -> Pipeline:
    return Pipeline(["langid", "cyrillic", "morph", "tagger", "quantities", "ner"])


@pytest.mark.parametrize("text, name, label", [
    ("Ауылдағы Сәбит Мұқанов атындағы мектепте жиналыс болды.", "Сәбит Мұқанов атындағы мектепте", "FACILITY"),
    ("Әкім Абайдың 175 жылдығына арналған шараларды тапсырды.", "Абайдың 175 жылдығына", "EVENT"),
    ("Ол Қарағандыдағы нөмірі 12-нші сайлау учаскесінде дауыс берді.",
     "Қарағандыдағы нөмірі 12-нші сайлау учаскесінде", "FACILITY"),
])
def test_the_pipeline_finds_the_whole_name_on_raw_text(text, name, label):
    found = {(e.text, e.label) for e in nlp()(text).entities}
    assert (name, label) in found
    assert not any(text_ in name and text_ != name for text_, _ in found)  # no part of it apart
