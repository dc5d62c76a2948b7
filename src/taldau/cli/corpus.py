"""Commands on a corpus (an SQLite file): index, search, mentions, actors; and serve, its HTTP service."""
from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from taldau.cli import app
from taldau.cli.common import Scheduler, Workers, documents, gather_inputs, refuse, tsv
from taldau.console import err
from taldau.console import error as _error
from taldau.inputs import find as _inputs
from taldau.inputs import read as _read
from taldau.io import InputError

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
        refuse(error)


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
        inputs, problems = gather_inputs(paths)
        counts["unreadable"] += len(problems)
        try:
            counts.update(index_all(corpus, todo(inputs), len(inputs), workers, scheduler, err()))
        except RuntimeError as error:
            refuse(error)
        pruned = len(corpus.prune()) if prune else 0
        total = len(corpus)
    err().print(f"{counts['new']} added, {counts['changed']} replaced, {counts['unchanged']} already there, "
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
        return tsv(*("" if v is None else v for v in record.values()))
    return text + "\n"


def _results(fields: tuple[str, ...], rows: list[tuple[dict, str]], fmt: HitFormat, page: tuple[int, int, str]) -> None:
    """Each (record, text line) as JSON, TSV under a header of `fields`, or text; then the page on stderr."""
    if fmt is HitFormat.tsv:
        sys.stdout.write("\t".join(fields) + "\n")
    for record, text in rows:
        sys.stdout.write(_line(record, fmt, text))
    total, offset, what = page
    _page(len(rows), total, offset, what)


def _page(shown: int, total: int, offset: int, what: str) -> None:
    """How many results there are and which were shown: "20 of 473 sentences (1-20)"."""
    span = f" ({offset + 1}-{offset + shown})" if shown else ""
    err().print(f"{shown} of {total} {what}{span}" if total else f"no {what} match")


Limit = Annotated[int, typer.Option("--limit", "-n", min=0, help="most results to show")]
Offset = Annotated[int, typer.Option("--offset", min=0, help="results to skip first (the next page)")]
Format = Annotated[HitFormat, typer.Option("--format", "-f")]


@app.command()
def search(
    query: Annotated[str, typer.Argument(help='words, any form (мұнайды finds мұнай; munai too); "a phrase" in order')],
    db: DB = Path("corpus.db"),
    limit: Limit = 20,
    offset: Offset = 0,
    fmt: Format = HitFormat.text,
) -> None:
    """Sentences of the corpus that contain every word of the query, in any of its forms, best first."""
    with _corpus(db) as corpus:
        try:
            total, hits = corpus.count(query), corpus.search(query, limit=limit, offset=offset)
        except ValueError as error:
            raise typer.BadParameter(str(error), param_hint="QUERY")
    fields = ("source", "start", "end", "score")
    rows = [({k: getattr(hit, k) for k in fields} | {"marked": hit.marked()}
             | ({"text": hit.text} if fmt is HitFormat.jsonl else {}), f"{hit.source}:{hit.start}\t{hit.marked()}")
            for hit in hits]
    _results((*fields, "marked"), rows, fmt, (total, offset, "sentences"))


@app.command()
def mentions(
    name: Annotated[str, typer.Argument(help="a canonical name (Ресей) or an ISO 3166 code (RU), in any case")],
    db: DB = Path("corpus.db"),
    limit: Limit = 100,
    offset: Offset = 0,
    fmt: Format = HitFormat.text,
) -> None:
    """Every mention of an actor across the corpus, whatever its form (Ресейдің, Ресеймен, Reseige)."""
    with _corpus(db) as corpus:
        total, found = corpus.count_mentions(name), corpus.mentions(name, limit=limit, offset=offset)
    fields = ("source", "label", "text", "canonical", "link", "sentence")
    rows = [({k: getattr(m, k) for k in fields}, f"{m.source}\t{m.label}\t{m.text}\t{m.sentence}") for m in found]
    _results(fields, rows, fmt, (total, offset, "mentions"))


@app.command()
def actors(
    paths: Annotated[Optional[list[str]], typer.Argument(help="files or folders (- or nothing: stdin); with --db, actors (US, Ресей үкіметі)")] = None,
    fmt: Annotated[HitFormat, typer.Option("--format", "-f", help="text: a table per document; tsv: a stance a line")] = HitFormat.text,
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
    for name, doc in documents(_inputs(paths or []), Pipeline(lines=lines), "reading", failed):
        found = gather(doc)
        if fmt is HitFormat.jsonl:
            for actor in found:
                sys.stdout.write(json.dumps(as_record(actor, name), ensure_ascii=False) + "\n")
            continue
        if fmt is HitFormat.tsv:  # a stance a line: source, actor, ISO, kind, negated, implicit, target ("-": none),
            for actor in found:  # sentence (from 1)
                for r in actor.relations:
                    target = " ".join(r.target.text.split()) if r.target else "-"
                    sys.stdout.write(f"{name}\t{actor.name}\t{actor.link or ''}\t{r.kind}\t{int(r.negated)}\t"
                                     f"{int(r.implicit)}\t{target}\t{r.sentence + 1}\n")
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
                err().print(f"the corpus says nothing about what {name} wants")




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
