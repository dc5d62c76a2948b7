"""A place's name read one way through a document (`taldau.ner.named_kinds`): a text that names a lake or a river with
its kind word means that place by its bare name too, unless it names the town (or a district) of the same name as
well. Every text is written for these tests."""
import pytest

import taldau


def _places(text: str) -> list[tuple[str, str]]:
    return [(e.label, e.text) for e in taldau.analyze(text).entities if e.label in ("GPE", "LOCATION")]


@pytest.mark.parametrize("text, expected", [
    # the lake named with көлі, then bare, before and after it: the lake each time
    ("Балқашты құтқару керек. Биыл Балқаш көлінің суы азайды. Балқаш маңындағы балықшылар алаңдап отыр.",
     [("LOCATION", "Балқашты"), ("LOCATION", "Балқаш"), ("LOCATION", "Балқаш")]),
    # decoy: the text also names the town with қаласы, so a bare mention keeps the gazetteer's town
    ("Балқаш қаласының тұрғындары Балқаш көлінің жағасында демалды. Кешке олар Балқашқа оралды.",
     [("GPE", "Балқаш"), ("LOCATION", "Балқаш"), ("GPE", "Балқашқа")]),
    # decoy: a district of the same name, with ауданы: each mention as its sentence reads it
    ("Балқаш ауданында жаңа мектеп салынды. Балқаш көлінің жағасы тазартылды. Мұғалімдер Балқашқа көшті.",
     [("GPE", "Балқаш"), ("LOCATION", "Балқаш"), ("GPE", "Балқашқа")]),
    # decoy: no kind word in the text, the town as before
    ("Биыл Балқашта жаңа мектеп ашылды.", [("GPE", "Балқашта")]),
])
def test_one_reading_a_document(text: str, expected: list) -> None:
    assert _places(text) == expected


def test_a_lake_has_no_country_link() -> None:
    """The bare name read as the lake loses the town's link, as the lake named with көлі has none."""
    doc = taldau.analyze("Балқаш көлі тартылып барады. Ғалымдар Балқашты зерттеп жүр.")
    assert [(e.label, e.link) for e in doc.entities if e.canonical == "Балқаш"] == [("LOCATION", None)] * 2
