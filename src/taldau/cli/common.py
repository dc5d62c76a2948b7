"""What the commands share: reading inputs, reporting errors, the options of several commands."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, Optional

import typer

from taldau.console import analyse as _analyse
from taldau.console import err
from taldau.console import error as _error
from taldau.inputs import MAX_MB
from taldau.inputs import find as _inputs
from taldau.inputs import read as _read
from taldau.io import InputError

if TYPE_CHECKING:
    from taldau.doc import Doc
    from taldau.pipeline import Pipeline

MaxSize = Annotated[float, typer.Option("--max-size", min=0.001, help="largest input read, in MB")]


def refuse(error: Exception) -> NoReturn:
    """Exit 2 with the reason on one line: a corpus that is not ours, a scheduler that does not answer."""
    _error(str(error))
    raise typer.Exit(2)



Scheduler = Annotated[Optional[str], typer.Option(
    "--scheduler", help="a running Dask scheduler to analyse on (tcp://host:8786); see docs/cluster.md")]
Workers = Annotated[int, typer.Option("--workers", "-j", min=1, help="local processes analysing at once (a Dask cluster)")]


def doc_id(name: str) -> str:
    """An id unique per input: the path without its suffix, separators as dashes (sub/t.txt -> sub-t)."""
    return str(Path(name).with_suffix("")).strip("/").replace("/", "-") or "doc"


def read_source(source: str) -> str:
    """Text of a file or of stdin ("-") for the one-input commands; an unreadable input exits with 1."""
    try:
        return _read(source, None if source == "-" else Path(source))
    except InputError as error:
        _error(str(error))
        raise typer.Exit(1)


def texts(
    inputs: list[tuple[str, Path | None]], description: str, failed: list[str], max_mb: float = MAX_MB
) -> Iterator[tuple[str, str]]:
    """(name, text) of each readable input, with a progress bar for several. An unreadable input is
    reported and its name added to `failed`, for the exit code, so that the others are still processed."""
    if len(inputs) > 1:  # rich is imported only then: one input shows no progress
        from rich.progress import track

        inputs = track(inputs, description=description, console=err())
    for name, path in inputs:
        try:
            text = _read(name, path, max_mb)
        except InputError as error:
            _error(str(error))
            failed.append(name)
            continue
        yield name, text


def documents(
    inputs: list[tuple[str, Path | None]], pipeline: Pipeline, description: str, failed: list[str],
    max_mb: float = MAX_MB,
) -> Iterator[tuple[str, Doc]]:
    """(name, doc) of each readable input (see `texts`)."""
    for name, text in texts(inputs, description, failed, max_mb):
        yield name, _analyse(pipeline, text, name)


def gather_inputs(paths: list[str] | None) -> tuple[list[tuple[str, Path | None]], list[str]]:
    """The inputs, and the folders that were empty or unreadable (each reported now)."""
    problems: list[str] = []
    inputs = _inputs(paths or [], problems)
    for problem in problems:
        _error(problem)
    return inputs, problems


FLAT = str.maketrans(dict.fromkeys("\t\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029", " "))  # what splitlines() splits on


def tsv(*fields: object) -> str:
    """One TSV line: tabs and line breaks inside a field become spaces, so each record stays one line."""
    return "\t".join(str(f).translate(FLAT) for f in fields) + "\n"

