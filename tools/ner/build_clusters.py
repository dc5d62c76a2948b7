"""Compile `clusters.tsv`: distributional word classes for NER features (offline, numpy + scikit-learn).

    python -m tools.ner.build_clusters [--data ../shared/data]

Words that occur in similar contexts share a class, so a name unseen in the labelled data can
still look like names that were seen. Text: the train and dev parts of KazNERD (never the final
test part), the Apertium segmentation corpus, the Kazakh side of the Apertium kaz-rus parallel
sentences, the Apertium Wikipedia texts and the KazSAnDRA reviews. Method: counts of neighbours
within two words, positive PMI, truncated SVD to 100 dimensions, k-means at three granularities; once over the
words as written and once over their suffix-stripped stems (`taldau.ner.features.word_stem`, rows keyed
`clusters.STEM` + stem), so that a rare name's inflected forms pool their contexts.
"""
from __future__ import annotations

import argparse
import csv
import re
from collections import Counter
from pathlib import Path

from taldau.ner import clusters as table
from taldau.ner import data
from taldau.ner.features import word_stem

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+")
SIZES = (32, 128, 512)
MIN_COUNT = 3
CONTEXTS = 5000
DIMS = 100
SEED = 1


def tokens(line: str) -> list[str]:
    return [w if not w.isdigit() else "0" for w in WORD.findall(line.lower())]


def corpus(root: Path) -> list[list[str]]:
    """Lowercased sentences from every source named in the module docstring."""
    parts = data.load_split(root / "kaznerd")
    out = [tokens(" ".join(words)) for part in ("train", "dev") for words, _ in parts[part]]
    apertium = root / "apertium_kaz_lexicon" / "segmentation_corpus.tsv"
    with apertium.open(encoding="utf-8") as f:
        out += [tokens(row["sentence"]) for row in csv.DictReader(f, delimiter="\t")]
    with (root / "apertium_kaz_rus" / "kaz-rus.parallel.tsv").open(encoding="utf-8") as f:
        out += [tokens(row["kaz"]) for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)]
    for path in sorted((root / "apertium_kaz_texts" / "raw").glob("*.txt")):
        out += [tokens(line) for line in path.open(encoding="utf-8")]
    csv.field_size_limit(1 << 24)
    for path in sorted((root / "kazsandra").glob("*.csv")):
        with path.open(encoding="utf-8") as f:
            out += [tokens(row["text"]) for row in csv.DictReader(f)]
    return [s for s in out if s]


def vectors(sentences: list[list[str]]):
    """(vocabulary, unit-length PPMI-SVD vectors), one row per word of count >= MIN_COUNT."""
    import numpy as np
    from scipy.sparse import coo_matrix, diags
    from scipy.sparse.linalg import svds

    counts = Counter(w for s in sentences for w in s)
    vocab = [w for w, c in counts.most_common() if c >= MIN_COUNT]
    index = {w: i for i, w in enumerate(vocab)}
    rows, cols, vals = [], [], []
    for s in sentences:
        ids = [index.get(w, -1) for w in s]
        for i, a in enumerate(ids):
            if a < 0:
                continue
            for d in (1, 2):
                for j in (i - d, i + d):
                    if 0 <= j < len(ids) and 0 <= ids[j] < CONTEXTS:
                        rows.append(a)
                        cols.append(ids[j] + (CONTEXTS if j > i else 0))  # left and right contexts apart
                        vals.append(1.0 / d)
    m = coo_matrix((vals, (rows, cols)), shape=(len(vocab), 2 * CONTEXTS)).tocsr()
    m.sum_duplicates()
    total = m.sum()
    row = np.asarray(m.sum(axis=1)).ravel()
    col = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    pmi = diags(1 / np.maximum(row, 1e-9)) @ m @ diags(col.sum() / np.maximum(col, 1e-9))
    pmi.data = np.maximum(np.log(pmi.data), 0)
    pmi.eliminate_zeros()
    u, s, _ = svds(pmi.tocsc().astype(np.float64), k=DIMS, random_state=SEED)
    matrix = u * np.sqrt(s)
    matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-9)
    print(f"{total:.0f} co-occurrence weight, {len(vocab)} words")
    return vocab, matrix


def build(sentences: list[list[str]]) -> dict[str, tuple[int, ...]]:
    from sklearn.cluster import MiniBatchKMeans

    vocab, matrix = vectors(sentences)
    labels = [
        MiniBatchKMeans(n_clusters=k, random_state=SEED, n_init=3, batch_size=4096).fit_predict(matrix)
        for k in SIZES
    ]
    return {w: tuple(int(lab[i]) for lab in labels) for i, w in enumerate(vocab)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=data.default_dir().parent, help="shared data folder")
    args = parser.parse_args()
    sentences = corpus(args.data)
    print(f"{len(sentences)} sentences, {sum(map(len, sentences))} tokens")
    clusters = build(sentences)
    stems = build([[w if w == "0" else word_stem(w) for w in s] for s in sentences])
    clusters.update((table.STEM + stem, ids) for stem, ids in stems.items())
    target = table.FILE
    with target.open("w", encoding="utf-8") as f:
        f.write(f"# Word classes from tools/ner/build_clusters.py (k-means of PPMI-SVD vectors), k = {SIZES}.\n")
        f.write("# Text: KazNERD train+dev parts, Apertium kaz texts and corpora, KazSAnDRA (see the script).\n")
        f.write(f"# Rows keyed {table.STEM}stem: classes of suffix-stripped stems.\n")
        for word, ids in clusters.items():
            f.write(word + "\t" + "\t".join(map(str, ids)) + "\n")
    print(f"{len(clusters)} words -> {target}")


if __name__ == "__main__":
    main()
