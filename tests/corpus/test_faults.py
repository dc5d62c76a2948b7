"""`kill -9` of a parallel index at random moments: the file stays sound, nothing is stored twice or lost
once the run is repeated, and no worker process outlives the killed one."""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from contextlib import closing
from pathlib import Path

from typer.testing import CliRunner

from taldau.cli import app
from taldau.corpus import Corpus

DOCUMENTS = 120


def processes_of(run: str) -> list[int]:
    """Processes started under the environment mark `run` (a killed command's children inherit it)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and f"TALDAU_TEST_RUN={run}".encode() in (entry / "environ").read_bytes():
                found.append(int(entry.name))
        except OSError:  # gone meanwhile, or not ours to read
            continue
    return found


def leftovers(run: str, wait: float = 15.0) -> list[int]:
    """The processes of `run` still alive after `wait` seconds at most."""
    deadline = time.monotonic() + wait
    while (found := processes_of(run)) and time.monotonic() < deadline:
        time.sleep(0.2)
    return found


def stored(db: Path) -> int:
    """Documents in the index now (0 before it exists), read beside the writer."""
    if not db.exists():
        return 0
    with closing(sqlite3.connect(db, timeout=10)) as con:
        try:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
        except sqlite3.OperationalError:  # tables not made yet
            return 0


def test_kill_9_during_a_parallel_index_breaks_nothing_and_leaves_no_workers(tmp_path: Path) -> None:
    docs, db = tmp_path / "docs", tmp_path / "c.db"
    docs.mkdir()
    for i in range(DOCUMENTS):
        (docs / f"{i}.txt").write_text(f"Мұнай бағасы {i} пайызға өсті. Ресейден газ келеді. Астанада жиын өтті.", "utf-8")
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    # kill once while the cluster starts, then when the index holds a random number of documents
    for target in [0, *sorted(rng.sample(range(1, DOCUMENTS - 10), 4))]:
        run = uuid.uuid4().hex
        index = subprocess.Popen([sys.executable, "-m", "taldau.cli", "index", str(docs), "--db", str(db), "-j", "2"],
                                 env=os.environ | {"TALDAU_TEST_RUN": run}, stderr=subprocess.DEVNULL)
        while stored(db) < target and index.poll() is None:
            time.sleep(0.05)
        time.sleep(rng.uniform(0, 2 if target == 0 else 0.2))
        index.send_signal(signal.SIGKILL)
        index.wait()
        where = f"seed {seed}, killed at {target} documents"
        assert leftovers(run) == [], where
        with Corpus(db) as corpus:
            assert corpus.check() == [], where
        with sqlite3.connect(db) as con:
            assert con.execute("SELECT count(*) - count(DISTINCT source) FROM documents").fetchone() == (0,), where
    rerun = CliRunner().invoke(app, ["index", str(docs), "--db", str(db)])
    assert rerun.exit_code == 0, rerun.stderr
    with Corpus(db) as corpus:
        assert len(corpus) == DOCUMENTS and corpus.count("газ") == DOCUMENTS and corpus.check() == []
