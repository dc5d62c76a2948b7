"""Compile the n-gram model from /work/shared/data: `python -m tools.langid.build [--data DIR]`.

Multinomial naive Bayes over character trigrams of words padded with spaces, plus whole words, one class
per language and script: kk-Cyrl, kk-Latn, ru, en. Trained on the train split, calibrated on the dev split
(see corpus.py); the test split is left to bench/langid.py. Writes ngrams.tsv.gz, the ratios compiled
from it (ratios.marshal.gz) and meta.json beside the model's code.
"""
from __future__ import annotations

import argparse
import gzip
import json
import math
from collections import Counter
from pathlib import Path

import numpy as np

from taldau import compiled
from taldau.langid.features import grams, words
from taldau.langid.model import CLASSES, COMPILED, FORMAT_VERSION, HERE, PAIRS, TABLE, Model, source_stamp, table_ratios
from taldau.langid.script import letter_counts, script_of
from tools.langid import corpus

TOP_PER_CLASS = 12_000  # most frequent grams kept per class; their union is the vocabulary
ALPHA = 0.5  # additive smoothing


def count(texts: list[tuple[str, str]]) -> dict[str, Counter[str]]:
    """Gram counts per class; grams across a word boundary (inner space) are dropped."""
    counts = {c: Counter() for c in CLASSES}
    for cls, text in texts:
        counts[cls].update(g for g in grams(words(text)) if g.strip() and " " not in g.strip())
    return counts


def fit(counts: dict[str, Counter[str]]) -> tuple[list[str], np.ndarray]:
    """Vocabulary and log P(gram | class), normalised apart for trigrams and whole words, smoothed."""
    vocab = sorted({g for c in CLASSES for g, _ in counts[c].most_common(TOP_PER_CLASS)})
    logp = np.zeros((len(vocab), len(CLASSES)), dtype=np.float64)
    order = np.array([min(len(g), 4) for g in vocab])  # 3: trigram, 4: ' нет ' and longer, a whole word
    for j, c in enumerate(CLASSES):
        freq = np.array([counts[c][g] for g in vocab], dtype=np.float64)
        for n in set(order.tolist()):
            rows = order == n
            logp[rows, j] = np.log((freq[rows] + ALPHA) / (freq[rows].sum() + ALPHA * rows.sum()))
    return vocab, logp


def write_table(path: Path, vocab: list[str], logp: np.ndarray) -> None:
    """Gram and its log-probabilities per class, 3 decimals, gzipped without a time stamp (same input, same bytes)."""
    lines = ["gram\t" + "\t".join(CLASSES)]
    lines += [g + "\t" + "\t".join(f"{x:.3f}" for x in row) for g, row in zip(vocab, logp.tolist())]
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as f:
        f.write(("\n".join(lines) + "\n").encode("utf-8"))


def calibrate(model: Model, dev: list[tuple[str, str]]) -> float:
    """Temperature T that minimises the log loss of sigmoid(log-ratio / T) on one-script dev texts."""
    ratios, labels = [], []
    for cls, text in dev:
        text_words = words(text)
        script = script_of(*letter_counts(text_words))
        if script in PAIRS and cls in PAIRS[script]:
            ratios.append(model.log_ratio(script, grams(text_words)))
            labels.append(1.0 if cls == PAIRS[script][0] else -1.0)
    margins = np.array(ratios) * np.array(labels)
    return min((float(np.logaddexp(0, -margins / t).mean()), float(t)) for t in np.geomspace(0.5, 50, 81))[1]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"), help="the shared data folder")
    parser.add_argument("--out", type=Path, default=HERE, help="where ngrams.tsv.gz and meta.json go")
    args = parser.parse_args(argv)
    train = [(cls, text) for _, cls, text in corpus.labelled(args.data, "train")]
    dev = [(cls, text) for _, cls, text in corpus.labelled(args.data, "dev")]
    vocab, logp = fit(count(train))
    write_table(args.out / TABLE, vocab, logp)
    compiled.dump(args.out / COMPILED, source_stamp(args.out), table_ratios(args.out))  # read at run time
    meta = {
        "format_version": FORMAT_VERSION,
        "classes": list(CLASSES),
        "top_per_class": TOP_PER_CLASS,
        "alpha": ALPHA,
        "vocabulary": len(vocab),
        "train_texts": dict(Counter(cls for cls, _ in train)),
        "features": "character trigrams of space-padded lower-cased words, and whole words of 3+ letters",
        "split": f"first 8 bytes of sha1('{corpus.SPLIT_SEED}<TAB>' + text) % 10: 0 test, 1 dev, else train",
        "licence": "GPL-3.0-or-later, derived from GPL-3.0 Apertium data and CC BY / CC BY-SA corpora",
        "built_with": "python -m tools.langid.build",
        "sources": {k: {"repository": r, "commit": c, "licence": lic} for k, (r, c, lic) in corpus.SOURCES.items()},
        "temperature": 1.0,
    }
    _write_meta(args.out, meta)
    # calibrate the model as the runtime will read it, rounded table included
    meta["temperature"] = round(calibrate(Model.from_files(args.out), dev), 3)
    _write_meta(args.out, meta)
    size = math.ceil((args.out / TABLE).stat().st_size / 1024)
    print(f"{len(vocab)} grams, temperature {meta['temperature']}, {TABLE} {size} KiB")


def _write_meta(folder: Path, meta: dict) -> None:
    (folder / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
