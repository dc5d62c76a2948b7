"""Places side by side with another name: a place first in a sentence that the CRF left out (Ашхабад ... қаламайды),
or ran into the capitalised word after it as a person (Брюссель | Транскаспий бағытын). Each rule takes a sentence's
words and IOB2 labels and returns new labels, as `taldau.ner.rules` runs them.
"""
from __future__ import annotations

from collections.abc import Sequence

from taldau.morph import analyze
from taldau.ner import gazetteer
from taldau.ner import words as w
from taldau.ner.labels import spans_of
from taldau.ner.persons import person


def places_first_in_sentence(words: Sequence[str], labels: list[str]) -> list[str]:
    """Ашхабад әскери блокқа кірмейді: a one-word place of the gazetteer first in a sentence, which the CRF left out, is
    a GPE (KazNERD's train + dev: such a word first in a sentence outside every name 1 time of 477); not a word read
    as a person's name (Дания)."""
    out = list(labels)
    if words and out[0] == "O" and words[0][:1].isupper() and words[0].isalpha() \
            and (len(out) < 2 or not out[1].startswith("I-")) and gazetteer.match((words[0],)) is not None \
            and not w.personal_name(words[0]) and not _common_word(words[0]):
        out[0] = "B-GPE"
    return out


def places_begin_no_persons(words: Sequence[str], labels: list[str]) -> list[str]:
    """Брюссель | Транскаспий бағытын: a PERSON whose first word is a place of the gazetteer in no case and whose other
    words show no person's name is that place and a word of the next phrase, which begins the object (KazNERD's train
    + dev: a place first in a PERSON twice, Дания before a woman's surname)."""
    out = list(labels)
    for first, last in spans_of(labels, "PERSON"):
        found = gazetteer.match((words[first],))
        if found and found[0][0] == words[first] and not w.personal_name(words[first]) \
                and not any(person(word, frozenset()) for word in words[first + 1 : last]):
            out[first:last] = ["B-GPE"] + ["O"] * (last - first - 1)
    return out


def _common_word(word: str) -> bool:
    """The dictionary knows the word in lower case as something else than a proper noun (қазан, орал, арал)."""
    return any(a.upos != "PROPN" and not a.guessed for a in analyze(word.lower()))
