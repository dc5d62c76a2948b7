"""Runs on a real dask.distributed cluster (a LocalCluster on the loopback address, its worker a process)."""
from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from typer.testing import CliRunner

from taldau.cli import app
from taldau.corpus import Corpus

distributed = pytest.importorskip("distributed")
pq = pytest.importorskip("pyarrow.parquet")

TEXTS = ["Қазақстан мұнайды Қытайға сатады.", "Ресейден газ келеді.", "АҚШ-тың үлесі 30 пайызға өсті.",
         "Үкімет 2025 жылы 15 трлн теңге бөлді. Үкімет жаңа жобаны қолдайды.", "Mūnai bağasy östı.", "Астанада жиын өтті."]


@pytest.fixture(scope="module")
def scheduler():
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR) as cluster:
        yield cluster.scheduler_address


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    for i, text in enumerate(TEXTS):
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    return folder


def taldau(*args: str):
    return CliRunner().invoke(app, [str(a) for a in args])


def test_index_on_a_scheduler_stores_what_a_local_run_does(scheduler: str, docs: Path, tmp_path: Path) -> None:
    for db, where in ((tmp_path / "here.db", []), (tmp_path / "cluster.db", ["--scheduler", scheduler])):
        assert taldau("index", docs, "--db", db, *where).exit_code == 0
    with Corpus(tmp_path / "here.db") as here, Corpus(tmp_path / "cluster.db") as there:
        rows = [sorted(c.db.execute('SELECT d.source, s.start, s."end", s.chosen, s.other FROM sentences s '
                                    "JOIN documents d ON d.id = s.doc").fetchall()) for c in (here, there)]
        assert rows[0] == rows[1] and len(there) == len(TEXTS) and there.check() == []
        assert {m.text for m in there.mentions("us")} == {"АҚШ-тың"}


def test_analyze_on_a_scheduler_keeps_the_input_order(scheduler: str, docs: Path) -> None:
    here, there = (taldau("analyze", docs, "-f", "jsonl", *where) for where in ([], ["--scheduler", scheduler]))
    assert there.exit_code == 0 and there.stdout == here.stdout
    assert [json.loads(line)["source"] for line in there.stdout.splitlines()] == [str(docs / f"{i}.txt") for i in range(6)]


def test_parquet_tables_are_written_by_the_workers_and_resume_without_duplicates(
        scheduler: str, docs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = taldau("analyze", docs, "--format", "parquet", "-o", out, "--scheduler", scheduler)
    assert first.exit_code == 0 and "6 written" in first.stderr
    tokens = pq.read_table(out / "tokens").to_pylist()
    assert {t["source"] for t in tokens} == {str(docs / f"{i}.txt") for i in range(6)}
    assert ("мұнайды", "мұнай") in {(t["text"], t["lemma"]) for t in tokens}
    assert {e["link"] for e in pq.read_table(out / "entities").to_pylist()} >= {"US", "RU", "CN"}
    assert {r["kind"] for r in pq.read_table(out / "relations").to_pylist()} == {"support"}  # Үкімет ... қолдайды
    # an interrupted run: one batch renamed in tokens but not in documents, and a file added since
    (part,) = (out / "documents").glob("part-*.parquet")
    part.unlink()
    (docs / "new.txt").write_text("Жаңа заң қабылданды.", encoding="utf-8")
    again = taldau("analyze", docs, "--format", "parquet", "-o", out, "--scheduler", scheduler)
    assert again.exit_code == 0 and "7 written, 0 already there" in again.stderr
    third = taldau("analyze", docs, "--format", "parquet", "-o", out)
    assert "0 written, 7 already there" in third.stderr
    documents = pq.read_table(out / "documents").column("source").to_pylist()
    tokens = pq.read_table(out / "tokens").to_pylist()
    assert len(documents) == len(set(documents)) == 7
    assert len(tokens) == len({(t["source"], t["start"]) for t in tokens})


def test_an_unreachable_scheduler_is_a_clear_error(docs: Path, tmp_path: Path) -> None:
    run = taldau("index", docs, "--db", tmp_path / "c.db", "--scheduler", "tcp://127.0.0.1:9")
    assert run.exit_code == 2 and "no Dask scheduler answers at tcp://127.0.0.1:9" in run.stderr
