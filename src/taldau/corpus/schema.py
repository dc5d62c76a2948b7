"""The corpus file: its tables, its version, and what to do with a file that is not (yet) ours.

A taldau corpus carries `PRAGMA application_id` = TALDAU and `PRAGMA user_version` = VERSION. Opening
a file creates the tables when it is empty, migrates an older taldau corpus (the unversioned one of
taldau 0.1, which has no content hashes and a contentless lemma index), and refuses anything else
with a one-line reason: another application's database, a newer taldau's, or a file that is not SQLite.
"""
from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

TALDAU = 0x74616C64  # "tald"
VERSION = 2  # 1 was taldau 0.1's unversioned file (user_version 0, no application_id)
BUSY_MS = 60_000  # how long a writer waits for another one to finish its transaction
RETRY_S = 0.05  # between tries to open a file another process is setting up

_FTS = """CREATE VIRTUAL TABLE lemma_index USING fts5(chosen, other, latin, content='sentences', content_rowid='id',
    tokenize="unicode61 remove_diacritics 0 tokenchars '-'")"""
# sentences keep their lemma strings: the index reads them (external content), so it can be checked and
# rebuilt; these triggers keep it in step
_TRIGGERS = [
    """CREATE TRIGGER sentences_insert AFTER INSERT ON sentences BEGIN
    INSERT INTO lemma_index (rowid, chosen, other, latin) VALUES (new.id, new.chosen, new.other, new.latin); END""",
    """CREATE TRIGGER sentences_delete AFTER DELETE ON sentences BEGIN
    INSERT INTO lemma_index (lemma_index, rowid, chosen, other, latin)
    VALUES ('delete', old.id, old.chosen, old.other, old.latin); END""",
]
_INDEXES = [
    "CREATE INDEX IF NOT EXISTS entities_doc ON entities(doc)",
    "CREATE INDEX IF NOT EXISTS entities_key ON entities(key)",
    "CREATE INDEX IF NOT EXISTS entities_link ON entities(link)",
    "CREATE INDEX IF NOT EXISTS quantities_doc ON quantities(doc)",
]
# statements one by one: executescript would commit the transaction they run in
SCHEMA = [
    "CREATE TABLE documents (id INTEGER PRIMARY KEY, source TEXT UNIQUE, hash TEXT, text TEXT NOT NULL)",
    """CREATE TABLE sentences (
    id INTEGER PRIMARY KEY, doc INTEGER NOT NULL REFERENCES documents(id), start INTEGER, "end" INTEGER,
    lang TEXT, chosen TEXT NOT NULL DEFAULT '', other TEXT NOT NULL DEFAULT '', latin TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX sentences_doc ON sentences(doc)",
    _FTS, *_TRIGGERS,
    """CREATE TABLE entities (
    doc INTEGER NOT NULL REFERENCES documents(id), sentence INTEGER, label TEXT, start INTEGER, "end" INTEGER,
    text TEXT, canonical TEXT, link TEXT, key TEXT)""",
    """CREATE TABLE quantities (
    doc INTEGER NOT NULL REFERENCES documents(id), kind TEXT, start INTEGER, "end" INTEGER, text TEXT,
    value TEXT, unit TEXT)""",
    *_INDEXES,
]
_LEGACY_TABLES = {"documents", "sentences", "lemma_index", "entities", "quantities"}

Relemmatize = Callable[[str], tuple[str, str, str]]  # a sentence's text -> its chosen, other and latin lemmas


class CorpusError(ValueError):
    """A corpus file taldau cannot use; the message is one line saying why."""


def connect(path: str | Path, relemmatize: Callable[[], Relemmatize]) -> sqlite3.Connection:
    """An open, current taldau corpus at `path` (created when absent or empty, migrated when older). Two processes
    opening a new file at once may find it locked past the busy timeout (SQLite answers at once where waiting would
    deadlock: one switching the file to WAL while the other writes its schema): the opening is tried again."""
    deadline = time.monotonic() + BUSY_MS / 1000
    while True:
        db = None
        try:
            db = sqlite3.connect(str(path), timeout=BUSY_MS / 1000, isolation_level=None, check_same_thread=False)
            _open(db, path, relemmatize)
            return db
        except sqlite3.DatabaseError as error:  # "file is not a database", "unable to open database file"
            if db is not None:
                db.close()
            if not (isinstance(error, sqlite3.OperationalError) and "locked" in str(error)) \
                    or time.monotonic() > deadline:
                raise CorpusError(f"{path}: cannot be used as a corpus: {error}") from None
            time.sleep(RETRY_S)


def _open(db: sqlite3.Connection, path: str | Path, relemmatize: Callable[[], Relemmatize]) -> None:
    if _stamp(db) != (TALDAU, VERSION):  # a current corpus is only read: it may be read-only
        with transaction(db):
            _prepare(db, path, relemmatize)
    if db.execute("PRAGMA journal_mode").fetchone()[0] not in ("wal", "memory"):
        db.execute("PRAGMA journal_mode=WAL")  # readers go on while one writer writes; only once the file is ours
    # a commit writes the WAL without waiting for the disk (fsync at checkpoints): a killed process
    # loses nothing committed, a power cut at most the last transactions, the file stays sound either way
    db.execute("PRAGMA synchronous=NORMAL")


@contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction, taken at once (BEGIN IMMEDIATE) so two writers queue instead of deadlocking."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def _stamp(db: sqlite3.Connection) -> tuple[int, int]:
    """The file's application id and schema version."""
    return db.execute("PRAGMA application_id").fetchone()[0], db.execute("PRAGMA user_version").fetchone()[0]


def _prepare(db: sqlite3.Connection, path: str | Path, relemmatize: Callable[[], Relemmatize]) -> None:
    app, version = _stamp(db)
    tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if app == TALDAU and version == VERSION:
        return
    if app == TALDAU and version > VERSION:
        raise CorpusError(f"{path}: made by a newer taldau (corpus version {version}; this one reads up to {VERSION}); upgrade taldau")
    if app == 0 and version == 0 and not tables:
        for statement in SCHEMA:
            db.execute(statement)
    elif app == 0 and version == 0 and _LEGACY_TABLES <= tables and _columns(db, "documents") == ["id", "source", "text"]:
        _migrate_from_1(db, relemmatize())
    else:
        shown = ", ".join(sorted(tables)[:5]) or "none"
        raise CorpusError(f"{path}: a SQLite database of another application (tables: {shown}); give a new file to --db")
    db.execute(f"PRAGMA application_id = {TALDAU}")
    db.execute(f"PRAGMA user_version = {VERSION}")


def _columns(db: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA table_info({table})")]


def _migrate_from_1(db: sqlite3.Connection, relemmatize: Relemmatize) -> None:
    """taldau 0.1's file: sources made unique (the latest copy kept), hashes of the stored texts, lemma
    columns recomputed from the stored sentences (the old index kept no text to read them back from)."""
    stale = "SELECT id FROM documents d WHERE EXISTS (SELECT 1 FROM documents n WHERE n.source = d.source AND n.id > d.id)"
    for table in ("sentences", "entities", "quantities"):
        db.execute(f"DELETE FROM {table} WHERE doc IN ({stale})")
    db.execute(f"DELETE FROM documents WHERE id IN ({stale})")
    db.execute("DROP TABLE lemma_index")
    db.execute("ALTER TABLE documents ADD COLUMN hash TEXT")
    db.execute("CREATE UNIQUE INDEX documents_source ON documents(source)")
    for column in ("chosen", "other", "latin"):
        db.execute(f"ALTER TABLE sentences ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE entities ADD COLUMN key TEXT")
    for doc, text in db.execute("SELECT id, text FROM documents").fetchall():
        db.execute("UPDATE documents SET hash = ? WHERE id = ?", (content_hash(text), doc))
        for sentence, start, end in db.execute('SELECT id, start, "end" FROM sentences WHERE doc = ?', (doc,)).fetchall():
            db.execute("UPDATE sentences SET chosen = ?, other = ?, latin = ? WHERE id = ?",
                       (*relemmatize(text[start:end]), sentence))
    for (canonical,) in db.execute("SELECT DISTINCT canonical FROM entities WHERE canonical IS NOT NULL").fetchall():
        db.execute("UPDATE entities SET key = ? WHERE canonical = ?", (canonical.casefold(), canonical))
    for statement in (_FTS, *_TRIGGERS, *_INDEXES, "INSERT INTO lemma_index (lemma_index) VALUES ('rebuild')"):
        db.execute(statement)


def content_hash(text: str) -> str:
    """What identifies a document's content: SHA-256 of its text in UTF-8."""
    import hashlib

    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
