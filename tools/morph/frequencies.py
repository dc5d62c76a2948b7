"""Lemma frequencies for ranking readings, counted at build time from raw text (not UD, not UniMorph).

Each word form of KazNERD and the Apertium Kazakh texts shares its count among the lemma+POS pairs
the dictionary reads it as; the hand-disambiguated Apertium texts count their chosen lemma in full.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from taldau.morph.lookup import lookup

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_APERTIUM_UPOS = {"n": "NOUN", "np": "PROPN", "adj": "ADJ", "v": "VERB", "adv": "ADV", "num": "NUM",
                  "prn": "PRON", "post": "ADP", "det": "DET", "cnjcoo": "CCONJ", "cnjsub": "SCONJ", "vaux": "AUX"}


def word_counts(data: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    for name in ("IOB2_valid.txt", "IOB2_test_part1.txt"):
        for line in (data / "kaznerd" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                counts[line.rsplit(" ", 1)[0]] += 1
    for path in sorted((data / "apertium_kaz_texts" / "raw").glob("*.txt")):
        counts.update(_WORD.findall(path.read_text(encoding="utf-8")))
    return counts


def lemma_frequencies(data: Path) -> dict[tuple[str, str], int]:
    shares: Counter[tuple[str, str]] = Counter()
    for word, n in word_counts(data).items():
        readings = {(a.lemma, a.upos) for a in lookup(word)}
        for key in readings:
            shares[key] += n / len(readings)
    tagged = data / "apertium_kaz_texts" / "kaz_disambiguated.tsv"
    for line in tagged.read_text(encoding="utf-8").splitlines():
        m = re.match(r"[^\t]+\t([^<*|]+)<([a-z]+)>", line)
        if m and m.group(2) in _APERTIUM_UPOS:
            shares[(m.group(1), _APERTIUM_UPOS[m.group(2)])] += 3
    return {k: round(v) for k, v in shares.items() if round(v) > 0}
