"""Benchmark for taldau.numbers: detection of KazNERD's seven numeric classes, and speed.

KazNERD (validation split + first half of the test split, ../shared/data/kaznerd) is cut by a
seeded hash of each sentence's text into a dev part (80 %, used to write the rules) and a held-out
part (20 %, never looked at while tuning). KazNERD repeats many sentences with numbers written as
digits and as words; such twins share a group key (`taldau.ner.data.twin_key`), and the held-out
sentences whose twin is in the dev part were in effect tuned on, so the held-out figure is taken
on the others only ("clean"; the twins' figure is printed beside it). The dev part is cut again into
five folds by twin group, so that mistakes can be read on some folds and the rules checked on the others. Docs are built from the
gold tokens joined with spaces; a predicted span counts only if its label, start and end match a
gold span exactly.

    python -m bench.numbers                        # held-out part, prints and writes docs/bench/numbers.md
    python -m bench.numbers --part dev             # the dev part, with F1 per fold (not written)
    python -m bench.numbers --errors 40 --fold 0   # print mistakes, from the dev part (or one fold of it)
    python -m bench.numbers --part dev --classes   # mistakes by class: boundary, label, missed, spurious
    python -m bench.numbers --part dev --alone     # only the dev sentences with no number-twin anywhere
    python -m bench.numbers --dump OUT.tsv         # every quantity of the dev part, the samples and news text
                                                   # run through the pipeline: diff two trees' dumps
"""
from __future__ import annotations

import sys

# This file is named like the standard library's `numbers`, which `decimal` imports: keep bench/ off the path.
sys.path = [p for p in sys.path if p not in ("", str(__import__("pathlib").Path(__file__).resolve().parent))]

import argparse  # noqa: E402
import hashlib  # noqa: E402
import multiprocessing  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

from taldau.doc import Doc, Token
from taldau.ner.data import group_key, twin_key  # noqa: E402
from taldau.numbers import as_entities, extract  # noqa: E402

from bench._mistakes import mistakes, print_mistakes  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "kaznerd"
HISTORY = Path(__file__).with_name("numbers_history.md")  # the rounds of rule changes, for the published page
FILES = ("IOB2_valid.txt", "IOB2_test_part1.txt")
CLASSES = ("CARDINAL", "ORDINAL", "PERCENTAGE", "MONEY", "QUANTITY", "DATE", "TIME")
SEED = 5
HELD_OUT = 5  # one sentence in five
FOLDS = 5  # of the dev part
HELD_OUT_RUN = 29  # how many times the held-out part has been run, this run included
SPEEDUP = ("2.1 times as fast in the pipeline (bench/speed.py, news, quantities alone, CPU time, main at f19fb3f "
           "beside this tree, best of 5 interleaved rounds: 32,510 -> 68,953 tokens/s)")
DEV_FLOOR = 0.97  # micro F1 on the whole dev part (0.977): a regression guard for `make bench-check`
FLOOR = 0.925  # micro F1 on the clean held-out part (0.921 when twins were first kept apart, 0.930 after issue 12,
#                0.935 with the stricter twin key: 0.933 on the former clean part)


def read(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences of a CoNLL file as (token, tag) lists; the tag follows the last space."""
    sentences, current = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if current:
                sentences.append(current)
                current = []
            continue
        token, tag = line.rsplit(" ", 1)
        current.append((token, tag))
    if current:
        sentences.append(current)
    return sentences


def part(sentence: list[tuple[str, str]], seed: int = SEED) -> str:
    """'test' for one sentence in five by a seeded hash of its text (duplicates fall together), else 'dev'."""
    text = " ".join(t for t, _ in sentence)
    digest = int(hashlib.sha1(f"{seed}:{text}".encode()).hexdigest(), 16)
    return "test" if digest % HELD_OUT == 0 else "dev"


def labelled_twins(sentence: list[tuple[str, str]]) -> str:
    """The twin key used before issue 12's second round: the words without labelled numbers and digits
    (`taldau.ner.data.group_key`). It misses twins whose number is unlabelled (an ordinal in a name)."""
    return group_key(tuple(w for w, _ in sentence), tuple(t for _, t in sentence))


def twins(sentence: list[tuple[str, str]]) -> str:
    """The twin group of a sentence: its words without numbers, labelled or not: "нөмірі 23-інші мектеп" and
    "нөмірі жиырма үшінші мектеп" (KazNERD labels neither ordinal: it is in a name) are twins."""
    return twin_key(tuple(w for w, _ in sentence), tuple(t for _, t in sentence))


def fold(sentence: list[tuple[str, str]]) -> int:
    """The dev fold (0..FOLDS-1) of a sentence, by a hash of its twin group: twins fall together."""
    return int(hashlib.sha1(f"fold:{twins(sentence)}".encode()).hexdigest(), 16) % FOLDS


def held_out(sentences: list[list[tuple[str, str]]], key=twins) -> tuple[list, list]:  # noqa: ANN001
    """The held-out sentences whose twin group has no sentence in the dev part, and the others."""
    tuned = {key(s) for s in sentences if part(s) == "dev"}
    test = [s for s in sentences if part(s) == "test"]
    return [s for s in test if key(s) not in tuned], [s for s in test if key(s) in tuned]


def alone(sentences: list[list[tuple[str, str]]], everything: list[list[tuple[str, str]]]) -> list:
    """The sentences with no number-twin in the data (their twin group has one text): what most of the
    clean held-out part is made of, and where бір is seldom a count (a labelled бір has a "1" twin)."""
    texts = Counter(twins(s) for s in {tuple(s) for s in everything})
    return [s for s in sentences if texts[twins(s)] == 1]


def to_doc(sentence: list[tuple[str, str]]) -> tuple[Doc, set[tuple[str, int, int]]]:
    """A Doc over the gold tokens joined with spaces, and its gold numeric spans (label, start, end)."""
    tokens, gold, pos = [], set(), 0
    open_span: list | None = None
    for word, tag in sentence:
        start, end = pos, pos + len(word)
        tokens.append(Token(word, start, end, word))
        pos = end + 1
        if tag.startswith("I-") and open_span and open_span[0] == tag[2:]:
            open_span[2] = end
            continue
        if open_span and open_span[0] in CLASSES:
            gold.add(tuple(open_span))
        open_span = [tag[2:], start, end] if tag.startswith("B-") else None
    if open_span and open_span[0] in CLASSES:
        gold.add(tuple(open_span))
    return Doc(" ".join(w for w, _ in sentence), tuple(tokens)), gold


def speed(docs: list[Doc], passes: int = 3) -> tuple[float, float]:
    """Tokens per second of extract() in CPU time: the first pass (caches cold) and the best pass."""
    extract(docs[0])  # build the grammars before timing
    n_tokens = sum(len(d.tokens) for d in docs)
    rates = []
    for _ in range(passes):
        t0 = time.process_time()
        for doc in docs:
            extract(doc)
        rates.append(n_tokens / (time.process_time() - t0))
    return rates[0], max(rates)


def speeds(docs: list[Doc], runs: int = 3) -> tuple[float, float]:
    """The median of `speed` over fresh processes, one after another: each first pass is truly cold."""
    with multiprocessing.get_context("spawn").Pool(1, maxtasksperchild=1) as pool:
        found = [pool.apply(speed, (docs,)) for _ in range(runs)]
    return statistics.median(c for c, _ in found), statistics.median(w for _, w in found)


def evaluate(docs: list[tuple[Doc, set]], errors: int = 0) -> dict[str, Counter]:
    """Per-class tp/fp/fn counts; with `errors`, print that many sentences with mistakes."""
    counts = {c: Counter() for c in CLASSES}
    shown = 0
    for doc, gold in docs:
        found = extract(doc)
        predicted = {(s.label, s.start, s.end) for s in as_entities(found)}
        for label, *_ in predicted & gold:
            counts[label]["tp"] += 1
        for label, *_ in predicted - gold:
            counts[label]["fp"] += 1
        for label, *_ in gold - predicted:
            counts[label]["fn"] += 1
        if errors and predicted != gold and shown < errors:
            shown += 1
            show = lambda spans: sorted(f"{lab}[{doc.text[a:b]}]" for lab, a, b in spans)  # noqa: E731
            print(f"\n{doc.text}\n  missed: {show(gold - predicted)}\n  wrong:  {show(predicted - gold)}")
    return counts


def scores(c: Counter) -> tuple[float, float, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def table(counts: dict[str, Counter]) -> str:
    rows = ["| class | gold | precision | recall | F1 |", "|---|---:|---:|---:|---:|"]
    total = Counter()
    for c in CLASSES:
        total.update(counts[c])
        p, r, f = scores(counts[c])
        rows.append(f"| {c} | {counts[c]['tp'] + counts[c]['fn']} | {p:.3f} | {r:.3f} | {f:.3f} |")
    p, r, f = scores(total)
    rows.append(f"| **all seven (micro)** | {total['tp'] + total['fn']} | {p:.3f} | {r:.3f} | {f:.3f} |")
    return "\n".join(rows)


def per_fold(sentences: list[list[tuple[str, str]]]) -> str:
    """F1 per class on each dev fold: how far the figures move between samples of the same data."""
    rows = ["| dev fold | sentences | " + " | ".join(CLASSES) + " | micro |", "|---" * (len(CLASSES) + 3) + "|"]
    for k in range(FOLDS):
        docs = [to_doc(s) for s in sentences if fold(s) == k]
        counts = evaluate(docs)
        cells = " | ".join(f"{_f1(counts, (c,)):.3f}" for c in CLASSES)
        rows.append(f"| {k} | {len(docs)} | {cells} | {_f1(counts):.3f} |")
    return "\n".join(rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA, help="the kaznerd folder")
    ap.add_argument("--part", choices=("test", "dev"), default="test")
    ap.add_argument("--fold", type=int, choices=range(FOLDS), help="one fold of the dev part only")
    ap.add_argument("--errors", type=int, default=0, help="print this many sentences with mistakes (dev only)")
    ap.add_argument("--classes", action="store_true", help="count mistakes by class (dev only)")
    ap.add_argument("--alone", action="store_true", help="dev sentences with no number-twin only")
    ap.add_argument("--dump", type=Path, help="write every quantity found (dev part, samples, news) to this file")
    args = ap.parse_args()
    if not all((args.data / f).exists() for f in FILES):
        print(f"KazNERD not found in {args.data}; skipping the numbers benchmark.")
        return 0
    if args.dump:
        dump(args.data, args.dump)
        return 0
    if (args.errors or args.fold is not None or args.classes or args.alone) and args.part != "dev":
        ap.error("--errors, --fold, --classes and --alone are for the dev part only: the held-out part is not for tuning")
    everything = [s for f in FILES for s in read(args.data / f)]
    clean, leaked = held_out(everything)
    sentences = clean if args.part == "test" else [s for s in everything if part(s) == "dev"]
    if args.fold is not None:
        sentences = [s for s in sentences if fold(s) == args.fold]
    if args.alone:
        sentences = alone(sentences, everything)
    docs = [to_doc(s) for s in sentences]
    if args.classes:
        print(table(evaluate(docs)) + "\n")
        print_mistakes(mistakes(docs))
        return 0
    cold, warm = speeds([d for d, _ in docs])
    counts = evaluate(docs, args.errors)
    body = table(counts)
    n_tokens = sum(len(d.tokens) for d, _ in docs)
    print(body)
    print(f"\n{len(docs)} sentences, {n_tokens} tokens; extract(): {cold:,.0f} tokens/s first pass, "
          f"{warm:,.0f} best of 3 (medians over 3 fresh processes)")
    if args.part == "dev" and args.fold is None:
        print("\n" + per_fold(sentences))
        single = alone(sentences, everything)
        print(f"dev sentences with no number-twin ({len(single)}): micro F1 {_f1(evaluate([to_doc(s) for s in single])):.3f}")
        if not args.alone and _f1(counts) < DEV_FLOOR:
            print(f"FAIL: micro F1 {_f1(counts):.3f} on the dev part is below its floor {DEV_FLOOR}")
            return 1
    if args.part == "test":
        dev = [s for s in everything if part(s) == "dev"]
        assert not {twins(s) for s in clean} & {twins(s) for s in dev}, "a twin group on both sides"
        twinned = _f1(evaluate([to_doc(s) for s in leaked]))
        print(f"held-out sentences with a twin in the dev part ({len(leaked)}, not counted above): micro F1 {twinned:.3f}")
        former = held_out(everything, labelled_twins)[0]
        before = (len(former), _f1(evaluate([to_doc(s) for s in former])))
        print(f"the former clean part ({before[0]} sentences, twins told by labelled numbers only): micro F1 {before[1]:.3f}")
        single = alone(dev, everything)
        micro = _f1(counts)
        write(body, len(docs), n_tokens, cold, warm, evaluate([to_doc(s) for s in dev]), per_fold(dev),
              (len(leaked), twinned), (len(single), _f1(evaluate([to_doc(s) for s in single]))), before, micro)
        if micro < FLOOR:
            print(f"FAIL: micro F1 {micro:.3f} on the clean held-out part is below the floor {FLOOR}")
            return 1
    return 0


def dump(data: Path, out: Path) -> None:
    """Every quantity of the dev part (rules on the gold tokens), of `samples/` and of the first 2,000 news
    sentences run through the pipeline (morphology and tagger first, as a user runs it), one per line:
    two trees whose dumps are identical give the same output (how a speed-up proves it changes nothing)."""
    from taldau.pipeline import Pipeline

    everything = [s for f in FILES for s in read(data / f)]
    docs = [to_doc(s)[0] for s in everything if part(s) == "dev"]
    pipeline = Pipeline(["langid", "cyrillic", "morph", "tagger"])
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    words = [" ".join(w for w, _ in s) for s in read(data / FILES[0])[:2000]]
    docs += [pipeline(t) for t in texts + [" ".join(words[i : i + 20]) for i in range(0, len(words), 20)]]
    with out.open("w", encoding="utf-8") as f:
        for n, doc in enumerate(docs):
            for q in extract(doc):
                f.write(f"{n}\t{q!r}\n")
    print(f"{len(docs)} documents, quantities written to {out}")


def _f1(counts: dict[str, Counter], classes: tuple[str, ...] = CLASSES) -> float:
    total = Counter()
    for c in classes:
        total.update(counts[c])
    return scores(total)[2]


def write(body: str, n_docs: int, n_tokens: int, cold: float, warm: float, dev: dict[str, Counter],
          folds: str, twinned: tuple[int, float], single: tuple[int, float], former: tuple[int, float],
          micro: float) -> None:
    on_dev = ", ".join(f"{c} {_f1(dev, (c,)):.3f}" for c in CLASSES)
    aim = (f"Issue 12's aim, 0.955 on the held-out part, is {'reached' if micro >= 0.955 else 'not reached'} "
           f"({micro:.3f}).")
    text = f"""## Quantities: numeric entity detection (KazNERD)

`taldau.numbers` (rules over tokens, no model) against the gold spans of KazNERD's seven numeric
classes. Data: `../shared/data/kaznerd`, validation split + first half of the test split, cut by a
seeded hash of each sentence (seed {SEED}) into a dev part (80 %, used to write the rules) and a
held-out part (20 %), whose mistakes were never looked at. KazNERD repeats many sentences with numbers
written as digits and as words; {twinned[0]} held-out sentences have such a twin in the dev part and were in
effect tuned on (micro F1 {twinned[1]:.3f} on them), so the table is on the other {n_docs} held-out sentences
({n_tokens} tokens), whose twin group lies wholly outside the dev part (floor {FLOOR}). Twins are told by
the words left when every number is taken out, labelled or not: the earlier key took out labelled
numbers only and missed twins whose number KazNERD leaves unlabelled (an ordinal inside a name, "нөмірі
23-інші мектеп" / "нөмірі жиырма үшінші мектеп"), so 45 of its "clean" held-out sentences had a twin in
the dev part; on that former clean part ({former[0]} sentences) micro F1 is {former[1]:.3f}.
Genre: KazNERD is television news only; the shared data holds no numeric-entity gold of another genre, so no
other-genre row sits beside this table: read it as a figure for news.
Docs are built from the gold tokens joined with spaces; a span counts only if label, start and end
all match (exact match). Regenerate with `python -m bench.numbers`; the held-out part is run once per
round of rule changes (fifteen runs before this one: 0.930 twice on the former clean part before issue 12's
second round, then 0.935, later 0.938, runs 7 to 11 among them, run 10 after the sixteenth session's rules written
from texts of our own in other genres, run 11 after the seventeenth session's: көбі after a genitive or an ablative,
a list's comma, years glued to жыл by a hyphen, months and quarters of a deictic year, ISO dates, barrels; run 12
after the eighteenth session's, written from eight articles of our own read as a user: -тай/-дей on a duration's
unit approximate (3 сағаттай), дейін before a verb of change the value reached, not a bound (60 млрд долларға дейін
өсті), the three hordes (Ұлы жүз) no hundred, a month that is also a noun (қазан) a date only with a date beside it,
a day after айдың one date (айдың 10-күнінен), telephone numbers and 5G one token each, no counts, 0.938; run 13
after the nineteenth session's, from six more articles of our own (sport, health, farming, a court, an interview,
culture) and two reviews: each score of a list of sets a count, race times and blood pressures, ISO currency codes,
кемінде, алдағы жылы, № and нөмір as names, negated тол-/жет- an upper bound, a fall foretold the level reached, an
ordinal with a case ending no year of a list (Үшіншіден, 2026 жылдан), a count with no number no amount (теңге
alone), 0.938; run 14 after the twentieth session's, from six political and economic articles of our own and a
review: a marketing, financial or academic year of two calendar years one date (2024-2025 маркетингтік жылы), N жылға
қарай a deadline, a bracketed abbreviation before дейін keeping the bound, дейін before a fall the level reached but
for a share lowered by, a law's number (№ 105-VIII) and бір жақты, бір ауыздан no numbers, кемінде after a date no
"less than", the past of жаз- (жаздық) no summer, 0.939; run 15 after the twenty-first session's, from 544 sentences of our own
in written registers (news, reports, law, encyclopedia), their quantities written before taldau read them: digits
after a scale word (3 мың 200 теңге), a digit date with ж. (12.05.2023 ж.), ages told by асқан and таяған, a sign
written on the number and ranges with суық (3-5 градус суық: -5 to -3), a clock time after таңертең, кешке, a count
restated in brackets (екі (2)), Roman ranks (II дәрежелі), бір мезгілде and жүзді, қырқты no numbers, 0.939; run 16
after the twenty-second session's, from 171 more sentences of our own in five genres (budget, farming, weather, sport,
law, encyclopedia), written with their spans and values before taldau read them: a month after өткен, келесі, алдағы
one date with its айы, маусым a season beside a sport, halves of a period, ranges of centuries before the era, the
minute of a match a time, two weekdays a range, 0.939; run 17 after the twenty-third
session's, from 1,007 short sentences of our own with number forms the dev part does not teach and a blind read of six
articles: тоқсан after a shift word a quarter (өткен тоқсанда -P1Q), a qualifier between a number and its unit inside
the span (жиырмадан астам жыл), аралығында after a range of amounts only, weekdays listed one date, parts of a period
one date (жылдың соңғы айында), a unit and a half (бір жыл жарым), оншақты approximate, energy by the hour (киловатт-сағат
kWh), a range's end in its start's year (2026 жылдың 1 қаңтарынан 30 наурызына дейін), 0.938; run 18 after the
twenty-fourth session's, from 168 news sentences of our own written with their quantities before taldau read them
(tests/numbers/news6.tsv) and the dev part's mistakes: a measure and a half (екі литр жарым 2.5 l), a century's decades
and a decade's halves one date, бір set against a later екінші a count, қысқа before a word governing its dative
winter, күнде at a clause's head every day, a span between two parts of the day one TIME, the day of a shifted month
one date, қазанның before ортасы, соңы, басы October, ages listed before one жас one date, 0.942; this table is run
19 after the twenty-fifth session's, from 401 news-style sentences of our own in four sets, each written
with its spans before taldau read it (tests/numbers/news7.tsv; blind 0.933, most misses our own gold where KazNERD,
counted, has another convention) and a blind read of six articles of our own: ц a centner (25 ц/га), кеміді no "at
most", a bare number listed before an amount with its unit in that unit (3 және 5 пайызға; not a year, 1990 және 5
пайыз), a weekday of a pointed week one date (келесі аптаның дүйсенбісінде), тоқсанның before a part word the quarter
(тоқсанның соңында), days listed before one month one date (3, 4 және 5 наурызда), two days before a month and
аралығында a range, a part of a month one date (тамыздың соңғы аптасында), a from-to range of signed ends one quantity
(-30-дан -40 градусқа дейін), соңғы and a period in the locative one period (соңғы онжылдықта P1DE), 0.942; this
was run 20 after the twenty-sixth session's, from the no-twin dev part's mistakes, each construction
counted on how KazNERD labels it before changing anything: жылда "every year" only with no word qualifying it, бүгін
possessed today, күні бүгін an idiom no day, жаздық before its noun a season, a score told with де two counts, two
neighbouring counts told downward in words one vague count (үш-екі адам), the last night of a period one date, a
number cut off before a list's compound no count, and a weekday after өткен, келесі keeping its direction
(өткен аптаның жұмасында -P1W-5), 0.942; run 21, after the twenty-seventh session's, from
sentences of our own and taldau's output on official, encyclopedia and review text read without gold (the dev part
gave nothing more: no dev span changed): a month's weeks and parts one date (қазан айының соңғы аптасында), the n-th
month of a year (жылдың үшінші айында +P0Y-03), a shifted period in -дағы (келесі айдағы +P1M), a night pointed to one
TIME (сол түні), the weekend pointed to (өткен демалыс күндері), a number in words of up to 30 words one count, түсте
after a colour no noon, жазық no summer, a quarter of a dated year (2022 жылғы 3 тоқсанда), a capital letter after a
count an initial (бірі М. Әуезов), verb forms of қыс- no winter, ғана between a number and its unit inside the span,
two weekdays of a pointed week one date, 0.943; run 22, after the twenty-eighth session's, which changed no quantity
rule, 0.943; run 23, after the twenty-ninth session's, from the dev part's errors and a blind read of our own texts: an
ordinal before бөлігі a law's part only after an article word, and before курс a name's only after its owner in the
genitive, a short quotation ending in a finite verb speech (its numbers count), маусым after a season outside the
date, қазан after a year that governs it the month, a capitalised name joined to a number by a hyphen no count (Зенит-2),
0.943; run 24, after the thirtieth session's, from the dev part's errors and a blind read of a
law of our own: an anniversary (N жылдығы) a DATE when its owner is a common noun or none and inside an EVENT's name
when the owner is named, күнде after a postposition every day, өткен after a comitative the participle (spent), an age
passing one decade towards the next two ages, жыл басталғалы a date, a period alone in the ablative before ас- at least
that long; a law's article or point (1-бап, Заңның 12-бабына, 2-тармағы) an ordinal over its whole word, inside a LAW
named by its kind (Кодекстің 24-бабы), and a list item's label (1. or 1) opening an item) no quantity, 0.945; run 25,
after the thirty-first session's, from the dev part's errors and sentences of our own: a period or quarter
in the dative after a shift word a date (келесі аптаға, өткен тоқсанға қарағанда; not әр күнге), a shift word, a bare period
and its part one date (өткен ай соңында), a decade of this century one date (осы ғасырдың 30-жылдары), a word said twice in
speech with the first bracketed read once after a number or a genitive (қазанның (онына) онына), 0.945; run 26,
after the thirty-second session's, from sentences of our own (the dev part's figures did not move): a
hyphenated range with an ending one token and one range (60-70-ші жылдары, мамырдың 5-6-сы), Russian words of measure
after a number read as their Kazakh ones (5 миллиардов тенге), a quotation closed by a comma, a dash and a verb of saying
speech rather than a name, a school or financial year's part no date of its own (оқу жылының басында), 0.945; this
run 27, after the thirty-third session's, from sentences of our own and the dev part's phrase
families (dev 0.9833 -> 0.9837): a range told downward (90-нан 60 шақырымға дейін) one amount, the deictic nouns
(бүгін, биыл, былтыр) and their -ғы/-гі adjectives used as nouns in every case, арғы жылы two years back, 0.945; this
run 28, after the thirty-fourth session's, from sentences of our own and probes that rewrote the dev
part's right spans (the dev figures did not move, 0.9837): a month, week or quarter after a shift word one date (осы
апта, келесі айларда, өткен тоқсанды), a qualifier of an age inside it (шамамен 40 жастағы), a count of years in one
word capitalised (Үшжылдық), 0.945; this table is run {HELD_OUT_RUN}, after the thirty-fifth session's, from a blind
read's defect (dev unchanged, 0.984): бір before a possessed text or speech in the locative the article (бір
сұхбатында, бір мақаласында), but a count where ғана or емес follows or a second is set against it; the mistakes are read on the dev part only (`--part dev --classes` counts them as
boundary, label, missed and spurious errors). Another genre beside this news data, quoted (the gold is not in the repository): two blind reads of twelve
articles of our own (an interview, an encyclopedia article, a land-law bill, a Latin-script article, a foreign
ministry's briefing, a parliament's debate, farming, culture and sport), their quantities written by testers before
taldau ran (/work/eyetest5, /work/eyetest6): exact span and class 0.809 and 0.903 at 1fc6e8e (0.946 for the first set
after the tester's edits to KazNERD's conventions: кемінде inside the span, қарай and бастап outside), unchanged on
the frozen code of the twenty-first session; a third blind read of six more (a university, fintech, aviation, a
strike and a court, a resort's ecology, regional health care; /work/eyetest7) 0.929 at 19c1553, 0.993 after the
tester's edits to KazNERD's conventions (бері inside a DATE, жартысы and күнделікті numbers); a fourth blind read of
six more (a data centre, a livestock export ban, a boxing sponsorship, a debt-collectors law, a Caspian quota dispute, a
light-rail line; /work/eyetest8) 0.897 at c836f3c, 0.929 on the twenty-third session's code (read while fixing); a fifth
blind read of six texts of other genres (an encyclopedia article on a region's economy, a law's provisions, a foreign
policy analysis, a travel guide, a minister's interview, an industry report; /work/eyetest9) 0.875 at 5055f03, 0.883
on this table's code (its gold differs from KazNERD's conventions in places: артық after a dative and a lone бір
inside the span, a range of money two amounts); a sixth (an economy article, a parliament report, a press release,
a geopolitical analysis, a water article, a Latin-script news item; /work/eyetest10) 0.939 at 39c8de0 and a seventh (a
law, an energy business article, a press briefing, regional budget news, a foreign-policy analysis, an encyclopedia
article on a region; /work/eyetest11) 0.973 at 19f0c6e (all 110 matched values right), both blind, unchanged on this
table's code.

{body}

Speed of `extract()` alone, in CPU time, one process, on these {n_tokens} tokens: {cold:,.0f} tokens/s on the
first pass (per-word caches cold), {warm:,.0f} tokens/s best of three passes; each the median over three fresh
processes (the machine is shared with other jobs, so single runs vary by 20 % or more). Issue 16 made the
matcher {SPEEDUP}:
every node of the grammar knows, from the grammar alone, what its first token and (when it takes two or
more) its second token must be (`Rule.first`, `Rule.pairs`); each word is classified once
against all those tests (one bit per test, word lists answered by one lookup) and every gate is then an `&`
on integers; a choice tries only the alternatives both tokens let through. A second step tells the
second-token gate apart by what the first token is (`Rule.pairs`, `gates.SecondGate`): "бұл" starts a date
only before a month or a period word, a number before far more, so the parser and every choice turn "бұл
жерде" away on its second word (11 % fewer Python calls in `extract()` on 2,000 news sentences; the
quantities component alone, first pass, median of 12 fresh processes interleaved with the tree before:
13.6 -> 12.0 µs/token). Output is identical: `python -m
bench.numbers --dump OUT` writes every quantity of the dev part, `samples/` and 2,000 news sentences run
through the pipeline, and the dumps of the trees before and after each speed-up step were byte-identical;
`tests/rules/test_gates.py` checks node by node (hypothesis) that a node a gate turns away finds nothing.

On the dev part the rules were written on, micro F1 is {_f1(dev):.3f} ({on_dev}); on its {single[0]} sentences
with no number-twin anywhere in the data (most of the clean held-out part is such sentences) {single[1]:.3f}.
{HISTORY.read_text(encoding='utf-8')}{aim}
The dev part is cut into
{FOLDS} folds by twin group (the spread between folds shows how much a figure moves from one sample of this
data to another; before issue 12's third round mistakes were read on all of them, so none is a clean check):

{folds}

Caveats, with mistakes seen on the dev part (the examples are made up, in the data's style):
- KazNERD is transcribed TV news: numbers are often written twice (in words and in digits), decimals
  as `2 , 9`, hesitations in parentheses (`2 , 9 ( ыы ) процент`); the rules read these, and a short
  aside in parentheses may stand between an amount and its unit (`500 (бес жүз) теңге`).
- A lone `бір` is a CARDINAL only with a sign of counting: тағы (да), тек (қана) before it; ғана, рет,
  мәрте, есе, емес or a counted noun (адам, бала) after it; another number within three words (бір
  немесе екі); a possessed noun after it ("бір ерекшелігі", one of its features) when the morphology
  has run (the pipeline; not in this table, which runs the rules on plain tokens). Otherwise it is the
  article "a" (бір қызық оқиға, белгілі бір, сол бір). KazNERD labels бір far more often in sentences
  that have a twin with the digit 1 than in sentences without a twin (on the dev part, among the
  latter, one бір of 44 found by the older, freer rule was labelled), so this costs recall on the
  twinned sentences and gains precision elsewhere. "Бірі ..., бірі ...", "бірі ..., басқалары ..."
  (one ..., another ...) is no count.
- Numbers inside names (Хабар 24, Boeing 737, « 100 жаңа есім », Кодекстің 128-інші бабы, 175
  жылдығы) stay in `doc.quantities` with `named=True` but give no numeric entity; in the pipeline a
  numeric entity strictly inside a longer non-numeric entity of the NER model yields to it. KazNERD
  is not uniform here: an ordinal after нөмірі (a numbered school, bus depot) or before орынбасары,
  курс, сынып is labelled in some sentences and not in others.
- DATE spans follow the guidelines (range words such as дейін, бері, аралығында belong to the date)
  and the data: "5 жылдан 10 жылға дейін" is one date, but "100 тоннадан 200 тоннаға дейін артты"
  two quantities (a change, not a range); "1965 жылы 4 мамырда" is one date, "өткен жылы
  қарашада" two; years listed with one жыл are one date ("2018, 2019 жылдары"), months listed are
  one date each. The data is not uniform either: "мамырдың 5-і күні" leaves күні out 7 times in 8,
  "осы 13 жылда" leaves осы out 22 times in 24; ages told by a verb ("сексеннен асқан") are missed.
- A year without жыл is a date in the locative (2017-де) or before a word that dates it (2019-дан
  бері, 2017-нің басында); before дейін a round number stays a count (2000-ға дейін).
- TIME has few held-out spans (42, so one mistake moves its F1 by about 0.012): clock times
  without сағат are read only from words with the minutes inflected ("жиырма бір отызда"); parts of
  the day (күндіз, түнде) are TIME, which KazNERD sometimes labels DATE.
"""
    out = ROOT / "docs" / "bench" / "numbers.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
