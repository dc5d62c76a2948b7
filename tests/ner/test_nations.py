"""Peoples and their languages (`taldau.ner.nations`): the rules alone on labels given here."""
import pytest

from taldau.ner.nations import joined_peoples, listed_languages

# rule | words | the CRF's labels | after the rule
ROWS = [
    (joined_peoples, "қазақ - корей достығы", "B-NORP O B-NORP O", "B-NORP I-NORP I-NORP O"),
    (joined_peoples, "қазақ - корей", "B-NORP O O", "B-NORP O O"),  # the second people not read: no pair
    (joined_peoples, "Кеше қазақ , корей келді", "O B-NORP O B-NORP O", "O B-NORP O B-NORP O"),  # a list, no pair
    (listed_languages, "кітап неміс , қазақ және корей тілдеріне аударылды", "O B-NORP O B-NORP O B-NORP O O",
     "O B-LANGUAGE O B-LANGUAGE O B-LANGUAGE O O"),
    (listed_languages, "ол ағылшын тілін біледі", "O B-NORP O O", "O B-LANGUAGE O O"),
    # a people before another noun, a place before тіл-, a word of "language" in capitals at the start
    (listed_languages, "корей халқы тілін сақтады", "B-NORP O O O", "B-NORP O O O"),
    (listed_languages, "Астана тілшісі хабарлады", "B-GPE O O", "B-GPE O O"),
]


@pytest.mark.parametrize("rule, words, labels, expected", ROWS)
def test_rule(rule, words: str, labels: str, expected: str) -> None:
    assert rule(words.split(), labels.split()) == expected.split()
