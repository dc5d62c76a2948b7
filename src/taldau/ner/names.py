"""Names seen in the labelled data (`names.tsv`, written by `tools.ner.train` with the model).

A linear-chain CRF labels "Шанхай ынтымақтастық ұйымының" word by word; if the same words were an
organisation elsewhere in the training text, every one of them gets `nm=B-ORGANISATION`,
`nm=I-...`, `nm=E-...` and tells the model where the name starts and ends. Words match by their
suffix-stripped stems (so inflected names match too), longest name first. Each name carries the
class it had most often and how often those words were a name at all (`h` >= 70 %, `m` >= 30 %).
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path

FILE = Path(__file__).with_name("names.tsv")
MAX_WORDS = 6

Table = Mapping[tuple[str, ...], tuple[str, str]]  # stems -> (class, share bucket)


@lru_cache(maxsize=4)
def table(path: Path = FILE) -> Table:
    """The table beside a model (the committed one by default): `stem stem ...<TAB>class<TAB>share`."""
    rows = (line.rstrip("\n").split("\t") for line in path.open(encoding="utf-8") if not line.startswith("#"))
    return {tuple(stems.split(" ")): (kind, share) for stems, kind, share in rows}


def tags(stems: Sequence[str], names: Table) -> list[list[str]]:
    """Per token, `nm=<S|B|I|E>-<class>` and `nmr=<share>-<class>` of the longest name covering it."""
    n = len(stems)
    out: list[list[str]] = [[] for _ in range(n)]
    firsts = _first_stems(names)
    i = 0
    while i < n:
        if stems[i] not in firsts:  # no name starts here
            i += 1
            continue
        for size in range(min(MAX_WORDS, n - i), 0, -1):
            hit = names.get(tuple(stems[i : i + size]))
            if hit:
                kind, share = hit
                for k in range(i, i + size):
                    where = "S" if size == 1 else "B" if k == i else "E" if k == i + size - 1 else "I"
                    out[k] += [f"nm={where}-{kind}", f"nmr={share}-{kind}"]
                i += size
                break
        else:
            i += 1
    return out


_FIRSTS: dict[int, tuple[Table, frozenset[str]]] = {}  # id of a table -> (the table, first stems of its names)


def _first_stems(names: Table) -> frozenset[str]:
    """The stems that start a name of the table, worked out once per table (training uses one per fold)."""
    found = _FIRSTS.get(id(names))
    if found is None or found[0] is not names:
        if len(_FIRSTS) >= 16:
            _FIRSTS.clear()
        found = _FIRSTS[id(names)] = (names, frozenset(key[0] for key in names))
    return found[1]
