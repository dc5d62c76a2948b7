"""The index keeps each document once and current, and refuses files that are not its own."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from taldau.cli import app
from taldau.corpus import Corpus, CorpusError, Rows, content_hash
from taldau.corpus.schema import TALDAU, VERSION

TEXTS = ["Үкімет жаңа заң қабылдады.", "Мұнай бағасы биыл өсті.", "Ресейден газ келеді.", "Астанада жиын өтті."]


def taldau(*args: str):
    """The command run in this process (models stay loaded between runs)."""
    return CliRunner().invoke(app, list(args))


def folder(tmp_path: Path, texts: list[str] = TEXTS) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir(exist_ok=True)
    for i, text in enumerate(texts):
        (docs / f"{i}.txt").write_text(text, encoding="utf-8")
    return docs


def sources(db: Path) -> list[str]:
    with sqlite3.connect(db) as con:
        return [s for (s,) in con.execute("SELECT source FROM documents ORDER BY source")]


def test_a_folder_by_relative_and_absolute_path_is_indexed_once(tmp_path: Path, monkeypatch) -> None:
    folder(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert taldau("index", "docs", "--db", "c.db").exit_code == 0
    again = taldau("index", str(tmp_path / "docs"), "--db", "c.db")
    assert "0 added, 0 replaced, 4 already there" in again.stderr
    assert sources(tmp_path / "c.db") == sorted(str(tmp_path / "docs" / f"{i}.txt") for i in range(4))


def test_an_edited_file_is_replaced_and_a_deleted_one_pruned(tmp_path: Path) -> None:
    docs, db = folder(tmp_path), tmp_path / "c.db"
    taldau("index", str(docs), "--db", str(db))
    (docs / "1.txt").write_text("Көмір бағасы төмендеді.", encoding="utf-8")
    (docs / "2.txt").unlink()
    run = taldau("index", str(docs), "--db", str(db), "--prune")
    assert "0 added, 1 replaced, 2 already there, 1 pruned" in run.stderr
    with Corpus(db) as corpus:
        assert corpus.search("мұнай") == [] and [h.text for h in corpus.search("көмір")] == ["Көмір бағасы төмендеді."]
        assert len(corpus) == 3 and corpus.check() == []


def test_two_indexers_at_once_store_each_document_once(tmp_path: Path) -> None:
    docs = folder(tmp_path, [f"Мұнай бағасы {i} пайызға өсті. Ресейден газ келеді." for i in range(24)])
    command = [sys.executable, "-m", "taldau.cli", "index", str(docs), "--db", str(tmp_path / "c.db")]
    runs = [subprocess.Popen(command, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    reports = [run.communicate()[1] for run in runs]
    assert [run.returncode for run in runs] == [0, 0], reports
    assert len(sources(tmp_path / "c.db")) == 24 == len(set(sources(tmp_path / "c.db")))
    with Corpus(tmp_path / "c.db") as corpus:
        assert corpus.count("газ") == 24 and corpus.check() == []


def _foreign(path: Path) -> None:
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE documents (id INTEGER PRIMARY KEY, title TEXT)")


def _newer(path: Path) -> None:
    Corpus(path).close()
    with closing(sqlite3.connect(path)) as con:
        con.execute(f"PRAGMA user_version = {VERSION + 1}")


@pytest.mark.parametrize("make, reason", [
    (_foreign, "another application"),
    (_newer, "newer taldau"),
    (lambda path: path.write_bytes(b"%PDF-1.4 not a database at all\n" * 40), "not a database"),
    (lambda path: path.mkdir(), "unable to open"),
])
def test_a_file_that_is_not_our_corpus_is_refused_in_one_line_and_left_alone(tmp_path: Path, make, reason: str) -> None:
    db = tmp_path / "other.db"
    make(db)
    before = db.read_bytes() if db.is_file() else None
    with pytest.raises(CorpusError, match=reason):
        Corpus(db)
    run = taldau("index", str(folder(tmp_path)), "--db", str(db))
    assert run.exit_code == 2 and reason in run.stderr and len(run.stderr.strip().splitlines()) == 1, run.stderr
    assert (db.read_bytes() if db.is_file() else None) == before


# taldau 0.1's corpus, as it made it (no version, no hashes, sources not unique, a contentless index)
LEGACY = """
CREATE TABLE documents (id INTEGER PRIMARY KEY, source TEXT, text TEXT NOT NULL);
CREATE TABLE sentences (id INTEGER PRIMARY KEY, doc INTEGER NOT NULL REFERENCES documents(id), start INTEGER,
    "end" INTEGER, lang TEXT);
CREATE VIRTUAL TABLE lemma_index USING fts5(lemmas, content='', tokenize="unicode61 remove_diacritics 0 tokenchars '-'");
CREATE TABLE entities (doc INTEGER NOT NULL REFERENCES documents(id), sentence INTEGER, label TEXT, start INTEGER,
    "end" INTEGER, text TEXT, canonical TEXT, link TEXT);
CREATE TABLE quantities (doc INTEGER NOT NULL REFERENCES documents(id), kind TEXT, start INTEGER, "end" INTEGER,
    text TEXT, value TEXT, unit TEXT);
"""


def test_an_older_taldau_corpus_is_migrated_in_place(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    with sqlite3.connect(db) as con:
        con.executescript(LEGACY)
        for doc, (source, text) in enumerate([("a.txt", "Ресейден газ келеді."), ("a.txt", "Ресейден газ келеді."),
                                               ("b.txt", "Мұнай бағасы өсті.")], 1):
            con.execute("INSERT INTO documents VALUES (?, ?, ?)", (doc, source, text))
            con.execute("INSERT INTO sentences VALUES (?, ?, 0, ?, 'kk')", (doc, doc, len(text)))
            con.execute("INSERT INTO lemma_index (rowid, lemmas) VALUES (?, 'x')", (doc,))
        con.execute("INSERT INTO entities VALUES (2, 2, 'GPE', 0, 8, 'Ресейден', 'Ресей', 'RU')")
    with Corpus(db) as corpus:
        assert len(corpus) == 2 and corpus.check() == []
        assert [h.source for h in corpus.search("мұнай")] == ["b.txt"] and corpus.count("газ") == 1
        assert [m.text for m in corpus.mentions("ресей")] == ["Ресейден"]
        assert corpus.state("b.txt", corpus.db.execute("SELECT hash FROM documents WHERE source = 'b.txt'").fetchone()[0]) == "unchanged"
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA application_id").fetchone()[0] == TALDAU
        assert con.execute("PRAGMA user_version").fetchone()[0] == VERSION
    with pytest.raises(sqlite3.IntegrityError):
        with sqlite3.connect(db) as con:
            con.execute("INSERT INTO documents (source, text) VALUES ('a.txt', '')")


def test_a_new_corpus_carries_its_version() -> None:
    with Corpus() as corpus:
        assert corpus.db.execute("PRAGMA user_version").fetchone()[0] == VERSION
        with pytest.raises(sqlite3.IntegrityError):
            corpus.db.execute("INSERT INTO documents (source, text) VALUES ('a', ''), ('a', '')")


@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 2)), max_size=25))
@settings(max_examples=25, deadline=None)
def test_any_sequence_of_puts_leaves_each_source_once_with_its_last_text(puts: list[tuple[int, int]]) -> None:
    def found(text: str) -> Rows:
        return Rows(text, [(0, len(text), "kk", text.lower(), "", text.lower())], [(0, "GPE", 0, len(text), text, "Ресей", "RU")], [])

    with Corpus() as corpus:
        expected: dict[str, str] = {}
        for source, version in puts:
            text = ["Алма", "Газ", "Мұнай"][version]
            states = corpus.put([(f"{source}.txt", content_hash(text), found(text))])
            assert states == ["new" if f"{source}.txt" not in expected else
                              "unchanged" if expected[f"{source}.txt"] == text else "changed"]
            expected[f"{source}.txt"] = text
        stored = corpus.db.execute("SELECT source, text FROM documents").fetchall()
        assert dict(stored) == expected and len(stored) == len(expected)
        assert corpus.count_mentions("RU") == len(expected) and corpus.check() == []
        assert sum(corpus.count(w) for w in ("алма", "газ", "мұнай") if w.capitalize() in expected.values()) == len(expected)


@given(st.integers(0, 300), st.integers(1, 32), st.integers(1, 8))
def test_batches_cover_every_item_once_in_order_and_shrink_at_the_end(count: int, size: int, threads: int) -> None:
    from taldau.corpus.parallel import _batches

    batches = list(_batches(range(count), size, count, threads))
    assert [i for batch in batches for i in batch] == list(range(count))
    assert all(1 <= len(batch) <= size for batch in batches)
    assert all(len(batch) <= max(1, (count - batch[0]) // (3 * threads)) for batch in batches)  # the tail is small
