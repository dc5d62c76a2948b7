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

from taldau.io import InputError, decode, read_text

if TYPE_CHECKING:
    from taldau.doc import Doc
    from taldau.pipeline import Pipeline

app = typer.Typer(add_completion=False, help="Kazakh text analysis.", no_args_is_help=True)
err = Console(stderr=True)


def _refuse(error: Exception) -> NoReturn:
    """Exit 2 with the reason on one line: a corpus that is not ours, a scheduler that does not answer."""
    err.print(f"[red]error:[/red] {error}", highlight=False, soft_wrap=True)
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


def _inputs(paths: list[str]) -> list[tuple[str, Path | None]]:
    """(name, path) for each input; "-" is standard input (path None); folders are walked recursively."""
    found: list[tuple[str, Path | None]] = []
    for raw in paths or ["-"]:
        if raw == "-":
            found.append(("<stdin>", None))
            continue
        path = Path(raw)
        if path.is_dir():  # hidden files and folders (.git) are skipped
            found += [
                (str(p), p) for p in sorted(path.rglob("*"))
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
            ]
        else:
            found.append((raw, path))
    return found


def _doc_id(name: str) -> str:
    """An id unique per input: the path without its suffix, separators as dashes (sub/t.txt -> sub-t)."""
    return str(Path(name).with_suffix("")).strip("/").replace("/", "-") or "doc"


def _read_source(source: str) -> str:
    """Text of a file or of stdin ("-") for the one-input commands; an unreadable input exits with 1."""
    try:
        return _read(source, None if source == "-" else Path(source))
    except InputError as error:
        err.print(f"[red]error:[/red] {error}", highlight=False)
        raise typer.Exit(1)


def _read(name: str, path: Path | None) -> str:
    return decode(sys.stdin.buffer.read(), name) if path is None else read_text(path)


def _texts(inputs: list[tuple[str, Path | None]], description: str, failed: list[str]) -> Iterator[tuple[str, str]]:
    """(name, text) of each readable input, with a progress bar for several. An unreadable input is
    reported and its name added to `failed`, for the exit code, so that the others are still processed."""
    for name, path in track(inputs, description=description, console=err, disable=len(inputs) < 2):
        try:
            yield name, _read(name, path)
        except InputError as error:
            err.print(f"[red]error:[/red] {error}", highlight=False)
            failed.append(name)


def _documents(
    inputs: list[tuple[str, Path | None]], pipeline: Pipeline, description: str, failed: list[str]
) -> Iterator[tuple[str, Doc]]:
    """(name, doc) of each readable input (see `_texts`)."""
    for name, text in _texts(inputs, description, failed):
        yield name, pipeline(text)


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


class _Summary:
    """Counts over the documents analysed, kept instead of the documents themselves."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.labels: Counter[str] = Counter()
        self.kinds: Counter[str] = Counter()
        self.terms: Counter[str] = Counter()

    def add(self, doc: Doc) -> None:
        self.counts.update(documents=1, sentences=len(doc.sentences), tokens=len(doc.tokens),
                           entities=len(doc.entities), quantities=len(doc.quantities))
        self.labels.update(e.label for e in doc.entities)
        self.kinds.update(q.kind for q in doc.quantities)
        self.terms.update({k.text: k.score for k in doc.keyterms})

    def show(self) -> None:
        table = Table(title="taldau summary", show_header=True)
        columns = ("documents", "sentences", "tokens", "entities", "quantities")
        for column in columns:
            table.add_column(column, justify="right")
        table.add_row(*(str(self.counts[c]) for c in columns))
        err.print(table)
        if self.labels:
            err.print("entities: " + ", ".join(f"{label} {n}" for label, n in self.labels.most_common()))
        if self.kinds:
            err.print("quantities: " + ", ".join(f"{kind} {n}" for kind, n in self.kinds.most_common()))
        if self.terms:
            err.print("key terms: " + ", ".join(term for term, _ in self.terms.most_common(10)))


@app.command()
def analyze(
    paths: Annotated[Optional[list[str]], typer.Argument(help="files or folders; - or nothing for stdin")] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="output format")] = Format.json,
    lines: Annotated[bool, typer.Option("--lines", help="one sentence per line: every line break ends one")] = False,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="output file (a folder for html of several inputs, or parquet)")] = None,
    workers: Workers = 1,
    scheduler: Scheduler = None,
) -> None:
    """Analyse Kazakh text: sentences, tokens, morphology, entities, quantities, key terms."""
    inputs = _inputs(paths or [])
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
        for name, doc in _analysed(inputs, lines, workers, scheduler, failed):
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
    raise typer.Exit(1 if failed else 0)


def _analysed(inputs: list[tuple[str, Path | None]], lines: bool, workers: int, scheduler: str | None,
              failed: list[str]) -> Iterator[tuple[str, Doc]]:
    """(name, doc) of each readable input, in order: here, or on a Dask cluster (local with -j N)."""
    from taldau.pipeline import Pipeline

    if workers == 1 and not scheduler:
        yield from _documents(inputs, Pipeline(lines=lines), "analysing", failed)
        return
    from taldau.corpus.parallel import analyse_in_order, cluster

    try:
        with cluster(workers, scheduler) as client:
            yield from analyse_in_order(client, _texts(inputs, "analysing", failed), lines)
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
    for name, doc in _documents(_inputs(paths or []), Pipeline(lines=lines), "reading", failed):
        for rank, term in enumerate(extract(doc, top), 1):
            sys.stdout.write(f"{name}\t{rank}\t{term.text}\t{term.count}\t{term.score:.2f}\t{term.label or ''}\n")
    raise typer.Exit(1 if failed else 0)


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
        sys.stdout.write(f"{guess.lang}\t{guess.script}\t{guess.confidence:.2f}\t{line}\n")


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
            sys.stdout.write(f"{word}\t{shown}\n")


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
            err.print(f"[red]error:[/red] line {number}: expected lemma<TAB>features, got {line!r}", highlight=False)
            bad += 1
            continue
        try:
            forms = forms_of(lemma, features)
        except ValueError as error:
            err.print(f"[red]error:[/red] line {number}: {error}", highlight=False)
            bad += 1
            continue
        if fmt is WordFormat.jsonl:
            record = {"lemma": lemma, "features": features, "forms": forms}
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(f"{lemma}\t{features}\t{', '.join(forms)}\n")
    raise typer.Exit(1 if bad else 0)


numbers_app = typer.Typer(help="Numbers both ways: text -> values, and values -> Kazakh words.", no_args_is_help=True)
app.add_typer(numbers_app, name="numbers")


@numbers_app.command("read")
def numbers_read(source: Annotated[str, typer.Argument(help="a file, or - for stdin")] = "-") -> None:
    """Quantities found in the text, one JSON line each: kind, text, value, unit, approx..."""
    from taldau.numbers import read_numbers

    for quantity in read_numbers(_read_source(source)):
        record = {k: getattr(quantity, k) for k in ("kind", "start", "end", "text", "value", "unit", "approx")}
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
                err.print(f"[red]error:[/red] {error}", highlight=False)
                counts["unreadable"] += 1
                continue
            source, digest = name if path is None else str(path.resolve()), content_hash(text)
            if corpus.state(source, digest) == "unchanged":
                counts["unchanged"] += 1
            else:
                yield source, digest, text

    with _open_corpus(db) as corpus:
        inputs = _inputs(paths)
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
    values = [str(v) if v is not None else "" for v in record.values()]
    if fmt is HitFormat.tsv:
        return "\t".join(" ".join(v.split()) for v in values) + "\n"
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
def serve(
    host: Annotated[str, typer.Option("--host", help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="port to listen on")] = 8000,
    db: Annotated[Optional[Path], typer.Option("--db", help="a corpus (taldau index) to search")] = None,
) -> None:
    """The HTTP service and its web page: analysis, transliteration, morphology, corpus search."""
    try:
        import uvicorn

        from taldau.service import create_app
    except ImportError as error:
        raise typer.BadParameter(f"the service needs its extra: pip install 'taldau[service]' ({error.name} missing)")
    try:
        service = create_app(db)
    except FileNotFoundError as error:
        raise typer.BadParameter(str(error), param_hint="--db")
    uvicorn.run(service, host=host, port=port)


if __name__ == "__main__":
    app()
