"""Shared helpers for the benchmark scripts: where the data is, timing, Markdown tables."""
from __future__ import annotations

import os

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"
FRAGMENTS = ROOT / "docs" / "bench"


def data_dir(description: str) -> tuple[Path, argparse.Namespace]:
    """Parse `--data` (default ../shared/data) and exit cleanly with a message when it is absent."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with the shared datasets")
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"skipped: dataset folder {args.data} not found (pass --data PATH)")
        sys.exit(0)
    return args.data, args


def best_times(runs: dict[str, Callable[[], object]], repeat: int = 7) -> dict[str, float]:
    """The best wall time of each run over `repeat` rounds, in seconds. Rounds interleave the runs,
    so a busy machine slows every contender alike and ratios stay fair."""
    best = {name: float("inf") for name in runs}
    for _ in range(repeat):
        for name, run in runs.items():
            t0 = time.perf_counter()
            run()
            best[name] = min(best[name], time.perf_counter() - t0)
    return best


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def publish(name: str, markdown: str) -> None:
    """Print a fragment and write it to docs/bench/<name>.md for docs/benchmarks.md (print only under
    `make bench-check`, which sets TALDAU_BENCH_CHECK: a check measures, it does not publish)."""
    print(markdown)
    if os.environ.get("TALDAU_BENCH_CHECK"):
        return
    FRAGMENTS.mkdir(parents=True, exist_ok=True)
    (FRAGMENTS / f"{name}.md").write_text(markdown.rstrip() + "\n", encoding="utf-8")


def f1(gold: set, predicted: set) -> tuple[float, float, float]:
    """Precision, recall and F1 of two sets of spans."""
    hit = len(gold & predicted)
    p = hit / len(predicted) if predicted else 0.0
    r = hit / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
