"""Persons by the form of their names, which taldau.morph reads (`taldau.morph.names`): a patronymic (Жақсылыққызы,
Тағанұлы) is a person's, a surname in -ов, -ев, -ин ends a name unless a patronymic follows it, initials begin one
(Қ.-Ж. Тоқаев) and a given name alone is one (Айгүл); a surname seen in training is one alone (Макрон), and a name
ends before a body's abbreviation (Ердоған | НАТО-ның). Each rule takes a sentence's words and IOB2 labels and returns
new labels, as `taldau.ner.rules` runs them.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from taldau.cache import WORDS
from taldau.morph import analyze, names
from taldau.ner import bodies, gazetteer, heads
from taldau.ner import words as w
from taldau.ner.canonical import NUMERIC
from taldau.ner.endings import split_hyphen, strip_case
from taldau.ner.features import OPEN_QUOTES, word_stem
from taldau.ner.labels import spans, spans_of
from taldau.ner.model import MODEL, names_beside
from taldau.ner.names import Table, table
from taldau.ner.person_edges import NAMED_AFTER
from taldau.ner.words import PATRONYMIC, patronymic
from taldau.ner.written import given_name

INITIAL = re.compile(r"[A-ZА-ЯӘҒҚҢӨҰҮІҺЁ]\.")
FAMILY = re.compile(r"[А-ЯӘҒҚҢӨҰҮІҺ]\w+(?:ов|ев|ин)(?:тар|тер|дар|дер)")  # Сапаровтардың: a surname, plural
COUPLED = frozenset({"мен", "пен", "бен", "және"})  # Ерлан мен Гүлнар
NAME_TAGS = frozenset({"sur", "first"})  # lexicon classes of a person's name
PLACE_READINGS = frozenset({"GPE", "LOCATION", "ORGANISATION", "FACILITY"})  # what the CRF makes of an unseen one
# Words of address after a person's name: elders and kin (Клара апай, Бейсен аға, Эльбрус ата), Mr and Mrs
KIN = frozenset({"ата", "әже", "әжей", "апа", "апай", "аға", "ағай", "әпке", "жезде", "тәте", "мырза", "ханым"})
KIN_STARTS = tuple(sorted({lemma[:3] for lemma in KIN}))


def patronymics(words: Sequence[str], labels: list[str]) -> list[str]:
    """Арайлым Жақсылыққызы, әкем Ахыскалыұлы деген тегін алды: a capitalised patronymic that the CRF read alone as a
    place or a body, or left out, or began a PERSON at, is a PERSON, with the capitalised word right before it that no
    name holds, or joined to the one-word PERSON before it (Дәурен | Ерланұлы): in KazNERD's train + dev a patronymic is
    inside a PERSON wherever it is in a name, and a capitalised word right before one is in its name 162 times of 162
    (even a word the dictionary reads otherwise, Арайлым, an adjective); not a common noun first in the sentence (Атам
    Серікбайұлы деген тек алды), nor an adjective in -улы (Арнаулы). A surname in the nominative right before the
    given name, read alone or left out, begins the name (Омарова Айгүл Серікқызы, as official lists write it:
    KazNERD's train + dev, a surname, a given name and a patronymic one PERSON 7 of 7)."""
    out = list(labels)
    for k, word in enumerate(words):
        if not word[:1].isupper() or not patronymic(word) or out[k].startswith("I-") \
                or k + 1 < len(out) and out[k + 1].startswith("I-") \
                or out[k] not in ("O", "B-PERSON") and out[k][2:] not in PLACE_READINGS:
            continue
        if out[k] == "B-PERSON" and k and out[k - 1] == "B-PERSON" and words[k - 1].isalpha():
            out[k], first = "I-PERSON", k - 1  # Дәурен Ерланұлы, read as two
        else:
            first = k - 1 if k and out[k - 1] == "O" and _first_name(words, k - 1) else k
            out[first : k + 1] = ["B-PERSON"] + ["I-PERSON"] * (k - first)
        if first < k and first and out[first - 1] in ("O", "B-PERSON") and surname(words[first - 1]):
            out[first - 1 : first + 1] = ["B-PERSON", "I-PERSON"]  # Омарова Айгүл Серікқызы: the surname first
    return out


def persons_end_at_surname(words: Sequence[str], labels: list[str]) -> list[str]:
    """Айбек Сұлтанбеков | Бірыңғай ұлттық тестілеуге, Валентин Шитов | Саратов училищесін: a PERSON ends at a surname
    after a given name, or after the name's first word the names list does not hold (Нұрдәулет), where the next word
    is no patronymic nor a name's word (a proper noun the dictionary knows; not one guessed from its capital, Сердар
    Бердімұхамедов | Транскаспий газ құбырын: KazNERD's train + dev hold no PERSON of three words or more that goes on
    past a surname in -ов, -ев, -ин with a word of no surname's or patronymic's shape), or is a place of the gazetteer:
    the CRF ran the person into the capitalised word that begins the next phrase."""
    out = list(labels)
    for first, last in spans_of(labels, "PERSON"):
        for k in range(first + 1, last - 1):
            after = words[k + 1]
            if (given_name(words[k - 1]) or k - 1 == first) and surname(words[k]) \
                    and (not names.names(after) and not any(a.upos == "PROPN" and not a.guessed for a in analyze(after))
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


def persons_before_kin(words: Sequence[str], labels: list[str]) -> list[str]:
    """Клара апамыз, Бейсен ағамызбен, Әлжан әжей, Тоқаев мырза: a capitalised word in the nominative the CRF left
    out or read alone as a place or a body, right before a word of address for an elder or a kinsman (`KIN`), is the
    PERSON so addressed, the word of address outside (KazNERD's train + dev: 13 such words a PERSON, none left out but
    common nouns first in a sentence, Майдангер атаңыз). Not a common noun first in the sentence, a place of the
    gazetteer, a title (Құрметті Президент мырза), nor a name before a landmark's head word or атындағы (Бекет ата
    мешіті, Қорқыт ата атындағы: a place named after the person)."""
    out = list(labels)
    for i in range(len(words) - 1):
        word, kin = words[i], words[i + 1]
        if labels[i] != "O" and labels[i][2:] not in PLACE_READINGS or labels[i].startswith("I-") \
                or labels[i + 1].startswith("I-") or not kin.islower() or not _kin(kin) or not word[:1].isupper() or not word.isalpha() \
                or not w.cases(word) <= {"Nom"} or gazetteer.match((word,)) or _names_a_place(words, i + 2) \
                or heads.head(word.lower()) == "pos":  # Президент мырза: a title, no name
            continue
        opening = i == 0 or not words[i - 1][:1].isalnum()
        if not opening or w.personal_name(word) or not w.known_otherwise(word):
            out[i] = "B-PERSON"
    return out


def _kin(word: str) -> bool:
    """A reading of the word is a noun of `KIN` (апамыз, атаның; not атап, a verb, nor атауы)."""
    return word.startswith(KIN_STARTS) and any(a.upos == "NOUN" and a.lemma in KIN for a in analyze(word))


def _names_a_place(words: Sequence[str], k: int) -> bool:
    """The word at `k` makes a place of the name before it: a head word of `heads.tsv` (мешіті) or атындағы."""
    return k < len(words) and (words[k] == NAMED_AFTER or bool(heads.head(words[k].lower())))


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


MAX_HOLDER = 3  # words of a name after a title or before an abbreviation: Қасым-Жомарт Кемелұлы Тоқаев


@lru_cache(maxsize=WORDS)
def name_word(word: str) -> bool:
    """A capitalised word that can be a person's: a name with a gender (Ердоған, Бектенов), a surname of the lexicon,
    or a word taldau.morph does not know at all (Шольц, Зеленскиймен); not a place, a body or its abbreviation (НАТО),
    a Latin word, nor a common word (Үкіметке, Жолдауындағы, Ақордада: a proper noun with no gender)."""
    if not word[:1].isupper() or not word.replace("-", "").isalpha() or word.isupper() or w.latin(word) \
            or capitals(word) or gazetteer.match((word,)):
        return False
    tags = gazetteer.word_tags(word)
    if {"topo", "org", "abbr"} & set(tags) and not NAME_TAGS & set(tags):
        return False
    readings = analyze(word)
    return "sur" in tags or any(a.upos == "PROPN" and "Gender=" in a.feats for a in readings) \
        or all(a.guessed for a in readings)


def capitals(word: str) -> bool:
    """An abbreviation in capitals, with a case ending after a hyphen or none: НАТО, БҰҰ-ның (not COVID-19)."""
    head = split_hyphen(word)[0]
    return len(head) > 1 and head.isalpha() and head.isupper()


def holder(words: Sequence[str], first: int) -> int:
    """Where the person's name that begins at `first` ends (`first` itself when none does): name words (`name_word`),
    the last one with any case ending (Бектеновке), up to `MAX_HOLDER`; not a name that possesses the noun after it
    (Абай көшесі, Сыр еліне, Назарбаев Университетінде) nor one a place or a body is named after (Назарбаев
    атындағы); it stops where a listed body's name begins (Ердоған | Түркі мемлекеттері ұйымының)."""
    end = first
    while end < len(words) and end - first < MAX_HOLDER and name_word(words[end]) and not body_begins(words, end):
        end += 1
        if w.case_ending(words[end - 1]):  # Тоқаевқа: the name ends at its case
            break
    if first < end < len(words) and (words[end] == NAMED_AFTER
                                     or w.possessed(words[end]) and not gazetteer.match((words[end],))):
        return first
    return end


def body_begins(words: Sequence[str], k: int) -> bool:
    """A body of `bodies.tsv` named in two words or more begins at `k`: Ердоған | Түркі мемлекеттері ұйымының."""
    size = bodies.firsts().get(words[k], 0)
    return any(bodies.canonical(tuple(words[k : k + n])) for n in range(min(size, len(words) - k), 1, -1))


def persons_before_abbreviations(words: Sequence[str], labels: list[str],
                                 surnames: frozenset[str] | None = None) -> list[str]:
    """Ердоған НАТО-ның саммитіне, Гутерриш БҰҰ-ның атынан: a name the CRF ran on into a body's abbreviation after it
    is the PERSON alone, the abbreviation beginning the next name (the rest of the CRF's name, an EVENT here) or none
    (when the CRF's name was the PERSON): a person's name holds no abbreviation in capitals (KazNERD's train: none of
    its PERSON names does); in a name of another kind only a name that is a person's whatever else it reads
    (`person`; KazNERD's train has a body and a product that begin so, Жастар ТАЙМ, Союз ТМ). `surnames`: those of
    `known_surnames`, the shipped model's by default."""
    out = list(labels)
    known = known_surnames() if surnames is None else surnames
    for kind, first, last in spans(labels):
        if kind in NUMERIC or last - first < 2 or not name_word(words[first]) \
                or kind != "PERSON" and not person(words[first], known):
            continue
        end = holder(words, first)
        if first < end < last and capitals(words[end]):
            out[first:end] = ["B-PERSON"] + ["I-PERSON"] * (end - first - 1)
            out[end:last] = ["O"] * (last - end) if kind == "PERSON" else \
                [f"B-{kind}"] + [f"I-{kind}"] * (last - end - 1)
    return out


def surnames(table: Table) -> frozenset[str]:
    """The stems that end a person's name of a names table (`names.tsv`, KazNERD's training parts: Эммануэль Макрон ->
    макрон), bar those the lexicon knows as another word than a name (хан, ислам, a place's or a body's name)."""
    lexicon = gazetteer.lexicon()
    return frozenset(stems[-1] for stems, (kind, _) in table.items()
                     if kind == "PERSON" and set(lexicon.get(stems[-1], ())) <= NAME_TAGS)


def known_surnames(model_file: Path = MODEL) -> frozenset[str]:
    """`surnames` of the names table trained with the model at `model_file` (the shipped one by default, a fold's in
    `tools.ner.cv`), as the CRF's features read it (`taldau.ner.model.names_beside`)."""
    return _surnames_beside(model_file)  # one cache entry per model, however the caller names it


@lru_cache(maxsize=4)
def _surnames_beside(model_file: Path) -> frozenset[str]:
    return surnames(names_beside(model_file) or table())


def surnames_alone(words: Sequence[str], labels: list[str], surnames: frozenset[str] | None = None) -> list[str]:
    """Макрон Франция атынан сөйледі, Келіссөзге Макрон мен ...: a capitalised word the CRF left out, or read alone as
    a place or a body the gazetteer does not know, whose stem ends a person's name seen in training (`known_surnames`;
    KazNERD's surnames come mostly after a given name, so the names table, which holds whole names, misses them
    alone) is a PERSON, joined to a name just before it (Эммануэль | Макрон), as KazNERD writes such a word alone
    (train: a PERSON 144 times of 147); not in quotes, nor before a noun it possesses (Назарбаев Университеті:
    `holder`). `surnames`: those of `known_surnames`, the shipped model's by default."""
    out = list(labels)
    known = known_surnames() if surnames is None else surnames
    for i, word in enumerate(words):
        if not word[:1].isupper() or out[i] != "O" and not _misread(words, out, i) \
                or i and words[i - 1] in OPEN_QUOTES or word_stem(word) not in known or holder(words, i) == i:
            continue
        joined = i and out[i - 1].endswith("-PERSON") and name_word(words[i - 1]) and not w.case_ending(words[i - 1])
        out[i] = "I-PERSON" if joined else "B-PERSON"
    return out


def coordinated_persons(words: Sequence[str], labels: list[str]) -> list[str]:
    """Макрон мен Шольц, Ердоған және Мицотакис: a person's name word the CRF read alone as a place or a body that the
    gazetteer does not know, joined by мен or және to a PERSON, is a PERSON too (KazNERD's train: such a one-word
    name beside a PERSON is one 26 times of 27, the other a title); not a place (Назарбаев пен Астана)."""
    out = list(labels)
    for i in range(len(words)):
        if not _misread(words, out, i) or not name_word(words[i]):
            continue
        before = i > 1 and words[i - 1] in COUPLED and out[i - 2].endswith("-PERSON")
        after = i + 2 < len(words) and words[i + 1] in COUPLED and out[i + 2] == "B-PERSON"
        if before or after:
            out[i] = "B-PERSON"
    return out


def _misread(words: Sequence[str], labels: Sequence[str], i: int) -> bool:
    """The word at `i` is a name of one word the CRF read as a place or a body, which the gazetteer does not know."""
    return labels[i][2:] in PLACE_READINGS and labels[i].startswith("B-") \
        and (i + 1 == len(labels) or not labels[i + 1].startswith("I-")) and not gazetteer.match((words[i],))


def person(word: str, surnames: frozenset[str]) -> bool:
    """Evidence that a capitalised word, in any case, is a person's name: read only as a given name (Ердоғанмен), a name
    of the lexicon's lists (Байденге), a surname's or a patronymic's form before its case ending (Бектеновке,
    Ержанқызына), or a stem that ends a name seen in training (`surnames`: Макронға); not a word also read otherwise
    (Жастар, youth), unknown (Союз, Анталияда) or a common noun that is also a name (Өкімімен)."""
    return given_name(word) or bool(NAME_TAGS & set(gazetteer.word_tags(word))) or word_stem(word) in surnames \
        or any("Gender=" in a.feats for form in strip_case(word) for a in names.names(form))
