"""Peoples and their languages (`taldau.ner.nations`): the rules alone on labels given here."""
import pytest

from taldau.ner.nations import (
    joined_peoples,
    languages_by_manner,
    listed_languages,
    peoples_before_persons,
    peoples_left_out,
    soviet_republics,
)

# rule | words | the CRF's labels | after the rule
ROWS = [
    (joined_peoples, "қазақ - корей достығы", "B-NORP O B-NORP O", "B-NORP I-NORP I-NORP O"),
    (joined_peoples, "қазақ - корей", "B-NORP O O", "B-NORP O O"),  # the second people not read: no pair
    (joined_peoples, "Кеше қазақ , корей келді", "O B-NORP O B-NORP O", "O B-NORP O B-NORP O"),  # a list, no pair
    (listed_languages, "кітап неміс , қазақ және корей тілдеріне аударылды", "O B-NORP O B-NORP O B-NORP O O",
     "O B-LANGUAGE O B-LANGUAGE O B-LANGUAGE O O"),
    (listed_languages, "ол ағылшын тілін біледі", "O B-NORP O O", "O B-LANGUAGE I-LANGUAGE O"),
    (listed_languages, "ол ағылшын тілінен сабақ береді", "O B-LANGUAGE O O O", "O B-LANGUAGE I-LANGUAGE O O"),
    # a people before another noun, a place before тіл-, a word of "language" in capitals at the start
    (listed_languages, "корей халқы тілін сақтады", "B-NORP O O O", "B-NORP O O O"),
    (listed_languages, "Астана тілшісі хабарлады", "B-GPE O O", "B-GPE O O"),
    # a people in lower case with any endings, and with a singular тіл- its language; not a word that starts like one
    (peoples_left_out, "Ауылда армяндар мен түрікмендер тұрады", "O O O O O", "O B-NORP O B-NORP O"),
    (peoples_left_out, "Біз неміс тілін үйрендік", "O O O O", "O B-LANGUAGE I-LANGUAGE O"),
    (peoples_left_out, "орыс және қазақ тілдерінде", "O O O O", "B-NORP O B-NORP O"),
    (peoples_left_out, "Күрделі мәселе шешілді", "O O O", "O O O"),
    (peoples_left_out, "Шешен сөйледі", "O O", "O O"),
    (peoples_left_out, "Ноғайлар мен оғыздар көшіп келді", "O O O O O", "O O B-NORP O O"),  # a capital: not lower case
    # a people before a person's noun is the person's nationality; not before тіл- nor a thing's noun
    (peoples_before_persons, "Оны француз саяхатшысы сипаттаған", "O B-LANGUAGE O O", "O B-NORP O O"),
    (peoples_before_persons, "Оны неміс елшісі айтты", "O B-LANGUAGE O O", "O B-NORP O O"),
    (peoples_before_persons, "Оны парсы саудагері әкелді", "O B-LANGUAGE O O", "O B-NORP O O"),  # -гер, a trader
    (peoples_before_persons, "Ол француз тілін біледі", "O B-LANGUAGE I-LANGUAGE O", "O B-LANGUAGE I-LANGUAGE O"),
    (peoples_before_persons, "Ол француз әдебиетін оқыды", "O B-LANGUAGE O O", "O B-LANGUAGE O O"),
    # a people's word with -ша/-ше is the language; not another adverb in -ша, nor the Kazakh calendar's capital
    (languages_by_manner, "Ол немісше сөйлейді", "O B-NORP O", "O B-LANGUAGE O"),
    (languages_by_manner, "Ол жаңаша сөйлейді", "O O O", "O O O"),
    (languages_by_manner, "Қазақша жыл санау", "B-NORP O O", "B-NORP O O"),
    # a people or a place before a Soviet republic's abbreviation, with any endings, is the republic; not a pronoun,
    # nor a people before another abbreviation
    (soviet_republics, "Ол Өзбек ССР-інде туды", "O B-NORP O O", "O B-GPE I-GPE O"),
    (soviet_republics, "Татар АКСР-і құрылды", "B-NORP O O", "B-GPE I-GPE O"),
    (soviet_republics, "Түркістан АКСР құрамында", "B-GPE O O", "B-GPE I-GPE O"),
    (soviet_republics, "Ол КСР-ге келді", "O O O", "O O O"),
    (soviet_republics, "Қазақ ЖОО-ларында оқыды", "B-NORP O O", "B-NORP O O"),
]


@pytest.mark.parametrize("rule, words, labels, expected", ROWS)
def test_rule(rule, words: str, labels: str, expected: str) -> None:
    assert rule(words.split(), labels.split()) == expected.split()
