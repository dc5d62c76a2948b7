"""Rules for events over the CRF's labels: an anniversary of a name (Абайдың 175 жылдығы). Each takes a sentence's
words and IOB2 labels and returns new labels, as `taldau.ner.rules` runs them.
"""
from __future__ import annotations

from collections.abc import Sequence

from taldau.ner import words as w
from taldau.ner.canonical import NUMERIC
from taldau.ner.features import CLOSE_QUOTES, OPEN_QUOTES
from taldau.numbers.words import read_word

ANNIVERSARY = "жылдық"  # жылдығы, жылдығына: "its anniversary", the lemma of a name's years


def anniversaries(words: Sequence[str], labels: list[str]) -> list[str]:
    """Абайдың 175 жылдығына, «Нұр Отан» партиясының жиырма жылдығы, Ұлы жеңістің 75 жылдығы: a name in the genitive,
    then a number and жылдығы ("its anniversary"), is one EVENT with the number inside, as KazNERD writes it (train +
    dev: 16 of 16); a common noun's anniversary (қайраткердің 80 жылдығы) and one with a word between (алдағы 25
    жылдығы) stay a DATE."""
    out = list(labels)
    for k, word in enumerate(words):
        if not word.islower() or not word.startswith(ANNIVERSARY[:-1]) or w.lemma(word) != ANNIVERSARY:
            continue
        j = k
        while j > 0 and words[j - 1][:1].isalnum() and read_word(words[j - 1]) is not None:  # not a comma
            j -= 1
        start = _owner(words, out, j - 1) if 0 < j < k and w.genitive(words[j - 1]) else None
        if start is not None:
            out[start : k + 1] = ["B-EVENT"] + ["I-EVENT"] * (k - start)
    return out


def _owner(words: Sequence[str], labels: Sequence[str], g: int) -> int | None:
    """Where the name whose genitive is at `g` begins: the start of the CRF's name there, a capitalised word itself
    (Абайдың), or the name before a lowercase head in the genitive (Ұлы | жеңістің, «Нұр Отан» | партиясының);
    None for a common noun's."""
    if labels[g] != "O":
        return None if labels[g][2:] in NUMERIC else _start(labels, g)
    if words[g][:1].isupper():
        return g
    if g == 0:
        return None
    before = g - 1
    if words[before] in CLOSE_QUOTES:
        return next((q for q in range(before - 1, -1, -1) if words[q] in OPEN_QUOTES), None)
    if labels[before] != "O":
        return None if labels[before][2:] in NUMERIC else _start(labels, before)
    return before if words[before][:1].isupper() and words[before].isalpha() else None


def _start(labels: Sequence[str], k: int) -> int:
    """The first token of the entity that holds token `k`."""
    while k > 0 and labels[k].startswith("I-"):
        k -= 1
    return k
