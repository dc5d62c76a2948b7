"""Benchmark taldau.ner on the final test part of KazNERD: exact-match F1, speed, load time, size.

    python bench/ner.py [--data ../shared/data/kaznerd]

Prints a Markdown table and writes it to docs/bench/ner.md. The test part (10 %, seeded hash of
twin groups, `taldau.ner.data`) was never used for training or tuning.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

# bench/numbers.py would shadow the standard library's `numbers` (numpy imports it)
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "bench" / "ner.md"
PUBLISHED = 97.22  # XLM-RoBERTa, KazNERD paper (LREC 2022), upstream test split


def load_seconds() -> float:
    """Model load in a fresh process: import taldau.ner and tag one word."""
    code = (
        "import time; t=time.perf_counter(); from taldau.ner import tag; tag(['Алматы']); "
        "print(time.perf_counter()-t)"
    )
    return float(subprocess.check_output([sys.executable, "-c", code], text=True).strip())


PIPELINE = """
import sys, time
from pathlib import Path
from taldau.ner import data
from taldau.pipeline import Pipeline
texts = [" ".join(words) for words, _ in data.load_split(Path(sys.argv[1]))["test"]]
t = time.perf_counter(); pipe = Pipeline(["morph", "ner"]); pipe("Алматы"); load = time.perf_counter() - t
t = time.perf_counter(); tokens = sum(len(pipe(text).tokens) for text in texts)
print(tokens / (time.perf_counter() - t), load)
"""


def pipeline_speed(directory: Path) -> tuple[float, float] | None:
    """(tokens/s, load s) of segment + morph + ner on the test sentences joined by spaces, in a fresh process."""
    run = subprocess.run([sys.executable, "-c", PIPELINE, str(directory)], capture_output=True, text=True)
    if run.returncode:
        print(f"pipeline not measured: {run.stderr.strip().splitlines()[-1:]}")
        return None
    speed, load = map(float, run.stdout.split())
    return speed, load


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "kaznerd")
    args = parser.parse_args()
    from taldau.ner import data, model, tag

    try:
        test = data.load_split(args.data)["test"]
    except FileNotFoundError as err:
        print(f"skipped: {err}")
        return
    from seqeval.metrics import classification_report, f1_score, precision_score, recall_score

    startup = load_seconds()
    gold = [list(labels) for _, labels in test]
    started = time.perf_counter()
    pred = [tag(words) for words, _ in test]
    seconds = time.perf_counter() - started
    tokens = sum(len(words) for words, _ in test)
    report = classification_report(gold, pred, output_dict=True, zero_division=0)
    classes = sorted((k for k in report if k.isupper()), key=lambda k: -report[k]["support"])
    size_mb = (model.MODEL.stat().st_size) / 1e6
    meta = model.meta()
    entities = sum(label.startswith("B-") for labels in gold for label in labels)
    piped = pipeline_speed(args.data)

    lines = [
        "## Named entities (taldau.ner)",
        "",
        f"Exact-match entity F1 (seqeval, IOB2) on our final test part of KazNERD: {len(test):,} sentences, "
        f"{tokens:,} tokens, {entities:,} entities "
        f"(10 % of the deduplicated validation split + first half of the test split, split by seeded hash of "
        f"twin groups, seed `{data.SEED}`; never used for training or tuning). Model: CRF (python-crfsuite) "
        f"trained on {meta['data']['sentences']:,} sentences ({' + '.join(meta['data']['trained_on'])}).",
        "",
        "| system | micro P | micro R | micro F1 | tokens/s (1 core) | load, s | model size |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        f"| taldau.ner CRF | {precision_score(gold, pred):.4f} | {recall_score(gold, pred):.4f} | "
        f"{f1_score(gold, pred):.4f} | **{tokens / seconds:,.0f}** | **{startup:.2f}** | **{size_mb:.1f} MB** |",
        f"| XLM-RoBERTa (published, KazNERD paper, upstream test split) | | | **{PUBLISHED / 100:.4f}** | GPU | | |",
        "",
        "| class | support | precision | recall | F1 |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    if piped:
        lines[-4:-4] = [
            f"| segment + morph + ner pipeline | | | | {piped[0]:,.0f} | {piped[1]:.2f} | |",
        ]
    for k in classes:
        r = report[k]
        lines.append(f"| {k} | {r['support']} | {r['precision']:.4f} | {r['recall']:.4f} | {r['f1-score']:.4f} |")
    lines += [
        "",
        "Caveats: the published 97.22 is on the full upstream test split with a model trained on ~90k "
        "sentences (the upstream training split, not available here) on a GPU; ours is trained on ~15k "
        "sentences and scored on a different, smaller test part, so the figures are not directly comparable. "
        "About 40 % of KazNERD sentences have a twin differing only in how numbers are written; our split keeps "
        "twins together. A random sentence split leaks twins across parts and scores higher: during development "
        "an earlier feature set scored 0.926 on a random-split dev part and 0.898 on the twin-grouped dev part. "
        "Speed: `taldau.ner.tag` on pre-tokenised sentences (features + CRF), and the whole pipeline "
        "(`Pipeline([\"morph\", \"ner\"])`, segmentation included) on the same sentences joined by spaces in "
        "a fresh process; first pass (caches cold), on a 2-core machine shared with other jobs. Load: `taldau.ner` in a "
        "fresh process, and the pipeline with morphology. Weak classes: FACILITY, LOCATION, PRODUCT, "
        "MISCELLANEOUS and ORGANISATION boundaries (e.g. whether a country name belongs to the "
        "organisation or position that follows it). The issue's target of 0.93 micro-F1 is not reached. "
        "Also tried on dev: a BiLSTM-CRF (character CNN, PPMI word vectors, the CRF's sparse features; PyTorch "
        "training, numpy inference) scored 0.903 against the CRF's 0.907 and tagged ~1k tokens/s, so it was "
        "dropped; morphology features from taldau.morph gave 0.909 (within noise), not shipped.",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
