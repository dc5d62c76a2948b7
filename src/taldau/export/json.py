"""The JSON form of a Doc, following the versioned schema in docs/schema.md."""
from __future__ import annotations

import json
from typing import Any

from taldau.doc import Doc

SCHEMA_VERSION = "1.0"


def to_dict(doc: Doc) -> dict[str, Any]:
    return {
        "schema": SCHEMA_VERSION,
        "text": doc.text,
        "sentences": [
            {"start": s.start, "end": s.end, "tokens": [s.first, s.last], "lang": s.lang, "script": s.script}
            for s in doc.sentences
        ],
        "tokens": [
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
        ],
        "entities": [
            {"label": e.label, "start": e.start, "end": e.end, "text": e.text, "canonical": e.canonical, "link": e.link}
            for e in doc.entities
        ],
        "quantities": [
            {
                "kind": q.kind, "start": q.start, "end": q.end, "text": q.text, "value": q.value,
                "unit": q.unit, "approx": q.approx, "bound": q.bound, "qualifier": q.qualifier,
            }
            for q in doc.quantities
        ],
    }


def to_json(doc: Doc, indent: int | None = 2) -> str:
    return json.dumps(to_dict(doc), ensure_ascii=False, indent=indent)
