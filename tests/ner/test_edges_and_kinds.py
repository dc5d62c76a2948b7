"""Where a name ends and what it names (names18, from eyetest18's entity defects): a listed body before another
capitalised word, an abbreviation after a body's head word, a Latin company after a country, a document named after
a town, a spaceport and a spacecraft, the Earth, КСРО, a post of a body named by its kind word alone.
Rules alone on labels given here, each with a decoy where it must not fire (a real place, a title that is a POSITION,
a body that does go on into the next word); every sentence is written for these tests."""
import pytest

import taldau
from taldau.ner.body_edges import bodies_end_at_head, listed_bodies_end
from taldau.ner.companies import latin_names_begin
from taldau.ner.laws import city_documents
from taldau.ner.places import the_earth
from taldau.ner.positions import posts_of_unnamed_bodies
from taldau.ner.quoted import quoted_by_head
from taldau.ner.sites import sites

# rule | words | the CRF's labels | after the rule
ROWS = [
    # a one-word listed body, then capitalised words with no head word: the body alone
    (listed_bodies_end, "Еуроодақ Транскаспий бағытына қаржы бөлді", "B-ORGANISATION I-ORGANISATION O O O",
     "B-ORGANISATION O O O O"),
    # decoys: the body's own part, possessed (a council of it), and a head word after it
    (listed_bodies_end, "НАТО Әскери Комитеті жиналды", "B-ORGANISATION I-ORGANISATION I-ORGANISATION O",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION O"),
    (listed_bodies_end, "Еуроодақ Комиссиясы шешті", "B-ORGANISATION I-ORGANISATION O",
     "B-ORGANISATION I-ORGANISATION O"),
    # an abbreviation in capitals after a body's head word begins the next phrase
    (bodies_end_at_head, "Қаржы министрлігі ҚҚС мөлшерлемесін көтермейді",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION O O", "B-ORGANISATION I-ORGANISATION O O O"),
    (bodies_end_at_head, "Білім министрі ЖОО-ларды тексерді", "B-POSITION I-POSITION I-POSITION O",
     "B-POSITION I-POSITION O O"),
    # decoy: a capitalised genitive that is a head itself goes on with the title
    (bodies_end_at_head, "Парламенті Сенатының Төрағасы келді", "B-POSITION I-POSITION I-POSITION O",
     "B-POSITION I-POSITION I-POSITION O"),
    # a Latin company after a country: the country apart, the company without its Kazakh descriptor
    (latin_names_begin, "Жапонияның Hitachi корпорациясы береді", "B-ORGANISATION I-ORGANISATION I-ORGANISATION O",
     "B-GPE B-ORGANISATION O O"),
    (latin_names_begin, "Үкімет Acme Power компаниясымен келісті",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION O", "B-ORGANISATION B-ORGANISATION I-ORGANISATION O O"),
    # a town before a declaration's or an agreement's word: one LAW; a country's law stays the country
    (city_documents, "Астана декларациясы қабылданды", "B-GPE O O", "B-LAW I-LAW O"),
    (city_documents, "Олар Женева конвенциясын бұзды", "O O O O", "O B-LAW I-LAW O"),
    (city_documents, "Франция заңына сәйкес", "B-GPE O O", "B-GPE O O"),
    (city_documents, "Астана қаласында келісім жасалды", "B-GPE O O O", "B-GPE O O O"),
    # decoy: before бер- келісім is the consent of the government the town stands for
    (city_documents, "Кейін Мәскеу келісімін берді", "O B-GPE O O", "O B-GPE O O"),
    (city_documents, "Олар Париж келісімін бұзды", "O B-GPE O O", "O B-LAW I-LAW O"),
    # a spaceport or a harbour: the name alone a FACILITY; not a place in a case (where the port is)
    (sites, "Зымыран Байқоңыр ғарыш айлағынан ұшты", "O B-GPE O O O", "O B-FACILITY O O O"),
    (sites, "Жүк Восточный айлағына жетті", "O B-GPE O O", "O B-FACILITY O O"),
    (sites, "Зымыран Байқоңыр ғарыш айлағынан ұшты", "O B-FACILITY I-FACILITY O O", "O B-FACILITY O O O"),
    (sites, "Қызылорда облысындағы айлақтар көп", "B-GPE I-GPE O O", "B-GPE I-GPE O O"),
    # a region's word in a case inside the place's name ends it: the field is in the region, not named after it
    (sites, "Ол Жетісу облысында мыс кен орнын игереді", "O B-GPE I-GPE O O O O", "O B-GPE I-GPE O O O O"),
    # decoy: a sea's or a river's own head word inside its name is no modifier of the port: the sea's ports
    (sites, "Қара теңіз порттары жабылды", "B-LOCATION I-LOCATION O O", "B-LOCATION I-LOCATION O O"),
    (sites, "Жүк Ертіс өзені портына жетті", "O B-LOCATION I-LOCATION O O", "O B-LOCATION I-LOCATION O O"),
    # a quoted name before кемесі, a ship or a spacecraft: a PRODUCT
    (quoted_by_head, "Ол « Шұғыла-2 » кемесімен ұшты", "O O B-ORGANISATION O O O", "O O B-PRODUCT O O O"),
    (quoted_by_head, "Ол « Шұғыла » газетінде жазды", "O O B-ORGANISATION O O O", "O O B-ORGANISATION O O O"),
    # Жер capitalised after a word: the planet; first in a sentence: land
    (the_earth, "Станция Жердің айналасында ұшады", "O O O O", "O B-LOCATION O O"),
    (the_earth, "Жер бағасы өсті", "O O O", "O O O"),
    (the_earth, "Фермер жер сатты", "O O O", "O O O"),
    # decoy: bare before a possessed noun it modifies, the first word of a title: land (the land law)
    (the_earth, "Фермерлер , Жер заңы бойынша , үлес алады", "O O O O O O O O", "O O O O O O O O"),
    (the_earth, "Бұл кітап Жер туралы", "O O O O", "O O B-LOCATION O"),
    # a body's kind word alone before a post: no name; a state's chamber or a named body: a POSITION
    (posts_of_unnamed_bodies, "Қауымдастық төрағасы сөйледі", "B-POSITION I-POSITION O", "O O O"),
    (posts_of_unnamed_bodies, "Одақ басшысы Ерлан Сейітов келді", "B-POSITION I-POSITION B-PERSON I-PERSON O",
     "O O B-PERSON I-PERSON O"),
    (posts_of_unnamed_bodies, "Сенат төрағасы сөйледі", "B-POSITION I-POSITION O", "B-POSITION I-POSITION O"),
    (posts_of_unnamed_bodies, "Еурокомиссия төрағасы келді", "B-POSITION I-POSITION O", "B-POSITION I-POSITION O"),
    (posts_of_unnamed_bodies, "Фермерлер қауымдастығының төрағасы келді", "B-POSITION I-POSITION I-POSITION O",
     "B-POSITION I-POSITION I-POSITION O"),
]


@pytest.mark.parametrize("rule, words, labels, expected", ROWS)
def test_rule(rule, words: str, labels: str, expected: str) -> None:
    assert rule(words.split(), labels.split()) == expected.split()


# The whole pipeline on raw text: what must be found, and what must not
TEXTS = [
    ("Еуроодақ Транскаспий бағытына қаржы бөлмек.", {("ORGANISATION", "Еуроодақ")}, {"Еуроодақ Транскаспий"}),
    ("Денсаулық сақтау министрлігі ҚҚС туралы хат жазды.", {("ORGANISATION", "Денсаулық сақтау министрлігі")},
     {"Денсаулық сақтау министрлігі ҚҚС"}),
    ("Құрылғыны Қытайдың Huawei корпорациясы жеткізеді.", {("GPE", "Қытайдың"), ("ORGANISATION", "Huawei")},
     {"Huawei корпорациясы"}),
    ("Кеңесте Астана декларациясы талқыланды.", {("LAW", "Астана декларациясы")}, {"Астана"}),
    ("Министрлер Астана қаласында кездесті.", {("GPE", "Астана")}, set()),
    ("Зымыран Байқоңыр ғарыш айлағынан ұшырылды.", {("FACILITY", "Байқоңыр")}, set()),
    ("Байқоңыр қаласында жаңа мектеп ашылды.", {("GPE", "Байқоңыр")}, set()),
    ("Компания Жетісу облысында мыс кен орнын игеруге ниетті.", {("GPE", "Жетісу облысында")}, {"Жетісу"}),
    ("Ғарышкер «Шұғыла-2» кемесімен ұшты.", {("PRODUCT", "Шұғыла-2")}, set()),
    ("Станция Жердің айналасында тоқсан минутта айналады.", {("LOCATION", "Жердің")}, set()),
    ("Зауыт КСРО ыдырағаннан кейін жабылды.", {("GPE", "КСРО")}, set()),
    ("Ол КСРО Қорғаныс министрлігінің шешімін оқыды.", {("ORGANISATION", "КСРО Қорғаныс министрлігінің")}, {"КСРО"}),
    ("Қауымдастық төрағасы Ерлан Сейітов жобаға қарсы.", {("PERSON", "Ерлан Сейітов")}, {"Қауымдастық төрағасы"}),
    ("Мәжіліс төрағасы Ерлан Сейітов заңды қолдады.", {("POSITION", "Мәжіліс төрағасы")}, set()),
]


@pytest.mark.parametrize("text, expected, absent", TEXTS, ids=[text[:20] for text, _, _ in TEXTS])
def test_raw_text(text: str, expected: set[tuple[str, str]], absent: set[str]) -> None:
    found = {(e.label, e.text) for e in taldau.analyze(text).entities}
    assert expected <= found, found
    assert not absent & {name for _, name in found}, found
