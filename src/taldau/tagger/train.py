"""Train the committed CRF (`model.crfsuite` + `meta.json`) from Apertium's hand-disambiguated texts.

Reproduce the shipped model (python-crfsuite, about 25 s on one shared core):

    python -m taldau.tagger.train                          # final model: train + dev parts, settings below
    python -m taldau.tagger.train --parts train --eval dev --out /tmp/t.crfsuite  # what tuning saw

Data: `apertium_kaz_texts/kaz_disambiguated.tsv` from `../shared/data` (or --data). Whole documents are held
out (`apertium.held_out`, Жасуша and Қазақстан) and scored only by `bench/tagger.py`; `apertium.dev` names
the two documents tuning looked at. Labels: `apertium.label`.
"""
from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from pathlib import Path

from taldau.morph import analyze
from taldau.normalize import normalize
from taldau.tagger import apertium, model
from taldau.tagger.features import coarse, sentence

# Dev (Ахмет, Мұқағали; 4,807 tokens whose gold reading was found): coarse tag of the first reading 92.59 %
# before reordering; after, trained on train: c1 0.1, c2 0.05 -> 96.13 %; c1 0.05, c2 0.05 -> 96.17 %;
# c1 0.1, c2 0.2 -> 96.15 %; c1 0.2, c2 0.05 -> 96.19 % (all within noise; the sparser model is shipped).
# Apertium `vaux` labelled AUX rather than VERB (apertium.UPOS order): 92.16 % before, 96.03 % after.
SETTINGS = {"algorithm": "lbfgs", "c1": 0.2, "c2": 0.05, "max_iterations": 150, "min_freq": 1}
SEED = "documents: every 7th in code-point order held out (apertium.held_out); lbfgs is deterministic"


def examples(sentences, tally: Counter | None = None):
    """(features, labels, readings, how each label was found) of each sentence; `tally` counts the last."""
    for words in sentences:
        norms = [normalize(w.form).text or w.form for w in words]
        readings = [analyze(n) for n in norms]
        found = [apertium.label(w.gold, r) for w, r in zip(words, readings)]
        if tally is not None:
            tally.update(how for _, how in found)
        yield sentence(list(zip(norms, readings))), [tag for tag, _ in found], readings, [how for _, how in found]


def parts(data: Path) -> dict[str, list]:
    docs = apertium.read(data)
    test, dev = apertium.held_out(list(docs)), apertium.dev(list(docs))
    out: dict[str, list] = {"train": [], "dev": [], "test": []}
    for name, sentences in docs.items():
        out["test" if name in test else "dev" if name in dev else "train"] += sentences
    return out


def train(sentences, target: Path, settings: dict) -> Counter:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(algorithm=settings["algorithm"], verbose=False)
    trainer.set_params({"c1": settings["c1"], "c2": settings["c2"], "max_iterations": settings["max_iterations"],
                        "feature.minfreq": settings["min_freq"], "feature.possible_transitions": True})
    tally: Counter = Counter()
    for feats, labels, _, _ in examples(sentences, tally):
        trainer.append(feats, labels)
    trainer.train(str(target))
    return tally


def score(tagger_path: Path, sentences) -> dict[str, float]:
    """Coarse-tag accuracy of the first reading before and after reordering, on tokens whose gold reading
    was found: all of them, and those whose readings have more than one coarse tag ("... ambiguous")."""
    import pycrfsuite

    from taldau.tagger import reorder

    tagger = pycrfsuite.Tagger()
    tagger.open(str(tagger_path))
    hits: Counter = Counter()
    for feats, labels, readings, hows in examples(sentences):
        for gold, tag, r, how in zip(labels, tagger.tag(feats), readings, hows):
            if how == "none":
                continue
            groups = ("", " ambiguous") if len({coarse(a) for a in r}) > 1 else ("",)
            for group in groups:
                hits["n" + group] += 1
                hits["before" + group] += coarse(r[0]) == gold
                hits["after" + group] += coarse(reorder(r, tag)[0]) == gold
    rates = {k: hits[k] / hits["n ambiguous" if k.endswith("ambiguous") else "n"] for k in hits if k[0] != "n"}
    return rates | {"n": hits["n"], "n ambiguous": hits["n ambiguous"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[3].parent / "shared" / "data")
    parser.add_argument("--parts", nargs="+", default=["train", "dev"], choices=["train", "dev"])
    parser.add_argument("--eval", choices=["dev"], help="score this part after training (never test)")
    parser.add_argument("--out", type=Path, default=model.MODEL)
    for key in ("c1", "c2"):
        parser.add_argument(f"--{key}", type=float, default=SETTINGS[key])
    parser.add_argument("--iterations", type=int, default=SETTINGS["max_iterations"])
    args = parser.parse_args()
    if args.eval in args.parts:
        parser.error("the evaluated part must not be trained on")
    settings = {**SETTINGS, "c1": args.c1, "c2": args.c2, "max_iterations": args.iterations}
    split = parts(args.data)
    sentences = [s for p in args.parts for s in split[p]]
    started = time.perf_counter()
    tally = train(sentences, args.out, settings)
    print(f"trained on {len(sentences)} sentences ({'+'.join(args.parts)}) in {time.perf_counter() - started:.0f} s"
          f" -> {args.out}; labels found by {dict(tally)}")
    if args.eval:
        print(args.eval, {k: round(v, 4) for k, v in score(args.out, split[args.eval]).items()})
    if args.out == model.MODEL:
        names = list(apertium.read(args.data))
        readme = (args.data / apertium.FILE.parent / "README.md").read_text(encoding="utf-8")
        commit = re.search(r"Commit: `([0-9a-f]{40})`", readme)
        meta = {
            "format": model.FORMAT,
            "data": {"file": str(apertium.FILE), "source": "apertium/apertium-kaz texts/",
                     "commit": commit.group(1) if commit else None, "trained_on": args.parts,
                     "held_out": apertium.held_out(names), "dev": apertium.dev(names),
                     "sentences": len(sentences), "tokens": sum(map(len, sentences)), "labels_found_by": dict(tally)},
            "settings": settings,
            "seed": SEED,
            "licence": "trained on Apertium kaz texts (CC BY-SA 4.0)",
        }
        model.META.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
