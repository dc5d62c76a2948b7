"""Diseases by name (`diseases.tsv`): a disease the list names, left outside every entity by the CRF, is a DISEASE, as
KazNERD labels one (its few examples teach the CRF little beyond the coronavirus). The last word may take a case
ending (гипертензиямен, қант диабетімен); the words before it are matched as written."""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

from taldau.ner.endings import strip_case

TABLE = Path(__file__).with_name("diseases.tsv")


@cache
def table() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The last word of each name -> the words before it of each name ending so, longest first."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            *before, last = line.lower().split()
            found.setdefault(last, []).append(tuple(before))
    return {last: tuple(sorted(names, key=len, reverse=True)) for last, names in found.items()}


@cache
def _starts() -> frozenset[str]:
    """The first three letters of each name's last word, lowercase, capitalised and in capitals (ЖИТС, ГЕПАТИТ): a word
    is looked at only then."""
    return frozenset(start for last in table() for start in (last[:3], last[:1].upper() + last[1:3], last[:3].upper()))


def disease_word(word: str) -> bool:
    """The word may end a disease's name (`diseases` looks at no other): the entity rules' gate asks it once a word."""
    return word[:3] in _starts()


def diseases(words: Sequence[str], labels: list[str]) -> list[str]:
    """Гипертензия инсульт пен инфарктқа әкеп соғады: each named disease outside the CRF's names is a DISEASE."""
    out = list(labels)
    starts, names = _starts(), table()
    for i, word in enumerate(words):
        if word[:3] not in starts or out[i] != "O":
            continue
        low = word.lower()
        before = next((b for form in strip_case(low) for b in names.get(form, ())
                       if i >= len(b) and tuple(x.lower() for x in words[i - len(b) : i]) == b
                       and all(label == "O" for label in out[i - len(b) : i])), None)
        if before is not None:
            first = i - len(before)
            out[first : i + 1] = ["B-DISEASE"] + ["I-DISEASE"] * (i - first)
    return out
