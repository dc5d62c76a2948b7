"""Quoted names classed by the head word after them (`taldau.ner.quoted.quoted_by_head`): the rule alone on labels
given here, and the whole pipeline on sentences written for these tests."""
import pytest

import taldau
from taldau.ner.quoted import (
    awards,
    listed_quotations,
    parties,
    quoted_by_head,
    titled_works,
)

# words | the CRF's labels | after the rule
ROWS = [
    ("« Таза су » жобасы басталды", "O B-ORGANISATION I-ORGANISATION O O O", "O B-PROJECT I-PROJECT O O O"),
    ("« Ақ бидай » бағдарламасының грантын", "O B-LOCATION I-LOCATION O O O", "O B-PROJECT I-PROJECT O O O"),
    ("« Алтын күз » халықаралық фестивалі өтті", "O B-ART I-ART O O O O", "O B-EVENT I-EVENT O O O O"),
    # before a project's head the whole quotation, whatever the CRF read in it or left out
    ("« Ауылдың 50 жас маманы » жобасы", "O B-GPE B-CARDINAL O O O O", "O B-PROJECT I-PROJECT I-PROJECT I-PROJECT O O"),
    ("« Таза ауа » бағдарламасы", "O O O O O", "O B-PROJECT I-PROJECT O O"),
    ("« 2030 » бағдарламасы", "O B-DATE O O", "O B-PROJECT O O"),
    # a body's head word is `parties`' own; no quotes; a number with no project's head keeps its class;
    # an event's head names a capitalised name the CRF left out too, not a lowercase quotation
    ("« Жаңа жол » компаниясы", "O B-ORGANISATION I-ORGANISATION O O", "O B-ORGANISATION I-ORGANISATION O O"),
    ("Таза су жобасы", "B-ORGANISATION I-ORGANISATION O", "B-ORGANISATION I-ORGANISATION O"),
    ("« 2030 » туралы", "O B-DATE O O", "O B-DATE O O"),
    ("« Алтын күз » фестивалі", "O O O O O", "O B-EVENT I-EVENT O O"),
    ("« Көкөрім » халықаралық форумына келді", "O O O O O O", "O B-EVENT O O O O"),
    ("« алтын күз » фестивалі", "O O O O O", "O O O O O"),
]


@pytest.mark.parametrize("words, labels, expected", ROWS)
def test_a_quoted_name_takes_its_head_word_s_class(words: str, labels: str, expected: str) -> None:
    assert quoted_by_head(words.split(), labels.split()) == expected.split()


@pytest.mark.parametrize("text, expected", [
    ("«Жасыл ел» жобасы аясында мектеп маңына ағаш егілді.", [("PROJECT", "Жасыл ел")]),
    ("«Көктем әуені» фестивалі Таразда өтеді.", [("EVENT", "Көктем әуені"), ("GPE", "Таразда")]),
    ("«Ауылдың 50 жас маманы» жобасы биыл басталды.", [("PROJECT", "Ауылдың 50 жас маманы"), ("DATE", "биыл")]),
    ("Жазушы «Жаңа толқын» атты кітабын таныстырды.", [("ART", "Жаңа толқын")]),
    ("«Мерей» балабақшасында балалар мерекені тойлады.", [("FACILITY", "Мерей")]),
])
def test_pipeline(text: str, expected: list) -> None:
    assert [(e.label, e.text) for e in taldau.analyze(text).entities] == expected


# rule | words | the CRF's labels | after the rule
AWARDS_AND_GROUPS = [
    # each quotation before an award's noun, or listed before it, is the award's title, whatever the CRF read in it
    (awards, "Оған « Дала батыры » ордені берілді", "O O B-PERSON I-PERSON O O O", "O O B-ART I-ART O O O"),
    (awards, "« Ерен » , « Сенім » және « Ел қорғаны » медальдарын алды",
     "O B-EVENT O O O B-ORGANISATION O O O B-GPE I-GPE O O O", "O B-ART O O O B-ART O O O B-ART I-ART O O O"),
    # a quotation before another noun; an award's noun with no quotation before it
    (awards, "« Дала батыры » кітабы шықты", "O B-PERSON I-PERSON O O O", "O B-PERSON I-PERSON O O O"),
    (awards, "Ол Ерлан ордені туралы", "O B-PERSON O O", "O B-PERSON O O"),
    # a quoted name before a group's head word (a band, an ensemble, an exchange) is the body; not before another noun
    (parties, "« Көкжиек » халықтық би ансамблі өнер көрсетті", "O B-PRODUCT O O O O O O O",
     "O B-ORGANISATION O O O O O O O"),
    (parties, "« Көкжиек » тобының әншілері келді", "O B-FACILITY O O O O", "O B-ORGANISATION O O O O"),
    (parties, "« Көкжиек » әнін айтты", "O B-ART O O O", "O B-ART O O O"),
    # a verbal noun in the nominative names a body's task before its head word; not a verb that ends the clause
    (parties, "« Береке » тұрғындарға көмек көрсету орталығы ашылды", "O B-ART O O O O O O",
     "O B-ORGANISATION O O O O O O"),
    (parties, "« Береке » көмек көрсетті", "O B-ART O O O", "O B-ART O O O"),
    # quotations listed before a body's or a project's head word in the plural each name one of its kind; not a single
    # quotation, nor letters
    (listed_quotations, "« Таңшолпан » және « Күнсұлу » ақпараттық агенттіктері хабарлады",
     "O B-FACILITY O O O B-PERSON O O O O", "O B-ORGANISATION O O O B-ORGANISATION O O O O"),
    (listed_quotations, "« Ақ бота » , « Жас отбасы » бағдарламаларына қатысты",
     "O B-ART I-ART O O O B-ART I-ART O O O", "O B-PROJECT I-PROJECT O O O B-PROJECT I-PROJECT O O O"),
    (listed_quotations, "« Таңшолпан » агенттіктерінің бірі", "O B-FACILITY O O O", "O B-FACILITY O O O"),
    (listed_quotations, "« А » және « Б » лигаларына түсті", "O O O O O O O O O", "O O O O O O O O O"),
    # a quotation named (атты, деген) before a work's noun, in any number, or right before one with adjectives between
    (titled_works, "Ақын « Көктем әні » атты туындыларын оқыды", "O O B-EVENT I-EVENT O O O O",
     "O O B-ART I-ART O O O O"),
    (titled_works, "Ол « Жаңа толқын » атты кітабын жазды", "O O B-EVENT I-EVENT O O O O", "O O B-ART I-ART O O O O"),
    (titled_works, "« Дала елі » деректі фильмін көрдік", "O O O O O O O", "O B-ART I-ART O O O O"),
    # a publisher's books, a genitive's book, a quotation named so before another noun, a quote inside a longer name
    (titled_works, "« Фолиант » кітаптары сатылды", "O B-ORGANISATION O O O", "O B-ORGANISATION O O O"),
    (titled_works, "« Абайдың » кітабы шықты", "O B-PERSON O O O", "O B-PERSON O O O"),
    (titled_works, "« Жаңа толқын » атты форум өтті", "O B-EVENT I-EVENT O O O O", "O B-EVENT I-EVENT O O O O"),
    (titled_works, "« Алаш » баспасы кітабын шығарды", "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION O O",
     "B-ORGANISATION I-ORGANISATION I-ORGANISATION I-ORGANISATION O O"),
]


@pytest.mark.parametrize("rule, words, labels, expected", AWARDS_AND_GROUPS)
def test_awards_and_groups(rule, words: str, labels: str, expected: str) -> None:
    assert rule(words.split(), labels.split()) == expected.split()
