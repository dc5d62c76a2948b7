"""taldau.syntax.names: a person's name headed by its first word, and the post before a name its head, whatever the
parser said. Each rule mends our own sentence and leaves a decoy alone."""
from functools import cache

import pytest

from taldau.pipeline import Pipeline
from taldau.syntax.names import names, titles
from taldau.syntax.tree import repair


@cache
def tagger() -> Pipeline:
    return Pipeline(["morph", "tagger"])


@pytest.mark.parametrize(("text", "heads", "deprels", "first", "place"), [
    # the initial hung on the surname, the surname the subject: the initial heads the name
    ("Жиында Б. Сейітов сөз сөйледі.", [4, 2, 4, 4, 4, 4], ["obl", "nmod", "nsubj", "obj", "root", "punct"],
     1, (4, "nsubj")),
    # a monarch's numeral opens the name; the genitive at its end gives the name's place
    ("Кеше II Николайдың хаты табылды.", [4, 2, 3, 4, 4, 4], ["advmod", "amod", "nmod:poss", "nsubj", "root", "punct"],
     1, (3, "nmod:poss")),
])
def test_a_name_of_several_words_is_headed_by_its_first(text, heads, deprels, first, place):
    tokens = tagger()(text).tokens
    assert names(heads, deprels, tokens)
    assert (heads[first], deprels[first]) == place
    assert (heads[first + 1], deprels[first + 1]) == (first, "flat:name")
    assert repair(heads, deprels) == (heads, deprels)


def test_what_hung_on_a_later_word_of_a_name_hangs_on_its_first():
    tokens = tagger()("Мектеп директоры Болат Сейітов жиынды ашты.").tokens
    heads = [1, 3, 3, 5, 5, 5, 5]  # директоры and Болат on the surname
    deprels = ["nmod:poss", "nmod:poss", "compound", "nsubj", "obj", "root", "punct"]
    assert names(heads, deprels, tokens)
    assert heads[:4] == [1, 2, 5, 2] and deprels[2:4] == ["nsubj", "flat:name"]


def test_two_people_side_by_side_stay_apart():
    tokens = tagger()("Кеше Болат Айгүлге хат жазды.").tokens  # Айгүлге in the dative: another person
    heads, deprels = [4, 4, 4, 4, 4, 4], ["advmod", "nsubj", "obl", "obj", "root", "punct"]
    assert not names(heads, deprels, tokens)
    assert heads == [4, 4, 4, 4, 4, 4]


def test_a_name_after_a_post_is_its_apposition():
    tokens = tagger()("Ауданның әкімі Болат Сейітов мектепті аралады.").tokens
    heads = [1, 2, 5, 2, 5, 5, 5]  # the post a possessor of the name, the name the subject
    deprels = ["nmod:poss", "nmod:poss", "nsubj", "flat:name", "obj", "root", "punct"]
    assert titles(heads, deprels, tokens)
    assert (heads[1], deprels[1], heads[2], deprels[2]) == (5, "nsubj", 1, "appos")
    assert repair(heads, deprels) == (heads, deprels)


def test_a_name_after_a_bare_title_is_the_titles_flat_name():
    tokens = tagger()("Жиынды профессор Болат Сейітов ашты.").tokens
    heads = [4, 2, 4, 2, 4, 4]  # the title a modifier of the name, the name the subject
    deprels = ["obj", "nmod", "nsubj", "flat:name", "root", "punct"]
    assert titles(heads, deprels, tokens)
    assert heads[1:4] == [4, 1, 1] and deprels[1:4] == ["nsubj", "flat:name", "flat:name"]
    assert repair(heads, deprels) == (heads, deprels)


@pytest.mark.parametrize(("text", "heads"), [
    ("Ауданның әкімі Назарбаев Университетіне барды.", [1, 4, 3, 4, 4, 4]),  # a name before a capitalised noun
    ("Ауданның әкімі Болатқа хат жазды.", [1, 4, 4, 4, 4, 4]),  # a name in the dative: someone else
    ("1990 ж. Б. Сейітов кітап жазды.", [6, 6, 6, 2, 6, 6, 6]),  # an abbreviation (жылы) is no title
])
def test_a_name_that_names_no_holder_of_the_post_stays(text, heads):
    given = list(heads)
    assert not titles(heads, ["dep"] * len(heads), tagger()(text).tokens)
    assert heads == given
