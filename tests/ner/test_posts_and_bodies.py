"""Posts and bodies the CRF leaves out or cuts (eyetest12, ner13): a house of parliament first in a sentence, a country
first in a sentence read as a person before another name, a quoted company of common nouns before its legal form and a
post after that form, a body or a deputy's title named by two fields joined by және, a body with -мен. Rules alone on
labels given here, each with a decoy where it must not fire; every sentence is written for these tests."""
import pytest

import taldau
from taldau.ner.abbreviations import ministries_abbreviated
from taldau.ner.body_edges import (
    bodies_reach_their_head,
    places_begin_bodies,
    unfinished_bodies,
)
from taldau.ner.chambers import state_chambers
from taldau.ner.companies import legal_forms
from taldau.ner.fields import field_bodies
from taldau.ner.places import places_read_as_persons
from taldau.ner.written import known_bodies

# rule | words | the CRF's labels | after the rule
ROWS = [
    # a capitalised chamber left out alone is a body, first in a sentence too; not a plural or a derived word, nor one
    # before a head word (a post: the other rules')
    (state_chambers, "Сенат заңды бекітті", "O O O", "B-ORGANISATION O O"),
    (state_chambers, "Бүгін Мәжіліске жоба түсті", "B-DATE O O O", "B-DATE B-ORGANISATION O O"),
    (state_chambers, "Сенаторлар заңды бекітті", "O O O", "O O O"),
    (state_chambers, "Үкіметтік емес ұйымдар жиналды", "O O O O", "O O O O"),
    (state_chambers, "Мәжіліс төрағасы сөйледі", "O O O", "O O O"),
    (state_chambers, "Парламенттің қос палата спикері келді", "O O O O O", "O O O O O"),
    # a chamber read as a place alone is the body too, with "our" before its case; not a derived word
    (state_chambers, "Қазір Үкіметімізде жаңа жоба бар", "O B-GPE O O O", "O B-ORGANISATION O O O"),
    (state_chambers, "Үкіметтік бағдарлама қабылданды", "B-GPE O O", "B-GPE O O"),
    # a country's one-word name read alone as a person is the country; not a woman's given name, nor a person's name
    # of two words
    (places_read_as_persons, "Қырғызстан Ыстықкөл туризмін дамытады", "B-PERSON B-LOCATION O O",
     "B-GPE B-LOCATION O O"),
    (places_read_as_persons, "Индия бүгін келді", "B-PERSON B-DATE O", "B-PERSON B-DATE O"),
    (places_read_as_persons, "Асан Бекұлы келді", "B-PERSON I-PERSON O", "B-PERSON I-PERSON O"),
    # a quoted name left out before a legal form is a company; not one in lower case, nor one the CRF read
    (legal_forms, "« Жасыл алқап » АҚ несие береді", "O O O O O O O",
     "O B-ORGANISATION I-ORGANISATION O O O O"),
    (legal_forms, "« жасыл » АҚ туралы", "O O O O O", "O O O O O"),
    # a post of two words or more after the form, where the CRF ran the company and the post together, is a POSITION
    # of its own; not a post of one word, nor the words after the form when no post's head ends them
    (legal_forms, "« Темір жол » АҚ басқарма төрағасы Асан Бекұлы",
     "O B-POSITION I-POSITION I-POSITION I-POSITION I-POSITION I-POSITION B-PERSON I-PERSON",
     "O B-ORGANISATION I-ORGANISATION O O B-POSITION I-POSITION B-PERSON I-PERSON"),
    (legal_forms, "« Жарық » ЖШС-нің директоры келді .", "O B-POSITION I-POSITION I-POSITION I-POSITION O O",
     "O B-ORGANISATION O O O O O"),  # a post of one word is none of its own
    (legal_forms, "« Темір жол » АҚ акциялары өсті", "O B-POSITION I-POSITION I-POSITION I-POSITION I-POSITION O",
     "O B-ORGANISATION I-ORGANISATION O O O O"),
    # a body named by two fields, with -мен (a partner); a deputy's title; not a person's company, nor a body in the
    # locative (a place)
    (field_bodies, "Біз Туризм және спорт министрлігімен келістік", "O O O O O O",
     "O B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION O"),
    (field_bodies, "Ол Туризм және спорт вице-министрі болды", "O O O O O O",
     "O B-POSITION I-POSITION I-POSITION I-POSITION O"),
    (field_bodies, "Ол Асқар компаниясымен келісті", "O B-PERSON O O", "O B-PERSON O O"),
    # a ministry's initials, with a case ending or none, left out or read as a place: a body; not other capitals
    (ministries_abbreviated, "СІМ : Қазақстан келісімге мүдделі", "O O B-GPE O O", "B-ORGANISATION O B-GPE O O"),
    (ministries_abbreviated, "Ол ДСМ-нің хатын алды", "O B-GPE O O", "O B-ORGANISATION O O"),
    (ministries_abbreviated, "Ол СММ маманы", "O O O", "O O O"),
    # a number's span right before a body's name is no name it goes on; a person's is (the CRF ran the two together)
    (field_bodies, "Жүктің 80 пайызға жуығы Каспий құбыр консорциумы арқылы өтеді",
     "O B-PERCENTAGE I-PERCENTAGE I-PERCENTAGE B-LOCATION O O O O",
     "O B-PERCENTAGE I-PERCENTAGE I-PERCENTAGE B-ORGANISATION I-ORGANISATION I-ORGANISATION O O"),
    (field_bodies, "Асқар Сейітов Ақпарат агенттігі", "B-PERSON I-PERSON O O", "B-PERSON I-PERSON O O"),
    (field_bodies, "Біз Туризм министрлігінде болдық", "O O O O", "O O O O"),
    # inside a sentence a plural noun begins a body's name, the members it gathers; first in a sentence not (the
    # youth at large)
    (field_bodies, "Ол Қаржыгерлер қауымдастығының есебін келтірді", "O O O O O",
     "O B-ORGANISATION I-ORGANISATION O O"),
    (field_bodies, "Жастар қозғалысының белсенділігі артты", "O O O O", "O O O O"),
    # a partner's head with -мен is not added to a name the CRF ended before it (a team, no body's name)
    (bodies_reach_their_head, "ресейлік КПРФ командасымен ойнады", "B-NORP B-ORGANISATION O O",
     "B-NORP B-ORGANISATION O O"),
    # a body begun with a lowercase word right after a place in the nominative begins at the place; not after a place
    # in the locative or the genitive, which stands apart
    (places_begin_bodies, "Ол Теміртау металлургия колледжін бітірді", "O B-GPE B-ORGANISATION I-ORGANISATION O",
     "O B-ORGANISATION I-ORGANISATION I-ORGANISATION O"),
    (places_begin_bodies, "Ол Теміртаудағы металлургия колледжін бітірді", "O B-GPE B-ORGANISATION I-ORGANISATION O",
     "O B-GPE B-ORGANISATION I-ORGANISATION O"),
    (places_begin_bodies, "Қостанайдың аграрлық университеті корпус салды", "B-GPE B-ORGANISATION I-ORGANISATION O O",
     "B-GPE B-ORGANISATION I-ORGANISATION O O"),
    # a body the CRF ended on a bare adjective runs on over its task's words to its head; not one that ends in a case
    # (the genitive owns what follows) nor in Latin letters (a company KazNERD writes without its head word)
    (unfinished_bodies, "Ол Теміртау қалалық шұғыл көмек көрсету ауруханасына жетті",
     "O B-ORGANISATION I-ORGANISATION I-ORGANISATION O O O O",
     "O B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION O"),
    (unfinished_bodies, "Ұлттық банктің шағын несие ұйымы ашылды", "B-ORGANISATION I-ORGANISATION O O O O",
     "B-ORGANISATION I-ORGANISATION O O O O"),
    (unfinished_bodies, "Ол Bright Star инвестициялық банкімен келісті", "O B-ORGANISATION I-ORGANISATION O O O",
     "O B-ORGANISATION I-ORGANISATION O O O"),
]


# a country's genitive before a listed body of its own, in the nominative or the genitive, is one ORGANISATION with it;
# not before the body in the dative, where the genitive is the subject of what follows, nor before an abbreviation
ROWS += [
    (known_bodies, "АҚШ-тың Федералдық резервтік жүйесі мөлшерлемені көтерді", "B-GPE O O O O O",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION O O"),
    (known_bodies, "Түркияның Түркі мемлекеттері ұйымына қосқан үлесі", "B-GPE O O O O O",
     "B-GPE B-ORGANISATION I-ORGANISATION I-ORGANISATION O O"),
    (known_bodies, "Қазақстанның ЕАЭО-дағы үлесі өсті", "B-GPE O O O", "B-GPE B-ORGANISATION O O"),
]


@pytest.mark.parametrize("rule, words, labels, expected", ROWS)
def test_rule(rule, words: str, labels: str, expected: str) -> None:
    assert rule(words.split(), labels.split()) == expected.split()


# The whole pipeline on raw text, as a user runs it
TEXTS = [
    ("Сенат жаңа кодексті келесі айда қарайды.", {("ORGANISATION", "Сенат")}),
    ("Түрікменстан Каспий арқылы газ тасымалдауды көбейтеді.", {("GPE", "Түрікменстан"), ("LOCATION", "Каспий")}),
    ("«Жасыл алқап» АҚ фермерлерге несие береді.", {("ORGANISATION", "Жасыл алқап")}),
    ("Отырысқа Туризм және спорт вице-министрі Дәурен Абаев қатысты.",
     {("POSITION", "Туризм және спорт вице-министрі"), ("PERSON", "Дәурен Абаев")}),
    ("Компания Мәдениет және ақпарат министрлігімен шарт жасасты.",
     {("ORGANISATION", "Мәдениет және ақпарат министрлігімен")}),
    # the US central bank, a body of bodies.tsv
    ("Банк Федералдық резервтік жүйесінің шешімін күтіп отыр.", {("ORGANISATION", "Федералдық резервтік жүйесінің")}),
    # a school named by its town and its field, училище a head word as колледж is
    ("Ол Семей медициналық училищесін бітірген.", {("ORGANISATION", "Семей медициналық училищесін")}),
]


@pytest.mark.parametrize("text, expected", TEXTS, ids=[text[:20] for text, _ in TEXTS])
def test_raw_text(text: str, expected: set[tuple[str, str]]) -> None:
    found = {(e.label, e.text) for e in taldau.analyze(text).entities}
    assert expected <= found, found


def test_plural_chamber_stays_out() -> None:
    """Сенаторлар (senators) is no body."""
    found = {e.text for e in taldau.analyze("Сенаторлар жаңа кодексті келесі айда қарайды.").entities}
    assert "Сенаторлар" not in found
