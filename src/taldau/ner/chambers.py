"""A state's government and the houses of its parliament (Үкімет, Парламент, Сенат, Мәжіліс): where the CRF read a
country or Парламент apart from its chamber, or left a chamber out. The rule takes a sentence's words and IOB2 labels and
returns new labels, as `taldau.ner.rules` runs it.
"""
from __future__ import annotations

from collections.abc import Sequence
from itertools import takewhile

from taldau.ner import heads
from taldau.ner import words as w

CHAMBERS = frozenset({"үкімет", "парламент", "сенат", "мәжіліс"})  # a state's government and its houses
CHAMBER_STARTS = tuple(CHAMBERS)
HOUSES = frozenset({"сенат", "мәжіліс"})  # the houses of a parliament (Парламент Сенатының)
CHAMBER_CAPITALS = "ҮПСМ"  # their first letters
MAX_HEAD_WORDS = 3  # lowercase words after a chamber up to a head word that makes it part of a longer name


def _head_ahead(words: Sequence[str], k: int) -> bool:
    """A head word (`heads.tsv`) at `k` or among the lowercase words up to MAX_HEAD_WORDS on."""
    run = takewhile(str.islower, words[k : k + MAX_HEAD_WORDS])
    return any(heads.head(word) for word in run)



def state_chambers(words: Sequence[str], labels: list[str]) -> list[str]:
    """Қазақстан Үкіметімен, Чехия Парламенті, Парламент Сенатының: a country, or Парламент, right before a capitalised
    word of its government or a house of its parliament (`CHAMBERS`) is one ORGANISATION with it, where the CRF read
    them apart or left them out, as KazNERD writes them (train + dev: such a pair one ORGANISATION 12 times, inside a
    POSITION 5 times, never apart); the second word possessed (Үкіметі, Сенатының; not Парламент Үкіметке, Германия
    Парламентке: a subject and whom it addresses), after Парламент a house; not a country before a lowercase үкіметі
    (Армения үкіметінің: the country alone). A capitalised chamber the CRF left out alone or read as a place alone,
    first in a sentence too (Сенат құжатты қарайды, Үкіметімізде), is an ORGANISATION (train + dev: 151 such words in
    the singular a name, none left out, none a place; the 8 left out are derived or plural: Үкіметтік,
    Сенаторлардың); before a head word, up to MAX_HEAD_WORDS
    lowercase words on, it begins a post or a body the other rules read (Парламенттің қос палата спикері)."""
    out = list(labels)
    for k, word in enumerate(words):
        alone = out[k] == "O" or out[k] == "B-GPE" and (k + 1 == len(out) or out[k + 1] != "I-GPE")
        if alone and word[:1] in CHAMBER_CAPITALS and word.lower().startswith(CHAMBER_STARTS) \
                and w.lemma(word) in CHAMBERS and not w.plural(word) and not _head_ahead(words, k + 1):
            out[k] = "B-ORGANISATION"
    for k in range(len(words) - 1):
        first, second = words[k], words[k + 1]
        if not (second[:1] in CHAMBER_CAPITALS and second[1:2].islower() and second.lower().startswith(CHAMBER_STARTS)
                and w.lemma(second) in CHAMBERS) \
                or out[k].startswith("I-") or out[k + 1] == f"I-{out[k][2:]}" \
                or k + 2 < len(out) and out[k + 2].startswith("I-") \
                or not (first == "Парламент" and w.lemma(second) in HOUSES or first[:1].isupper() and w.country((first,))) \
                or not w.possessed(second):
            continue  # (not Парламент Үкіметке, Германия Парламентке: a subject and whom it addresses)
        out[k : k + 2] = ["B-ORGANISATION", "I-ORGANISATION"]
    return out

