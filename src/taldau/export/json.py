"""The JSON form of a Doc, following the versioned schema in docs/schema.md."""
from __future__ import annotations

import io
import json
from collections.abc import Iterable
from typing import Any, TextIO

from taldau.doc import Doc

SCHEMA_VERSION = "1.1"


def to_dict(doc: Doc) -> dict[str, Any]:
    fields = _fields(doc)
    return {**fields, "tokens": list(fields["tokens"])}


def _fields(doc: Doc) -> dict[str, Any]:
    """The document's fields in schema order, tokens as a lazy iterable."""
    return {
        "schema": SCHEMA_VERSION,
        "text": doc.text,
        "sentences": [
            {"start": s.start, "end": s.end, "tokens": [s.first, s.last], "lang": s.lang, "script": s.script}
            for s in doc.sentences
        ],
        "tokens": (
            {
                "text": t.text,
                "start": t.start,
                "end": t.end,
                "norm": t.norm,
                "lemma": t.lemma,
                "upos": t.upos,
                "feats": t.feats,
                "analyses": [a.as_dict() for a in t.analyses],
            }
            for t in doc.tokens
        ),
        "entities": [
            {"label": e.label, "start": e.start, "end": e.end, "text": e.text, "canonical": e.canonical, "link": e.link}
            for e in doc.entities
        ],
        "quantities": [
            {
                "kind": q.kind, "start": q.start, "end": q.end, "text": q.text, "value": q.value,
                "unit": q.unit, "approx": q.approx, "bound": q.bound, "qualifier": q.qualifier,
                "named": q.named,
            }
            for q in doc.quantities
        ],
        "keyterms": [
            {"text": k.text, "score": k.score, "count": k.count, "label": k.label,
             "mentions": [list(m) for m in k.mentions]}
            for k in doc.keyterms
        ],
    }


def to_json(doc: Doc, indent: int | None = 2) -> str:
    out = io.StringIO()
    write_json(doc, out, indent)
    return out.getvalue()


def write_json(doc: Doc, sink: TextIO, indent: int | None = 2, head: dict[str, Any] | None = None) -> None:
    """Write the text `json.dumps(to_dict(doc))` would give, `head` fields first, one token at a time:
    the tokens of a long document (a dict of about 1 KB each) are never all built at once."""
    encode = json.JSONEncoder(ensure_ascii=False, indent=indent).encode
    newline, step, comma = ("", "", ", ") if indent is None else ("\n", " " * indent, ",")
    sink.write("{")
    for i, (key, value) in enumerate({**(head or {}), **_fields(doc)}.items()):
        sink.write(f"{comma if i else ''}{newline}{step}{encode(key)}: ")
        if key == "tokens":
            _write_items(value, sink, encode, newline + step, comma)
        else:
            sink.write(encode(value).replace("\n", newline + step))
    sink.write(newline + "}")


def _write_items(items: Iterable[Any], sink: TextIO, encode, indent: str, comma: str) -> None:
    """A JSON array nested one level inside an object, written item by item."""
    inner = indent + indent.lstrip("\n")
    empty = True
    for item in items:
        sink.write(("[" if empty else comma) + inner + encode(item).replace("\n", inner))
        empty = False
    sink.write("[]" if empty else indent + "]")
