"""Train taldau's dependency parser on UD Kazakh-KTB (and optionally its relatives) with spaCy v3.

    nice python -m tools.syntax.train [--data ../shared/data] [--epochs 12] [--add tr] [--redraw "light verbs"...]

The parser is fed taldau's readings, as at run time: each gold sentence's surface tokens go through taldau's
own morphology and tagger (the bundled tagger learnt from KTB train + dev, so these readings are cleaner than
at run time; bench/syntax.py trains each fold's tagger without its test part), and `taldau.syntax.features` turns the chosen
reading into spaCy attributes. Writes src/taldau/syntax/model/ (spaCy folder + meta.json) and exports it
for numpy inference (`tools.syntax.export`). bench/syntax.py calls `train` on cross-validation folds.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

from taldau.doc import Doc, Sentence as DocSentence, Token
from taldau.normalize import normalize
from taldau.syntax.component import FORMAT, MODEL
from taldau.syntax.features import spacy_doc
from tools.syntax.export import export
from tools.syntax.relatives import BUNDLED, GOLD_READINGS, REDRAWN, RELATIVES, REWRITES, REWRITTEN, SAMPLE, load
from tools.syntax.treebank import Sentence, ktb

CONFIG = Path(__file__).with_name("config.cfg")
CYRILLIC = re.compile("[\u0400-\u04ff]")
ROOT = Path(__file__).resolve().parents[2]


def readings(sentences: Sequence[Sentence], tagger=None) -> list[tuple[Token, ...]]:
    """Each gold sentence's surface tokens with taldau's readings, the choice of `tagger` (default: the
    bundled one) first."""
    from taldau.pipeline import Pipeline

    stages = Pipeline(["morph", tagger or "tagger"]).components[1:]
    out = []
    for sentence in sentences:
        tokens, offset = [], 0
        for s in sentence.tokens:
            tokens.append(Token(s.form, offset, offset + len(s.form), normalize(s.form).text, s.space_after))
            offset += len(s.form) + s.space_after
        text = "".join(t.text + " " * t.space_after for t in tokens)
        doc = Doc(text, tuple(tokens), (DocSentence(0, len(text), 0, len(tokens)),))
        for stage in stages:
            doc = stage(doc)
        out.append(doc.tokens)
    return out


def examples(nlp, sentences: Sequence[Sentence], tokens: Sequence[tuple[Token, ...]]) -> list:
    from spacy.training import Example

    out = []
    for sentence, toks in zip(sentences, tokens):
        heads = [(s.head or i + 1) - 1 for i, s in enumerate(sentence.tokens)]
        deprels = [s.deprel if s.head else "ROOT" for s in sentence.tokens]
        out.append(Example(spacy_doc(nlp.vocab, toks), spacy_doc(nlp.vocab, toks, heads, deprels)))
    return out


def train(sentences: Sequence[Sentence], epochs: int = 12, extra: Sequence[Sentence] = (), seed: int = 0,
          tokens: dict[str, tuple[Token, ...]] | None = None, overrides: dict | None = None,
          pretrained: Path | None = None, decay: bool = False, tail: int = 0):
    """A spaCy pipeline with a trained parser. `extra`: sentences of related languages, seen each epoch
    beside KTB. `tokens`: readings already computed, by sent_id (cross-validation reuses them). `overrides`:
    config.cfg's settings changed, by dotted path (`tools.syntax.search` tries them). `pretrained`: tok2vec
    weights the parser starts from (`tools.syntax.pretrain`). `decay`: the learning rate warms up over the first
    tenth of the updates, then falls linearly to zero at the last one. With config.cfg's `use_averages` the parser
    ends on Adam's moving averages of its weights, as spaCy's own trainer saves them; with `tail` (epochs) it ends
    instead on the plain mean of its weights after every update of the last `tail` epochs."""
    import spacy
    from spacy.util import load_config, load_model_from_config, minibatch
    from thinc.api import registry

    spacy.util.fix_random_seed(seed)
    config = load_config(CONFIG, overrides=overrides or {})
    nlp = load_model_from_config(config, auto_fill=True, validate=True)
    dropout = config["training"]["dropout"]
    every = list(sentences) + list(extra)
    known = tokens or {}
    missing = [s for s in every if s.sent_id not in known]
    known = {**known, **{s.sent_id: t for s, t in zip(missing, readings(missing))}}
    data = examples(nlp, every, [known[s.sent_id] for s in every])
    optimizer = nlp.initialize(lambda: data)
    if pretrained:  # the Tok2Vec.v2 inside the parser's tok2vec, before its projection to the hidden width
        nlp.get_pipe("parser").model.get_ref("tok2vec").layers[0].from_bytes(Path(pretrained).read_bytes())
    if decay:
        warmup_linear = registry.schedules.get("warmup_linear.v1")
        steps = epochs * -(-len(data) // 16)
        optimizer.schedules["learn_rate"] = warmup_linear(optimizer.learn_rate, steps // 10, steps)
        optimizer.step_schedules()
    rng, sums, updates = random.Random(seed), {}, 0
    model = nlp.get_pipe("parser").model
    for epoch in range(epochs):
        rng.shuffle(data)
        for batch in minibatch(data, size=16):
            nlp.update(batch, drop=dropout, sgd=optimizer)
            optimizer.step_schedules()
            if epoch >= epochs - tail:
                _add_weights(model, sums)
                updates += 1
    averages = {key: total / updates for key, total in sums.items()} if tail else optimizer.averages or {}
    for node in model.walk():  # the averages become the weights for good (spaCy's
        for name in node.param_names:  # trainer only swaps them in to save)
            if (node.id, name) in averages:
                node.set_param(name, averages[node.id, name].copy())
    return nlp


def _add_weights(model, sums: dict) -> None:
    """Adds each weight of `model` to its running total in `sums` (a tail's mean: Polyak averaging)."""
    for node in model.walk():
        for name in node.param_names:
            if node.has_param(name):
                key = (node.id, name)
                if key in sums:
                    sums[key] += node.get_param(name)
                else:
                    sums[key] = node.get_param(name).copy()


def save(nlp, folder: Path, meta: dict) -> None:
    shutil.rmtree(folder / "spacy", ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(folder / "spacy", exclude=["vocab.vectors"])
    strings = folder / "spacy" / "vocab" / "strings.json"  # the training words: features hash them, never look them up
    kept = [s for s in json.loads(strings.read_text(encoding="utf-8")) if not CYRILLIC.search(s)]
    strings.write_text(json.dumps(kept, ensure_ascii=False), encoding="utf-8")
    (folder / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    export(folder, nlp)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--add", nargs="*", default=list(BUNDLED), choices=sorted(RELATIVES),
                        help="relatives' treebanks (default: %(default)s; none: --add)")
    parser.add_argument("--redraw", nargs="*", default=list(REDRAWN), choices=list(REWRITES),
                        help="Turkish constructions redrawn as KTB draws them (tools.syntax.relatives; default all)")
    parser.add_argument("--out", type=Path, default=MODEL)
    args = parser.parse_args()
    import spacy

    sentences = ktb(args.data)
    extra, tokens = load(args.data, args.add, rewrites=args.redraw)
    nlp = train(sentences, args.epochs, extra, tokens=tokens)
    commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    changed = subprocess.run(["git", "status", "--porcelain", "--", "src", "tools", ":!src/taldau/syntax/model"],
                             cwd=ROOT, capture_output=True, text=True).stdout.strip()
    commit += "+uncommitted changes" if changed else ""  # the code that trained it is not that commit's
    save(nlp, args.out, {
        "format": FORMAT,
        "data": {"ktb": "UD_Kazakh-KTB @ e9f3b87 train + first half of test (../shared/data/ud_kazakh_ktb), "
                        "CC BY-SA 4.0", "sentences": len(sentences), "relatives": [p for n in args.add for p in RELATIVES[n]],
                 "relative sentences": len(extra),
                 "relatives sampled": {n: SAMPLE[n] for n in args.add if n in SAMPLE},
                 "relatives read": {n: "gold readings, words as shapes (tools.syntax.relatives)" if n in GOLD_READINGS
                                    else "by taldau" for n in args.add},
                 "relatives redrawn": {n: args.redraw for n in args.add if n in REWRITTEN}},
        "settings": {"epochs": args.epochs, "config": CONFIG.read_text(encoding="utf-8"), "seed": 0,
                     "spacy": spacy.__version__, "features": "taldau morph + tagger readings (taldau.syntax.features)"},
        "commit": commit,
        "labels": list(nlp.get_pipe("parser").labels),
    })
    print(f"saved {args.out}: {sum(f.stat().st_size for f in args.out.rglob('*') if f.is_file()) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
