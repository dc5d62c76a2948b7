"""What a corpus says an actor wants: stances stored beside a `taldau.corpus.Corpus`, grouped on query.

    >>> with Corpus("news.db") as corpus:
    ...     StanceIndex(corpus).about("US")     # [Group(kind='goal', target='сал', count=3, sources=[...]), ...]

The corpus keeps documents, sentences and entities; this module adds a `relations` table in the same
SQLite file and fills it for the documents that are not in it yet (their stored text analysed again), so
a corpus indexed before stances existed answers too. An actor is asked for by ISO code or by any name
of its country (US, АҚШ, Америка: the country and every actor phrase linked to it, АҚШ үкіметі,
американдық компаниялар), or by canonical name (Ресей үкіметі).
"""
from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from taldau.doc import Doc
from taldau.ner import bodies, gazetteer
from taldau.stances.summary import actor_key

if TYPE_CHECKING:
    from taldau.corpus import Corpus

SCHEMA = """
CREATE TABLE IF NOT EXISTS relations (
    doc INTEGER NOT NULL, sentence_start INTEGER, sentence_end INTEGER, kind TEXT, negated INTEGER,
    implicit INTEGER, actor_key TEXT, actor TEXT, link TEXT, predicate TEXT, target TEXT, target_lemma TEXT);
CREATE INDEX IF NOT EXISTS relations_actor ON relations(actor_key);
CREATE INDEX IF NOT EXISTS relations_link ON relations(link);
CREATE TABLE IF NOT EXISTS stance_documents (doc INTEGER PRIMARY KEY);
"""


@dataclass(frozen=True, slots=True)
class Source:
    doc: int
    source: str | None
    sentence: str
    negated: bool


@dataclass(frozen=True, slots=True)
class Group:
    """All the corpus's stances of one kind about one target lemma: how many, and where."""

    kind: str
    target: str  # the lemma of the target's head word (сал, жоба), "" when there is none
    count: int
    negated: int  # how many of them deny the stance
    examples: tuple[str, ...]  # target phrases as written, the most frequent first
    sources: tuple[Source, ...]


def relation_rows(doc: Doc, doc_id: int) -> list[tuple]:
    """The rows a document's relations take in the `relations` table."""
    ends = {t.end: t for t in doc.tokens}
    out = []
    for r in doc.relations:
        sentence = doc.sentences[r.sentence]
        head = ends.get(r.target.end) if r.target else None
        lemma = (head.lemma or head.norm).lower() if head else ""
        out.append((doc_id, sentence.start, sentence.end, r.kind, int(r.negated), int(r.implicit),
                    actor_key(r.actor), r.actor.canonical or r.actor.text, r.actor.link, r.predicate.canonical,
                    r.target.text if r.target else None, lemma))
    return out


class StanceIndex:
    """The relations of a corpus's documents, read on first need and kept in its SQLite file."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.db: sqlite3.Connection = corpus.db
        self.db.executescript(SCHEMA)

    def update(self) -> int:
        """Read the stances of the documents not read yet; returns how many documents were read."""
        todo = self.db.execute("SELECT id, text FROM documents WHERE id NOT IN (SELECT doc FROM stance_documents) "
                               "ORDER BY id").fetchall()
        pipeline = self.corpus.pipeline
        for doc_id, text in todo:
            with self.db:
                self.db.executemany("INSERT INTO relations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                    relation_rows(pipeline(text), doc_id))
                self.db.execute("INSERT INTO stance_documents (doc) VALUES (?)", (doc_id,))
        return len(todo)

    def about(self, name: str, limit: int = 5) -> list[Group]:
        """What the corpus says `name` (an ISO code or a canonical name) wants, needs, supports or opposes,
        grouped by kind and target lemma, the largest groups first; `limit` sources per group."""
        if not name.strip():
            raise ValueError("name an actor: an ISO 3166 code (US) or a canonical name (Ресей үкіметі)")
        self.update()
        name = _key(name.strip())
        rows = self.db.execute(
            "SELECT r.kind, r.target_lemma, r.target, r.negated, r.doc, d.source, d.text, r.sentence_start, "
            "r.sentence_end FROM relations r JOIN documents d ON d.id = r.doc "
            "WHERE r.link = ? OR r.actor_key = ? ORDER BY r.doc, r.sentence_start",
            (name, name.lower())).fetchall()
        groups: dict[tuple[str, str], list] = defaultdict(list)
        for row in rows:
            groups[(row[0], row[1])].append(row)
        out = []
        for (kind, lemma), found in groups.items():
            phrases: dict[str, int] = defaultdict(int)
            for row in found:
                phrases[row[2] or ""] += 1
            examples = tuple(sorted(phrases, key=lambda p: -phrases[p])[:3])
            sources = tuple(Source(r[4], r[5], r[6][r[7] : r[8]], bool(r[3])) for r in found[:limit])
            out.append(Group(kind, lemma, len(found), sum(r[3] for r in found), examples, sources))
        return sorted(out, key=lambda g: (-g.count, g.kind, g.target))


def _key(name: str) -> str:
    """A country's ISO code for any of its names (Америка, АҚШ -> US), a body's canonical name for any of its
    (БҰҰ, Еуроодақ -> біріккен ұлттар ұйымы, еуропалық одақ), else the name itself."""
    words = tuple(name.split())
    found = gazetteer.match(words)
    if found and found[1].kind == "country":
        return found[1].code
    body = bodies.canonical(words)
    return body.lower() if body else name
