"""Names by their form (ner15): a person's name written surname first and declined word by word (Омарова Айгүлдің
Серікқызының), a patronymic the dictionary lists as a noun (Момышұлы), a quoted software system a PRODUCT («Есепші»
жүйесі), an English event's name by its last word (Astana Media Week), Ұлы "great" first in a name. Rules alone on labels given here, each with a
decoy where it must not fire, then the pipeline; every sentence is written for these tests."""
import pytest

import taldau
from taldau.ner.commons import great_names
from taldau.ner.events import latin_events
from taldau.ner.person_edges import persons_end_at_case
from taldau.ner.persons import patronymic, patronymics
from taldau.ner.quoted import quoted_by_head

# rule | words | the CRF's labels | after the rule
ROWS = [
    # a surname before a given name and a patronymic the CRF read apart is one PERSON; not a surname in a case (whom
    # the person writes to), nor a place before the name
    (patronymics, "Дәрігер Омарова Айгүл Серікқызы келді", "O B-PERSON B-PERSON B-PERSON O",
     "O B-PERSON I-PERSON I-PERSON O"),
    (patronymics, "Дәрігер Омарова Айгүл Серікқызы келді", "O O B-PERSON B-PERSON O", "O B-PERSON I-PERSON I-PERSON O"),
    (patronymics, "Омароваға Айгүл Серікқызы хат жазды", "B-PERSON B-PERSON B-PERSON O O",
     "B-PERSON B-PERSON I-PERSON O O"),
    (patronymics, "Жиынға Астана Айгүл Серікқызы келді", "O B-GPE B-PERSON B-PERSON O", "O B-GPE B-PERSON I-PERSON O"),
    # a name declined on each word: a patronymic in the same case goes on with it; two persons in other cases part
    (persons_end_at_case, "Омарова Айгүлдің Серікқызының еңбегі", "B-PERSON I-PERSON I-PERSON O",
     "B-PERSON I-PERSON I-PERSON O"),
    (persons_end_at_case, "Ерланға Айгүл Серікқызы хат жазды", "B-PERSON I-PERSON I-PERSON O O",
     "B-PERSON B-PERSON I-PERSON O O"),
    (persons_end_at_case, "Ерланға Айгүлдің Серікқызының хаты", "B-PERSON I-PERSON I-PERSON O",
     "B-PERSON B-PERSON I-PERSON O"),
    # a quoted name before a system's noun is a PRODUCT, found or left out; not a lowercase quotation, a smart system
    (quoted_by_head, "Банк « Есепші » ақпараттық жүйесін енгізді", "O O B-ORGANISATION O O O O",
     "O O B-PRODUCT O O O O"),
    (quoted_by_head, "Салық « Есепші » жүйесі арқылы төленеді", "O O O O O O O", "O O B-PRODUCT O O O O"),
    (quoted_by_head, "Қала « ақылды » жүйеге көшті", "O O O O O O", "O O O O O O"),
    (quoted_by_head, "Олар « Боингтегі » жүйені сынады", "O O O O O O", "O O O O O O"),
    # Latin words ending in an English event's noun are an EVENT; not one word alone, nor a company's name
    (latin_events, "Биыл Astana Media Week-тың бағдарламасы шықты", "O B-ORGANISATION I-ORGANISATION I-ORGANISATION O O",
     "O B-EVENT I-EVENT I-EVENT O O"),
    (latin_events, "Almaty Tech Forum қазанда өтеді", "B-PRODUCT I-PRODUCT I-PRODUCT B-DATE O",
     "B-EVENT I-EVENT I-EVENT B-DATE O"),
    (latin_events, "Компания EXPO алаңында орналасқан", "O B-FACILITY O O", "O B-FACILITY O O"),
    (latin_events, "Kaspi Bank несие береді", "B-ORGANISATION I-ORGANISATION O O", "B-ORGANISATION I-ORGANISATION O O"),
    # before a company's, a studio's or a magazine's head word the name is the body's
    (latin_events, "Epic Games компаниясы ойын шығарды", "B-ORGANISATION I-ORGANISATION O O O",
     "B-ORGANISATION I-ORGANISATION O O O"),
    (latin_events, "Vanity Fair журналы жазды", "B-PERSON I-PERSON O O", "B-PERSON I-PERSON O O"),
    (latin_events, "Asian Games жарысы өтті", "B-PERSON I-PERSON O O", "B-EVENT I-EVENT O O"),
    # Ұлы "great" before a name begins it, left out or read as a person; not before a person (an epithet), a horde, or
    # a place after Ұлы "his son"
    (great_names, "Керуен Ұлы Жібек жолы арқылы өтті", "O O B-FACILITY I-FACILITY O O",
     "O B-FACILITY I-FACILITY I-FACILITY O O"),
    (great_names, "Ұлы даланың тарихы жазылды", "B-PERSON B-LOCATION O O", "B-LOCATION I-LOCATION O O"),
    (great_names, "Ұлы Абай туралы кітап шықты", "O B-PERSON O O O", "O B-PERSON O O O"),
    (great_names, "Ұлы жүз бен Орта жүз", "O B-NORP O B-NORP I-NORP", "O B-NORP O B-NORP I-NORP"),
    (great_names, "Ұлы Лондонда оқиды", "O B-GPE O", "O B-GPE O"),
    # a name in a case of place after Ұлы: "his son" lives there, the street's name begins after it
    (great_names, "Ұлы Абылай хан даңғылындағы үйде тұрады", "O B-FACILITY I-FACILITY I-FACILITY O O",
     "O B-FACILITY I-FACILITY I-FACILITY O O"),
    (great_names, "Ұлы Жібек жолы арқылы өтті", "O B-FACILITY I-FACILITY O O", "B-FACILITY I-FACILITY I-FACILITY O O"),
]


@pytest.mark.parametrize("rule, words, labels, expected", ROWS)
def test_rule(rule, words: str, labels: str, expected: str) -> None:
    assert rule(words.split(), labels.split()) == expected.split()


@pytest.mark.parametrize("word, expected", [("Момышұлы", True), ("Мұратқызының", True), ("Арнаулы", False),
                                            ("Қарулы", False)])
def test_a_patronymic_the_dictionary_lists_as_a_noun(word: str, expected: bool) -> None:
    assert patronymic(word) == expected


@pytest.mark.parametrize("text, expected", [
    ("Дәрігер Омарова Айгүлдің Серікқызының еңбегі жоғары бағаланды.", {("Омарова Айгүлдің Серікқызының", "PERSON")}),
    ("Салық « Есепші » жүйесі арқылы төленеді.", {("Есепші", "PRODUCT")}),
    ("Қала « ақылды » жүйеге көшті.", set()),
    ("Керуен Ұлы Жібек жолы арқылы өтті.", {("Ұлы Жібек жолы", "FACILITY")}),
    ("Биыл Astana Media Week-тың бағдарламасы шықты.", {("Биыл", "DATE"), ("Astana Media Week-тың", "EVENT")}),
])
def test_in_the_pipeline(text: str, expected: set) -> None:
    assert {(e.text, e.label) for e in taldau.analyze(text).entities} == expected
