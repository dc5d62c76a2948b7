"""The JSON output against docs/schema.json, and read back into the same Doc."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import taldau
from taldau.doc import Doc
from taldau.export import from_dict, to_dict, to_json

jsonschema = pytest.importorskip("jsonschema")
SCHEMA = json.loads((Path(__file__).parents[1] / "docs" / "schema.json").read_text(encoding="utf-8"))
SAMPLE = (Path(__file__).parents[1] / "samples" / "economy.txt").read_text(encoding="utf-8")
TEXTS = [
    SAMPLE,
    "АҚШ-тың үлесі 2010-2012 жылдары 10-12 пайызға жетті. Өткен жылы Астанада 1,5 млрд теңге бөлінді.",
    "Mūnai bağasy 30 paiyzğa juyq östı. Сағат 18:05-те келді.",
    "",
]


def test_the_committed_schema_is_the_one_the_service_declares() -> None:
    from taldau.service.models import json_schema

    assert SCHEMA == json.loads(json.dumps(json_schema())), "regenerate: python -m taldau.service.models > docs/schema.json"


@pytest.mark.parametrize("text", TEXTS, ids=["sample", "ranges", "latin", "empty"])
def test_real_output_follows_the_schema(text: str) -> None:
    jsonschema.validate(json.loads(to_json(taldau.analyze(text))), SCHEMA)


def test_the_schema_refuses_what_is_not_a_document() -> None:
    broken = to_dict(taldau.analyze("Ресейге."))
    broken["entities"][0]["link"] = 7
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, SCHEMA)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["АҚШ-тың", "2,9", "пайызға", "жетті", ".", "Ресей", "өткен", "жылы", "1 500",
                                 "теңге", "Qazaqstan", "\n", "  ", "«", "»", "10-12", "мұнайды"]), max_size=25))
def test_json_reads_back_into_the_same_doc(words: list[str]) -> None:
    doc = taldau.analyze(" ".join(words))
    assert Doc.from_json(to_json(doc)) == doc


def test_an_unknown_major_version_is_refused_with_the_reason() -> None:
    with pytest.raises(ValueError, match="schema '2.0'"):
        from_dict({"schema": "2.0", "text": ""})
