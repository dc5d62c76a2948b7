"""The JSON form of a Doc, following the versioned schema in docs/schema.md."""
from __future__ import annotations

import io
import json
from collections.abc import Iterable
from functools import partial
from itertools import islice
from json.encoder import encode_basestring
from typing import Any, TextIO

from taldau.doc import Analysis, Doc, KeyTerm, Quantity, Relation, Sentence, Span, Token

SCHEMA_VERSION = "1.5"


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
                "head": t.head,
                "deprel": t.deprel,
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
        "relations": [relation_dict(r) for r in doc.relations],
    }


def _actor(span: Span) -> dict[str, Any]:
    return {"label": span.label, "start": span.start, "end": span.end, "text": span.text,
            "canonical": span.canonical, "link": span.link}


def relation_dict(relation: Relation) -> dict[str, Any]:
    """A stance as the schema writes it: actor, kind, predicate, target, partners, flags."""
    target = relation.target
    return {
        "sentence": relation.sentence, "kind": relation.kind, "negated": relation.negated, "implicit": relation.implicit,
        "actor": _actor(relation.actor),
        "predicate": {"start": relation.predicate.start, "end": relation.predicate.end,
                      "text": relation.predicate.text, "lemma": relation.predicate.canonical},
        "target": {"start": target.start, "end": target.end, "text": target.text} if target else None,
        "partners": [_actor(p) for p in relation.partners],
    }


def to_json(doc: Doc, indent: int | None = 2) -> str:
    out = io.StringIO()
    write_json(doc, out, indent)
    return out.getvalue()


def write_json(doc: Doc, sink: TextIO, indent: int | None = 2, head: dict[str, Any] | None = None) -> None:
    """Write the text `json.dumps(to_dict(doc))` would give, `head` fields first, a few tokens at a time:
    the tokens of a long document (a dict of about 1 KB each) are never all built at once."""
    encode = _COMPACT if indent is None else partial(_indented, step=" " * indent)
    newline, step, comma = ("", "", ", ") if indent is None else ("\n", " " * indent, ",")
    sink.write("{")
    for i, (key, value) in enumerate({**(head or {}), **_fields(doc)}.items()):
        sink.write(f"{comma if i else ''}{newline}{step}{encode(key)}: ")
        if key == "tokens":
            _write_items(value, sink, encode, newline + step, comma)
        else:
            sink.write(encode(value).replace("\n", newline + step))
    sink.write(newline + "}")


BATCH = 64  # tokens the C encoder writes in one call: each call costs microseconds before it writes anything


def _write_items(items: Iterable[Any], sink: TextIO, encode, indent: str, comma: str) -> None:
    """A JSON array nested one level inside an object, written item by item (compact: a batch at a time, as one
    list without its brackets)."""
    if not indent:
        items, first = iter(items), True
        sink.write("[")
        while batch := list(islice(items, BATCH)):
            sink.write(("" if first else comma) + encode(batch)[1:-1])
            first = False
        sink.write("]")
        return
    inner = indent + indent.lstrip("\n")
    empty = True
    for item in items:
        sink.write(("[" if empty else comma) + inner + encode(item).replace("\n", inner))
        empty = False
    sink.write("[]" if empty else indent + "]")


_COMPACT = json.JSONEncoder(ensure_ascii=False).encode  # no indent: the C encoder writes the whole value


def _indented(value: Any, step: str, at: str = "\n") -> str:
    """`value` as `json.JSONEncoder(ensure_ascii=False, indent=len(step))` writes it, for the schema's values (objects
    with string keys), `at` the line break and indent before it: the standard encoder is pure Python once it indents
    (37 µs a token, on the news of bench.speed); here only arrays and objects are laid out in Python, strings written
    by the C encoder."""
    if isinstance(value, str):
        return encode_basestring(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = at + step
        return ("{" + inner + ("," + inner).join([f"{encode_basestring(key)}: {_indented(item, step, inner)}"
                                                   for key, item in value.items()]) + at + "}")
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        inner = at + step
        return "[" + inner + ("," + inner).join([_indented(item, step, inner) for item in value]) + at + "]"
    if value is None:
        return "null"
    if type(value) is int:
        return int.__repr__(value)
    return _COMPACT(value)  # another number, true or false


def from_dict(data: dict[str, Any]) -> Doc:
    """The Doc that `to_dict` was given: `from_dict(to_dict(doc)) == doc` (`source` and other extra keys ignored)."""
    if str(data.get("schema", "")).split(".")[0] != SCHEMA_VERSION.split(".")[0]:
        raise ValueError(f"schema {data.get('schema')!r} is not {SCHEMA_VERSION.split('.')[0]}.x; this taldau reads {SCHEMA_VERSION}")
    text = data["text"]

    def token(t: dict[str, Any]) -> Token:
        analyses = tuple(Analysis(a["lemma"], a["upos"], a["feats"] or "", tuple(map(tuple, a["morphemes"])), a["guessed"])
                         for a in t["analyses"])
        space_after = t["end"] == len(text) or text[t["end"]].isspace()
        return Token(t["text"], t["start"], t["end"], t["norm"], space_after, analyses, t.get("head"), t.get("deprel"))

    return Doc(
        text=text,
        tokens=tuple(map(token, data["tokens"])),
        sentences=tuple(Sentence(s["start"], s["end"], *s["tokens"], s["lang"], s["script"]) for s in data["sentences"]),
        entities=tuple(Span(**e) for e in data["entities"]),
        quantities=tuple(Quantity(**q) for q in data["quantities"]),
        keyterms=tuple(KeyTerm(k["text"], k["score"], k["count"], tuple(map(tuple, k["mentions"])), k["label"])
                       for k in data.get("keyterms", [])),
        relations=tuple(_relation(r) for r in data.get("relations", [])),
    )


def _relation(r: dict[str, Any]) -> Relation:
    predicate, target = r["predicate"], r["target"]
    return Relation(
        r["sentence"], r["kind"], Span(**r["actor"]),
        Span("PREDICATE", predicate["start"], predicate["end"], predicate["text"], predicate["lemma"]),
        Span("TARGET", target["start"], target["end"], target["text"]) if target else None,
        tuple(Span(**p) for p in r["partners"]), r["negated"], r["implicit"])


def from_json(text: str) -> Doc:
    return from_dict(json.loads(text))
