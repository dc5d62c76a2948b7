"""Analysing many documents on a Dask cluster: a local one (`-j N`) or any running scheduler (`--scheduler`).

Documents go to the workers in batches and come back as batches of rows, a few batches in flight at a
time, so the single writer (the index) stores each batch as it arrives and memory stays bounded however
large the corpus. Each worker process loads the pipeline once, on its first batch. Worker processes
of a local cluster end with the process that started them, even when it is killed (distributed's
nanny watches its parent). Needs the `dask` extra.
"""
from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from functools import cache, partial
from itertools import islice
from typing import TYPE_CHECKING, Any

from taldau.corpus import Rows, rows

if TYPE_CHECKING:
    from distributed import Client
    from rich.console import Console

    from taldau.corpus import Corpus
    from taldau.doc import Doc
    from taldau.pipeline import Pipeline

Item = tuple[str, str, str]  # source, content hash, text


@cache
def pipeline(lines: bool = False) -> Pipeline:
    """The full pipeline of this process, loaded on first use: once per worker, not once per batch."""
    from taldau.pipeline import Pipeline

    return Pipeline(lines=lines)


def analyse_batch(items: list[Item]) -> list[tuple[str, str, Rows]]:
    """(source, hash, rows) of each document; runs on a worker."""
    analyse = pipeline()
    return [(source, digest, rows(analyse(text))) for source, digest, text in items]


def analyse_numbered(items: list[tuple[int, str, str]], lines: bool = False) -> list[tuple[int, str, Doc]]:
    """(number, name, doc) of each (number, name, text); runs on a worker."""
    analyse = pipeline(lines)
    return [(number, name, analyse(text)) for number, name, text in items]


def analyse_in_order(client: Client, items: Iterable[tuple[str, str]], lines: bool = False) -> Iterator[tuple[str, Doc]]:
    """(name, doc) of each (name, text), analysed on the cluster, in the order given: a batch that
    finishes early waits for those before it."""
    waiting: dict[int, tuple[str, Doc]] = {}
    expected = 0
    work = partial(analyse_numbered, lines=lines)
    for found in run_batches(client, work, ((n, name, text) for n, (name, text) in enumerate(items))):
        waiting.update((number, (name, doc)) for number, name, doc in found)
        while expected in waiting:
            yield waiting.pop(expected)
            expected += 1


@contextmanager
def cluster(workers: int = 1, scheduler: str | None = None) -> Iterator[Client]:
    """A client of the scheduler at `scheduler` (tcp://host:8786), or of a new local cluster of `workers`
    single-threaded processes listening on the loopback address only."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as error:
        raise RuntimeError("parallel analysis needs Dask: pip install 'taldau[dask]'") from error
    if scheduler:
        _reachable(scheduler)
        with Client(scheduler, timeout="20s") as client:
            yield client
        return
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR) as local, Client(local) as client:
        yield client


def _reachable(address: str) -> None:
    """Fail at once, with the reason, when nothing listens at a tcp:// address (the client would retry)."""
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(address if "://" in address else f"tcp://{address}")
    try:
        socket.create_connection((parts.hostname, parts.port or 8786), timeout=5).close()
    except (OSError, ValueError) as error:
        raise RuntimeError(f"no Dask scheduler answers at {address}: {error}") from None


def run_batches(client: Client, work: Callable[[list], Any], items: Iterable, batch: int = 16,
                window: int | None = None) -> Iterator[Any]:
    """`work(batch)` for each batch of `items` on the cluster, results as they finish, with at most
    `window` batches (default: two per worker thread) submitted and not yet returned."""
    from distributed import as_completed

    window = window or 2 * max(1, sum(client.nthreads().values()))
    source = iter(items)
    batches = iter(lambda: list(islice(source, batch)), [])
    running = as_completed([client.submit(work, chunk, pure=False) for chunk in islice(batches, window)])
    for future in running:
        result = future.result()
        future.release()
        for chunk in islice(batches, 1):
            running.add(client.submit(work, chunk, pure=False))
        yield result


def index_all(corpus: Corpus, items: Iterable[Item], total: int, workers: int = 1, scheduler: str | None = None,
              console: Console | None = None, batch: int = 16) -> Counter[str]:
    """Analyse `items` (in this process, on `workers` local processes, or on the cluster at `scheduler`)
    and store them a batch per transaction, so an interrupted run keeps what it stored and a rerun
    skips it; how many were new, changed, or stored meanwhile by another writer (unchanged)."""
    from rich.progress import Progress

    counts: Counter[str] = Counter()
    with Progress(console=console, disable=total < 2) as progress, ExitStack() as stack:
        task = progress.add_task("indexing", total=total)
        if workers > 1 or scheduler:
            client = stack.enter_context(cluster(workers, scheduler))
            results = run_batches(client, analyse_batch, items, batch)
        else:
            source = iter(items)
            results = map(analyse_batch, iter(lambda: list(islice(source, batch)), []))
        for found in results:
            counts.update(corpus.put(found))
            progress.update(task, advance=len(found))
        progress.update(task, completed=total)
    return counts
