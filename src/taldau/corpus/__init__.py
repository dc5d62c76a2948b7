"""A searchable corpus: documents analysed once, stored in SQLite, found by lemma through FTS5.

    >>> corpus = Corpus("news.db")
    >>> corpus.add("Қазақстан мұнайды Қытайға сатады.", source="a.txt")
    >>> [hit.marked() for hit in corpus.search("мұнай")]
    ['Қазақстан [мұнайды] Қытайға сатады.']

Each sentence is indexed by the lemmas of its words (every reading's lemma, so an ambiguous word is
found under each), lower-cased, Latin-script Kazakh under its Cyrillic lemmas. A query is read the
same way: "мұнайды" and "mūnai" both ask for the lemma мұнай; several words must all occur in the
sentence; a quoted "phrase" must occur in that order. Entities are stored with their canonical names
and ISO links, so `mentions("US")` finds АҚШ-тың and Америка Құрама Штаттарымен alike.
"""
from __future__ import annotations

import json
import re
import sqlite3
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from taldau.doc import Doc, Token

if TYPE_CHECKING:
    from taldau.pipeline import Pipeline

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (id INTEGER PRIMARY KEY, source TEXT, text TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sentences (
    id INTEGER PRIMARY KEY, doc INTEGER NOT NULL REFERENCES documents(id), start INTEGER, "end" INTEGER,
    lang TEXT);
CREATE INDEX IF NOT EXISTS sentences_doc ON sentences(doc);
CREATE VIRTUAL TABLE IF NOT EXISTS lemma_index USING fts5(lemmas, content='', tokenize="unicode61 remove_diacritics 0 tokenchars '-'");
CREATE TABLE IF NOT EXISTS entities (
    doc INTEGER NOT NULL REFERENCES documents(id), sentence INTEGER, label TEXT, start INTEGER, "end" INTEGER,
    text TEXT, canonical TEXT, link TEXT);
CREATE INDEX IF NOT EXISTS entities_canonical ON entities(canonical);
CREATE INDEX IF NOT EXISTS entities_link ON entities(link);
CREATE TABLE IF NOT EXISTS quantities (
    doc INTEGER NOT NULL REFERENCES documents(id), kind TEXT, start INTEGER, "end" INTEGER, text TEXT,
    value TEXT, unit TEXT);
"""
_PHRASE = re.compile(r'"([^"]*)"|(\S+)')


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
    sentences: list[tuple[int, int, str | None, str]]  # start, end, lang, lemmas
    entities: list[tuple[int | None, str, int, int, str, str | None, str | None]]  # sentence index first
    quantities: list[tuple[str, int, int, str, str, str | None]]  # value as JSON


def rows(doc: Doc) -> Rows:
    """The rows of an analysed document."""
    starts = [s.start for s in doc.sentences]
    return Rows(
        doc.text,
        [(s.start, s.end, s.lang, " ".join(x for t in doc.sentence_tokens(s) for x in _lemmas(t))) for s in doc.sentences],
        [(_sentence_at(starts, e.start), e.label, e.start, e.end, e.text, e.canonical, e.link) for e in doc.entities],
        [(q.kind, q.start, q.end, q.text, json.dumps(q.value, ensure_ascii=False), q.unit) for q in doc.quantities],
    )


def _lemmas(token: Token) -> list[str]:
    """Every distinct lemma of a word, lower-cased; a word without readings stands for itself."""
    found = [a.lemma.lower() for a in token.analyses] or [token.norm.lower()]
    return list(dict.fromkeys(found))


def _fts_term(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


class Corpus:
    """Documents in one SQLite file; `add` analyses and indexes, `search` and `mentions` find."""

    def __init__(self, path: str | Path = ":memory:", pipeline: Pipeline | None = None) -> None:
        self.path = path
        self._pipeline = pipeline
        self.db = sqlite3.connect(str(path), check_same_thread=False)  # a server's threads take turns
        self.db.executescript(SCHEMA)

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

        return Pipeline(["langid", "cyrillic", "morph"])

    def has(self, source: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE source = ?", (source,)).fetchone() is not None

    def __len__(self) -> int:
        return self.db.execute("SELECT count(*) FROM documents").fetchone()[0]

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *_) -> None:
        self.close()

    def add(self, text: str | Doc | Rows, source: str | None = None) -> int:
        """Analyse `text` (or take an analysed Doc, or its `rows`) and index it; returns the document's id."""
        with self.db:
            return self._store(self._rows(text), source)

    def add_many(self, items: Iterable[tuple[str | None, str | Doc | Rows]]) -> list[int]:
        """(source, text, Doc or rows) pairs, added in one transaction: much faster than one by one."""
        with self.db:
            return [self._store(self._rows(text), source) for source, text in items]

    def _rows(self, text: str | Doc | Rows) -> Rows:
        if isinstance(text, Rows):
            return text
        return rows(text if isinstance(text, Doc) else self.pipeline(text))

    def _store(self, found: Rows, source: str | None) -> int:
        db = self.db
        doc_id = db.execute("INSERT INTO documents (source, text) VALUES (?, ?)", (source, found.text)).lastrowid
        ids = []
        for start, end, lang, lemmas in found.sentences:
            row = db.execute('INSERT INTO sentences (doc, start, "end", lang) VALUES (?, ?, ?, ?)',
                             (doc_id, start, end, lang)).lastrowid
            db.execute("INSERT INTO lemma_index (rowid, lemmas) VALUES (?, ?)", (row, lemmas))
            ids.append(row)
        db.executemany(
            'INSERT INTO entities (doc, sentence, label, start, "end", text, canonical, link) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
            [(doc_id, ids[i] if i is not None else None, *entity) for i, *entity in found.entities])
        db.executemany('INSERT INTO quantities (doc, kind, start, "end", text, value, unit) VALUES (?, ?, ?, ?, ?, ?, ?)',
                       [(doc_id, *quantity) for quantity in found.quantities])
        return doc_id

    def query(self, text: str) -> str:
        """The FTS5 query for a user's query: each word by its lemmas (any of them), all words required,
        a "quoted phrase" as a phrase of first lemmas."""
        parts = []
        for phrase, word in _PHRASE.findall(text):
            words = self._words(phrase or word)
            if phrase and words:
                parts.append(" + ".join(_fts_term(lemmas[0]) for lemmas in words))
            else:
                parts += ["(" + " OR ".join(map(_fts_term, lemmas)) + ")" for lemmas in words]
        if not parts:
            raise ValueError(f"nothing to search for in {text!r}")
        return " AND ".join(parts)

    def _words(self, text: str) -> list[list[str]]:
        """The lemmas of each word of `text`, punctuation left out."""
        return [_lemmas(t) for t in self.reader(text).tokens if any(c.isalnum() for c in t.text)]

    def search(self, text: str, limit: int = 20) -> list[Hit]:
        """Sentences whose words include the query's lemmas, best first (BM25)."""
        rows = self.db.execute(
            'SELECT s.doc, d.source, s.start, s."end", bm25(lemma_index) AS score FROM lemma_index '
            "JOIN sentences s ON s.id = lemma_index.rowid JOIN documents d ON d.id = s.doc "
            "WHERE lemma_index MATCH ? ORDER BY score LIMIT ?", (self.query(text), limit)).fetchall()
        wanted = {lemma for lemmas in self._words(text.replace('"', " ")) for lemma in lemmas}
        texts = self._texts({row[0] for row in rows})
        return [Hit(doc, source, start, end, texts[doc][start:end], self._matches(texts[doc][start:end], wanted), -score)
                for doc, source, start, end, score in rows]

    def _texts(self, ids: set[int]) -> dict[int, str]:
        """Document texts by id. Sentences are cut in Python: SQLite's substr stops at a NUL character."""
        marks = ",".join("?" * len(ids))
        return dict(self.db.execute(f"SELECT id, text FROM documents WHERE id IN ({marks})", sorted(ids)).fetchall())

    def _matches(self, sentence: str, wanted: set[str]) -> tuple[tuple[int, int], ...]:
        """Offsets of the words of the sentence whose lemmas were asked for."""
        return tuple((t.start, t.end) for t in self.reader(sentence).tokens if wanted.intersection(_lemmas(t)))

    def mentions(self, name: str, limit: int = 100) -> list[Mention]:
        """Entities whose canonical name or ISO link is `name` (Ресей, RU), in corpus order."""
        rows = self.db.execute(
            "SELECT e.doc, d.source, e.label, e.text, e.canonical, e.link, s.start, s.\"end\" "
            "FROM entities e JOIN documents d ON d.id = e.doc LEFT JOIN sentences s ON s.id = e.sentence "
            "WHERE e.canonical = ? OR e.link = ? ORDER BY e.doc, e.start LIMIT ?", (name, name, limit)).fetchall()
        texts = self._texts({row[0] for row in rows})
        return [Mention(*row[:6], texts[row[0]][row[6] : row[7]] if row[6] is not None else "") for row in rows]


def _sentence_at(starts: list[int], offset: int) -> int | None:
    """The index of the sentence an offset falls in."""
    i = bisect_right(starts, offset) - 1
    return i if i >= 0 else None

