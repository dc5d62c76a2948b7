"""Peoples and their languages: a pair of peoples joined by a hyphen is one NORP (қазақ-герман қарым-қатынасы, as
KazNERD writes it, one token), and peoples listed before тілдері are languages (орыс, қазақ, түрік тілдеріне). Each
rule takes a sentence's words and IOB2 labels and returns new labels, as `taldau.ner.rules` runs them.
"""
from __future__ import annotations

from collections.abc import Sequence

from taldau.morph import suffixes
from taldau.ner import words as w
from taldau.ner.labels import spans_of

LANGUAGE_HEAD = "тіл"  # тілі, тілдеріне: the lemma of "language"


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
