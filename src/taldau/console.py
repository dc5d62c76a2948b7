"""What the command line tells the person at the terminal, on stderr: errors, the stages of a long
analysis as they start, and a summary of the documents analysed."""
from __future__ import annotations

import time
from collections import Counter
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

    from taldau.doc import Doc
    from taldau.pipeline import Pipeline

LONG_INPUT = 1_000_000  # characters: analysing one input this long shows each stage as it starts


@cache
def err() -> Console:
    """The stderr console, made for the first message: a run that says nothing never imports rich."""
    from rich.console import Console

    return Console(stderr=True, soft_wrap=True)  # soft wrap: a long message stays one line in a log


def error(message: str) -> None:
    err().print(f"[red]error:[/red] {message}", highlight=False, markup=True)


def analyse(pipeline: Pipeline, text: str, name: str) -> Doc:
    """The pipeline over `text`; a long text shows each stage as it starts, with the time so far."""
    if len(text) < LONG_INPUT:
        return pipeline(text)
    from taldau.doc import Doc

    doc, started, stages = Doc(text), time.perf_counter(), len(pipeline.components)
    for number, (stage, component) in enumerate(zip(pipeline.names, pipeline.components), 1):
        err().print(f"{name}: {len(text):,} characters, {stage} ({number}/{stages}) at {time.perf_counter() - started:.0f} s",
                  highlight=False)
        doc = component(doc)
    return doc


class Summary:
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
        from rich.table import Table

        table = Table(title="taldau summary", show_header=True)
        columns = ("documents", "sentences", "tokens", "entities", "quantities")
        for column in columns:
            table.add_column(column, justify="right")
        table.add_row(*(str(self.counts[c]) for c in columns))
        err().print(table)
        if self.labels:
            err().print("entities: " + ", ".join(f"{label} {n}" for label, n in self.labels.most_common()))
        if self.kinds:
            err().print("quantities: " + ", ".join(f"{kind} {n}" for kind, n in self.kinds.most_common()))
        if self.terms:
            err().print("key terms: " + ", ".join(term for term, _ in self.terms.most_common(10)))
