"""The former tagger, kept as a peer for bench/tagger.py: a CRF (python-crfsuite) over a coarse tag (UPOS +
Case) trained on the Apertium hand-disambiguated texts (all but the two held-out documents, as it shipped);
the readings with the predicted tag move to the front.

    python -m tools.tagger.train_crf --out /tmp/crf.crfsuite     # about 25 s on one shared core
"""
from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from taldau.doc import Analysis
from taldau.morph import analyze
from tools.tagger import apertium
from tools.tagger.crf_features import coarse, sentence
from tools.tagger.train import ROOT, norm

SETTINGS = {"c1": 0.2, "c2": 0.05, "max_iterations": 150, "feature.minfreq": 1, "feature.possible_transitions": True}


def train(data: Path, target: Path) -> None:
    import pycrfsuite

    docs = apertium.read(data)
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    trainer.set_params(SETTINGS)
    for name, sentences in docs.items():
        if name in apertium.held_out(list(docs)):
            continue
        for words in sentences:
            norms = [norm(w.form) for w in words]
            readings = [analyze(n) for n in norms]
            trainer.append(sentence(list(zip(norms, readings))),
                           [apertium.label(w.gold, r)[0] for w, r in zip(words, readings)])
    trainer.train(str(target))


def reorder(readings: Sequence[Analysis], tag: str) -> tuple[Analysis, ...]:
    """`readings` with those whose coarse tag is `tag` first, both groups in their old order."""
    chosen = [r for r in readings if coarse(r) == tag]
    return (*chosen, *(r for r in readings if coarse(r) != tag)) if chosen else tuple(readings)


class Crf:
    """The trained CRF: `Crf(path).first(words)` is the first reading of each (norm, readings) of a sentence."""

    def __init__(self, path: Path) -> None:
        import pycrfsuite

        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(path))

    def first(self, words: Sequence[tuple[str, Sequence[Analysis]]]) -> list[Analysis]:
        tags = self.tagger.tag(sentence(words)) if words else []
        return [reorder(r, tag)[0] for (_, r), tag in zip(words, tags)]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    train(args.data, args.out)
