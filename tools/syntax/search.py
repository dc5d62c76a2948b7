"""Search the parser's settings on KTB's genre split and its 10-fold CV, as `bench.syntax` measures them.

    nice python -m tools.syntax.search [--cv] [--seeds 2] ["window 2" ...]

Each part's readings (its tagger trained without the test part, `bench.syntax.prepare`) are computed once and
kept in --cache, so a setting costs only its parsers' training. Parsed by spaCy (settings the numpy runtime
does not run yet are tried too); taldau's parser in numpy parses as spaCy does (`tools.syntax.export.check`).
One line per setting and seed: UAS and LAS from raw text, CoNLL 2018 F1.
"""
from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter
from pathlib import Path

from tools.syntax.pretrain import PRETRAINED
from tools.syntax.relatives import REDRAWN
from tools.syntax.train import ROOT, train

ENCODE = "components.parser.model.tok2vec.encode."
EMBED = "components.parser.model.tok2vec.embed."
PARSER = "components.parser.model."
OPTIMIZER = "training.optimizer."
ATTRS = ("NORM", "PREFIX", "SUFFIX", "SHAPE", "POS", "TAG", "MORPH", "LEMMA")
ROWS = (5000, 1000, 2500, 200, 50, 1000, 2000, 3000)


def without(*names: str) -> dict:
    """config.cfg's embedding without the attributes `names`."""
    kept = [(a, r) for a, r in zip(ATTRS, ROWS) if a not in names]
    return {EMBED + "attrs": [a for a, _ in kept], EMBED + "rows": [r for _, r in kept]}


SETTINGS = {  # config.cfg overrides by dotted path; "epochs", "turkish" (sentences drawn), "rewrites" (of
    # relatives.REWRITES; default relatives.REDRAWN, as the bundled model), "pretrained" (tok2vec weights) and "decay"
    # are train's own
    "shipped": {},  # config.cfg, relatives.SAMPLE and relatives.REDRAWN as they are
    "window 2": {ENCODE + "window_size": 2},
    "window 3": {ENCODE + "window_size": 3},
    "depth 3": {ENCODE + "depth": 3},
    "depth 4": {ENCODE + "depth": 4},
    "width 96": {ENCODE + "width": 96, EMBED + "width": 96},
    "width 128": {ENCODE + "width": 128, EMBED + "width": 128},
    "hidden 64": {PARSER + "hidden_width": 64},
    "hidden 96": {PARSER + "hidden_width": 96},
    "hidden 32": {PARSER + "hidden_width": 32},
    "maxout 3": {PARSER + "maxout_pieces": 3},
    "encoder maxout 3": {ENCODE + "maxout_pieces": 3},
    "dropout 0.1": {"training.dropout": 0.1},
    "dropout 0.3": {"training.dropout": 0.3},
    "learn rate 0.001": {OPTIMIZER + "learn_rate": 0.001},
    "learn rate 0.004": {OPTIMIZER + "learn_rate": 0.004},
    "epochs 8": {"epochs": 8},
    "epochs 20": {"epochs": 20},
    "turkish 0": {"turkish": 0},
    "turkish 1000": {"turkish": 1000, "rewrites": ()},  # as written (shipped until the fourth round)
    "turkish 3000": {"turkish": 3000, "rewrites": ()},
    "turkish 1000, redrawn": {"turkish": 1000, "rewrites": REDRAWN},
    "turkish 3000, redrawn": {"turkish": 3000, "rewrites": REDRAWN},
    "turkish 3000, ile redrawn": {"turkish": 3000, "rewrites": ("ile instrumental",)},
    "turkish 3000, redrawn, epochs 20": {"turkish": 3000, "rewrites": REDRAWN, "epochs": 20},
    "turkish all, redrawn": {"turkish": 10_000, "rewrites": REDRAWN},  # more than there are (5,244)
    "turkish 3000, redrawn, compound objects": {"turkish": 3000, "rewrites": REDRAWN + ("compound objects",)},
    "no LEMMA": without("LEMMA"),
    "no NORM": without("NORM"),
    "no NORM, LEMMA": without("NORM", "LEMMA"),
    "rows x2": {EMBED + "rows": [2 * r for r in ROWS]},
    "hidden 128": {PARSER + "hidden_width": 128},
    "hidden 96, window 2": {PARSER + "hidden_width": 96, ENCODE + "window_size": 2},
    "hidden 96, width 96": {PARSER + "hidden_width": 96, ENCODE + "width": 96, EMBED + "width": 96},
    "hidden 96, dropout 0.3": {PARSER + "hidden_width": 96, "training.dropout": 0.3},
    # tok2vec pretrained for 4 or 12 epochs (the weights after epoch n: model{n - 1}.bin) by `python -m
    # tools.syntax.pretrain --epochs 12` (its --out at the default, PRETRAINED)
    "pretrained characters": {"pretrained": PRETRAINED / "model3.bin"},
    "pretrained characters, 12 epochs": {"pretrained": PRETRAINED / "model11.bin"},
    # the training schedule (seventh round): Adam's moving averages kept as the weights, shipped since (config.cfg's
    # use_averages; the seventh round's "averaged", and "averaged, decay" is now "decay"); the learning rate warmed up
    # over a tenth of the updates, then decayed linearly to zero
    "not averaged": {OPTIMIZER + "use_averages": False},  # shipped until the seventh round
    "decay": {"decay": True},
    "not averaged, decay": {OPTIMIZER + "use_averages": False, "decay": True},
    # the mean of the weights after every update of the last n epochs (Polyak tail averaging), in place of Adam's
    # moving average, which weighs about the last epoch's updates (twentieth session)
    "tail 3": {"tail": 3},
    "tail 6": {"tail": 6},
    "tail 6, epochs 16": {"tail": 6, "epochs": 16},
}


def parts(data: Path, cv: bool, cache: Path) -> list[tuple[list, dict, object, list]]:
    """(training sentences, their readings, the test text tagged, its gold words) of the genre split or of
    each CV fold, from `cache` when computed before."""
    from bench.syntax import prepare
    from tools.syntax.treebank import FICTION, folds, ktb

    path = cache / ("cv.pickle" if cv else "genre.pickle")
    if path.exists():
        return pickle.loads(path.read_bytes())
    sentences = ktb(data)
    if cv:
        pieces = folds(sentences)
        splits = [([s for j, p in enumerate(pieces) if j != k for s in p], test) for k, test in enumerate(pieces)]
    else:
        splits = [([s for s in sentences if s.document not in FICTION],
                   [s for s in sentences if s.document in FICTION])]
    out = []
    for train_part, test in splits:
        tokens, _, tagged, gold = prepare(data, train_part, test)
        out.append((train_part, tokens, tagged, gold))
        print(f"readings of part {len(out)} / {len(splits)} ready", file=sys.stderr)
    cache.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(out))
    return out


class SpacyModel:
    """A trained spaCy pipeline in the place of taldau.syntax.component.Model: the same heads and labels, each
    sentence's also kept in `parsed` (before taldau's rules), so that `--replay` can score other rules on them."""

    def __init__(self, nlp):
        self.nlp = nlp
        self.parsed: list[tuple[list[int], list[str]]] = []

    def parse(self, sentences):
        from tools.syntax.export import spacy_parse

        found = spacy_parse(self.nlp, sentences)
        self.parsed += found
        return found


class Replayed:
    """Parses kept by `--keep`, given back in the order they were made: taldau's rules scored without training."""

    def __init__(self, parsed: list[tuple[list[int], list[str]]]):
        self.parsed = iter(parsed)

    def parse(self, sentences):
        return [next(self.parsed) for _ in sentences]


def run(data: Path, splits, setting: dict, seed: int, keep: Path | None = None) -> dict[str, float]:
    """UAS and LAS of `setting` over `splits` (counts summed), the parser trained with `seed`; its parses (before
    taldau's rules) pickled to `keep`, one list per part."""
    from bench.conll18 import counts, f1
    from bench.syntax import system_words
    from taldau.syntax.component import Parser
    from tools.syntax.relatives import BUNDLED, load

    own = dict(setting)
    epochs, turkish, rewrites = own.pop("epochs", 12), own.pop("turkish", None), own.pop("rewrites", REDRAWN)
    pretrained = own.pop("pretrained", None)
    decay, tail = own.pop("decay", False), own.pop("tail", 0)
    extra, extra_tokens = load(data, BUNDLED, seed, turkish, rewrites) if turkish != 0 else ([], {})
    total, kept = Counter(), []
    for train_part, tokens, tagged, gold in splits:
        parser = Parser()
        parser.model = SpacyModel(train(train_part, epochs, extra, seed, {**tokens, **extra_tokens}, own,
                                          pretrained, decay, tail))
        total.update(counts(gold, system_words(parser(tagged))))
        kept.append(parser.model.parsed)
    if keep:
        keep.parent.mkdir(parents=True, exist_ok=True)
        keep.write_bytes(pickle.dumps(kept))
    return f1(total)


def replay(splits, kept: Path) -> dict[str, float]:
    """UAS and LAS of the parses kept in `kept` (by `run`) under today's taldau rules (taldau.syntax.heads)."""
    from bench.conll18 import counts, f1
    from bench.syntax import system_words
    from taldau.syntax.component import Parser

    total = Counter()
    for (_, _, tagged, gold), parsed in zip(splits, pickle.loads(kept.read_bytes())):
        parser = Parser()
        parser.model = Replayed(parsed)
        total.update(counts(gold, system_words(parser(tagged))))
    return f1(total)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("settings", nargs="*", default=["shipped"], help=f"of: {', '.join(SETTINGS)}")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--cv", action="store_true", help="the 10-fold CV (default: the genre split)")
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/taldau-syntax-search"))
    parser.add_argument("--keep", action="store_true",
                        help="pickle each run's parses to --cache/parses/ (before taldau's rules)")
    parser.add_argument("--replay", action="store_true",
                        help="no training: score the parses kept by --keep under today's rules")
    args = parser.parse_args()
    if unknown := [name for name in args.settings if name not in SETTINGS]:
        parser.error(f"unknown setting {unknown[0]!r}; choose among {', '.join(SETTINGS)}")
    splits = parts(args.data, args.cv, args.cache)
    for name in args.settings:
        for seed in args.seeds:
            kept = args.cache / "parses" / f"{'cv' if args.cv else 'genre'} {name} {seed}.pickle"
            score = (replay(splits, kept) if args.replay
                     else run(args.data, splits, SETTINGS[name], seed, kept if args.keep else None))
            print(f"{'cv' if args.cv else 'genre'}\t{name}\tseed {seed}\tUAS {score['UAS']:.2f}\tLAS {score['LAS']:.2f}",
                  flush=True)


if __name__ == "__main__":
    main()
