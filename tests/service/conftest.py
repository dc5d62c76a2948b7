"""A real `taldau serve` on the loopback address, for the tests that speak HTTP or drive a browser."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx2 as httpx
import pytest

from taldau.corpus import Corpus

ARTICLE = "АҚШ-тың үлесі 2,9 пайызға жетті. Қазақстан мұнайды Ресейге сатады."


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(*options: str) -> tuple[subprocess.Popen, str]:
    """`taldau serve` with `options` on a free port; (process, base URL) once it answers."""
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "taldau.cli", "serve", "--port", str(port), *options],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):  # at most 30 s
        try:
            httpx.get(url + "/", timeout=1)
            return process, url
        except httpx.TransportError:
            if process.poll() is not None:
                raise RuntimeError(process.stderr.read().decode())
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("taldau serve did not answer within 30 s")


@pytest.fixture(scope="session")
def article() -> str:
    return ARTICLE


@pytest.fixture(scope="session")
def news_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("served") / "news.db"
    with Corpus(db) as corpus:
        corpus.add(ARTICLE, source="a.txt")
        corpus.add("Mūnai bağasy östı. Қазақстан мұнайды Ресейге сатады.", source="b.txt")  # a repeated sentence
    return db


@pytest.fixture(scope="session")
def served(news_db: Path) -> Iterator[str]:
    process, url = start_server("--db", str(news_db), "--workers", "2")
    yield url
    process.terminate()
    process.wait(10)
