"""Writing a Doc out: JSON (versioned schema, docs/schema.md), CoNLL-U, plain text, HTML report."""
from __future__ import annotations

from taldau.export.conll import from_conllu, to_conllu
from taldau.export.html import to_html
from taldau.export.json import SCHEMA_VERSION, from_dict, from_json, to_dict, to_json, write_json
from taldau.export.text import to_text

FORMATS = ("json", "jsonl", "conllu", "text", "html")

__all__ = ["FORMATS", "SCHEMA_VERSION", "to_dict", "to_json", "write_json", "from_dict", "from_json", "to_conllu", "from_conllu", "to_text", "to_html"]
