"""Start-up and speed: a fresh process's first sentence, the command line, and tokens/s by component.

    python -m bench.speed [--data ../shared/data] [--before OLD/src --before-name NAME] [--rounds 3] [--sentences 2000]

Each figure is measured in fresh processes (`PYTHONPATH` set to the source tree measured), the best of
`--rounds` rounds that interleave the trees, so that a busy machine slows both alike. With `--before`
(the `src` folder of an older checkout, e.g. a `git worktree` of main) both trees are measured in the
same run, side by side. Times are CPU time of one process (user + system): on a shared machine wall time
says more about the other jobs. Texts: KazNERD sentences (news) and the raw Apertium Wikipedia texts,
joined into documents of 20 sentences or lines, read from ../shared/data at run time; tokens/s are for a
first pass in a fresh process (per-word caches cold) of the whole pipeline as a user runs it (`Pipeline()`:
every available component, the parser included), each component's CPU time taken apart. Exits 1 when a
figure of this tree misses its floor.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
from pathlib import Path

from bench.common import DEFAULT_DATA, ROOT, publish, table

SENTENCE = "Қазақстан Жапониямен ынтымақтасуға келісті."
DOCUMENT = 20  # sentences (or lines) per document

STARTUP = f"""
import json, resource
from taldau.pipeline import Pipeline
Pipeline()({SENTENCE!r})
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps(usage.ru_utime + usage.ru_stime))
"""

THROUGHPUT = """
import json, resource, sys
from taldau.doc import Doc
from taldau.pipeline import Pipeline

def cpu():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime

texts = json.loads(sys.stdin.read())
pipeline = Pipeline()  # every available component, as taldau.analyze and `taldau analyze` run them
pipeline("Біз келістік.")  # loading is the start-up's figure, not the throughput's
spent = dict.fromkeys(pipeline.names, 0.0)
tokens = 0
for text in texts:
    doc = Doc(text)
    for name, component in zip(pipeline.names, pipeline.components):
        started = cpu()
        doc = component(doc)
        spent[name] += cpu() - started
    tokens += len(doc.tokens)
print(json.dumps({"tokens": tokens, "spent": spent, "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def news(data: Path, sentences: int) -> list[str]:
    """KazNERD's validation sentences (tokens joined by spaces), `DOCUMENT` to a document."""
    found, words = [], []
    for line in (data / "kaznerd" / "IOB2_valid.txt").read_text(encoding="utf-8").splitlines():
        if line.strip():
            words.append(line.split(" ")[0])
        elif words:
            found.append(" ".join(words))
            words = []
    return _documents(found[:sentences])


def wikipedia(data: Path, sentences: int) -> list[str]:
    """The raw Apertium texts' lines (Kazakh Wikipedia articles), `DOCUMENT` to a document."""
    lines = [line for path in sorted((data / "apertium_kaz_texts" / "raw").glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return _documents(lines[:sentences])


def _documents(lines: list[str]) -> list[str]:
    return [" ".join(lines[i : i + DOCUMENT]) for i in range(0, len(lines), DOCUMENT)]


def run_python(src: Path, code: str, stdin: str = "", timeout: int = 1800) -> tuple[str, float]:
    """Run `code` in a fresh interpreter importing taldau from `src`: its output and its CPU time."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    started = _children_cpu()
    done = subprocess.run([sys.executable, "-c", code], input=stdin, capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=timeout)
    if done.returncode:
        sys.exit(f"{src}: {(done.stderr.strip().splitlines() or [f'exit {done.returncode}'])[-1]}")
    return done.stdout, _children_cpu() - started


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(src: Path, corpora: dict[str, list[str]]) -> dict[str, float]:
    """One round of every figure for the tree at `src`."""
    out = {"start-up": json.loads(run_python(src, STARTUP)[0])}
    # the tree's own program, as `python -m taldau.cli` (the `taldau` script) runs it
    cli = "import runpy, sys; sys.argv = ['taldau', 'analyze', '-']; runpy.run_module('taldau.cli', run_name='__main__')"
    out["command line"] = run_python(src, cli, SENTENCE + "\n")[1]
    for name, texts in corpora.items():
        found = json.loads(run_python(src, THROUGHPUT, json.dumps(texts))[0])
        out[name] = found["tokens"] / sum(found["spent"].values())
        if name == "news":
            out["news memory"] = found["rss"]
            out["news without the parser"] = found["tokens"] / sum(
                seconds for component, seconds in found["spent"].items() if component != "parser")
            out.update({f"news: {component}": found["tokens"] / seconds
                        for component, seconds in found["spent"].items() if seconds})
    return out


LESS_IS_BETTER = ("start-up", "command line", "news memory")  # seconds and megabytes; the rest are tokens/s


def best(rounds: list[dict[str, float]]) -> dict[str, float]:
    """The best of each figure: least time, most tokens/s."""
    return {key: (min if key in LESS_IS_BETTER else max)(r[key] for r in rounds) for key in rounds[0]}


ROWS = {  # figure -> (what it is, the issues' target)
    "start-up": ("fresh process: import, load, first sentence, the whole pipeline (CPU s)", "≤ 0.45"),
    "command line": ("`taldau analyze -` on one sentence (CPU s)", "≤ 0.8 wall"),
    "news": ("KazNERD news, the whole pipeline with the parser (tokens/s)", "≥ 10,000"),
    "news without the parser": ("the same pass, the parser's time left out (tokens/s)", ""),
    "wikipedia": ("Apertium Wikipedia texts, the whole pipeline (tokens/s)", ""),
    "news memory": ("peak memory after the news pass (MB)", "≤ 400"),
}
FLOORS = {"start-up": 0.7, "command line": 0.8, "news": 4_000, "news without the parser": 4_500, "wikipedia": 4_000,
          "news memory": 400}  # s and MB at most, tokens/s at least


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with the shared datasets")
    parser.add_argument("--before", type=Path, help="the src folder of an older checkout, measured beside this one")
    parser.add_argument("--before-name", default="an older checkout", help="what --before is, for the text")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--sentences", type=int, default=2000, help="sentences (lines) read from each corpus")
    args = parser.parse_args()
    if not (args.data / "kaznerd").is_dir():
        print(f"skipped: dataset folder {args.data} not found (pass --data PATH)")
        return
    corpora = {"news": news(args.data, args.sentences), "wikipedia": wikipedia(args.data, args.sentences)}
    trees = {"after": ROOT / "src"} | ({"before": args.before} if args.before else {})
    found: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
    for _ in range(args.rounds):
        for name, src in trees.items():
            found[name].append(measure(src, corpora))
    figures = {name: best(runs) for name, runs in found.items()}
    tokens = {name: sum(len(t.split()) for t in texts) for name, texts in corpora.items()}
    publish("speed", _report(figures, tokens, args.rounds, args.before_name) + _medians(found))
    missed = [key for key, floor in FLOORS.items() if not _meets(key, figures["after"][key], floor)]
    if missed:
        print(f"below the floor: {', '.join(missed)}")
        sys.exit(1)


def _report(figures: dict[str, dict[str, float]], tokens: dict[str, int], rounds: int, before: str) -> str:
    trees = [t for t in ("before", "after") if t in figures]
    rows = []
    for key, (what, target) in ROWS.items():
        floor = f"{'≤' if key in LESS_IS_BETTER else '≥'} {_cell(key, FLOORS[key])}"
        rows.append([what, *(_cell(key, figures[t][key]) for t in trees), floor, target])
    after = figures["after"]
    per_token = {key[6:]: 1 / after[key] for key in after if key.startswith("news: ")}
    for name, seconds in per_token.items():
        share = f"{seconds * 1e6:.1f} µs a token, {seconds / sum(per_token.values()):.0%} of the time"
        rows.append([f"news, {name} alone (tokens/s; {share})",
                     *(_cell(name, figures[t].get(f"news: {name}", 0.0)) for t in trees), "", ""])
    words = ", ".join(f"{name} {n:,} words" for name, n in tokens.items())
    compared = f"before ({before}) and after, " if len(trees) == 2 else ""
    return (f"## Start-up and speed\n\nMeasured by `bench/speed.py`: {compared}best of {rounds} interleaved rounds, "
            f"each figure in fresh processes, tokens/s on a first pass with cold caches ({words}, documents of "
            f"{DOCUMENT} sentences or lines). Times are CPU time (user + system) of the process.\n\n"
            + table(["figure", *trees, "floor", "target"], rows) + "\n\n" + CAVEATS.format(news=after["news"], without=after["news without the parser"]) + "\n")


CAVEATS = """Caveats. The machine is shared by other jobs (2 cores): figures vary by up to a fifth between runs, and
the interleaved rounds make the before/after ratio fairer than either figure. A fresh process reads the tables
compiled at build time (`taldau.compiled`: morph's lexicon by stem, its endings and the guesser's stem models,
langid's ratios) and makes each entry the first time a word needs it, so part of what loading did is done during
the first pass. Morph reads the readings of 27k frequent word forms as compiled (`taldau.morph.forms`, counted in
KazNERD's test half and Apertium's Kazakh-Russian sentences, neither of which this bench reads: about two thirds
of the news pass's distinct words), and the entity recogniser and the tagger what they make of the same words
(`taldau.ner.rows`, `taldau.tagger.rows`); most of morph's share above is looking up each other new word once. The parser (spaCy's model run with
numpy) computes each word's embedding once (a bounded per-word cache), hashes its eight tables in one pass and
sums a state's eight slot rows in one reduction; its parses are those of the previous code (571 documents, 146k
tokens of news and Wikipedia compared) and spaCy's on all 554 KTB sentences (`python -m tools.syntax.export
--check ../shared/data`). What is left of its time: the greedy steps (about two a token: Python per sentence, a
dozen small numpy calls per step for all the sentences of a document), the convolutions and the lower layer's
precomputation (float products, about 3 µs a token) and hashing each new word's strings. At Python's default
threshold (700 new objects) the garbage collector took 11 % of a first news pass (0.45-0.51 s of 4.1-4.5 s CPU),
walking through the older generations every cache filled so far: a `Pipeline` now lets it wait for 10,000
(0.14-0.20 s; peak memory the same, 168 MB); a pause falls in whichever component is running, so every row
gains a little, morph's the most, its code unchanged. `gc.freeze()` after loading, tried first, did not hold: what the
collector walks is filled during the pass, not by loading (33k objects), and the whole figure moved by less than
it varies (three runs each: 5.8, 5.6, 5.6k tokens/s without it, 5.9, 5.3, 5.7k with it). The issue's 10,000
tokens/s with the parser: the whole pipeline runs at {news:,.0f} tokens/s on the news pass ({without:,.0f} with the
parser's time left out); the shares above say where the rest of the time goes.

The tagger (December round): a new word's ids are looked up by the parts of the model's keys (context prefix ->
value, (lemma, UPOS), (morphemes, UPOS)...) instead of a dozen key strings spelt for it, what its neighbours see
of it is one flat row read into one array per block, the dense tables are read as flat arrays (`np.take` of row x
width + column: a block's two gathers 1,050 -> 660 µs) and lexical keys the model lacks (two in five) are not
looked for. Its choices are the same: the whole pipeline's JSON export is identical before and after on all
11,167 KazNERD validation sentences (559 documents, 130k tokens) and the Apertium texts (`python -m
tools.same_output --before OLD/src`). Two runs beside main (the table is the second; the machine was shared,
load 5-6 on its 2 cores, so every figure sits a fifth under a quiet run's): tagger alone 18.9 -> 14.3 and
17.8 -> 14.5 µs a token, the whole news pass 7,608 -> 8,268 and 8,046 -> 8,337 tokens/s; the other components
within their noise. Tried and dropped: langid's n-gram ratios cached per word (the first pass filled the cache
at the cost it saved), an idf cache for key terms (no change beyond the noise), a young generation of 50,000
(the collector took longer) and an older generation collected every 100 young collections instead of 10 (its two
collections, 0.03 s, leave the measured pass but are not saved). A margin of 10 % over the issue's 10,000 needs
the entity recogniser (a third of the time) and the parser (a fifth) too. Two runs on the session's frozen
main (2de8ebb plus benchmark pages) beside its start (30a184b), on a machine without other jobs (the table is the
second): the whole news pass 9,472 -> 10,010 and 9,101 -> 9,314 tokens/s (1.06x and 1.02x), the tagger 15.7 ->
11.8 and 16.6 -> 12.7 µs a token; the entity model retrained with more weighted features (31.3 -> 31.3 and 32.7 ->
33.9 µs) and the stance rules of the recall work (3.0 -> 3.5 and 3.1 -> 3.7) took back part of it. The issue's
10,000 tokens/s on news is reached in one run of two: not reliably met.

Where the entity recogniser's time goes (its own round, one process, CPU time, news pass): crfsuite's `tag` about
10 µs a token (8 µs when the same sentences are tagged in a tight loop: its attribute tables fall out of the
processor's cache between sentences; building a whole document's features before tagging any, tried, gave nothing),
the features of each word seen for the first time about 9 µs a token (7,363 new words: look-ups in the cluster,
lexicon and model-attribute tables, mostly memory latency), the rest of a sentence's features and the rules about
12. Its features now read the neighbours' views off four shifted lists, a new word's kept features in one pass and a
token's reading once (same labels: the JSON export is identical on all 11,167 validation sentences): the recogniser
alone 35.7 -> 35.0, 34.8 -> 34.2 and 33.5 -> 32.1 µs a token in three runs beside main (the table is the third),
the whole news pass 8,828 -> 8,882, 8,942 -> 9,018 and 9,212 -> 9,500 tokens/s (load 3-5). What is left beyond these files: the quantities' grammars at number words
(the date grammar 4.2 µs a token, tried at 1,395 positions; the clock grammar 1.2 µs, 47 matches in 1,129 tries)
and a CRF scorer that would sum the committed weights itself. A tree measured without its `.pyc` files (a checkout
run with PYTHONDONTWRITEBYTECODE) starts 0.08 s slower: compile both trees before comparing start-up.

Frequent words compiled for the entity recogniser and the tagger (December, third round). Two derived tables for
the 27k word forms of `taldau.morph.forms` (4,481 of the news pass's 7,188 distinct words): what the bundled entity
model keeps of each word's spelling (its features and its neighbours' views of them, its stem and short shape, as
16-bit numbers into 21k distinct values: `taldau.ner.rows`, 0.9 MB, `python -m tools.ner.compile`; the features of
a token's reading are added to its row as before) and the bundled ranker's ids of each word with the readings the
analyser gives it (`taldau.tagger.rows`, 0.6 MB, `python -m tools.tagger.compile`; read only for the analyser's
own tuple of readings: a token whose readings a stage changed is worked out as before). Each is stamped with the
files it is made from: a stale table is not read, and a test says to compile it again. A new word found there
costs the recogniser about 3 µs instead of 17 and the tagger about 6 instead of 15 (one process, 4,000 to 10,000
words of the table in a loop). The whole pipeline's JSON export is identical before and after on all 11,167
KazNERD validation sentences and the Apertium texts (`python -m tools.same_output --before MAIN/src`). Three
runs of 5 interleaved rounds beside main at a6e8f65 (load 2.2-2.6, 1.2-2.3 and 2.1-2.9 on the 2 cores, a parser
being trained beside; the table is the third): the recogniser alone 28.9 -> 25.5, 30.3 -> 26.5 and 32.4 -> 25.7
µs a token, the tagger 13.7 -> 11.5, 14.0 -> 11.8 and 14.7 -> 11.6; the whole news pass, best of 5, 10,160 ->
10,640, 9,812 -> 10,295 and 9,355 -> 10,554 tokens/s (1.05x, 1.05x, 1.13x), medians 9,390 -> 9,450, 9,320 ->
10,188 and 9,226 -> 9,888; each round's after / before (both trees measured in turn) in the last two runs 1.11,
1.08, 1.00, 1.10, 0.90 and 1.13, 1.01, 1.07, 1.13, 1.07 (medians 1.08 and 1.07): one round differs from the next
by up to a fifth, more than the change. Morph, the parser and langid, untouched, came out 2-4 % slower in the
first two runs and 1-5 % faster in the third: their noise. Costs: start-up 0.42 -> 0.46 s CPU (reading the two tables, 15-25 ms each, mostly gzip), `taldau
analyze -` 0.63 -> 0.67, peak memory 205 -> 220 MB. The 10 % margin over the issue's 10,000 tokens/s is not
reached. What is left, per token of the news pass: morph's words outside its table (2,707 distinct, about 55 µs
each the first time: 6 µs), crfsuite's `tag` (about 10), the parser's greedy steps (7) and word vectors (6).

The command line (December, start-up round) is measured as each tree's own program (`python -m taldau.cli`, what
the `taldau` script runs). The program freezes the collector's objects once its command is done
(`taldau.cli.main`): the interpreter's collections at exit no longer walk every table the command loaded, and what
the process spends past its atexit handlers falls from about 0.10 to 0.03 s CPU; JSON output no longer imports
the conllu package and the HTML report (`taldau.export` imports a format's module on first use). One run beside
main (d272ae6), both trees compiled: 0.71 -> 0.59 s. Left over the start-up figure: typer (24 ms of imports), the
pydantic validators typer 0.29 builds for a command's options (about 72 ms of imports, 13 ms to build those of
`analyze`), typer's click commands for all fifteen (9 ms), and starting and ending the interpreter.

Session sixteen, beside its start (d272ae6), both trees compiled, three runs on a quiet machine (load under 1; the
table is the third): the whole news pass with the parser, best of 3 rounds, 10,301 -> 10,129, 9,469 -> 9,521 and
9,616 -> 9,651 tokens/s (round medians' ratios 0.93, 1.01, 0.97): no change beyond the noise. Two changes pull
against each other. The collector's youngest generation now waits for 100,000 new objects (`Pipeline`, was 10,000):
on the news pass its collections fell from 51 young ones (0.6 s CPU, walking each document's live tokens and
readings every time) to 3 (0.2 s), peak memory the same (the pass makes no cyclic garbage), four interleaved rounds
of the pipeline alone 8,989 -> 9,124 tokens/s mean. The session's new rules cost about as much: six entity rules
(about 0.14 s of the pass; all twenty take 0.64 s), the key terms' phrase checks (keyterms alone 209k -> 177k tokens/s)
and the quantities' new forms (69k -> 65k). `taldau analyze -` 0.73-0.75 -> 0.64-0.66 s CPU. Tried and dropped:
the entity recogniser's CRF decoded in numpy (crfsuite's Viterbi over per-word sums of the model's weights; labels
identical on all 11,167 KazNERD validation sentences and the Apertium texts; branch ner-numpy): the recogniser 4.08 ->
4.60 s CPU on the news pass, numpy's cost per call on rows of 50 labels and a new word's first sums exceeding
crfsuite's C loop. The issue's 10,000 tokens/s with the parser is reached in one run of three, not reliably.

Session seventeen, beside its start (7681f2b), both trees compiled, four runs on a quiet machine (load under 1; the
table is the fourth): the whole news pass with the parser, best of 3 rounds, 9,965 -> 10,254, 9,699 -> 10,193,
9,970 -> 10,532 and 9,918 -> 10,697 tokens/s (round medians 9,661 -> 10,078, 9,651 -> 10,054, 9,855 -> 10,193,
9,818 -> 9,991; medians of the rounds' ratios 1.01, 1.05, 1.07, 1.02). The quantity grammar had no gate on its first token (the minus sign of -15 reads the space
after the word, so the test could not be classified from the word alone): it was tried at every word and the word
after each classified for the second-token gate. Such a test now gates by its first letters, the test itself still
run while matching: words classified for the second gate on the news pass 7,053 -> 844, quantities alone 64k -> 80k
tokens/s, output identical (the full pipeline's JSON on all 11,167 KazNERD validation sentences and the Apertium
texts, `make run`'s sample, and `bench.numbers --dump`). The parser's two per-step `np.take` calls became
`ndarray.take` (below the noise). The session's entity rules (bodies, Latin names, contacts, power plants, places and
quotations) cost 2.37 -> 2.75 µs a token of NER rules, after each was made to look only where it can fire. The
issue's 10,000 tokens/s with the parser is now met by the best round of every run, and by the round median in three
runs of four (9,991 in the fourth).
Tried and dropped: the collector's youngest generation at 400,000 new objects (the pass's last collections, 0.07-0.09
s, gone; sized to this bench: a long run's surviving cache entries are walked about as often at any threshold);
`gc.freeze()` after loading (0.015 s); the tagger's cache look-up inlined (a recompile of its rows for a tiny gain).

Session eighteen, beside its start (eaf7fe0), both trees compiled, one run on a quiet machine (the table above): the
session changed what is read (telephone numbers one token, the language of unsure sentences from their neighbours,
quotations in another language, entity rules for common words, definitions, landmarks and bodies by field, a
retrained entity model, taldau.morph's lexicon without hunspell's cuts and a name reading for capitalised guesses),
none of it for speed. It cost about 3-5 % on the news pass: five runs (each 3 interleaved rounds, machine load under
1, but the machine slower today than in session seventeen: eaf7fe0 itself ran 9,123-9,696 tokens/s where it had run
10,697) gave the after / before ratio's round medians 0.98, 0.92, 0.95, 0.95 and 0.94 (after 8,966-9,254 tokens/s
best of 3), while the same tree measured against itself gave 1.04: a real cost, not the order of measurement. cProfile
on 2,000 news sentences: 2 % more Python calls (8.55M -> 8.74M; the entity rules 2.99 -> 4.28 µs a token on 4,000
KazNERD sentences, the landmarks, bodies by field, definitions and the common words among them), the rest spread
over every component. Three of those rules were then made to look only where they can fire (labels identical on all
16,820 KazNERD sentences; 4.28 -> 3.92 µs a token); the table is the run after that (one run). The issue's 10,000
tokens/s with the parser is not reached on today's machine by either tree; what the session added must be won back
(the entity rules first).

Session nineteen, beside its start (187d228), both trees compiled, on a quiet machine: the session changed what is
read (entity rules over edges, diseases, bodies and the whole document; stances' speakers and companies; quantities;
the lexicon's short verbs and two tagger rules after the ranker) and, in a helper's branch, made the entity rules look
only at sentences that hold a word of their kind (`rules.GATED`: labels identical on all 29,966 KazNERD label
sequences) and langid's n-gram score per word (bit-identical), with output byte-identical on 188 MB of JSON. Two runs
of the table: 3 rounds, 9,463 -> 9,118 tokens/s (0.96), then 5 rounds (the table above), 9,572 -> 9,872 (1.03): the
session's net cost is within the machine's noise, the gates having paid for the new rules. Per component the morph
pass reads the rebuilt lexicon and the quantities their new rules a little slower, the entity rules and stances a
little faster. The issue's 10,000 tokens/s with the parser is met by bench.syntax's own measure (10,155 on 23,249
KazNERD tokens) but not by this one (9,872 best of 5 rounds).

Session twenty-one, beside its start (1fc6e8e), both trees compiled, one run of 5 rounds (the table above) while a
25-minute parser benchmark ran on the other core: the session changed what is read (stance rules; key terms' bodies
and Latin script; entity rules for events, anniversaries, numbered and local facilities, bodies' titles and official
country names, each looking only at sentences with a word of their kind; quantity rules; three tagger rules after
the ranker), none of it for speed. The news pass 8,278 -> 8,069 tokens/s best of 5 (0.97; on this loaded machine
the session's start ran 8,278 where it had run 9,299 on a quiet one): the entity rules cost about 10 % of their own
time (5.75 -> 6.33 µs a token on 8,000 KazNERD sentences), the rest is within the noise. The issue's 10,000 tokens/s
with the parser is not met by this measure on a loaded machine; bench.syntax's own run is in its section.

Session twenty-two, beside its start (19c1553), both trees compiled, one run of 5 rounds (the table above) on a quiet
machine: the session changed what is read (stance rules; entity rules for companies by their written form, persons, a
country before a title, бір as the article, pronouns; quantity rules; the analyser's readings) and, in a helper's
branch, the number grammar's longest match (values made longest first, up to the first kept) and the parser's word
shapes (1.39 -> 0.50 µs a word), with output byte-identical on the sample, six long texts and all 11,167 KazNERD
validation sentences. The news pass 8,289 -> 8,186 tokens/s best of 5, the round ratios' median 1.00: the entity rules
cost about 8 % of their own time (25,845 -> 23,804 tokens/s alone), tagger, parser and quantities won a few per cent
back. The issue's 10,000 tokens/s with the parser is not met by this measure; bench.syntax's own run (9,886) is in its
section.

Session twenty-three, beside its start (c836f3c), both trees compiled, one run of 5 rounds (the table above) on a
quiet machine: the session changed what is read (stance rules; entity rules for Latin and quoted names, places,
peoples, persons and bodies joined by және; quantity rules; a tagger rule for light-verb nouns; names inflected after a
hyphen) and per-word caches by what a miss costs (8,000 words for readings, entity features and rule gates; 1,024 for
head words, spellings, key-term lemmas and place names: bench.memory's growth 29.1 MB, under its floor). The news pass
8,806 -> 8,525 tokens/s best of 5, the round ratios' median 0.94: the tagger's rules cost about 12 % of its own time
(72,210 -> 63,566 tokens/s alone, the light-verb rule looking at each noun), stances and key terms about a tenth of
theirs (the new rules, and more entities to read), on a first pass the larger caches give nothing. bench.syntax's
own measure, the news read several times and its best round, is where the caches pay: 9,886 -> 10,545 with the
parser, the issue's 10,000 met there and not by this first-pass measure.
Session twenty-four, beside its start (5055f03), one run of 7 rounds (the table above) on a quiet machine slower than
the last session's (the same start code read news at 7,591 tokens/s here, 8,806 there): the session changed what is
read (stance rules; entity rules for unseen names and Latin companies; quantity rules; six tagger rules after the
ranker; a morphology unit for quantity-prefixed adjectives) and bench.memory's count of distinct words (taken after its
measure). The news pass 7,591 -> 7,451 tokens/s best of 7 (the round ratios' median 0.98), Wikipedia 8,843 -> 8,579: about 2-3 %, the parser alone
(untouched) moving as much between the trees as any component; the start-up floors (0.70 s, 0.80 s) are missed by the
start code as well on this machine (0.72 s and 0.93 s), so they measure the machine, not the change.
Session twenty-five, beside its start (88b8981), both trees' bytecode compiled (`make` now compiles it at install: an
editable install leaves it to the first import, which PYTHONDONTWRITEBYTECODE forbids on these machines, so every
fresh process compiled the package again; import and one sentence 1.07 -> 0.69 s of CPU by `time`), one run of 5
rounds (the table above) on a quiet machine: the session changed what is read (stance rules; entity rules for names
the CRF leaves out; quantity rules; six tagger rules after the ranker) and, in a helper's branch (speed10), tokens built
straight from their tuple and the шығар rule spelling a word only where it can end a clause, output byte-identical on
the sample, all 11,167 KazNERD validation sentences and the Apertium texts (counted instructions, valgrind callgrind on
400 KazNERD sentences: segment -3.2 %, tagger -3.7 %, the pipeline -0.46 % first pass, -0.82 % warm). The news pass
6,220 -> 6,940 tokens/s best of 5 (the round ratios 1.23, 0.99, 1.05, 1.12, 1.14: this machine's rounds move by a
fifth), Wikipedia 7,010 -> 8,215; the fresh process 0.63 -> 0.73 s and `taldau analyze -` 0.89 -> 0.76 s move in
opposite directions by as much as the rounds do. The issue's 10,000 tokens/s with the parser is not met by this
first-pass measure; bench.syntax's run (news read several times, its best round) gave 9,013 while another helper's
jobs ran.
Session twenty-six, beside its start (19f0c6e), both trees compiled, one run of 5 rounds (the table above) while
bench.syntax trained its folds on the other core: the session changed what is read (stance, entity, quantity and
tagger rules) and, in a helper's branch (speed11), the NER word classes and lexicon stored with equal rows once (51k
words, 12.6k distinct rows: reading them 31 -> 18 ms and 10 -> 5 ms) and the tagger's tables built without np.unique
(which imports numpy.ma, 10-15 ms at every start), output byte-identical on 4,000 KazNERD validation sentences and the
sample (entities, quantities, relations, every token's reading, head and relation). The fresh process 0.54 -> 0.50 s,
`taldau analyze -` 0.67 -> 0.61 s, peak memory 221 -> 206 MB; the news pass 7,346 -> 7,327 tokens/s best of 5 (the
rounds' medians 6,500 -> 6,966, their ratios 0.95 to 1.16: a loaded machine's noise). The issue's 10,000 tokens/s
with the parser is not met by this first-pass measure.
Session twenty-seven, beside its start (ffd9962), both trees compiled, one run of 5 rounds (the table above) on a quiet
machine: the session changed what is read (stance, entity, quantity and tagger rules, two conventions after the parser)
and, in a helper's branch (speed12), fifteen entity rules gated by the words they look for, the neighbours' views of a
sentence's words built in one pass and the parser's steps scored in place (output byte-identical on 4,000 KazNERD
validation sentences and the sample, every token's reading, head and relation too). The news pass 7,403 -> 7,449
tokens/s best of 5 (the rounds' medians 7,251 -> 7,353, their ratios 1.00 to 1.02): the entity rules' gain (ner 21,677
-> 22,504 alone) is spent on the tagger's seven new rules (53,276 -> 44,138 alone). The fresh process 0.70 -> 0.53 s and
`taldau analyze -` 0.85 -> 0.67 s (the start's tree measured slower here than last session's 0.50 s: a fresh process
varies by a fifth), peak memory 206 MB both. bench.syntax's steady measure (the caches warm) reads news with the
parser at 9,939 tokens/s; this first-pass measure does not reach the issue's 10,000.
Session twenty-eight, beside its start (9160b31), both trees compiled, one run of 5 rounds (the table above) while
bench.syntax trained its folds on the other core: the session changed what is read (stance, entity and tagger rules,
the analyser's pronouns in -дағы) and, in a helper's branch (speed13), the tagger's rules given each word's readings as
a tuple once (31 rules copied a list, not a tuple per word), two tagger rules and the entity rules' gate asking each
word once, output byte-identical on 4,000 KazNERD validation sentences, the sample and eyetest12's articles (1.55 % fewer
instructions on the news pass, by callgrind). The news pass 7,499 -> 7,687 tokens/s best of 5, the tagger alone 45,180
-> 51,232 (the session's three new tagger rules included), morph alone 92,449 -> 84,020 (within a fresh process's noise
or the pronouns' new readings; not told apart); the fresh process 0.47 s and `taldau analyze -` 0.60 -> 0.61 s, peak
memory 206 MB both. This first-pass measure does not reach the issue's 10,000; bench.syntax's steady measure (the
caches warm) read news with the parser at 10,505 tokens/s in the same session's frozen run.
Session twenty-nine, beside its start (9ec253c), both trees compiled, one run of 5 rounds (the table above) on a
machine with no other job: the session added entity rules (ner17, ner18), tagger rules (a new module,
nominals) and stance rows and rules, and in a helper's branch (speed14) the tagger's word entries kept in an exact
least-recently-used cache of 8,000 words (the former two-level cache of 5,000 forgot 44 % of the news pass's 7,188
distinct words between warm passes; no tagger miss on a warm pass now) and the number grammars' and langid's
word caches at 8,000, output byte-identical on all 559 KazNERD validation documents and the sample. A warm pass
gains (speed14's 11 interleaved rounds: median 10,038 -> 10,677 tokens/s, 1.07x); this first pass does not: the
news pass 7,589 -> 7,195 tokens/s best of 5 (round medians 7,353 -> 7,177, 0.98x), the new rules' cost; the
fresh process 0.52 -> 0.53 s, peak memory 206 -> 207 MB (bench.memory's growth 19.0 -> 22.1 MB, floor 25).
bench.syntax's steady measure read news with the parser at 10,448 tokens/s in the same session's frozen run.
Session thirty, beside its start (5a2835c), both trees compiled, one run of 5 rounds (the table above) on a machine
with no other job: the session added entity rules (ner19, law16's articles and list labels), date rules (num13), tagger
rules of voice (lemma15), rules of relations after the parser (labels15) and stance rows and rules, and in a helper's
branch (speed15) early exits in morph's name readings (a word with no patronymic or surname ending gets no such
reading: 5.5 -> 2.6 µs a capitalised word; callgrind: the first pass's instructions -0.46 %), output byte-identical on
the 559 KazNERD validation documents and 12 Wikipedia documents. The news pass 7,329 -> 7,231 tokens/s best of 5
(0.99x), Wikipedia 8,453 -> 8,312; the fresh process 0.48 s and `taldau analyze -` 0.61 s both, peak memory 207 MB
both (bench.memory's growth 22.1 MB, floor 25). bench.syntax's steady measure read news with the parser at 9,280
tokens/s in the session's frozen run (shared with other benchmarks), and alone, alternating with the start, 9,469,
9,841, 9,608 before and 8,936, 10,050, 8,893 after: the rules' cost is within a tenth's noise, and below 10,000.
Session thirty-one, beside its start (329d3d9), both trees compiled, one run of 5 rounds (the table above) while
bench.syntax's cross-validation ran on the other core: the session added entity rules (ner20, names16), date rules
(num14), tagger rules (lemma16), heads and relations after the parser (labels16), stance rules, and in a helper's branch
(speed16) gates that skip six entity rules for a sentence without the word each changes labels at (the entity rules
alone 8.01 -> 6.65 µs a token, best of 4 alternating processes; about 1.5 % of a pass), output byte-identical on the
559 KazNERD validation documents and 12 Wikipedia documents. The news pass 6,484 -> 6,348 tokens/s best of 5 (0.98x),
Wikipedia 6,871 -> 6,801; the fresh process 0.55 -> 0.54 s, `taldau analyze -` 0.67 -> 0.65 s, peak memory 207 MB
both (bench.memory's growth 22.3 MB, floor 25). bench.syntax's steady measure read news with the parser at 9,318
tokens/s in the session's frozen run (shared), and alternating with the start while a helper trained on the other
core 10,070 and 9,294 before, 9,609 and 7,261 after: below 10,000, the difference within the noise.
Session thirty-two, one run of 3 rounds on the frozen code (8caa397) while bench.syntax's cross-validation and a
helper's niced tagger cross-validation ran beside it (load 5-10 on 2 cores): the news pass 5,631 tokens/s (5,137 to
5,631 between rounds; 6,348 in the last session's run, on a quieter machine), Wikipedia 6,304; the fresh process 0.56 s,
`taldau analyze -` 0.69 s, peak memory 213 MB, bench.memory's growth 22.4 MB (floor 25). The session added entity
rules (ner21, names17: the entity stage 60.4 µs a token in this run), heads after the parser (parser17), number and
stance rules, and in a helper's branch (speed17) gates that skip sixteen tagger rules for a sentence without a reading
of the lemmas each looks for and five more entity rules without their word (the tagger's sentence rules 8.3-9.8 ->
7.4-7.5 µs a token, the entity rules 9.8 -> 9.4, isolated measures on the same sentences), output byte-identical on the
559 KazNERD validation documents and 12 Wikipedia documents (tools.same_output); bench.syntax's own news measure with
the parser, five alternating pairs beside the start on the loaded machine: medians 7,031 before, 7,921 after (pair
ratios 0.85 to 1.19: noise). Where the time goes on a quiet machine (the helper's profile, about 105-110 µs a token):
the recogniser 41-44 (the CRF's own feature lookup 12-16, feature building about 11, rules about 10), the parser 21,
the tagger 20, quantities 17, stances 8, key terms 7.6. The issue's 10,000 tokens/s with the parser is not met.

Session thirty-three, one run of 3 rounds on the frozen code (09ff68f) while bench.syntax's cross-validation ran beside
it (load about 2-4 on 2 cores): the news pass 6,746 tokens/s, Wikipedia 7,819; the fresh process 0.49 s, `taldau
analyze -` 0.63 s, peak memory 208 MB, bench.memory's growth 23.3 MB (floor 25). A helper's speed work (speed18) gated
the water-name rule by the first words of names, kept the spans of the latest label lists and each rule's gate bits:
output byte-identical (tools.same_output, 559 news and 12 Wikipedia documents), the entity stage 39.0 -> 37.1 µs a token
warm (best of six alternating processes; medians 45.9 -> 39.2), the whole pipeline's change within the noise. It
found no single cost left worth a fifth: crfsuite's `tag` about 10-11 % of the pipeline (a Viterbi in numpy over the
same weights, tried, gave the same labels at twice crfsuite's time), some 170 entity rules of about 1 µs a call
each, the date grammar 40-45 % of quantities (957 of its 1,473 tries fail), first-pass gate tests 21 µs a new word.
The issue's 10,000 tokens/s with the parser is not met."""


def _medians(found: dict[str, list[dict[str, float]]]) -> str:
    """The whole news pass round by round, and the median: the best of a few rounds says what a quiet machine
    does, the median how far a run may fall from it; with two trees, each round's ratio (both measured in turn)."""
    news = {tree: [r["news"] for r in runs] for tree, runs in found.items()}
    said = "; ".join(f"{tree} {', '.join(f'{v:,.0f}' for v in values)} (median {statistics.median(values):,.0f})"
                     for tree, values in news.items())
    if "before" in news:
        ratios = [a / b for a, b in zip(news["after"], news["before"])]
        said += (f"; after / before in each round {', '.join(f'{r:.2f}' for r in ratios)} (median "
                 f"{statistics.median(ratios):.2f})")
    return f"\nThe whole news pass, round by round (tokens/s): {said}.\n"


def _cell(key: str, value: float) -> str:
    return f"{value:.2f}" if key in ("start-up", "command line") else f"{value:,.0f}"


def _meets(key: str, value: float, floor: float) -> bool:
    return value <= floor if key in LESS_IS_BETTER else value >= floor


if __name__ == "__main__":
    main()
