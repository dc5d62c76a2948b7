"""Train the reading ranker (`src/taldau/tagger/ranker.npz` + `ranker.meta.json`).

    python -m tools.tagger.train                     # the committed model: all of KTB train+dev + Apertium texts

Data (from ../shared/data or --data): UD Kazakh-KTB train+dev (gold lemma, UPOS, FEATS: `gold.ktb`) and the 14
hand-disambiguated Apertium Wikipedia articles (`gold.from_apertium`). Each word with two readings or more gives
one row per reading; each pair of the gold reading and another of the same word becomes the difference of their
features, and a logistic regression over those (scikit-learn SGD, no intercept) learns the weights: only what
tells a word's readings apart counts. Lexical keys (lemma, lemma and tag) and the context-free bias of every
reading key may enter training with a value above 1 (`value`, settings lexical_scale and bias_scale: a weaker L2
pull on their weights and larger SGD steps; 1 in the bundled model, docs/benchmarks.md says why). The weights
are averaged over three shuffles of the rows (SGD's row order alone moves UPOS by half a point; the average is both steadier and better, `bench/tagger.py` gives figures). They are saved compiled (`Ranker.save`: key strings and integer weight triplets).
bench/tagger.py runs the same training on folds.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from taldau.morph import analyze
from taldau.normalize import normalize
from taldau.tagger import ranker
from tools.tagger import apertium, gold, ktb

ROOT = Path(__file__).resolve().parents[2]
SETTINGS = {"alpha": 1e-5, "epochs": 15, "ktb_weight": 3.0, "min_count": 3, "min_weight": 1e-3, "seed": 0, "shuffles": 3,
            "lexical_scale": 1.0, "bias_scale": 1.0}

Example = tuple[list[ranker.Word], list[list[int]], float]  # words, gold reading indices per word, row weight
Row = tuple[list[str], bool, float, int]  # features of one reading, whether it is the gold one, weight, its index


def norm(form: str) -> str:
    return normalize(form).text or form


def from_ktb(sentences: Iterable[ktb.Sentence], weight: float) -> Iterable[Example]:
    for s in sentences:
        words = [(n, analyze(n)) for n in (norm(w.form) for w in s.words)]
        yield words, [gold.ktb(r, w.lemma, w.upos, w.feats) for (_, r), w in zip(words, s.words)], weight


def from_apertium(docs: dict[str, list[list[apertium.Word]]], weight: float = 1.0) -> Iterable[Example]:
    for sentences in docs.values():
        for s in sentences:
            words = [(n, analyze(n)) for n in (norm(w.form) for w in s)]
            after = [gold.is_auxiliary(w.gold) for w in s[1:]] + [False]
            yield words, [gold.from_apertium(r, w.gold, aux) for (_, r), w, aux in zip(words, s, after)], weight


def rows(examples: Iterable[Example]) -> list[Row]:
    """One row per reading of each word whose gold reading is known and is not every reading."""
    return [(feats, k in golds[i], weight, k) for words, golds, weight in examples
            for i, k, feats in ranker.candidates(words) if golds[i] and len(golds[i]) < len(words[i][1])]


def pairs(rows: Sequence[Row]) -> tuple[list[int], list[int], list[float]]:
    """(gold row, other row, weight) of every pair of a gold reading and another reading of the same word."""
    golds, others, weights, word = [], [], [], []
    for n, (_, _, _, k) in enumerate([*rows, ([], False, 0.0, 0)]):
        if k == 0 and word:
            good = [m for m in word if rows[m][1]]
            for g in good:
                for m in word:
                    if not rows[m][1]:
                        golds.append(g), others.append(m), weights.append(rows[g][2])
            word = []
        word.append(n)
    return golds, others, weights


def value(feature: str, settings: dict) -> float:
    """A feature's value in training (1 but for the groups `settings` scales: a larger value is a weaker L2 pull on
    its weight); the weight kept is the learned one times it, so the ranker's scores need no scale."""
    key, _, context = feature.partition("\t")
    out = settings.get("lexical_scale", 1.0) if key.startswith(ranker.LEXICAL) else 1.0
    return out * (settings.get("bias_scale", 1.0) if context == "b" else 1.0)


def fit(rows: Sequence[Row], settings: dict = SETTINGS) -> dict[str, dict[str, float]]:
    """Context key -> reading key -> weight, learned by a logistic regression over pairs of readings of a word:
    the gold one's features minus another's, so that only what tells them apart is learned (pairwise ranking)."""
    from scipy.sparse import csr_matrix, vstack
    from sklearn.linear_model import SGDClassifier

    counts = Counter(f for feats, _, _, _ in rows for f in feats)
    index = {f: j for j, f in enumerate(f for f, c in counts.items() if c >= settings["min_count"])}
    indptr, cols = [0], []
    for feats, _, _, _ in rows:
        cols += [index[f] for f in feats if f in index]
        indptr.append(len(cols))
    scale = [value(f, settings) for f in index]
    x = csr_matrix(([scale[c] for c in cols], cols, indptr), shape=(len(rows), len(index)))
    golds, others, weights = pairs(rows)
    diff = x[golds] - x[others]
    x, y, first = vstack([diff, -diff]), [True] * len(golds) + [False] * len(golds), settings.get("seed", 0)
    coef = 0.0
    for seed in range(first, first + settings.get("shuffles", 1)):  # averaged over shuffles: less of SGD's noise
        model = SGDClassifier(loss="log_loss", alpha=settings["alpha"], max_iter=int(settings["epochs"]), tol=None,
                              random_state=seed, average=True, fit_intercept=False)
        coef = coef + model.fit(x, y, sample_weight=weights * 2).coef_[0] / settings.get("shuffles", 1)
    table: dict[str, dict[str, float]] = {}
    for name, w in zip(index, coef * scale):
        if abs(w) >= settings["min_weight"]:
            key, _, context = name.partition("\t")
            table.setdefault(context, {})[key] = round(float(w), 4)
    return table


def train(ktb_sentences: Sequence[ktb.Sentence], data: Path, settings: dict = SETTINGS,
          apertium_rows: list[Row] | None = None) -> dict[str, dict[str, float]]:
    """Weights from KTB sentences and the Apertium texts (`apertium_rows` when a caller has read them once)."""
    if apertium_rows is None:
        apertium_rows = rows(from_apertium(apertium.read(data)))
    return fit(rows(from_ktb(ktb_sentences, settings["ktb_weight"])) + apertium_rows, settings)


def save(weights: dict[str, dict[str, float]], meta: dict) -> None:
    ranker.Ranker(weights).save(ranker.MODEL)
    ranker.META.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def source_commit(folder: Path) -> str | None:
    """The upstream commit a dataset's README names."""
    found = re.search(r"Commit: `([0-9a-f]{40})`", (folder / "README.md").read_text(encoding="utf-8"))
    return found.group(1) if found else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    started = time.perf_counter()
    sentences = ktb.read(args.data)
    weights = train(sentences, args.data)
    commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    save(weights, {
        "format": ranker.FORMAT,
        "data": {"ud_kazakh_ktb": {"parts": list(ktb.PARTS), "sentences": len(sentences),
                                   "words": sum(len(s.words) for s in sentences),
                                   "commit": source_commit(args.data / "ud_kazakh_ktb")},
                 "apertium_kaz_texts": {"file": str(apertium.FILE), "documents": "all 14",
                                        "commit": source_commit(args.data / "apertium_kaz_texts")}},
        "settings": SETTINGS, "weights": sum(map(len, weights.values())), "code_commit": commit,
        "trained_by": "python -m tools.tagger.train", "seed": "SGD with random_state 0, 1, 2 over a fixed row order, weights averaged: deterministic",
        "licence": "trained on UD Kazakh-KTB and Apertium kaz texts (CC BY-SA 4.0)",
    })
    print(f"{sum(map(len, weights.values()))} weights in {time.perf_counter() - started:.0f} s -> {ranker.MODEL}")


if __name__ == "__main__":
    main()
