"""Score models trained on "train" on the dev part: the CRF alone on KazNERD's tokens, and the whole
pipeline on each sentence as raw text (as `bench/ner.py` scores the test part), per class.

    python -m tools.ner.dev /tmp/ner-base /tmp/ner-new     # folders written by tools.ner.train --parts train

The pipeline up to the quantities runs once; each model then adds its entities to the same Docs.
"""
from __future__ import annotations

import argparse
import pickle
from collections import Counter
from pathlib import Path

import taldau
from taldau import compiled
from taldau.ner import data, foreign, rules, spans
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


def upstream(texts: list[str], cache: Path | None) -> list:
    """The Docs after the components before `ner`, from `cache` when it holds those of the same texts made by the
    same code and data (every file of the package but ner's)."""
    made_by = _upstream_stamp()
    if cache and cache.exists():
        saved = pickle.loads(cache.read_bytes())
        if len(saved) == 3 and saved[:2] == (made_by, texts):
            return saved[2]
    docs = list(Pipeline(UPSTREAM).pipe(texts))
    if cache:
        cache.write_bytes(pickle.dumps((made_by, texts, docs)))
    return docs


def _upstream_stamp() -> str:
    package = Path(taldau.__file__).parent
    files = sorted(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                   and (package / "ner") not in p.parents)
    return compiled.stamp(*(str(p.relative_to(package)) for p in files), *(p.read_bytes() for p in files))


def ablate(ner: EntityRecognizer, docs, gold: list[set], full: tuple[int, int, int]) -> None:
    """Raw-text micro F1 with each rule left out in turn (the module's rule list is swapped here, for measuring only)."""
    print(f"all rules: {f1(*full):.4f}")
    kept = rules.RULES, foreign.FOREIGN
    for left_out in [*(r.__name__ for r in kept[0]), "foreign"]:
        rules.RULES = tuple(r for r in kept[0] if r.__name__ != left_out)
        foreign.FOREIGN = frozenset() if left_out == "foreign" else kept[1]
        raw = [{(e.label, e.start, e.end) for e in ner(doc).entities} for doc in docs]
        print(f"without {left_out}: {f1(*scores(gold, raw)['all']):.4f}")
    rules.RULES, foreign.FOREIGN = kept


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", nargs="+", type=Path)
    parser.add_argument("--data", type=Path, default=data.default_dir())
    parser.add_argument("--cache", type=Path, help="pickle of the upstream Docs, written on the first run")
    parser.add_argument("--ablate", action="store_true", help="also score each rule of taldau.ner.rules left out")
    args = parser.parse_args()
    dev = data.load_split(args.data)["dev"]
    gold = [gold_spans(s) for s in dev]
    docs = upstream([" ".join(words) for words, _ in dev], args.cache)
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
        if args.ablate:
            ablate(ner, docs, gold, scores(gold, raw)["all"])
    first = table[args.models[0]][1]
    classes = sorted(first, key=lambda k: -first[k][2])
    print("class | support | " + " | ".join(f"{m.name} CRF | {m.name} raw" for m in args.models))
    for kind in classes:
        cells = [f"{f1(*alone.get(kind, (0, 0, 1))):.4f} | {f1(*raw.get(kind, (0, 0, 1))):.4f}" for alone, raw in table.values()]
        print(f"{kind} | {first[kind][2]} | " + " | ".join(cells))


if __name__ == "__main__":
    main()
