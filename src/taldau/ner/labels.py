"""IOB2 labels read as entity ranges: for the recogniser, its rules and the tools that read KazNERD."""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

SEPARATORS = frozenset({":", ";", ","})  # Ертіс: су бөлісу: what ends no name (KazNERD: none but one count, of 28k)


def spans(labels: Sequence[str]) -> list[tuple[str, int, int]]:
    """(label, first, last+1) token ranges of IOB2 labels; a stray I- starts an entity."""
    return list(_spans(tuple(labels)))


@lru_cache(maxsize=32)  # a sentence's few states of labels
def _spans(labels: tuple[str, ...]) -> tuple[tuple[str, int, int], ...]:
    """`spans`, kept for the latest labels: the entity rules ask a sentence's spans a dozen times, of labels that no
    rule changed in between 19 times in 20 (a look-up is a quarter of the walk through them)."""
    out: list[tuple[str, int, int]] = []
    for i, label in enumerate(labels):
        if label == "O":  # most tokens
            continue
        kind = label[2:]
        if label.startswith("B-") or (label.startswith("I-") and (not out or out[-1][0] != kind or out[-1][2] != i)):
            out.append((kind, i, i + 1))
        elif label.startswith("I-"):
            out[-1] = (kind, out[-1][1], i + 1)
    return tuple(out)


def begun(labels: Sequence[str]) -> list[str]:
    """The labels with each stray I- (after no label of its class: B-GPE I-PERSON, O I-ORGANISATION) made the B- that
    `spans` reads it as, so that rules asking whether a name runs on from the word before see the CRF's own spans
    (Италияның | Eni компаниясы, which the CRF read B-GPE I-PERSON)."""
    out = list(labels)
    for i, label in enumerate(out):
        if label.startswith("I-") and (i == 0 or out[i - 1][2:] != label[2:]):
            out[i] = "B-" + label[2:]
    return out


def spans_of(labels: Sequence[str], kind: str) -> list[tuple[int, int]]:
    """(first, last+1) of the entities of `kind`; none at once when no label names it (most sentences)."""
    if f"B-{kind}" not in labels and f"I-{kind}" not in labels:
        return []
    return [(first, last) for found, first, last in spans(labels) if found == kind]
