"""Rules for names the CRF has not seen (issue 12, sixth NER pass): the rules alone on labels given here, each case with
a decoy where the rule must not fire. Every sentence is written for these tests."""
import pytest

from taldau.ner import heads
from taldau.ner.body_edges import bodies_reach_their_head
from taldau.ner.chambers import state_chambers
from taldau.ner.companies import latin_companies
from taldau.ner.edges import longer_places
from taldau.ner.nations import demonyms_before_latin
from taldau.ner.events import new_year, world_wars
from taldau.ner.laws import basic_law
from taldau.ner.nations import demonym, place_demonyms
from taldau.ner.offices import chief_officers, military_ranks, presidents
from taldau.ner.persons import couples
from taldau.ner.listed_places import listed_regions
from taldau.ner.places import regions_read_as_bodies
from taldau.ner.quoted import quoted_by_head

# rule | words | the CRF's labels | after the rule
ROWS = [
    # a world war by its ordinal in digits or words, the Patriotic War; not a war with no name
    (world_wars, "Атам 2-нші дүниежүзілік соғысқа аттанды", "O O O O O", "O B-EVENT I-EVENT I-EVENT O"),
    (world_wars, "Ұлы Отан соғысында қаза болды", "B-PERSON O O O O", "B-EVENT I-EVENT I-EVENT O O"),
    # the new year capitalised or before a word of the holiday is the holiday, its two words alone; not before a
    # time's bound, nor possessed, nor inside a longer quoted name
    (new_year, "Ауылда Жаңа жыл көңілді өтті", "O O B-DATE O O", "O B-EVENT I-EVENT O O"),
    (new_year, "Біз жаңа жылды отбасымызбен қарсы алдық", "O O O O O O", "O O O O O O"),
    (new_year, "Біз жаңа жылды қарсы алдық", "O O O O O", "O B-EVENT I-EVENT O O"),
    (new_year, "« Жаңа жылды достармен тойладық »", "O B-EVENT I-EVENT I-EVENT I-EVENT O", "O B-EVENT I-EVENT O O O"),
    (new_year, "« Жаңа жыл ертегісі » атты спектакль қойылды", "O B-EVENT I-EVENT I-EVENT O O O O",
     "O B-EVENT I-EVENT I-EVENT O O O O"),
    (new_year, "Жаңа жылдан бастап тариф өседі", "B-DATE I-DATE O O O", "B-DATE I-DATE O O O"),
    (new_year, "Жаңа жылға қарай баға көтерілді", "B-DATE I-DATE O O O", "B-DATE I-DATE O O O"),
    (new_year, "Жаңа жыл ішінде үш зауыт ашылады", "B-DATE I-DATE I-DATE O O O", "B-DATE I-DATE I-DATE O O O"),
    (new_year, "Жаңа жылы мектеп ашылды", "O O O O", "O O O O"),
    (new_year, "« Мейірімді Жаңа жыл » акциясы өтті", "O B-EVENT I-EVENT I-EVENT O O O",
     "O B-EVENT I-EVENT I-EVENT O O O"),
    (world_wars, "Бұл дүниежүзілік соғыс қаупі", "O O O O", "O O O O"),
    # бас and a state's chief officer, adjectives between; not a hospital's head doctor nor a company's director
    (chief_officers, "Кеше Бас прокурор мәлімдеме жасады", "O O O O O", "O B-POSITION I-POSITION O O"),
    (chief_officers, "Облыстың бас мемлекеттік ветеринары айтты", "O O O O O", "O B-POSITION I-POSITION I-POSITION O"),
    (chief_officers, "бас санитар дәрігер ескертті", "O O O O", "B-POSITION I-POSITION I-POSITION O"),
    (chief_officers, "Емхананың бас дәрігері ескертті", "O O O O", "O O O O"),
    (chief_officers, "Зауыттың бас директоры келді", "O O O O", "O O O O"),
    # a rank in lower case and the singular, a compound one split at its hyphen; not captains in the plural
    (military_ranks, "Ол полковник шенін алды", "O O O O", "O B-POSITION O O"),
    (military_ranks, "Бүгін генерал - майор Ерлан Сейітов келді", "O O O B-POSITION B-PERSON I-PERSON O",
     "O B-POSITION I-POSITION I-POSITION B-PERSON I-PERSON O"),
    (military_ranks, "Ол өнеркәсіп капитандарымен кездесті", "O O O O", "O O O O"),
    # the President with any ending; not the plural, nor a derived word
    (presidents, "Президентіміздің сапары басталды", "O O O", "B-POSITION O O"),
    (presidents, "Президенттер кездесті", "O O", "O O"),
    (presidents, "Президенттік сайлау өтті", "O O O", "O O O"),
    # the office in general in lower case, or the presidency, is no POSITION; the capitalised holder, or a lowercase
    # title inside a longer name, stays one
    (presidents, "Кезекті президент сайлауы өтеді", "O B-POSITION O O", "O O O O"),
    (presidents, "Жаңа президентті құттықтады", "O B-POSITION O", "O O O"),
    (presidents, "Ол президенттік өкілеттігін тапсырды", "O B-POSITION O O", "O O O O"),
    (presidents, "Президент жаңа президентті құттықтады", "B-POSITION O B-POSITION O", "B-POSITION O O O"),
    (presidents, "« Алтын сай » компаниясының президенті келді",
     "B-POSITION I-POSITION I-POSITION I-POSITION I-POSITION I-POSITION O",
     "B-POSITION I-POSITION I-POSITION I-POSITION I-POSITION I-POSITION O"),
    # a country or Парламент before a capitalised word of a government or a house is one body; not a lowercase one,
    # nor one inside a longer name
    (state_chambers, "Бұл Жапония Үкіметімен жасалды", "O B-GPE B-ORGANISATION O", "O B-ORGANISATION I-ORGANISATION O"),
    (state_chambers, "Бүгін Парламент Мәжілісінің отырысы", "O B-ORGANISATION B-ORGANISATION O",
     "O B-ORGANISATION I-ORGANISATION O"),
    (state_chambers, "Жапония үкіметінің өкілі", "B-GPE O O", "B-GPE O O"),
    (state_chambers, "Парламент Мәжілісінің төрағасы", "B-POSITION I-POSITION I-POSITION",
     "B-POSITION I-POSITION I-POSITION"),
    # a region's word in the plural stays in the last name; a district's does not
    (listed_regions, "Қостанай мен Ақмола облыстарында жауын болды", "B-GPE O B-GPE O O O",
     "B-GPE O B-GPE I-GPE O O"),
    (listed_regions, "Қостанай мен Ақмола аудандарында жауын болды", "B-GPE O B-GPE O O O",
     "B-GPE O B-GPE O O O"),
    # a place's name at the start of a body's: the word left out before it joins; not a person's
    (longer_places, "Батыс Қазақстан облыстық басқармасы хабарлады", "O B-ORGANISATION I-ORGANISATION I-ORGANISATION O",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION O"),
    (longer_places, "Батыс Қазақстан Тоқаевты қолдады", "O B-PERSON I-PERSON O", "O B-PERSON I-PERSON O"),
    (longer_places, "Батыс Еуропа банкі", "O B-ORGANISATION I-ORGANISATION", "O B-ORGANISATION I-ORGANISATION"),
    # a body read where a region's name ends in облысы is the region; a body past it keeps its head
    (regions_read_as_bodies, "Солтүстік Қазақстан облысын аралады", "B-ORGANISATION I-ORGANISATION I-ORGANISATION O",
     "B-GPE I-GPE I-GPE O"),
    (regions_read_as_bodies, "Қазақстан облысының әкімдігі", "B-ORGANISATION I-ORGANISATION I-ORGANISATION",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION"),
    # a place the CRF ended before its region's word joins it; not before облыс unpossessed (облыс орталығы: a
    # region's centre)
    (regions_read_as_bodies, "Өзбекстанның Наманган облысымен келісті", "B-GPE B-GPE O O", "B-GPE B-GPE I-GPE O"),
    (regions_read_as_bodies, "Астана облыс орталығы емес", "B-GPE O O O", "B-GPE O O O"),
    # two given names before one family name in the plural are a couple; before a singular surname, two people
    (couples, "Ерлан мен Гүлнар Сапаровтар келді", "B-PERSON O B-PERSON I-PERSON O",
     "B-PERSON I-PERSON I-PERSON I-PERSON O"),
    (couples, "Ерлан мен Гүлнар Сапарова келді", "B-PERSON O B-PERSON I-PERSON O", "B-PERSON O B-PERSON I-PERSON O"),
    # the Basic Law; Ата alone before another word
    (basic_law, "Ата Заңға өзгеріс енгізілді", "B-PERSON I-PERSON O O", "B-LAW I-LAW O O"),
    (basic_law, "Ата Заңымыздың бабы", "O O O", "B-LAW I-LAW O"),
    (basic_law, "Ата Заңгер болды", "B-PERSON I-PERSON O", "B-PERSON I-PERSON O"),
    # a place's people in lowercase; a common noun's -лық
    (place_demonyms, "павлодарлықтар мен маңғыстаулықтар жиналды", "O O O O", "B-NORP O B-NORP O"),
    (place_demonyms, "айлық жалақы мен базарлық", "O O O O", "O O O O"),
    # a body the CRF ended before its head word holds it; not a company's name, nor a quoted one
    (bodies_reach_their_head, "Ұлттық ғылым академиясы мәлімдеді", "B-ORGANISATION I-ORGANISATION O O",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION O"),
    (bodies_reach_their_head, "Дала Жолы компаниясы мәлімдеді", "B-ORGANISATION I-ORGANISATION O O",
     "B-ORGANISATION I-ORGANISATION O O"),
    (bodies_reach_their_head, "« Дала » қоры мәлімдеді", "O B-ORGANISATION O O O", "O B-ORGANISATION O O O"),
    # a quoted name before a microdistrict's word is a place; before a lake's, what the CRF read stays
    (quoted_by_head, "« Көктем » ықшамауданында мектеп бар", "O B-ART O O O O O", "O B-LOCATION O O O O O"),
    (quoted_by_head, "« Көктем » көлінде балық бар", "O B-ART O O O O O", "O B-ART O O O O O"),
    # a country's adjective run into a Latin company's name is a NORP before it; not before a Cyrillic name
    (demonyms_before_latin, "Британиялық Shell компаниясы келді", "B-ORGANISATION I-ORGANISATION O O",
     "B-NORP B-ORGANISATION O O"),
    (demonyms_before_latin, "Британиялық Кеңес өкілдері келді", "B-ORGANISATION I-ORGANISATION O O",
     "B-ORGANISATION I-ORGANISATION O O"),
    # a Latin run with a body's English word is a company whatever noun follows; a plain run before a possessed noun
    # names that thing
    (latin_companies, "Mitsubishi Heavy Industries тобына қарасты", "B-PERSON I-PERSON I-PERSON O O",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION O O"),
    (latin_companies, "Python тілі оңай", "O O O", "O O O"),
    # a word that only begins like a head word is no head (банкноттары, ұйымдастырушысы)
    (bodies_reach_their_head, "Ұлттық банк банкноттарының дизайны", "B-ORGANISATION I-ORGANISATION O O",
     "B-ORGANISATION I-ORGANISATION O O"),
    # Constitution Day is no law; a law the CRF read on past Заң keeps its words
    (basic_law, "Ата Заң күні өтті", "B-EVENT I-EVENT I-EVENT O", "B-EVENT I-EVENT I-EVENT O"),
    (basic_law, "Ата Заңның 44-бабы", "B-LAW I-LAW I-LAW", "B-LAW I-LAW I-LAW"),
]


@pytest.mark.parametrize("rule, words, labels, expected", ROWS)
def test_rule(rule, words: str, labels: str, expected: str) -> None:
    assert rule(words.split(), labels.split()) == expected.split()


@pytest.mark.parametrize("word, kind", [
    ("конгресінде", "event"), ("байқауында", "event"), ("карнавалы", "event"), ("полигонында", "fac"),
    ("әуебазасы", "fac"), ("кешенінде", "fac"), ("суқұбырының", "fac"), ("мөлтекауданы", "district"),
    ("байқаушылар", ""),  # observers, no contest
])
def test_head_words(word: str, kind: str) -> None:
    assert heads.head(word) == kind


def test_a_demonym_needs_a_proper_place_first() -> None:
    assert demonym("алматылықтардың") and not demonym("темірлік") and not demonym("айлық")
