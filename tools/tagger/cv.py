"""The tagger's columns of `bench.syntax` alone (no parser): its 10-fold CV and genre split of UD Kazakh-KTB from
raw text, CoNLL 2018 scores, the ranker trained on each fold's rest plus the Apertium texts.

    python -m tools.tagger.cv [--seed 0] [--errors]

For tuning the ranker in minutes rather than the parser's hour; `--seed N` averages the weights of SGD's shuffles
N, N+1... (`train.SETTINGS["shuffles"]` of them): one shuffle's row order alone moves UPOS by about half a point,
so compare seeds 0 and 3 (shuffles 0-2, 3-5) and a change must beat that. `--errors` counts the CV's errors by
issue #16's named decisions (`bench.tagger.error_kind`).
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from tools.tagger import apertium, train

ROOT = Path(__file__).resolve().parents[2]
SHOWN = ("UPOS", "Lemmas", "UFeats")


def score(data: Path, train_part, test_part, settings: dict, extra: list, errors: Counter | None = None,
          show: str = "") -> Counter:
    """CoNLL 2018 counts of the ranker trained on `train_part` (+ `extra` Apertium rows) on `test_part`; adds the
    kinds of its errors to `errors`, and prints those whose kind holds `show`."""
    from bench.conll18 import counts, ufeats
    from bench.syntax import fold_tagger, running_text, system_words
    from bench.tagger import error_kind
    from taldau.pipeline import Pipeline

    tagger = fold_tagger(data, train_part, settings, extra)
    text, gold = running_text(test_part)
    doc = Pipeline(["morph", tagger])(text)
    if errors is not None:
        by_span = {(t.start, t.end): t for t in doc.tokens}
        for w in gold:
            t = by_span.get((w.start, w.end))
            if t is not None and not w.multi and ((t.upos, ufeats(t.feats or "")) != (w.upos, ufeats(w.feats))
                                                  or w.lemma not in ("_", t.lemma)):
                kind = error_kind(w, t.analyses[0], t.analyses)
                errors[kind] += 1
                if show and show in kind:
                    before = text[max(0, w.start - 30):w.start].replace("\n", " ")
                    print(f"{kind[7:]}: ...{before}[{text[w.start:w.end]}] gold {w.lemma} {w.upos} {w.feats} | "
                          f"chosen {t.lemma} {t.upos} {t.feats}", file=sys.stderr)
    return Counter(counts(gold, system_words(doc)))


def main() -> None:
    from bench.conll18 import f1
    from tools.syntax.treebank import FICTION, folds, ktb as treebank

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--seed", type=int, default=train.SETTINGS["seed"])
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--show", default="", help="print the CV's errors whose kind holds this (with --errors)")
    args = parser.parse_args()
    settings = {**train.SETTINGS, "seed": args.seed}
    started = time.perf_counter()
    extra = train.rows(train.from_apertium(apertium.read(args.data)))
    sentences = treebank(args.data)
    fiction = [s for s in sentences if s.document in FICTION]
    genre = score(args.data, [s for s in sentences if s.document not in FICTION], fiction, settings, extra)
    cv, errors, parts = Counter(), Counter() if args.errors else None, folds(sentences)
    for k, test in enumerate(parts):
        rest = [s for j, p in enumerate(parts) if j != k for s in p]
        cv.update(score(args.data, rest, test, settings, extra, errors, args.show))
    for name, c in (("CV", cv), ("genre", genre)):
        print(f"{name:6s}" + "  ".join(f"{m} {f1(c)[m]:.2f}" for m in SHOWN))
    for kind, n in (errors or Counter()).most_common(30):
        print(f"{n:4d} {kind[7:]}")
    print(f"seed {args.seed}, {time.perf_counter() - started:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
