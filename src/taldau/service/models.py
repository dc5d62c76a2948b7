"""The JSON shapes the service answers with, as pydantic models: OpenAPI shows them and
`docs/schema.json` is generated from `Document` (`python -m taldau.service.models > docs/schema.json`)."""
from __future__ import annotations

import json
from typing import Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field

Value = Union[int, float, str, list[Union[int, float, str, None]], None]


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Reading(_Out):
    lemma: str
    upos: str
    feats: Optional[str] = Field(description="UD FEATS, Case=Gen|Number=Plur")
    morphemes: list[tuple[str, str]] = Field(description="[surface, gloss] pairs")
    guessed: bool = Field(description="true for words not in the lexicon")


class TokenOut(_Out):
    text: str
    start: int
    end: int
    norm: str
    lemma: Optional[str]
    upos: Optional[str]
    feats: Optional[str]
    head: Optional[int] = Field(description="index in tokens of the token this one depends on; a root is its own head")
    deprel: Optional[str] = Field(description="UD relation to the head: nsubj, obj, obl, nmod:poss... (root for a root)")
    analyses: list[Reading]


class SentenceOut(_Out):
    start: int
    end: int
    tokens: tuple[int, int] = Field(description="[first, last) into tokens")
    lang: Optional[Literal["kk", "ru", "en", "other"]] = Field(description="other: another language, Kyrgyz and Uzbek included")
    script: Optional[Literal["Cyrl", "Latn", "mixed", "other", "none"]]


class EntityOut(_Out):
    label: str
    start: int
    end: int
    text: str
    canonical: Optional[str]
    link: Optional[str] = Field(description="ISO 3166-1 alpha-2 for countries, ISO 3166-2 for subdivisions and cities")


class QuantityOut(_Out):
    kind: Literal["cardinal", "ordinal", "percent", "money", "quantity", "date", "duration", "time"]
    start: int
    end: int
    text: str
    value: Value = Field(description="number, EDTF date, ISO 8601 duration or time, or [low, high]")
    unit: Optional[str]
    approx: bool
    bound: Optional[Literal["min", "max"]]
    qualifier: Optional[str]
    named: bool = Field(default=False, description="true for a number read as part of a name (Boeing 737, 24-бабы): no numeric entity")


class KeyTermOut(_Out):
    text: str
    score: float
    count: int
    label: Optional[str]
    mentions: list[tuple[int, int]]


class PhraseOut(_Out):
    start: int
    end: int
    text: str


class PredicateOut(PhraseOut):
    lemma: str = Field(description="dictionary form with its light verbs: қолда, қарсы шық, сал (салмақ)")


class RelationOut(_Out):
    sentence: int = Field(description="index into sentences")
    kind: Literal["interest", "goal", "need", "cooperation", "support", "opposition"]
    negated: bool
    implicit: bool = Field(description="the actor was carried over from an earlier sentence (ол, бұл ел, no subject)")
    actor: EntityOut
    predicate: PredicateOut
    target: Optional[PhraseOut] = Field(description="what the stance is about, with its dependents")
    partners: list[EntityOut] = Field(description="with whom: actors named with -мен, мен бірге")


class Document(_Out):
    """One analysed document (docs/schema.md); `source` only in JSON lines."""

    model_config = ConfigDict(extra="forbid", title="taldau document")
    source: Optional[str] = None
    schema_: str = Field(alias="schema", pattern=r"^1\.\d+$")
    text: str
    sentences: list[SentenceOut]
    tokens: list[TokenOut]
    entities: list[EntityOut]
    quantities: list[QuantityOut]
    keyterms: list[KeyTermOut]
    relations: list[RelationOut] = Field(default_factory=list, description="stances (taldau.stances)")


class Translation(_Out):
    text: str


class WordReadings(_Out):
    word: str
    analyses: list[Reading]


class HitOut(BaseModel):
    """A sentence found by /search (fields the corpus adds later pass through)."""

    model_config = ConfigDict(extra="allow")
    doc: int
    source: Optional[str]
    start: int
    end: int
    text: str
    matches: list[tuple[int, int]] = Field(description="offsets of the matched words in text")
    score: float
    marked: str = Field(description="the sentence with [matched words] bracketed")


class MentionOut(BaseModel):
    model_config = ConfigDict(extra="allow")
    doc: int
    source: Optional[str]
    label: str
    text: str
    canonical: Optional[str]
    link: Optional[str]
    sentence: str


def json_schema() -> dict:
    return Document.model_json_schema(by_alias=True) | {"$schema": "https://json-schema.org/draft/2020-12/schema"}


if __name__ == "__main__":
    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
