"""Titles of one office that the CRF left out, each a POSITION as KazNERD writes it: a military rank in lower case
(майор, генерал-майор), a state's chief officer after бас (Бас прокурор), the President with any ending
(Президентіміздің), an honorary title (Қазақстанның халық әртісі). Each rule takes a sentence's words and IOB2 labels and returns new labels, as `taldau.ner.rules`
runs them.
"""
from __future__ import annotations

from collections.abc import Sequence

from taldau.ner import words as w

CHIEF, CHIEF_OFFICES = "бас", frozenset({"прокурор", "санитар", "ветеринар"})  # Бас прокурор: a state's chief officer
DOCTOR = "дәрігер"  # бас санитар дәрігер, бас санитарлық дәрігері: the chief sanitary doctor
RANKS = frozenset({"лейтенант", "капитан", "майор", "подполковник", "полковник", "генерал", "сержант", "прапорщик",
                   "ефрейтор", "адмирал", "маршал"})  # military and police ranks (капитан a team's or a ship's too)
RANK_STARTS = tuple(RANKS)
PRESIDENT, PRESIDENT_STARTS = "президент", "Президент"
# Honorary titles a state gives: халық әртісі (People's Artist), еңбек сіңірген қайраткері (Honoured Worker); the words
# that make one and the callings they name (stems: артисі drops the т)
HONOURING = (("халық",), ("еңбек", "сіңірген"))
HONOUR_STARTS = frozenset(start[0] for start in HONOURING)
CALLINGS = ("әртіс", "артис", "жазушы", "ақын", "суретші", "мұғалім", "дәрігер", "әнші", "қайраткер", "ұстаз", "сәулетші",
            "журналист", "журналис", "жаттықтырушы", "спорт шебері")


def chief_officers(words: Sequence[str], labels: list[str]) -> list[str]:
    """Бас прокурор, бас көлік прокуроры, бас санитарлық дәрігерінің, бас ветеринары: бас and a state's officer (a
    prosecutor, the sanitary doctor, the veterinarian: `CHIEF_OFFICES`), adjectives between or none, that the CRF left
    out is a POSITION, as KazNERD writes them (train + dev: 9 of 10 such titles inside a POSITION); not бас дәрігері,
    a hospital's head doctor, nor бас директоры (no entity there)."""
    out = list(labels)
    for k, word in enumerate(words):
        if word.lower() != CHIEF or out[k] != "O":
            continue
        h = k + 1
        while h < len(words) and h - k <= 2 and out[h] == "O" and words[h].islower() \
                and not _chief_office(words, h) and w.adjective(words[h]):
            h += 1
        if h >= len(words) or out[h] != "O" or not words[h].islower() or not _chief_office(words, h):
            continue
        if h + 1 < len(words) and out[h + 1] == "O" and w.lemma(words[h + 1]) == DOCTOR:
            h += 1  # бас санитар дәрігер
        out[k : h + 1] = ["B-POSITION"] + ["I-POSITION"] * (h - k)
    return out


def _chief_office(words: Sequence[str], h: int) -> bool:
    """прокурор, санитары, ветеринары; дәрігері after санитарлық."""
    lemma = w.lemma(words[h])
    return lemma in CHIEF_OFFICES or lemma == DOCTOR and words[h - 1].lower().startswith("санитар")


def military_ranks(words: Sequence[str], labels: list[str]) -> list[str]:
    """майор шеніндегі, екі жас сержантты, генерал-майор Ерлан Сейітов: a military or police rank in lower case and the
    singular (`RANKS`; a compound one joined by a hyphen, which the tokenizer splits off) that the CRF left out, or read
    in part, is a POSITION (KazNERD's train + dev: 8 of 8 such words a POSITION; in the plural, бизнес капитандары,
    none)."""
    out = list(labels)
    for k, word in enumerate(words):
        if not (word.startswith(RANK_STARTS) and word.islower() and w.lemma(word).lower() in RANKS and not w.plural(word)) \
                or out[k] not in ("O", "B-POSITION") or k + 1 < len(out) and out[k + 1] == "I-POSITION":
            continue
        first = k
        if k > 1 and words[k - 1] == "-" and out[k - 1] == "O" and out[k - 2] in ("O", "B-POSITION") \
                and w.lemma(words[k - 2]).lower() in RANKS:
            first = k - 2  # генерал - майор
        out[first : k + 1] = ["B-POSITION"] + ["I-POSITION"] * (k - first)
    return out


def presidents(words: Sequence[str], labels: list[str]) -> list[str]:
    """Президентіміздің сапары, Президентке сенеді: the capitalised President in the singular, with any ending, that
    the CRF left out is a POSITION (KazNERD's train + dev: of some 310 such words 3 outside a name, each a plural or
    a derived word, Президенттік, which this leaves alone)."""
    out = list(labels)
    for k, word in enumerate(words):
        if out[k] == "O" and word.startswith(PRESIDENT_STARTS) and w.lemma(word) == PRESIDENT and not w.plural(word):
            out[k] = "B-POSITION"
    return out


def honorary_titles(words: Sequence[str], labels: list[str]) -> list[str]:
    """Қазақстанның Халық әртісі Айгүл Сапарова, еңбек сіңірген қайраткері: an honorary title (`HONOURING` and a calling
    possessed, `CALLINGS`) that the CRF left out is a POSITION, with the country in the genitive before it that gives it
    (KazNERD's train + dev: халық әртісі 8 of 8 a POSITION, the country inside 7 times; еңбек сіңірген 6 of 6; not the
    people's hero, Халық қаһарманы, left out once)."""
    out = list(labels)
    for k in range(len(words) - 1):
        if words[k].lower() not in HONOUR_STARTS:  # most words
            continue
        size = next((len(start) for start in HONOURING if tuple(word.lower() for word in words[k : k + len(start)]) == start),
                    0)
        h = k + size
        if not size or h >= len(words) or not words[h].islower() or not words[h].startswith(CALLINGS) \
                or not w.possessed(words[h]) or any(label != "O" for label in out[k : h + 1]):
            continue
        first = k - 1 if k and out[k - 1] == "B-GPE" and w.genitive(words[k - 1]) and w.country(words[k - 1 : k]) else k
        out[first : h + 1] = ["B-POSITION"] + ["I-POSITION"] * (h - first)
    return out
