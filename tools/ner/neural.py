"""A neural NER (spaCy 3) beside the CRF, on the folds of `tools.ner.cv`: alone, and in ensembles with the pipeline.

    python -m tools.ner.cv /tmp/ner-cv/base --folds 1 2            # first: the CRF fold models and upstream Docs
    python -m tools.ner.neural /tmp/ner-cv/base --folds 1 2 --speed   # trains fold{k}/spacy (if absent), scores, times
    python -m tools.ner.neural /tmp/ner-cv/base --folds 1 --epochs 30 --name spacy30   # another setting beside it

Measurement only, nothing here ships. Each fold's spaCy model is trained on the same sentences and tokens as the
CRF (the other folds, `tools.ner.tokens.retokenised`): one `ner` component (transition-based) over a tok2vec of
MultiHashEmbed (norm, first letter, last 3 letters, shape, and two of taldau's views: the suffix-stripped stem as
LEMMA, the word's `clusters.tsv` class of 128 as TAG) and MaxoutWindowEncoder; CPU, one thread, a fixed number of
epochs, the last model kept (no early stopping: the scored fold is never looked at while training; settings and
figures in docs/bench/ner.md, issue 12's eleventh pass). Scored as `tools.ner.cv` scores (`score_spans`: micro F1,
precision, recall, per class, unseen names; each fold and pooled), as:

- crf: the shipped pipeline (quantities, CRF, rules), the fold's CRF model;
- spacy bare: the spaCy model's spans on the pipeline's tokens, nothing else;
- spacy pipeline: the spaCy model's labels in the CRF's place (the rules after it, trimming, quantities);
- union: the CRF pipeline's spans plus the spaCy pipeline's names that overlap none of them;
- union capitalised: the same, only spaCy names starting at a capital or a quote;
- agreement: the CRF pipeline's numeric spans and the names both found with the same class and edges.
"""
from __future__ import annotations

import argparse
import random
import time
from collections import Counter
from pathlib import Path

import taldau.ner
from taldau.ner import clusters, data, spans
from taldau.ner.canonical import NUMERIC
from taldau.ner.component import EntityRecognizer
from taldau.ner.features import OPEN_QUOTES, Word, word_stem
from taldau.ner.model import tag_words
from tools.ner import build_names
from tools.ner.cv import FOLDS, fold_of, unseen, unseen_f1
from tools.ner.dev import f1, gold_spans, scores, upstream
from tools.ner.tokens import retokenised

WIDTH, DEPTH, EPOCHS, BATCH, DROPOUT = 96, 4, 15, 64, 0.1
ATTRS = ["NORM", "PREFIX", "SUFFIX", "SHAPE", "LEMMA", "TAG"]
ROWS = [5000, 1000, 2500, 2500, 5000, 500]
SYSTEMS = ("crf", "spacy bare", "spacy pipeline", "union", "union capitalised", "agreement")


def blank():
    """An untrained nlp with one `ner` component holding its own tok2vec."""
    import spacy

    nlp = spacy.blank("kk")
    tok2vec = {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": WIDTH, "attrs": ATTRS, "rows": ROWS,
                  "include_static_vectors": False},
        "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": WIDTH, "depth": DEPTH,
                   "window_size": 1, "maxout_pieces": 3},
    }
    nlp.add_pipe("ner", config={"model": {
        "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner", "extra_state_tokens": False,
        "hidden_width": 64, "maxout_pieces": 2, "use_upper": True, "nO": None, "tok2vec": tok2vec}})
    return nlp


def make_doc(vocab, words: list[str]):
    """A spaCy Doc of `words` (norms) with taldau's views: the stem as LEMMA, the class of 128 as TAG."""
    from spacy.tokens import Doc

    doc = Doc(vocab, words=words)
    for token in doc:
        text = token.text
        digits = any(ch.isdigit() for ch in text)
        found = clusters.classes("0" if digits else text.lower(), word_stem(text))
        token.lemma_ = word_stem(text)
        token.tag_ = next((c for c in found if c.startswith("c1=")), "c1=-")
    return doc


def example(vocab, sentence: data.Sentence):
    from spacy.training import Example, iob_to_biluo

    words, labels = sentence
    doc = make_doc(vocab, list(words))
    return Example.from_dict(doc, {"entities": iob_to_biluo(list(labels))})


def train(sentences: list[data.Sentence], target: Path, epochs: int) -> float:
    """Train on `sentences` for `epochs` epochs (seeded), save to `target`; the CPU seconds taken."""
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(0)
    nlp = blank()
    examples = [example(nlp.vocab, s) for s in sentences]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(0)
    started = time.process_time()
    for epoch in range(epochs):
        rng.shuffle(examples)
        losses: dict = {}
        for batch in minibatch(examples, size=BATCH):
            nlp.update(batch, drop=DROPOUT, sgd=optimizer, losses=losses)
        print(f"  epoch {epoch + 1}: loss {losses['ner']:.0f}, {time.process_time() - started:.0f} s", flush=True)
    target.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(target)
    return time.process_time() - started


class Labeller:
    """IOB2 labels of a window of words by the spaCy model, in `taldau.ner.tag_words`' place (measuring only)."""

    def __init__(self, nlp) -> None:
        self.nlp = nlp
        self.ner = nlp.get_pipe("ner")

    def __call__(self, words: list[Word], model=None) -> list[str]:
        doc = self.ner(make_doc(self.nlp.vocab, [w.text for w in words]))
        return ["O" if t.ent_iob_ == "O" else f"{t.ent_iob_}-{t.ent_type_}" for t in doc]


def found_spans(ner: EntityRecognizer, docs) -> list[set]:
    return [{(e.label, e.start, e.end) for e in ner(doc).entities} for doc in docs]


def bare(labeller: Labeller, docs) -> list[set]:
    """The spaCy model's spans on each sentence's tokens, no rules, no quantities."""
    out = []
    for doc in docs:
        found = set()
        for s in doc.sentences or ():
            tokens = doc.sentence_tokens(s)
            labels = labeller([Word(t.norm) for t in tokens])
            found |= {(kind, tokens[a].start, tokens[b - 1].end) for kind, a, b in spans(labels)}
        out.append(found)
    return out


def overlaps(span: tuple, others: set) -> bool:
    return any(o[1] < span[2] and span[1] < o[2] for o in others)


def opens_name(text: str, start: int) -> bool:
    """Whether a span at `start` of the space-joined text begins at a capital, a quote, or right after a quote."""
    return text[start].isupper() or text[start] in OPEN_QUOTES or (start > 1 and text[start - 2] in OPEN_QUOTES)


def combined(crf: list[set], neural: list[set], texts: list[str]) -> dict[str, list[set]]:
    """The ensembles of the module's docstring."""
    union, capitalised, agreement = [], [], []
    for c, n, text in zip(crf, neural, texts):
        extra = {s for s in n if s[0] not in NUMERIC and not overlaps(s, c)}
        union.append(c | extra)
        capitalised.append(c | {s for s in extra if opens_name(text, s[1])})
        agreement.append({s for s in c if s[0] in NUMERIC or s in n})
    return {"union": union, "union capitalised": capitalised, "agreement": agreement}


def score_spans(gold: list[set], found: list[set], texts: list[str], table) -> dict[str, tuple[int, int, int]]:
    """`tools.ner.cv.score_fold`'s figures for spans found by any system."""
    out = scores(gold, found)
    new_gold, new_found = unseen(gold, texts, table), unseen(found, texts, table)
    out["unseen recall"] = (sum(len(g & f) for g, f in zip(new_gold, found)), 0, sum(map(len, new_gold)))
    out["unseen precision"] = (sum(len(f & g) for f, g in zip(new_found, gold)), 0, sum(map(len, new_found)))
    return out


def speed(labeller: Labeller, crf: EntityRecognizer, docs) -> tuple[float, float, float]:
    """CPU µs a token, best of 3 runs over `docs`' sentences: the spaCy labels called a sentence at a time as the
    pipeline would (Doc building with its views included), the spaCy model alone on prebuilt Docs in batches of 256,
    and the CRF's labels (features included) a sentence at a time, in the same conditions."""
    windows = [[Word(t.norm) for t in doc.sentence_tokens(s)] for doc in docs for s in doc.sentences or ()]
    tokens = sum(map(len, windows))
    built = [make_doc(labeller.nlp.vocab, [w.text for w in words]) for words in windows]
    best = [float("inf")] * 3
    for _ in range(3):
        for i, run in enumerate((lambda: [labeller(words) for words in windows],
                                 lambda: list(labeller.ner.pipe(built, batch_size=256)),
                                 lambda: [tag_words(words, crf.model) for words in windows])):
            started = time.process_time()
            run()
            best[i] = min(best[i], time.process_time() - started)
    single, batched, crf_time = (b / tokens * 1e6 for b in best)
    return single, batched, crf_time


def line(name: str, result: dict) -> str:
    tp, nf, ng = result["all"]
    return (f"{name}: F1 {f1(tp, nf, ng):.4f} P {tp / max(nf, 1):.4f} R {tp / max(ng, 1):.4f} "
            f"unseen {unseen_f1(result):.4f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder of tools.ner.cv's fold models (fold{k}/spacy is added)")
    parser.add_argument("--folds", nargs="+", type=int, default=list(range(FOLDS)))
    parser.add_argument("--data", type=Path, default=data.default_dir())
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--name", default="spacy", help="subfolder of each fold's spaCy model (one per setting)")
    parser.add_argument("--speed", action="store_true", help="also time the spaCy labels on each fold's sentences")
    args = parser.parse_args()
    import spacy

    parts = data.load_split(args.data)
    pooled = [s for p in ("train", "dev") for s in parts[p]]
    for k in args.folds:  # every fold's spaCy model first: the CRF's may still be training
        target = args.out / f"fold{k}" / args.name
        if not (target / "meta.json").exists():
            rest = [retokenised(s) for s in pooled if fold_of(s) != k]
            seconds = train(rest, target, args.epochs)
            print(f"fold {k}: spaCy trained on {len(rest)} sentences, {args.epochs} epochs, {seconds:.0f} CPU s")
    total: dict[str, Counter] = {name: Counter() for name in SYSTEMS}
    for k in args.folds:
        folder = args.out / f"fold{k}"
        if not (folder / "model.crfsuite").exists():
            parser.error(f"{folder} has no CRF model: run tools.ner.cv on it first")
        rest = [retokenised(s) for s in pooled if fold_of(s) != k]
        held = [s for s in pooled if fold_of(s) == k]
        table = build_names.build(rest)
        texts = [" ".join(words) for words, _ in held]
        gold = [gold_spans(s) for s in held]
        docs = upstream(texts, folder.parent.parent / f"upstream{folder.name}.pickle")
        labeller = Labeller(spacy.load(folder / args.name))
        crf = found_spans(EntityRecognizer(folder), docs)
        shipped = taldau.ner.tag_words
        taldau.ner.tag_words = labeller  # the spaCy labels where the CRF's would be, for measuring only
        try:
            neural = found_spans(EntityRecognizer(folder), docs)
        finally:
            taldau.ner.tag_words = shipped
        systems = {"crf": crf, "spacy bare": bare(labeller, docs), "spacy pipeline": neural,
                   **combined(crf, neural, texts)}
        for name, found in systems.items():
            result = score_spans(gold, found, texts, table)
            print(f"fold {k} " + line(name, result))
            for key, counts in result.items():
                for i, n in enumerate(counts):
                    total[name][key, i] += n
        if args.speed:
            single, batched, crf_time = speed(labeller, EntityRecognizer(folder), docs)
            print(f"fold {k}: CPU µs a token: spaCy labels {single:.1f} a sentence at a time, {batched:.1f} in "
                  f"batches (model alone); CRF labels {crf_time:.1f} a sentence at a time")
    results = {name: {key: (c[key, 0], c[key, 1], c[key, 2]) for key, _ in c} for name, c in total.items()}
    for name, result in results.items():
        print(f"folds {args.folds} " + line(name, result) + f" ({result['unseen recall'][2]} unseen gold names)")
    first = results["crf"]
    classes = sorted(set(first) - {"unseen recall", "unseen precision"}, key=lambda key: -first[key][2])
    print("class | support | " + " | ".join(SYSTEMS))
    for key in classes:
        print(f"{key} | {first[key][2]} | " + " | ".join(f"{f1(*results[n].get(key, (0, 0, 1))):.4f}" for n in SYSTEMS))


if __name__ == "__main__":
    main()
