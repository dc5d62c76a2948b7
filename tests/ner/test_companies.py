"""Companies by how their name is written, and the words the CRF ran into a body's name (a person, a country, a
demonstrative, a country's adjective): the rules alone on labels given here, and the whole pipeline on sentences
written for these tests (a decoy beside each case)."""
import pytest

import taldau
from taldau.ner.companies import (
    capital_companies, latin_companies, latin_names_begin, latin_names_end, latin_names_no_titles, legal_forms,
)
from taldau.ner.edges import countries_before_bodies, demonstratives_end_names, years_in_names
from taldau.ner.fields import field_bodies
from taldau.ner.nations import demonyms_before_bodies
from taldau.ner.person_edges import persons_before_bodies
from taldau.ner.rules import local_bodies, parties
from taldau.ner.written import national_company

# words | the CRF's labels | after the rule
RAN_ON = "B-ORGANISATION I-ORGANISATION I-ORGANISATION"  # the CRF's form and the two words after it
LATIN = [
    ("Eni мен Shell жобаны қолдайды", "O O B-GPE O O", "B-ORGANISATION O B-ORGANISATION O O"),
    ("ExxonMobil бұл ұсынысқа қарсы", "O O O O", "B-ORGANISATION O O O"),
    ("Total Energies Атырауда кеңсе ашты", "B-GPE I-GPE B-GPE O O", "B-ORGANISATION I-ORGANISATION B-GPE O O"),
    ("Шеврон Chevron", "O B-PERSON", "O B-ORGANISATION"),
    ("Бүгін Donald Trump келді", "O B-PERSON I-PERSON O", "O B-PERSON I-PERSON O"),  # a person's full name
    ("Chevron-мен келісім жасалды", "O O O", "B-ORGANISATION O O"),
    # a short abbreviation, a product the rules named, a longer name's part, a quoted title, a hyphenated word
    ("Ал PhD бағдарламасы ашылды", "O O O O", "O O O O"),
    ("Ол SMS жіберді", "O O O", "O O O"),
    ("Airbus A380 ұшағы", "B-PRODUCT I-PRODUCT O", "B-PRODUCT I-PRODUCT O"),
    ("Қазақстан Shell компаниясы", "B-ORGANISATION I-ORGANISATION I-ORGANISATION", "B-ORGANISATION I-ORGANISATION I-ORGANISATION"),
    ("« Sunrise » әні", "O O O O", "O O O O"),
    ("e - Halyk жүйесі", "B-PRODUCT I-PRODUCT I-PRODUCT O", "B-PRODUCT I-PRODUCT I-PRODUCT O"),
    # a Latin word joined by a hyphen to a common noun is a compound, no company; decoys: a case ending, a plural's
    ("Жастар IT-саласына бет бұрды", "O B-GPE O O", "O B-GPE O O"),
    ("Біз SMS-хабарламаларды оқыдық", "O O O", "O O O"),
    ("Ол Toyota-ларды жөндейді", "O B-PERSON O", "O B-ORGANISATION O"),
    ("Біз Nokia-ға хат жаздық", "O O O O", "O B-ORGANISATION O O"),
    # a body's English word: no person, no building, also where the CRF read part of the run
    ("Бүгін Nomad Capital келді", "O B-PERSON I-PERSON O", "O B-ORGANISATION I-ORGANISATION O"),
    ("Steppe Airports әуежайды басқарады", "O B-FACILITY O O", "B-ORGANISATION I-ORGANISATION O O"),
    ("Ал Steppe Airport", "O O B-FACILITY", "O O B-FACILITY"),  # one airport is a building
    ("Ол Steppe Bank-пен келісті", "O B-EVENT I-EVENT O", "O B-ORGANISATION I-ORGANISATION O"),  # a bank, no event
    ("Бүгін Steppe Media Week ашылды", "O O O O O", "O B-EVENT I-EVENT I-EVENT O"),  # a week of events, no company
]
# a Latin name ends at its last Latin word; a position the CRF made of one with no title in it is a company
LATIN_ENDS = [
    # a Kazakh name in the 2021 alphabet goes on into its Kazakh words as the CRF read it
    (latin_names_end, "Jaña Ūrpaq партиясы Ақмола облыстық филиалы жиналды",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION O",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION O"),
    (latin_names_end, "Pacific Energy Group корпорациясы келісті", "B-ORGANISATION I-ORGANISATION I-ORGANISATION "
     "I-ORGANISATION O", "B-ORGANISATION I-ORGANISATION I-ORGANISATION O O"),
    (latin_names_end, "Reuters және Bloomberg агенттіктері жазды", "B-ORGANISATION I-ORGANISATION I-ORGANISATION "
     "I-ORGANISATION O", "B-ORGANISATION O B-ORGANISATION O O"),
    # a number read out goes on with the name; a Cyrillic first word and a title are no Latin name's
    (latin_names_end, "Boeing жеті жүз ұшағы", "B-PRODUCT I-PRODUCT I-PRODUCT O", "B-PRODUCT I-PRODUCT I-PRODUCT O"),
    (latin_names_end, "Жаңа Shell кеңсесі", "B-ORGANISATION I-ORGANISATION I-ORGANISATION",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION"),
    # a Latin word after Cyrillic ones begins a company of its own (the words before: a place, or the body they
    # name), but inside quotes
    (latin_names_begin, "Үкімет Eni компаниясымен", "B-ORGANISATION I-ORGANISATION O", "B-ORGANISATION B-ORGANISATION O"),
    (latin_names_begin, "Министрлік Eni компаниясымен", "B-ORGANISATION I-ORGANISATION O", "O B-ORGANISATION O"),
    (latin_names_begin, "Ассамблеясының XXX сессиясы", "B-ORGANISATION I-ORGANISATION O",
     "B-ORGANISATION I-ORGANISATION O"),  # a numeral, an abbreviation: no company
    (latin_names_begin, "ҚТЖ және COSCO Shipping", "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION",
     "B-ORGANISATION O B-ORGANISATION I-ORGANISATION"),  # two names joined
    (latin_names_begin, "Ұлттық банк IT саласына", "B-ORGANISATION I-ORGANISATION I-ORGANISATION O",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION O"),
    (latin_names_begin, "I және II дәрежелі", "B-ORGANISATION I-ORGANISATION I-ORGANISATION O",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION O"),
    (latin_names_begin, "Қазақстан Chevron компаниясымен", "B-ORGANISATION I-ORGANISATION O",
     "B-GPE B-ORGANISATION O"),
    (latin_names_begin, "Ұлттық банк Samsung компаниясымен", "B-ORGANISATION I-ORGANISATION I-ORGANISATION O",
     "B-ORGANISATION I-ORGANISATION B-ORGANISATION O"),
    (latin_names_begin, "« Жастар TIME » ұйымы", "O B-ORGANISATION I-ORGANISATION O O",
     "O B-ORGANISATION I-ORGANISATION O O"),
    (latin_names_end, "Oracle компаниясының директоры", "B-POSITION I-POSITION I-POSITION",
     "B-POSITION I-POSITION I-POSITION"),
    (latin_names_no_titles, "Жапонияның Sony компаниясы", "B-POSITION I-POSITION O", "B-GPE B-ORGANISATION O"),
    (latin_names_no_titles, "Sony Group директоры", "B-POSITION I-POSITION I-POSITION",
     "B-POSITION I-POSITION I-POSITION"),
    # a legal form's abbreviation after the closing quote ends the name the CRF ran on
    (legal_forms, "« Көк Тас » ЖШС-ның Батыс кенішінде", "O B-FACILITY I-FACILITY I-FACILITY I-FACILITY I-FACILITY "
     "I-FACILITY", "O B-ORGANISATION I-ORGANISATION O O O O"),
    # the forms after a quoted name are no name, nor the start of the next one (ҰК АҚ: a national company)
    (legal_forms, "« Шығыс Энерго » ҰК АҚ жаңа", "O B-ORGANISATION I-ORGANISATION O B-FACILITY I-FACILITY O",
     "O B-ORGANISATION I-ORGANISATION O O O O"),
    (legal_forms, "« QazaqGaz » ҰК АҚ Бейнеу құбырының", "O B-ORGANISATION O B-FACILITY I-FACILITY I-FACILITY O",
     "O B-ORGANISATION O O O B-FACILITY O"),
    (legal_forms, "« Ақ Жол » АҚ", "O B-ORGANISATION I-ORGANISATION O O", "O B-ORGANISATION I-ORGANISATION O O"),
    # a quoted name the CRF cut in two before a form is one company, the run it began inside ends at the quote
    (legal_forms, "« Тұран Телеком » ЖШС директоры келді", "O B-LOCATION B-POSITION I-POSITION I-POSITION I-POSITION O",
     "O B-ORGANISATION I-ORGANISATION O O O O"),
    (legal_forms, "« Тұран » және « Телеком » келді", "O B-LOCATION O O O B-ORGANISATION O O",
     "O B-LOCATION O O O B-ORGANISATION O O"),
    # ... nor with the lowercase phrase after them, unless it ends in a body's head word (the company's own description)
    (legal_forms, "« Ақ Жол » АҚ аудандық ауруханаға", "O B-ORGANISATION I-ORGANISATION O " + RAN_ON,
     "O B-ORGANISATION I-ORGANISATION O O O O"),
    (legal_forms, "« Ақ Жол » АҚ ұлттық қоры", "O B-ORGANISATION I-ORGANISATION O " + RAN_ON,
     "O B-ORGANISATION I-ORGANISATION O " + RAN_ON),
]
CAPITALS = [
    ("КАМАЗ жаңа зауыт салды", "O O O O", "B-ORGANISATION O O O"),
    ("Ресейлік ЛУКОЙЛ-мен келісті", "B-NORP O O", "B-NORP B-ORGANISATION O"),
    ("Биыл КАМАЗ цех ашты", "B-DATE B-DISEASE O O", "B-DATE B-ORGANISATION O O"),
    ("КОВИД-пен күрес", "B-DISEASE O", "B-DISEASE O"),
    ("Ресейлік ЛУКОЙЛ Қаламқас жобасында", "B-NORP B-PERSON I-PERSON O", "B-NORP B-ORGANISATION O O"),
    # spelled out, a place, too short, a name the CRF already found, a noun in capitals
    ("Былтыр ЖІӨ өсті", "O O O", "O O O"),
    ("АҚШ-тың ұстанымы", "O O", "O O"),
    ("СМС келді", "O O", "O O"),
    ("ЮНЕСКО мұрасы", "B-ORGANISATION O", "B-ORGANISATION O"),
    ("ЖАҢАЛЫҚТАР бөлімі", "O O", "O O"),
    ("Мектептер ҚАШЫҚТАН оқытуды тоқтатты", "O O O O", "O O O O"),
]
PERSONS = [
    ("Серік Омаров облыс әкімдігімен бірге жұмыс істейді",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION O O O",
     "B-PERSON I-PERSON B-ORGANISATION I-ORGANISATION O O O"),
    ("Айгүл Сапарова аудандық білім бөлімінің өкілі",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION O",
     "B-PERSON I-PERSON B-ORGANISATION I-ORGANISATION I-ORGANISATION O"),
    # a given name, қажы and a patronymic before a body whose name begins with a place
    ("Ерғали қажы Сәкенұлы Қазақстан мұсылмандары діни басқармасының өкілі",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION O",
     "B-PERSON I-PERSON I-PERSON B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION O"),
    ("Айгүл Сапарова Павлодар облыстық білім басқармасымен кездесті",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION O",
     "B-PERSON I-PERSON B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION O"),
    # named after someone, the surname before one head word, no surname; a place before capitalised words
    ("Айгүл Сапарова Павлодар Мемлекеттік университеті",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION"),
    ("Ерлан Сапаров атындағы аграрлық университеті",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION"),
    ("Нұрсұлтан Назарбаев қоры", "B-ORGANISATION I-ORGANISATION I-ORGANISATION",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION"),
    ("Жібек жолы халықаралық қоры", "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION"),
]

COUNTRIES = [
    ("Жапония Қауіпсіздік Кеңесін кеңейтуге қарсы", "B-ORGANISATION I-ORGANISATION I-ORGANISATION O O",
     "B-GPE B-ORGANISATION I-ORGANISATION O O"),
    ("Молдова Еуропа Кеңесіне мүше болды", "B-ORGANISATION I-ORGANISATION I-ORGANISATION O O",
     "B-GPE B-ORGANISATION I-ORGANISATION O O"),
    # the country's own body: a lowercase word, one head word, a state's form, a genitive country
    ("Қазақстан халқы Ассамблеясы жиналды", "B-ORGANISATION I-ORGANISATION I-ORGANISATION O",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION O"),
    ("Қазақстан Үкіметі шешті", "B-ORGANISATION I-ORGANISATION O", "B-ORGANISATION I-ORGANISATION O"),
    ("Қытай Халық Республикасының Мемлекеттік кеңесі", "B-ORGANISATION I-ORGANISATION I-ORGANISATION "
     "I-ORGANISATION I-ORGANISATION", "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION"),
    ("Ресейдің Мемлекеттік Думасы шешті", "B-ORGANISATION I-ORGANISATION I-ORGANISATION O",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION O"),
]
CLUBS = [
    ("« Ертіс » футбол клубы жеңді", "O B-LOCATION O O O O", "O B-ORGANISATION O O O O"),
    ("« Алтын сақа » сақтандыру компаниясы", "O B-ART I-ART O O O", "O B-ORGANISATION I-ORGANISATION O O O"),
    # no quotes: a head word after nouns names nothing before them
    ("Ертіс футбол клубы жеңді", "B-LOCATION O O O", "B-LOCATION O O O"),
]

DEMONSTRATIVES = [
    ("Ресей бұл одаққа кірмек", "B-ORGANISATION I-ORGANISATION I-ORGANISATION O", "B-GPE O O O"),
    ("Жапония осы ұйымға мүше", "B-ORGANISATION I-ORGANISATION I-ORGANISATION O", "B-GPE O O O"),
    ("Министрлік осы Азия даму банкімен келісті", "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION "
     "I-ORGANISATION O", "B-ORGANISATION O B-ORGANISATION I-ORGANISATION I-ORGANISATION O"),
    # a date keeps its demonstrative
    ("дәл осы күні келді", "B-DATE I-DATE I-DATE O", "B-DATE I-DATE I-DATE O"),
]
DEMONYMS = [
    ("Оңтүстік кореялық Hyundai Motor компаниясы", "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION O",
     "B-NORP I-NORP B-ORGANISATION I-ORGANISATION O"),
    ("ресейлік Газпром келісті", "B-ORGANISATION I-ORGANISATION O", "B-NORP B-ORGANISATION O"),
    # a capital begins the body's own name; a region's adjective is no country's
    ("Қазақстандық экспорт орталығы", "B-ORGANISATION I-ORGANISATION I-ORGANISATION",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION"),
    ("Еуразиялық экономикалық одақ", "B-ORGANISATION I-ORGANISATION I-ORGANISATION",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION"),
]


@pytest.mark.parametrize("rule, words, labels, expected", [
    *((latin_companies, *row) for row in LATIN), *((capital_companies, *row) for row in CAPITALS),
    *((persons_before_bodies, *row) for row in PERSONS), *((countries_before_bodies, *row) for row in COUNTRIES),
    *((parties, *row) for row in CLUBS), *((demonstratives_end_names, *row) for row in DEMONSTRATIVES),
    *((demonyms_before_bodies, *row) for row in DEMONYMS), *LATIN_ENDS,
    (local_bodies, "Ресей бұл одаққа кірмек", "B-GPE O O O", "B-GPE O O O"),
    (years_in_names, "Агенттік 12 мамырда Oracle компаниясымен келісті", "B-ORGANISATION I-ORGANISATION I-ORGANISATION "
     "I-ORGANISATION O O", "O O O B-ORGANISATION O O"),
    (years_in_names, "Сайлау 12 мамырда өтеді", "O B-DATE I-DATE O", "O B-DATE I-DATE O"),  # a date keeps its day
    # a body in the genitive owns the noun after it; a head in the nominative goes on into a longer name
    (field_bodies, "Ал Туризм министрлігінің мәліметіне қарағанда", "O O O O O",
     "O B-ORGANISATION I-ORGANISATION O O"),
    (field_bodies, "Ал Туризм агенттігі төрағасы келді", "O O O O O", "O O O O O"),
    # a body named by its task: an object in the accusative, then a verbal noun (not a person's name as the object)
    (field_bodies, "Ал Бәсекелестікті қорғау агенттігі шешті", "O O O O O",
     "O B-ORGANISATION I-ORGANISATION I-ORGANISATION O"),
    (field_bodies, "Ал Асқарды қорғау агенттігі шешті", "O O O O O", "O O O O O"),
    (local_bodies, "Ақтөбе облысы әкімдігі шешті", "B-GPE I-GPE O O", "B-ORGANISATION I-ORGANISATION I-ORGANISATION O"),
])
def test_rule(rule, words: str, labels: str, expected: str) -> None:
    assert rule(words.split(), labels.split()) == expected.split()


@pytest.mark.parametrize("word, company", [
    ("Қазгидромет", True), ("Қазатомөнеркәсіп", True), ("Қазақпарат", True),
    ("Қазақша", False), ("Қазына", False), ("Қазанда", False), ("Қазіргі", False), ("Қазақстандық", False),
    # a place and a trade in one word the dictionary does not know; not a word it knows, nor one the trade begins
    ("Теңізшевройл", True), ("Атыраумұнайгаздың", True), ("Магазин", False), ("Газеттер", False),
    # a surname's or a patronymic's shape with a trade's letters inside is a person's (Нургазиев: -газ-)
    ("Нургазиев", False), ("Абилгазиевамен", False), ("Нургазыұлы", False), ("Талдыгазовтар", False),
])
def test_a_national_company_is_qaz_and_a_noun(word: str, company: bool) -> None:
    assert national_company(word) == company


@pytest.mark.parametrize("text, name", [
    ("«Сарыарқа Мыс» ЖШС-ның жұмысшылары ереуілге шықты.", "Сарыарқа Мыс"),  # a legal form after the name
    ("«Береке» АҚ жаңа зауыт салмақ.", "Береке"),
])
def test_a_name_before_a_legal_form_is_a_company(text: str, name: str) -> None:
    assert [(e.label, e.text) for e in taldau.analyze(text).entities] == [("ORGANISATION", name)]


@pytest.mark.parametrize("text", ["Біздің партия жаңа бағдарламаны қолдайды.", "Сіздің компанияңыз қайда орналасқан?"])
def test_a_pronoun_is_no_name(text: str) -> None:
    assert taldau.analyze(text).entities == ()


@pytest.mark.parametrize("text, expected", [
    ("Үндістанның Vistara компаниясы Астанаға рейс ашпақ.", [("GPE", "Үндістанның"), ("ORGANISATION", "Vistara"),
                                                           ("GPE", "Астанаға")]),
    ("Pacific Energy Group корпорациясы жаңа келісімге қол қойды.", [("ORGANISATION", "Pacific Energy Group")]),
    ("Reuters және Bloomberg агенттіктері бұл туралы жазды.", [("ORGANISATION", "Reuters"),
                                                              ("ORGANISATION", "Bloomberg")]),
    # Turkish and German letters are a Latin name's own (ı, ä): no Kazakh country's post, no name left out
    ("Түркияның Yıldırım компаниясы көпір салмақ.", [("GPE", "Түркияның"), ("ORGANISATION", "Yıldırım")]),
    ("Германияның Schäfer компаниясы зауыт ашты.", [("GPE", "Германияның"), ("ORGANISATION", "Schäfer")]),
    ("Ол ölçü сөзін білмейді.", []),  # a Latin word in lower case: no name
    # a two-word name in marked letters is no company without a body's head word: a person's, as in ASCII
    ("Стамбулда Özgür Özel сайлауда жеңді.", [("GPE", "Стамбулда")]),
    ("Журналист Zoë Ångström мақала жазды.", []),
    ("Ол Yüksel Tekstil компаниясында істейді.", [("ORGANISATION", "Yüksel Tekstil")]),
    ("Биыл Теңізшевройл жаңа ұңғыма бұрғылайды.", [("DATE", "Биыл"), ("ORGANISATION", "Теңізшевройл")]),  # no person
])
def test_a_latin_name_ends_before_its_kazakh_noun(text: str, expected: list) -> None:
    assert [(e.label, e.text) for e in taldau.analyze(text).entities] == expected


def test_a_company_found_from_its_second_latin_word_begins_with_the_first() -> None:
    doc = taldau.analyze("Air Astana әуе компаниясы жаңа рейс ашады.")
    assert [(e.label, e.text) for e in doc.entities] == [("ORGANISATION", "Air Astana")]
