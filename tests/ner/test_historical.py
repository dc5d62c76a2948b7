"""Names of a historical text (`taldau.ner.historical`): a ruler named with хан after the name, a khanate, medieval
places; and places side by side with another name (`taldau.ner.adjacent`). The rules alone on labels given here, and
the whole pipeline on sentences written for these tests."""
import pytest

import taldau
from taldau.ner.adjacent import (
    arabic_names,
    places_begin_no_persons,
    places_first_in_sentence,
)
from taldau.ner.historical import historical_places, khanates, khans

# rule | words | the CRF's labels | after the rule
ROWS = [
    (khans, "Тәуке хан заң шығарды", "B-PERSON O O O", "B-PERSON B-POSITION O O"),
    (khans, "Бұдан соң Жошы Есім ханға елші жіберді", "O O B-PERSON I-PERSON O O O",
     "O O B-PERSON B-PERSON B-POSITION O O"),  # two persons: the word before хан ends the name begun before it
    # a demonstrative, a possessed word, a possessor's khan (ханы), a street, a work's title
    (khans, "Бұл хан елді біріктірді", "O O O O", "O O O O"),
    (khans, "Ұлы хан жорыққа аттанды", "O O O O", "O O O O"),
    (khans, "Қоқан ханы Құдияр", "B-GPE O B-PERSON", "B-GPE O B-PERSON"),
    (khans, "Абылай хан даңғылы жабылды", "B-FACILITY I-FACILITY I-FACILITY O",
     "B-FACILITY I-FACILITY I-FACILITY O"),
    (khans, "« Есім ханның ескі жолы »", "O B-ART I-ART I-ART I-ART O", "O B-ART I-ART I-ART I-ART O"),
    (khanates, "Қала Тәуке хандығының құрамында болды", "O B-PERSON O O O", "O B-GPE I-GPE O O"),
    (khanates, "Хандықтың шекарасы кеңейді", "O O O", "O O O"),  # no name before it
    # first in a sentence, capitalised only there: a pronoun, an adverb (but a noun, Қазақ, or a verbal noun, Бату)
    (khanates, "Оның хандығы ұзаққа созылмады", "O O O O", "O O O O"),
    (khanates, "Қазақ хандығы құрылды", "O O O", "B-GPE I-GPE O"),
    (khans, "Мен хан емеспін", "O O O", "O O O"),
    (khans, "Енді хан келді", "O O O", "O O O"),
    (khans, "Бату хан жорыққа аттанды", "O O O O", "B-PERSON B-POSITION O O"),
    (historical_places, "Отырар Сауран қаласымен сауда жасады", "B-PERSON I-PERSON I-PERSON O O",
     "B-GPE B-GPE O O O"),
    (historical_places, "Әскер Дешті Қыпшаққа кірді", "O B-PERSON B-NORP O", "O B-LOCATION I-LOCATION O"),
    (historical_places, "Жанкент Сыр бойында тұрған", "B-FACILITY I-FACILITY I-FACILITY O",
     "B-GPE B-LOCATION O O"),
    (historical_places, "Түркістан Сыр бойындағы қала", "B-FACILITY I-FACILITY I-FACILITY O",
     "B-GPE B-LOCATION O O"),
    # a longer place's name, a facility's with its head word, quotes, Сыр as a secret
    (historical_places, "Отырар ауданында жаңбыр жауды", "B-GPE I-GPE O O", "B-GPE I-GPE O O"),
    (historical_places, "Отырар кітапханасы ашылды", "B-FACILITY I-FACILITY O", "B-FACILITY I-FACILITY O"),
    (historical_places, "« Алтын Орда » базары", "O B-FACILITY I-FACILITY O O", "O B-FACILITY I-FACILITY O O"),
    (historical_places, "Сыр ашылды", "O O", "O O"),
    (places_first_in_sentence, "Бішкек жаңа келісімге қол қойды", "O O O O O", "B-GPE O O O O"),
    (places_first_in_sentence, "Біз Бішкекке бардық", "O B-GPE O", "O B-GPE O"),  # not first: another rule's
    (places_first_in_sentence, "Судан жиналысқа келді", "O O O", "O O O"),  # a man's given name too (Судан)
    (places_first_in_sentence, "Қазан от үстінде тұр", "O O O O", "O O O O"),  # a cauldron
    (places_begin_no_persons, "Тбилиси Транскавказ дәлізін қолдайды", "B-PERSON I-PERSON O O", "B-GPE O O O"),
    (places_begin_no_persons, "Дания Сапарова сөйледі", "B-PERSON I-PERSON O", "B-PERSON I-PERSON O"),
    (arabic_names, "Онда Нұр ад-Дин ат-Туси оқыды", "O O O O O", "O B-PERSON I-PERSON I-PERSON O"),
    (arabic_names, "Ғалым Әбу Әли ибн Сина", "O B-PERSON I-PERSON O B-PERSON", "O B-PERSON I-PERSON I-PERSON I-PERSON"),
    (arabic_names, "Салах ад-Дин Дамаскіні алды", "O O B-GPE O", "B-PERSON I-PERSON B-GPE O"),
    # a lone word with an article, a body named after one
    (arabic_names, "Кітапты әл-Фараби жазды", "O O O", "O O O"),
    (arabic_names, "Топ әл-Джазира арнасына барды", "O O O O", "O O O O"),  # a noun first, then one word
    (arabic_names, "Нұр ад-Дин соғысты", "O O O", "B-PERSON I-PERSON O"),  # a given name first
    (arabic_names, "Әл-Фараби атындағы университет", "B-ORGANISATION I-ORGANISATION I-ORGANISATION",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION"),
]


@pytest.mark.parametrize("rule, words, labels, expected", ROWS)
def test_rule(rule, words: str, labels: str, expected: str) -> None:
    assert rule(words.split(), labels.split()) == expected.split()


@pytest.mark.parametrize("text, expected", [
    ("Кенесары хан Ресейге қарсы көтеріліс бастады.",
     [("PERSON", "Кенесары"), ("POSITION", "хан"), ("GPE", "Ресейге")]),
    ("Ғалымдар Сығанақты Ақ Орданың орталығы деп санайды.", [("GPE", "Сығанақты"), ("GPE", "Ақ Орданың")]),
    ("Бішкек жаңа тарифті қолдамайды.", [("GPE", "Бішкек")]),
    ("Бұл хан елін біріктірді.", []),
])
def test_pipeline(text: str, expected: list) -> None:
    assert [(e.label, e.text) for e in taldau.analyze(text).entities] == expected
