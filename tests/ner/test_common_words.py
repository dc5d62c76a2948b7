"""The whole pipeline on sentences written for these tests: common words the CRF reads as names (months that are
nouns, courtesy formulas, the hordes), encyclopedia definitions (X — Y), landmarks, bodies by their field or
abbreviation, Latin names of companies and products.

Each row: a sentence, the entities expected among the found ones as "LABEL:text", and texts that must be no
entity's (nor the start of one's), a decoy beside each case where the word is a name."""
import pytest

import taldau
from taldau.ner import definitions
from taldau.ner.commons import (
    indefinite_ones,
    lowercase_names,
    members_bodies,
    plural_bodies,
)
from taldau.ner.definitions import bare_dashes

ROWS = [
    # a month name that is also a noun needs a date around it
    ("Қазан бірден бұрқылдап қайнай бастады.", [], ["Қазан"]),
    ("Күтті, күтті, қазан қайнамады.", [], ["қазан"]),
    ("Бай қазанды қойға айырбастады.", [], ["қазанды"]),
    ("Сайлау 27 қазанда өтеді.", ["DATE:27 қазанда"], []),
    ("Жиын қазан айының соңында болады.", ["DATE:қазан айының соңында"], []),
    ("Наурыз мерекесі жақындады, ауылда наурыз көже пісірілді.", [], ["наурыз"]),
    # a courtesy formula that is also a given name
    ("Рахмет, достар.", [], ["Рахмет"]),
    ("— Рахмет! — деді ол.", [], ["Рахмет"]),
    ("Рахмет Омаров ауылға келді.", ["PERSON:Рахмет Омаров"], []),
    # a body's common noun capitalised inside a sentence to refer back to it is no name; the government and the houses
    # of a state are, and so is a head noun after its own words
    ("Сондықтан Министрлік жерге салықты азайтуды ұсынады.", [], ["Министрлік"]),
    ("Фермерлер одағы бұл жолы Агенттікке хат жазды.", [], ["Агенттікке"]),
    ("Бұл мәселені Үкімет қарады.", ["ORGANISATION:Үкімет"], []),
    ("Жобаны Ұлттық Банк қаржыландырады.", ["ORGANISATION:Ұлттық Банк"], []),
    # definitions: the dash is no part of the name, the defining noun gives its class
    ("Ертіс — Қазақстандағы ең ұзын өзен.", ["LOCATION:Ертіс"], ["Ертіс —"]),
    ("Бурабай — Ақмола облысындағы ең танымал демалыс орны.", ["LOCATION:Бурабай"], []),
    ("Абай — қазақтың ұлы ақыны.", ["PERSON:Абай"], []),
    ("Қаратау — оңтүстіктегі ежелгі тау.", ["LOCATION:Қаратау"], []),
    ("Бурабай — Ақмола облысындағы, Көкшетау маңындағы курорт.", ["LOCATION:Бурабай"], []),
    ("Ертіс — Қазақстандағы ең ұзын өзен, ол Қытайдан басталады.", ["LOCATION:Ертіс"], []),
    ("Ол — ауылдағы ең үлкен мектеп.", [], ["Ол"]),
    ("Жұмбақтас — көлдегі әйгілі жартас.", ["LOCATION:Жұмбақтас"], []),
    ("Назарбаев университеті — елдегі ең үздік оқу орны.", [], ["Назарбаев"]),
    # the three hordes: no hundred, no clause-long name
    ("Ұлы жүз бен Орта жүз бірікті.", ["NORP:Ұлы жүз", "NORP:Орта жүз"], ["жүз", "Ұлы жүз бен Орта жүз бірікті"]),
    ("Ол кезде Кіші жүздің рулары батысқа көшті.", ["NORP:Кіші жүздің"], ["жүздің"]),
    ("Залға жүз адам жиналды.", ["CARDINAL:жүз"], []),
    # landmarks before their head word: a facility with it, a natural place without
    ("Туристер Бекет ата жерасты мешітіне барады.", ["FACILITY:Бекет ата жерасты мешітіне"], []),
    ("Қала орталығында Абылай хан алаңы бар.", ["FACILITY:Абылай хан алаңы"], ["Абылай"]),
    ("Қарақия ойысы теңіз деңгейінен төмен жатыр.", ["LOCATION:Қарақия"], []),
    ("Мектеп ғимараты биыл жөнделді.", [], ["Мектеп ғимараты"]),
    # a reservoir, су қоймасы written apart or as one word, after a country too (the CRF ran the two names together)
    ("Өзбекстан Шардара су қоймасынан көп су алады.", ["GPE:Өзбекстан", "FACILITY:Шардара су қоймасынан"], []),
    ("Балықшылар Бұқтырма суқоймасына барды.", ["FACILITY:Бұқтырма суқоймасына"], []),
    ("Ауылдың су қоймасы тартылды.", [], ["су қоймасы"]),  # no name before it
    # a people's name and a Soviet republic's abbreviation: one place; the abbreviation of the Union alone a place too
    ("Ол Қазақ КСР-інің Жоғарғы Кеңесінде жұмыс істеді.", ["GPE:Қазақ КСР-інің"], ["Қазақ"]),
    ("Қазақ ССР-і 1936 жылы құрылды.", ["GPE:Қазақ ССР-і"], ["Қазақ"]),
    ("Қазақ халқы КСРО құрамында болды.", ["GPE:КСРО"], ["Қазақ халқы КСРО"]),
    # a body of members named by them in the plural; in lower case, a kind of body
    ("Бұл туралы Кәсіпкерлер одағы мәлімдеді.", ["ORGANISATION:Кәсіпкерлер одағы"], []),
    ("Ауылда фермерлер одағы құрылды.", [], ["фермерлер одағы"]),
    # a quoted law's title with an adjective before заң; a book's with one before кітап stays a work
    ("Парламент «Денсаулық туралы» жаңа заң қабылдады.", ["LAW:Денсаулық туралы"], []),
    ("Ақын «Махаббат туралы» жаңа кітап жазды.", ["ART:Махаббат туралы"], []),
    # bodies by their field, by an abbreviation
    ("Энергетика министрлігі жел электр стансаларын салуды жоспарлап отыр.", ["ORGANISATION:Энергетика министрлігі"], []),
    ("Ресей Каспий құбыр консорциумы арқылы мұнай жібереді.",
     ["GPE:Ресей", "ORGANISATION:Каспий құбыр консорциумы"], ["Каспий"]),
    ("Асқар компаниясын сатып жіберді.", [], ["Асқар компаниясын"]),
    ("ҚазҰУ мен ЕҰУ-дың түлектері жиналды.", ["ORGANISATION:ҚазҰУ", "ORGANISATION:ЕҰУ-дың"], []),
    ("ҚР ҰБ-ның бағалауынша, инфляция баяулайды.", ["ORGANISATION:ҚР ҰБ-ның"], ["ҚР ҰБ-ның бағалауынша"]),
    ("Роскосмос жаңа зымыран ұшырды.", ["ORGANISATION:Роскосмос"], []),
    # a country's company apart from the country; a product's name and code, not its maker
    ("АҚШ-тың Microsoft корпорациясы да жобаға қатысады.", ["GPE:АҚШ-тың", "ORGANISATION:Microsoft корпорациясы"], []),
    ("Қазақстанның Парламенті заңды қабылдады.", ["ORGANISATION:Қазақстанның Парламенті"], []),
    ("Зертханаға NVIDIA H100 үдеткіші келді.", ["PRODUCT:NVIDIA H100"], ["NVIDIA H100 үдеткіші"]),
    ("NVIDIA компаниясы Алматыда кеңсе ашты.", ["ORGANISATION:NVIDIA"], []),
    ("Орталықта NVIDIA компаниясының H100 үдеткіштері бар.", ["ORGANISATION:NVIDIA"], ["H100"]),
    ("Brent маркалы мұнайдың бағасы түсті.", ["PRODUCT:Brent"], []),  # a brand, no man Brent
    ("Chevron, ExxonMobil сияқты компаниялар кетпейді.", ["ORGANISATION:Chevron", "ORGANISATION:ExxonMobil"], []),
    ("Google және Apple сияқты корпорациялар келді.", ["ORGANISATION:Google", "ORGANISATION:Apple"], []),
    ("Python сияқты тілдер танымал.", [], ["Python"]),  # languages, no bodies
    # from a user's read of articles of our own: sports, health, a court's release
    ("Ол ҚК-нің 190-бабының 3-бөлігі бойынша сотталды.", ["LAW:ҚК-нің 190-бабының 3-бөлігі"], []),
    ("Гипертензия инсульт пен инфарктқа әкеп соғады.", ["DISEASE:Гипертензия", "DISEASE:инсульт", "DISEASE:инфарктқа"], []),
    ("Компания Шығыс Қазақстанда литий өндіреді.", ["GPE:Шығыс Қазақстанда"], ["Қазақстанда"]),
    ("«Алтын дала» қоры мектеп салды.", ["ORGANISATION:Алтын дала"], []),
    # companies by their written form and names the CRF ran together (test_companies.py has the rules alone)
    ("Eni мен Shell газ өңдейтін жаңа зауытты қолдайды.", ["ORGANISATION:Eni", "ORGANISATION:Shell"], []),
    ("Кеше ExxonMobil бұл жобадан бас тартты.", ["ORGANISATION:ExxonMobil"], []),
    ("Биыл КАМАЗ Қостанайда жаңа цех ашты.", ["ORGANISATION:КАМАЗ"], []),
    # (the body named by its unit alone, with no capital, is no name, as KazNERD writes it: commons.lowercase_names)
    ("Серік Омаров облыс әкімдігімен бірге жаңа бағдарлама әзірледі.",
     ["PERSON:Серік Омаров"], ["Серік Омаров облыс әкімдігімен", "облыс әкімдігімен"]),
    ("Ал PhD бағдарламасына грант көбейді.", [], ["PhD"]),
    ("Қазақстан Қауіпсіздік Кеңесін кеңейтуді жақтайды.", ["GPE:Қазақстан", "ORGANISATION:Қауіпсіздік Кеңесін"], []),
    ("«Ертіс» футбол клубы кеше жеңіске жетті.", ["ORGANISATION:Ертіс"], []),
    ("Түркия бұл одаққа келесі жылы кірмек.", ["GPE:Түркия"], ["Түркия бұл одаққа"]),
    ("Министрлік 12 мамырда Oracle компаниясымен келісімге қол қойды.", ["ORGANISATION:Oracle"],
     ["Министрлік 12 мамырда Oracle"]),
    ("Оңтүстік кореялық Hyundai Motor компаниясы Алматыда зауыт ашты.",
     ["NORP:Оңтүстік кореялық", "ORGANISATION:Hyundai Motor"], []),
    ("Жиынға Қазмұнайгаз, Самұрық-Қазына және Қазатомөнеркәсіп өкілдері келді.",
     ["ORGANISATION:Қазмұнайгаз", "ORGANISATION:Самұрық-Қазына", "ORGANISATION:Қазатомөнеркәсіп"], []),
]


@pytest.mark.parametrize("text, expected, absent", ROWS, ids=[row[0][:30] for row in ROWS])
def test_entities(text: str, expected: list[str], absent: list[str]) -> None:
    entities = taldau.analyze(text).entities
    found, texts = {f"{e.label}:{e.text}" for e in entities}, {e.text for e in entities}
    assert set(expected) <= found, found
    assert not set(absent) & texts, found


def test_known_bodies_keep_their_canonical_names() -> None:
    entities = taldau.analyze("ҚР ҰБ-ның бағалауынша, инфляция баяулайды.").entities
    assert [e.canonical for e in entities if e.label == "ORGANISATION"] == ["Қазақстан Республикасының Ұлттық Банкі"]
    european = taldau.analyze("Еуропалық комиссия жобаны қолдайды, Еуропалық комиссияның өкілі келді.").entities
    assert [(e.label, e.canonical) for e in european] == [("ORGANISATION", "Еуропалық комиссия")] * 2  # no NORP


@pytest.mark.parametrize("words, labels, expected", [
    ("Ертіс — ұзын өзен", "B-FACILITY I-FACILITY I-FACILITY O", "B-FACILITY O O O"),
    ("Ертіс — өзен", "B-FACILITY I-FACILITY O", "B-FACILITY O O"),
    ("— Ертіс ағады", "B-LOCATION I-LOCATION O", "O B-LOCATION O"),
    ("Алматы — Бішкек тас жолы", "B-FACILITY I-FACILITY I-FACILITY I-FACILITY I-FACILITY", None),
    ("5 — 6 мың", "B-CARDINAL I-CARDINAL I-CARDINAL I-CARDINAL", None),
])
def test_a_name_never_ends_at_a_bare_dash(words: str, labels: str, expected: str | None) -> None:
    assert bare_dashes(words.split(), labels.split()) == (expected or labels).split()


@pytest.mark.parametrize("words, before, after", [
    ("Халықаралық қазақ - түрік университетінің ашылуы", "B-ORGANISATION I-ORGANISATION O B-NORP O O",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION O"),  # to its head word
    ("Қалалық мұнай - газ зауыты ашылды", "B-FACILITY I-FACILITY O O O O",
     "B-FACILITY I-FACILITY I-FACILITY I-FACILITY I-FACILITY O"),
    ("Мемлекеттік тіл - қазақ тілі", "B-LANGUAGE I-LANGUAGE O B-LANGUAGE I-LANGUAGE",
     "B-LANGUAGE I-LANGUAGE O B-LANGUAGE I-LANGUAGE"),  # no head word of a body or a place: untouched
    ("Астана банкі - ел банкі", "B-ORGANISATION I-ORGANISATION O O O",
     "B-ORGANISATION I-ORGANISATION O O O"),  # a name its head word ended: a definition follows
])
def test_a_name_goes_on_across_a_hyphen_written_apart_to_its_head(words, before, after):
    assert definitions.hyphenated_names(words.split(), before.split()) == after.split()


@pytest.mark.parametrize("text, name", [("Елімізде 5G желісі енгізіледі.", "5G"), ("Зертханада 3D сканер бар.", "3D")])
def test_a_technology_named_by_a_digit_and_a_letter_is_no_count(text, name):
    doc = taldau.analyze(text)
    assert [(e.label, e.text) for e in doc.entities] == [("MISCELLANEOUS", name)] and not doc.quantities


@pytest.mark.parametrize("text, expected", [
    ("Семей — Абай облысының орталығы.", ("GPE", "Семей")),  # a city defined as a centre stays a city
    ("Біз Айгүлдің мектебіне бардық.", ("PERSON", "Айгүлдің")),  # a girl's school, no landmark
])
def test_a_known_place_or_a_person_s_genitive_keeps_its_class(text, expected):
    found = [(e.label, e.text) for e in taldau.analyze(text).entities]
    assert found[0] == expected


def test_a_pronoun_s_street_is_no_landmark():
    assert not taldau.analyze("Оның көшесі тар.").entities


@pytest.mark.parametrize("words, before, after", [
    ("Баға бір өсіп , бір түседі", "O B-CARDINAL O O B-CARDINAL O", "O O O O O O"),  # before a verb
    ("Ауылда бір үлкен той болды", "O B-CARDINAL O O O", "O O O O O"),  # before an adjective
    ("Белгілі бір шешім қабылданды", "O B-CARDINAL O O", "O O O O"),
    ("Қандай да бір өзгеріс бар ма", "O O B-CARDINAL O O O", "O O O O O O"),
    ("Енді бірі есікті ашты", "O B-CARDINAL O O", "O O O O"),  # "one of them", no genitive before it
    # a count: before a noun, a number word after it, after a genitive, after тағы
    ("Бір адам жарақат алды", "B-CARDINAL O O O", "B-CARDINAL O O O"),
    ("Бір мың адам келді", "B-CARDINAL I-CARDINAL O O", "B-CARDINAL I-CARDINAL O O"),
    ("Жолаушылардың бірі ашты", "O B-CARDINAL O", "O B-CARDINAL O"),
    ("Тағы бір мектеп ашылды", "O B-CARDINAL O O", "O B-CARDINAL O O"),
    # a text or a speech of someone's where something was said; decoys: the same noun not in the locative, a part
    ("Ақын бір сұхбатында ауылын еске алды", "O B-CARDINAL O O O O", "O O O O O O"),
    ("Оның бір мақаласы жарияланды", "O B-CARDINAL O O", "O B-CARDINAL O O"),
    ("Кітаптың бір бөлігінде соғыс бар", "O B-CARDINAL O O O", "O B-CARDINAL O O O"),
])
def test_the_indefinite_article_bir_counts_nothing(words, before, after):
    assert indefinite_ones(words.split(), before.split()) == after.split()


@pytest.mark.parametrize("words, before, after", [
    # a common noun in the plural alone, or one in the genitive first in a body's name, is no body
    ("Әкімдіктер жаңа жоспар бекітті", "B-ORGANISATION O O O", "O O O O"),
    ("Жүргізушілердің қауымдастығына хат жолданды", "B-ORGANISATION I-ORGANISATION O O", "O O O O"),
    # a body named with a plural noun before its head word stays; so does a one-word body in the singular
    ("Министрлер кабинеті жиналды", "B-ORGANISATION I-ORGANISATION O", "B-ORGANISATION I-ORGANISATION O"),
    ("Ардагерлер кеңесі жиналды", "B-ORGANISATION I-ORGANISATION O", "B-ORGANISATION I-ORGANISATION O"),
    ("Әкімдік жаңа жоспар бекітті", "B-ORGANISATION O O O", "B-ORGANISATION O O O"),
    # a quoted name is a name whatever its words: a cafe called "Friends"
    ("« Достар » кафесі ашылды", "O B-ORGANISATION O O O", "O B-ORGANISATION O O O"),
])
def test_a_plural_common_noun_is_no_body(words, before, after):
    assert plural_bodies(words.split(), before.split()) == after.split()


@pytest.mark.parametrize("words, before, after", [
    # its members in the plural, capitalised, before a body of members' head: one body, first in a sentence too
    ("Кәсіпкерлер одағы мәлімдеме жасады", "O O O O", "B-ORGANISATION I-ORGANISATION O O"),
    ("Ол Фермерлер қауымдастығына хат жазды", "O O O O O", "O B-ORGANISATION I-ORGANISATION O O"),
    # decoys: in lower case a kind of body, no name; a head of another kind; the head in the plural; a singular noun
    ("Ауылда фермерлер одағы құрылды", "O O O O", "O O O O"),
    ("Студенттер орталығына бардық", "O O O", "O O O"),
    ("Фермерлер одақтары бірікті", "O O O", "O O O"),
    ("Ауыл одағы құрылды", "O O O", "O O O"),
])
def test_members_in_the_plural_name_their_body(words, before, after):
    assert members_bodies(words.split(), before.split()) == after.split()


@pytest.mark.parametrize("words, before, after", [
    # a place, a body or a person with no capital, digit or Latin letter is no name; a people's name alone its NORP
    ("Ол сенімді ақтауға тырысты", "O O B-GPE O", "O O O O"),
    ("Бұл жерде қытай жұрты көп", "O O B-GPE O O", "O O B-NORP O O"),
    ("Биыл кәсіпкерлік корпорациясының табысы өсті", "O B-ORGANISATION I-ORGANISATION O O",
     "O O O O O"),
    # a capital, a digit or a Latin letter anywhere in the name keeps it; other classes are written in lower case too
    ("Ол Ақтауға барды", "O B-GPE O", "O B-GPE O"),
    ("Жаңа ауылдық емхана Ақтөбе облысында ашылды", "B-ORGANISATION I-ORGANISATION I-ORGANISATION O O O",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION O O O"),
    ("101-інші атқыштар бригадасы", "B-ORGANISATION I-ORGANISATION I-ORGANISATION",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION"),
    ("plagiat . pl компаниясы", "B-ORGANISATION I-ORGANISATION I-ORGANISATION O",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION O"),
    ("қазақ тілінде", "B-LANGUAGE I-LANGUAGE", "B-LANGUAGE I-LANGUAGE"),
])
def test_a_name_without_a_capital_is_no_place_body_or_person(words, before, after):
    assert lowercase_names(words.split(), before.split()) == after.split()


@pytest.mark.parametrize("words, before, after", [
    # a post in lower case of a body named by its head word alone is no name; a post of one office stays
    ("Ол компаниясының басшысы болды", "O B-POSITION I-POSITION O", "O O O O"),
    ("Бұл ұйымының төрағасы айтты", "O B-POSITION I-POSITION O", "O O O O"),
    ("Оны бас прокурор тексерді", "O B-POSITION I-POSITION O", "O B-POSITION I-POSITION O"),
    ("Банк басқармасының төрағасы Айгүл", "B-POSITION I-POSITION I-POSITION B-PERSON",
     "B-POSITION I-POSITION I-POSITION B-PERSON"),
])
def test_an_unnamed_body_s_post_is_no_position(words, before, after):
    assert lowercase_names(words.split(), before.split()) == after.split()
