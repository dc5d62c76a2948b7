"""Cross-validation of the NER model over KazNERD's train + dev parts, folds by twin group (never the test part).

    python -m tools.ner.cv /tmp/ner-cv/base --folds 0 1            # train each fold's model (if absent), then score
    python -m tools.ner.cv /tmp/ner-cv/new --folds 0 1 --c1 0.2    # the same with other settings
    python -m tools.ner.cv /tmp/ner-cv/base --folds 0 --errors     # and print the errors on names never seen
    python -m tools.ner.cv /tmp/ner-cv/plain --folds 1 2 --augment 0   # without mention-replaced copies

Each fold's model is trained by `tools.ner.train` on the other folds, with the names table of those folds
only beside it (the person rules read their surnames from it too, `persons.known_surnames`); it is scored on its
fold with the whole pipeline on each sentence as raw text (`tools.ner.dev`), overall, per class, and on *unseen*
names: entities whose suffix-stripped stems are no name of the training folds' table (gold entities for recall,
found ones for precision). `--crf` scores the model alone too (taldau's tokens, no rules): the rules after the
CRF were written reading folds 1 and 2's errors of the models in /tmp/ner9/base, so a new model loses their fit there
and its pipeline figure understates it; compare models by both.
Read errors on some folds, check on others.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from taldau.ner import data, model
from taldau.ner.canonical import NUMERIC
from taldau.ner.component import EntityRecognizer
from tools.ner import augment, build_names
from tools.ner.dev import f1, gold_spans, scores, upstream
from tools.ner.tokens import retokenised
from tools.ner.train import AUGMENT, SETTINGS, train

FOLDS = 5
WEAK = augment.WEAK


def fold_of(sentence: data.Sentence) -> int:
    """0..FOLDS-1 by a seeded hash of the twin group (another seed than `build_names`' jackknife)."""
    return data.bucket("cv\t" + data.twin_key(*sentence)) % FOLDS


def unseen(found: list[set], texts: list[str], table) -> list[set]:
    """The non-numeric spans of `found` whose stems are no name of `table`."""
    return [{s for s in spans if s[0] not in NUMERIC and build_names.stems(text[s[1]:s[2]].split()) not in table}
            for spans, text in zip(found, texts)]


def seqeval_f1(gold: list[list[str]], found: list[list[str]], kind: str | None = None) -> float:
    """Micro F1 of IOB2 sequences (seqeval), of one class's names if `kind`."""
    from seqeval.metrics import f1_score

    if kind:
        gold, found = ([[t if t[2:] == kind else "O" for t in s] for s in x] for x in (gold, found))
    return f1_score(gold, found)


def unseen_f1(result: dict) -> float:
    """F1 on unseen names from the recall and precision pairs of `score_fold`."""
    (hits_r, _, gold), (hits_p, _, found) = result["unseen recall"], result["unseen precision"]
    r, p = hits_r / max(gold, 1), hits_p / max(found, 1)
    return 2 * p * r / (p + r) if p + r else 0.0


def score_fold(folder: Path, held: list[data.Sentence], table, errors: bool) -> dict[str, tuple[int, int, int]]:
    texts = [" ".join(words) for words, _ in held]
    gold = [gold_spans(s) for s in held]
    docs = upstream(texts, folder.parent.parent / f"upstream{folder.name}.pickle")
    ner = EntityRecognizer(folder)  # its rules read the surnames of the names table beside the fold's model
    found = [{(e.label, e.start, e.end) for e in ner(doc).entities} for doc in docs]
    out = scores(gold, found)
    new_gold, new_found = unseen(gold, texts, table), unseen(found, texts, table)
    # unseen names: recall over gold ones, precision over found ones, as (hits, total) pairs
    out["unseen recall"] = (sum(len(g & f) for g, f in zip(new_gold, found)), 0, sum(map(len, new_gold)))
    out["unseen precision"] = (sum(len(f & g) for f, g in zip(new_found, gold)), 0, sum(map(len, new_found)))
    if errors:
        for text, g, f, ng in zip(texts, gold, found, new_gold):
            for kind, a, b in sorted((g - f) & ng):
                print(f"MISS {kind}\t{text[a:b]}\t|| {sorted((k, text[x:y]) for k, x, y in f if x < b and a < y)}")
            for kind, a, b in sorted((f - g) - {s for s in f if s[0] in NUMERIC}):
                print(f"FALSE {kind}\t{text[a:b]}\t|| {text[max(0, a - 40):b + 40]}")
    return out


def crf_alone(folder: Path, held: list[data.Sentence]) -> tuple[list[list[str]], list[list[str]]]:
    """Gold and the model's IOB2 labels of the held sentences on taldau's tokens, no rules after the CRF."""
    from taldau.crf import CrfModel
    from taldau.ner.features import Word

    crf = CrfModel(folder / model.MODEL.name, folder / model.META.name, model.FORMAT)
    tokens = [retokenised(s) for s in held]
    return [list(labels) for _, labels in tokens], [model.tag_words([Word(w) for w in words], crf) for words, _ in tokens]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder of one setting's fold models")
    parser.add_argument("--folds", nargs="+", type=int, default=list(range(FOLDS)))
    parser.add_argument("--data", type=Path, default=data.default_dir())
    parser.add_argument("--errors", action="store_true", help="print the errors on unseen names")
    parser.add_argument("--crf", action="store_true", help="score the model alone too (no rules after it)")
    for key in ("c1", "c2"):
        parser.add_argument(f"--{key}", type=float, default=SETTINGS[key])
    parser.add_argument("--iterations", type=int, default=SETTINGS["max_iterations"])
    augment.add_arguments(parser, AUGMENT)
    args = parser.parse_args()
    settings = {**SETTINGS, "c1": args.c1, "c2": args.c2, "max_iterations": args.iterations}
    parts = data.load_split(args.data)
    pooled = [s for p in ("train", "dev") for s in parts[p]]
    total: Counter = Counter()
    alone: tuple[list, list] = ([], [])
    for k in args.folds:
        rest = [retokenised(s) for s in pooled if fold_of(s) != k]
        held = [s for s in pooled if fold_of(s) == k]
        folder = args.out / f"fold{k}"
        table = build_names.build(rest)
        if not (folder / "model.crfsuite").exists():
            folder.mkdir(parents=True, exist_ok=True)
            seconds = train(rest, folder / "model.crfsuite", settings, morph=False, how=augment.from_args(args))
            meta = {"format": model.FORMAT, "morph": False}
            (folder / "meta.json").write_text(json.dumps(meta) + "\n", encoding="utf-8")
            build_names.write(table, folder / "names.tsv", [f"cv folds but {k}"])
            print(f"fold {k}: trained on {len(rest)} sentences in {seconds:.0f} s")
        result = score_fold(folder, held, table, args.errors)
        print(f"fold {k} ({len(held)} sentences): all {f1(*result['all']):.4f}, unseen {unseen_f1(result):.4f}, "
              + ", ".join(f"{key} {f1(*result[key]):.4f}" for key in WEAK if key in result))
        if args.crf:
            gold, found = crf_alone(folder, held)
            alone[0].extend(gold)
            alone[1].extend(found)
            print(f"fold {k}: CRF alone {seqeval_f1(gold, found):.4f}")
        for key, (tp, nf, ng) in result.items():
            total[key, 0] += tp
            total[key, 1] += nf
            total[key, 2] += ng
    pooled_scores = {key: (total[key, 0], total[key, 1], total[key, 2]) for key, _ in total}
    print(f"folds {args.folds}: all {f1(*pooled_scores['all']):.4f}, unseen {unseen_f1(pooled_scores):.4f} "
          f"({pooled_scores['unseen recall'][2]} unseen gold names, {pooled_scores['unseen precision'][2]} found)")
    if args.crf:
        print(f"folds {args.folds}: CRF alone {seqeval_f1(*alone):.4f}, " + ", ".join(
            f"{key} {seqeval_f1(*alone, kind=key):.4f}" for key in WEAK))
    print("class | support | F1")
    for key in sorted(set(pooled_scores) - {"unseen recall", "unseen precision"}, key=lambda k: -total[k, 2]):
        print(f"{key} | {total[key, 2]} | {f1(*pooled_scores[key]):.4f}")


if __name__ == "__main__":
    main()
