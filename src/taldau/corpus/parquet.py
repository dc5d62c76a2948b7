"""Analyses as Parquet tables written by the workers themselves: documents, tokens, entities,
quantities, relations (stances).

    out/tokens/part-<key>.parquet, out/entities/..., out/quantities/..., out/relations/..., out/documents/...

One part per batch of documents in each table, each written under a temporary name and renamed; the
documents part is renamed last and marks the batch done. A rerun skips the sources already in
out/documents and first deletes the parts no documents part vouches for (a batch killed between its
renames), so an interrupted run resumes without duplicates. Any Parquet reader takes the folder as
one table per subfolder (pandas.read_parquet("out/tokens"), DuckDB's 'out/tokens/*.parquet', Spark).
Workers must see `out` and the input files at the same paths (one machine, or a shared file system).
"""
from __future__ import annotations

import hashlib
import json
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from taldau.corpus.schema import content_hash
from taldau.io import InputError, read_text

if TYPE_CHECKING:
    import pyarrow

    from taldau.doc import Doc

TABLES = ("tokens", "entities", "quantities", "relations", "documents")  # documents last: it marks a batch done


def _schemas() -> dict[str, pyarrow.Schema]:
    import pyarrow as pa

    text, number = pa.string(), pa.int64()
    span = [("source", text), ("start", number), ("end", number), ("text", text)]
    return {
        "tokens": pa.schema([*span, ("sentence", pa.int32()), ("norm", text), ("lemma", text), ("upos", text),
                             ("feats", text), ("readings", pa.int32()), ("head", pa.int32()), ("deprel", text)]),
        "entities": pa.schema([*span, ("label", text), ("canonical", text), ("link", text)]),
        "quantities": pa.schema([*span, ("kind", text), ("value", text), ("unit", text), ("approx", pa.bool_())]),
        "relations": pa.schema([("source", text), ("sentence", pa.int32()), ("kind", text), ("actor", text),
                                ("actor_start", number), ("actor_end", number), ("actor_canonical", text),
                                ("actor_link", text), ("predicate", text), ("predicate_start", number),
                                ("target", text), ("target_start", number), ("negated", pa.bool_()),
                                ("implicit", pa.bool_())]),
        "documents": pa.schema([("source", text), ("hash", text), ("chars", number), ("sentences", pa.int32()),
                                ("tokens", pa.int32()), ("lang", text)]),
    }


def records(source: str, doc: Doc) -> dict[str, list[dict]]:
    """The rows of one analysed document in each table."""
    sentence_of = {i: n for n, s in enumerate(doc.sentences) for i in range(s.first, s.last)}
    langs = [s.lang for s in doc.sentences if s.lang]
    return {
        "tokens": [{"source": source, "start": t.start, "end": t.end, "text": t.text, "sentence": sentence_of.get(i),
                    "norm": t.norm, "lemma": t.lemma, "upos": t.upos, "feats": t.feats, "readings": len(t.analyses),
                    "head": t.head, "deprel": t.deprel} for i, t in enumerate(doc.tokens)],
        "entities": [{"source": source, "start": e.start, "end": e.end, "text": e.text, "label": e.label,
                      "canonical": e.canonical, "link": e.link} for e in doc.entities],
        "quantities": [{"source": source, "start": q.start, "end": q.end, "text": q.text, "kind": q.kind,
                        "value": json.dumps(q.value, ensure_ascii=False, default=str), "unit": q.unit, "approx": q.approx}
                       for q in doc.quantities],
        "relations": [{"source": source, "sentence": r.sentence, "kind": r.kind, "actor": r.actor.text,
                       "actor_start": r.actor.start, "actor_end": r.actor.end, "actor_canonical": r.actor.canonical,
                       "actor_link": r.actor.link, "predicate": r.predicate.canonical or r.predicate.text,
                       "predicate_start": r.predicate.start, "target": r.target.text if r.target else None,
                       "target_start": r.target.start if r.target else None, "negated": r.negated,
                       "implicit": r.implicit} for r in doc.relations],
        "documents": [{"source": source, "hash": content_hash(doc.text), "chars": len(doc.text),
                       "sentences": len(doc.sentences), "tokens": len(doc.tokens),
                       "lang": max(set(langs), key=langs.count) if langs else None}],
    }


def write_batch(sources: list[str], out: str) -> list[str]:
    """Analyse the files `sources` and write their part of each table; runs on a worker. Returns the
    errors of the files that could not be read (the others are written)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from taldau.corpus.parallel import pipeline

    tables: dict[str, list[dict]] = {name: [] for name in TABLES}
    errors = []
    for source in sources:
        try:
            found = records(source, pipeline()(read_text(Path(source))))
        except InputError as error:
            errors.append(str(error))
            continue
        for name, rows in found.items():
            tables[name] += rows
    if not tables["documents"]:
        return errors
    key = hashlib.sha1("\n".join(sources).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    schemas = _schemas()
    for name in TABLES:
        folder = Path(out) / name
        folder.mkdir(parents=True, exist_ok=True)
        pq.write_table(pa.Table.from_pylist(tables[name], schema=schemas[name]), folder / f".part-{key}.tmp")
    for name in TABLES:
        (Path(out) / name / f".part-{key}.tmp").replace(Path(out) / name / f"part-{key}.parquet")
    return errors


def resume(out: Path) -> set[str]:
    """The sources already written to `out`, after deleting what an interrupted batch left behind."""
    import pyarrow.parquet as pq

    done = {part.name for part in (out / "documents").glob("part-*.parquet")}
    for name in TABLES:
        for part in (out / name).glob(".part-*.tmp"):
            part.unlink()
        for part in (out / name).glob("part-*.parquet"):
            if part.name not in done:
                part.unlink()
    if not done:
        return set()
    return set(pq.read_table(out / "documents", columns=["source"]).column("source").to_pylist())


def write_all(paths: list[Path], out: Path, workers: int = 1, scheduler: str | None = None,
              batch: int = 16) -> tuple[int, int, list[str]]:
    """Write the analyses of the files `paths` under `out` (see the module), on this process, `workers`
    local processes or the cluster at `scheduler`; returns (written, already there, errors)."""
    from taldau.corpus.parallel import cluster, run_batches

    out.mkdir(parents=True, exist_ok=True)
    done = resume(out)
    sources = sorted({str(path.resolve()) for path in paths})
    todo = [source for source in sources if source not in done]
    work = partial(write_batch, out=str(out))
    if workers > 1 or scheduler:
        with cluster(workers, scheduler) as client:
            errors = [e for found in run_batches(client, work, todo, batch) for e in found]
    else:
        errors = [e for start in range(0, len(todo), batch) for e in work(todo[start : start + batch])]
    return len(todo) - len(errors), len(sources) - len(todo), errors
