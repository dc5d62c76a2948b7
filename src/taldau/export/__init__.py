"""Writing a Doc out: JSON (versioned schema, docs/schema.md), CoNLL-U, plain text, HTML report.

Each format's module is imported on first use of one of its names: writing JSON (what `taldau analyze`
writes by default) imports neither the conllu package nor the HTML report."""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from taldau.export.conll import from_conllu, to_conllu
    from taldau.export.html import to_html
    from taldau.export.json import SCHEMA_VERSION, from_dict, from_json, to_dict, to_json, write_json
    from taldau.export.text import to_text

FORMATS = ("json", "jsonl", "conllu", "text", "html")

_MODULE_OF = {"SCHEMA_VERSION": "json", "to_dict": "json", "to_json": "json", "write_json": "json", "from_dict": "json",
              "from_json": "json", "to_conllu": "conll", "from_conllu": "conll", "to_text": "text", "to_html": "html"}

__all__ = ["FORMATS", "SCHEMA_VERSION", "to_dict", "to_json", "write_json", "from_dict", "from_json", "to_conllu", "from_conllu",
           "to_text", "to_html"]


def __getattr__(name: str) -> Any:
    if name not in _MODULE_OF:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_MODULE_OF[name]}"), name)
