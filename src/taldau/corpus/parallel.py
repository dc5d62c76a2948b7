"""Analysing many documents on several cores with Dask, a batch at a time.

Dask's process scheduler runs the pipeline in worker processes that live as long as the run (each
loads the models once); documents come back in batches, so the caller can store each batch before the
next is read and memory stays bounded however large the corpus. Needs the `dask` extra.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from taldau.corpus import Rows, rows
from taldau.io import InputError, read_text

Item = tuple[str, Path | None, str | None]  # name, a file to read or None, the text when already read


def analyse_one(item: Item) -> tuple[str, Rows | None, str | None]:
    """(name, rows to store, None), or (name, None, why) when the input cannot be read; runs in a worker."""
    import taldau

    name, path, text = item
    try:
        return name, rows(taldau.analyze(read_text(path) if path is not None else text or "")), None
    except InputError as error:
        return name, None, str(error)


def analyse_all(items: Sequence[Item], workers: int, batch: int = 64) -> Iterator[tuple[str, Rows | None, str | None]]:
    """(name, rows or None, error or None) for each item, in order, analysed by `workers` processes."""
    try:
        import dask.bag
    except ImportError as error:
        raise RuntimeError("parallel analysis needs Dask: pip install 'taldau[dask]'") from error
    with ProcessPoolExecutor(workers) as pool:
        for start in range(0, len(items), batch):
            chunk = list(items[start : start + batch])
            bag = dask.bag.from_sequence(chunk, npartitions=min(4 * workers, len(chunk)))
            # chunksize 1: dask would otherwise send up to six partitions to one worker at a time
            yield from bag.map(analyse_one).compute(scheduler="processes", pool=pool, num_workers=workers, chunksize=1)
