"""Load test of `taldau serve` on the loopback address: latency, errors and memory under concurrency.

Run from the repository root: python -m bench.service [--workers 1 2] [--rounds 3]

Each request is POST /analyze of one paragraph of samples/economy.txt (60-900 characters), the
paragraphs in turn. At each concurrency (1, 4, 16, 64 clients, each a thread with its own connection)
a fixed number of requests is sent; then the 16-client level is repeated `--rounds` times and the
server's resident memory (all its processes) is read after each round: it must stay flat.
Floors: no error at any level, p99 under 10 s, memory growth over the rounds under 40 MB.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench.common import ROOT, publish, table

LEVELS = (1, 4, 16, 64)
MAX_P99 = 10.0  # seconds
MAX_GROWTH = 40.0  # MB over the rounds at 16 clients


def _rss_mb(pid: int) -> float:
    """Resident memory of `pid` and its children (uvicorn's workers), in MB, from /proc."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        status = Path(f"/proc/{current}/status")
        if not status.exists():
            continue
        total += next(int(line.split()[1]) for line in status.read_text().splitlines() if line.startswith("VmRSS"))
        children = Path(f"/proc/{current}/task/{current}/children")
        todo += [int(c) for c in children.read_text().split()] if children.exists() else []
    return total / 1024


def _level(url: str, paragraphs: list[str], clients: int, requests: int) -> dict[str, float]:
    """`requests` analyses sent by `clients` threads at once: latencies, errors, throughput."""
    import httpx2 as httpx

    def client(share: int, first: int) -> list[tuple[float, int]]:
        out = []
        with httpx.Client(timeout=120) as session:
            for i in range(first, first + share):
                start = time.perf_counter()
                try:
                    status = session.post(url + "/analyze", json={"text": paragraphs[i % len(paragraphs)]}).status_code
                except httpx.HTTPError:
                    status = 0
                out.append((time.perf_counter() - start, status))
        return out

    shares = [requests // clients + (i < requests % clients) for i in range(clients)]
    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        results = [r for part in pool.map(client, shares, [sum(shares[:i]) for i in range(clients)]) for r in part]
    wall = time.perf_counter() - started
    latencies = sorted(t for t, _ in results)
    return {
        "requests": len(results), "errors": sum(status != 200 for _, status in results),
        "p50": statistics.median(latencies), "p99": latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))],
        "rate": len(results) / wall,
    }


def run(workers: int, rounds: int, paragraphs: list[str]) -> tuple[list[list[object]], list[float], int]:
    sys.path.insert(0, str(ROOT / "tests" / "service"))
    from conftest import start_server  # the same `taldau serve` the tests start

    process, url = start_server("--workers", str(workers))
    try:
        _level(url, paragraphs, 2, 8)  # warm-up: models loaded in every worker
        rows, errors = [], 0
        for clients in LEVELS:
            found = _level(url, paragraphs, clients, max(32, 2 * clients))
            errors += found["errors"]
            rows.append([workers, clients, found["requests"], found["errors"], f"{found['p50'] * 1000:,.0f}",
                         f"{found['p99'] * 1000:,.0f}", f"{found['rate']:.1f}", f"{_rss_mb(process.pid):.0f}"])
            if found["p99"] > MAX_P99:
                errors += 1
        memory = []
        for _ in range(rounds):
            errors += _level(url, paragraphs, 16, 64)["errors"]
            memory.append(_rss_mb(process.pid))
        return rows, memory, errors
    finally:
        process.terminate()
        process.wait(20)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="server processes to compare")
    parser.add_argument("--rounds", type=int, default=3, help="repeats of the 16-client level for memory")
    args = parser.parse_args()
    paragraphs = [p for p in (ROOT / "samples" / "economy.txt").read_text(encoding="utf-8").split("\n") if p.strip()]
    rows, notes, failed = [], [], False
    for workers in args.workers:
        found, memory, errors = run(workers, args.rounds, paragraphs)
        rows += found
        growth = memory[-1] - memory[0]
        notes.append(f"- {workers} worker(s): memory after each round of 64 requests at 16 clients: "
                     f"{', '.join(f'{m:.0f}' for m in memory)} MB (growth {growth:+.0f} MB, floor {MAX_GROWTH:.0f})")
        failed |= errors > 0 or growth > MAX_GROWTH
    publish("service", "\n".join([
        "## Service under load (taldau serve on 127.0.0.1)",
        "",
        f"POST /analyze of one paragraph of samples/economy.txt ({len(paragraphs)} paragraphs in turn), each client a "
        f"thread with its own connection; 2 analyses at once per process (--slots), the others wait. "
        f"Floors: no error, p99 under {MAX_P99:.0f} s, memory growth under {MAX_GROWTH:.0f} MB. "
        "Measured on a shared 2-core machine: compare rows, not absolute times.",
        "",
        table(["workers", "clients", "requests", "errors", "p50 ms", "p99 ms", "requests/s", "RSS MB"], rows),
        "",
        *notes,
    ]))
    if failed:
        print("below the floor: errors, slow p99 or memory growth", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
