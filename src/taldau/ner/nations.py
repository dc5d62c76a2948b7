"""Peoples and their languages: a pair of peoples joined by a hyphen is one NORP (қазақ-герман қарым-қатынасы, as
KazNERD writes it, one token), and peoples listed before тілдері are languages (орыс, қазақ, түрік тілдеріне). Each
rule takes a sentence's words and IOB2 labels and returns new labels, as `taldau.ner.rules` runs them.
"""
from __future__ import annotations

from collections.abc import Sequence

from taldau.morph import analyze, suffixes
from taldau.ner import gazetteer
from taldau.ner import words as w
from taldau.ner.features import NATIONALITY
from taldau.ner.labels import spans_of

LANGUAGE_HEAD = "тіл"  # тілі, тілдеріне: the lemma of "language"
MIN_PLACE = 4  # letters of a place before -лық: not ай in айлық (monthly)


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
    languages each, as KazNERD writes them (train + dev: no NORP right before тілі or тілдері)."""
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
    return out
