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


def analyse_named(items: list[tuple[str, str]], lines: bool = False) -> list[tuple[str, Doc]]:
    """(name, doc) of each (name, text); runs on a worker."""
    analyse = pipeline(lines)
    return [(name, analyse(text)) for name, text in items]


def analyse_in_order(client: Client, items: Iterable[tuple[str, str]], lines: bool = False) -> Iterator[tuple[str, Doc]]:
    """(name, doc) of each (name, text), analysed on the cluster, in the order given."""
    for found in run_batches(client, partial(analyse_named, lines=lines), items):
        yield from found


@contextmanager
def cluster(workers: int = 1, scheduler: str | None = None) -> Iterator[Client]:
    """A client of the scheduler at `scheduler` (tcp://host:8786), or of a new local cluster of `workers`."""
    try:
        from distributed import Client
    except ImportError as error:
        raise RuntimeError("parallel analysis needs Dask: pip install 'taldau[dask]'") from error
    if scheduler:
        _reachable(scheduler)
        with Client(scheduler, timeout="20s") as client:
            yield client
        return
    with local_cluster(workers) as local, Client(local) as client:
        yield client


@contextmanager
def local_cluster(workers: int) -> Iterator[Any]:
    """A LocalCluster of `workers` single-threaded processes listening on the loopback address only. Their
    statistical profiler (for the dashboard) is off: sampling the analysing thread every 10 ms took it the
    GIL, 2-5 % of its time."""
    import dask
    from distributed import LocalCluster

    with dask.config.set({"distributed.worker.profile.enabled": False}):  # each worker's nanny copies the config
        local = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                             dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR)
    with local:
        yield local


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
                total: int | None = None) -> Iterator[Any]:
    """`work(batch)` for each batch of `items` on the cluster, results in the order of the batches (a batch
    that finishes early waits for those before it). Three batches per worker thread are out at a time: one
    running, one waiting on the worker, one queued on the scheduler, so a worker never waits for this
    process (busy storing, or slowed by other jobs) to send the next. With the `total` number of items
    known, the last batches are smaller, so the workers finish together."""
    from distributed import as_completed

    threads = max(1, sum(client.nthreads().values()))
    batches, numbers = enumerate(_batches(items, batch, total, threads)), {}

    def submit(number: int, chunk: list):
        future = client.submit(work, chunk, pure=False)
        numbers[future.key] = number
        return future

    running = as_completed([submit(*numbered) for numbered in islice(batches, 3 * threads)])
    finished, expected = {}, 0
    for future in running:
        finished[numbers.pop(future.key)] = future.result()
        future.release()
        for numbered in islice(batches, 1):
            running.add(submit(*numbered))
        while expected in finished:
            yield finished.pop(expected)
            expected += 1


def _batches(items: Iterable, size: int, total: int | None, threads: int) -> Iterator[list]:
    """Lists of `size` items; with `total` known, at most a share of those left for each thread (guided
    scheduling): the tail, where one worker would finish a full batch while the others idle, shrinks."""
    source, left = iter(items), total
    while chunk := list(islice(source, size if left is None else max(1, min(size, left // (3 * threads))))):
        left = None if left is None else left - len(chunk)
        yield chunk


def index_all(corpus: Corpus, items: Iterable[Item], total: int, workers: int = 1, scheduler: str | None = None,
              console: Console | None = None, batch: int = 16) -> Counter[str]:
    """Analyse `items` (in this process, on `workers` local processes, or on the cluster at `scheduler`)
    and store them (see `store_all`); how many were new, changed, or stored meanwhile by another writer."""
    with ExitStack() as stack:
        if workers > 1 or scheduler:
            client = stack.enter_context(cluster(workers, scheduler))
            results = run_batches(client, analyse_batch, items, batch, total)
        else:
            source = iter(items)
            results = map(analyse_batch, iter(lambda: list(islice(source, batch)), []))
        return store_all(corpus, results, total, console)


def store_all(corpus: Corpus, results: Iterable[list[tuple[str, str, Rows]]], total: int,
              console: Console | None = None) -> Counter[str]:
    """Store each batch of analysed documents in one transaction, so an interrupted run keeps what it
    stored and a rerun skips it; a progress bar on `console` when there are `total` > 1 documents."""
    from rich.progress import Progress

    counts: Counter[str] = Counter()
    with Progress(console=console, disable=total < 2) as progress:
        task = progress.add_task("indexing", total=total)
        for found in results:
            counts.update(corpus.put(found))
            progress.update(task, advance=len(found))
        progress.update(task, completed=total)
    return counts
