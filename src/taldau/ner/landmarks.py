"""Rules for landmarks named before their head word (`heads.tsv`): Оқжетпес жартасы, Қарақия ойысы, Бекет ата
жерасты мешіті, Абылай хан алаңы, which the CRF, trained on news speech, left out or read as a person. Each takes a
sentence's words and IOB2 labels and returns new labels, as `taldau.ner.rules` runs them.
"""
from __future__ import annotations

from collections.abc import Sequence

from taldau.morph import analyze
from taldau.ner import gazetteer, heads
from taldau.ner import words as w
from taldau.ner.features import OPEN_QUOTES
from taldau.ner.labels import spans_of
from taldau.numbers.words import read_word

PLACE_HEADS = {"loc": "LOCATION", "fac": "FACILITY"}  # `heads.tsv` classes -> the landmark's
HONORIFICS = frozenset({"ата", "хан", "би", "батыр", "әулие", "ана", "баба"})  # Бекет ата, Абылай хан: in the name
MAX_MODIFIERS = 2  # adjectives between the name and its head word: жерасты мешіті, ескі көпірі
# Nouns a facility's head word is compounded with, written apart (су қоймасы, "a reservoir"; су құбыры): between the name
# and its head like an adjective (KazNERD's train + dev: Киров су қоймасына, Қарғалы су қоймасында one FACILITY each)
COMPOUNDED = frozenset({"су"})
MAX_NAME = 3  # capitalised words of the name
NUMBER = "нөмір"  # нөмірі 23-інші мектеп: "number 23 school"
STREETS = frozenset({"көше", "даңғыл", "алаң", "бульвар"})  # named after someone, never someone's own
MAX_NUMBERED = 4  # lowercase words between a facility's number and its head: сайлау учаскесі, қызмет көрсету


def landmarks(words: Sequence[str], labels: list[str]) -> list[str]:
    """Capitalised words, then an honorific (ата, хан) and adjectives (or a noun compounded with the head: Тоқтоғұл су
    қоймасы), up to a possessed head word of a facility are
    one FACILITY, where the CRF saw no entity there or a person's name alone (Абылай | хан алаңы); before the head word
    of a natural place they are its name, a LOCATION (Қарақия | ойысы), as KazNERD writes both. First in a sentence,
    where every word is capitalised, a common noun begins none (Мектеп ғимараты, Туристер | Бекет ата мешітіне); nor
    does a word in a case or a pronoun (Айгүлдің мектебі: a girl's school)."""
    out = list(labels)
    for h, word in enumerate(words):
        if labels[h] != "O" or not landmark_head(word):
            continue
        kind = PLACE_HEADS[heads.head(word)]
        k = h - 1
        while k >= 0 and h - 1 - k < MAX_MODIFIERS and labels[k] == "O" and words[k].islower() \
                and (w.adjective(words[k]) or words[k] in COMPOUNDED):
            k -= 1
        if k >= 0 and labels[k] == "O" and words[k] in HONORIFICS:
            k -= 1
        first = k
        while first >= 0 and k - first < MAX_NAME and words[first][:1].isupper() and words[first].isalpha() \
                and labels[first] in ("O", "B-PERSON", "I-PERSON") and not gazetteer.match((words[first],)) \
                and bare(words[first]):
            first -= 1
        first += 1
        opening = first == 0 or words[first - 1] in OPEN_QUOTES or not words[first - 1][:1].isalnum()
        if opening and first <= k and common(words[first]):
            first += 1  # Туристер | Бекет ата мешітіне: the sentence's first word, capitalised as any
        if first > k or first and labels[first - 1].startswith("I-") or labels[first] == "I-PERSON":
            continue
        last = h + 1 if kind == "FACILITY" else k + 1  # KazNERD: Есіл вокзалы whole, but Шаған | өзені
        out[first:last] = [f"B-{kind}"] + [f"I-{kind}"] * (last - first - 1)
    return out


def landmark_head(word: str) -> bool:
    """A possessed head word of a place (шатқалы, мешіті), a common noun outside any name: where `landmarks` looks."""
    return word.islower() and heads.head(word) in PLACE_HEADS and w.possessed(word)


def bare(word: str) -> bool:
    """A word a name may hold: no case but the nominative, no pronoun (not Айгүлдің | мектебі, Оның | көшесі: whose
    school, whose street)."""
    readings = analyze(word.lower())
    return w.cases(word) <= {"Nom"} and not any(a.upos in ("PRON", "DET") for a in readings[:1])


def common(word: str) -> bool:
    """A common noun or adjective of the lexicon, or a word in the plural (Туристер), which first in a sentence is
    capitalised as any word is."""
    readings = analyze(word.lower())
    return any("noun" in gazetteer.word_tags(a.lemma) or "Number=Plur" in a.feats for a in readings) \
        or any(a.upos == "ADJ" for a in readings[:1])


def numbered_facilities(words: Sequence[str], labels: list[str]) -> list[str]:
    """нөмірі 38-ші сайлау бөлімшесінде, Ақтөбедегі нөмірі үшінші мектеп-лицейде: нөмірі ("number"), a number and
    lowercase words up to the head word of a facility or a body (`heads.tsv`) are one FACILITY, the number inside and a
    capitalised place in the attributive locative before it too, as KazNERD mostly writes them (train + dev: 18 of the
    26 such runs; 6 an ORDINAL alone, 2 with the place apart); the CRF ran the name into the number alone or left it
    out. Not before a head bare of a possessive in the dative or the plural (нөмірі 5-інші мектепке барды, нөмірі
    20-ыншы мектептердің: KazNERD's 4 such runs are an ORDINAL alone, and none of its 22 FACILITY runs ends so)."""
    out = list(labels)
    for n, word in enumerate(words):
        if not word.lower().startswith(NUMBER) or w.lemma(word) != NUMBER or not w.possessed(word):
            continue
        k = n + 1
        while k < len(words) and words[k][:1].isalnum() and read_word(words[k]) is not None:  # not a comma
            k += 1
        h = _head_within(words, k) if k > n + 1 else None
        if h is None or heads.head(words[h]) not in ("fac", "org"):
            continue
        if _unnamed(words[h]):  # the number alone, which taldau.numbers reads, where the CRF read a FACILITY
            if out[n : h + 1] == ["B-FACILITY"] + ["I-FACILITY"] * (h - n):
                out[n : h + 1] = ["O"] * (h - n + 1)
            continue
        first = _place_before(words, n)
        out[first : h + 1] = ["B-FACILITY"] + ["I-FACILITY"] * (h - first)
    return out


def _unnamed(head: str) -> bool:
    """мектепке, емханаға, мектептердің: a head with no possessive, in the dative or the plural."""
    readings = analyze(head)
    return bool(readings) and not w.possessed(head) and (
        "Case=Dat" in readings[0].feats or "Number=Plur" in readings[0].feats)


def _head_within(words: Sequence[str], k: int) -> int | None:
    """The first head word (`heads.tsv`) within MAX_NUMBERED lowercase words from `k`, none of them in an oblique case
    before it (with a word joined to it by a hyphen: мектеп - лицейде, whose index is returned); None when there is
    none."""
    for h in range(k, min(k + MAX_NUMBERED + 1, len(words))):
        if words[h] == "-" and h > k:  # мұнай - химия: words joined by a hyphen written apart
            continue
        if not words[h].islower() or not words[h].replace("-", "").isalpha():
            return None
        if heads.head(words[h]):
            return h + 2 if h + 2 < len(words) and words[h + 1] == "-" and words[h + 2].islower() else h
        if w.oblique(words[h]):
            return None
    return None


def _place_before(words: Sequence[str], n: int) -> int:
    """Where a numbered facility begins: at a place of the gazetteer in the attributive locative right before нөмірі
    (Көкшетаудағы), or before қаласындағы after one (Нұр-Сұлтан қаласындағы); else at нөмірі."""
    k = n - 1
    if k > 0 and words[k].islower() and w.attributive(words[k]) and gazetteer.match((words[k - 1],)):
        return k - 1
    if k >= 0 and words[k][:1].isupper() and w.attributive(words[k]) and gazetteer.match((words[k],)):
        return k
    return n


def local_facilities(words: Sequence[str], labels: list[str]) -> list[str]:
    """Павлодар мұнай-химия зауытында, Қарағанды облыстық тарихи-өлкетану музейінде, Қостанай әуежайына: a city or a
    region in no case, then lowercase words in no oblique case up to a facility's head word (`heads.tsv`) outside any
    name, are one FACILITY, the head in whatever case (KazNERD's train + dev: a place right before such a head, or one
    word before it, 25 times of 25 inside the FACILITY), where the CRF saw the place alone. Not a country (Қытай
    зауыты: a Chinese plant), a place in a case (Семейдегі кеме жасау зауыты, Алматыда: where it stands), nor one
    whose facility a genitive between tells (Қастек аулының | орта мектебінде)."""
    out = list(labels)
    if "B-GPE" not in labels:  # most sentences
        return out
    for first, last in spans_of(labels, "GPE"):
        h = _head_within(words, last)  # the rarest condition first: most places have no facility's head after them
        if h is None or heads.head(words[h]) != "fac" or not _bare_place(words, first, last):
            continue
        if w.possessed(words[h]) and all(label == "O" for label in labels[last : h + 1]) \
                and not any(w.genitive(word) for word in words[last:h]):  # Қастек аулының | мектебі: whose
            out[first : h + 1] = ["B-FACILITY"] + ["I-FACILITY"] * (h - first)
    return out


def _bare_place(words: Sequence[str], first: int, last: int) -> bool:
    """A city's or region's name in the nominative or unread (Павлодар), not attributive (Семейдегі) nor a country's."""
    found = w.cases(words[last - 1])
    return (not found or "Nom" in found) and not w.attributive(words[last - 1]) and not w.country(words[first:last])


def named_facilities(words: Sequence[str], labels: list[str]) -> list[str]:
    """Пойыз Есіл вокзалынан, Жолаушылар Сайран автовокзалында: a one-word name in no case, inside the sentence, right
    before a facility's head word (`heads.tsv`) that is possessed and not an object (X автовокзалы) names the facility:
    one FACILITY, as in KazNERD. A person stays a person where "his/her" reads as well: first in the sentence (Ерлан
    мектебіне асығып бара жатты), with a surname (Асқар Сұлтанов мектебін бітірді), before an object (Айгүл мектебін
    бітірді); and Жанель мектепті, with no possessive, is a person and a school. A street's head word (`STREETS`) has
    no owner: Абай даңғылының бойында is the avenue first in a sentence too."""
    out = list(labels)
    for first, last in spans_of(labels, "PERSON"):
        if (first or last < len(words) and w.lemma(words[last]) in STREETS) and last == first + 1 and last < len(words) and labels[last] == "O" \
                and heads.head(words[last].lower()) == "fac" and w.possessed(words[last]) \
                and "Acc" not in w.cases(words[last]) and w.cases(words[first]) <= {"Nom"}:
            out[first : last + 1] = ["B-FACILITY"] + ["I-FACILITY"] * (last - first)
    return out
