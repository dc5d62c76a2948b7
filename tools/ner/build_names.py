"""Compile the names table (`names.py`) from labelled sentences; `tools.ner.train` calls it.

Training needs tables that have not seen the sentence being featurised: a name found in its own
sentence would always match, and the model would trust the table blindly. So the training
sentences are split into FOLDS (by twin group, as in `data`), and each fold is featurised with the
table of the other folds (jackknife); the committed table is built from all training sentences.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from taldau.ner import data, spans
from taldau.ner.canonical import NUMERIC
from taldau.ner.features import word_stem
from taldau.ner.names import MAX_WORDS, Table

FOLDS = 10
MIN_SHARE = 0.3  # of the occurrences of the words that are this name


def stems(words: Sequence[str]) -> tuple[str, ...]:
    return tuple(word_stem(w) for w in words)


def build(sentences: Sequence[data.Sentence]) -> Table:
    """Stems of every non-numeric entity -> (its most frequent class, share bucket)."""
    found: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    keyed = [(stems(words), labels) for words, labels in sentences]
    for key, labels in keyed:
        for kind, first, last in spans(labels):
            if kind not in NUMERIC and last - first <= MAX_WORDS:
                found[key[first:last]][kind] += 1
    seen: Counter = Counter()  # occurrences of those stems, as a name or not
    for key, _ in keyed:
        for i in range(len(key)):
            for size in range(1, min(MAX_WORDS, len(key) - i) + 1):
                if key[i : i + size] in found:
                    seen[key[i : i + size]] += 1
    out = {}
    for key, kinds in found.items():
        share = sum(kinds.values()) / seen[key]
        if share >= MIN_SHARE:
            out[key] = (kinds.most_common(1)[0][0], "h" if share >= 0.7 else "m")
    return out


def fold(sentence: data.Sentence) -> int:
    """0..FOLDS-1 by a seeded hash of the twin group, so twins share a fold."""
    return data.bucket("fold\t" + data.twin_key(*sentence)) % FOLDS


def jackknife(sentences: Sequence[data.Sentence]) -> list[Table]:
    """Per sentence, the table built from the other folds."""
    folds = [fold(s) for s in sentences]
    tables = [build([s for s, f in zip(sentences, folds) if f != k]) for k in range(FOLDS)]
    return [tables[f] for f in folds]


def write(names: Table, target: Path, parts: Sequence[str]) -> None:
    with target.open("w", encoding="utf-8") as f:
        f.write(f"# Names in KazNERD ({' + '.join(parts)} parts of taldau.ner.data's split; CC BY 4.0), "
                "written by tools/ner/build_names.py.\n")
        f.write("# suffix-stripped stems <TAB> most frequent class <TAB> share of their occurrences that are a name "
                "(h >= 70 %, m >= 30 %)\n")
        for key, (kind, share) in sorted(names.items()):
            f.write(f"{' '.join(key)}\t{kind}\t{share}\n")
