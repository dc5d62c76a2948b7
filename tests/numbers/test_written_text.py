"""Quantities of written Kazakh (news, reports, laws, encyclopedias) beyond KazNERD's transcribed TV news: sentences
written for these tests, each with every numeric entity it should give (label, exact words)."""
from __future__ import annotations

import pytest

from taldau.numbers import as_entities, read_numbers


def entities(text: str) -> list[tuple[str, str]]:
    return [(e.label, e.text) for e in as_entities(read_numbers(text))]


@pytest.mark.parametrize(("text", "expected"), [
    # digits after a scale word add to it: 3 мың 200, 1 млн 200 мың (a year after a scale stays apart)
    ("Билет 3 мың 200 теңге тұрады.", [("MONEY", "3 мың 200 теңге")]),
    ("Жобаға 1 млн 200 мың теңге бөлінді.", [("MONEY", "1 млн 200 мың теңге")]),
    ("Қорға 2 млрд 500 млн теңге түсті.", [("MONEY", "2 млрд 500 млн теңге")]),
    ("Жобаға 5 млн 2024 жылы бөлінді.", [("CARDINAL", "5 млн"), ("DATE", "2024 жылы")]),
    # ... not to an ablative: 3 мыңнан 200 теңгеге дейін is a range from 3000 down to 200, closed by дейін
    ("Бағасы 3 мыңнан 200 теңгеге дейін.", [("MONEY", "3 мыңнан 200 теңгеге дейін")]),
    # a date written in digits takes the abbreviated or written жыл after it
    ("Қаулы 12.05.2023 ж. қабылданды.", [("DATE", "12.05.2023 ж.")]),
    ("Шешім 01.09.2024 жылы күшіне енді.", [("DATE", "01.09.2024 жылы")]),
    # an age told by асқан and a word of the old; the count of people stays a count
    ("Ол елуден асқан шағында жазуды бастады.", [("DATE", "елуден")]),
    ("Жетпістен асқан қарияларға жеңілдік берілді.", [("DATE", "Жетпістен")]),
    ("Жиынға жүзден асқан адам жиналды.", [("CARDINAL", "жүзден")]),
    # below zero: нөлден төмен is a sign, and a signed range runs from the colder end
    ("Ауа температурасы нөлден төмен 10 градус.", [("QUANTITY", "нөлден төмен 10 градус")]),
    ("Ауа райы минус 15-20 градус болады.", [("QUANTITY", "минус 15-20 градус")]),
    # бір мезгілде, бір сәтте "at the same time, in a moment": no count beside another number
    ("Ол бір мезгілде екі жұмыс істейді.", [("CARDINAL", "екі")]),
    ("Бір сәтте үш адам кіріп келді.", [("CARDINAL", "үш")]),
    # таяу "close to" qualifies a count as жуық does (KazNERD leaves it out of a date, as жақын)
    ("Жобаға мыңға таяу маман тартылады.", [("CARDINAL", "мыңға таяу")]),
    ("Құрылыс 2030 жылға таяу бітеді.", [("DATE", "2030 жылға")]),
    # a count restated in brackets, as laws and contracts write it: one count, its brackets inside
    ("Шарт екі (2) данада жасалды.", [("CARDINAL", "екі (2)")]),
    ("Шарт 2 (екі) данада жасалды.", [("CARDINAL", "2 (екі)")]),
    ("Мектепте 5 (7) сынып бар.", [("CARDINAL", "5"), ("CARDINAL", "7")]),
    ("Олар 2 ( 2 ) елмен келісті.", [("CARDINAL", "2"), ("CARDINAL", "2")]),  # said twice, a speaker's repair
    # ш.м. "square metres" split by the tokenizer; its last period only before a lower-case word
    ("Жер көлемі 200 ш.м. құрады.", [("QUANTITY", "200 ш.м.")]),
    ("Пәтердің ауданы 80 ш.м.", [("QUANTITY", "80 ш.м")]),
    # an abbreviation's period split off by the tokenizer is the abbreviation's before a lower-case word
    ("Жөндеу 2 сағ. созылды.", [("TIME", "2 сағ.")]),
    ("Айыппұл 20 мың тг. құрады.", [("MONEY", "20 мың тг.")]),
    ("Жолдың ұзындығы 5 км. Ол жаңа.", [("QUANTITY", "5 км")]),
    # an en dash typed for the minus, glued to the number; after a number it joins a range
    ("Түнде аяз –10°С-қа дейін күшейеді.", [("TIME", "Түнде"), ("QUANTITY", "–10°С-қа дейін")]),
    ("Ауа 10 –15 градус жылы болады.", [("QUANTITY", "10 –15 градус жылы")]),
    # an age told by таяған "nearing": a round decade in the dative (not a count nearing a thousand)
    ("Отызға таяған жігіт жұмыс іздеп жүр.", [("DATE", "Отызға")]),
    ("Тіркелгендер саны мыңға таяған.", [("CARDINAL", "мыңға")]),
    # verbs spelled as a number with an ending: жүзді "swam" at a clause's end, жүзеді "swims", қырқты "cut"
    ("Балалар өзенде жүзді.", []),
    ("Олар бассейнде жүзеді.", []),
    ("Қатысушылар саны жүзді құрады.", [("CARDINAL", "жүзді")]),
    ("Қайшымен жіпті қырқты.", []),
    # a rank in Roman numerals before дәреже, санат, топ (a Roman numeral is all capitals, no name's first word)
    ("III санатты жол жөнделді.", [("ORDINAL", "III")]),
    ("I топтағы мүгедектерге жәрдемақы өсті.", [("ORDINAL", "I")]),
    ("II дүниежүзілік соғыс аяқталды.", []),
    # phenomena read right before these tests were written (guards)
    ("2021-інші — 2025-інші жылдар аралығында 1,2 трлн теңге бөлінеді.",
     [("DATE", "2021-інші — 2025-інші жылдар аралығында"), ("MONEY", "1,2 трлн теңге")]),
    ("Форумға 40-тан астам елден 2 мыңға жуық делегат келді.",
     [("CARDINAL", "40-тан астам"), ("CARDINAL", "2 мыңға жуық")]),
    ("Ұлттық банк 2024 жылдың IV тоқсанында мөлшерлемені 14,25 пайызда сақтады.",
     [("DATE", "2024 жылдың IV тоқсанында"), ("PERCENTAGE", "14,25 пайызда")]),
    ("Инвестор $300 млн салуға ниетті.", [("MONEY", "$300 млн")]),
    ("Салық 12 пайыздан 16 пайызға дейін көтеріледі.",
     [("PERCENTAGE", "12 пайыздан"), ("PERCENTAGE", "16 пайызға дейін")]),
    ("Мың тоғыз жүз тоқсан екінші жылдың он бесінші қарашасында ауылда мектеп ашылды.",
     [("DATE", "Мың тоғыз жүз тоқсан екінші жылдың он бесінші қарашасында")]),
    ("Бас бостандығынан үш жылдан бес жылға дейінгі мерзімге айыру қолданылады.",
     [("DATE", "үш жылдан бес жылға дейінгі")]),
    ("Балқаш көлінің ауданы 16,4 мың км².", [("QUANTITY", "16,4 мың км²")]),
    ("Елдегі жер қорының үштен бірі жайылымға тиесілі.", [("CARDINAL", "үштен бірі")]),
])
def test_written_text(text: str, expected: list[tuple[str, str]]) -> None:
    assert entities(text) == expected


def test_an_age_past_a_number_is_at_least_that_age() -> None:
    [age] = read_numbers("Ол тоқсаннан асқан шағында да еңбек етті.")
    assert (age.value, age.bound) == ("P90Y", "min")


@pytest.mark.parametrize(("text", "value"), [
    ("Ауа температурасы нөлден төмен 10 градус.", -10),
    ("Ауа райы минус 15-20 градус болады.", [-20, -15]),
    ("Ауа райы 3-5 градус суық болады.", [-5, -3]),
    ("Билет 3 мың 200 теңге тұрады.", 3200),
    ("Аяз –10°С-қа дейін күшейеді.", -10),
])
def test_values(text: str, value: object) -> None:
    assert [q.value for q in read_numbers(text)] == [value]
