"""Places listed side by side: single names joined by a comma, мен or және are a GPE each (Тараз бен Меркіде), so are
names listed before a region's head in the plural (Арал, Қазалы және Жалағаш аудандарында) or with a place the CRF
read (Жаушықұм , Айдаркөл және Жоласар), and names listed beside a natural place are natural places too. Each rule
takes a sentence's words and IOB2 labels and returns new labels, as `taldau.ner.rules` runs them.
"""
from __future__ import annotations

from collections.abc import Sequence

from taldau.morph import analyze, suffixes
from taldau.ner import gazetteer
from taldau.ner import words as w
from taldau.ner.canonical import NUMERIC
from taldau.ner.features import OPEN_QUOTES
from taldau.ner.labels import spans
from taldau.ner.places import REGION, SEAT_UNITS


def coordinated_places(words: Sequence[str], labels: list[str]) -> list[str]:
    """Тараз бен Меркіде, Қытай мен Моңғолияға: one name the CRF made of single capitalised words joined by мен, бен,
    пен, және or a comma, one of them a place of the gazetteer, is a GPE each, the coordinators in none, as KazNERD
    writes places side by side (train + dev: no name holds such a list; Қазақстан мен | a place 24 times a GPE each).
    Not a person's name, nor a body's (Ирак және Левант, a movement)."""
    out = list(labels)
    coordinators = suffixes.coordinators()
    for kind, first, last in spans(labels):
        if kind in NUMERIC or kind in ("PERSON", "ORGANISATION") or last - first < 3:
            continue
        cuts = [k for k in range(first + 1, last - 1) if words[k].lower() in coordinators]
        parts = list(zip([first] + [k + 1 for k in cuts], cuts + [last]))
        if cuts and all(b == a + 1 and words[a][:1].isupper() and words[a].isalpha() for a, b in parts) \
                and any(gazetteer.match((words[a],)) for a, _ in parts):
            for a, _ in parts:
                out[a] = "B-GPE"
            for k in cuts:
                out[k] = "O"
    return out


def listed_regions(words: Sequence[str], labels: list[str]) -> list[str]:
    """Арал, Қазалы және Жалағаш аудандарында: single capitalised names listed before a region's head word in the
    plural (`SEAT_UNITS`: аудандарында, облыстарының) are a GPE each, whatever the CRF read one of them as (the Aral
    Sea, a person), as KazNERD writes a district by its name (Арал ауданында a GPE 8 times of 8); the last name holds a
    region's word (Жамбыл мен Павлодар облыстарында), as KazNERD holds облысы in a region's name (train + dev: the
    plural 7 of 7, a district's none of 7)."""
    out = list(labels)
    coordinators = suffixes.coordinators()
    for h, word in enumerate(words):
        if h < 3 or not (word.islower() and w.lemma(word) in SEAT_UNITS and w.plural(word)):
            continue
        names, k = [], h - 1
        while k >= 0 and words[k][:1].isupper() and words[k].isalpha() and not out[k].startswith("I-") \
                and (k == h - 1 or out[k + 1] == "O"):
            names.append(k)
            if k == 0 or words[k - 1].lower() not in coordinators:
                break
            k -= 2
        if len(names) > 1:
            for k in names:
                out[k] = "B-GPE"
            if out[h].startswith("I-") or w.lemma(word) == REGION:  # Павлодар облыстарында: in the last name
                out[h] = "I-GPE"
    return out


def listed_natural_places(words: Sequence[str], labels: list[str]) -> list[str]:
    """Медеу, Шымбұлақ және Көлсайда, Қиғаш пен Жайық: names listed with a comma or мен, және beside a LOCATION that
    the CRF read as a GPE and the gazetteer does not know as a country, region or city are LOCATIONs too, as KazNERD
    lists natural places (train + dev: beside a LOCATION, 19 of 19 such names a LOCATION; the gazetteer's places
    there, Ауғанстанға, a GPE 3 of 3)."""
    out = list(labels)
    if "B-LOCATION" not in labels or "B-GPE" not in labels:  # most sentences
        return out
    joints = suffixes.coordinators() | {","}
    groups: list[list[tuple[str, int, int]]] = []
    for span in spans(labels):
        if groups and span[1] == groups[-1][-1][2] + 1 and words[span[1] - 1].lower() in joints:
            groups[-1].append(span)
        else:
            groups.append([span])
    for group in groups:
        if any(kind == "LOCATION" for kind, _, _ in group):
            for kind, first, last in group:
                if kind == "GPE" and not gazetteer.match(tuple(words[first:last])):
                    out[first:last] = ["B-LOCATION"] + ["I-LOCATION"] * (last - first - 1)
    return out


def places_listed_before(words: Sequence[str], labels: list[str]) -> list[str]:
    """Жаушықұм , Айдаркөл және Жоласар: a word that may be a proper noun, left out right before a comma, және or мен
    and a place the CRF read (one word), is listed with it, a GPE too (KazNERD train + dev: inside a sentence 183 of 184
    such capitalised words a GPE, none left out); first in a sentence only in a list of three or more and no person's
    given name, where a word before a comma is otherwise an adverb or a name called (Мәселен , Ресейде ...: 42 left
    out; Берік , Астана мен Алматы арасында: Berik called)."""
    out = list(labels)
    coordinators = suffixes.coordinators()
    for k in range(len(words) - 2):
        if out[k] != "O" or not (words[k][:1].isupper() and words[k].isalpha()) \
                or words[k + 1].lower() not in coordinators or out[k + 2] != "B-GPE" \
                or k + 3 < len(words) and out[k + 3] == "I-GPE":
            continue
        listed = k + 4 < len(words) and words[k + 3].lower() in coordinators and out[k + 4] == "B-GPE"
        first_listed = k == 0 and listed and not w.personal_name(words[k])
        if (k > 0 and words[k - 1] not in OPEN_QUOTES or first_listed) and any(a.upos == "PROPN" for a in analyze(words[k])):
            out[k] = "B-GPE"
    return out
