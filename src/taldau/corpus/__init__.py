"""A searchable corpus: documents analysed once, stored in SQLite, found by lemma through FTS5.

    >>> corpus = Corpus("news.db")
    >>> corpus.add("Қазақстан мұнайды Қытайға сатады.", source="a.txt")
    >>> [hit.marked() for hit in corpus.search("мұнай")]
    ['Қазақстан [мұнайды] Қытайға сатады.']

Each sentence is indexed by the lemmas of its words (see `terms`): the reading chosen in context
weighs most, the other readings' lemmas keep an ambiguous word findable, Latin-script Kazakh goes
under its Cyrillic lemmas and a query in Latin letters without diacritics (munai) finds them too.
Several words must all occur in the sentence; a quoted "phrase" must occur in that order. Entities
are stored with their canonical names and ISO links, so `mentions("us")` finds АҚШ-тың and Америка
Құрама Штаттарымен alike.

A document is identified by its source (a resolved path, or a name the caller gives) and the hash of
its text: `put` skips it when unchanged, replaces it in one transaction when changed, and two writers
never store it twice (a unique source, write transactions taken at once, a busy timeout).
"""
from __future__ import annotations

import json
import sqlite3
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from taldau.corpus import terms
from taldau.corpus.schema import CorpusError, connect, content_hash, transaction
from taldau.doc import Doc

if TYPE_CHECKING:
    from taldau.pipeline import Pipeline

__all__ = ["Corpus", "CorpusError", "Hit", "Mention", "Rows", "content_hash", "rows"]
READER = ["langid", "cyrillic", "morph", "tagger"]  # what reads queries: words, their lemmas, the chosen one
MARKER = READER[:-1]  # what marks the words of hits: any reading's lemma will do, so no tagger (half the time)
State = Literal["new", "unchanged", "changed"]
SURE_QUERY = 0.9  # below this the model's language of a query is not trusted: a query is read as Kazakh
RANKED = 5_000  # hits of a query ranked by BM25; more come newest first (BM25 costs ~3 µs a hit, and p99 < 100 ms)


@dataclass(frozen=True, slots=True)
class Hit:
    """A sentence that matches a query: where it is in its document, its text, the matched words."""

    doc: int
    source: str | None
    start: int
    end: int
    text: str
    matches: tuple[tuple[int, int], ...]  # offsets of the matched words in `text`
    score: float

    def marked(self, left: str = "[", right: str = "]", escape=str) -> str:
        """The text with each matched word between `left` and `right` (other text through `escape`)."""
        out, last = [], 0
        for start, end in self.matches:
            out += [escape(self.text[last:start]), left, escape(self.text[start:end]), right]
            last = end
        return "".join(out) + escape(self.text[last:])


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity found in the corpus, with the sentence it is in."""

    doc: int
    source: str | None
    label: str
    text: str
    canonical: str | None
    link: str | None
    sentence: str


@dataclass(frozen=True, slots=True)
class Rows:
    """What the corpus stores of an analysed document: small plain tuples, cheap to send between processes."""

    text: str
    sentences: list[tuple[int, int, str | None, str, str, str]]  # start, end, lang, chosen, other, latin
    entities: list[tuple[int | None, str, int, int, str, str | None, str | None]]  # sentence index first
    quantities: list[tuple[str, int, int, str, str, str | None]]  # value as JSON


def rows(doc: Doc) -> Rows:
    """The rows of an analysed document."""
    starts = [s.start for s in doc.sentences]
    return Rows(
        doc.text,
        [(s.start, s.end, s.lang, *terms.columns(doc.sentence_tokens(s))) for s in doc.sentences],
        [(_sentence_at(starts, e.start), e.label, e.start, e.end, e.text, e.canonical, e.link) for e in doc.entities],
        [(q.kind, q.start, q.end, q.text, json.dumps(q.value, ensure_ascii=False), q.unit) for q in doc.quantities],
    )


class Corpus:
    """Documents in one SQLite file; `add`/`put` analyse and index, `search` and `mentions` find.

    Raises CorpusError when the file is not a taldau corpus this version can read."""

    def __init__(self, path: str | Path = ":memory:", pipeline: Pipeline | None = None) -> None:
        self.path = path
        self._pipeline = pipeline
        self.db = connect(path, lambda: self._relemmatize)  # a server's threads take turns

    @property
    def pipeline(self) -> Pipeline:
        """The full pipeline documents go through (entities and quantities included)."""
        if self._pipeline is None:
            from taldau.pipeline import Pipeline

            self._pipeline = Pipeline()
        return self._pipeline

    @cached_property
    def reader(self) -> Pipeline:
        """The light pipeline that reads queries and marks hits: words and their lemmas only."""
        from taldau.pipeline import Pipeline

        return Pipeline(READER)

    def _read(self, text: str):
        return self.reader(text).tokens

    def _read_query(self, text: str):
        """A query's words, read as Kazakh unless its letters or a sure model say otherwise: a few words are too few
        for the language model (атом электр стансасы looked Russian to it, and its words got no Kazakh lemma)."""
        doc = Doc(text)
        for component in self.reader.components:
            doc = component(doc)
            if component.name == "langid":
                doc = replace(doc, sentences=tuple(s if s.lang == "kk" or _surely(doc.text[s.start : s.end])
                                                   else replace(s, lang="kk") for s in doc.sentences))
        return doc.tokens

    @cached_property
    def marker(self) -> Pipeline:
        from taldau.pipeline import Pipeline

        return Pipeline(MARKER)

    @cached_property
    def splitter(self) -> Pipeline:
        """Words only (segmentation), to line a hit's words up with the lemmas stored for them."""
        from taldau.pipeline import Pipeline

        return Pipeline([])

    def _relemmatize(self, sentence: str) -> tuple[str, str, str]:
        return terms.columns(self._read(sentence))

    def has(self, source: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE source = ?", (source,)).fetchone() is not None

    def state(self, source: str, digest: str) -> State:
        """Whether the document at `source` with content hash `digest` is new, already there, or changed."""
        row = self.db.execute("SELECT hash FROM documents WHERE source = ?", (source,)).fetchone()
        return "new" if row is None else "unchanged" if row[0] == digest else "changed"

    def __len__(self) -> int:
        return self.db.execute("SELECT count(*) FROM documents").fetchone()[0]

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *_) -> None:
        self.close()

    def add(self, text: str | Doc | Rows, source: str | None = None) -> int:
        """Analyse `text` (or take an analysed Doc, or its `rows`) and index it under `source` (replacing
        what was there); returns the document's id."""
        return self.add_many([(source, text)])[0]

    def add_many(self, items: Iterable[tuple[str | None, str | Doc | Rows]]) -> list[int]:
        """(source, text, Doc or rows) pairs, added in one transaction: much faster than one by one."""
        found = [(source, self._rows(text)) for source, text in items]
        with transaction(self.db):
            return [self._store(rows, source, content_hash(rows.text)) for source, rows in found]

    def put(self, items: Iterable[tuple[str, str, Rows]]) -> list[State]:
        """(source, content hash, rows) of analysed documents, stored in one transaction: a new source is
        added, a changed one replaced, an unchanged one (stored meanwhile by another writer) left alone."""
        with transaction(self.db):
            states = []
            for source, digest, found in items:
                states.append(self.state(source, digest))
                if states[-1] != "unchanged":
                    self._store(found, source, digest)
            return states

    def _rows(self, text: str | Doc | Rows) -> Rows:
        if isinstance(text, Rows):
            return text
        return rows(text if isinstance(text, Doc) else self.pipeline(text))

    def _store(self, found: Rows, source: str | None, digest: str) -> int:
        db = self.db
        if source is not None:
            self._remove(source)
        doc_id = db.execute("INSERT INTO documents (source, hash, text) VALUES (?, ?, ?)", (source, digest, found.text)).lastrowid
        ids = [db.execute('INSERT INTO sentences (doc, start, "end", lang, chosen, other, latin) VALUES (?, ?, ?, ?, ?, ?, ?)',
                          (doc_id, *sentence)).lastrowid for sentence in found.sentences]
        db.executemany(
            'INSERT INTO entities (doc, sentence, label, start, "end", text, canonical, link, key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
            [(doc_id, ids[i] if i is not None else None, *entity, entity[-2] and entity[-2].casefold())
             for i, *entity in found.entities])
        db.executemany('INSERT INTO quantities (doc, kind, start, "end", text, value, unit) VALUES (?, ?, ?, ?, ?, ?, ?)',
                       [(doc_id, *quantity) for quantity in found.quantities])
        return doc_id

    def _remove(self, source: str) -> None:
        for (doc,) in self.db.execute("SELECT id FROM documents WHERE source = ?", (source,)).fetchall():
            for table in ("sentences", "entities", "quantities"):
                self.db.execute(f"DELETE FROM {table} WHERE doc = ?", (doc,))
            self.db.execute("DELETE FROM documents WHERE id = ?", (doc,))

    def prune(self) -> list[str]:
        """Remove the documents whose source is a file path that no longer exists; returns their sources."""
        with transaction(self.db):
            sources = [s for (s,) in self.db.execute("SELECT source FROM documents WHERE source IS NOT NULL")]
            gone = [s for s in sources if Path(s).is_absolute() and not Path(s).exists()]
            for source in gone:
                self._remove(source)
        return gone

    def check(self) -> list[str]:
        """Problems found by SQLite's and FTS5's integrity checks; empty when the file is sound."""
        problems = [row[0] for row in self.db.execute("PRAGMA integrity_check") if row[0] != "ok"]
        try:
            self.db.execute("INSERT INTO lemma_index (lemma_index, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as error:
            problems.append(f"lemma index: {error}")
        return problems

    def query(self, text: str) -> str:
        """The FTS5 query for a user's query (see `terms.fts_query`)."""
        return terms.fts_query(text, self._read_query)[0]

    def count(self, text: str) -> int:
        """How many sentences match the query."""
        return self._count(self.query(text))

    def search(self, text: str, limit: int = 20, offset: int = 0) -> list[Hit]:
        """Sentences whose words include the query's lemmas, best first: first those where each query word's
        meant lemma is the chosen reading's, then the others; within each, by BM25 (chosen readings weighing
        most), or newest first when there are more than RANKED hits (BM25 over them would take too long)."""
        found, best = terms.fts_query(text, self._read_query)
        ranked: list[tuple[int, float]] = []
        for query in dict.fromkeys([best, f"({found}) NOT ({best})" if found != best else best]):
            total = self._count(query)
            if offset < total and len(ranked) < limit:
                ranked += self._page(query, total <= RANKED, limit - len(ranked), offset)
            offset = max(0, offset - total)
        places = {row[0]: row[1:] for row in self.db.execute(
            'SELECT s.id, s.doc, d.source, s.start, s."end", s.chosen, s.other, s.latin FROM sentences s '
            f"JOIN documents d ON d.id = s.doc WHERE s.id IN ({','.join('?' * len(ranked))})",
            [sentence for sentence, _ in ranked])}
        asked = terms.wanted(text, self._read_query)
        texts = self._texts({doc for doc, *_ in places.values()})
        hits = []
        for sentence, score in ranked:
            doc, source, start, end, *indexed = places[sentence]
            words = texts[doc][start:end]
            hits.append(Hit(doc, source, start, end, words, self._matches(words, indexed, asked), -score))
        return hits

    def _count(self, query: str) -> int:
        return self.db.execute("SELECT count(*) FROM lemma_index WHERE lemma_index MATCH ?", (query,)).fetchone()[0]

    def _page(self, query: str, by_score: bool, limit: int, offset: int) -> list[tuple[int, float]]:
        """(sentence id, BM25) of the hits of an FTS5 query, best first or newest first."""
        weights = ", ".join(map(str, terms.WEIGHTS))
        return self.db.execute(
            f"SELECT rowid, bm25(lemma_index, {weights}) AS score FROM lemma_index WHERE lemma_index MATCH ? "
            f"ORDER BY {'score' if by_score else 'rowid DESC'} LIMIT ? OFFSET ?", (query, limit, offset)).fetchall()

    def _texts(self, ids: set[int]) -> dict[int, str]:
        """Document texts by id. Sentences are cut in Python: SQLite's substr stops at a NUL character."""
        marks = ",".join("?" * len(ids))
        return dict(self.db.execute(f"SELECT id, text FROM documents WHERE id IN ({marks})", sorted(ids)).fetchall())

    def _matches(self, sentence: str, indexed: list[str], asked: set[str]) -> tuple[tuple[int, int], ...]:
        """Offsets of the words of the sentence whose lemmas were asked for: read from the lemmas it is
        indexed under, word by word; from a new analysis when its words no longer line up with them."""
        tokens = terms.words(self.splitter(sentence).tokens)
        found = terms.aligned(*indexed)
        if len(found) == len(tokens) == len(indexed[0].split(" ")) and indexed[0]:
            return tuple((t.start, t.end) for t, lemmas in zip(tokens, found) if asked & lemmas)
        return tuple((t.start, t.end) for t in self.marker(sentence).tokens if terms.marks(t, asked))

    _MENTIONED = "FROM entities e WHERE e.key = ? OR e.link = ?"

    def count_mentions(self, name: str) -> int:
        """How many mentions `mentions(name)` would give without a limit."""
        return self.db.execute(f"SELECT count(*) {self._MENTIONED}", (name.casefold(), name.upper())).fetchone()[0]

    def mentions(self, name: str, limit: int = 100, offset: int = 0) -> list[Mention]:
        """Entities whose canonical name or ISO link is `name`, in any case (Ресей, ресей, RU, ru), in corpus order."""
        rows = self.db.execute(
            "SELECT e.doc, d.source, e.label, e.text, e.canonical, e.link, s.start, s.\"end\" "
            "FROM entities e JOIN documents d ON d.id = e.doc LEFT JOIN sentences s ON s.id = e.sentence "
            "WHERE e.key = ? OR e.link = ? ORDER BY e.doc, e.start LIMIT ? OFFSET ?",
            (name.casefold(), name.upper(), limit, offset)).fetchall()
        texts = self._texts({row[0] for row in rows})
        return [Mention(*row[:6], texts[row[0]][row[6] : row[7]] if row[6] is not None else "") for row in rows]


def _surely(text: str) -> bool:
    """The language of a query's sentence is told by its letters or by the model with confidence, or its words are no
    Kazakh the dictionary knows (цены, налоги stay Russian; атом электр стансасы is Kazakh)."""
    from taldau.langid import identify
    from taldau.morph import analyze

    guess = identify(text)
    if guess.rule != "ngram_model" or guess.confidence >= SURE_QUERY:
        return True
    words = [word for word in text.lower().split() if word.isalpha()]
    return not words or any(all(a.guessed or a.upos == "PROPN" for a in analyze(word)) for word in words)


def _sentence_at(starts: list[int], offset: int) -> int | None:
    """The index of the sentence an offset falls in."""
    i = bisect_right(starts, offset) - 1
    return i if i >= 0 else None
