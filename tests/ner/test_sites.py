"""Sites, regional bodies and laws named by the words after them (issue 12, ner12): an oil field, a port, a fort, a road
between two places written with a dash, streets named together, a quoted monument, station, vehicle or drill, a body of
a region named after a person, a quoted law before a country's name, Кеңес (Soviet) before a state's noun.
Rules alone on labels given here, each with a decoy where it must not fire; every sentence is written for these tests."""
import pytest

import taldau
from taldau.ner.laws import country_laws
from taldau.ner.nations import soviets
from taldau.ner.places import regional_bodies
from taldau.ner.quoted import quoted_by_head
from taldau.ner.sites import routes, sites, streets, streets_named_by_words

# rule | words | the CRF's labels | after the rule
ROWS = [
    # a name before кен орны / кен алаңы, a port's or a fort's word: a FACILITY alone, whatever the CRF read it as
    (sites, "Компания Қашаған кен орнында жұмыс істейді", "O B-GPE O O O O", "O B-FACILITY O O O O"),
    (sites, "Олар « Теңіз » кен алаңында болды", "O O B-ORGANISATION O O O O", "O O B-FACILITY O O O O"),
    (sites, "Жүк Ақтау халықаралық теңіз порты арқылы өтті", "O B-GPE O O O O O", "O B-FACILITY O O O O O"),
    (sites, "Сарбаздар Омбы бекінісін қорғады", "O B-GPE O O", "O B-FACILITY O O"),
    # listed names before a plural head: each a FACILITY
    (sites, "Мамандар Өзен және Жетібай кен орындарын аралады", "O B-GPE O B-LOCATION O O O",
     "O B-FACILITY O B-FACILITY O O O"),
    # decoys: a place in a case (where the fields are), a country's fields, a verb (қамалады: is locked up), the
    # sentence's first common word the CRF saw as no name, a name the CRF ran on past the head (a post)
    (sites, "Атырау облысындағы кен орындары көп", "B-GPE I-GPE O O O", "B-GPE I-GPE O O O"),
    (sites, "Қазақстан кен орындары көп", "B-GPE O O O", "B-GPE O O O"),
    (sites, "Ресейдің порттары жабық", "B-GPE O O", "B-GPE O O"),
    (sites, "Ұрылар Омбы түрмесіне қамалады", "O B-GPE O O", "O B-GPE O O"),
    (sites, "Теңіз кен орнындағы жұмысшылар келді", "O O O O O", "O O O O O"),
    # a one-word name before a railway's or a pipeline's word, read as a person: the FACILITY; a country before it
    # stays the builder; a country's own pipeline (газ құбырын) none
    (sites, "Жоба Сарыжазық теміржолын қамтиды", "O B-PERSON O O", "O B-FACILITY O O"),
    (sites, "Түрікменстан Сарыжазық құбырын салады", "B-GPE O O O", "B-GPE B-FACILITY O O"),
    (sites, "Ресей газ құбырын жөндеді", "B-GPE O O O", "B-GPE O O O"),
    (sites, "Жапония Ресей теміржолымен жүк тасиды", "B-GPE B-GPE O O O", "B-GPE B-GPE O O O"),
    (sites, "Ресей Қытай құбырын салады", "B-GPE B-GPE O O", "B-GPE B-GPE O O"),
    (sites, "Ол Теңіз кен орнының директоры болды", "O B-POSITION I-POSITION I-POSITION I-POSITION O",
     "O B-POSITION I-POSITION I-POSITION I-POSITION O"),
    # places joined by a dash before a road's, a pipeline's word: one FACILITY; not before another noun (a flight)
    (routes, "Аягөз – Бақты тас жолы жөнделді", "B-GPE O B-GPE O O O", "B-FACILITY I-FACILITY I-FACILITY O O O"),
    (routes, "« Бейнеу – Бозой » газ құбыры іске қосылды", "O B-GPE O B-GPE O O O O O O",
     "O B-FACILITY I-FACILITY I-FACILITY O O O O O O"),
    (routes, "Мынау Орал – Ақсай трассасы", "O B-GPE O B-GPE O", "O B-FACILITY I-FACILITY I-FACILITY O"),
    (routes, "Алматы – Астана рейсі кешікті", "B-GPE O B-GPE O O", "B-GPE O B-GPE O O"),
    (routes, "Қытай – Қазақстан – Иран теміржолы", "B-GPE O B-GPE O B-GPE O",
     "B-FACILITY I-FACILITY I-FACILITY I-FACILITY I-FACILITY O"),
    (routes, "Жайық – Қарамай каналы", "B-FACILITY I-FACILITY I-FACILITY I-FACILITY", "B-FACILITY I-FACILITY I-FACILITY O"),
    (routes, "Қазақстан – Өзбекстан бағытындағы жүк көбейді .", "B-GPE O B-GPE O O O O",
     "B-GPE O B-GPE O O O O"),  # countries in a direction with no road: a trade between two GPEs
    (routes, "Қазақстан – Қытай бағытындағы жол жөнделді", "B-GPE O B-GPE O O O",
     "B-FACILITY I-FACILITY I-FACILITY O O O"),  # a road's word after бағыт: a route however large its ends
    (routes, "Көкшетау – Арқалық бағытындағы көліктер", "B-GPE O B-GPE O O", "B-FACILITY I-FACILITY I-FACILITY O O"),
    (routes, "Алматы – Бішкек тас жолы ашылды", "B-GPE O B-GPE O O O", "B-FACILITY I-FACILITY I-FACILITY O O O"),
    (routes, "Ертіс – ұзын өзен", "B-LOCATION O O O", "B-LOCATION O O O"),
    # names joined by мен, және before a plural street's word: one FACILITY with it; not the streets of cities, nor one
    # name alone, nor the sentence's first common word
    (streets, "Апат Сәтпаев пен Жандосов көшелерінің қиылысында болды", "O B-PERSON O B-PERSON O O O",
     "O B-FACILITY I-FACILITY I-FACILITY I-FACILITY O O"),
    (streets, "Жол Абай мен Бөгенбай батыр даңғылдарында жабық", "O B-GPE O B-ORGANISATION I-ORGANISATION I-ORGANISATION O",
     "O B-FACILITY I-FACILITY I-FACILITY I-FACILITY I-FACILITY O"),
    (streets, "Ол Алматы мен Астана көшелерінде жүрді", "O B-GPE O B-GPE O O", "O B-GPE O B-GPE O O"),
    (streets, "Ол Сәтпаев көшелерін аралады", "O B-PERSON O O", "O B-PERSON O O"),
    (streets, "Қаланың барлық көшелері тазаланды", "O O O O", "O O O O"),
    # a one-word name before облыстық, қалалық, аудандық up to a possessed noun: a body, or a post after it
    (regional_bodies, "Абай облыстық мәслихаты жиналды", "B-PERSON O O O",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION O"),
    (regional_bodies, "Сессияда Жетісу облыстық мәслихатының депутаты сөйледі", "O B-LOCATION O O O O",
     "O B-POSITION I-POSITION I-POSITION I-POSITION O"),
    # decoys: a person in a regional hospital (no possessed noun), a first word that is a common one
    (regional_bodies, "Ерлан облыстық ауруханада жатыр", "B-PERSON O O O", "B-PERSON O O O"),
    (regional_bodies, "Осы облыстық мәслихаты шешті", "O O O O", "O O O O"),
    # a quoted name before a monument, a station, a kindergarten, a vehicle, a drill: of that class; not a name in the
    # genitive (whose vehicle)
    (quoted_by_head, "« Тәуелсіздік » монументіне барды", "O B-ORGANISATION O O O", "O B-FACILITY O O O"),
    (quoted_by_head, "Пойыз « Сарыарқа » бекетінде тұр", "O O B-PROJECT O O O", "O O B-FACILITY O O O"),
    (quoted_by_head, "« Айгөлек » балалар бақшасы жабылды", "O B-ORGANISATION O O O O", "O B-FACILITY O O O O"),
    (quoted_by_head, "Аулада « Москвич » көлігі өртенді", "O O O O O O", "O O B-PRODUCT O O O"),
    (quoted_by_head, "« Дала-2025 » оқу-жаттығуы өтті", "O B-ORGANISATION O O O", "O B-EVENT O O O"),
    (quoted_by_head, "« Қаланың » көлігі жаңарды", "O B-ORGANISATION O O O", "O B-ORGANISATION O O O"),
    # a quoted name the CRF read as a place or a person before a facility's head word, after bare nouns or none: the
    # FACILITY; decoys: a place in the genitive (whose stadium), a body the CRF read (a clinic as a body)
    (quoted_by_head, "Жаңа « Шұғыла » спорт кешені ашылды", "O O B-LOCATION O O O O", "O O B-FACILITY O O O O"),
    (quoted_by_head, "Жанкүйерлер « Ақсу » стадионына барды", "O O B-GPE O O O", "O O B-FACILITY O O O"),
    (quoted_by_head, "« Бекзат » ауруханасында жөндеу жүрді", "O B-PERSON O O O O", "O B-FACILITY O O O O"),
    (quoted_by_head, "« Алматының » стадионы жөнделді", "O B-GPE O O O", "O B-GPE O O O"),
    (quoted_by_head, "« Дәрігер » емханасы ашылды", "O B-ORGANISATION O O O", "O B-ORGANISATION O O O"),
    # Кеңес before Одағы is the Soviet Union, before a noun of power or army "Soviet"; not the council's, a person's, nor
    # a post the CRF ran on past Одағы
    (soviets, "Кеңес Одағы ыдырады", "B-PERSON I-PERSON O", "B-GPE I-GPE O"),
    (soviets, "Кеңес өкіметі құлады", "O O O", "B-NORP O O"),
    (soviets, "Ол Кеңес әскерінде қызмет етті", "O B-PERSON O O O", "O B-NORP O O O"),
    (soviets, "Кеңес отырысы өтті", "B-ORGANISATION O O", "B-ORGANISATION O O"),
    (soviets, "Кеңес Әбдіров келді", "B-PERSON I-PERSON O", "B-PERSON I-PERSON O"),
    (soviets, "Ол Кеңес Одағының маршалы", "O B-POSITION I-POSITION I-POSITION", "O B-POSITION I-POSITION I-POSITION"),
    # a quoted title ending in туралы, a country in the genitive and заң: the title a LAW, the country a GPE
    (country_laws, "Ол « Медиа туралы » Қазақстан Республикасының Заңына қол қойды",
     "O O B-ART I-ART O B-LAW I-LAW I-LAW O O", "O O B-LAW I-LAW O B-GPE I-GPE O O O"),
    # decoys: no country between (law_titles' case), no туралы (a work named after the country)
    (country_laws, "« Білім туралы » Заңға өзгерістер", "O B-LAW I-LAW O O O", "O B-LAW I-LAW O O O"),
    (country_laws, "Ол « Ақ жол » Қазақстан Республикасының Заңына сілтеді",
     "O O B-ART I-ART O B-LAW I-LAW I-LAW O", "O O B-ART I-ART O B-LAW I-LAW I-LAW O"),
    # a street named by common words or a place is the name alone; decoys: a street after a person (a given name, a
    # surname, a name and an honorific), a square, streets in the plural
    (streets_named_by_words, "Біз Бейбітшілік даңғылында тұрамыз", "O B-FACILITY I-FACILITY O",
     "O B-FACILITY O O"),
    (streets_named_by_words, "Мәңгілік Ел даңғылы жабылды", "B-FACILITY I-FACILITY I-FACILITY O",
     "B-FACILITY I-FACILITY O O"),
    (streets_named_by_words, "Ол Сарыарқа көшесінде тұрады", "O B-FACILITY I-FACILITY O", "O B-FACILITY O O"),
    (streets_named_by_words, "Ол Абай көшесінде тұрады", "O B-FACILITY I-FACILITY O", "O B-FACILITY I-FACILITY O"),
    (streets_named_by_words, "Гагарин даңғылында кептеліс", "B-FACILITY I-FACILITY O", "B-FACILITY I-FACILITY O"),
    (streets_named_by_words, "Бұқар жырау даңғылы жөнделді", "B-FACILITY I-FACILITY I-FACILITY O",
     "B-FACILITY I-FACILITY I-FACILITY O"),
    (streets_named_by_words, "Республика алаңында жиналды", "B-FACILITY I-FACILITY O", "B-FACILITY I-FACILITY O"),
    (streets_named_by_words, "Достық пен Бейбітшілік көшелерінде", "B-FACILITY I-FACILITY I-FACILITY I-FACILITY",
     "B-FACILITY I-FACILITY I-FACILITY I-FACILITY"),
]


@pytest.mark.parametrize("rule, words, labels, expected", ROWS)
def test_rule(rule, words: str, labels: str, expected: str) -> None:
    assert rule(words.split(), labels.split()) == expected.split()


# The whole pipeline on raw text, as a user runs it
TEXTS = [
    ("Компания Қашаған кен орнында өндірісті арттырды.", {("FACILITY", "Қашаған")}),
    ("Мамандар Өзен және Жетібай кен орындарын аралады.", {("FACILITY", "Өзен"), ("FACILITY", "Жетібай")}),
    ("Кеме Ақтау мен Құрық порттарына келді.", {("FACILITY", "Ақтау"), ("FACILITY", "Құрық")}),
    ("Аягөз – Бақты тас жолы биыл жөнделеді.", {("FACILITY", "Аягөз – Бақты")}),
    ("Абай облыстық мәслихаты бюджетті бекітті.", {("ORGANISATION", "Абай облыстық мәслихаты")}),
    ("Депутаттар «Жер қойнауы туралы» Қазақстан Республикасының Заңына өзгерістер енгізді.",
     {("LAW", "Жер қойнауы туралы"), ("GPE", "Қазақстан Республикасының")}),
    ("Алматы – Астана рейсі кешіктірілді.", {("GPE", "Алматы"), ("GPE", "Астана")}),
    ("Апат Сәтпаев пен Жандосов көшелерінің қиылысында болды.", {("FACILITY", "Сәтпаев пен Жандосов көшелерінің")}),
    ("Жолаушылар Бейбітшілік даңғылының бойында күтті.", {("FACILITY", "Бейбітшілік")}),
    ("Жаңа мектеп Жамбыл көшесінде салынды.", {("FACILITY", "Жамбыл көшесінде")}),
    ("Ауданда жаңа «Шұғыла» спорт кешені ашылды.", {("FACILITY", "Шұғыла")}),
]


@pytest.mark.parametrize("text, expected", TEXTS, ids=[text[:20] for text, _ in TEXTS])
def test_raw_text(text: str, expected: set[tuple[str, str]]) -> None:
    found = {(e.label, e.text) for e in taldau.analyze(text).entities}
    assert expected <= found, found
