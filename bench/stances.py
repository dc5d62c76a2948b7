"""Benchmark for taldau.stances: relations (actor + kind + target head) against a hand-written gold set.

No Kazakh stance data exists, so the gold set is ours (tests/stances/): Kazakh news and analysis
sentences written for taldau, in two parts. `dev` is what the rules were written against; `test` was
written and committed before any rule and is reported as is. A relation is right when its actor,
kind and target head (the target's last word) all match a gold one: the actor by ISO code when the
gold names a country, else by canonical name or text (one name ending with the other: канадалық Cameco
компаниясы ~ Cameco компаниясы) and by link when the gold gives one. Negation, implicit actors and
partners are scored on the matched relations. Peers: a lexicon-only baseline (a stance word in a
sentence, its first country or organisation as the actor, the word before the predicate as the
target head), showing what the grammar adds. Cost: the component's share of the pipeline's time.

    python -m bench.stances [--part PART ...]   (dev test real real2 real3 realdev officialdev realdev2 real4 real5 real6
                                                 real7 real8 real9, or both = all but the blind real8 and real9)
"""
from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import publish, table  # noqa: E402
from bench.stance_gold import GOLD, Document, Gold, read_gold, read_real  # noqa: E402
from taldau.doc import Doc, Relation, Span  # noqa: E402
from taldau.pipeline import Pipeline  # noqa: E402
from taldau.stances import actor_key  # noqa: E402

FLOORS = {"f1": 0.85, "precision": 0.90}
PARTS = ("dev", "test", "real", "real2", "real3", "realdev", "officialdev", "realdev2", "real4", "real5", "real6",
         "real7", "real8", "real9")
BLIND = ("real8", "real9")  # the last blind pair, scored once together at 2de8ebb; `both` leaves it out (its archive rows)
SEEN = tuple(p for p in PARTS if p not in BLIND)  # every part whose errors have been read, and test (its figure only)
POOLED = "real8+real9"
UNLISTED = ("test",)  # the parts whose errors --errors does not list: test never (real8/real9 read since their blind run)
PART_LABELS = {"real": "real (seen)", "real2": "real2 (re-run, seen)", "real3": "real3 (re-run, seen)",
               "real4": "real4 (re-run; blind once at 8fb5814)", "real5": "real5 (re-run, partly seen)",
               "realdev": "realdev (seen)", "officialdev": "officialdev (official sites, seen)",
               "realdev2": "realdev2 (seen)", "real6": "real6 (re-run; blind once at 505748c)",
               "real7": "real7 (official sites, re-run; blind once at 505748c)",
               "real8": "real8 (re-run; blind once at 2de8ebb)",
               "real9": "real9 (official sites, re-run; blind once at 2de8ebb)", POOLED: "real8 + real9 pooled (re-run)"}
BLIND_RUNS = {  # each blind run, once, by commit, kept beside later runs: rows of the table below without the run
    "8fb5814": (  # real4 and real5 (page of a4217b0)
        ("real4", "118", "taldau.stances", "7", "0.833", "0.714", "0.769", "1.000", "1.000", "1.000"),
        ("real4", "118", "rules only (parse ignored)", "7", "0.800", "0.571", "0.667", "1.000", "1.000", "1.000"),
        ("real4", "118", "lexicon baseline", "7", "0.083", "0.143", "0.105", "1.000", "1.000", "1.000"),
        ("real5", "220", "taldau.stances", "13", "0.333", "0.077", "0.125", "1.000", "1.000", "1.000"),
        ("real5", "220", "rules only (parse ignored)", "13", "0.333", "0.077", "0.125", "1.000", "1.000", "1.000"),
        ("real5", "220", "lexicon baseline", "13", "0.000", "0.000", "0.000", "0.000", "0.000", "0.000"),
        ("real4 + real5 pooled", "338", "taldau.stances", "20", "0.667", "0.300", "0.414", "1.000", "1.000", "1.000"),
        ("real4 + real5 pooled", "338", "rules only (parse ignored)", "20", "0.625", "0.250", "0.357", "1.000", "1.000",
         "1.000"),
        ("real4 + real5 pooled", "338", "lexicon baseline", "20", "0.016", "0.050", "0.024", "1.000", "1.000", "1.000"),
    ),
    "505748c": (  # real6 and real7 (the pooled rows summed from the two parts' counts)
        ("real6", "550", "taldau.stances", "46", "0.889", "0.522", "0.658", "1.000", "1.000", "1.000"),
        ("real6", "550", "rules only (parse ignored)", "46", "0.889", "0.522", "0.658", "1.000", "1.000", "1.000"),
        ("real6", "550", "lexicon baseline", "46", "0.019", "0.022", "0.020", "1.000", "1.000", "0.000"),
        ("real7 (official sites)", "489", "taldau.stances", "41", "0.684", "0.317", "0.433", "1.000", "1.000", "1.000"),
        ("real7 (official sites)", "489", "rules only (parse ignored)", "41", "0.688", "0.268", "0.386", "1.000", "1.000",
         "1.000"),
        ("real7 (official sites)", "489", "lexicon baseline", "41", "0.010", "0.049", "0.017", "1.000", "1.000", "0.500"),
        ("real6 + real7 pooled", "1039", "taldau.stances", "87", "0.804", "0.425", "0.556", "", "", ""),
        ("real6 + real7 pooled", "1039", "rules only (parse ignored)", "87", "0.814", "0.402", "0.538", "", "", ""),
    ),
    "2de8ebb": (  # real8 and real9
        ("real8", "650", "taldau.stances", "45", "0.909", "0.667", "0.769", "1.000", "1.000", "0.933"),
        ("real8", "650", "rules only (parse ignored)", "45", "0.909", "0.667", "0.769", "1.000", "1.000", "0.933"),
        ("real8", "650", "lexicon baseline", "45", "0.015", "0.022", "0.018", "1.000", "1.000", "0.000"),
        ("real9 (official sites)", "700", "taldau.stances", "39", "0.581", "0.462", "0.514", "1.000", "1.000", "0.944"),
        ("real9 (official sites)", "700", "rules only (parse ignored)", "39", "0.472", "0.436", "0.453", "1.000", "1.000",
         "0.941"),
        ("real9 (official sites)", "700", "lexicon baseline", "39", "0.009", "0.077", "0.016", "0.667", "1.000", "1.000"),
        ("real8 + real9 pooled", "1350", "taldau.stances", "84", "0.750", "0.571", "0.649", "1.000", "1.000", "0.938"),
        ("real8 + real9 pooled", "1350", "rules only (parse ignored)", "84", "0.681", "0.560", "0.614", "1.000", "1.000",
         "0.936"),
        ("real8 + real9 pooled", "1350", "lexicon baseline", "84", "0.010", "0.048", "0.016", "0.750", "1.000", "0.750"),
    ),
}
ARCHIVE = [[f"{part} (blind, one run at {commit})", *figures]
           for commit, rows in BLIND_RUNS.items() for part, *figures in rows]
QUOTES = str.maketrans("", "", "«»\"“”„'")
COST_FLOOR = 0.10  # the component's share of the pipeline's time on a news article, at most (the gold dev
# documents, a stance in nearly every sentence, are shown beside it: 6-10 %)


def actor_matches(gold: str, actor: Span) -> bool:
    name, _, link = gold.partition("@")
    if len(name) == 2 and name.isupper():
        return actor_key(actor) == name
    name = _unquoted(name)
    # by canonical name, or by the text written («Сембол» құрылыс компаниясы ~ компаниясы, the gold's head phrase);
    # quotes aside, since gold files write a quoted name either way
    same = any(predicted == name or predicted.endswith(" " + name) or name.endswith(" " + predicted)
               for predicted in {_unquoted(actor.canonical or actor.text), _unquoted(actor.text)})
    return same and (not link or actor.link == link)


def _unquoted(name: str) -> str:
    return " ".join(name.translate(QUOTES).lower().split())


def head_of(relation: Relation) -> str:
    return relation.target.text.split()[-1] if relation.target else "-"


def match(gold: list[Gold], predicted: list[Relation], sentence_of) -> list[tuple[Gold, Relation]]:
    """Pairs of gold and predicted relations that agree on sentence, actor, kind and target head."""
    pairs, used = [], set()
    for g in gold:
        for i, r in enumerate(predicted):
            if i not in used and sentence_of(r) == g.sentence and r.kind == g.kind \
                    and head_of(r) == g.head and actor_matches(g.actor, r.actor):
                pairs.append((g, r))
                used.add(i)
                break
    return pairs


def sentence_index(doc: Doc, sentences: list[str]) -> Iterator[int]:
    """For each taldau sentence, the gold sentence it starts in (gold sentences joined by one space)."""
    starts, offset = [], 0
    for s in sentences:
        starts.append(offset)
        offset += len(s) + 1
    for sentence in doc.sentences:
        yield max(i for i, start in enumerate(starts) if start <= sentence.start)


def baseline(doc: Doc) -> list[Relation]:
    """A stance word anywhere, the sentence's first GPE/ORG entity as actor, the previous word as target."""
    from taldau.stances.lexicon import load
    table = load().predicates
    out = []
    for index, sentence in enumerate(doc.sentences):
        tokens = doc.sentence_tokens(sentence)
        entity = next((e for e in doc.entities if sentence.start <= e.start < sentence.end
                       and e.label in ("GPE", "ORGANISATION")), None)
        for i, token in enumerate(tokens):
            found = table.get((token.lemma or "").lower()) or table.get(token.norm.lower())
            if found and entity and i:
                target = Span("TARGET", tokens[i - 1].start, tokens[i - 1].end, tokens[i - 1].text)
                out.append(Relation(index, found[-1].kind, entity, target, target))
    return out


def rules_only(doc: Doc) -> list[Relation]:
    """The relations read without the parse: tokens without head and deprel."""
    from dataclasses import replace

    from taldau.stances import StanceReader

    bare = replace(doc, tokens=tuple(t._replace(head=None, deprel=None) for t in doc.tokens))
    return list(StanceReader()(bare).relations)


def score(documents: list[Document], docs: list[Doc], reader) -> dict[str, float]:
    tp = fp = fn = negation = implicit = partners = 0
    for document, doc in zip(documents, docs):
        predicted = reader(doc)
        index = list(sentence_index(doc, document.sentences))
        pairs = match(document.relations, predicted, lambda r: index[r.sentence])
        tp += len(pairs)
        fp += len(predicted) - len(pairs)
        fn += len(document.relations) - len(pairs)
        negation += sum(("negated" in g.flags) == r.negated for g, r in pairs)
        implicit += sum(("implicit" in g.flags) == r.implicit for g, r in pairs)
        partners += sum(_partners_agree(g, r) for g, r in pairs)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "gold": tp + fn, "matched": tp,
            "negation": negation / tp if tp else 0.0, "implicit": implicit / tp if tp else 0.0,
            "partners": partners / tp if tp else 0.0}


def _partners_agree(gold: Gold, relation: Relation) -> bool:
    wanted = sorted(f[5:].replace("_", " ") for f in gold.flags if f.startswith("with="))  # with=Әлемдік_банк
    if gold.kind != "cooperation" or not wanted:
        return True
    return len(wanted) == len(relation.partners) and all(
        any(actor_matches(name, p) for p in relation.partners) for name in wanted)


def cost(texts: list[str], repeats: int = 5) -> tuple[float, float]:
    """(seconds of the whole pipeline, seconds of the stances component) over `texts`: for each text the
    fastest of `repeats` runs (load from other processes on the machine only ever adds time)."""
    pipeline = Pipeline()
    stances = pipeline.components[pipeline.names.index("stances")]
    before = _without(pipeline, "stances")
    pipeline(texts[0])
    total = own = 0.0
    for text in texts:
        best_total = best_own = float("inf")
        for _ in range(repeats):
            started = time.perf_counter()
            doc = before(text)
            middle = time.perf_counter()
            stances(doc)
            ended = time.perf_counter()
            best_total, best_own = min(best_total, ended - started), min(best_own, ended - middle)
        total += best_total
        own += best_own
    return total, own


def _without(pipeline: Pipeline, name: str) -> Pipeline:
    """The same loaded components, without one."""
    return Pipeline([c for c in pipeline.components[1:] if c.name != name])


def errors(documents: list[Document], docs: list[Doc]) -> list[str]:
    """One line per missed gold relation (-) and per relation read that the gold set does not have (+)."""
    lines = []
    for document, doc in zip(documents, docs):
        index = list(sentence_index(doc, document.sentences))
        pairs = match(document.relations, list(doc.relations), lambda r: index[r.sentence])
        found = {id(r) for _, r in pairs}
        matched = {id(g) for g, _ in pairs}
        lines += [f"- {g.actor} {g.kind} {g.head}: {document.sentences[g.sentence]}"
                  for g in document.relations if id(g) not in matched]
        lines += [f"+ {r.actor.canonical} {r.kind} {head_of(r)}: {document.sentences[index[r.sentence]]}"
                  for r in doc.relations if id(r) not in found]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--part", nargs="+", choices=(*PARTS, "both"), default=["both"],
                        help="parts to score; both = every part but the blind real8 and real9")
    parser.add_argument("--errors", action="store_true",
                        help="list the relations missed and the extra ones (never of test, real8 and real9)")
    args = parser.parse_args()
    pipeline = Pipeline()
    parts = [p for part in args.part for p in (SEEN if part == "both" else (part,))]
    rows, failed, mistakes, read = [], False, [], {}
    for part in parts:
        documents = read_real(GOLD / f"{part}.tsv") if (GOLD / f"{part}.tsv").is_file() else read_gold(GOLD / f"{part}.txt")
        if documents is None:
            print(f"{part} skipped: its sentences are not in ../shared/data")
            continue
        read[part] = documents, [pipeline(d.text) for d in documents]
        if part not in UNLISTED:
            mistakes += [f"{part} {line}" for line in errors(*read[part])]
    if set(BLIND) <= read.keys():
        read[POOLED] = tuple([x for p in BLIND for x in read[p][i]] for i in (0, 1))
    for part, (documents, docs) in read.items():
        sentences = sum(len(d.sentences) for d in documents)
        readers = (("taldau.stances", lambda doc: list(doc.relations)), ("rules only (parse ignored)", rules_only),
                   ("lexicon baseline", baseline))
        for name, reader in readers:
            s = score(documents, docs, reader)
            rows.append([PART_LABELS.get(part, part), f"{sentences}", name, f"{s['gold']}", f"{s['precision']:.3f}", f"{s['recall']:.3f}",
                         f"{s['f1']:.3f}", f"{s['negation']:.3f}", f"{s['implicit']:.3f}", f"{s['partners']:.3f}"])
            if part == "test" and name == "taldau.stances":
                failed |= s["f1"] < FLOORS["f1"] or s["precision"] < FLOORS["precision"]
    if BLIND[0] not in read:  # the one blind run, kept beside whatever is run today
        rows += ARCHIVE
    header = ["part", "sentences", "reader", "gold relations", "precision", "recall", "F1",
              "negation", "implicit", "partners"]
    out = [INTRO, table(header, rows),
           f"\nFloors on the test part: F1 >= {FLOORS['f1']}, precision >= {FLOORS['precision']}. "
           "negation, implicit, partners: agreement on the matched relations."]
    cost_rows = []
    for label, texts, floored in (("gold dev documents (a stance in most sentences)",
                                   [d.text for d in read_gold(GOLD / "dev.txt")], False),
                                  ("samples/economy.txt (a news article)",
                                   [(ROOT / "samples" / "economy.txt").read_text(encoding="utf-8")], True)):
        total, own = cost(texts)
        share = own / total
        failed |= floored and share > COST_FLOOR  # the floor is on a typical article
        cost_rows.append([label, f"{total * 1000:.0f}", f"{own * 1000:.0f}", f"{share:.1%}"])
    out += ["\nSpeed: the component's share of the whole pipeline's time (each text's fastest of 5 runs; floor on the news article: at most "
            f"{COST_FLOOR:.0%}; the gold documents, a stance in nearly every sentence, are the worst case).\n", table(["text", "pipeline ms", "stances ms", "share"], cost_rows)]
    publish("stances", "\n".join(out))
    if args.errors:
        print("\n".join(mistakes))
    return 1 if failed else 0


INTRO = """## Stances (who wants what: actor, kind, target)

Measured by `bench/stances.py` on the hand-written gold set in `tests/stances/` (Kazakh news and analysis
sentences written for taldau; no Kazakh stance data exists). `dev` is what the rules were written against;
`test` was written and committed before any rule (6bbcf97) and not read while writing them. Three real-news
parts by other writers (KazNERD sentences, each alone, annotated by hand before the reader ran on them,
named by hash; no floor): `real` is 70 sentences of the NER train part drawn among those with a stance
word (`real.tsv`); `real2` is 110 sentences of the NER test part drawn by `draw("real2-20261204", 80, 30)`
(80 with a word of a broad stance-stem list, 30 whatever they say; `real2.tsv`); `real3` is 110 more by
`draw("real3-20261205", 80, 30, EXCLUDE3, twins=True)` (none of real/real2 nor their number-twins, one per twin
group; `real3.tsv`). A relation counts when actor, kind and target head all match. taldau.stances is the
default pipeline, the parser included (its subjects and objects decide where the case marking agrees); "rules
only" ignores the parse; the lexicon baseline is a stance word anywhere with the sentence's first country or
organisation as actor.

Seen and unseen. `real` and `real2` have been read for errors (their first, blind runs: F1 0.222 at 63df033 and
0.400 at 354fbdd), so their rows are not blind. The recall work of stances-recall (4ccd891) was fitted on dev
(47 new sentences) and on reading real/real2 and other NER train/dev sentences: disagreement with an instrumental
(депутаттар ұсынысымен келіспеді) as opposition, refusal (бас тарт-), restrictions and sanctions, agreements
reached or signed, participles ending a clause (жоспарлаған екен), predicates and target cases from a word's
other readings (тырысып, бастамасын, мақсатты), names misread as verbs, "X тарапы" as the country, groups named
by a plural noun outside the lexicons (сауда нүктелері), conditions, requests and relative clauses as no stance.
On dev it took F1 0.832 -> 0.997 (the rules of 343d8b1 on the same 189 sentences); on test 0.962 -> 0.969.
`real3` was then drawn and annotated with the rules frozen, and run once (7 relations: one moves recall by 0.14; its row below is now a re-run
after reading its errors). The rules of 343d8b1 scored F1 0.500 on it (P 0.600, R 0.429), so
recall on unseen real news did not improve (3 of 7 both): the acceptance (real within 0.05 of test) is NOT met.
Its misses: a title before a name taken as the actor (Мемлекет басшысы Қасым-Жомарт Тоқаев), a particle inside a
light-verb predicate (қолдау да көрсетеді), a subject before a converb clause with the intentional future
(атқарушы билік ... беріп, ... тартпақ), and келісім орнат- missing from the lexicon.

`realdev` (seen) is a development part of real news for the work after that run: 340 KazNERD sentences of the NER
train and dev parts only (`python -m tools.stances.realdev`; never the test part the blind parts come from), annotated
by hand before the reader ran on them, then read for errors while writing rules (`realdev.tsv`). That work
(srecall, merged at 2906b41) fixed real3's four misses among other general rules, so real3 is now a seen part.

Blind, one run. With the rules frozen (main after every merge of the session), two new parts drawn and annotated
by annotators who never ran the reader nor read its rules were scored together, once: `real4`, the 118 sentences
with a stance stem left in the NER test part after real-real3 and their twins (`draw("real4-20261205", 300, 0,
EXCLUDE4, twins=True)`, 7 relations), and `real5`, 220 sentences of another register, official websites
(apertium kaz-rus, `draw_official("real5-20261205", 220)`, 13 relations). real4: F1 0.769 (P 0.833, R 0.714),
up from real3's 0.500 on the same kind of text. real5: F1 0.125 (P 0.333, R 0.077): official text states
stances in ways the rules do not read: agreements signed in the passive or as a noun (меморандум жасалды, ...
қол қою рәсімі өтті: cooperation for each named party), sponsorship (демеушілік көрсетті), consent (келісімін
берді), an institution's goal stated through its activity (қызметінің мақсаты ... саналады), support as
қолдауларын білдірді with its dative target; one miss is the matcher's, not the reader's (an organisation named
by its quoted name, the gold by its head noun phrase). Pooled, 20 relations: F1 0.414 (P 0.667, R 0.300). The
acceptance (real text within 0.05 of test's 0.969) is NOT met; with 7-13 relations a part, one relation moves
recall by 0.08-0.14.

`officialdev` (seen) is a development part of the official register for the work after that run: 150 more
official-site sentences, none of real5's (`draw_official("officialdev-20261205", 150, ("real5.tsv",))`), annotated
by hand with real5's conventions before the reader ran on them, then read for errors (`officialdev.tsv`; 4
relations, F1 0.250 before that work). That work read what real5's run showed missing through general rules, each
with new dev sentences: agreements between parties all named before арасында in the passive or as a noun,
sponsorship, consent, support as a plural possessive verbal noun, an actor's goal through its purpose (мақсаты ...
болып табылады), agencies, departments and partnerships as actors; and the matcher takes the actor's text too. real5
has not been run again, but it is no longer blind: the rules were written to read what its run showed missing, and
two of its relation lines were seen during that work. The rows "blind, one run at 8fb5814" below are the archive
of that single run (page of a4217b0); a run of real4 or real5 today is labelled a re-run.

Two more KazNERD parts of the NER train and dev parts, one sentence per twin group (`twin_key`), none of real-real4,
realdev nor their twin groups, annotated by hand by an annotator who never ran the reader nor read its rules.
`realdev2` (seen) is a development part: `draw_train("realdev2-20261205", 150, 0)`, 150 sentences with a stance
word (`realdev2.tsv`, 8 relations). `real6` is blind: `draw_train("real6-20261205", 500, 50, (*EXCLUDE_TRAIN,
"realdev2.tsv"))`, 500 sentences with a stance word and 50 decoys without one, none of realdev2's (`real6.tsv`, 46
relations); nobody read it until the lead scored it once (below; seen since).

`real7` is blind too, of the official register: `draw_official("real7-20261205", 489, ("real5.tsv",
"officialdev.tsv"))`, 489 official-site sentences with a stance word, none of real5's or officialdev's, annotated by
hand in draw order by an annotator who never ran the reader nor read its rules, and cut at the first sentence that
brought it to at least 40 relations (that sentence holds two: `real7.tsv`, 41 relations); nobody read it until the lead
scored it once (below; seen since).

The one blind run of real6 and real7 (at 505748c, the rules frozen after the recall work above; rows "blind, one
run at 505748c"): real6 (news) F1 0.658 (P 0.889, R 0.522, 46 relations), real7 (official sites) F1 0.433 (P 0.684,
R 0.317, 41 relations); pooled, 87 relations: F1 0.556 (P 0.804, R 0.425), up from real4 + real5's 0.414 (P 0.667,
R 0.300) at the run before. The acceptance (real text within 0.05 of test's 0.969) is NOT met: precision on news
is near the floor's 0.9, but about half of the stances real text states are missed, more in the official register.

Seen since. After that run real6 and real7 were read for errors (`--errors` lists them; their rows are re-runs) and
their 50 misses (22 + 28) classified by what the reader lacked: the actor not found 21 (a country the recogniser ran
into the name after it, Latin abbreviations, countries listed before елдері, lists going on with сондай-ақ, a title
before a quoted company, descriptive groups), a construction not read 17 (cooperation as a noun between named parties:
A мен B арасындағы ынтымақтастық, A мен B-ның ынтымақтастығы; verbal nouns listed by commas before one verb; a
participle before a time word taken for a relative clause; a goal stated before its holder; brackets inside a
clause), a predicate missing from the lexicon 6 (серт / уәде бер-, келіссөзге қол жеткіз-, ... туралы құжаттарға қол
қой-, A мен B арасында ... келісім бар), the tagger, morphology or tokenizer 3 (баспақ read as a noun, қолданбақ as a
passive of қолда-, a dash glued to мақсаты), the target head 1 (Кеңесіне мүше мемлекет басшылары: the dative inside the
actor), an annotators' convention the rules do not share 1 and a sentence cut off by its source 1. The recall work
(srecall) wrote a general rule or lexicon row for 29 of them, each with new sentences of ours in `cases.tsv`
(decoys beside: one party's cooperation, a document signed alone, an agent noun, a condition, housing): real6 F1
0.658 -> 0.854 (P 0.972, R 0.761), real7 0.433 -> 0.849 (P 0.969, R 0.756). These are fitted figures (the parts were
read while writing the rules), not blind ones; dev 0.998, test 0.969, realdev 0.962, officialdev 1.000 stayed, realdev2
went 0.857 -> 0.933; the re-runs of real4 (0.857) and real5 (0.880 -> 0.923) did not lose. Neighbouring constructions
got rules from our own sentences only: a bare actor noun opening the clause before another actor phrase (Қор ауыл
кәсіпкерлеріне ... дайын), common nouns as the parties before арасында, a holder's interest said to be great or
growing (қызығушылығы зор, артып келеді), one party's cooperation with a partner in the instrumental, adverbials between
an agreement and its verb (келісімді тағы бір жылға ұзартты), participles that are adjectives (бірлескен). Left
unread: agent nouns the tagger reads as participles (Жазушы as жаз-ушы), nouns chosen over an intentional future
(баспақ), quoted names the recogniser misses, places that are no country in a list before елдері (Батыс Еуропа), the
plans of a company aimed at something (жоспарлары ... бағытталады). Whether recall on unseen real text is now within
0.05 of test is for the next blind part to say.

Two new blind parts, drawn and annotated by annotators who never ran the reader nor read its rules, while the rules
above were being written; nobody reads them until the lead scores them once with the rules frozen. `real8` (news):
`draw_train("real8-20261205", 600, 50, (*EXCLUDE_TRAIN, "realdev2.tsv", "real6.tsv"))`, 600 KazNERD train/dev
sentences with a stance word and 50 decoys, none of the earlier parts' nor their twin groups (`real8.tsv`, 45
relations). `real9` (official sites): `draw_official("real9-20261205", 700, ("real5.tsv", "officialdev.tsv",
"real7.tsv"))`, 700 of the 828 official-site sentences with a stance word left after the earlier parts (`real9.tsv`,
39 relations). A second annotator, of the same kind (a model reading the same conventions, partly primed by real8's
header), annotated real8's first 300 sentences on its own before reading real8's relations: 23 relations each, all
23 shared (agreement between like annotators, not human inter-annotator agreement).

The one blind run of real8 and real9 (at 2de8ebb: the rules frozen after the recall work above and a review of it, and
every other component of the session merged; rows "blind, one run at 2de8ebb"): real8 (news) F1 0.769 (P 0.909, R
0.667, 45 relations), real9 (official sites) F1 0.514 (P 0.581, R 0.462, 39 relations); pooled, 84 relations: F1
0.649 (P 0.750, R 0.571), up from real6 + real7's 0.556 (P 0.804, R 0.425) at the run before and real4 + real5's
0.414. On news the fitted gain carried over in part (real6 seen 0.854, real8 blind 0.769, precision above 0.9); on
official text recall rose (0.317 -> 0.462) but precision fell (0.684 -> 0.581). The acceptance (real text within 0.05
of test's 0.969) is NOT met. real8 and real9 have not been read for errors yet (`--errors` leaves them out). With the
session's retrained entity recogniser and parser merged, the fitted re-runs of real6 and real7 read 0.829 and 0.833
(0.854 and 0.849 on the recall work's own commit); dev and test did not move.

Work on seen parts after the blind run (sprec). real8 and real9 were then read for errors (`--errors` lists them now;
their rows are re-runs) and their 16 extras (relations read that the gold lacks: 13 on real9, 3 on real8) classified:
a stance inside a quotation that names something (« ... » атты, ұранымен) 3, an actor phrase cut short (атқарушы
органдар) 2, a noun that shares a verb stem's form (Павлодар қаласы as қала-, want) 1, a country in a title taken for
the person after it (РФ бас консулы X) 1, a dative of a purpose clause taken for who needs (азаматтарға қолжетімді ету
үшін қажет) 1, a name glued to a word by a hyphen as the subject (EXPO-қалашығының) 1, the intentional future of an
effect (ықпал етпек) 1, a bare actor noun after a subject pronoun (ол науқас балаларға) 1; left: a region before an
organisation's name (Павлодар облысы ... Ассамблеясы), a partner in the dative taken for the target beside a жөнінде
phrase, a speaker for the group he speaks for (X атынан), a party inside a cut-off participle clause, a refusal the gold
does not list. General rules or lexicon rows, each with sentences of ours in `cases.tsv` (decoys beside), removed 11 of
the 16 and read a few misses too (a name before a verbal noun is no bare object, демеуші бол-, an intentional future
before ниетте, actor heads by a word's other readings). Seen, fitted figures: real8 F1 0.769 -> 0.861 (P 0.909 -> 1.000,
R 0.667 -> 0.756), real9 0.514 -> 0.687 (P 0.581 -> 0.821, R 0.462 -> 0.590), pooled 0.649 -> 0.781; dev 0.998, test
0.969 and every other part unchanged. Not blind figures: the next blind part will say what carries over.
"""


if __name__ == "__main__":
    sys.exit(main())
