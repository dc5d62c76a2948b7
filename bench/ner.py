"""Benchmark taldau.ner on the final test part of KazNERD: exact-match F1, speed, load time, size.

    python bench/ner.py [--data ../shared/data/kaznerd]

Prints a Markdown table and writes it to docs/bench/ner.md. The test part (10 %, seeded hash of
twin groups, `taldau.ner.data`) was never used for training or tuning.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

# bench/numbers.py would shadow the standard library's `numbers` (numpy imports it)
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "bench" / "ner.md"
PUBLISHED = 97.22  # XLM-RoBERTa, KazNERD paper (LREC 2022), upstream test split
NOTES = (Path(__file__).with_name("ner.md")).read_text(encoding="utf-8")  # the page's caveats and passes, beside the code


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
t = time.perf_counter(); pipe = Pipeline(["morph", "quantities", "ner"]); pipe("Алматы"); load = time.perf_counter() - t
t = time.perf_counter(); tokens = sum(len(pipe(text).tokens) for text in texts)
print(tokens / (time.perf_counter() - t), load)
"""


def pipeline_speed(directory: Path) -> tuple[float, float] | None:
    """(tokens/s, load s) of segment + morph + quantities + ner on the test sentences joined by spaces, in a fresh process."""
    run = subprocess.run([sys.executable, "-c", PIPELINE, str(directory)], capture_output=True, text=True)
    if run.returncode:
        print(f"pipeline not measured: {run.stderr.strip().splitlines()[-1:]}")
        return None
    speed, load = map(float, run.stdout.split())
    return speed, load


def gold_doc(words):
    """A Doc of gold tokens joined by single spaces, one sentence: the pipeline sees KazNERD's tokenisation."""
    from taldau.doc import Doc, Sentence, Token

    tokens, start = [], 0
    for word in words:
        tokens.append(Token(word, start, start + len(word), word))
        start += len(word) + 1
    text = " ".join(words)
    return Doc(text, tuple(tokens), (Sentence(0, len(text), 0, len(tokens)),))


def pipeline_labels(words) -> list[str]:
    """IOB2 labels of what morph -> quantities -> ner delivers: numeric entities from taldau.numbers, the rest from the CRF."""
    from taldau import morph, numbers
    from taldau.ner.component import EntityRecognizer

    doc = EntityRecognizer()(numbers.annotate(morph.annotate(gold_doc(words))))
    labels = ["O"] * len(words)
    for span in doc.entities:
        inside = [i for i, t in enumerate(doc.tokens) if t.start < span.end and span.start < t.end]
        for k, i in enumerate(inside):
            labels[i] = ("B-" if k == 0 else "I-") + span.label
    return labels


def quantities_tuned_on(directory: Path) -> set[str]:
    """Twin groups of the sentences bench/numbers.py wrote the quantities rules on (its dev part: seed 5,
    four sentences in five, by a hash of the text): a test sentence of such a group was in effect read."""
    from taldau.ner import data

    groups = set()
    for name in data.FILES:
        for words, labels in data.read_iob2(directory / name):
            if int(hashlib.sha1(f"5:{' '.join(words)}".encode()).hexdigest(), 16) % 5:
                groups.add(data.twin_key(words, labels))
    return groups


def raw_text_spans(test) -> tuple[list[set], list[set]]:
    """Gold and predicted (label, start, end) per sentence, the whole pipeline on the sentence as raw text
    (taldau's own segmentation, language, morphology, tagger, quantities, entities), as a user runs it."""
    from taldau.ner import spans
    from taldau.pipeline import Pipeline

    nlp = Pipeline(["langid", "cyrillic", "morph", "tagger", "quantities", "ner"])
    gold, found = [], []
    for words, labels in test:
        starts = [sum(len(w) + 1 for w in words[:i]) for i in range(len(words) + 1)]
        gold.append({(label, starts[a], starts[b] - 1) for label, a, b in spans(labels)})
        found.append({(e.label, e.start, e.end) for e in nlp(" ".join(words)).entities})
    return gold, found


def span_scores(gold: list[set], found: list[set], label: str | None = None) -> tuple[float, float, float]:
    """Micro precision, recall and F1 of exact (label, start, end) matches, of one class when `label` is given."""
    if label:
        gold = [{g for g in spans if g[0] == label} for spans in gold]
        found = [{f for f in spans if f[0] == label} for spans in found]
    tp = sum(len(g & f) for g, f in zip(gold, found))
    p = tp / max(1, sum(map(len, found)))
    r = tp / max(1, sum(map(len, gold)))
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


FLOOR = 0.85  # micro F1 of the pipeline on raw text, test sentences whose twins the quantities rules never saw
#              (0.89 on the former test part, which scored 0.909; the twin_key split's part scored 0.864, once)
CLASS_FLOOR, CLASS_SUPPORT = 0.75, 50  # F1 on raw text, all test sentences, of every class with that many entities


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
    piped = [pipeline_labels(words) for words, _ in test]
    tokens = sum(len(words) for words, _ in test)
    report = classification_report(gold, pred, output_dict=True, zero_division=0)
    report_piped = classification_report(gold, piped, output_dict=True, zero_division=0)
    classes = sorted((k for k in report if k.isupper()), key=lambda k: -report[k]["support"])
    size_mb = (model.MODEL.stat().st_size) / 1e6
    meta = model.meta()
    entities = sum(label.startswith("B-") for labels in gold for label in labels)
    tuned = quantities_tuned_on(args.data)
    fresh = [i for i, (words, labels) in enumerate(test) if data.twin_key(words, labels) not in tuned]
    # the former split (twins told by labelled numbers only) had these test sentences in its dev part
    was_dev = sum(data.bucket(data.group_key(words, labels)) in data.PARTS["dev"] for words, labels in test)
    raw_gold, raw_found = raw_text_spans(test)
    raw_all = span_scores(raw_gold, raw_found)
    raw_fresh = span_scores([raw_gold[i] for i in fresh], [raw_found[i] for i in fresh])
    fresh_gold, fresh_pred, fresh_piped = ([rows[i] for i in fresh] for rows in (gold, pred, piped))
    speed = pipeline_speed(args.data)

    def scores(g, p) -> str:
        return f"{precision_score(g, p):.4f} | {recall_score(g, p):.4f} | {f1_score(g, p):.4f}"

    lines = [
        "## Named entities (taldau.ner)",
        "",
        f"Exact-match entity F1 (seqeval, IOB2) on our final test part of KazNERD: {len(test):,} sentences, "
        f"{tokens:,} tokens, {entities:,} entities "
        f"(10 % of the deduplicated validation split + first half of the test split, split by seeded hash of "
        f"twin groups, seed `{data.SEED}`; twins: the sentence without its numbers, labelled or not, "
        f"`taldau.ner.data.twin_key`; never used for training or tuning). Model: CRF (python-crfsuite) "
        f"trained on {meta['data']['sentences']:,} sentences ({' + '.join(meta['data']['trained_on'])}). "
        "Two systems: the CRF alone on KazNERD's tokens (`taldau.ner.tag`), and what the pipeline delivers "
        "(morph -> quantities -> ner on a Doc of the gold tokens: numeric entities from `taldau.numbers`, the "
        "CRF's own spans added where they overlap none).",
        "",
        "| system | micro P | micro R | micro F1 | tokens/s (1 core) | load, s | model size |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        f"| taldau.ner CRF alone | {scores(gold, pred)} | **{tokens / seconds:,.0f}** | **{startup:.2f}** | "
        f"**{size_mb:.1f} MB** |",
        f"| morph + quantities + ner pipeline | {scores(gold, piped)} | "
        + (f"{speed[0]:,.0f} | {speed[1]:.2f} |" if speed else " | |") + " |",
        f"| CRF alone, {len(fresh)} sentences held out from the quantities rules too | {scores(fresh_gold, fresh_pred)} "
        "| | | |",
        f"| pipeline, same {len(fresh)} sentences | {scores(fresh_gold, fresh_piped)} | | | |",
        f"| whole pipeline on raw text (own tokens), all test sentences | {raw_all[0]:.4f} | {raw_all[1]:.4f} | "
        f"{raw_all[2]:.4f} | | | |",
        f"| whole pipeline on raw text, same {len(fresh)} sentences | {raw_fresh[0]:.4f} | {raw_fresh[1]:.4f} | "
        f"**{raw_fresh[2]:.4f}** | | | |",
        f"| XLM-RoBERTa (published, KazNERD paper, upstream test split) | | | **{PUBLISHED / 100:.4f}** | GPU | | |",
        "",
        "| class | support | precision | recall | F1 | pipeline F1 | pipeline on raw text F1 |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for k in classes:
        r = report[k]
        lines.append(
            f"| {k} | {r['support']} | {r['precision']:.4f} | {r['recall']:.4f} | {r['f1-score']:.4f} | "
            f"{report_piped[k]['f1-score']:.4f} | {span_scores(raw_gold, raw_found, k)[2]:.4f} |"
        )
    lines += [
        "",
        f"The figure to trust is the last pipeline row ({raw_fresh[2]:.3f}, floor {FLOOR}; every class of "
        f"{CLASS_SUPPORT}+ entities floored at {CLASS_FLOOR} on raw text): the whole pipeline on the "
        f"sentence as raw text, as a user runs it, on the {len(fresh)} test sentences whose twin group (the "
        "sentence without its numbers) has no sentence in the part the quantities rules were written on. On the "
        f"whole test part the pipeline scores {f1_score(gold, piped):.3f} on gold tokens and {raw_all[2]:.3f} on raw "
        "text; the difference is what the rules were tuned on. Issue 12's aim is 0.92 on data held back from "
        "tuning: the first pipeline row on raw text is the whole test part, which no NER tuning saw except "
        f"{was_dev} sentences the former split had in its dev part (see below), but most of whose sentences the "
        "quantities rules were written on; the second is free of both.",
        "",
        NOTES,
    ]
    text = "\n".join(lines)
    print(text)
    if not os.environ.get("TALDAU_BENCH_CHECK"):  # `make bench-check` measures, it does not publish
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text(text, encoding="utf-8")
    weak = [k for k in classes if report[k]["support"] >= CLASS_SUPPORT
            and span_scores(raw_gold, raw_found, k)[2] < CLASS_FLOOR]
    if raw_fresh[2] < FLOOR or weak:
        print(f"FAIL: pipeline micro F1 {raw_fresh[2]:.3f} on raw text (floor {FLOOR}); "
              f"classes of {CLASS_SUPPORT}+ entities below {CLASS_FLOOR}: {', '.join(weak) or 'none'}")
        sys.exit(1)


if __name__ == "__main__":
    main()
