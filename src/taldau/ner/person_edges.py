"""Where a person's name begins and ends: a place in a case after a person, a plural or oblique common noun before
one, a case ending inside one, a given name and surname that began a body's name, a name before атындағы. Apart
from `taldau.ner.edges` (words that begin or end any name, places' edges) as `taldau.ner.body_edges` is for
bodies: a person's name is declined on its last word only, and these rules read that. Each rule takes a sentence's
words and IOB2 labels and returns new labels, as `taldau.ner.rules` runs them.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from taldau.morph import analyze, names, suffixes
from taldau.ner import gazetteer, heads
from taldau.ner import words as w
from taldau.ner.canonical import NUMERIC
from taldau.ner.labels import spans, spans_of

NO_NAME_FEATS = ("Number=Plur", "Case=Loc", "Case=Dat")  # Жанкүйерлер, Финалда: no first word of a name
NAMED_AFTER = "атындағы"  # Қ. Сәтбаев атындағы университет: "named after"
PILGRIM = frozenset({"қажы"})  # a title between a given name and a surname: Наурызбай қажы Тағанұлы
NAMED_HEADS = {"fac": "FACILITY", "org": "ORGANISATION"}  # `heads.tsv` classes of what is named after a person
MAX_NAMED = 6  # words from атындағы to the head: Әуезов атындағы Оңтүстік Қазақстан мемлекеттік университеті


def named_after(words: Sequence[str], labels: list[str]) -> list[str]:
    """Мұхтар | Әуезов атындағы Әдебиет және өнер институты: a name that begins one word before атындағы ("named
    after") takes in the person's first name the CRF read apart, as KazNERD labels the whole; so does a name begun at
    атындағы itself after the person (Қ. Сәтбаев | атындағы Геология институты: the initials' rule read the person
    apart where the CRF, leaving the initial out first in a sentence, ran the surname into the name). Сәбит Мұқанов |
    атындағы | мектепте, Мұқағали Мақатаев | атындағы | Мәдениет сарайында: a person right before атындағы, or a name
    the CRF ended at атындағы, begins the name of what is named after them, up to its head word (`heads.tsv`: a
    FACILITY or an ORGANISATION; KazNERD's train + dev: all 11 such names whole, none a PERSON apart)."""
    out = list(labels)
    if NAMED_AFTER not in words:  # most sentences
        return out
    found = spans(labels)
    for (person, first, end), (kind, start, last) in zip(found, found[1:]):
        if person == "PERSON" and kind != "PERSON" and end == start and (
                start + 1 < len(words) and words[start + 1].lower() == NAMED_AFTER or words[start].lower() == NAMED_AFTER):
            out[first:last] = [f"B-{kind}"] + [f"I-{kind}"] * (last - first - 1)
    for name, first, end in spans(out):
        if name == "PERSON" and end + 1 < len(words) and words[end].lower() == NAMED_AFTER and out[end] == "O":
            end += 1
        elif name in NUMERIC or words[end - 1].lower() != NAMED_AFTER:  # Сәбит Мұқанов атындағы | мектепте
            continue
        last, kind = _named_thing(words, out, end)
        if kind:
            out[first:last] = [f"B-{kind}"] + [f"I-{kind}"] * (last - first - 1)
    return out


def _named_thing(words: Sequence[str], labels: Sequence[str], start: int) -> tuple[int, str]:
    """(end, class) of what a person's name and атындағы begin at `start`: the words up to the first head word of a
    facility or an organisation (`NAMED_HEADS`) within MAX_NAMED words, no punctuation and no person's name among
    them, and on to the end of a name the CRF read through it; (start, "") when there is none."""
    for h in range(start, min(start + MAX_NAMED, len(words))):
        if not words[h][:1].isalpha() or labels[h].endswith("PERSON"):
            break
        kind = NAMED_HEADS.get(heads.head(words[h].lower()), "")
        if kind:  # the CRF's name that goes on past the head is the whole: университетінің заң факультетінде
            end = h + 1
            while end < len(words) and labels[end].startswith("I-"):
                end += 1
            return end, kind
    return start, ""


def countries_end_persons(words: Sequence[str], labels: list[str]) -> list[str]:
    """Тоқаев Белорусияға, әл-Фараби Бағдадта: a country, or a place name in a locative, dative, ablative or
    instrumental case, after the first word of a PERSON is no part of the name, but a place (KazNERD's train + dev:
    never inside a PERSON; right after one, a GPE 16 times of 18)."""
    out = list(labels)
    for first, last in spans_of(labels, "PERSON"):
        for k in range(first + 1, last):
            if w.country((words[k],)) or _place_in_case(words[k]):
                out[k:last] = ["B-GPE"] + ["O"] * (last - k - 1)
                break
    return out


def _place_in_case(word: str) -> bool:
    """Бағдадта, Каирге: a word the lexicon knows as a place name only, in an oblique case; or a place of the gazetteer
    with a locative, dative, ablative or instrumental ending, the attributive after it or not (Дохада, Дохадағы)."""
    tags = gazetteer.word_tags(word)
    if "topo" in tags and not {"sur", "ant", "first"} & set(tags) and w.oblique(word):
        return True
    found = gazetteer.match((word,)) if not tags else None
    ending = word[len(found[0][0]) :].lower() if found else ""
    return bool(ending) and (ending in _oblique_endings() or ending[-2:] in suffixes.endings("ATTR")
                             and ending[:-2] in suffixes.endings("LOC"))


@cache
def _oblique_endings() -> frozenset[str]:
    return frozenset(e for gloss in ("LOC", "DAT", "ABL", "INS") for e in suffixes.endings(gloss))


def persons_start_at_names(words: Sequence[str], labels: list[str]) -> list[str]:
    """Жанкүйерлер | Рыбакинаны, Финалда | Рыбакина: a common noun in the plural, the locative or the dative, that the
    lexicon never reads as a name, does not begin a person's name: the name starts after it."""
    out = list(labels)
    for first, last in spans_of(labels, "PERSON"):
        if last - first > 1 and _no_name(words[first]):
            out[first : first + 2] = ["O", "B-PERSON"]
    return out


def _no_name(word: str) -> bool:
    """A plural, or a locative or dative (not an ablative: Гүлден, Ерден, Нұрдан are names read as гүл-ден...)."""
    readings = analyze(word)
    return bool(readings) and all(a.upos != "PROPN" for a in readings) and readings[0].upos == "NOUN" \
        and any(f in readings[0].feats for f in NO_NAME_FEATS)


def persons_end_at_case(words: Sequence[str], labels: list[str]) -> list[str]:
    """Тоқаевқа Путин, Нұрсұлтан Назарбаевқа Кофи Аннан: a person's name takes its case ending on its last word only,
    so a word inside a PERSON read with another case than the nominative ends it; the next one starts another. Not
    before a patronymic in the same case, a name declined word by word (Айгүлдің Серікқызының; KazNERD's train + dev
    1 of 1 one PERSON)."""
    out = list(labels)
    for first, last in spans_of(labels, "PERSON"):
        for k in range(first, last - 1):
            if words[k].isalpha() and w.case_ending(words[k]) and not _declined_with(words[k], words[k + 1]):
                out[k + 1] = "B-PERSON"
    return out


def _declined_with(word: str, after: str) -> bool:
    """`after` is a patronymic in a case `word` is read in, other than the nominative: Айгүлдің Серікқызының."""
    return w.patronymic(after) and bool((w.cases(word) & w.cases(after)) - {"Nom"})



def persons_before_bodies(words: Sequence[str], labels: list[str]) -> list[str]:
    """Серік Омаров | облыс әкімдігімен, Айгүл Сапарова | аудандық білім бөлімімен, Наурызбай қажы Тағанұлы | Қазақстан
    мұсылмандары діни басқармасының: a given name (and қажы) and a surname or a patronymic (in no case) that begin an
    ORGANISATION, before two lowercase words or more of a body's name (after a place or none), are the person who deals
    with the body, not its name's part: a PERSON, then the body (KazNERD's train + dev: no ORGANISATION begins so; a
    body named after someone keeps the person, Ерлан Сапаров атындағы ..., and so does one named with the surname
    alone before its head, Нұрсұлтан Назарбаев қоры)."""
    out = list(labels)
    for first, last in spans_of(labels, "ORGANISATION"):
        if last - first < 4:  # a person's two words and the body's two
            continue
        k = first + 2 + (words[first + 1] in PILGRIM)  # Наурызбай қажы Тағанұлы
        body = k + (k < last and gazetteer.match((words[k],)) is not None)  # a place may begin the body's name
        given = _given(words[first]) or w.patronymic(words[k - 1]) and words[first][:1].isupper()  # (Наурызбай)
        if last - body < 2 or not given or not names.names(words[k - 1]) \
                or w.case_ending(words[k - 1]) or not all(word.islower() for word in words[body:last]) \
                or NAMED_AFTER in words[k:last] or heads.head(words[last - 1].lower()) != "org":
            continue
        out[first:last] = ["B-PERSON"] + ["I-PERSON"] * (k - first - 1) + ["B-ORGANISATION"] \
            + ["I-ORGANISATION"] * (last - k - 1)
    return out


def _given(word: str) -> bool:
    """A capitalised word the gazetteer or the dictionary gives as a first name (Серік, also a common noun)."""
    return word[:1].isupper() and ("first" in gazetteer.word_tags(word) or w.personal_name(word))
