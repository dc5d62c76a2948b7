"""The whole pipeline on press sentences written for these tests (a user's read of news articles): names with their
case ending inside the quotes, bodies by names with signs, Latin names listed before a company word, rivers and lakes,
common nouns and postpositions before a name, one entity a span.

Each row: a sentence, the entities expected among the found ones as "LABEL:text" or "LABEL:text=canonical", and texts
that must be no entity's, a decoy beside each case where the word is a name."""
import pytest

import taldau
from taldau.ner.edges import words_begin_no_names

ROWS = [
    # a case ending inside the quotes is the sentence's, unless the name modifies a possessed noun or a name
    ("Сеул «Қазатомөнеркәсіппен» әріптестік орнатуға ниетті.", ["ORGANISATION:Қазатомөнеркәсіппен=Қазатомөнеркәсіп"], []),
    ("Үкімет «Газпроммен» жаңа келісімге қол қойды.", ["ORGANISATION:Газпроммен=Газпром"], []),
    ("«Қазақтелекомның» акциялары қымбаттады.", ["ORGANISATION:Қазақтелекомның=Қазақтелеком"], []),
    ("«Әл-Кайда» ұйымы тағы да шабуыл жасады.", ["ORGANISATION:Әл-Кайда=Әл-Кайда"], []),
    ("Ресей «Газпроммен» әлі келісе алмай отыр.", ["ORGANISATION:Газпроммен=Газпром"], []),
    ("«Ауылға» атты өлеңі жарық көрді.", [], ["Ауыл"]),
    # a city is its gazetteer name, as the actor it is
    ("Пекин бұл келісімге әзірге қарсы.", ["GPE:Пекин=Бейжің"], []),
    # OPEC+ with its plus, bare and inflected
    ("ОПЕК+ елдері мұнай өндіруді қысқартуға келісті.", ["ORGANISATION:ОПЕК+=ОПЕК+"], []),
    ("Нарық ОПЕК+-тың келесі шешімін күтіп отыр.", ["ORGANISATION:ОПЕК+-тың=ОПЕК+"], []),
    # Latin names listed before a company word they share are a body each
    ("Министрлік Oracle, Samsung және Baidu компанияларымен келісім жасады.",
     ["ORGANISATION:Oracle", "ORGANISATION:Samsung", "ORGANISATION:Baidu"], []),
    ("Apple мен Google корпорациялары жаңа заңға қарсы.", ["ORGANISATION:Apple", "ORGANISATION:Google"], []),
    # rivers and lakes by name: a LOCATION alone, before their head word, in a title; a town before a settlement's
    ("Әмудария мен Сырдария: тартылған өзендер.", ["LOCATION:Әмудария", "LOCATION:Сырдария"], ["Сырдария:"]),
    ("Фермерлер Сырдариядан су алады.", ["LOCATION:Сырдариядан=Сырдария"], []),
    ("Қытай Қара Ертістен көбірек су алмақ.", ["LOCATION:Қара Ертістен=Қара Ертіс"], []),
    ("Ертістен алынатын су азайып келеді.", ["LOCATION:Ертістен=Ертіс"], []),
    ("Тексерістен өткен құбырлар ғана іске қосылады.", [], ["Тексерістен"]),
    ("Іле өзені мен Балқаш көлі тартылып жатыр.", ["LOCATION:Іле", "LOCATION:Балқаш"], []),
    ("Балқаш қаласында жиын өтті.", ["GPE:Балқаш"], []),
    ("Шу көп болды, ешкім ұйықтамады.", [], ["Шу"]),
    # a bare head word ("the agency") and a postposition begin no name
    ("Агенттік Астана халықаралық қаржы орталығымен бірлесіп жаңа биржа ашады.",
     ["ORGANISATION:Астана халықаралық қаржы орталығымен"], ["Агенттік Астана халықаралық қаржы орталығымен"]),
    ("Ал министрлік Азия даму банкімен бірлесіп жобаны қолдайды.", ["ORGANISATION:Азия даму банкімен"], []),
    ("Парламент Мәжілісінің депутаттары жиналды.", ["ORGANISATION:Парламент Мәжілісінің"], []),
    ("Бұл туралы қор басқармасының төрағасы Нұрлан Жақыпов мәлімдеді.", ["PERSON:Нұрлан Жақыпов"],
     ["туралы қор басқармасының төрағасы"]),
    ("Ал Amanat партиясы салық реформасын қолдайды.", [], ["Ал Amanat", "Ал Amanat партиясы"]),
    ("Таяу Шығыстағы елдерге көмек жіберілді.", [], ["Шығыстағы"]),
    ("Сарысу мен Ертіс: өзендердің тағдыры.", ["LOCATION:Ертіс"], ["Ертіс:"]),
    # a body before its members is a body, its abbreviation too; before a title, a position
    ("Қазақстан стратегиялық зерттеулер институтының (ҚСЗИ) сарапшылары баяндама жариялады.",
     ["ORGANISATION:Қазақстан стратегиялық зерттеулер институтының", "ORGANISATION:ҚСЗИ"], []),
    ("Астық одағының төрағасы Евгений Карабанов мәлімдеді.", ["POSITION:Астық одағының төрағасы"], []),
    # a Latin company name with a city in it is the company; a body before a programme's Latin name is the body alone
    ("Air Astana компаниясы жаңа ұшақтар сатып алмақ.", ["ORGANISATION:Air Astana=Air Astana"], ["Astana"]),
    ("Еуропалық одақ Global Gateway бастамасы аясында жол салады.",
     ["ORGANISATION:Еуропалық одақ", "PROJECT:Global Gateway"], ["Еуропалық одақ Global Gateway"]),
    ("Сарапшының сөзінше, «Эйр Астананың» IPO-сы сәтті өтті.", ["ORGANISATION:Эйр Астананың=Эйр Астана"], []),
    # Қаз- and a noun: a national company or service; not a given name nor a common word
    ("Қазгидрометтің мамандары су тасқынынан сақтандырды.", ["ORGANISATION:Қазгидрометтің=Қазгидромет"], []),
    ("Қазіргі кезде өзенде су аз.", [], ["Қазіргі"]),
]


def _shown(entity) -> set[str]:
    return {f"{entity.label}:{entity.text}", f"{entity.label}:{entity.text}={entity.canonical}"}


@pytest.mark.parametrize("text, expected, absent", ROWS, ids=[row[0][:30] for row in ROWS])
def test_entities(text: str, expected: list[str], absent: list[str]) -> None:
    entities = taldau.analyze(text).entities
    found, texts = set().union(*map(_shown, entities)), {e.text for e in entities}
    assert set(expected) <= found, found
    assert not set(absent) & texts, found


@pytest.mark.parametrize("text", [row[0] for row in ROWS], ids=[row[0][:30] for row in ROWS])
def test_no_two_entities_share_a_word(text: str) -> None:
    entities = sorted(taldau.analyze(text).entities, key=lambda e: e.start)
    assert all(a.end <= b.start for a, b in zip(entities, entities[1:])), entities


# words | the CRF's labels | after the rule
BARE_HEADS = [
    ("Қор Азия даму банкімен келісті", "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION O",
     "O B-ORGANISATION I-ORGANISATION I-ORGANISATION O"),
    ("Компания Атырау қаласында", "B-ORGANISATION I-ORGANISATION O", "O B-GPE O"),
    ("Банк ЦентрКредит несие берді", "B-ORGANISATION I-ORGANISATION O O", "B-ORGANISATION I-ORGANISATION O O"),
    ("Парламент Сенатының отырысы", "B-ORGANISATION I-ORGANISATION O", "B-ORGANISATION I-ORGANISATION O"),
    ("Бүгін Компания Атырау", "O B-ORGANISATION I-ORGANISATION", "O B-ORGANISATION I-ORGANISATION"),  # a name
    # an adverb first in the sentence begins no name; a date's does, and so does a word that is also an adjective
    ("Тіпті партия басшысы келді", "B-ORGANISATION O O O", "O O O O"),
    ("Әрине Астана банкі келісті", "B-ORGANISATION I-ORGANISATION I-ORGANISATION O",
     "O B-ORGANISATION I-ORGANISATION O"),
    ("Былтыр көп жауын болды", "B-DATE O O O", "B-DATE O O O"),
    ("Жаңа жыл келді", "B-EVENT I-EVENT O", "B-EVENT I-EVENT O"),
    # a plural common noun first in the sentence, its subject, begins no body's name; a plural of members inside the
    # sentence does (Кәсіпкерлер палатасы), and so does one before a name of another class
    ("Өтініштер мемлекеттік қызметтер орталығы арқылы беріледі",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION O O",
     "O B-ORGANISATION I-ORGANISATION I-ORGANISATION O O"),
    ("Біз Кәсіпкерлер одағы басқармасына бардық", "O B-ORGANISATION I-ORGANISATION I-ORGANISATION O",
     "O B-ORGANISATION I-ORGANISATION I-ORGANISATION O"),
    ("Ардагерлер күні мерекесі өтті", "B-EVENT I-EVENT I-EVENT O", "B-EVENT I-EVENT I-EVENT O"),
]


@pytest.mark.parametrize("words, labels, expected", BARE_HEADS)
def test_a_bare_head_word_begins_no_name(words: str, labels: str, expected: str) -> None:
    assert words_begin_no_names(words.split(), labels.split()) == expected.split()


@pytest.mark.parametrize("text", ["Пекин бұл келісімге әзірге қарсы.", "Ыстамбұл бұл жобаны қолдайды."])
def test_a_city_s_entity_and_actor_share_one_canonical_name(text: str) -> None:
    doc = taldau.analyze(text)
    actors = {r.actor.canonical for r in doc.relations}  # (the links differ by design: a city acts for itself)
    assert actors and actors <= {e.canonical for e in doc.entities if e.label == "GPE"}, (actors, doc.entities)
