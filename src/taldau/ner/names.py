"""Names seen in the labelled data (`names.tsv`, written by `tools.ner.train` with the model).

A linear-chain CRF labels "Шанхай ынтымақтастық ұйымының" word by word; if the same words were an
organisation elsewhere in the training text, every one of them gets `nm=B-ORGANISATION`,
`nm=I-...`, `nm=E-...` and tells the model where the name starts and ends. Words match by their
suffix-stripped stems (so inflected names match too), longest name first. Each name carries the
class it had most often and how often those words were a name at all (`h` >= 70 %, `m` >= 30 %).

The same file keeps the head words seen ending multi-word names (зауыты, қорығы, форумы...): an
unseen name ends in a seen head, so the words before a head get `nha=<class>` (as `heads.py` does
for the hand-written heads), which carries to the first word of a name never seen in training.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from taldau.ner.heads import AHEAD, STOPS

FILE = Path(__file__).with_name("names.tsv")
MAX_WORDS = 6
HEAD = "head"  # fourth column of a head-word row


@dataclass(frozen=True)
class Table:
    """Names (stems -> (class, share bucket)) and head words (last stem -> (class, share bucket))."""

    names: Mapping[tuple[str, ...], tuple[str, str]]
    heads: Mapping[str, tuple[str, str]] = field(default_factory=dict)


@lru_cache(maxsize=4)
def table(path: Path = FILE) -> Table:
    """The table beside a model (the committed one by default): `stem stem ...<TAB>class<TAB>share[<TAB>head]`."""
    found: dict[tuple[str, ...], tuple[str, str]] = {}
    heads: dict[str, tuple[str, str]] = {}
    for line in path.open(encoding="utf-8"):
        if not line.startswith("#"):
            stems, kind, share, *what = line.rstrip("\n").split("\t")
            if what == [HEAD]:
                heads[stems] = (kind, share)
            else:
                found[tuple(stems.split(" "))] = (kind, share)
    return Table(found, heads)


def tags(stems: Sequence[str], known: Table) -> list[list[str]]:
    """Per token, `nm=<S|B|I|E>-<class>` and `nmr=<share>-<class>` of the longest name covering it,
    `nh=<share>-<class>` on a seen head word and `nha=<class>` before one (not across punctuation)."""
    n = len(stems)
    out: list[list[str]] = [[] for _ in range(n)]
    i = 0
    while i < n:
        for size in range(min(MAX_WORDS, n - i), 0, -1):
            hit = known.names.get(tuple(stems[i : i + size]))
            if hit:
                kind, share = hit
                for k in range(i, i + size):
                    where = "S" if size == 1 else "B" if k == i else "E" if k == i + size - 1 else "I"
                    out[k] += [f"nm={where}-{kind}", f"nmr={share}-{kind}"]
                i += size
                break
        else:
            i += 1
    heads = [known.heads.get(s) for s in stems]
    for i, hit in enumerate(heads):
        if hit:
            out[i].append(f"nh={hit[1]}-{hit[0]}")
        for j in range(i + 1, min(i + 1 + AHEAD, n)):
            if stems[j] in STOPS:
                break
            if heads[j]:
                out[i] += [f"nha={heads[j][0]}", f"nha{j - i}={heads[j][0]}"]
                break
    return out
