"""The tagger's columns of `bench.syntax` alone (no parser): its 10-fold CV and genre split of UD Kazakh-KTB from
raw text, CoNLL 2018 scores, the ranker trained on each fold's rest plus the Apertium texts.

    python -m tools.tagger.cv [--seed 0] [--errors]
    python -m tools.tagger.cv --neural upos --seed 0 3 [--weights 0.25 0.5 1 2 4]

For tuning the ranker in minutes rather than the parser's hour; `--seed N` averages the weights of SGD's shuffles
N, N+1... (`train.SETTINGS["shuffles"]` of them): one shuffle's row order alone moves UPOS by about half a point,
so compare seeds 0 and 3 (shuffles 0-2, 3-5) and a change must beat that. `--errors` counts the CV's errors by
issue #16's named decisions (`bench.tagger.error_kind`) in its news and Wikipedia documents alone, the only errors
read (`--show` prints those), and scores those documents on a line of their own. `--neural upos` (or `tag`: UPOS and FEATS) also trains
`tools.tagger.neural`'s spaCy tagger on each fold and prints, per seed, the readings chosen by the ranker alone,
by the neural tagger alone, and by the ranker's score plus each of `--weights` times log p(the reading's label)
(one neural model per fold, whatever the seeds; about 20 minutes with the committed neural.cfg).
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
          show: str = "") -> tuple[Counter, Counter]:
    """CoNLL 2018 counts of the ranker trained on `train_part` (+ `extra` Apertium rows) on `test_part`, all of it
    and its news and Wikipedia alone; adds the kinds of the errors there to `errors`, and prints those whose kind
    holds `show`."""
    from bench.conll18 import counts, ufeats
    from bench.syntax import fold_tagger, running_text, system_words
    from bench.tagger import error_kind
    from taldau.pipeline import Pipeline

    tagger = fold_tagger(data, train_part, settings, extra)
    text, gold = running_text(test_part)
    doc = Pipeline(["morph", tagger])(text)
    system = system_words(doc)
    news_gold, news_system = outside_fiction(test_part, gold, system)
    if errors is not None:
        by_span = {(t.start, t.end): t for t in doc.tokens}
        for w in news_gold:
            t = by_span.get((w.start, w.end))
            if t is not None and not w.multi and ((t.upos, ufeats(t.feats or "")) != (w.upos, ufeats(w.feats))
                                                  or w.lemma not in ("_", t.lemma)):
                kind = error_kind(w, t.analyses[0], t.analyses)
                errors[kind] += 1
                if show and show in kind:
                    before = text[max(0, w.start - 30):w.start].replace("\n", " ")
                    after = text[w.end:w.end + 20].replace("\n", " ")
                    print(f"{kind[7:]}: ...{before}[{text[w.start:w.end]}]{after}... gold {w.lemma} {w.upos} {w.feats} | "
                          f"chosen {t.lemma} {t.upos} {t.feats}", file=sys.stderr)
    return Counter(counts(gold, system)), Counter(counts(news_gold, news_system))


def outside_fiction(test_part, gold: list, system: list) -> tuple[list, list]:
    """The gold and system words of `running_text(test_part)` outside KTB's tales and fiction: the text of each
    document is one stretch, and the gold words come sentence by sentence."""
    from tools.syntax.treebank import FICTION

    documents = [s.document for s in test_part for row in s.words if isinstance(row["id"], int)]
    stretches = {}
    for w, document in zip(gold, documents, strict=True):
        start, end = stretches.get(document, (w.start, w.end))
        stretches[document] = min(start, w.start), max(end, w.end)
    fiction = [stretches[d] for d in FICTION if d in stretches]

    def kept(w) -> bool:
        return not any(start <= w.start < end for start, end in fiction)

    return [w for w in gold if kept(w)], [w for w in system if kept(w)]


def main() -> None:
    from tools.syntax.treebank import FICTION, folds, ktb as treebank

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--seed", type=int, nargs="+", default=[train.SETTINGS["seed"]])
    parser.add_argument("--set", nargs="+", default=[], metavar="KEY=VALUE",
                        help="training settings other than train.SETTINGS' (epochs=30 alpha=3e-5 ...)")
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--show", default="", help="print the CV's errors whose kind holds this (with --errors)")
    parser.add_argument("--neural", choices=("upos", "tag"), help="the neural tagger's label, beside the ranker")
    parser.add_argument("--weights", type=float, nargs="+", default=[0.25, 0.5, 1.0, 2.0, 4.0],
                        help="the neural log p's weights tried beside the ranker's score (with --neural)")
    args = parser.parse_args()
    started = time.perf_counter()
    extra = train.rows(train.from_apertium(apertium.read(args.data)))
    sentences = treebank(args.data)
    fiction = [s for s in sentences if s.document in FICTION]
    splits = [("genre", [s for s in sentences if s.document not in FICTION], fiction)]
    parts = folds(sentences)
    splits += [("CV", [s for j, p in enumerate(parts) if j != k for s in p], test) for k, test in enumerate(parts)]
    if args.neural:
        return neural(args, splits, extra, started)
    for seed in args.seed:
        settings = {**train.SETTINGS, **dict(map(setting, args.set)),
                    "seed": seed}
        totals = {"CV": Counter(), "news+wiki": Counter(), "genre": Counter()}
        errors = Counter() if args.errors else None
        for name, rest, test in splits:
            found, news = score(args.data, rest, test, settings, extra, errors if name == "CV" else None, args.show)
            totals[name].update(found)
            if name == "CV":
                totals["news+wiki"].update(news)
        for name, c in totals.items():
            print(f"{name:10s}" + line(c))
        for kind, n in (errors or Counter()).most_common(30):
            print(f"{n:4d} {kind[7:]}")
        print(f"seed {seed}, {time.perf_counter() - started:.0f} s", file=sys.stderr)


def setting(text: str) -> tuple[str, float | int]:
    """A `--set` item, "epochs=30" or "alpha=3e-5", as a key and a number."""
    key, _, value = text.partition("=")
    return key, int(value) if value.isdigit() else float(value)


def line(c: Counter) -> str:
    from bench.conll18 import f1

    return "  ".join(f"{m} {f1(c)[m]:.2f}" for m in SHOWN)


def neural(args, splits, extra: list, started: float) -> None:
    """The ranker, the neural tagger and their sums on every split (`tools.tagger.neural.measure`)."""
    from tools.tagger import neural as network

    items = network.from_apertium(apertium.read(args.data), args.neural)
    settings = [{**train.SETTINGS, "seed": seed} for seed in args.seed]
    totals: dict[tuple[str, str], Counter] = {}
    for name, rest, test in splits:
        found, cost = network.measure(args.data, rest, test, settings, extra, items, args.neural, args.weights)
        for system, c in found.items():
            totals.setdefault((name, system), Counter()).update(c)
        print(f"{name} part done, neural model {cost:.1f} µs a token, {time.perf_counter() - started:.0f} s",
              file=sys.stderr, flush=True)
    for (name, system), c in totals.items():
        print(f"{name:6s}{system:20s}" + line(c))


if __name__ == "__main__":
    main()
