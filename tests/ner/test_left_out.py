"""Names the CRF leaves out or misreads, through the whole pipeline (issue 12, the ner8 pass): peoples in lower case
and their languages, a land before өңірі, a village before аулы, a country's government, a rank, a quoted name before
an ensemble's head, a school named by its number in the dative. Every sentence is written for these tests; the rules
alone, with a decoy each, are tested in test_nations, test_places, test_quoted, test_generalise and test_named_things."""
import pytest

import taldau


@pytest.mark.parametrize("text, expected", [
    ("Кеше ауылға армяндар мен түрікмендер келді.", [("DATE", "Кеше"), ("NORP", "армяндар"), ("NORP", "түрікмендер")]),
    ("Ол немісше жақсы сөйлейді.", [("LANGUAGE", "немісше")]),
    ("Тарбағатай өңірінде қар жауды.", [("LOCATION", "Тарбағатай")]),
    ("Той Сейітов аулында өтті.", [("GPE", "Сейітов")]),
    ("Бұл келісім Жапония Үкіметімен жасалды.", [("ORGANISATION", "Жапония Үкіметімен")]),
    ("Ол полковник шенін алды.", [("POSITION", "полковник")]),
    ("«Көкжиек» халықтық би ансамблі өнер көрсетті.", [("ORGANISATION", "Көкжиек")]),
    ("Біз нөмірі 5-інші мектепке бардық.", [("ORDINAL", "5-інші")]),
    # decoys a review found: a subject and whom it addresses; a sentence's first word that is no name before a
    # patronymic; a common noun first; a tournament's group by a letter
    ("Парламент Үкіметке сұрау жолдады.", [("ORGANISATION", "Парламент"), ("ORGANISATION", "Үкіметке")]),
    ("Енді Ахметұлы сөйледі.", [("PERSON", "Ахметұлы")]),
    ("Ұстаз Бекұлы сабақ берді.", [("PERSON", "Бекұлы")]),
    ("Біздің команда «А» тобында ойнайды.", []),
])
def test_pipeline(text: str, expected: list) -> None:
    assert [(e.label, e.text) for e in taldau.analyze(text).entities] == expected
