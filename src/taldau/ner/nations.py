"""Peoples and their languages: a people's name in lower case the CRF left out is a NORP (армяндар), with -ша/-ше
its language (немісше); a pair of peoples joined by a hyphen is one NORP (қазақ-герман қарым-қатынасы, as KazNERD
writes it, one token), and peoples listed before тілдері are languages (орыс, қазақ, түрік тілдеріне); a country's
adjective (польшалық) is a NORP of its own where the CRF ran it into a person's, a company's or a body's name. Each rule
takes a sentence's words and IOB2 labels and returns new labels, as `taldau.ner.rules` runs them.
"""
from __future__ import annotations

from collections.abc import Sequence

from taldau.morph import analyze, names, suffixes
from taldau.morph.derivation import AGENT_ENDINGS
from taldau.ner import gazetteer, heads
from taldau.ner import words as w
from taldau.ner.features import NATIONALITY
from taldau.ner.labels import spans, spans_of

LANGUAGE_HEAD = "тіл"  # тілі, тілдеріне: the lemma of "language"
MIN_PLACE = 4  # letters of a place before -лық: not ай in айлық (monthly)
# Peoples the press names in lower case, by the lemma taldau.morph reads (немістеріңіз -> неміс). Not шешен, also an
# orator, nor түркі, a family of peoples; a people's adjective in -лық is `demonym`'s.
PEOPLES = frozenset({
    "қазақ", "өзбек", "қырғыз", "түрікмен", "тәжік", "ұйғыр", "дүнген", "кәріс", "татар", "башқұрт", "қалмақ", "орыс",
    "украин", "белорус", "неміс", "поляк", "чех", "серб", "грек", "армян", "грузин", "әзербайжан", "әзірбайжан",
    "түрік", "араб", "парсы", "күрд", "еврей", "ағылшын", "француз", "испан", "итальян", "жапон", "қытай", "корей",
    "моңғол", "үнді",
    "қыпшақ", "оғыз", "қарлұқ", "ноғай",  # peoples of the steppe's history (KazNERD's dev: қыпшақтан a NORP)
})
PEOPLE_STARTS = tuple(PEOPLES)
SOVIET, UNION = "Кеңес", "одақ"  # Кеңес Одағы, "the Soviet Union" (кеңес, "council", also a given name)
# What Кеңес ("Soviet") qualifies as a people's adjective: its power, army, land (KazNERD: Кеңес өкіметі, жеріне a NORP
# 2 of 2; Кеңес отырысы, мүшелері, the council's, left out 4 of 4). Not an era: кеңес дәуірінде is a DATE there too.
SOVIET_NOUNS = frozenset({"өкімет", "билік", "әскер", "армия", "үкімет", "жер"})
# A Soviet republic's abbreviation after its people's name: Қазақ КСР (Kazakh), Қазақ ССР (Russian), Татар АКСР and АССР
# (an autonomous one)
REPUBLICS = frozenset({"КСР", "ССР", "АКСР", "АССР"})
MANNER = tuple(suffixes.surfaces("шA"))  # қазақша, немісше: "in the people's way", said of a language


def soviets(words: Sequence[str], labels: list[str]) -> list[str]:
    """Кеңес Одағы ыдырады, Кеңес өкіметі тұсында: Кеңес before Одағы is the Soviet Union, a GPE (the CRF, which knows
    Кеңес as a given name, read a person); before a noun of power, army or land (`SOVIET_NOUNS`) it is "Soviet", a
    NORP alone. Not the council's (Кеңес отырысы), a person's (Кеңес Әбдіров), nor where the CRF's name runs on past
    the noun (Кеңес Одағының маршалы, a POSITION)."""
    out = list(labels)
    if SOVIET not in words:  # most sentences
        return out
    for k, word in enumerate(words[:-1]):
        nxt = words[k + 1]
        if word != SOVIET or k + 2 < len(words) and labels[k + 2].startswith("I-") \
                or k and labels[k].startswith("I-"):
            continue
        if nxt[:1].isupper() and w.lemma(nxt) == UNION:
            out[k : k + 2] = ["B-GPE", "I-GPE"]
        elif nxt.islower() and w.lemma(nxt) in SOVIET_NOUNS:
            out[k : k + 2] = ["B-NORP", "O"]
    return out


def soviet_republics(words: Sequence[str], labels: list[str]) -> list[str]:
    """Қазақ КСР-інің, Өзбек ССР-і, Татар АКСР-і: a people's or a place's name right before a Soviet republic's
    abbreviation (`REPUBLICS`) names the republic with it, one GPE as the abbreviation alone is (КСРО; the CRF, which
    never saw one, read the people a NORP and left the abbreviation out); KazNERD's train + dev write none."""
    out = list(labels)
    for k in range(1, len(words)):
        if republic(words[k]) and _republic_name(words[k - 1]) \
                and not labels[k - 1].startswith("I-"):
            out[k - 1 : k + 1] = ["B-GPE", "I-GPE"]
            if k + 1 < len(out) and out[k + 1].startswith("I-"):
                out[k + 1] = "O"
    return out


def republic(word: str) -> bool:
    """A Soviet republic's abbreviation with any endings after its hyphen: КСР, КСР-інің, ССР-і."""
    return word.partition("-")[0] in REPUBLICS


def _republic_name(word: str) -> bool:
    """A capitalised people's name (Қазақ, Өзбек) or a place the gazetteer knows (Түркістан) names a republic."""
    return word[:1].isupper() and word.isalpha() and (word.lower() in PEOPLES or bool(gazetteer.match((word,))))


def place_demonyms(words: Sequence[str], labels: list[str]) -> list[str]:
    """маңғыстаулықтардың, павлодарлық, америкалықтар: a lowercase word the CRF left out, made of a place's name (a
    proper noun first: not темір in темірлік, базар in базарлық) and -лық/-лік with any endings, names its people, a
    NORP, as KazNERD writes it (train + dev: 176 of 179 such words a NORP, the others inside a longer name)."""
    out = list(labels)
    for k, word in enumerate(words):
        if out[k] == "O" and word.islower() and demonym(word):
            out[k] = "B-NORP"
    return out


def demonym(word: str) -> bool:
    """Whether the lowercase word is a place's name and -лық/-лік, then any endings (алматылықтар)."""
    for k in range(MIN_PLACE, len(word) - 2):
        if word[k : k + 3] in NATIONALITY and word[:k] in gazetteer.place_words():
            readings = analyze(word[:k])
            return bool(readings) and readings[0].upos == "PROPN"
    return False


def country_adjective(word: str) -> bool:
    """ресейлік, кореялық, польшалық: a country's name and a nationality ending (not Еуразиялық, of no country), as
    the morphology analyses it or spelt so."""
    low = word.lower()
    return (any(len(a.morphemes) == 2 and a.morphemes[1][1] == "ADJ" and w.country((a.morphemes[0][0].capitalize(),))
                for a in analyze(low))
            or low.endswith(NATIONALITY) and w.country((low[: -len(NATIONALITY[0])].capitalize(),)))


def peoples_left_out(words: Sequence[str], labels: list[str]) -> list[str]:
    """армян, түрікмендерге, немістеріңіз: a people's name in lower case (`PEOPLES`), bare or with endings, that the
    CRF left out is a NORP, and before a singular тілі (ағылшын тілінен) the LANGUAGE with it, as KazNERD writes them
    (train + dev: all 150 such words inside a name, 110 a NORP; the 26 before a singular тіл- hold it); so is a pair of
    peoples in one hyphenated word (орыс-қазақ мектебі: KazNERD's 3 of 3 such words outside a body's name a NORP)."""
    out = list(labels)
    for k, word in enumerate(words):
        if out[k] == "O" and word.startswith(PEOPLE_STARTS) and word.islower() and (
                w.lemma(word) in PEOPLES or _pair_of_peoples(word)):
            after = words[k + 1] if k + 1 < len(words) else ""
            if out[k + 1 : k + 2] == ["O"] and after.startswith(LANGUAGE_HEAD) and not w.plural(after) \
                    and w.lemma(after) == LANGUAGE_HEAD:
                out[k : k + 2] = ["B-LANGUAGE", "I-LANGUAGE"]
            else:
                out[k] = "B-NORP"
    return out


def _pair_of_peoples(word: str) -> bool:
    """орыс-қазақ, қазақ-қырғыздың: two peoples' names in one word, joined by a hyphen (the second with its endings)."""
    first, _, second = word.partition("-")
    return first in PEOPLES and bool(second) and w.lemma(second) in PEOPLES


def languages_by_manner(words: Sequence[str], labels: list[str]) -> list[str]:
    """ағылшынша, қазақша, немісше: a people's name in lower case with -ша/-ше ("in their way") is their language, a
    LANGUAGE, whether the CRF left it out or read a people (KazNERD's train + dev: 9 of the 11 such words; the other
    two a NORP first in a sentence, Қазақша жыл санау, the Kazakh reckoning of years)."""
    out = list(labels)
    for k, word in enumerate(words):
        if word.endswith(MANNER) and word.islower() and word[:-2] in PEOPLES and out[k] in ("O", "B-NORP") \
                and out[k + 1 : k + 2] != ["I-NORP"] and not _noun(words[k + 1 : k + 2]):
            out[k] = "B-LANGUAGE"  # (not қазақша күрес, Kazakh-style wrestling: the way of a thing)
    return out


def _noun(words: Sequence[str]) -> bool:
    """The word (if any) is a lowercase common noun by its likeliest reading."""
    readings = analyze(words[0]) if words and words[0].islower() and words[0].isalpha() else []
    return bool(readings) and readings[0].upos == "NOUN"


def joined_peoples(words: Sequence[str], labels: list[str]) -> list[str]:
    """қазақ-герман, қазақ-қырғыз: two peoples the CRF read apart, joined by a hyphen (which the tokenizer splits off),
    are one NORP, as in KazNERD, where the pair is one token labelled so."""
    out = list(labels)
    for first, last in spans_of(labels, "NORP"):
        if last + 1 < len(words) and words[last] == "-" and out[last] == "O" and out[last + 1] == "B-NORP":
            out[last] = "I-NORP"
            out[last + 1] = "I-NORP"
    return out


def listed_languages(words: Sequence[str], labels: list[str]) -> list[str]:
    """орыс, қазақ, түрік тілдеріне: one-word peoples (NORP) or languages listed before a word of "language" are
    languages each, as KazNERD writes them (train + dev: no NORP right before тілі or тілдері); one alone before a
    singular тіл- holds it (ағылшын тілінен: KazNERD's 26 of 26 such words, while a list keeps тілдері out)."""
    out = list(labels)
    coordinators = suffixes.coordinators()
    for h, word in enumerate(words):
        if not (h and word.islower() and word.startswith(LANGUAGE_HEAD) and w.lemma(word) == LANGUAGE_HEAD):
            continue
        k = h - 1
        while k >= 0 and out[k] in ("B-NORP", "B-LANGUAGE") and (k + 1 == h or out[k + 1] == "O"):
            out[k] = "B-LANGUAGE"
            if k == 0 or words[k - 1].lower() not in coordinators:
                break
            k -= 2
        if k == h - 1 and out[k] == "B-LANGUAGE" and out[h] == "O" and not w.plural(word) \
                and (k == 0 or words[k - 1].lower() not in coordinators):
            out[h] = "I-LANGUAGE"  # ағылшын тілін, one language
    return out


def demonyms_in_names(words: Sequence[str], labels: list[str]) -> list[str]:
    """Рыбакина польшалық Ига Швёнтекті 6:4: a country's adjective (польшалық, кениялық) inside a name, before
    capitalised words, describes the person they name: a NORP, then a PERSON, and the words before it a name of their
    own (a last name the morphology reads so is a PERSON); what follows the person is no part of any name. The CRF ran a
    subject, the adjective and the opponent it describes into one name."""
    out = list(labels)
    if labels.count("O") > len(labels) - 3:  # no name of three words: most sentences
        return out
    for kind, first, last in spans(labels):
        if last - first < 3:  # a subject, the adjective and a name: three words at least
            continue
        k = next((k for k in range(first + 1, last - 1) if words[k].islower() and country_adjective(words[k])), None)
        if k is None or kind == "NORP" or not words[k + 1][:1].isupper():
            continue
        end = k + 1
        while end < last and words[end][:1].isupper() and words[end].isalpha():
            end += 1
        if not all(_person_word(word) for word in words[k + 1 : end]):  # Ресей Федерациясының түркиялық Елшілігі
            continue
        left = "PERSON" if names.names(words[k - 1]) and all(word[:1].isupper() for word in words[first:k]) else kind
        out[first:last] = ([f"B-{left}"] + [f"I-{left}"] * (k - first - 1) + ["B-NORP", "B-PERSON"]
                           + ["I-PERSON"] * (end - k - 2) + ["O"] * (last - end))
    return out


def _person_word(word: str) -> bool:
    """A word that may be part of a person's name: a proper noun or a word the dictionary does not know (Швёнтекті)."""
    return all(a.guessed or a.upos == "PROPN" for a in analyze(word))


def demonyms_before_latin(words: Sequence[str], labels: list[str]) -> list[str]:
    """Британиялық Shell компаниясы, италиялық Eni, Неміс Siemens компаниясы: a country's adjective or a people's name
    (`PEOPLES`, bare) before a name in Latin letters describes the company (a NORP; a people's name that is a country's
    too, Қытай, the GPE), which begins at the Latin word; the CRF ran the adjective into the name."""
    out = list(labels)
    for kind, first, last in spans(labels):
        if kind not in ("ORGANISATION", "PERSON") or last - first < 2 or not w.latin(words[first + 1]):
            continue
        low = words[first].lower()
        if country_adjective(low) or demonym(low) or low in PEOPLES:
            whose = "GPE" if w.country(words[first : first + 1]) else "NORP"
            out[first : first + 2] = [f"B-{whose}", f"B-{kind}"]
    return out


def demonyms_before_bodies(words: Sequence[str], labels: list[str]) -> list[str]:
    """ресейлік | КПРФ, Оңтүстік кореялық | Hyundai Motor компаниясы: a country's adjective in lower case (with a
    compass word before it) that begins an ORGANISATION says whose the body is: a NORP, then the body (KazNERD's
    train + dev: such an adjective is never inside an ORGANISATION and a NORP right before one five times); written
    with a capital it begins the body's own name (Қазақстандық индустрия және экспорт орталығы)."""
    out = list(labels)
    for first, last in spans_of(labels, "ORGANISATION"):
        k = next((k for k in range(first, min(first + 2, last - 1))
                  if words[k].islower() and country_adjective(words[k])), None)
        if k is None or k > first and not words[first][:1].isupper():
            continue
        out[first : last] = ["B-NORP"] + ["I-NORP"] * (k - first) + ["B-ORGANISATION"] \
            + ["I-ORGANISATION"] * (last - k - 2)
    return out


def peoples_before_persons(words: Sequence[str], labels: list[str]) -> list[str]:
    """орыс шығыстанушысы, қазақ жазушысы, неміс дипломаты: a people's name in lower case before a noun of a person (one
    by what they do, `morph.derivation.AGENT_ENDINGS`, or a post's head word) is the person's nationality, a NORP, not
    the language the CRF reads in it (KazNERD's train + dev: 1 of 1 such word a NORP, қазақ жазушысы; a LANGUAGE only before тіл- or in a
    list of languages, or before a thing, қазақ мектебі)."""
    out = list(labels)
    if "B-LANGUAGE" not in labels:  # most sentences
        return out
    for k in range(len(words) - 1):
        after = words[k + 1]
        if out[k] == "B-LANGUAGE" and out[k + 1] == "O" and words[k].islower() and w.lemma(words[k]) in PEOPLES \
                and (w.lemma(after).endswith(AGENT_ENDINGS) or heads.head(after.lower()) == "pos"):
            out[k] = "B-NORP"
    return out
