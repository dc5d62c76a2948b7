"""`taldau analyze` and `taldau keyterms`: documents in, reports out (JSON, CoNLL-U, HTML, Parquet...)."""
from __future__ import annotations

import sys
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional, TextIO

import typer

from taldau.cli import app
from taldau.cli.common import MaxSize, Scheduler, Workers, doc_id, documents, gather_inputs, refuse, texts, tsv
from taldau.console import Summary as _Summary
from taldau.console import err
from taldau.inputs import MAX_MB

if TYPE_CHECKING:
    from taldau.doc import Doc
    from taldau.pipeline import Pipeline


class Format(str, Enum):
    json = "json"
    jsonl = "jsonl"
    conllu = "conllu"
    text = "text"
    html = "html"
    parquet = "parquet"



def _write(doc: Doc, fmt: Format, name: str, sink: TextIO) -> None:
    from taldau import export

    if fmt is Format.json:
        export.write_json(doc, sink)
        sink.write("\n")
    elif fmt is Format.jsonl:
        export.write_json(doc, sink, indent=None, head={"source": name})
        sink.write("\n")
    elif fmt is Format.conllu:
        sink.write(export.to_conllu(doc, doc_id=doc_id(name)))
    elif fmt is Format.html:
        sink.write(export.to_html(doc, title=f"taldau: {Path(name).name}"))
    else:
        sink.write(export.to_text(doc))


@app.command()
def analyze(
    paths: Annotated[Optional[list[str]], typer.Argument(help="files or folders; - or nothing for stdin")] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="output format")] = Format.json,
    lines: Annotated[bool, typer.Option("--lines", help="one sentence per line: every line break ends one")] = False,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="output file (a folder for html of several inputs, or parquet)")] = None,
    date: Annotated[Optional[str], typer.Option("--date", help="the documents' date (2024-03-15): былтыр -> 2023")] = None,
    max_size: MaxSize = MAX_MB,
    workers: Workers = 1,
    scheduler: Scheduler = None,
) -> None:
    """Analyse Kazakh text: sentences, tokens, morphology, entities, quantities, key terms."""
    from taldau.pipeline import Pipeline

    if date is not None and (workers > 1 or scheduler):
        raise typer.BadParameter("--date runs here only: leave out -j and --scheduler", param_hint="--date")
    pipeline = Pipeline(lines=lines) if date is None else _dated(date, lines)
    inputs, problems = gather_inputs(paths)
    if fmt is Format.parquet:
        raise typer.Exit(_parquet(inputs, output, workers, scheduler))
    if output is not None:  # never read what we are writing: it would be truncated first
        target = output.resolve()
        if any(path is not None and path.resolve() == target for name, path in inputs if name in (paths or [])):
            raise typer.BadParameter(f"{output} is also an input", param_hint="--output")
        inputs = [(name, path) for name, path in inputs if path is None or path.resolve() != target]
    several_html = fmt is Format.html and len(inputs) > 1
    if fmt is Format.json and len(inputs) > 1:
        raise typer.BadParameter("json holds one document; use --format jsonl for several inputs", param_hint="--format")
    if several_html and output is None:
        raise typer.BadParameter("html of several inputs needs --output FOLDER", param_hint="--output")
    if several_html and output.suffix.lower() in (".html", ".htm") and not output.is_dir():
        raise typer.BadParameter(f"{len(inputs)} inputs make one page each: give a folder, not {output}",
                                 param_hint="--output")
    if several_html:
        try:
            output.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise typer.BadParameter(f"cannot make folder {output}: {error.strerror}", param_hint="--output") from error
    try:
        sink = open(output, "w", encoding="utf-8") if output and not several_html else sys.stdout
    except OSError as error:
        raise typer.BadParameter(f"cannot write {output}: {error.strerror}", param_hint="--output") from error
    summary, failed = _Summary(), []
    try:
        for name, doc in _analysed(inputs, pipeline, workers, scheduler, failed, max_size):
            summary.add(doc)
            if several_html:
                with open(output / f"{doc_id(name)}.html", "w", encoding="utf-8") as page:
                    _write(doc, fmt, name, page)
            else:
                _write(doc, fmt, name, sink)
    finally:
        if sink is not sys.stdout:
            sink.close()
    if output:
        summary.show()
        err().print(f"written to {output}")
    raise typer.Exit(1 if failed or problems else 0)


def _dated(date: str, lines: bool) -> Pipeline:
    """The full pipeline, then deictic dates made absolute from `date`; a bad date is a usage error."""
    from taldau.numbers.reference import DocumentDate
    from taldau.pipeline import Pipeline, available

    try:
        return Pipeline([*available(), DocumentDate(date)], lines=lines)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--date") from error


def _analysed(inputs: list[tuple[str, Path | None]], pipeline: Pipeline, workers: int, scheduler: str | None,
              failed: list[str], max_mb: float = MAX_MB) -> Iterator[tuple[str, Doc]]:
    """(name, doc) of each readable input, in order: here, or on a Dask cluster (local with -j N)."""
    if workers == 1 and not scheduler:
        yield from documents(inputs, pipeline, "analysing", failed, max_mb)
        return
    from taldau.corpus.parallel import analyse_in_order, cluster

    lines = pipeline.components[0].lines  # the workers build the same pipeline
    try:
        with cluster(workers, scheduler) as client:
            yield from analyse_in_order(client, texts(inputs, "analysing", failed, max_mb), lines)
    except RuntimeError as error:
        refuse(error)


def _parquet(inputs: list[tuple[str, Path | None]], output: Path | None, workers: int, scheduler: str | None) -> int:
    """Write the analyses as Parquet tables under `output` (see taldau.corpus.parquet); the exit code."""
    from taldau.corpus.parquet import write_all

    if output is None or any(path is None for _, path in inputs):
        raise typer.BadParameter("parquet needs files (not stdin) and --output FOLDER", param_hint="--format")
    try:
        written, skipped, errors = write_all([path for _, path in inputs], output, workers, scheduler)
    except RuntimeError as error:
        refuse(error)
    for error in errors:
        err().print(f"[red]error:[/red] {error}", highlight=False)
    err().print(f"{written} written, {skipped} already there, {len(errors)} unreadable; tables in {output}/")
    return 1 if errors else 0


@app.command()
def keyterms(
    paths: Annotated[Optional[list[str]], typer.Argument(help="files or folders; - or nothing for stdin")] = None,
    top: Annotated[int, typer.Option("--top", "-n", min=1, help="terms per document")] = 10,
    lines: Annotated[bool, typer.Option("--lines", help="one sentence per line: every line break ends one")] = False,
) -> None:
    """Key terms of each document, most salient first: source, rank, term, mentions, score, entity label (TSV)."""
    from taldau.keyterms import keyterms as extract
    from taldau.pipeline import Pipeline

    failed: list[str] = []
    inputs, problems = gather_inputs(paths)
    for name, doc in documents(inputs, Pipeline(lines=lines), "reading", failed):
        for rank, term in enumerate(extract(doc, top), 1):
            sys.stdout.write(tsv(name, rank, term.text, term.count, f"{term.score:.2f}", term.label or ""))
    raise typer.Exit(1 if failed or problems else 0)

