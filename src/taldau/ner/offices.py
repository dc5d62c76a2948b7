"""Titles of one office that the CRF left out, each a POSITION as KazNERD writes it: a military rank in lower case
(майор, генерал-майор), a state's chief officer after бас (Бас прокурор), the President with any ending
(Президентіміздің), an honorary title (Қазақстанның халық әртісі); and the person named right after a title
(Канцлер Шольц), a PERSON apart. Each rule takes a sentence's words and IOB2 labels and returns new labels, as
`taldau.ner.rules` runs them.
"""
from __future__ import annotations

from collections.abc import Sequence

from taldau.morph import analyze
from taldau.ner import gazetteer, heads
from taldau.ner import words as w
from taldau.ner.persons import body_begins, capitals, holder, known_surnames, person

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
# Offices the press writes before a holder's name that `heads.tsv` holds no stem of (it has президент, министр...)
PERSONAL_TITLES = frozenset({"премьер-министр", "премьер", "вице-премьер", "вице-президент", "вице-министр", "канцлер",
                             "король", "королева", "патша", "император", "ханзада", "ханшайым", "принц", "шейх",
                             "сенатор", "губернатор", "мэр", "конгрессмен", "папа"})
LEADER = "елбасы"  # Елбасы, Елбасымыз (the lexicon reads its lemma as елбас)
TITLE_STARTS = (*PERSONAL_TITLES, *RANKS, LEADER)  # what a title's word begins with, bar `heads.tsv`'s
HELD = frozenset({"POSITION", "ORGANISATION", "PERSON"})  # the CRF's names a title and its holder are read into
MISREAD = frozenset({"LOCATION", "GPE", "ORGANISATION"})  # the CRF's names an unseen holder begins (Шольц Парижге)


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
    a derived word, Президенттік, which this leaves alone). The press capitalises the office's holder only: a
    one-word POSITION of the word in lower case (президент сайлауы, жаңа президентті: the office in general) or of a
    word derived from it (президенттік өкілеттік, the presidency) is none (KazNERD: none of 45 such lowercase words
    begins a POSITION, none of 37 words in президенттік- is one)."""
    out = list(labels)
    for k, word in enumerate(words):
        if out[k] == "O" and word.startswith(PRESIDENT_STARTS) and w.lemma(word) == PRESIDENT and not w.plural(word):
            out[k] = "B-POSITION"
        elif out[k] == "B-POSITION" and (k + 1 == len(out) or out[k + 1] != "I-POSITION") \
                and word.lower().startswith(PRESIDENT) and (word.islower() or w.lemma(word) != PRESIDENT):
            out[k] = "O"
    return out


def title(word: str) -> bool:
    """A person's office in the nominative, bare or possessed: Премьер-министр, канцлері, Елбасы, министрі, майор
    (not Президенттер, Президентке, Президенттік)."""
    if w.plural(word) or w.case_ending(word) or w.adjective(word):
        return False
    low = word.lower()
    lemma = w.lemma(word).lower()
    return lemma in PERSONAL_TITLES or lemma in RANKS or low.startswith(LEADER) or heads.head(low) == "pos"


def holders_after_titles(words: Sequence[str], labels: list[str], surnames: frozenset[str] | None = None) -> list[str]:
    """Премьер-министр Бектенов, Канцлер Шольц Еуропалық одақтың, Германия канцлері Шольц Парижге: the name right after
    a title (`title`; its words by `persons.holder`) that the CRF read into the title's name, or into another name
    with what follows it, or left out, is a PERSON, and the title's name a POSITION that ends before it, as KazNERD
    writes them (train: a title's name is never followed by its holder inside it; a one-word title right before a
    capitalised word is followed by a PERSON 60 times of 78, the others a place, a body or an event the CRF reads as
    such, or a common word: Президент Жолдауында). A title the CRF left out stays so (KazNERD leaves 31 of 177
    titles before a PERSON out: қала әкімі Бауыржан ...). A name in an oblique case must show it is a person's
    (`_unnamed`). `surnames`: those of `persons.known_surnames`, the shipped model's by default."""
    out = list(labels)
    known = known_surnames() if surnames is None else surnames
    for k in range(len(words) - 1):
        if not words[k + 1][:1].isupper() or out[k][2:] not in HELD and out[k] != "O" or not title(words[k]):
            continue
        kind, end = out[k][2:], holder(words, k + 1)
        inside = out[k + 1 : end]
        if end == k + 1 or inside[0] == "B-PERSON" or _unnamed(words[k + 1 : end], known):
            continue
        if kind and all(label == f"I-{kind}" for label in inside):  # Премьер-министр Бектенов, read as one name
            first = k
            while first and out[first].startswith("I-") and out[first - 1][2:] == kind:
                first -= 1
            out[first : k + 1] = ["B-POSITION"] + ["I-POSITION"] * (k - first)
        elif not all(label == "O" for label in inside) and not (
                inside[0][2:] in MISREAD and all(label == "I-" + inside[0][2:] for label in inside[1:])):
            continue  # a name of another kind begins inside the holder's (Президент Абайдың мерейтойы, an EVENT)
        last = next((j for j in range(end, len(out)) if not out[j].startswith("I-")), len(out))
        # the CRF ran the holder into a name that ends in a head word: Ердоған | Түркі мемлекеттері ұйымы, Бектенов |
        # Ұлттық банктің төрағасымен (a POSITION)
        body = heads.LABELS.get(heads.head(words[last - 1].lower()), "") if inside[0] != "O" else ""
        while end < last and _more_name(words, end) and not body:  # Жан-Клод Юнкер: the CRF's name goes on with
            end += 1  # the holder's
        out[k + 1 : end] = ["B-PERSON"] + ["I-PERSON"] * (end - k - 2)
        if last > end:  # Шольц Парижге, read as one place: the CRF's name after the holder is a place, a body or none
            rest = ["O"] * (last - end)
            if body or gazetteer.match(tuple(words[end:last])):
                rest = [f"B-{body or 'GPE'}"] + [f"I-{body or 'GPE'}"] * (last - end - 1)
            out[end:last] = rest
    return out


def titles_before_persons(words: Sequence[str], labels: list[str]) -> list[str]:
    """Вице-премьер Ерлан Сапаров, Канцлер Ханс Мюллер: a capitalised office of `PERSONAL_TITLES` that the CRF left out
    right before the PERSON it found is a POSITION, as KazNERD writes it (train + dev: 13 of 13); not any title word
    (Депутат Айгүл Омарова is left out 3 times of 3 in KazNERD), nor one in lower case (қала әкімі Бауыржан ...)."""
    out = list(labels)
    for k in range(len(words) - 1):
        if out[k] == "O" and out[k + 1] == "B-PERSON" and words[k][:1].isupper() and title(words[k]) \
                and w.lemma(words[k]).lower() in PERSONAL_TITLES:
            out[k] = "B-POSITION"
    return out


def _unnamed(name: Sequence[str], surnames: frozenset[str]) -> bool:
    """A name after a title whose last word is in an oblique case (Анталияда, Теңізге, Өкімімен, Жиддаға) and none of
    whose words shows a person's (`persons.person`: Бектеновке, Ердоғанмен do): a place or a common word more often
    than a holder, which KazNERD writes in the nominative or named by a name its lexicon and surnames know."""
    readings = analyze(name[-1])
    oblique = bool(readings) and any(f"Case={case}" in readings[0].feats for case in w.OBLIQUE)
    return oblique and not any(person(word, surnames) for word in name)


def _more_name(words: Sequence[str], k: int) -> bool:
    """The capitalised word at `k`, inside the CRF's name after a holder's name word in no case, goes on with the name
    (Юнкер, a common noun too): not a place, an abbreviation or a head word."""
    word = words[k]
    return word[:1].isupper() and word.replace("-", "").isalpha() and not capitals(word) \
        and not gazetteer.match((word,)) and not heads.head(word.lower()) and not w.case_ending(words[k - 1]) \
        and not body_begins(words, k)  # Ердоған | Түркі мемлекеттері ұйымының: a listed body's name begins


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
