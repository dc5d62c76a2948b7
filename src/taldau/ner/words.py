"""What the entity rules ask of a word, read through taldau.morph and the gazetteer: its cases, whether it is
possessed, an adjective, attributive, a verbal noun, a country, a patronymic."""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from taldau.cache import WORDS
from taldau.morph import analyze, names, suffixes
from taldau.ner import gazetteer

# Latin letters of names as their own languages spell them, for regular expressions: ASCII and the letters with marks
# (Turkish ç ğ ı İ ö ş ü, German ä ö ü ß, the 2021 Kazakh ä ğ ı ñ ö ş ū ü: Rönesans, Müller); capitals start a name
# (the Latin Extended-A block, Ā-ž, holds both cases)
LATIN_CAPITALS = "A-ZÀ-ÖØ-ÞĀ-ɏ"
LATIN_LETTERS = "A-Za-zÀ-ÖØ-öø-ɏ"
_LATIN_FIRST = re.compile(f"[{LATIN_LETTERS}]")

GENITIVE = tuple(suffixes.endings("GEN"))
PATRONYMIC = "PATR"  # taldau.morph.names' gloss of -ұлы, -қызы
FUNCTION_WORDS = frozenset({"PRON", "DET", "ADV", "CCONJ", "SCONJ", "PART", "INTJ"})  # readings of no name's word
OBLIQUE = frozenset({"Loc", "Dat", "Abl", "Ins"})  # cases of no word inside a body's name (but see places._head_after)


def latin(word: str) -> bool:
    """The word begins with a Latin letter (Shell, Eni, IT, Öztürk)."""
    return _LATIN_FIRST.match(word) is not None


def possessed(word: str) -> bool:
    """The likeliest reading bears a third-person possessive: министрлігі, төрағасы."""
    readings = analyze(word.lower())
    return bool(readings) and "Person[psor]=3" in readings[0].feats


def plural(word: str) -> bool:
    """The likeliest reading is in the plural: аудандарында, капитандары."""
    readings = analyze(word.lower())
    return bool(readings) and "Number=Plur" in readings[0].feats.split("|")


def adjective(word: str) -> bool:
    """Any reading is an adjective (демократиялық), however the likeliest one reads it."""
    return any(a.upos == "ADJ" for a in analyze(word.lower()))


def attributive(word: str) -> bool:
    """The likeliest reading ends in the attributive -дағы, -ғы: Өзбекстандағы, жөніндегі."""
    readings = analyze(word.lower())
    return bool(readings) and any(gloss == "ATTR" for _, gloss in readings[0].morphemes)


def personal_name(word: str) -> bool:
    """Any reading is a person's name, a proper noun with a gender (Серік, also a common noun; Айгүл)."""
    return any(a.upos == "PROPN" and "Gender=" in a.feats for a in analyze(word))


def names_nothing(word: str) -> bool:
    """A reading the dictionary knows is a pronoun, an adverb or a function word (Мен, Оның, Енді, Ал): capitalised
    first in a sentence, such a word is no name (but Қазақ, Орыс: a noun; Бату: a verbal noun too; Абылай)."""
    return any(a.upos in FUNCTION_WORDS and not a.guessed for a in analyze(word.lower()))


def known_otherwise(word: str) -> bool:
    """The dictionary knows the word in lower case as something else than a proper noun (қазан, орал, арал): first in
    a sentence, its capital says nothing of a name."""
    return any(a.upos != "PROPN" and not a.guessed for a in analyze(word.lower()))


def lemma(word: str) -> str:
    """The likeliest reading's lemma, or the word itself in lower case when taldau.morph reads none."""
    readings = analyze(word.lower())
    return readings[0].lemma if readings else word.lower()


def country(words: Sequence[str]) -> bool:
    """The words name a country of the gazetteer (not a city or a region), with a case ending or not."""
    found = gazetteer.match(tuple(words))
    return bool(found) and found[1].kind == "country"


@lru_cache(maxsize=4096)
def cases(word: str) -> frozenset[str]:
    """The cases taldau.morph reads in `word`, over all its readings (аудан: Nom, and Abl of ау)."""
    return frozenset(f[5:] for a in analyze(word.lower()) for f in a.feats.split("|") if f.startswith("Case="))


def verbal_noun(words: Sequence[str]) -> bool:
    """Whether the one word given is a verbal noun in the nominative (қамту, беру) in every reading."""
    readings = analyze(words[0].lower()) if words else []
    return bool(readings) and all("VerbForm=Ger" in a.feats and "Case=Nom" in a.feats for a in readings)


def locative(word: str) -> bool:
    """Астанада, орталығындағы: every reading is a locative (not Флорида, Канада)."""
    return cases(word) == {"Loc"}


def oblique(word: str) -> bool:
    """Астанада, ұшақтарға, салмағанымен: every reading is in a locative, dative, ablative or instrumental case."""
    found = cases(word)
    return bool(found) and found <= OBLIQUE


def case_ending(word: str) -> bool:
    """Whether the likeliest reading of `word` bears a case other than the nominative and no reading of a known word
    is a nominative (Маминге: мамин + Dat, though the guesser also offers a stem маминге)."""
    readings = analyze(word.lower())
    if not readings or "Case=" not in readings[0].feats or any(c in readings[0].feats for c in ("Case=Nom", "Case=Loc")):
        return False  # a locative reading is often a name's own -да, -де (Таблида)
    return not any("Case=Nom" in a.feats and not a.guessed for a in readings)


def genitive(word: str) -> bool:
    """The word ends in a genitive ending after a stem of two letters or more: Батыстың, Сенатының."""
    return len(word) > 3 and word.lower().endswith(GENITIVE)


@lru_cache(maxsize=WORDS)
def patronymic(word: str) -> bool:
    """Жақсылыққызы, Тағанұлына, Момышұлы: a reading of taldau.morph's names ends in a patronymic, and the dictionary
    knows the word as no adjective (not Арнаулы, Атаулы, adjectives in -улы). A noun it may list: Момышұлы, as a
    lemma of its own (KazNERD's train + dev: capitalised such words 7 of 11 in a PERSON, the others Каникулы in a
    title; those the dictionary reads as adjectives never)."""
    return any(gloss == PATRONYMIC for a in names.names(word) for _, gloss in a.morphemes) \
        and all(a.upos != "ADJ" or a.guessed for a in analyze(word))
