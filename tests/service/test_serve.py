"""`taldau serve` as a person starts it: real processes on 127.0.0.1."""
from __future__ import annotations

import httpx2 as httpx


def test_serve_with_two_workers_answers(served: str, article: str) -> None:
    answers = [httpx.post(served + "/analyze", json={"text": article}, timeout=30) for _ in range(4)]
    assert {a.status_code for a in answers} == {200}
    assert {e["canonical"] for e in answers[0].json()["entities"]} >= {"АҚШ", "Қазақстан", "Ресей"}


def test_serve_refuses_a_missing_corpus(tmp_path) -> None:
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "taldau.cli", "serve", "--db", str(tmp_path / "none.db")],
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 2 and "taldau index" in result.stderr
