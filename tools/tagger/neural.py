"""A neural tagger measured beside the reading ranker (issue #16): spaCy 3's `tagger` over a small tok2vec
(MultiHashEmbed + MaxoutWindowEncoder, `neural.cfg`), fed the word (NORM, PREFIX, SUFFIX, SHAPE) and what
taldau.morph says of it (its ambiguity class, the sorted parts of speech of its readings, in LEMMA).

It learns from the words the ranker learns from: a fold's KTB sentences (repeated `KTB_REPEAT` times an epoch,
as the ranker weighs them) with their gold UPOS (or UPOS and FEATS: `kind` "tag"), and the 14 Apertium texts
with the label of the reading their analysis picks (`gold.from_apertium`; none where it picks none). It never
invents a reading: it only weighs taldau.morph's, alone (the reading whose label it finds likeliest, ties to
taldau.morph's order) or added to the ranker's score, `ranker score + lambda * log p(the reading's label)`.
`tools.tagger.cv --neural` measures both on the CV and genre split. Measurement only, never at run time.
"""
from __future__ import annotations

import dataclasses
import random
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from taldau.doc import Analysis
from taldau.morph import analyze
from taldau.tagger import ranker
from tools.tagger import apertium, ktb, train

CONFIG = Path(__file__).with_name("neural.cfg")
EPOCHS = 15
KTB_REPEAT = int(train.SETTINGS["ktb_weight"])  # as the ranker weighs KTB
FLOOR = 1e-4  # the probability of a label the model never saw

Item = tuple[list[str], list[tuple[Analysis, ...]], list[str]]  # norms, readings, labels ("" when unknown)


def label(upos: str, feats: str, kind: str) -> str:
    return upos if kind == "upos" else f"{upos}|{feats}"


def ambiguity(readings: Sequence[Analysis]) -> str:
    """The sorted parts of speech of a word's readings: "ADJ+NOUN"."""
    return "+".join(sorted({r.upos for r in readings})) or "-"


def from_ktb(sentences: Iterable[ktb.Sentence], kind: str) -> list[Item]:
    out = []
    for s in sentences:
        norms = [train.norm(w.form) for w in s.words]
        out.append((norms, [analyze(n) for n in norms], [label(w.upos, w.feats, kind) for w in s.words]))
    return out


def from_apertium(docs: dict[str, list[list[apertium.Word]]], kind: str) -> list[Item]:
    """Each word labelled by the first reading its Apertium analysis picks (`train.from_apertium`)."""
    out = []
    for words, golds, _ in train.from_apertium(docs):
        readings = [r for _, r in words]
        out.append(([n for n, _ in words], readings,
                    [label(r[g[0]].upos, r[g[0]].feats, kind) if g else "" for r, g in zip(readings, golds)]))
    return out


def spacy_doc(vocab, norms: Sequence[str], readings: Sequence[Sequence[Analysis]], labels: Sequence[str] | None = None):
    from spacy.tokens import Doc

    return Doc(vocab, words=list(norms), lemmas=[ambiguity(r) for r in readings],
               tags=list(labels) if labels is not None else None)


def fit(items: Sequence[Item], extra: Sequence[Item], seed: int = 0, epochs: int = EPOCHS):
    """A spaCy pipeline whose tagger learnt `items` (KTB, repeated) and `extra` (Apertium)."""
    import spacy
    from spacy.training import Example
    from spacy.util import load_config, load_model_from_config, minibatch

    spacy.util.fix_random_seed(seed)
    config = load_config(CONFIG)
    nlp = load_model_from_config(config, auto_fill=True, validate=True)
    data = [Example(spacy_doc(nlp.vocab, n, r), spacy_doc(nlp.vocab, n, r, y))
            for n, r, y in [*items * KTB_REPEAT, *extra]]
    optimizer = nlp.initialize(lambda: data)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(data)
        for batch in minibatch(data, size=16):
            nlp.update(batch, drop=config["training"]["dropout"], sgd=optimizer)
    return nlp


def log_probabilities(nlp, windows: Sequence[Sequence[ranker.Word]], kind: str) -> tuple[list[list[np.ndarray]], float]:
    """log p(label) of every reading of every word of each window, and the model's CPU time per token (µs)."""
    tagger = nlp.get_pipe("tagger")
    index = {name: j for j, name in enumerate(tagger.labels)}
    docs = [spacy_doc(nlp.vocab, [n for n, _ in w], [r for _, r in w]) for w in windows]
    started = time.process_time()
    scores = tagger.model.predict(docs)
    cost = (time.process_time() - started) * 1e6 / max(1, sum(map(len, docs)))
    out = []
    for window, probs in zip(windows, scores):
        logs = np.log(np.maximum(np.asarray(probs), FLOOR))
        out.append([np.array([logs[i, index[y]] if (y := label(r.upos, r.feats, kind)) in index else np.log(FLOOR)
                              for r in readings]) for i, (_, readings) in enumerate(window)])
    return out, cost


def feature_weights(model: ranker.Ranker) -> dict[str, int]:
    """The ranker's integer weights by training's feature name, "reading key<TAB>context key"."""
    contexts, keys, (ctx, key, weight) = model.contexts, model.keys, model.triplets
    return {f"{keys[k]}\t{contexts[c]}": w for c, k, w in zip(ctx.tolist(), key.tolist(), weight.tolist())}


def ranker_scores(weights: dict[str, int], window: Sequence[ranker.Word]) -> list[np.ndarray]:
    """The ranker's score of every reading of each word (0 for a word with one reading), summed in training's
    form (`ranker.candidates`) from its integer weights (`feature_weights`): the same argmax as `Ranker.choose`."""
    out = [np.zeros(len(r)) for _, r in window]
    for i, k, feats in ranker.candidates(window):
        out[i][k] = sum(weights.get(f, 0) for f in feats) / ranker.SCALE
    return out


def choose(ranked: np.ndarray | None, logp: np.ndarray, weight: float | None) -> int:
    """The reading chosen: by the ranker plus `weight` * log p, or by log p alone (`ranked` None); ties to the
    first."""
    score = logp if ranked is None else ranked + (weight or 0.0) * logp
    return int(np.argmax(score))


def measure(data: Path, train_part, test_part, settings: Sequence[dict], apertium_rows: list,
            apertium_items: list[Item], kind: str, weights: Sequence[float]) -> tuple[dict[str, Counter], float]:
    """CoNLL 2018 counts on `test_part` (tools.syntax.treebank sentences, as running text) of the readings chosen
    by the neural tagger alone ("neural"), and for each of `settings` (the ranker's, one per SGD seed) by the
    ranker alone ("ranker s<seed>") and with each of `weights` ("s<seed> + <w> log p"); the model's µs a token."""
    from bench.conll18 import counts
    from bench.syntax import fold_tagger, running_text, system_words
    from taldau.pipeline import Pipeline
    from taldau.tagger import promote
    from taldau.tagger.component import WINDOW

    texts = {s.words.metadata["text"] for s in train_part}
    nlp = fit(from_ktb([s for s in ktb.read(data) if s.text in texts], kind), apertium_items)
    text, gold_words = running_text(test_part)
    doc = Pipeline(["morph"])(text)
    spans = [(start, min(start + WINDOW, s.last)) for s in doc.sentences for start in range(s.first, s.last, WINDOW)]
    windows = [[(t.norm, t.analyses) for t in doc.tokens[a:b]] for a, b in spans]
    at = [i for a, b in spans for i in range(a, b)]
    logp, cost = log_probabilities(nlp, windows, kind)
    logp = [x for w in logp for x in w]
    out: dict[str, Counter] = {}

    def tally(name: str, picks: Iterable[int]) -> None:
        tokens = list(doc.tokens)
        for i, k in zip(at, picks):
            tokens[i] = tokens[i].with_analyses(promote(tokens[i].analyses, k))
        out[name] = Counter(counts(gold_words, system_words(dataclasses.replace(doc, tokens=tuple(tokens)))))

    tally("neural", [choose(None, p, None) for p in logp])
    for options in settings:
        model = fold_tagger(data, train_part, options, apertium_rows).ranker
        found = feature_weights(model)
        ranked = [x for w in windows for x in ranker_scores(found, w)]
        tally(f"ranker s{options['seed']}", [choose(r, p, 0.0) for r, p in zip(ranked, logp)])
        for w in weights:
            tally(f"s{options['seed']} + {w:g} log p", [choose(r, p, w) for r, p in zip(ranked, logp)])
    return out, cost
