"""Score models trained on "train" on the dev part: the CRF alone on KazNERD's tokens, and the whole
pipeline on each sentence as raw text (as `bench/ner.py` scores the test part), per class.

    python -m tools.ner.dev /tmp/ner-base /tmp/ner-new     # folders written by tools.ner.train --parts train

The pipeline up to the quantities runs once; each model then adds its entities to the same Docs.
"""
from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from taldau.ner import data, spans
from taldau.ner.component import EntityRecognizer
from taldau.ner.features import Word
from taldau.ner.model import tag_words
from taldau.pipeline import Pipeline

UPSTREAM = ["langid", "cyrillic", "morph", "tagger", "quantities"]


def gold_spans(sentence: data.Sentence) -> set[tuple[str, int, int]]:
    """(class, start, end) character spans of the sentence joined by single spaces."""
    words, labels = sentence
    starts = [sum(len(w) + 1 for w in words[:i]) for i in range(len(words) + 1)]
    return {(kind, starts[a], starts[b] - 1) for kind, a, b in spans(labels)}


def scores(gold: list[set], found: list[set]) -> dict[str, tuple[int, int, int]]:
    """class -> (true positives, found, gold); "all" for the micro figure."""
    tp, nf, ng = Counter(), Counter(), Counter()
    for g, f in zip(gold, found):
        for kind, *_ in g & f:
            tp[kind] += 1
            tp["all"] += 1
        for kind, *_ in f:
            nf[kind] += 1
            nf["all"] += 1
        for kind, *_ in g:
            ng[kind] += 1
            ng["all"] += 1
    return {k: (tp[k], nf[k], ng[k]) for k in ng}


def f1(tp: int, found: int, gold: int) -> float:
    return 2 * tp / (found + gold) if found + gold else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", nargs="+", type=Path)
    parser.add_argument("--data", type=Path, default=data.default_dir())
    args = parser.parse_args()
    dev = data.load_split(args.data)["dev"]
    gold = [gold_spans(s) for s in dev]
    docs = list(Pipeline(UPSTREAM).pipe(" ".join(words) for words, _ in dev))
    table = {}
    for folder in args.models:
        ner = EntityRecognizer(folder)
        raw = [{(e.label, e.start, e.end) for e in ner(doc).entities} for doc in docs]
        alone = []
        for words, _ in dev:
            starts = [sum(len(w) + 1 for w in words[:i]) for i in range(len(words) + 1)]
            labels = tag_words([Word(w) for w in words], ner.model)
            alone.append({(kind, starts[a], starts[b] - 1) for kind, a, b in spans(labels)})
        table[folder] = (scores(gold, alone), scores(gold, raw))
    first = table[args.models[0]][1]
    classes = sorted(first, key=lambda k: -first[k][2])
    print("class | support | " + " | ".join(f"{m.name} CRF | {m.name} raw" for m in args.models))
    for kind in classes:
        cells = [f"{f1(*alone.get(kind, (0, 0, 1))):.4f} | {f1(*raw.get(kind, (0, 0, 1))):.4f}" for alone, raw in table.values()]
        print(f"{kind} | {first[kind][2]} | " + " | ".join(cells))


if __name__ == "__main__":
    main()
