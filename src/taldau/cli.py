"""The `taldau` command line: analyse documents, transliterate, look up words.

Exit codes: 0 success; 1 some input could not be read (each error is printed with its file name,
the other inputs are still processed); 2 wrong usage (unknown option or value).
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, Optional, TextIO

import typer
from rich.console import Console
from rich.progress import track
from rich.table import Table

from taldau.console import Summary as _Summary
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

# Errors in a box wrapped at 80 columns only on a terminal; in a log or a pipe, each on its own line
app = typer.Typer(add_completion=False, help="Kazakh text analysis.", no_args_is_help=True,
                  rich_markup_mode="rich" if sys.stderr.isatty() else None)
MaxSize = Annotated[float, typer.Option("--max-size", min=0.001, help="largest input read, in MB")]


def _refuse(error: Exception) -> NoReturn:
    """Exit 2 with the reason on one line: a corpus that is not ours, a scheduler that does not answer."""
    _error(str(error))
    raise typer.Exit(2)


class Format(str, Enum):
    json = "json"
    jsonl = "jsonl"
    conllu = "conllu"
    text = "text"
    html = "html"
    parquet = "parquet"


Scheduler = Annotated[Optional[str], typer.Option(
    "--scheduler", help="a running Dask scheduler to analyse on (tcp://host:8786); see docs/cluster.md")]
Workers = Annotated[int, typer.Option("--workers", "-j", min=1, help="local processes analysing at once (a Dask cluster)")]


def _doc_id(name: str) -> str:
    """An id unique per input: the path without its suffix, separators as dashes (sub/t.txt -> sub-t)."""
    return str(Path(name).with_suffix("")).strip("/").replace("/", "-") or "doc"


def _read_source(source: str) -> str:
    """Text of a file or of stdin ("-") for the one-input commands; an unreadable input exits with 1."""
    try:
        return _read(source, None if source == "-" else Path(source))
    except InputError as error:
        _error(str(error))
        raise typer.Exit(1)


def _texts(
    inputs: list[tuple[str, Path | None]], description: str, failed: list[str], max_mb: float = MAX_MB
) -> Iterator[tuple[str, str]]:
    """(name, text) of each readable input, with a progress bar for several. An unreadable input is
    reported and its name added to `failed`, for the exit code, so that the others are still processed."""
    for name, path in track(inputs, description=description, console=err, disable=len(inputs) < 2):
        try:
            text = _read(name, path, max_mb)
        except InputError as error:
            _error(str(error))
            failed.append(name)
            continue
        yield name, text


def _documents(
    inputs: list[tuple[str, Path | None]], pipeline: Pipeline, description: str, failed: list[str],
    max_mb: float = MAX_MB,
) -> Iterator[tuple[str, Doc]]:
    """(name, doc) of each readable input (see `_texts`)."""
    for name, text in _texts(inputs, description, failed, max_mb):
        yield name, _analyse(pipeline, text, name)


def _problems(paths: list[str] | None) -> tuple[list[tuple[str, Path | None]], list[str]]:
    """The inputs, and the folders that were empty or unreadable (each reported now)."""
    problems: list[str] = []
    inputs = _inputs(paths or [], problems)
    for problem in problems:
        _error(problem)
    return inputs, problems


_FLAT = str.maketrans(dict.fromkeys("\t\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029", " "))  # what splitlines() splits on


def _tsv(*fields: object) -> str:
    """One TSV line: tabs and line breaks inside a field become spaces, so each record stays one line."""
    return "\t".join(str(f).translate(_FLAT) for f in fields) + "\n"


def _write(doc: Doc, fmt: Format, name: str, sink: TextIO) -> None:
    from taldau import export

    if fmt is Format.json:
        export.write_json(doc, sink)
        sink.write("\n")
    elif fmt is Format.jsonl:
        export.write_json(doc, sink, indent=None, head={"source": name})
        sink.write("\n")
    elif fmt is Format.conllu:
        sink.write(export.to_conllu(doc, doc_id=_doc_id(name)))
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
    inputs, problems = _problems(paths)
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
                with open(output / f"{_doc_id(name)}.html", "w", encoding="utf-8") as page:
                    _write(doc, fmt, name, page)
            else:
                _write(doc, fmt, name, sink)
    finally:
        if sink is not sys.stdout:
            sink.close()
    if output:
        summary.show()
        err.print(f"written to {output}")
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
        yield from _documents(inputs, pipeline, "analysing", failed, max_mb)
        return
    from taldau.corpus.parallel import analyse_in_order, cluster

    lines = pipeline.components[0].lines  # the workers build the same pipeline
    try:
        with cluster(workers, scheduler) as client:
            yield from analyse_in_order(client, _texts(inputs, "analysing", failed, max_mb), lines)
    except RuntimeError as error:
        _refuse(error)


def _parquet(inputs: list[tuple[str, Path | None]], output: Path | None, workers: int, scheduler: str | None) -> int:
    """Write the analyses as Parquet tables under `output` (see taldau.corpus.parquet); the exit code."""
    from taldau.corpus.parquet import write_all

    if output is None or any(path is None for _, path in inputs):
        raise typer.BadParameter("parquet needs files (not stdin) and --output FOLDER", param_hint="--format")
    try:
        written, skipped, errors = write_all([path for _, path in inputs], output, workers, scheduler)
    except RuntimeError as error:
        _refuse(error)
    for error in errors:
        err.print(f"[red]error:[/red] {error}", highlight=False)
    err.print(f"{written} written, {skipped} already there, {len(errors)} unreadable; tables in {output}/")
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
    inputs, problems = _problems(paths)
    for name, doc in _documents(inputs, Pipeline(lines=lines), "reading", failed):
        for rank, term in enumerate(extract(doc, top), 1):
            sys.stdout.write(_tsv(name, rank, term.text, term.count, f"{term.score:.2f}", term.label or ""))
    raise typer.Exit(1 if failed or problems else 0)


@app.command()
def translit(
    path: Annotated[str, typer.Argument(help="a file, or - for stdin")] = "-",
    to: Annotated[str, typer.Option("--to", help="latin or cyrillic")] = "latin",
    alphabet: Annotated[str, typer.Option("--alphabet", help="2021, 2018 or 2017")] = "2021",
) -> None:
    """Transliterate Kazakh between Cyrillic and Latin, line for line."""
    from taldau.translit import translit as convert

    text = _read_source(path)
    try:
        sys.stdout.write(convert(text, to=to, alphabet=alphabet))
    except ValueError as error:
        raise typer.BadParameter(str(error))


@app.command()
def langid(source: Annotated[str, typer.Argument(help="a file, or - for stdin")] = "-") -> None:
    """Language and script of each line: kk-Cyrl, kk-Latn, ru-Cyrl, en-Latn, other-..., with confidence."""
    from taldau.langid import identify

    for line in _read_source(source).splitlines():
        guess = identify(line)
        sys.stdout.write(_tsv(guess.lang, guess.script, f"{guess.confidence:.2f}", line))


class WordFormat(str, Enum):
    jsonl = "jsonl"
    text = "text"


@app.command()
def morph(
    words: Annotated[Optional[list[str]], typer.Argument(help="words; - or nothing: one word per line on stdin")] = None,
    fmt: Annotated[WordFormat, typer.Option("--format", "-f")] = WordFormat.jsonl,
) -> None:
    """Every morphological reading of each word, one line per word."""
    from taldau.morph import analyze_many

    items = [w.strip() for w in (_read_source("-").splitlines() if not words or words == ["-"] else words)]
    items = [w for w in items if w]
    for word, readings in zip(items, analyze_many(items)):
        if fmt is WordFormat.jsonl:
            record = {"word": word, "analyses": [a.as_dict() for a in readings]}
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            shown = "; ".join(
                f"{a.lemma} {a.upos} {a.feats or '_'} {'+'.join(m for m, _ in a.morphemes)}" + (" ?" if a.guessed else "")
                for a in readings
            )
            sys.stdout.write(_tsv(word, shown))


@app.command()
def generate(
    source: Annotated[str, typer.Argument(help="- for stdin: lines of lemma<TAB>features")] = "-",
    fmt: Annotated[WordFormat, typer.Option("--format", "-f")] = WordFormat.jsonl,
) -> None:
    """Word forms from `lemma<TAB>features` lines; features in UD (Case=Gen|Number=Plur) or UniMorph (N;GEN;PL)."""
    from taldau.morph import generate as forms_of

    lines = _read_source(source).splitlines()
    bad = 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        lemma, tab, features = line.strip().partition("\t")
        if not tab:
            _error(f"line {number}: expected lemma<TAB>features, got {line!r}")
            bad += 1
            continue
        try:
            forms = forms_of(lemma, features)
        except ValueError as error:
            _error(f"line {number}: {error}")
            bad += 1
            continue
        if fmt is WordFormat.jsonl:
            record = {"lemma": lemma, "features": features, "forms": forms}
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(_tsv(lemma, features, ", ".join(forms)))
    raise typer.Exit(1 if bad else 0)


numbers_app = typer.Typer(help="Numbers both ways: text -> values, and values -> Kazakh words.", no_args_is_help=True)
app.add_typer(numbers_app, name="numbers")


@numbers_app.command("read")
def numbers_read(source: Annotated[str, typer.Argument(help="a file, or - for stdin")] = "-") -> None:
    """Quantities found in the text, one JSON line each: kind, text, value, unit, approx, bound, qualifier."""
    from taldau.pipeline import Pipeline, available

    stages = available()  # those of `analyze` up to the quantities: Latin text is read as its Cyrillic
    pipeline = Pipeline(stages[: stages.index("quantities") + 1])
    for quantity in pipeline(_read_source(source)).quantities:
        record = {k: getattr(quantity, k) for k in ("kind", "start", "end", "text", "value", "unit", "approx", "bound",
                                                        "qualifier")}
        sys.stdout.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")


@numbers_app.command("spell")
def numbers_spell(
    values: Annotated[list[str], typer.Argument(help="numbers such as 215, 2,9 or 1 500 000")],
    ordinal: Annotated[bool, typer.Option("--ordinal", help="ordinal: бесінші")] = False,
    case: Annotated[Optional[str], typer.Option("--case", help="nom gen dat acc loc abl ins")] = None,
) -> None:
    """Kazakh words for each number, one per line."""
    from taldau.numbers import spell

    for value in values:
        try:
            sys.stdout.write(spell(value, ordinal=ordinal, case=case) + "\n")
        except ValueError as error:
            raise typer.BadParameter(str(error))


DB = Annotated[Path, typer.Option("--db", help="the corpus file (SQLite)")]


class HitFormat(str, Enum):
    text = "text"
    tsv = "tsv"
    jsonl = "jsonl"


def _open_corpus(db: Path):
    """The corpus at `db`; a file that is not one exits with its one-line reason."""
    from taldau.corpus import Corpus, CorpusError

    try:
        return Corpus(db)
    except CorpusError as error:
        _refuse(error)


@app.command()
def index(
    paths: Annotated[list[str], typer.Argument(help="files or folders to add; - for stdin")],
    db: DB = Path("corpus.db"),
    workers: Workers = 1,
    scheduler: Scheduler = None,
    prune: Annotated[bool, typer.Option("--prune", help="remove documents whose files are gone")] = False,
) -> None:
    """Analyse documents into a corpus searchable by lemma: new files are added, changed ones replaced,
    unchanged ones skipped. A file is known by its resolved path and the hash of its text."""
    from taldau.corpus import content_hash
    from taldau.corpus.parallel import index_all

    counts: Counter[str] = Counter()

    def todo(inputs: list[tuple[str, Path | None]]) -> Iterator[tuple[str, str, str]]:
        for name, path in inputs:
            try:
                text = _read(name, path)
            except InputError as error:
                _error(str(error))
                counts["unreadable"] += 1
                continue
            source, digest = name if path is None else str(path.resolve()), content_hash(text)
            if corpus.state(source, digest) == "unchanged":
                counts["unchanged"] += 1
            else:
                yield source, digest, text

    with _open_corpus(db) as corpus:
        inputs, problems = _problems(paths)
        counts["unreadable"] += len(problems)
        try:
            counts.update(index_all(corpus, todo(inputs), len(inputs), workers, scheduler, err))
        except RuntimeError as error:
            _refuse(error)
        pruned = len(corpus.prune()) if prune else 0
        total = len(corpus)
    err.print(f"{counts['new']} added, {counts['changed']} replaced, {counts['unchanged']} already there, "
              f"{pruned} pruned, {counts['unreadable']} unreadable; {total} documents in {db}")
    raise typer.Exit(1 if counts["unreadable"] else 0)


def _corpus(db: Path):
    if not db.is_file():
        raise typer.BadParameter(f"no corpus at {db}; make one with `taldau index FILES --db {db}`", param_hint="--db")
    return _open_corpus(db)


def _line(record: dict, fmt: HitFormat, text: str) -> str:
    """One result: a JSON object, tab-separated values (tabs and line breaks in text as spaces), or text."""
    if fmt is HitFormat.jsonl:
        return json.dumps(record, ensure_ascii=False) + "\n"
    if fmt is HitFormat.tsv:
        return _tsv(*("" if v is None else v for v in record.values()))
    return text + "\n"


def _page(shown: int, total: int, offset: int, what: str) -> None:
    """How many results there are and which were shown: "20 of 473 sentences (1-20)"."""
    span = f" ({offset + 1}-{offset + shown})" if shown else ""
    err.print(f"{shown} of {total} {what}{span}" if total else f"no {what} match")


Limit = Annotated[int, typer.Option("--limit", "-n", min=0, help="most results to show")]
Offset = Annotated[int, typer.Option("--offset", min=0, help="results to skip first (the next page)")]


@app.command()
def search(
    query: Annotated[str, typer.Argument(help='words, any form (мұнайды finds мұнай; munai too); "a phrase" in order')],
    db: DB = Path("corpus.db"),
    limit: Limit = 20,
    offset: Offset = 0,
    fmt: Annotated[HitFormat, typer.Option("--format", "-f")] = HitFormat.text,
) -> None:
    """Sentences of the corpus that contain every word of the query, in any of its forms, best first."""
    with _corpus(db) as corpus:
        try:
            total, hits = corpus.count(query), corpus.search(query, limit=limit, offset=offset)
        except ValueError as error:
            raise typer.BadParameter(str(error), param_hint="QUERY")
    if fmt is HitFormat.tsv:
        sys.stdout.write("source\tstart\tend\tscore\tmarked\n")
    for hit in hits:
        record = {k: getattr(hit, k) for k in ("source", "start", "end", "score")} | {"marked": hit.marked()}
        sys.stdout.write(_line(record | ({"text": hit.text} if fmt is HitFormat.jsonl else {}), fmt,
                               f"{hit.source}:{hit.start}\t{hit.marked()}"))
    _page(len(hits), total, offset, "sentences")


@app.command()
def mentions(
    name: Annotated[str, typer.Argument(help="a canonical name (Ресей) or an ISO 3166 code (RU), in any case")],
    db: DB = Path("corpus.db"),
    limit: Limit = 100,
    offset: Offset = 0,
    fmt: Annotated[HitFormat, typer.Option("--format", "-f")] = HitFormat.text,
) -> None:
    """Every mention of an actor across the corpus, whatever its form (Ресейдің, Ресеймен, Reseige)."""
    with _corpus(db) as corpus:
        total, found = corpus.count_mentions(name), corpus.mentions(name, limit=limit, offset=offset)
    if fmt is HitFormat.tsv:
        sys.stdout.write("source\tlabel\ttext\tcanonical\tlink\tsentence\n")
    for m in found:
        record = {k: getattr(m, k) for k in ("source", "label", "text", "canonical", "link", "sentence")}
        sys.stdout.write(_line(record, fmt, f"{m.source}\t{m.label}\t{m.text}\t{m.sentence}"))
    _page(len(found), total, offset, "mentions")


@app.command()
def actors(
    paths: Annotated[Optional[list[str]], typer.Argument(help="files or folders (- or nothing: stdin); with --db, actors (US, Ресей үкіметі)")] = None,
    fmt: Annotated[HitFormat, typer.Option("--format", "-f", help="text: a table per document")] = HitFormat.text,
    lines: Annotated[bool, typer.Option("--lines", help="one sentence per line: every line break ends one")] = False,
    db: Annotated[Optional[Path], typer.Option("--db", help="a corpus: what it says the actors want")] = None,
) -> None:
    """Who wants what: each document's actors with their mentions and stances (goal, interest, need,
    cooperation, support, opposition); with --db, what the corpus says each named actor wants."""
    if db is not None:
        return _corpus_actors(paths or [], db, fmt)
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from taldau.pipeline import Pipeline
    from taldau.stances import actors as gather
    from taldau.stances.summary import as_record, stance_text

    failed: list[str] = []
    out = Console(highlight=False, soft_wrap=False)
    for name, doc in _documents(_inputs(paths or []), Pipeline(lines=lines), "reading", failed):
        found = gather(doc)
        if fmt is HitFormat.jsonl:
            for actor in found:
                sys.stdout.write(json.dumps(as_record(actor, name), ensure_ascii=False) + "\n")
            continue
        table = Table("actor", "ISO", "mentions", "stances", title=name, show_lines=True)
        for actor in found:
            stances = "\n".join(f"{stance_text(r)}  (sentence {r.sentence + 1})" for r in actor.relations)
            table.add_row(*(escape(cell) for cell in (actor.name, actor.link or "", str(len(actor.mentions)), stances)))
        out.print(table if found else f"{name}: no stances found")
    raise typer.Exit(1 if failed else 0)


def _corpus_actors(names: list[str], db: Path, fmt: HitFormat) -> None:
    from dataclasses import asdict

    from taldau.stances.corpus import StanceIndex

    if not names:
        raise typer.BadParameter("name at least one actor: an ISO code (US) or a canonical name", param_hint="ACTOR")
    with _corpus(db) as corpus:
        index = StanceIndex(corpus)
        for name in names:
            groups = index.about(name)
            for group in groups:
                if fmt is HitFormat.jsonl:
                    sys.stdout.write(json.dumps({"actor": name} | asdict(group), ensure_ascii=False) + "\n")
                    continue
                denied = f", {group.negated} denied" if group.negated else ""
                sys.stdout.write(f"{name}\t{group.kind}\t{group.target or '-'}\t{group.count}{denied}\t"
                                 f"{' | '.join(group.examples)}\t{', '.join(sorted({s.source or '' for s in group.sources}))}\n")
            if not groups:
                err.print(f"the corpus says nothing about what {name} wants")


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host", help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="port to listen on")] = 8000,
    db: Annotated[Optional[Path], typer.Option("--db", help="a corpus (taldau index) to search")] = None,
    workers: Annotated[int, typer.Option("--workers", "-j", min=1, help="processes answering requests")] = 1,
    slots: Annotated[int, typer.Option("--slots", min=1, help="analyses at once per process; more wait, then get 503")] = 2,
    timeout: Annotated[float, typer.Option("--timeout", min=1, help="seconds an analysis may take before a 503")] = 60,
) -> None:
    """The HTTP service and its web page: analysis, transliteration, morphology, corpus search."""
    import os

    try:
        import uvicorn

        from taldau.service import create_app
    except ImportError as error:
        raise typer.BadParameter(f"the service needs its extra: pip install 'taldau[service]' ({error.name} missing)")
    try:
        create_app(db, slots, timeout)  # fails here, once, on a missing corpus
    except FileNotFoundError as error:
        raise typer.BadParameter(str(error), param_hint="--db")
    os.environ.update(TALDAU_DB=str(db or ""), TALDAU_SLOTS=str(slots), TALDAU_TIMEOUT=str(timeout))
    uvicorn.run("taldau.service:from_environment", factory=True, host=host, port=port, workers=workers)

if __name__ == "__main__":
    app()
