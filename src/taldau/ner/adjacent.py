"""Places side by side with another name: a place first in a sentence that the CRF left out (Ашхабад ... қаламайды),
or ran into the capitalised word after it as a person (Брюссель | Транскаспий бағытын); and the words of an Arabic
name joined by its particles (Хусам ад-Дин ас-Сығнақи), which the CRF reads apart or not at all. Each rule takes a
sentence's words and IOB2 labels and returns new labels, as `taldau.ner.rules` runs them.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from taldau.ner import gazetteer
from taldau.ner import words as w
from taldau.ner.labels import spans_of
from taldau.ner.persons import person

# әл-, ад-, ас- ... before a capital (ад-Дин, ас-Сығнақи), and ибн, бин "son of": the joints of an Arabic name, inside
# the PERSON, as KazNERD's guidelines write such a name whole (Әбу Насыр ибн Мұхаммед әл-Фараби: our example)
ARTICLE = re.compile(r"(?:әл|ал|аль|ад|ас|ат|ар|аш|ан|аз|уд|ун)-[А-ЯӘҒҚҢӨҰҮІҺЁ]\w*")
SON_OF = frozenset({"ибн", "бин"})
PLACES = ("GPE", "LOCATION")  # the labels of places, which no article written apart begins
# the article written apart and capitalised: Al Jazeera, Al Rayan (Ал in a Latin sentence's Cyrillic reading), Әл Наһаян
APART = frozenset({"Al", "El", "Ал", "Әл", "Аль", "Эль"})


def places_first_in_sentence(words: Sequence[str], labels: list[str]) -> list[str]:
    """Ашхабад әскери блокқа кірмейді: a one-word place of the gazetteer first in a sentence, which the CRF left out, is
    a GPE (KazNERD's train + dev: such a word first in a sentence outside every name 1 time of 477); not a word read
    as a person's name (Дания)."""
    out = list(labels)
    if words and out[0] == "O" and words[0][:1].isupper() and words[0].isalpha() \
            and (len(out) < 2 or not out[1].startswith("I-")) and gazetteer.match((words[0],)) is not None \
            and not w.personal_name(words[0]) and not w.known_otherwise(words[0]):
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


def articles_begin_names(words: Sequence[str], labels: list[str]) -> list[str]:
    """Катардың Al Jazeera арнасы, Qatardyñ Al Rayan qory (read Ал Раыан): an Arabic article written apart and
    capitalised (`APART`) inside a sentence, after a word, right before a name the CRF began at the next word, is that
    name's first word, no conjunction ал ("but", which opens its clause: first in a sentence, or after a comma in lower
    case); KazNERD's train + dev: no such capitalised word inside a sentence but a name's (Заид Әл Наһаян). Not
    before a place, which the article never begins apart (Эр-Рияд): that Ал is the conjunction after a full stop
    left out (қатысты Ал Ресей өкілдері келмеді), as KazNERD's ( мхм ) Ал Африкада."""
    out = list(labels)
    if not APART.intersection(words):  # most sentences
        return out
    for k in range(1, len(words) - 1):
        if words[k] in APART and out[k] == "O" and words[k - 1][:1].isalnum() and out[k + 1].startswith("B-") \
                and words[k + 1][:1].isupper() and out[k + 1][2:] not in PLACES:
            out[k : k + 2] = [out[k + 1], "I-" + out[k + 1][2:]]
    return out


def arabic_particle(word: str) -> bool:
    """An article or "son of" that joins the words of an Arabic name (ад-Дин, ибн)."""
    return word in SON_OF or ARTICLE.fullmatch(word) is not None


def arabic_names(words: Sequence[str], labels: list[str]) -> list[str]:
    """Хусам ад-Дин ас-Сығнақи, Әбу Әли ибн Сина: capitalised words joined by a particle (`ARTICLE`, `SON_OF`) that
    the CRF left out or read apart are one PERSON; not a lone word with an article (әл-Фараби атындағы: the CRF's,
    often a body's or a street's name)."""
    out = list(labels)
    if not any(map(arabic_particle, words)):  # most sentences
        return out
    k = 0
    while k < len(words):
        end = k
        while end < len(words) and (out[end] == "O" or out[end].endswith("PERSON")) and (
                words[end][:1].isupper() and words[end].replace("-", "").isalpha()
                or ARTICLE.fullmatch(words[end]) or words[end] in SON_OF and end > k):
            end += 1  # (Салах ад-Дин | Иерусалимді алды: up to another name)
            if w.case_ending(words[end - 1]):
                break  # Кітапты | әл-Фараби: a case ending ends a name
        first = k
        if k == 0 and w.known_otherwise(words[0]) and (end > 2 and not ARTICLE.fullmatch(words[1])
                                                   or not w.personal_name(words[0])):
            first = 1  # Ғалым | Хусам ад-Дин, Ұйым | әл-Қаида желісіне: a noun first in the sentence (not Нұр ад-Дин)
        if end - first > 1 and any(ARTICLE.fullmatch(word) or word in SON_OF for word in words[first + 1 : end]):
            out[first:end] = ["B-PERSON"] + ["I-PERSON"] * (end - first - 1)
        k = max(end, k + 1)
    return out
