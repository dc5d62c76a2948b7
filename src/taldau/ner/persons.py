"""Persons by the form of their names, which taldau.morph reads (`taldau.morph.names`): a patronymic (Жақсылыққызы,
Тағанұлы) is a person's, a surname in -ов, -ев, -ин ends a name unless a patronymic follows it, initials begin one
(Қ.-Ж. Тоқаев) and a given name alone is one (Айгүл). Each rule takes a sentence's words and IOB2 labels and returns
new labels, as `taldau.ner.rules` runs them.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from taldau.cache import WORDS
from taldau.morph import analyze, names
from taldau.ner import gazetteer
from taldau.ner.features import OPEN_QUOTES
from taldau.ner.labels import spans_of
from taldau.ner.written import given_name

INITIAL = re.compile(r"[A-ZА-ЯӘҒҚҢӨҰҮІҺЁ]\.")
FAMILY = re.compile(r"[А-ЯӘҒҚҢӨҰҮІҺ]\w+(?:ов|ев|ин)(?:тар|тер|дар|дер)")  # Сапаровтардың: a surname, plural
COUPLED = frozenset({"мен", "пен", "бен", "және"})  # Ерлан мен Гүлнар
PATRONYMIC = "PATR"  # taldau.morph.names' gloss of -ұлы, -қызы
PLACE_READINGS = frozenset({"GPE", "LOCATION", "ORGANISATION", "FACILITY"})  # what the CRF makes of an unseen one


def patronymics(words: Sequence[str], labels: list[str]) -> list[str]:
    """Арайлым Жақсылыққызы, әкем Ахыскалыұлы деген тегін алды: a capitalised patronymic that the CRF read alone as a
    place or a body, or left out, or began a PERSON at, is a PERSON, with the capitalised word right before it that no
    name holds, or joined to the one-word PERSON before it (Дәурен | Ерланұлы): in KazNERD's train + dev a patronymic is
    inside a PERSON wherever it is in a name, and a capitalised word right before one is in its name 162 times of 162
    (even a word the dictionary reads otherwise, Арайлым, an adjective); not a common noun first in the sentence (Атам
    Серікбайұлы деген тек алды), nor an adjective in -улы (Арнаулы)."""
    out = list(labels)
    for k, word in enumerate(words):
        if not word[:1].isupper() or not patronymic(word) or out[k].startswith("I-") \
                or k + 1 < len(out) and out[k + 1].startswith("I-") \
                or out[k] not in ("O", "B-PERSON") and out[k][2:] not in PLACE_READINGS:
            continue
        if out[k] == "B-PERSON" and k and out[k - 1] == "B-PERSON" and words[k - 1].isalpha():
            out[k] = "I-PERSON"  # Дәурен Ерланұлы, read as two
            continue
        first = k - 1 if k and out[k - 1] == "O" and _first_name(words, k - 1) else k
        out[first : k + 1] = ["B-PERSON"] + ["I-PERSON"] * (k - first)
    return out


def persons_end_at_surname(words: Sequence[str], labels: list[str]) -> list[str]:
    """Айбек Сұлтанбеков | Бірыңғай ұлттық тестілеуге, Валентин Шитов | Саратов училищесін: a PERSON ends at a surname
    after a given name, or after the name's first word the names list does not hold (Нұрдәулет), where the next word
    is no patronymic nor a name's word, or is a place of the gazetteer: the CRF ran the person into the capitalised
    word that begins the next phrase."""
    out = list(labels)
    for first, last in spans_of(labels, "PERSON"):
        for k in range(first + 1, last - 1):
            after = words[k + 1]
            if (given_name(words[k - 1]) or k - 1 == first) and surname(words[k]) \
                    and (not names.names(after) and not any(a.upos == "PROPN" for a in analyze(after))
                         or gazetteer.match((after,))):
                out[k + 1 : last] = ["O"] * (last - k - 1)
                if k + 1 < last and last < len(out) and out[last].startswith("I-"):
                    out[last] = "B-" + out[last][2:]
                break
    return out


def couples(words: Sequence[str], labels: list[str]) -> list[str]:
    """Ерлан мен Гүлнар Сапаровтар, Тимур мен Әсел Омаровтарға: two given names joined by мен or және before one surname
    in the plural (the family's: -овтар, -евтер, -индер) are one PERSON, as KazNERD writes a couple (train + dev: 4 of
    the 6 names that hold a conjunction); not before a surname in the singular (Асқар мен Айгүл Серікова: two
    persons, one named in full)."""
    out = list(labels)
    for first, last in spans_of(labels, "PERSON"):
        if last - first == 2 and first > 1 and FAMILY.search(words[last - 1]) and words[first - 1] in COUPLED \
                and given_name(words[first - 2]) and labels[first - 2] in ("O", "B-PERSON") \
                and (first == 2 or not labels[first - 3].endswith("PERSON")):
            out[first - 2 : last] = ["B-PERSON"] + ["I-PERSON"] * (last - first + 1)
    return out


def _first_name(words: Sequence[str], k: int) -> bool:
    """The capitalised word at `k`, right before a patronymic, is a given name: inside the sentence any capitalised
    word, first in it a name, an adjective or a guess (Арайлым) or a common noun that is also a name (Дана); not a common
    noun alone (Атам, my grandfather), nor an adverb, a verb or a postposition (Енді, Кейін)."""
    word = words[k]
    if not (word[:1].isupper() and word.isalpha()):
        return False
    readings = analyze(word.lower())
    if k > 0 or not readings or readings[0].guessed or readings[0].upos in ("PROPN", "ADJ"):  # Арайлым
        return True
    return readings[0].upos == "NOUN" and any(a.upos == "PROPN" for a in analyze(word))  # Дана; not Енді, Кейін


@lru_cache(maxsize=WORDS)
def patronymic(word: str) -> bool:
    """Жақсылыққызы, Тағанұлына: a reading of taldau.morph's names ends in a patronymic, and the dictionary knows the
    word as nothing else (not Арнаулы, Атаулы, adjectives in -улы)."""
    return any(gloss == PATRONYMIC for a in names.names(word) for _, gloss in a.morphemes) \
        and all(a.upos == "PROPN" or a.guessed for a in analyze(word))


@lru_cache(maxsize=WORDS)
def surname(word: str) -> bool:
    """Сұлтанбеков, Сапарова: a name of taldau.morph's read as a surname (a gender, no patronymic), in no case."""
    return any("Gender=" in a.feats and "Case=Nom" in a.feats and all(g != PATRONYMIC for _, g in a.morphemes)
               for a in names.names(word))


def initials(words: Sequence[str], labels: list[str]) -> list[str]:
    """Қ.-Ж. Тоқаев, Н.Ә. Назарбаев, А. Әшімов: initials and the capitalised word after them are one PERSON."""
    out = list(labels)
    if not any(len(word) == 2 and word[1] == "." for word in words):  # no initial (a letter and a dot): most sentences
        return out
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and (INITIAL.fullmatch(words[j]) or (words[j] == "-" and j > i)):
            j += 1
        if (j > i and INITIAL.fullmatch(words[j - 1]) and j < len(words) and words[j][:1].isupper() and len(words[j]) > 2
                and not _named_after(words, labels, i, j)):
            out[i : j + 1] = ["B-PERSON"] + ["I-PERSON"] * (j - i)
            if j + 1 < len(out) and out[j + 1].startswith("I-") and out[j + 1] != "I-PERSON":
                out[j + 1] = "B-" + out[j + 1][2:]  # the surname left another entity: the rest starts anew
            i = j + 1
        else:
            i = max(j, i + 1)
    return out


def _named_after(words: Sequence[str], labels: Sequence[str], first: int, last: int) -> bool:
    """Т. Рысқұлов атындағы көше, Қ. Сәтбаев атындағы университет: the CRF's name that runs from the initials on past
    атындағы "named after" is the street's or the body's, the person inside it (KazNERD labels the whole)."""
    after = last + 1
    return (after + 1 < len(words) and words[after].lower() == "атындағы" and labels[first].startswith("B-")
            and labels[first] != "B-PERSON" and labels[after + 1] == "I-" + labels[first][2:])


def given_names(words: Sequence[str], labels: list[str]) -> list[str]:
    """Айгүл терезеден қарады: a capitalised word that taldau.morph reads only as a given name (a proper noun with a
    gender, from its name lists), which the CRF left outside any entity, is a PERSON (in KazNERD's train and dev
    parts such words are a PERSON 1,972 times, no entity 7 times; the other classes all come inside longer names,
    which this rule leaves alone); not inside quotes, where it is a title («Әйгерім» әні)."""
    out = list(labels)
    for i, word in enumerate(words):
        if labels[i] != "O" or not word[:1].isupper() or not word.isalpha() or i and words[i - 1] in OPEN_QUOTES:
            continue
        if given_name(word):
            out[i] = "B-PERSON"
    return out


def persons_after_first_nouns(words: Sequence[str], labels: list[str]) -> list[str]:
    """Әріптесім Ерлан Сапаров, Дәрігер Айгүл Омарова, Мен Назарбаевтың: a common noun or a pronoun first in the
    sentence, capitalised only there, that the lexicon never reads as a name, is no part of the person's name after it
    (KazNERD's train + dev: such a word before a name 26 times, never inside the PERSON)."""
    out = list(labels)
    if labels[:1] != ["B-PERSON"] or len(labels) < 2 or labels[1] != "I-PERSON" or not _common_word(words[0]) \
            or patronymic(words[1]) and _first_name(words, 0):  # Арайлым Жақсылыққызы: a patronymic's given name
        return out
    out[:2] = ["O", "B-PERSON"]
    return out


def _common_word(word: str) -> bool:
    """A word the lexicon knows (not guessed) as a common noun or a pronoun in its likeliest reading, and never as a
    proper noun: Әріптесім, Дәрігер, Мен (not Бақыт, also a name)."""
    readings = analyze(word)
    first = analyze(word.lower())[:1]
    return bool(first) and not first[0].guessed and first[0].upos in ("NOUN", "PRON") and first[0].lemma.islower() \
        and all(a.upos != "PROPN" for a in readings)
