"""Benchmark taldau.tagger: the reading chosen in context, scored on UD Kazakh-KTB from raw text.

    python -m bench.tagger [--data ../shared/data] [--errors]

10-fold cross-validation over KTB train+dev (`tools.tagger.ktb.folds`: contiguous blocks in document order):
each fold's sentences are joined into running text, segmented and analysed by taldau, and the first reading
of every token is scored against the gold words aligned by character offsets (CoNLL 2018 style: a token
counts when its span equals a gold word's; F1 over gold and system tokens; punctuation included).
The ranker is trained on the other nine folds plus the Apertium texts. Beside the CV, a genre split trains on
news and encyclopedia text and tests on tales and fiction, and the reverse. Peers: taldau.morph's most
frequent reading first, and the former CRF tagger (UPOS+Case, trained on the Apertium texts only). Then speed,
load time and size. Exits non-zero below the floors. Writes docs/bench/tagger.md.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import data_dir, publish, table  # noqa: E402

MEASURES = ("upos", "lemma", "feats", "all")
RANKER = "ranker and its rules (taldau.tagger)"
FLOORS = {"upos": 91.0, "lemma": 95.0, "feats": 89.0}  # the ranker's CV figures must stay above these
TARGETS = {"upos": 93.0, "lemma": 96.0, "feats": 87.0}  # issue #16
LIGHT = ("бол", "тұр", "отыр", "жат", "жатыр", "жүр")  # issue #16's auxiliaries after a converb
Chooser = Callable[[Sequence[tuple[str, Sequence]]], list]  # (norm, readings) of a sentence -> first readings


def evaluate(sentences, choosers: dict[str, Chooser], hits: dict[str, Counter]) -> None:
    """Run taldau on the sentences as running text; add each chooser's hits and the token counts."""
    from taldau.pipeline import Pipeline
    from tools.tagger import ktb

    text, gold = ktb.running_text(sentences)
    doc = Pipeline(["morph"])(text)
    for name, choose in choosers.items():
        first, readings = {}, {(t.start, t.end): t.analyses for t in doc.tokens}
        for s in doc.sentences:
            tokens = doc.tokens[s.first:s.last]
            first.update(((t.start, t.end), a) for t, a in zip(tokens, choose([(t.norm, t.analyses) for t in tokens])))
        c = hits.setdefault(name, Counter())
        c["gold"], c["system"] = c["gold"] + len(gold), c["system"] + len(doc.tokens)
        for w in gold:
            a = first.get((w.start, w.end))
            if a is not None:
                ok = {"upos": a.upos == w.upos, "lemma": a.lemma.lower() == w.lemma.lower(), "feats": a.feats == w.feats}
                ok["all"] = all(ok.values())
                c.update(k for k, v in ok.items() if v)
                if not ok["upos"]:
                    c[f"{w.upos} read as {a.upos}"] += 1
                if not ok["all"]:
                    c[error_kind(w, a, readings[w.start, w.end])] += 1


def error_kind(gold, chosen, readings) -> str:
    """What a wrong first reading got wrong (one of issue #16's named decisions, else UPOS, lemma or the features
    that differ) and whether the gold reading was among the analyser's (then the choice failed, not the analyser)."""
    found = any(r.upos == gold.upos and r.lemma.lower() == gold.lemma.lower() and r.feats == gold.feats
                for r in readings)
    where = "ranking" if found else "analyser"
    want, have = set(gold.feats.split("|")) - {""}, set(chosen.feats.split("|")) - {""}
    named = decision(gold, chosen, {f.split("=")[0] for f in want ^ have})
    if named:
        return f"error: {where}: {named}"
    if chosen.upos != gold.upos:
        return f"error: {where}: UPOS {gold.upos} read as {chosen.upos}"
    if chosen.lemma.lower() != gold.lemma.lower():
        return f"error: {where}: lemma of a {gold.upos}"
    if chosen.lemma != gold.lemma:  # its case alone (`tools.tagger.cv` compares lemmas exactly, as CoNLL 2018 does)
        return f"error: {where}: lemma case of a {gold.upos}"
    return f"error: {where}: {gold.upos} {'|'.join(sorted(want - have)) or '-'} read as {'|'.join(sorted(have - want)) or '-'}"


def decision(gold, chosen, differ: set[str]) -> str | None:
    """The decision of issue #16's list that a wrong reading missed, if any."""
    lemmas = sorted((gold.lemma.lower(), chosen.lemma.lower()), key=len)
    if {gold.upos, chosen.upos} == {"AUX", "VERB"}:
        return f"AUX vs VERB ({'бол/тұр/отыр/жатыр/жүр' if lemmas[0] in LIGHT else 'other verbs'})"
    if gold.upos != chosen.upos:
        return ("PROPN vs other" if "PROPN" in (gold.upos, chosen.upos) else
                "да/де CCONJ vs ADV" if lemmas[0] in ("да", "де", "та", "те") else None)
    if lemmas[0] != lemmas[1]:
        return "voice lemma (құйыл/құй)" if gold.upos == "VERB" and lemmas[1].startswith(lemmas[0]) else None
    return ("3sg vs 3pl" if "Number" in differ and gold.upos in ("VERB", "AUX") else
            "Card vs Ord" if "NumType" in differ else
            "-ып converb (VerbForm)" if "VerbForm" in differ else None)


def f1(c: Counter, key: str) -> float:
    return 200 * c[key] / (c["gold"] + c["system"])


def ranker_chooser(weights) -> Chooser:
    """The ranker's choice, then the rules after it (`taldau.tagger.fit_sentence`), as the tagger runs for users."""
    from taldau.tagger import fit_sentence
    from taldau.tagger.ranker import Ranker

    ranker = Ranker(weights)

    def choose(words: Sequence[tuple[str, Sequence]]) -> list:
        ranked = [(r[k], *r[:k], *r[k + 1 :]) for (_, r), k in zip(words, ranker.choose(words))]
        return [readings[0] for readings in fit_sentence(ranked)]

    return choose


def run(data: Path, floored_only: bool = False) -> dict:
    """The CV of the ranker and its peers, and the genre split both ways; `floored_only`: the ranker's CV alone,
    the figures the floors read (a check under `make bench-check` stays quick)."""
    from tools.tagger import apertium, ktb, train
    from tools.tagger.train_crf import Crf, train as train_crf

    sentences = ktb.read(data)
    peers: dict[str, Chooser] = {}
    if not floored_only:
        with tempfile.TemporaryDirectory() as tmp:
            train_crf(data, Path(tmp) / "crf.crfsuite")
            crf = Crf(Path(tmp) / "crf.crfsuite")
        peers = {"most frequent": lambda words: [r[0] for _, r in words], "CRF (former)": crf.first}
    extra = train.rows(train.from_apertium(apertium.read(data)))

    def trained(part) -> Chooser:
        return ranker_chooser(train.fit(train.rows(train.from_ktb(part, train.SETTINGS["ktb_weight"])) + extra))

    cv: dict[str, Counter] = {}
    folds = ktb.folds(sentences)
    for k in range(ktb.FOLDS):
        test = [s for s, f in zip(sentences, folds) if f == k]
        evaluate(test, {**peers, RANKER: trained([s for s, f in zip(sentences, folds) if f != k])}, cv)
    genres: dict[str, dict[str, Counter]] = {}
    for held in () if floored_only else ("stories", "news"):
        test = [s for s in sentences if ktb.genre(s) == held]
        evaluate(test, {**peers, RANKER: trained([s for s in sentences if ktb.genre(s) != held])},
                 genres.setdefault(held, {}))
    return {"cv": cv, "genres": genres, "sentences": len(sentences)}


SPEED = """
import sys, time
from pathlib import Path
t = time.perf_counter()
from taldau.tagger.component import Tagger
tagger = Tagger().load()
load = time.perf_counter() - t
from taldau.pipeline import Pipeline
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.raw.txt"))]
morph, full = Pipeline(["morph"]), Pipeline(["morph", "tagger", "quantities", "ner"])
bare = Pipeline(["morph", "quantities", "ner"])
docs = [morph(text) for text in texts]
tokens = sum(len(d.tokens) for d in docs)
best = [1e9, 1e9, 1e9]
for _ in range(3):
    for i, run in enumerate((lambda: [tagger(d) for d in docs], lambda: [full(x) for x in texts],
                             lambda: [bare(x) for x in texts])):
        t = time.process_time(); run(); best[i] = min(best[i], time.process_time() - t)
print(load, tokens, *(tokens / b for b in best))
"""


def speed(data: Path) -> list[float]:
    """Load s, tokens, tokens/s of the tagger alone, of segment+morph+tagger+quantities+ner and of the same
    without the tagger (fresh process)."""
    raw = data / "apertium_kaz_texts" / "raw"
    return [float(x) for x in subprocess.check_output([sys.executable, "-c", SPEED, str(raw)], text=True).split()]


def rows(hits: dict[str, Counter]) -> list[list[str]]:
    out = []
    for name, c in hits.items():
        cells = [f"{f1(c, k):.1f}" for k in MEASURES]
        out.append([name, *cells])
    for j in range(1, len(MEASURES) + 1):  # the best cell of each column in bold
        best = max(range(len(out)), key=lambda i: float(out[i][j]))
        out[best][j] = f"**{out[best][j]}**"
    return out


def main() -> None:
    import argparse

    own = argparse.ArgumentParser(add_help=False)
    own.add_argument("--errors", action="store_true", help="print the CV's most frequent kinds of error first")
    args, sys.argv[1:] = own.parse_known_args()
    data, _ = data_dir(__doc__.splitlines()[0])
    from taldau.tagger import ranker

    result = run(data, floored_only=bool(os.environ.get("TALDAU_BENCH_CHECK")))
    if not result["genres"]:
        return check(result["cv"][RANKER])
    if args.errors:
        kinds = [(k, v) for k, v in result["cv"][RANKER].most_common() if k.startswith("error: ")]
        print("\n".join(f"{v:4d} {k[7:]}" for k, v in kinds[:40]))
    load, tokens, alone, pipeline, bare = speed(data)
    header = ["first reading chosen by", "UPOS", "lemma", "UFeats", "all three"]
    cv = result["cv"][RANKER]
    stories, news = result["genres"]["stories"], result["genres"]["news"]
    size = ranker.MODEL.stat().st_size / 1e6
    markdown = "\n".join([
        "## Reading chosen in context (taldau.tagger)",
        "",
        f"Measured by `bench/tagger.py` on UD Kazakh-KTB train+dev ({result['sentences']} sentences, "
        f"{cv['gold']:,} surface words) from raw text: taldau's own segmentation and analysis, tokens aligned to "
        "gold words by character offsets, F1 over gold and system tokens, punctuation included; a multi-word token "
        "is scored against its first word. The ranker scores every reading taldau.morph gives (lemma, UPOS and "
        "features together) and is trained on the other folds plus the 14 Apertium texts; the former CRF "
        "tagger reorders by UPOS+Case and never saw KTB.",
        "",
        "10-fold cross-validation (contiguous blocks in document order, `tools.tagger.ktb.folds`); "
        f"issue #16 targets: UPOS {TARGETS['upos']:.0f}, lemma {TARGETS['lemma']:.0f}, UFeats {TARGETS['feats']:.0f}.",
        "",
        table(header, rows(result["cv"])),
        "",
        "Quoted, not run here (issue #16, other splits of KTB): Apertium + Constraint Grammar UPOS 90.4 / lemma 93.6, "
        "KazStem's ranker 89.6 / 94.5.",
        "",
        f"Genre split: trained on news and encyclopedia text (akorda, Wikipedia), tested on tales and fiction "
        f"({stories[RANKER]['gold']:,} words):",
        "",
        table(header, rows(stories)),
        "",
        f"and the reverse, trained on tales and fiction, tested on news and encyclopedia ({news[RANKER]['gold']:,} words):",
        "",
        table(header, rows(news)),
        "",
        table(["speed and size", "value"], [
            [f"tagger alone on {tokens:,.0f} tokens of Apertium raw texts (morph already run), tokens/s", f"{alone:,.0f}"],
            ["pipeline segment + morph + tagger + quantities + ner, tokens/s", f"{pipeline:,.0f}"],
            ["the same without the tagger, tokens/s", f"{bare:,.0f}"],
            ["load: import + read the model (fresh process), s", f"{load:.2f}"],
            ["model size (ranker.npz: key strings and integer weights, compressed)", f"{size:.1f} MB"],
        ]),
    ])
    confusions = [(k, v) for k, v in cv.most_common() if " read as " in k and not k.startswith("error: ")][:6]
    markdown += "\n\n" + " ".join([
        "Caveats: the most frequent UPOS errors left in the CV:", ", ".join(f"{k} ({v})" for k, v in confusions) + ".",
        "KTB annotates the auxiliaries бол, кел, бер, тұр... as AUX right after a verb in -ып/-а and as VERB",
        "elsewhere, and that -ып as VerbForm=Inf; the Apertium texts are mapped to the same line (their vaux is AUX",
        "and the converb before it Inf, their v VERB, бол either). The ranker learns from pairs of readings of one",
        "word (the gold one's features minus another's). 3pl finite verbs are rare in KTB (16 of 382), so the ranker",
        "prefers 3sg. Choices were made looking at about ten runs of this CV (tried and left out, no gain beyond",
        "noise: a second pass that sees the first pass's choices for the neighbours, the word form crossed with",
        "lemma keys, a heavier KTB weight, liblinear for SGD), so its figures are not untouched; the genre split",
        "is the less-seen check. The held-back half of KTB is not in ../shared/data.",
        "Tried on the bench.syntax folds in a later session and left out (each within about 0.2 of the CV figures, or",
        "below them): the neighbours' first-reading UPOS and case, the pair of the two neighbours' parts of speech",
        "(+0.15 UPOS on the CV, -0.2 on the genre split), the word's last three letters, both neighbours' verb",
        "forms, a capitalised-lemma key, Apertium's adjectives used as adverbs (adj<advl>) taken as ADV (-0.4 UPOS),",
        "alpha 3e-5 and 3e-6, min_count 2, hinge and modified Huber losses; without the Apertium texts the CV loses",
        "1.5 UPOS. Scoring runs in numpy over blocks of sentences with integer weights: the same first readings as",
        "the former dictionary look-ups (checked on KazNERD news and by tests/tagger/test_ranker.py).",
        "Speed: CPU time of one process on a shared 2-core machine, best of 3 rounds.",
        "Tried for issue #16 in a third session, on the bench.syntax folds (CoNLL 2018 from raw text, lemmas case and",
        "all; the ranker there: UPOS 91.9, lemma 95.2, UFeats 90.4; genre split 88.8 / 94.4 / 87.4), each kept or",
        "dropped on the CV alone, and all left out: a second pass trained on out-of-fold first-pass output (5 inner",
        "folds; the first pass's score plus the chosen readings of the two neighbours, UPOS and UPOS with VerbForm,",
        "Case, Person, Number, NumType, PronType, crossed with the reading's tag): 91.9 / 95.1 / 90.4 with SGD (genre",
        "split 89.1 / 94.5 / 87.5; SGD left the neighbour weights near nothing beside the score), 91.3 / 94.5 / 89.8",
        "and 91.9 / 95.0 / 90.3 with a converged logistic regression (lbfgs, C 1 and 0.1); the weights averaged over",
        "4 SGD shuffles, 91.8 / 95.2 / 90.3 (genre split 89.2 / 94.1 / 87.3); lbfgs instead of SGD, 91.4 / 95.0 /",
        "90.0 (C 1), 91.6 / 95.1 / 90.2 (C 0.3), 91.6 / 95.0 / 90.3 (C 0.1); the Apertium words only where their",
        "analysis picks one reading, 91.6 / 95.1 / 90.3. The same training with its rows in another order (the folds'",
        "documents by name) gives 91.4 / 95.1 / 90.0: SGD's order alone moves UPOS by half a point, as much as any of",
        "these. Of the 541 words wrong in that CV, the issue's decisions count: -ып converb and other",
        "VerbForm 42, voice lemma 39, AUX vs VERB 43 (бол/тұр/отыр/жатыр/жүр 26), 3sg vs 3pl 26, Card vs Ord 25,",
        "PROPN 18, да/де 13; the rest is spread over NOUN/ADJ/ADV (70), verbs read as nouns and back (57), the",
        "light-verb nouns KTB tags X (33) and other confusions.",
        "A fourth session (issue #16's conventions as explicit features) measured on the same folds with",
        "`python -m tools.tagger.cv` (bench.syntax's tagger columns alone) and SGD shuffles 0 and 1, UPOS / lemma /",
        "UFeats, CV then genre split: the bundled ranker 91.88/95.18/90.41 and 91.66/94.99/90.12 (shuffle 2:",
        "91.70/95.20/90.08), genre 88.76/94.40/87.43 and 89.32/93.84/87.09. Best set: the previous word a converb",
        "in -ып/-а (a reading in VerbForm=Inf; KTB's AUX after it) and a plural nominative earlier in the sentence",
        "(3pl) crossed with the lemma and feature keys, the first two letters after the lemma (KTB cuts a passive",
        "-ыл from the lemma, keeps a reflexive -ын), Apertium's bare years, centuries and days of dates taken as",
        "ordinals (KTB's line; Apertium leaves 1910<num> before жыл unmarked): 91.90/95.41/90.64 and",
        "91.90/95.55/90.66 (shuffle 2: 91.84/95.32/90.68), genre 89.82/94.62/87.87, 89.38/94.40/87.32 and",
        "89.71/94.56/87.26 (shuffle 2 of the bundled ranker: 89.10/94.06/86.98). On the way: the converb key alone",
        "92.03/95.20/90.37 (genre 89.43/94.40/87.32); with the plural key and the dates 91.74/95.32/90.54,",
        "92.01/95.35/90.45, 92.01/95.32/90.56 (genre 89.60/94.51/87.71, 89.38/94.34/87.32, 89.10/94.56/87.43);",
        "with the letters 91.92/95.30/90.47 and 91.76/95.41/90.66; the best set without the plural key",
        "91.63/95.30/90.54 and 91.78/95.37/90.47. Over three shuffles the best set gains 0.13 / 0.31 / 0.46 on the",
        "CV and 0.58 / 0.43 / 0.50 on the genre split, ahead on every shuffle but UPOS on shuffle 0 (UPOS below the",
        "half point a shuffle moves it). Not shipped (its commits are on branch tagger): trained on all of KTB, each",
        "variant (shuffles 0 and 1, with",
        "and without the dates) turned 2 to 4 of the hand-written cases of tests/tagger and tests/stances wrong",
        "(1995 кітап read as an ordinal, Асқар mid-sentence as ADJ, Қор as ADJ; the bundled features retrained",
        "with shuffle 1 turn 2 others: those cases follow SGD's shuffle too); and the two new context keys",
        "cost 18 % of the warm speed (+8 % on a first pass). The targets stay out of reach with features:",
        "what is left is mostly KTB's own inconsistency (ие болды VERB and AUX, -ып Inf and Conv before the same",
        "verbs, қатыс -> қат but тырыс kept) and readings the analyser lacks (KTB's NumType=Card,Ord on бір, мың,",
        "2030; Gender on names).",
        "A fifth session tried distributional word classes (`taldau.ner.clusters`: k-means classes at 32, 128 and 512",
        "of PPMI+SVD vectors of raw Kazakh news, Wikipedia and review text, for word forms and for suffix-stripped",
        "stems) with `python -m tools.tagger.cv`, each set over SGD shuffles 0, 1 and 2 (means, UPOS / lemma /",
        "UFeats, CV then genre split; the bundled ranker 91.75/95.12/90.20 and 89.06/94.10/87.17): the word's class",
        "at each granularity (its first reading's lemma's where the form has none) and the class at 128 of the words",
        "before and after, as context keys crossed with the reading's tag, 91.90/95.34/90.57 and 88.80/94.23/87.06",
        "(seven more context keys: about 3 µs a token more when warm); the class at 128 joined to the word's set of",
        "parts of speech (one key, aimed at NOUN+ADJ words), 91.73/95.18/90.27 and 88.87/94.21/87.04; the class of",
        "each reading's lemma among stems (else as a word) at 128 and 512 crossed with its UPOS, as structural keys",
        "seen by the few context keys, 91.87/95.36/90.49 and 88.93/94.26/87.22; the same keys crossed with the bias",
        "alone (a prior by class), 91.86/95.35/90.39 and 89.34/94.38/87.52 (by shuffle: CV 92.03/95.45/90.64,",
        "91.82/95.30/90.43, 91.74/95.30/90.10; genre 89.27/94.68/87.59, 89.82/94.17/87.65, 88.93/94.28/87.32; the",
        "class at 128 alone, 91.73/95.22/90.27 and 89.27/94.28/87.28). Only the prior at both granularities gains in",
        "every measure of both splits: lemma and UFeats on every shuffle, UPOS by 0.12 on the CV (within what a",
        "shuffle moves it); left out: retrained on all of KTB (shuffle 0) it turned 2 hand-written cases of",
        "tests/stances wrong, the rest of `make test` unchanged: Қор at the head of a sentence read as ADJ, so its",
        "support is lost (the bundled features retrained with shuffle 2 do the same), and сутегі lemmatised сутек (so",
        "with shuffle 2 too, not 1), which loses Жапония's interest in the projects; and it cost about 1 µs a token",
        "on KazNERD news (CPU time, four interleaved rounds on a machine at load 7-8: median warm 12.4 -> 14.5, first",
        "pass 14.1 -> 15.1; best 11.6 -> 11.7 and 13.0 -> 12.6). The context keys lost on the genre split, whose",
        "tales and fiction are furthest from the classes' text.",
        "A sixth session (`python -m tools.tagger.cv`, UPOS / lemma / UFeats, CV then genre split, each a mean over",
        "shuffles) added two things to training and the features. The weights averaged over three SGD shuffles",
        "(`SETTINGS['shuffles']`): the bundled features at shuffles 0-2 and 3-5 give 91.87/95.15/90.41 and",
        "89.21/94.51/87.46, against 91.63/95.12/90.24 and 89.10/94.26/87.13 for single shuffles 0, 1, 2 (91.88, 91.41,",
        "91.59 UPOS: the spread averaging removes). And the light-verb and adverbial phrases of the lexicon as context",
        "(`taldau.morph.phrases`, from Apertium's multi-word entries; keys ph and pb: this word and the next, or the one",
        "before and this, make an entry: назар аударды, іске асты, пайда болды), since KTB's X is a word that starts",
        "such a phrase (of the KTB words with an X reading, 37 of 87 before a phrase's next word are X, 3 of 509",
        "elsewhere): single shuffles 91.81/95.23/90.34 and 89.16/94.32/87.34; with the average, shuffles 0-2 and 3-5,",
        "92.26/95.41/90.72 and 91.95/95.20/90.45 (mean 92.11/95.31/90.59), genre 89.55/94.62/87.54 and",
        "89.55/94.73/87.71 (mean 89.55/94.68/87.63): +0.48 / +0.19 / +0.35 on the CV and +0.45 / +0.42 / +0.50 on",
        "the genre split over single-shuffle training of the former features (X read as NOUN 19 -> 16, бол/тұр/отыр",
        "AUX vs VERB 28 -> 23 on shuffle 0). That is what the table above measures. Tried and left out: the lexicon's",
        "frequency of a reading's lexeme as a key (log2 x UPOS) 92.09/95.40/90.66 and 89.77/94.65/87.82 (within a",
        "shuffle's spread, and it puts frequent lemmas first: алма after қызыл read as ал); each reading's frequency",
        "against the most frequent part of speech of its lemma, 91.96/95.24/90.42 and 88.91/94.51/87.46. The bundled",
        "ranker is retrained so (3 shuffles, phrase keys; `python -m tools.tagger.train`, 120,203 weights). It costs",
        "two hand-written cases, kept as strict xfails: Қор at the head of a sentence before a noun is read as an",
        "adjective (қор ауыл, a poor village), so a case of tests/stances loses the Fund's support (the former features",
        "retrained with shuffle 2 did the same), and кел after a converb (барып келді) as a VERB, not an AUX, by a",
        "narrow margin; ие before бол is now X, as KTB mostly has it (its xfail removed).",
        "The phrase keys cost about 5 % of the tagger's own speed (its words that may start a",
        "phrase are looked at one by one; two interleaved runs each: 168,900 and 164,300 against 173,500 and 179,300",
        "tokens/s) and nothing measurable in the whole pipeline.",
        "A seventh session looked at lemma case (`python -m tools.tagger.cv`, UPOS / lemma / UFeats, CV then genre",
        "split; this table compares lemmas case-blind, the CV's CoNLL 2018 scoring exactly). KTB's convention, the",
        "same in its train+dev and in the Apertium texts: a proper noun keeps its capital (АҚШ-пен: АҚШ), an",
        "abbreviation and a Roman numeral their capitals, every other lemma is lower-case, at the head of a sentence",
        "too (Мал: мал), but for a few names of a religion, an event or a god capitalised where the text capitalises",
        "them (Ислам, Олимпиада, Құдай); KTB never gives a lower-case word a capitalised lemma (Apertium does for",
        "ислам, алла, құдай: 14 words). taldau.morph already writes the lexicon's spelling, so of the CV's 168 lemma",
        "errors (shuffles 0-2) 15 are of case alone, and 11 of those come with a UPOS error, the case following the",
        "part of speech chosen (Шеврон in quotes read as a noun, Отаным as the party Отан). Three were a lower-case",
        "word read with a capitalised lemma because the lexicon holds both (құдайдың: Құдай and құдай, same tag and",
        "features, so the ranker keeps taldau.morph's order): taldau.morph now puts a lower-case word's lower-case",
        "lemma before its capitalised twin (`lookup._writers_case_first`; 123 lemmas of the lexicon are spelt both",
        "ways). Lemma 95.41 -> 95.47 on the CV and 94.62 -> 94.79 on the genre split at shuffles 0-2, 95.20 -> 95.26",
        "and 94.73 -> 94.90 at 3-5, nothing else changed (shuffles 6-8: 91.88/95.22/90.41 and 89.27/94.51/87.32); one",
        "error of case alone is left beside a same tag (Олимпиаданың, which the lexicon spells lower-case only).",
        "`tools.tagger.cv --errors` counts them as `lemma case`. Search by lemma is unchanged (taldau.corpus",
        "lower-cases lemmas). Tried in the same session for UPOS and left out, with the change above (CV and genre at",
        "shuffles 0-2, 3-5, 6-8): KTB tags AUX only е, бол, жат, отыр, тұр, жүр, кел, қал, бер and ал, while",
        "Apertium's auxiliaries also hold баста, шық, кет, көр, жібер, сал, түс, қой (107 words of KTB, all VERB),",
        "so those `vaux` were taken as VERB: 92.26/95.24/90.56, 92.19/95.24/90.47, 92.11/95.18/90.47 and",
        "89.77/94.34/87.26, 89.82/94.68/87.65, 89.71/94.45/87.20, UPOS +0.16 and +0.31 (behind at no shuffle),",
        "lemma -0.10 and -0.24, UFeats -0.03 and -0.15 (the lemmas it moves are -у gerunds read as nouns and back,",
        "not the verbs relabelled); with the converb before them Conv rather than Inf as well, 92.17/95.20/90.14 and",
        "89.66/94.56/86.87 (shuffles 0-2; KTB writes Inf before them too). Apertium's бол (now either AUX or VERB) as",
        "AUX unless it ends a multi-word entry of the lexicon (пайда болды: VERB), 92.26/95.32/90.60 and",
        "89.16/94.06/87.15. Apertium's tokens of several words split into taldau's words (a word and its clitic, бала",
        "да: a noun<n><nom> and да<postadv>, 172 tokens; a multi-word entry's words with the analysis on the last, 217),",
        "91.82/95.12/90.37 and 92.13/95.41/90.54, genre 89.32/94.62/87.37 and 89.55/94.90/87.59 (shuffles 0-2, 3-5).",
        "Six SGD shuffles averaged instead of three: shuffles 0-5 and 6-11, 92.07/95.35/90.56 and 91.86/95.20/90.39,",
        "genre 89.49/94.79/87.59 and 89.38/94.40/87.37, against 92.03/95.32/90.53 and 89.46/94.73/87.52 for three",
        "(the mean of shuffles 0-2, 3-5, 6-8). The neighbours' last two letters crossed with the lexical and",
        "structural keys too (-1e and 1e in FEW): 91.68/95.24/90.18 and 91.70/95.18/90.27, genre 88.88/94.51/86.98 and",
        "88.49/94.56/87.09; the neighbours' forms crossed with the tag keys alone (-1w and 1w out of FEW):",
        "91.99/95.35/90.58 and 91.88/95.32/90.58, genre 89.60/94.79/87.65 and 89.38/94.79/87.43; KTB's rows weighing 2",
        "rather than 3: 92.09/95.35/90.52 and 91.90/95.32/90.54, genre 89.04/94.40/87.09 and 89.10/94.45/87.32; weighing",
        "4: 92.13/95.35/90.52 and 92.17/95.35/90.56, genre 89.38/94.68/87.59 and 89.66/94.62/87.65 (shuffles 0-2, 3-5;",
        "the bundled settings there: 92.26/95.47/90.72 and 91.95/95.26/90.45, genre 89.55/94.79/87.54 and",
        "89.55/94.90/87.71). The bundled ranker is not retrained: with the same lemma keys for both twins, it follows",
        "the new order as it is.",
    ])
    markdown += "\n\n" + " ".join([
        "An eighth session tried another model class (`python -m tools.tagger.cv --neural upos --seed 0 3`,",
        "`tools.tagger.neural`; UPOS / lemma / UFeats, seed 0 then seed 3): spaCy 3's `tagger` over its own tok2vec",
        "(MultiHashEmbed of NORM, PREFIX, SUFFIX, SHAPE and taldau.morph's ambiguity class, the sorted parts of",
        "speech of the word's readings, put in LEMMA; MaxoutWindowEncoder of width 64, depth 3, 3 maxout pieces; Adam",
        "0.002, dropout 0.2, 15 epochs of batches of 16 sentences, spaCy seed 0), trained on each fold on the",
        "ranker's words (the fold's KTB sentences three times an epoch with their gold UPOS; the Apertium texts with",
        "the UPOS of the reading their analysis picks, none where it picks none). It never invents a reading: each",
        "word takes the reading of taldau.morph with the best ranker score + w log p(the reading's UPOS), p floored",
        "at 1e-4, w one scalar. The ranker's scores, summed in training's form from each fold model's integer",
        "weights, give exactly the figures of `--seed 0` and `--seed 3`: CV 91.86/95.39/90.58 and 91.82/95.18/90.35,",
        "genre 89.43/94.62/87.48 and 89.43/94.73/87.54. The neural tagger alone (the reading whose UPOS it finds",
        "likeliest, ties to taldau.morph's order) is well behind: with a window of one word each side (neural.cfg's",
        "window_size 1), CV 90.04/92.73/85.83, genre 86.53/92.78/83.13. Added to the ranker with w 0.25, 0.5, 1, 2,",
        "4: CV 91.95/95.41/90.60, 92.03/95.47/90.66, 92.15/95.47/90.70, 92.17/95.53/90.81, 92.17/95.57/90.81 and",
        "91.99/95.22/90.43, 92.03/95.22/90.41, 92.11/95.28/90.47, 92.15/95.28/90.54, 92.15/95.30/90.54; genre",
        "89.55/94.62/87.48, 89.60/94.56/87.43, 89.60/94.62/87.37, 89.77/94.84/87.54, 89.66/94.95/87.54 and",
        "89.38/94.73/87.59, 89.55/94.68/87.59, 89.49/94.73/87.59, 89.55/94.84/87.59, 89.38/94.79/87.48. w = 2 is best",
        "or tied on all four (a grid read on these test figures: an upper bound): UPOS +0.31 and +0.33 on the CV,",
        "+0.34 and +0.12 on the genre split, lemma and UFeats even or up. A window of two words each side (the",
        "committed neural.cfg; picked on the genre split, which is then not clean for it): neural alone",
        "90.20/92.73/86.20 and 87.15/92.84/83.75; w 1, 2, 4: CV 92.05/95.49/90.66, 92.09/95.59/90.76,",
        "92.01/95.57/90.68 and 92.05/95.30/90.49, 92.09/95.37/90.52, 92.05/95.39/90.58; genre 89.77/94.84/87.65,",
        "89.99/94.84/87.82, 89.88/94.95/87.82 and 89.77/94.90/87.93, 89.94/94.95/88.21, 89.88/94.95/88.15; at w = 2,",
        "UPOS +0.23 and +0.27 on the CV, +0.56 and +0.51 on the genre split. Width 96 and depth 4 at window 1 (both",
        "widths and the depth in neural.cfg; spaCy's defaults; also picked on the genre split): neural alone",
        "90.00/92.80/85.93 and 87.09/93.34/83.97; w 1, 2, 4: CV 92.01/95.39/90.62, 92.07/95.47/90.70,",
        "92.03/95.45/90.66 and 92.01/95.16/90.43, 92.07/95.26/90.47, 92.03/95.30/90.49; genre 89.88/94.79/87.65,",
        "89.77/94.84/87.65, 90.05/94.90/87.93 and 89.60/94.73/87.65, 89.88/94.90/87.98, 89.60/95.01/87.93; at w = 2,",
        "UPOS +0.21 and +0.25 on the CV, +0.34 and +0.45 on the genre split. UPOS and FEATS as one label (`--neural",
        "tag`, window 1, genre split only, w 0.5, 1, 2, 4): neural alone 86.20/92.17/83.75; 89.38/94.62/87.48,",
        "89.27/94.62/87.54, 89.16/94.51/87.54, 88.99/94.62/87.43 and 89.21/94.73/87.59, 89.32/94.90/87.71,",
        "89.21/94.84/87.71, 89.32/94.95/87.82: UPOS lost. No variant gains 0.3 UPOS on both splits at both seeds (the",
        "bar set for shipping it), so none is shipped: at w = 2 the sum helps every variant at both seeds on both",
        "splits, by 0.21 to 0.33 UPOS on the CV, the split none of the variants was picked on; the neural model's own",
        "seed was not varied. Cost: spaCy's CPU time for the tagger's forward pass (the test part's sentences in one",
        "batch, one thread, the machine at load 2-4) 19-23 µs a token at window 1, 29-35 at window 2, 44-52 at width",
        "96; in numpy (`taldau.syntax.network`'s maxout and window, random weights of the same shapes, 4,096 tokens",
        "at once) 4.1 µs a new word for its embedding (kept per word at run time, as `taldau.syntax.network.Words`",
        "does) and 4-6 µs a token for the convolutions and softmax (9 at width 96 and depth 4): 5-10 % on the",
        "pipeline's ~100 µs a token, so it would have to be paid for elsewhere to stay above 10,000 tokens/s.",
    ])
    markdown += "\n\n" + " ".join([
        "A fifteenth session added one rule after the ranker (`taldau.tagger.stray_postpositions`, the government",
        "table `taldau.morph.GOVERNED_CASES`): бұрын, кейін, бері read as postpositions after a word none of whose",
        "readings is in the ablative they govern become their adverb twins (Үкімет бұрын бұл шешімді қолдаған,",
        "Компания кейін ...: formerly, later; the ranker read them as postpositions, so the parse took the subject for",
        "their object and the stance was lost); соғыстан бұрын, 2019-дан кейін stay postpositions. `python -m",
        "tools.tagger.cv --seed 0`: unchanged, CV 91.86/95.39/90.58 and genre 89.43/94.62/87.48 (KTB has no such",
        "word after another case); bench.stances unchanged. The same session found that adding a reading to",
        "taldau.morph's closed forms (екендігін as the copula's verbal noun) moved the retrained CV to",
        "91.86/95.22/90.47 and the genre split to 89.49/94.62/87.54 (the Apertium rows' pairs change, and SGD with",
        "them), while the bundled ranker still put the lexicon's noun first: the reading was taken out again.",
    ])
    markdown += "\n\n" + " ".join([
        'A seventeenth session (issue 16; `python -m tools.tagger.cv --seed 0 1`, UPOS / lemma / UFeats, CV then genre',
        'split, seed 0 then seed 1; the bundled settings: 91.86/95.20/90.43 and 91.63/95.14/90.39, genre',
        '89.49/94.56/87.59 and 89.43/94.40/87.43) tried, each dropped: 30 SGD epochs instead of 15, 91.95/95.26/90.47',
        'and 91.59/95.12/90.33, genre 89.43/94.51/87.48 and 89.43/94.51/87.54; the `pl` key as "the nearest nominative',
        'noun or pronoun before the word is plural" instead of "a plural nominative came before it" (3sg vs 3pl 28 ->',
        '27), 91.95/95.26/90.47 and 91.78/95.26/90.39, genre 89.04/94.45/87.26 and 89.27/94.56/87.48 (the genre split',
        "loses on both seeds); each word's pairs of readings sharing its weight as (pairs)^-0.5, 91.72/95.20/90.16 and",
        '91.86/95.22/90.31, genre 89.04/94.56/87.15 and 89.16/94.56/87.26; min_count 5, 91.63/95.24/90.25 and',
        '91.78/95.30/90.43, genre 89.16/94.45/87.43 and 89.60/94.62/87.65. What moved every figure was the value a',
        'group of features takes in training (`train.value`, settings `lexical_scale` and `bias_scale`, `--set` in',
        'tools.tagger.cv): the lexical keys (L=, LT=) and every reading key crossed with the bias context `b` enter SGD',
        "with a value above 1, a weaker L2 pull and larger steps on their weights (kept in the ranker's units, so run",
        'time is unchanged). Lexical 2: 92.34/95.47/90.70 and 92.30/95.35/90.66, genre 89.49/94.95/87.65 and',
        '89.49/94.95/87.82; lexical 4: 92.38/95.41/90.70 and 92.44/95.53/90.78, genre 89.38/94.95/87.65 and',
        '89.49/95.12/87.98; lexical 2 and bias 2: 92.48/95.59/90.99 and 92.44/95.59/90.97, genre 89.88/95.18/87.98 and',
        "90.05/95.18/88.10; the same with the word form's context (w=) at 2 too: 92.48/95.62/91.05 and",
        '92.51/95.55/90.89, genre 89.94/95.18/87.93 and 89.88/95.01/87.87; **lexical 3 and bias 3: 92.55/95.74/91.05',
        'and 92.53/95.62/90.97, genre 90.05/95.34/87.98 and 90.27/95.34/88.43** (+0.8 UPOS, +0.5 lemma, +0.6 UFeats on',
        'the CV, +0.7 UPOS, +0.9 lemma, +0.7 UFeats on the genre split, ahead on every figure of both seeds;',
        '`--errors`, seed 0, against the bundled settings: voice lemma 36 -> 29, AUX vs VERB 23+16 -> 18+13, да/де 17',
        "-> 10, PRON read as DET 13 -> 10, NOUN/ADJ both ways 35 -> 31, the -ып converb's VerbForm 36 -> 42, 3sg vs 3pl",
        '28 -> 27, Card vs Ord 13 -> 14); bias 3 alone: 92.40/95.51/90.91 and 92.32/95.51/90.93, genre',
        '89.82/95.01/87.48 and 89.99/95.07/87.71; bias 3 on the U= keys alone: 91.82/95.16/90.43 and 91.88/95.22/90.45,',
        'genre 89.82/94.73/87.43 and 89.94/94.90/87.76. Not shipped (the settings stay at 1, the bundled model is the',
        'same): trained on all of KTB, lexical 3 and bias 3 turn 15 tests wrong, and every variant tried on all of KTB',
        '(lexical/bias 1.5/1.5, 1/2, 2/1, 1/3, 3/1, bias on U= only, on structural keys only, lexical only with `b` or',
        'only without it) turns 2 to 15 wrong; the readings lost are wrong ones, not a convention: жасыл алма read as',
        "the verb ал (a frequent lemma's prior), жөндеуді as жөндеуд (a spurious analysis of taldau.morph), демеуші as",
        'де (a negative participle), тағы бір жылға with бір a DET, келісімді as an adjective, байқалды lemmatised',
        'байқал (which loses four interest stances). In the bundled model the first two cases of tests/stances that',
        'every variant turns (бір in тағы бір жылға, демеуші) sit on narrow margins (scores 63.1 NUM against 62.0 DET;',
        '27.7 NOUN against 26.8 де). The one gain the variants share on those cases: кел after a converb (барып келді)',
        'becomes AUX, the strict xfail passing. Likely cause: weaker regularised lemma weights help a CV whose folds',
        'share documents with their training part and a genre split whose test part shares its common words; on',
        'sentences outside KTB it lets a frequent lemma or a spurious analysis win.',
    ])
    markdown += "\n\n" + " ".join([
        'An eighteenth session (issue 16; `python -m tools.tagger.cv --seed 0 1`, UPOS / lemma / UFeats, CV then genre',
        'split, seed 0 then seed 1; main at the bundled settings as above, at lexical 3 and bias 3 92.55/95.74/91.05 and',
        '92.53/95.62/90.97, genre 90.05/95.34/87.98 and 90.27/95.34/88.43) fixed two causes in taldau.morph. (1)',
        'hunspell-kk lists a known word cut before its last vowel as a stem (жөндеуд of жөндеу|ді, беред of бер|еді, елд,',
        'бюджетт, демеуш, деңгейдег), and the lexicon took it: the whole word then read as the cut plus a possessive і',
        '(жөндеуді lemmatised жөндеуд, береді a noun). `tools.morph.build` leaves out a hunspell stem whose form with ы/і',
        'the lexicon reads as a shorter known lemma plus an ending (names kept): 130 entries. The lexicon had to be',
        "rebuilt, and main's code alone already rebuilds it otherwise (15 entries fewer, lemma frequencies moved): that",
        'rebuild alone 91.92/95.28/90.49 and 91.86/95.24/90.56, genre 89.43/94.56/87.37 and 89.60/94.73/87.59; with the',
        'cut 91.80/95.22/90.29 and 91.86/95.18/90.35, genre 89.27/94.56/87.37 and 89.27/94.73/87.37; at lexical 3 and',
        'bias 3 92.51/95.59/91.10 and 92.51/95.59/90.95, genre 89.94/95.29/87.98 and 90.05/95.40/88.26 (no gain: the',
        'wrong readings it removes were seldom chosen). (2) A capitalised word none of whose three guessed readings is a',
        'name (Тбилиси: the converbs тбилисы, тбилисі and an imperative) also reads as a name as written, in the',
        "nominative; the ranker's `first` and `capital` keys choose (5 KTB words get the reading: 3 PROPN, a NOUN, a",
        'sentence-initial VERB): 91.97/95.18/90.29 and 91.95/95.18/90.25, genre 89.88/94.95/87.71 and 89.82/94.79/87.76',
        '(against main: CV UPOS +0.11 and +0.32, lemma -0.02 and +0.04, UFeats -0.14 and -0.14; genre +0.39 and +0.39',
        'UPOS, +0.39 and +0.39 lemma, +0.12 and +0.33 UFeats); at lexical 3 and bias 3 92.36/95.68/90.93 and',
        '92.40/95.59/90.99, genre 90.16/95.29/87.87 and 90.21/95.29/88.04; `--errors` (seed 0) counts PROPN vs other 8 +',
        '9 before it and 9 + 9 after (analyser + ranking). The bundled ranker is not retrained. Tried and dropped: no',
        'bare imperative for a stem read as base + voice (қызыл, жасыл were also "be heated!", "be made young!", so a',
        'finite verb stood beside each adjective; 65 KTB word types lose a reading, кейін, бен, екен, сайын among them),',
        '92.07/95.45/90.56 and 91.99/95.35/90.60, genre 89.27/94.68/87.20 and 89.16/94.62/87.43 (genre UPOS -0.6 on both',
        'seeds), at lexical 3 and bias 3 92.28/95.66/90.78 and 92.46/95.80/90.95, genre 90.16/95.62/88.04 and',
        "89.88/95.51/88.10; with it, a 2nd-person singular imperative ranked after a word's other readings of its rank",
        "(KTB's gold is the imperative for 4 of the 67 words whose first reading it is: бар, отыр, керек, қара are not),",
        '91.88/95.37/90.39 and 91.90/95.37/90.41, genre 89.21/94.79/87.43 and 89.04/94.56/87.15; without it, a passive of',
        'a verb of three letters or more ranked as a dictionary stem (KTB takes the base for 76 of the 91 such words the',
        'lexicon also lists whole, аяқтал, байқал; санал, атан, сезін not), 92.03/95.32/90.58 and 91.95/95.20/90.43,',
        'genre 89.32/94.73/87.54 and 89.49/94.84/87.54, at lexical 3 and bias 3 92.40/95.68/90.99 and 92.53/95.62/90.99,',
        'genre 89.88/95.34/87.87 and 89.82/95.40/87.87 (the bundled ranker then takes the Senate for a supporter in a',
        'test case, and retrained at lexical 3 and bias 3 it still reads байқалды as байқал). Lexical 3 and bias 3 are',
        'still not shipped: retrained on all of KTB after (1) and (2) they turn 12 hand-written tests wrong (and pass the',
        'two strict xfails: кел after a converb an AUX, Қор before ауыл a noun); lexical 2 and bias 2, 13. Every',
        "expectation but one is right Kazakh: алма after an adjective read as ал (the frequent lemma's imperative,",
        "morph's first reading; 3 tests), Асқар mid-sentence as the adjective асқар, ие before болды as a NOUN (KTB's",
        'light-verb X), қойма as қой "do not put", демеуші as де\'s negative participle (a valid form KTB never has),',
        "байқалды lemmatised байқал (the lexicon's verb, where KTB lemmatises a passive to its base, аяқталды аяқта: 3",
        'stance cases), істей in жұмыс істей бастағанға as іс (a stance appears). The one pinned to a near tie: бір in',
        'тағы бір жылға (NUM 63.15 against DET 61.99 in the bundled model; KTB tags бір DET 7 times, NUM 5). Against',
        "main's code, with the same bundled ranker, `python -m bench.stances` is unchanged but for real13 (seen), 0.500",
        '-> 0.471 (one more name of a list taken as a supporter, beside four that main takes too), and `python -m',
        'tools.ner.cv /tmp/ner-neural/crf --folds 1 2` gives 0.9247 (main 0.9246).',
    ])
    markdown += "\n\n" + " ".join([
        'A nineteenth session (issue 16; `python -m tools.tagger.cv --seed 0 1`, then seed 3; UPOS / lemma / UFeats, CV',
        'then genre split; main before: 91.97/95.18/90.29, 91.95/95.18/90.25 and 92.11/95.20/90.47, genre',
        '89.88/94.95/87.71, 89.82/94.79/87.76 and 89.32/94.68/87.54). (1) `tools.morph.build` keeps a hunspell-kk verb',
        'stem of up to three letters only if one of its forms (past, -ып, -ған, present) occurs in the KazNERD or',
        'Apertium raw text and nothing else in the lexicon reads it: hunspell marks nouns in -у as verbs (жау, бау, тау,',
        'ару), so verbs жа, ба, бе, та, ел read жаулар as жа|у|лар and белгісі as бе|л|гісі (130 stems gone; сен, ұна,',
        'де, же, қу stay), and noun stems cut of a known word\'s last vowel go (белг, себеб, күрдел: 43): 91.99/95.39/90.54',
        'and 91.97/95.47/90.47, genre 89.88/94.84/87.71 and 89.99/94.90/87.65. (2) `taldau.tagger.polite_copulas`, a rule',
        'after the ranker: a noun read with the polite "you" copula (тілсіз as тіл + сіз) that ends no clause gives way',
        'to its privative adjective (тілсіз жаулар), and one ending a clause beside another polite "you" goes first (Сіз',
        'мұғалімсіз): 92.07/95.45/90.62 and 92.05/95.53/90.56, genre 90.05/95.01/87.87 and 90.16/95.07/87.82. (3)',
        '`taldau.tagger.gerunds_before_postpositions` (`taldau.morph.NOMINALISING`): a participle or a finite -ған form',
        'before соң or сайын is its verbal noun (біткен соң; KTB does so 5 times of 6). With all three: 92.07/95.45/90.74',
        'and 92.05/95.53/90.68, seed 3 92.15/95.41/90.74; genre 90.05/95.01/88.15, 90.16/95.07/88.10 and',
        '89.88/95.07/88.10: every figure up on both splits and three seeds (UPOS +0.04 to +0.10 on the CV, +0.17 to',
        '+0.56 on the genre split; lemma +0.21 to +0.35; UFeats +0.27 to +0.43). `--errors`, seed 0: voice lemma 38 ->',
        '32, the -ып converb\'s VerbForm 37 -> 31, ADJ read as NOUN 22 -> 19, да/де 17 -> 14; 3sg vs 3pl stays 26.',
        'The bundled ranker is not retrained (it still holds weights for readings that are gone). Tried and dropped:',
        'relabelling the Apertium texts\' X<n>+сыз<post> and +лы<post> as the adjective (CV up, genre split -0.3 to',
        '-0.5 UPOS), the attestation check for hunspell verbs of up to five letters (genre UPOS lost), and for the short',
        'verbs of Apertium\'s extra word list and bilingual dictionaries (жас, бай, кем, кең: the genre split lost on',
        'three seeds). Left: KTB labels ол (personal or demonstrative), -ып (Inf or Conv), -у words (noun or verbal',
        'noun) and -ғандай (Ger or Part) each both ways in its own data, so no general fix reads them; issue 16\'s UPOS',
        '93 and lemma 96 are not met. Each change was kept or dropped looking at both the CV and the genre split, so',
        'neither is untouched for them; bench.syntax\'s figures are the same folds.',
    ])
    markdown += "\n\n" + " ".join([
        'A twentieth session (issue 16; `python -m tools.tagger.cv --seed 0 1`, UPOS / lemma / UFeats, CV then genre',
        'split, seed 0 then seed 1; main before: 92.07/95.45/90.74 and 92.05/95.53/90.68, genre 90.05/95.01/88.15 and',
        '90.16/95.07/88.10) added four rules after the ranker, applied in order (`taldau.tagger.SENTENCE_RULES`). (1)',
        '`demonstrative_pronouns`: a demonstrative read as a determiner before what ends a noun phrase (punctuation',
        'but an opening quote, a copula, a finite verb, a pronoun but өз) is the pronoun (Бұл еді; Сол кім?; KTB: 17',
        'such words, all PRON), and (2) `joiners_as_pronouns`: мен read as "and" or "with"',
        '(`taldau.morph.NOMINATIVE_JOINERS`) after no nominal (the head of a clause, a case ending, a postposition)',
        'is "I" (KTB: PRON 20 of 21): with both 92.30/95.45/90.97 and 92.28/95.53/90.91, genre 90.38/95.01/88.49 and',
        '90.49/95.07/88.43 (`--errors`, seed 0: PRON read as DET 13 -> 7, PRON read as ADP or CCONJ 6 -> 1). (3)',
        '`concessive_particles`: да read as "and" right after a conditional (жалынса да) is the particle (KTB: ADV 4',
        'of 5): 92.34/95.45/90.97 and 92.32/95.53/90.91, genre 90.44/95.01/88.49 and 90.55/95.07/88.43. (4)',
        '`verbs_after_converbs`: a word read as a noun or adjective right after a converb in -ып/-а, with no verb',
        'after it, is its verb if it may be one (ағып түсті; KTB: of the words after a converb that may be verbs, 41',
        'are and 2 are not): 92.38/95.49/91.01 and 92.36/95.57/90.95, genre 90.49/95.07/88.54 and 90.60/95.12/88.49',
        '(every figure of both splits and seeds up against main: UPOS +0.31 on the CV and +0.44 on the genre split at',
        'both seeds, lemma +0.04 to +0.06, UFeats +0.27 and +0.39). Tried on the way: (4) for any word not a verb,',
        '92.34/95.49/90.99 and 92.32/95.57/90.93, genre 90.44/95.07/88.49 and 90.55/95.12/88.43, but it read кейін',
        'after ұмтылып as a verb and bench.stances realdev lost a relation (0.962 -> 0.943); without its',
        'no-verb-after guard, 92.34/95.49/90.99 and 92.34/95.59/90.95, genre 90.44/95.12/88.49 and 90.60/95.18/88.49,',
        "but барып нан алды read нан as a verb. Dropped: the Apertium texts' verbs lemmatised with their voice",
        '(қатыс, қалыптас, созыл, сақтал: 132 words) taken as KTB cuts them, the stem before a cooperative -с or a',
        'passive in -л with the voice a feature (KTB: passive base 80, whole 16, most of those -н; cooperative base',
        '18, whole 7), 92.36/95.64/91.07 and 92.36/95.70/91.14, genre 90.72/95.12/88.71 and 90.49/94.90/88.43 (genre',
        'lemma -0.17 on seed 1); the cooperative alone, 92.22/95.55/91.10 and 92.24/95.64/91.10, genre',
        '89.94/94.95/88.43 and 89.82/94.95/88.37; the passive alone, 92.40/95.47/90.99 and 92.36/95.39/90.93, genre',
        '90.16/95.01/88.26 and 90.27/94.90/88.26 (all against 92.34/95.45/90.97 and 92.32/95.53/90.91, genre',
        "90.44/95.01/88.49 and 90.55/95.07/88.43). Found: the analyser has the gold lemma for all but 24 of KTB's",
        "3,865 words that are not punctuation, so lemma errors are choices; and taldau's segmentation aligns 4,770 of",
        "KTB's 4,838 words (42 inside multi-word tokens, which bench.conll18 never aligns: copulas split off,",
        'қуаныштымын; 8 hyphenated compounds KTB splits in three, жеміс-жидектер; 4 gold words with a space), a',
        'ceiling of 98.9 on every measure. The bundled ranker is not retrained; `python -m tools.ner.cv',
        "/tmp/ner-neural/crf --folds 1 2` (0.9264) and bench.stances' rows are as on main. A fifth rule, for users'",
        'text, `names_inside_sentences`: a word the analyser does not know, capitalised past the first word of its',
        'sentence and guessed a verb, is the name it is (Антониу Кошта, Жоау Лоуренсу; KTB has none such: seed 0',
        'with and without it 92.36/95.49/91.01, genre 90.49/95.07/88.54, the merged code).',
    ])
    markdown += "\n\n" + " ".join([
        'A twenty-first session (issue 16; same command and order, main before: 92.38/95.49/91.01 and',
        '92.36/95.57/90.95, genre 90.49/95.07/88.54 and 90.60/95.12/88.49) added three rules and left the analyser as',
        'it was. (1) `auxiliaries`: KTB tags AUX only бол, е and, after a converb, отыр, жат, тұр, жүр, қал, ал, бер,',
        'кел (`taldau.morph.AUXILIARIES`); a verb read AUX that is none of them (кет, шық, көр, таста, баста...: VERB',
        'in all 94 of their KTB words) is its VERB twin, an aspect auxiliary right after a converb its AUX twin:',
        '92.61/95.49/91.01 and 92.59/95.57/90.95, genre 91.16/95.07/88.54 and 91.22/95.12/88.49. (2)',
        '`numbers_in_digits`: digits before a month, a century or (four digits) a year are ordinals, before another',
        'noun cardinals; (3) `interrogative_determiners`: не/қай read as a pronoun right before a noun is the',
        'determiner (KTB: не + noun DET 6 of 7), but for paired не ... не; with (1)-(3) 92.65/95.49/91.26 and',
        '92.63/95.57/91.20, genre 91.39/95.07/88.54 and 91.44/95.12/88.49 ((3) without the pairing guard lost genre',
        'UFeats: 88.49 and 88.43). (1) then also reads бол right after a nominal as the copula, AUX (KTB: AUX 61 of',
        '69), but in a light verb of the lexicon (пайда бол, ие бол): 92.77/95.49/91.26 and 92.77/95.57/91.20, genre',
        '91.55/95.07/88.54 and 91.66/95.12/88.49. Dropped, though right for users: personal pronouns read with no',
        'noun endings (мені as мен + a possessive; the table declines them), 92.75/95.53/91.26 and 92.59/95.43/91.18,',
        'genre 91.33/95.23/88.60 and 91.27/95.18/88.60 (CV lemma -0.14 at seed 1); with loans in -ст before an ending',
        'in т (экономистер) as well, 92.67/95.53/91.28 and 92.67/95.55/91.24, genre 91.05/95.07/88.32 and',
        '91.27/94.90/88.37. The ranker never chose the pronoun readings dropped, and the -ст change reads no KTB word',
        'otherwise, only two words of the Apertium texts the ranker also trains on: these figures swing with its',
        'training by a few words either way. Left: KTB labels an adjective before a verb ADJ or ADV (мұқият бақылап',
        'ADJ, мұқият зерттеп ADV), -у words and ол both ways, so no rule reads them. The tables above score the',
        'ranker with the rules after it, as the tagger runs for users (`taldau.tagger.fit_sentence`); until this',
        'session they scored the ranker alone, without the rules of this session and the two before (the ranker',
        'alone, this run: CV 92.4 / 96.1 / 90.7, genre 90.5 / 95.7 / 88.1 and 90.6 / 95.9 / 89.9).',
    ])
    markdown += "\n\n" + " ".join([
        'A twenty-second session (issue 16; same command and order, main before: 92.77/95.49/91.26 and',
        '92.77/95.57/91.20, genre 91.55/95.07/88.54 and 91.66/95.12/88.49) changed the analyser, not the rules: a',
        'noun of the lexicon is no equative of a shorter stem (бидай not би + дай, Кедей not Ке + дей); personal',
        'pronouns take no possessive ending (мені not мен + і); a loan in -ст loses т before an ending in т',
        '(экономистер: экономист + тер); a capitalised word the dictionary reads only as a verb form gets the',
        "guesser's names too, in the morph component and inside a sentence only (Қашаған; not first, not after an",
        'opening quote, colon or dash: `taldau.morph.REOPENING`), which `names_inside_sentences` puts first:',
        '92.82/95.49/91.32 and 92.96/95.55/91.30, genre 91.55/95.23/88.65 and 91.66/95.34/88.60. The same name',
        'readings given by `analyze` itself, where the ranker trains on them beside every verb that starts a',
        'sentence, lost the genre split (91.39/94.95/88.54 and 91.44/95.01/88.49), so they moved. The bundled ranker',
        'and parser are not retrained: a retrained parser broke a hand-written tree and four stance cases',
        "(bench.syntax trains every fold's parser on the current readings anyway). Left: қойма listed as an adjective",
        'by the Apertium lexicon, бөгеттер also the verb бөгетте, бақылауды after a bare noun a verbal noun.',
    ])
    markdown += "\n\n" + " ".join([
        'A twenty-third session (issue 16; same command and order, main before: 92.82/95.49/91.32 and',
        '92.96/95.55/91.30, genre 91.55/95.23/88.65 and 91.66/95.34/88.60) added one rule after the ranker',
        '(`light_verb_nouns`: a word read as a noun before the word that continues a multi-word entry of the lexicon',
        'with it, назар аударды, ие болды, дүниеге келді, takes its X reading, as KTB tags it 37 times of 47; its lemma',
        'then the written form, as KTB writes it) and a guesser penalty on a name read with "your" (Кельмис-тің, not',
        'Кельмисті-ң): 93.04/95.57/91.49 and 93.07/95.66/91.47, genre 91.61/95.23/88.54 and 91.55/95.29/88.60 (the',
        'rule alone lost 0.11 UPOS on the genre split at both seeds). This run, after the session also read a name',
        "with a capital and a bare case ending after a hyphen as that name inflected (Microsoft-пен, Сбербанк-пен, not",
        'the conjunction): the tables above. Tried and dropped: the neighbours\' case as ranker keys (CV 92.75 and',
        '92.73, genre 91.55 and 91.44), Conv against Inf before an auxiliary by rule, a bare adjective before a finite',
        'verb read as a noun (it fixed қойма and broke дұрыс шығар). The ranker and parser are not retrained.',
        '',
        'A twenty-fourth session (issue 16; tools.tagger.cv seeds 0 and 1, main before: 93.04/95.57/91.49 and',
        '93.07/95.66/91.47, genre 91.61/95.23/88.54 and 91.55/95.29/88.60) added six rules after the ranker, each',
        'with a decoy: a word set off by a comma or "!" at the head of a sentence or a line of speech an interjection;',
        'a capitalised word after an opening quote inside a sentence the name it may be (its spelling kept: «Ақ жол»',
        'no АҚ); шығар ending a clause after an adjective or past participle the particle of supposition; кел after a',
        'desiderative AUX; да and сондай-ақ inside a sentence the adverb "too" but between like words or said twice in',
        'one clause; бір before a noun phrase that counts nothing the indefinite article, DET (a unit of time or of',
        'times after it keeps the numeral): 93.52/95.68/91.63 and 93.54/95.76/91.61, genre 92.22/95.40/89.04 and',
        '92.17/95.46/89.10. This run, after the session also read a quantity prefix before a known adjective as one',
        'adjective (көпвекторлы) and a review narrowed the да and quote rules: the tables above. The speeds in this',
        'run were measured while another benchmark ran on the machine (two cores): read bench/speed.py for them.',
        'Left (a review): бір before a unit of measure or money (бір литрге, бір пайызға) is read as the article too,',
        'though the quantities still read 1 there.',
        '',
        'A twenty-fifth session (issue 16; tools.tagger.cv seeds 0 and 1, main before: 93.58/95.76/91.68 and',
        '93.69/95.76/91.76, genre 92.17/95.34/88.99 and 92.00/95.23/88.88) added six rules after the ranker, each with',
        'a decoy (`taldau.tagger.conventions`): бол ending a light verb of the lexicon its VERB (пайда болды); a verb',
        'read as finite right before the copula е its participle (жазған еді); барлық and барша ADJ; a bare command',
        'after an adjective in no case its noun (қу дала); a converb in -й that may be an equative noun, no verb after',
        'it, the noun (тастай суық); a word that may be a postposition of `morph.GOVERNING` right after the case it',
        'governs that postposition (долларға жуық, дағдарысқа қарсы): 93.94/95.82/91.92 and 93.98/95.80/91.97, genre',
        "92.33/95.46/89.21 and 92.17/95.34/89.10. This run, on the session's final code (7b5430c; a speed change reads",
        'the same): the tables above, CV 93.8/96.3/92.0 -> 94.1/96.3/92.2, genre 92.6/95.9/89.6 -> 92.8/96.0/89.8,',
        'reverse 93.1/96.0/91.6 -> 93.7/96.1/91.8. Its speeds were measured while another benchmark ran: read',
        'bench/speed.py for them.',
        '',
        'A twenty-sixth session (issue 16; tools.tagger.cv seeds 0 and 1, main before: 93.94/95.82/91.92 and',
        '93.98/95.80/91.97, genre 92.33/95.46/89.21 and 92.17/95.34/89.10) added rules after the ranker, each with a',
        'decoy: a lower-case word is no name (қожаның: қожа), but a place whose letters spell only a verb or an',
        'inflected adjective stays the place (маңғыстау, ертістің, есілдің); a word capitalised inside a sentence keeps',
        'the capital of its twin (Олимпиаданың, Құдайдың); a capitalised name with "my" or "your" the common noun',
        '(Отаным: отан); an enclitic opening a sentence its other reading, before a word its noun (Қой саны: sheep;',
        'Қой, болды!: the verb); a single quoted word after a dash a name; a command before the next word of its',
        'light verb X; an equative noun before an aspect auxiliary its converb (қолдай береді): 94.06/95.99/92.03 and',
        '94.10/95.97/92.07, genre 92.39/95.57/89.27 and 92.22/95.46/89.16 (seed 0 the same after a review narrowed the',
        "lower-case rule; the rules came from the errors of the CV folds' news and Wikipedia sentences, the genre",
        "split's tales and fiction only scored). This run, on the session's final code (f9427b6): the tables above, CV",
        '94.1/96.3/92.2 ->',
        '94.2/96.3/92.3, genre 92.8/96.0/89.8 unchanged, reverse 93.7/96.1/91.8 -> 93.8/96.1/91.9. Its speeds were',
        'measured while another benchmark ran: read bench/speed.py for them.',
        '',
        'A twenty-seventh session (issue 16; tools.tagger.cv seeds 0 and 1, main before: 94.06/95.99/92.03 and',
        '94.10/95.97/92.07, genre 92.39/95.57/89.27 and 92.22/95.46/89.16) added seven rules after the ranker, each',
        'with a decoy: a possessive that spells a bare adjective before a nominative noun is the adjective (Ұлы Абай,',
        'жылы су; not оқу жылы, the year of a compound, nor ол жылы); a noun before ал or біл of ability after no',
        'ablative is its converb (түсіне алмады; not соттан жаза алды); a pronoun or numeral in an oblique case that',
        'spells a lexical adverb is the adverb (кейде, бірден, неге; not бірден аз, than one, nor неге байланысты);',
        'an accusative noun right before a passive verb its bare adjective (табысты аяқталды); бір before a cardinal,',
        'half or counted unit NUM; бірге after -мен ADV; a finite verb right before a verb but де its noun (жұмысты',
        'бастадық). Each changed CV word was right (12 UPOS, 9 lemma), none wrong: 94.31/96.18/92.24 and',
        '94.33/96.13/92.26, genre 92.44/95.62/89.38 and 92.28/95.51/89.27 (the helper read the errors of every CV fold,',
        "fiction's too, so the genre split, whose test documents those are, is no longer wholly unseen); a review's",
        "sentences of our own then narrowed three of them. This run, on the session's final code (4a84a87): CV",
        '94.2/96.3/92.3 -> 94.4/96.5/92.5, genre 92.8/96.0/89.8 -> 92.9/96.1/90.0, reverse 93.8/96.1/91.9 ->',
        '94.0/96.2/92.1.',
        '',
        'A twenty-eighth session (issue 16; tools.tagger.cv seeds 0 and 1, main before: 94.31/96.17/92.24 and',
        '94.33/96.13/92.26, genre 92.44/95.62/89.38 and 92.28/95.51/89.27) added rules after the ranker from the',
        "errors of the CV folds' news documents only (the genre split's tales and fiction only scored), each with a",
        'decoy: a noun read X before жаса or көрсет their object NOUN (жұмыс жасаймыз, қызмет көрсету; not the light',
        'verbs жұмыс істе, назар аудар); мұндай, осындай, ондай read as the pronoun right before a noun or adjective',
        'the determiner; тек opening a sentence ADV; ондағы after a word of rank the numeral (алғашқы ондағы, a',
        "review's case); and the analyser reads a pronoun in the locative with -ғы/-гі (ондағы, мұндағы: ол, бұл; was",
        'он, a guessed noun or name). Each changed CV word right (6), none wrong; seed 0 94.37/96.09/92.34 (the lemma',
        "moved by the retrained ranker's noise, not by the new readings: no KTB word has them), the genre split",
        "unchanged. This run, on the session's final code (f5b278a): CV 94.4/96.5/92.5 -> 94.6/96.6/92.5, genre",
        '92.9/96.1/90.0 unchanged, reverse 94.0/96.2/92.1 -> 94.2/96.2/92.3.',
        '',
        'A twenty-ninth session (issue 16; CV folds only, seeds 0 and 1, main before: 94.37/96.09/92.34 and',
        "94.33/96.13/92.28; the non-news documents of train + dev, KTB's genres of its held-back half: 93.03/95.59/89.97",
        'and 93.08/95.79/90.03) added rules after the ranker from those documents\' errors, each with a decoy (a new',
        'module, taldau.tagger.nominals): nouns of place with a possessive NOUN with the root as lemma (артында,',
        'алдынан, ішінде); a bare adjective after a determiner or participle and before a verb the noun; an -ушы word',
        'before еді after an adverb, converb or oblique noun the habitual past (айтушы еді; after a nominative, жақсы',
        'оқушы еді, a noun); a word the lexicon lists as ADJ or NOUN that spells an -ған, -атын or -ушы participle, right',
        'before a noun, the participle (KTB 49 of 50); an -у verbal noun after a bare adjective or determiner the noun',
        '(маңызды кездесу; not after a postposition\'s word, қарсы алу, nor with its object before the adjective,',
        'жұмыстарын жүйелі жүргізу, which the stance reader\'s real8 showed); кел after алып the verb; қой after a vowel or',
        'voiced sound the word, not the particle (spelt ғой there); converbs of ability before auxiliaries. Seed 0',
        '94.72/96.30/92.63, non-news 93.63/95.94/90.43; seed 1 94.66/96.36/92.55, non-news 93.68/96.14/90.48 (of the',
        'changed words 32 right, 1 wrong; the genre split\'s tales and fiction are among the documents read, so its',
        'figures are fitted). This run, on the session\'s final code (c3523e7): CV 94.6/96.6/92.5 ->',
        '95.0/96.8/92.8, genre 92.9/96.1/90.0 -> 93.3/96.3/90.3, reverse 94.2/96.2/92.3 -> 94.3/96.3/92.4.',
        '',
        'A thirtieth session (issue 16; errors read only in the CV folds\' news and Wikipedia documents, the genre',
        'split\'s training side, and checked on the Apertium texts; seeds 0 and 1, main before 94.70/96.32/92.61 and',
        '94.66/96.36/92.55) read voice as KTB writes it (taldau.tagger.verbs): a verb with the cooperative -ыс/-іс/-с',
        'read as the lexicon\'s whole verb gets its root with Voice=Rcp first (қатысты -> қат, келісті -> кел; кездес-,',
        'meet, kept whole), a passive verbal noun its root with Voice=Pass (аяқталуы, сақталуда), and the analyser reads',
        '-н after a vowel in a stem without л and -ын/-ін after a consonant other than л as the reflexive, whose verb',
        'stays whole (мақтан-, сезін-; жоспарланды, сайланды keep their root). Seed 0 94.70/96.57/92.86, seed 1',
        '94.66/96.59/92.80 (news and Wikipedia: 15 words right, 1 wrong; the Apertium texts 19 right, 4 wrong). Search',
        'still finds келісті by келіс (the whole verb stays among the indexed lemmas). This run, on the session\'s final',
        'code (2465bb6): CV 95.0/96.8/92.8 -> 95.0/97.1/93.1, genre 93.3/96.3/90.3 -> 93.3/96.2/90.2, reverse',
        '94.3/96.3/92.4 -> 94.3/96.8/92.9.',
        '',
        'A thirty-first session (issue 16; errors read only in the CV folds\' news and Wikipedia documents; seeds 0 and',
        '1, main before 94.70/96.57/92.86 and 94.66/96.59/92.80) added rules, each with a decoy: a converb in -ып/-а',
        'before an aspect auxiliary or a verb of direction (шық, түс, көр, баста: morph.VECTORS) VerbForm=Inf, as KTB',
        'writes it there (9 of 9; Conv before other verbs, 20 of 20), across да/те between; of a reciprocal or passive',
        'split two ways the shorter root (танысты -> тан, соғысты -> соқ); a number hyphened to a noun ordinal (17-үйде),',
        'to an adjective a count (3-бөлмелі); a postposition after no word in the case it governs its adjective reading',
        'too (басқа, other); бұл and ол right before a name the pronoun; мен between a nominative name and a noun or',
        'name the conjunction. Seed 0 94.77/96.63/93.09, seed 1 94.72/96.65/93.02 (every gain on news and Wikipedia',
        'words; the Apertium texts 4 words worse on таныс). This run, on the session\'s final code (d4de531): CV',
        '95.0/97.1/93.1 -> 95.0/97.2/93.3, genre 93.3/96.2/90.2 -> 93.3/96.2/90.4, reverse 94.3/96.8/92.9 ->',
        '94.3/96.9/93.3.',
        '',
        "A thirty-third session (issue 16) re-measured the eighth session's neural tagger on today's code and did not",
        "ship it (its numpy runtime, exporter and corrected measurement are kept on branch neural18, not merged: with",
        "no model bundled they would be code that never runs). Two corrections to the eighth session's measurement:",
        "spaCy's Tagger.v2 gives logits at prediction, so its \"log p\" was log max(logit, 1e-4), now a softmax; and it",
        'scored the ranker without the rules after it, now the tagger component, rules included. Window 1 and w chosen',
        "on the eighth session's CV figures. UPOS / lemma / UFeats, seed 0 then seed 3: the ranker alone CV",
        '94.77/96.63/93.09 and 94.64/96.57/92.90, genre 92.84/95.73/89.82 and 92.89/95.79/89.88; with w 0.5, 1, 2, 4:',
        'CV 94.72/96.57/93.02, 94.77/96.61/92.98, 94.74/96.61/92.94, 94.52/96.42/92.69 and 94.70/96.63/92.94,',
        '94.72/96.65/92.98, 94.66/96.67/92.90, 94.58/96.55/92.84; genre 93.28/95.79/90.10, 93.23/95.85/90.05,',
        '92.61/95.51/89.71, 92.11/95.51/89.38 and 92.72/95.68/89.94, 92.95/95.68/89.94, 92.61/95.57/89.71,',
        '92.00/95.40/89.10. No w beats the ranker on the CV at both seeds: the rules added since the eighth session',
        "fix much of what the neural model fixed, and w 2, that session's choice, loses 0.2-0.3 UPOS on the genre",
        'split. Cost at w 2: the tagger component 16.6 -> 24.9 µs a token warm and 103.0 on a first pass (per-word',
        'embeddings of new words); bundled, it changed 2.13 % of the chosen readings of 46,685 KazNERD validation',
        'tokens and turned 7 hand-written tests wrong.',
        '',
        "A thirty-fourth session (issue 16; `python -m tools.tagger.cv --seed 0 1`, errors read only in the CV folds'",
        'news and Wikipedia documents; main before: 94.77/96.63/93.11 and 94.72/96.65/93.04, genre 92.84/95.73/89.82 and',
        '92.84/95.79/89.82) added two rules after the ranker and narrowed one, each with decoys: a noun after a first or',
        "second person pronoun in the genitive takes that person's possessive where it may, past the words that qualify",
        'it (`nominals.possessed_after_pronouns`, run where a lemma of `morph.SPEAKERS` is: Сіздің съездің, біздің ортақ',
        'нәрсеміз; not съез in the genitive, nor "we are things"); a converb read with VerbForm=Inf that neither an',
        'auxiliary nor a vector verb follows takes its Conv twin (`verbs.converbs_before_verbs`, the mirror of',
        'infinitives_before_vectors: деп атап өтті; KTB деп Conv 7 of 7); a capitalised word opening a quotation of two',
        'words or more that punctuation, the end or a verb of saying follows is no quoted name (`speech.quoted_names`:',
        'Абай «Адамның ұлылығы ұстазынан», ...). Seed 0 94.79/96.67/93.15, seed 1 94.74/96.69/93.13, the genre split',
        'unchanged (92.84/95.73/89.82 and 92.84/95.79/89.82): 2 and 4 news and Wikipedia words right, none wrong. The',
        "rules cost about 1-2 % of the tagger's time (`fit_sentence` over 34,745 KazNERD tokens, best of interleaved",
        "rounds on a machine at load 8-14: 5.7-6.3 -> 6.0-6.9 µs a token, of the tagger's ~23). Tried and dropped: a",
        "clause's last word agreeing as a finite verb with a first or second person pronoun subject (no word of either",
        "split changed); hunspell-kk's common nouns of up to three letters kept only where one of their forms in the",
        'KazNERD and Apertium raw text is read by nothing else, as its short verbs are (272 of 292 go: бүг of бүгін, тіп',
        'of тіпті, ғыл of ғылым, мақ of мақтан, дай of дайын; the lexicon rebuilt): seed 0 94.60/96.67/93.02, genre',
        '92.61/95.51/89.49, the ranker retrained on the changed readings moving its ADJ and NOUN choices (the junk',
        "readings were seldom chosen). Left: most news and Wikipedia errors are KTB's own inconsistency (ол Dem or Prs; a",
        '3rd person verb after a plural subject Sing 9 of 15; -у words NOUN or VERB; қазіргі ADJ or ADV; an adjective',
        "before a verb ADJ 13, ADV 24; бұл before an adjective and noun PRON 5, DET 4); analyser gaps: Apertium's",
        'surnames of both genders (NP-COG-MF: Марченко, Чейни) read Gender=Masc where KTB gives none (not changed: the',
        "entity recogniser takes Gender for a person's mark), Салидат and Қаниса listed as men's names, an abbreviation",
        'with a period in the lexicon read Case=Nom (ж.) where KTB gives none.',
    ])
    publish("tagger", markdown)
    check(cv)


def check(cv: Counter) -> None:
    """Exit non-zero when a CV figure of the ranker falls below its floor."""
    low = [f"{k} {f1(cv, k):.1f} < {v}" for k, v in FLOORS.items() if f1(cv, k) < v]
    if low:
        sys.exit("below the floor: " + ", ".join(low))
    print("CV " + ", ".join(f"{k} {f1(cv, k):.1f}" for k in FLOORS) + ": floors met")


if __name__ == "__main__":
    main()
