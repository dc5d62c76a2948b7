"""Names the CRF runs together or misreads beside another (issue 12, ner9): a stray inside label after another class, a
country beside a river, a body's agency, an abbreviation read as a place, a quoted name read by the noun after it, a
quoted body inside a title, a name that ends at a locative or an ablative, an honorary title, a city's centre, a body
before its members. Rules alone on labels given here, each with a decoy where it must not fire; every sentence is
written for these tests."""
import pytest

import taldau
from taldau.ner import heads
from taldau.ner.abbreviations import abbreviations_read_as_places, coordinated_names
from taldau.ner.body_edges import bodies_end_before_members, countries_own_bodies
from taldau.ner.edges import names_end_at_place_cases
from taldau.ner.labels import begun
from taldau.ner.offices import honorary_titles
from taldau.ner.places import seats, unnamed_local_bodies
from taldau.ner.positions import quoted_bodies_in_positions, titles_of_bodies
from taldau.ner.quoted import parties, quoted_by_head
from taldau.ner.waters import waters
from taldau.ner.written import agencies

# rule | words | the CRF's labels | after the rule
ROWS = [
    # a country, then a river in the ablative the CRF ran into it: two names; not a river's own longer name, nor a
    # region named after a river before the river
    (waters, "Қытай Ертістен су алады", "B-GPE I-GPE O O", "B-GPE B-LOCATION O O"),
    (waters, "Ресей Жайықтан балық аулайды", "B-GPE I-GPE O O", "B-GPE B-LOCATION O O"),
    (waters, "Қара Ертістен су алынды", "B-LOCATION I-LOCATION O O", "B-LOCATION I-LOCATION O O"),
    (waters, "Ертіс ауданы Ертістен су алады", "B-GPE I-GPE B-LOCATION O O", "B-GPE I-GPE B-LOCATION O O"),
    # a country in the genitive before a body named by common words is part of its name; not before a body's own name
    (countries_own_bodies, "АҚШ-тың Халықаралық даму агенттігі қаржыландырады",
     "B-GPE B-ORGANISATION I-ORGANISATION I-ORGANISATION O",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION O"),
    (countries_own_bodies, "Ресейдің Газпром компаниясы келісті", "B-GPE B-ORGANISATION I-ORGANISATION O",
     "B-GPE B-ORGANISATION I-ORGANISATION O"),
    (countries_own_bodies, "Қазақстанның Дүниежүзілік сауда ұйымына кіруі",
     "B-GPE B-ORGANISATION I-ORGANISATION I-ORGANISATION O", "B-GPE B-ORGANISATION I-ORGANISATION I-ORGANISATION O"),
    # the spelling after the Russian Амударья is the river too, and a district named after it stays the district
    (waters, "Амудария суының деңгейі", "O O O", "B-LOCATION O O"),
    (waters, "Амудария ауданы су алады", "B-GPE I-GPE O O", "B-GPE I-GPE O O"),
    # a body's one-word name, a capitalised word and its agency's head word: one ORGANISATION; not a title, not the
    # body's generic programme, not a Latin-named one
    (agencies, "БҰҰ Даму бағдарламасы грант бөлді", "B-PROJECT I-PROJECT O O O",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION O O"),
    (agencies, "БҰҰ Халық қорының есебі", "B-ORGANISATION O O O", "B-ORGANISATION I-ORGANISATION I-ORGANISATION O"),
    (agencies, "БҰҰ Бас хатшысы келді", "B-POSITION I-POSITION I-POSITION O", "B-POSITION I-POSITION I-POSITION O"),
    (agencies, "БҰҰ бағдарламасы аясында", "B-ORGANISATION O O", "B-ORGANISATION O O"),
    (agencies, "ЕО Horizon бағдарламасы бойынша", "B-ORGANISATION B-PROJECT O O", "B-ORGANISATION B-PROJECT O O"),
    # an abbreviation in capitals read as a place the gazetteer lacks is a body; not a country's or a region's
    (abbreviations_read_as_places, "ҚТЖ және ҚМГ келісті", "B-GPE O B-ORGANISATION O", "B-ORGANISATION O B-ORGANISATION O"),
    (abbreviations_read_as_places, "ҚТЖ-ның жолаушылары", "B-GPE O", "B-ORGANISATION O"),
    (abbreviations_read_as_places, "АҚШ пен ҚХР келісті", "B-GPE O B-GPE O", "B-GPE O B-GPE O"),
    (abbreviations_read_as_places, "ШҚО-да жаңбыр жауды", "B-GPE O O", "B-GPE O O"),
    # a spelled-out abbreviation and a Latin company joined by және are a name each; not a body of two fields
    (coordinated_names, "ҚТЖ және COSCO Shipping келісті", "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION O",
     "B-ORGANISATION O B-ORGANISATION I-ORGANISATION O"),
    (coordinated_names, "Білім және ғылым министрлігі", "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION"),
    (abbreviations_read_as_places, "Астана және Тараз", "B-GPE O B-GPE", "B-GPE O B-GPE"),
    # a quoted name before a road map, a concept, a campaign, a tractor, a highway: of that class, the quotation whole
    # where the CRF left it out; not before a noun of no such kind, nor a name in the genitive (the company's shares)
    (quoted_by_head, "« Жасыл аула » жол картасын бекітті", "O B-ORGANISATION I-ORGANISATION O O O O",
     "O B-PROJECT I-PROJECT O O O O"),
    (quoted_by_head, "« Әділ қоғам » тұжырымдамасын ұсынды", "O O O O O O", "O B-PROJECT I-PROJECT O O O"),
    (quoted_by_head, "« Таза өзен » акциясына қатысты", "O B-ORGANISATION I-ORGANISATION O O O",
     "O B-EVENT I-EVENT O O O"),
    (quoted_by_head, "Зауыт « Дала » тракторларын шығарады", "O O B-GPE O O O", "O O B-PRODUCT O O O"),
    (quoted_by_head, "« Орал – Ақсай » тасжолын жөндеді", "O O O O O O O", "O B-FACILITY I-FACILITY I-FACILITY O O O"),
    (quoted_by_head, "« Дала » тұрғындары жиналды", "O B-ORGANISATION O O O", "O B-ORGANISATION O O O"),
    (quoted_by_head, "« Қазмұнайдың » акциялары қымбаттады", "O B-ORGANISATION O O O", "O B-ORGANISATION O O O"),
    # also after атты, деген (named so); not a saying's word (деген сөз)
    (quoted_by_head, "« Алтай » деген техника алдық", "O B-ORGANISATION O O O O", "O B-PRODUCT O O O O"),
    (quoted_by_head, "« Таза аула » атты шара өтті", "O O O O O O O", "O B-EVENT I-EVENT O O O O"),
    (quoted_by_head, "« Жаңа заң » деген сөз айтылды", "O O O O O O O", "O O O O O O O"),
    # an article's title, in quotes before its noun, is an ART whatever the CRF read in it
    (parties, "Ол « Тәуелсіз Қазақстан » мақаласын жазды", "O O O B-GPE O O O", "O O B-ART I-ART O O O"),
    (parties, "Ол « Тәуелсіз Қазақстан » ұранын айтты", "O O O B-GPE O O O", "O O O B-GPE O O O"),
    # a quoted body, bare nouns before its head in the genitive, and a title: one POSITION, also with a title heads.tsv
    # lacks (журналисі, төрайымы); not where no title follows, nor over a common noun that is no title
    (titles_of_bodies, "« Таза су » ақпарат агенттігінің журналисі Ерлан айтты",
     "O B-ORGANISATION I-ORGANISATION O O O O B-PERSON O",
     "B-POSITION I-POSITION I-POSITION I-POSITION I-POSITION I-POSITION I-POSITION B-PERSON O"),
    (titles_of_bodies, "« Ақ желкен » арнасының төрайымы сөйледі", "O B-ORGANISATION I-ORGANISATION O O O O",
     "B-POSITION I-POSITION I-POSITION I-POSITION I-POSITION I-POSITION O"),
    (titles_of_bodies, "« Таза су » ақпарат агенттігінің хабарлауынша", "O B-ORGANISATION I-ORGANISATION O O O O",
     "O B-ORGANISATION I-ORGANISATION O O O O"),
    (titles_of_bodies, "« Таза су » агенттігінің ғимараты", "O B-ORGANISATION I-ORGANISATION O O O",
     "O B-ORGANISATION I-ORGANISATION O O O"),
    # when the post was held, between the body and its title; not before a noun that is no title
    (titles_of_bodies, "Ұлттық банктің бұрынғы басшысы келді", "B-ORGANISATION I-ORGANISATION O O O",
     "B-POSITION I-POSITION I-POSITION I-POSITION O"),
    (titles_of_bodies, "Ұлттық банктің бұрынғы ғимараты сатылды", "B-ORGANISATION I-ORGANISATION O O O",
     "B-ORGANISATION I-ORGANISATION O O O"),
    # a quoted body right before a title: one POSITION with it; not before a word that only begins like a title
    (titles_of_bodies, "Бұл « Гүлдер Медиа » президенті Ерланның пікірі", "O O B-ORGANISATION I-ORGANISATION O O B-PERSON O",
     "O B-POSITION I-POSITION I-POSITION I-POSITION I-POSITION B-PERSON O"),
    (titles_of_bodies, "« Гүлдер Медиа » басшылығымен кездесті", "O B-ORGANISATION I-ORGANISATION O O O",
     "O B-ORGANISATION I-ORGANISATION O O O"),
    # a student's post by the year of study after a school's name: one POSITION with it; not many students, nor a
    # year of study with no post after it
    (titles_of_bodies, "Ол Қостанай педагогикалық университетінің екінші курс студенті",
     "O B-ORGANISATION I-ORGANISATION I-ORGANISATION O O O",
     "O B-POSITION I-POSITION I-POSITION I-POSITION I-POSITION I-POSITION"),
    (titles_of_bodies, "« Қарлығаш » мектебінің он екінші сынып оқушысы келді", "O B-ORGANISATION O O O O O O O",
     "B-POSITION I-POSITION I-POSITION I-POSITION I-POSITION I-POSITION I-POSITION I-POSITION O"),
    (titles_of_bodies, "« Қарлығаш » мектебінің он екінші сынып оқушысы келді", "O B-FACILITY O O O O O O O",
     "B-POSITION I-POSITION I-POSITION I-POSITION I-POSITION I-POSITION I-POSITION I-POSITION O"),
    (titles_of_bodies, "« Қарлығаш » мектебінің директоры келді", "O B-FACILITY O O O O",
     "O B-FACILITY O O O O"),
    (titles_of_bodies, "Қостанай педагогикалық университетінің екінші курс студенттері келді",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION O O O O", "B-ORGANISATION I-ORGANISATION I-ORGANISATION O O O O"),
    (titles_of_bodies, "Қостанай педагогикалық университетінің екінші курсында оқиды",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION O O O", "B-ORGANISATION I-ORGANISATION I-ORGANISATION O O O"),
    # a POSITION the CRF began inside the quotes and ran on over the closing one begins at the opening quote; not one
    # that ends inside them
    (quoted_bodies_in_positions, "« Жасыл дала » бірлестігінің төрағасы келді",
     "O B-POSITION I-POSITION I-POSITION I-POSITION I-POSITION O",
     "B-POSITION I-POSITION I-POSITION I-POSITION I-POSITION I-POSITION O"),
    (quoted_bodies_in_positions, "« Бас дәрігер » фильмі", "O B-POSITION I-POSITION O O", "O B-POSITION I-POSITION O O"),
    # a name ends at a word in the locative or the ablative; the words after it a name of their own only before a head word; not a
    # place in -дағы inside a longer name, nor a person, nor a quotation
    (names_end_at_place_cases, "Үкіметте Білім вице-министрі сөйледі", "B-ORGANISATION I-ORGANISATION I-ORGANISATION O",
     "B-ORGANISATION B-POSITION I-POSITION O"),
    # a place of the gazetteer it ends at is that place, where the post is (Ордада above is no place of the gazetteer)
    (names_end_at_place_cases, "Делегацияны Павлодарда облыс әкімінің орынбасары қарсы алды",
     "O B-POSITION I-POSITION I-POSITION I-POSITION O O", "O B-GPE O O O O O"),
    (names_end_at_place_cases, "Ауғанстан Амудариядан су алатын канал салып жатыр",
     "B-GPE B-FACILITY I-FACILITY I-FACILITY I-FACILITY O O", "B-GPE B-LOCATION O O O O O"),
    (names_end_at_place_cases, "Ордада арнайы жиын өтті", "B-ORGANISATION I-ORGANISATION I-ORGANISATION O",
     "B-ORGANISATION O O O"),
    (names_end_at_place_cases, "Одақтан келген сарапшылар", "B-ORGANISATION I-ORGANISATION I-ORGANISATION",
     "B-ORGANISATION O O"),
    (names_end_at_place_cases, "Таразадағы Жамбыл мектебі", "B-FACILITY I-FACILITY I-FACILITY",
     "B-FACILITY I-FACILITY I-FACILITY"),
    (names_end_at_place_cases, "Сәулеге Айдада Сапарова жазды", "O B-PERSON I-PERSON O", "O B-PERSON I-PERSON O"),
    (names_end_at_place_cases, "« Ауылда қалған жүрек » әні", "O B-ART I-ART I-ART O O", "O B-ART I-ART I-ART O O"),
    # an honorary title the CRF left out, with the country that gives it; not the people's hero, nor a noun in a case
    (honorary_titles, "Қазақстанның халық әртісі Айгүл келді", "B-GPE O O B-PERSON O",
     "B-POSITION I-POSITION I-POSITION B-PERSON O"),
    (honorary_titles, "еңбек сіңірген қайраткері атанды", "O O O O", "B-POSITION I-POSITION I-POSITION O"),
    (honorary_titles, "Халық қаһарманы Ерлан", "O O B-PERSON", "O O B-PERSON"),
    (honorary_titles, "Халық әртістерге алғыс айтты", "O O O O", "O O O O"),
    # a body ends at its head word before its members or staff; not at a head in the genitive (the body's department)
    (bodies_end_before_members, "Үкімет мүшелері жиналды", "B-ORGANISATION I-ORGANISATION O", "B-ORGANISATION O O"),
    (bodies_end_before_members, "Ұлттық ғарыш агенттігі мамандары келді",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION O", "B-ORGANISATION I-ORGANISATION I-ORGANISATION O O"),
    (bodies_end_before_members, "қорғаныс әскерлерінің бөлімшелері", "B-ORGANISATION I-ORGANISATION I-ORGANISATION",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION"),
    # a bare head word too (орталық, the table's орталығ- unvoiced); not a bare орталық as an adjective inside a name
    (bodies_end_before_members, "Ұлттық ғылыми орталық қызметкерлері келді",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION O", "B-ORGANISATION I-ORGANISATION I-ORGANISATION O O"),
    (bodies_end_before_members, "Орталық сайлау комиссиясы хабарлады",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION O", "B-ORGANISATION I-ORGANISATION I-ORGANISATION O"),
    # a city's centre is the city alone, no body; not a centre the city's name names (a youth centre)
    (seats, "Алматы қаласының орталығында дау шықты", "B-ORGANISATION I-ORGANISATION I-ORGANISATION O O",
     "B-GPE O O O O"),
    (seats, "Астана қаласының жастар орталығы ашылды", "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION O",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION O"),
    # a body or a post named by its unit alone is no name; not one with a capitalised name in it, nor a unit's body
    # after a place the CRF read apart
    (unnamed_local_bodies, "Облыс әкімдігінің баспасөз қызметі хабарлады",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION O", "O O O O O"),
    (unnamed_local_bodies, "Оны аудандық білім бөлімінің басшысы айтты", "O B-POSITION I-POSITION I-POSITION I-POSITION O",
     "O O O O O O"),
    (unnamed_local_bodies, "Оны облыстық Сайлау комиссиясының төрағасы айтты",
     "O B-POSITION I-POSITION I-POSITION I-POSITION O", "O B-POSITION I-POSITION I-POSITION I-POSITION O"),
    (unnamed_local_bodies, "Іс Тараз қалалық сотында қаралды", "O B-GPE B-ORGANISATION I-ORGANISATION O",
     "O B-GPE B-ORGANISATION I-ORGANISATION O"),
    (unnamed_local_bodies, "« Қала жарығы » акционерлік қоғамы тарифті көтерді", "O B-ORGANISATION I-ORGANISATION O O O O O",
     "O B-ORGANISATION I-ORGANISATION O O O O O"),
]


@pytest.mark.parametrize("rule, words, labels, expected", ROWS)
def test_rule(rule, words: str, labels: str, expected: str) -> None:
    assert rule(words.split(), labels.split()) == expected.split()


@pytest.mark.parametrize("labels, expected", [
    ("B-GPE I-PERSON O", "B-GPE B-PERSON O"),  # Италияның | Eni компаниясы: the CRF's stray inside label
    ("O I-ORGANISATION I-ORGANISATION", "O B-ORGANISATION I-ORGANISATION"),
    ("B-GPE I-GPE O", "B-GPE I-GPE O"),  # a name that runs on is kept
])
def test_stray_insides_begin(labels: str, expected: str) -> None:
    assert begun(labels.split()) == expected.split()


# The whole pipeline on raw text, as a user runs it: the eye tests' leftovers, in sentences of our own
TEXTS = [
    ("Италияның Eni компаниясы Қашаған жобасына қатысады.", {("GPE", "Италияның"), ("ORGANISATION", "Eni")}),
    ("БҰҰ Даму бағдарламасы Қазақстанға грант бөлді.", {("ORGANISATION", "БҰҰ Даму бағдарламасы")}),
    ("«Сарыарқа Логистикс», ҚТЖ және COSCO Shipping Logistics бүгін келісімге қол қойды.",
     {("ORGANISATION", "ҚТЖ"), ("ORGANISATION", "COSCO Shipping Logistics")}),
    ("Қытай Ертістен жылына көп су алады.", {("GPE", "Қытай"), ("LOCATION", "Ертістен")}),
    # a holder's name after a title stops where a listed body's name begins
    ("Қырғызстан Президенті Жапаров Түркі мемлекеттері ұйымының жұмысын қолдайды.",
     {("PERSON", "Жапаров"), ("ORGANISATION", "Түркі мемлекеттері ұйымының")}),
]


@pytest.mark.parametrize("text, expected", TEXTS, ids=[text[:20] for text, _ in TEXTS])
def test_raw_text(text: str, expected: set[tuple[str, str]]) -> None:
    found = {(e.label, e.text) for e in taldau.analyze(text).entities}
    assert expected <= found, found


@pytest.mark.parametrize("lemma, kind", [("орталық", "org"), ("қор", "org"), ("мектеп", "fac"), ("банкнот", ""),
                                         ("тарақ", "")])
def test_a_head_word_s_lemma_unvoiced(lemma: str, kind: str) -> None:
    assert heads.of_lemma(lemma) == kind
