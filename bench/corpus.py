"""Corpus search by lemma (taldau.corpus, SQLite FTS5) against plain full-text search, on UD Kazakh-KTB.

    python -m bench.corpus [--data ../shared/data]

UD KTB train + dev sentences (gold lemmas, never used to build taldau.corpus or the analyser) are indexed
three ways: taldau's lemma index, SQLite FTS5 over the words as written (what a plain full-text engine
gives), and the same queried by prefix (lemma*, the usual workaround). Each of the 300 most frequent
content lemmas (NOUN, PROPN, VERB, ADJ) is a query; a sentence should be found when one of its words
has that gold lemma. Prints a Markdown table and writes docs/bench/corpus.md.
"""
from __future__ import annotations

import sqlite3
import sys
import time
from collections import Counter
from pathlib import Path

from bench.common import data_dir, publish, table

QUERIES = 300
FLOORS = {"recall": 99.0, "precision of the first 10": 90.0}  # taldau's row; below either, exit 1
CONTENT = {"NOUN", "PROPN", "VERB", "ADJ"}


def ud_sentences(data: Path) -> list[tuple[str, set[str], set[str]]]:
    """(text, gold content lemmas, all gold lemmas), lower-cased, of each UD KTB train + dev sentence."""
    import conllu

    out = []
    for name in ("kk_ktb-ud-train.conllu", "kk_ktb-ud-dev.conllu"):
        with open(data / "ud_kazakh_ktb" / name, encoding="utf-8") as f:
            for sentence in conllu.parse_incr(f):
                words = [t for t in sentence if isinstance(t["id"], int)]
                out.append((sentence.metadata["text"], {t["lemma"].lower() for t in words if t["upos"] in CONTENT},
                            {t["lemma"].lower() for t in words}))
    return out


def plain_index(texts: list[str]) -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE words USING fts5(text, tokenize=\"unicode61 remove_diacritics 0 tokenchars '-'\")")
    db.executemany("INSERT INTO words (rowid, text) VALUES (?, ?)", enumerate(texts))
    return db


def plain_search(db: sqlite3.Connection, lemma: str, prefix: bool) -> list[int]:
    """Sentence numbers, best first (BM25)."""
    term = '"' + lemma.replace('"', '""') + '"' + ("*" if prefix else "")
    return [row for (row,) in db.execute("SELECT rowid FROM words WHERE words MATCH ? ORDER BY bm25(words)", (term,))]


def scores(gold: dict[str, set[int]], found: dict[str, list[int]]) -> tuple[str, ...]:
    """Micro recall and precision over all queries, precision of the first ten hits (mean over queries
    with a hit), and the share of queries whose every relevant sentence is found."""
    hit = sum(len(gold[q] & set(found[q])) for q in gold)
    recall = hit / sum(len(g) for g in gold.values())
    precision = hit / max(1, sum(len(f) for f in found.values()))
    tops = [sum(i in gold[q] for i in found[q][:10]) / len(found[q][:10]) for q in gold if found[q]]
    complete = sum(gold[q] <= set(found[q]) for q in gold) / len(gold)
    return tuple(f"{100 * x:.1f} %" for x in (recall, precision, sum(tops) / len(tops), complete))


def main() -> None:
    data, _ = data_dir(__doc__.splitlines()[0])
    from taldau.corpus import READER, Corpus
    from taldau.pipeline import Pipeline

    sentences = ud_sentences(data)
    texts = [text for text, _, _ in sentences]
    corpus = Corpus(pipeline=Pipeline(READER))
    corpus.pipeline("Алматы")  # models loaded before the clock starts; caches still cold
    start = time.perf_counter()
    ids = corpus.add_many((str(i), text) for i, text in enumerate(texts))
    indexing = time.perf_counter() - start
    sentence_of = {doc: i for i, doc in enumerate(ids)}  # one sentence per document here
    tokens = sum(len(text.split()) for text in texts)

    counts = Counter(lemma for _, lemmas, _ in sentences for lemma in lemmas)
    queries = [lemma for lemma, _ in counts.most_common(QUERIES)]
    gold = {q: {i for i, (_, _, lemmas) in enumerate(sentences) if q in lemmas} for q in queries}

    start = time.perf_counter()
    ours = {q: [sentence_of[h.doc] for h in corpus.search(q, limit=10_000)] for q in queries}
    per_query = (time.perf_counter() - start) / len(queries)
    plain = plain_index(texts)
    exact = {q: plain_search(plain, q, prefix=False) for q in queries}
    prefix = {q: plain_search(plain, q, prefix=True) for q in queries}

    rows = [
        ("taldau.corpus: lemma index (chosen reading first, every reading found)", *scores(gold, ours)),
        ("SQLite FTS5 over the words as written (query = lemma)", *scores(gold, exact)),
        ("SQLite FTS5 by prefix (query = lemma*)", *scores(gold, prefix)),
    ]
    missed = Counter(q for q in queries for _ in gold[q] - set(ours[q]))
    publish("corpus", "\n".join([
        "## Corpus search by lemma (taldau.corpus)",
        "",
        f"UD Kazakh-KTB train + dev, {len(texts)} sentences indexed as documents; the {len(queries)} most frequent "
        "content lemmas (NOUN, PROPN, VERB, ADJ) as queries; a sentence is relevant when one of its words has that "
        "gold lemma, whatever its part of speech. Recall and precision are micro-averaged over all (query, sentence) pairs; *complete* is the "
        "share of queries whose every relevant sentence is found; hits are ranked by BM25. `python -m bench.corpus`.",
        "",
        table(("search", "recall", "precision", "precision of the first 10", "complete queries"), rows),
        "",
        f"Indexing (segmentation, language, morphology; no entities): {len(texts) / indexing:,.0f} sentences/s, "
        f"{tokens / indexing:,.0f} words/s; a query (lemmatised, searched, hits marked) takes {1000 * per_query:.1f} ms "
        "on average. The plain index finds only the forms typed (кітап, not кітабы or кітапты); the prefix query "
        "also finds unrelated words (ал* finds алды and алма) and misses forms whose stem changes (кітап* misses "
        "кітабы). taldau reads both through the analyser and indexes every reading's lemma, the chosen one apart: a "
        "query typed as a dictionary form that the tagger reads as itself (жаса) asks for that lemma alone, and hits "
        "where it is the chosen reading rank first. That rule was designed while looking at these sentences' "
        "errors (the UD KTB test part is not in ../shared/data), so the figure is not a held-out one. "
        f"Most missed relevant sentences, by query: {', '.join(f'{q} ({n})' for q, n in missed.most_common(8))}.",
    ]))
    measured = dict(zip(("recall", "precision", "precision of the first 10"), (float(x.split()[0]) for x in rows[0][1:])))
    low = [f"{name} {measured[name]} % < {floor} %" for name, floor in FLOORS.items() if measured[name] < floor]
    for problem in low:
        print(f"below floor: {problem}", file=sys.stderr)
    return 1 if low else 0


if __name__ == "__main__":
    sys.exit(main())
