"""Names the CRF runs together or cuts at a word that opens them, and bodies it misses (eye test 17). Rules alone on
labels given here, each with a decoy where it must not fire, then sentences through the whole pipeline; every sentence
is written for these tests."""
import pytest

import taldau
from taldau.ner.adjacent import articles_begin_names
from taldau.ner.body_edges import bodies_begun_by_adjectives, bodies_end_before_local_bodies
from taldau.ner.fields import field_bodies, national_bodies
from taldau.ner.nations import demonyms_before_latin, peoples_left_out
from taldau.ner.person_edges import named_after
from taldau.ner.places import local_bodies
from taldau.ner.written import known_bodies

ORG3 = "B-ORGANISATION I-ORGANISATION I-ORGANISATION"

# rule | words | the CRF's labels | after the rule
ROWS = [
    # a body's head in the nominative, then a unit's own body: two names, the unit's alone none (облыс әкімдігі)
    (bodies_end_before_local_bodies, "Энергетика министрлігі облыс әкімдігінің ұсынысын мақұлдады",
     f"{ORG3} I-ORGANISATION O O", "B-ORGANISATION I-ORGANISATION O O O O"),
    (bodies_end_before_local_bodies, "Азия даму банкі Павлодар қаласы әкімдігімен келісті",
     f"{ORG3} I-ORGANISATION I-ORGANISATION I-ORGANISATION O", f"{ORG3} {ORG3} O"),
    # not a nested name that goes on with a capitalised word or a unit's adjective, nor a genitive head
    (bodies_end_before_local_bodies, "Біріккен Ұлттар Ұйымы Бас Ассамблеясының отырысы",
     f"{ORG3} I-ORGANISATION I-ORGANISATION O", f"{ORG3} I-ORGANISATION I-ORGANISATION O"),
    (bodies_end_before_local_bodies, "Аманат партиясы Жамбыл облыстық филиалы хабарлады",
     f"{ORG3} I-ORGANISATION I-ORGANISATION O", f"{ORG3} I-ORGANISATION I-ORGANISATION O"),
    (bodies_end_before_local_bodies, "Қаржы министрлігінің облыс әкімдігіндегі өкілі",
     f"{ORG3} I-ORGANISATION O", f"{ORG3} I-ORGANISATION O"),
    # a country's people (a possessed plural) before a bare head word: a partner, no body of the country's
    (local_bodies, "Жапония мен Корея мамандары университетпен бірге зерттейді", "B-GPE O B-GPE O O O O",
     "B-GPE O B-GPE O O O O"),
    (local_bodies, "Маңғыстау облысы әкімдігі хабарлады", "B-GPE I-GPE O O", f"{ORG3} O"),
    (local_bodies, "Қазақстан мұсылмандары діни басқармасы мәлімдеді", "B-GPE O O O O",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION O"),
    # a people's name before a Latin company: a NORP (a country's name, a GPE), then the company
    (demonyms_before_latin, "Француз Orano Mining компаниясы уран өндіреді", f"{ORG3} O O O",
     "B-NORP B-ORGANISATION I-ORGANISATION O O O"),
    (demonyms_before_latin, "Қытай CNPC компаниясы келісті", "B-ORGANISATION I-ORGANISATION O O",
     "B-GPE B-ORGANISATION O O"),
    (demonyms_before_latin, "Ауыл Energy компаниясы келісті", "B-ORGANISATION I-ORGANISATION O O",
     "B-ORGANISATION I-ORGANISATION O O"),
    # a capitalised article inside a sentence begins the name after it; not ал opening a sentence or after a comma
    (articles_begin_names, "Бахрейннің Ал Барака қоры үлесін арттырды", "B-GPE O B-ORGANISATION I-ORGANISATION O O",
     "B-GPE B-ORGANISATION I-ORGANISATION I-ORGANISATION O O"),
    (articles_begin_names, "Ал Ресей нарығынан кетті", "O B-GPE O O", "O B-GPE O O"),
    (articles_begin_names, "Біз келдік , Ал Ресей кетті", "O O O O B-GPE O", "O O O O B-GPE O"),
    (articles_begin_names, "Бахрейннің Ал барака", "B-GPE O O", "B-GPE O O"),
    # nor before a place: the conjunction after a full stop left out
    (articles_begin_names, "Жиынға 20 адам қатысты Ал Ресей өкілдері келмеді", "O B-CARDINAL O O O B-GPE O O",
     "O B-CARDINAL O O O B-GPE O O"),
    # a body's name begun at атындағы, after the person the initials' rule read apart: one ORGANISATION
    (named_after, "Қ. Сәтпаев атындағы Геология институты карта жасады",
     f"B-PERSON I-PERSON {ORG3} O O", f"{ORG3} I-ORGANISATION I-ORGANISATION O O"),
    (named_after, "Қ. Сәтпаев геология институтында істеді", "B-PERSON I-PERSON B-ORGANISATION I-ORGANISATION O",
     "B-PERSON I-PERSON B-ORGANISATION I-ORGANISATION O"),
    # a deputy's title after a listed body keeps the CRF's POSITION; a body's verb after it does not
    (known_bodies, "Оған Еуропалық комиссияның вице-президенті Анна Шмидт қатысты",
     "O B-POSITION I-POSITION I-POSITION B-PERSON I-PERSON O", "O B-POSITION I-POSITION I-POSITION B-PERSON I-PERSON O"),
    # a field of two words joined by a hyphen, one token or split, first in a sentence before a ministry
    (field_bodies, "Оқу-ағарту министрлігі оқулық шығарады", "O O O O", "B-ORGANISATION I-ORGANISATION O O"),
    (field_bodies, "Мәдени - ағарту министрлігі бағдарлама әзірледі", "O O O O O O",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION O O"),
    (field_bodies, "Жол-құрылыс басқармасы жұмыс істейді", "O O O O", "O O O O"),  # no national body's head
    # an adjective that begins bodies, read alone as a people, before a field and a body's head
    (bodies_begun_by_adjectives, "Еуропалық инвестициялық банк жобаны қаржыландырады", "B-NORP O O O O",
     f"{ORG3} O O"),
    (bodies_begun_by_adjectives, "Қытайлық компания зауыт салады", "B-NORP O O O", "B-NORP O O O"),
    (bodies_begun_by_adjectives, "Қазақстандық экспорттаушы компания нарыққа шықты", "B-NORP O O O O",
     "B-NORP O O O O"),
    # Ұлттық before a bare head word: the state's body (its fund a PROJECT); not before another noun or a possessed head
    (national_bodies, "Ұлттық банк онлайн-төлемдерді шектейді", "O O O O", "B-ORGANISATION I-ORGANISATION O O"),
    (national_bodies, "Ұлттық қордан қаражат алынды", "O O O O", "B-PROJECT I-PROJECT O O"),
    (national_bodies, "Ұлттық валюта нығайды", "O O O", "O O O"),
    (national_bodies, "Ұлттық компаниясы мен әкімдік", "O O O O", "O O O O"),
    # nor a plural, a kind of body (national universities), nor a head that is a verbal noun's bare object
    (national_bodies, "Ұлттық университеттер рейтингі жарияланды", "O O O O", "O O O O"),
    (national_bodies, "Ұлттық агенттік құру ұсынылды", "O O O O", "O O O O"),
    # a pair of peoples in one hyphenated word is a NORP; not a people joined to another word
    (peoples_left_out, "Ол Қостанайдағы орыс-қазақ мектебін бітірді", "O B-GPE O O O",
     "O B-GPE B-NORP O O"),
    (peoples_left_out, "Ол орыс-тілді мектепте оқыды", "O O O O", "O O O O"),
]


@pytest.mark.parametrize("rule, words, labels, expected", ROWS)
def test_rule(rule, words: str, labels: str, expected: str) -> None:
    assert rule(words.split(), labels.split()) == expected.split()


# a sentence through the pipeline | the entities (label, text) it must hold | the spans it must not
PIPELINE = [
    ("Энергетика министрлігі облыс әкімдігінің ұсынысын мақұлдады.", [("ORGANISATION", "Энергетика министрлігі")],
     ["Энергетика министрлігі облыс әкімдігінің"]),
    ("Жапония мен Корея мамандары университетпен бірлесіп зерттеу жүргізді.", [("GPE", "Жапония"), ("GPE", "Корея")],
     ["Корея мамандары университетпен"]),
    ("Француз Orano Mining компаниясы уран өндіруді жоспарлап отыр.",
     [("NORP", "Француз"), ("ORGANISATION", "Orano Mining")], ["Француз Orano Mining"]),
    ("Bahreinnıñ Al Baraka investitsiialyq qory ülesın arttyrdy.", [("GPE", "Bahreinnıñ")],
     ["Baraka investitsiialyq qory"]),
    ("Қ. Сәтпаев атындағы Геология ғылымдары институты жаңа карта жасады.",
     [("ORGANISATION", "Қ. Сәтпаев атындағы Геология ғылымдары институты")], ["Қ. Сәтпаев"]),
    ("Келісімге Еуропалық комиссияның вице-президенті Марк Дюпон қол қойды.",
     [("POSITION", "Еуропалық комиссияның вице-президенті")], ["Еуропалық комиссияның"]),
    ("Еуропалық инвестициялық банк бұл жобаны қаржыландыруға дайын.",
     [("ORGANISATION", "Еуропалық инвестициялық банк")], ["Еуропалық"]),
]


@pytest.mark.parametrize("text, present, absent", PIPELINE)
def test_pipeline(text: str, present: list[tuple[str, str]], absent: list[str]) -> None:
    found = [(e.label, e.text) for e in taldau.analyze(text).entities]
    assert all(entity in found for entity in present), found
    assert not any(text_ == span for span in absent for _, text_ in found), found


def test_article_joins_the_latin_name() -> None:
    """Al, read ал in a Latin sentence, stays the first word of the name after it."""
    found = [e.text for e in taldau.analyze("Bahreinnıñ Al Baraka investitsiialyq qory ülesın arttyrdy.").entities]
    assert any(text.startswith("Al Baraka") for text in found), found
