"""The endings table as compiled at build time by `python -m tools.morph.compile`: ending -> one row per
reading, naming its suffix chain by number, so that loading realises no word and an ending's readings are
made the first time a word ends in it. The file is stamped with what it was compiled from (a checksum of
the chains, the representatives, phonology and the functions that realise them); the stamp is checked by
the tests, not at every start, where realising the chains to check it would cost most of what compiling
saves."""
from __future__ import annotations

import inspect
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from .. import compiled
from . import endings

HERE = Path(__file__).parent
PATH = HERE / "data" / "endings.marshal.gz"


def source_hash() -> str:
    """A hash of what the table is made of (not of unrelated edits to endings.py)."""
    return compiled.stamp(repr([endings.chains(p) for p in endings.PARADIGMS]), repr(endings._REPRESENTATIVES),
                          (HERE / "phonology.py").read_text(encoding="utf-8"),
                          *(inspect.getsource(f) for f in (endings.realise, endings.realised_table, endings.chain_feats)))


def rows(table: Mapping[str, tuple[endings.Ending, ...]]) -> dict[str, str]:
    """The compiled form of `table`: ending -> its readings, joined by the unit separator, each as
    tab-separated paradigm, chain number, stem key, stem tail, then surface and gloss of each morpheme."""
    number = {(p, chain): i for p in endings.PARADIGMS for i, chain in enumerate(endings.chains(p))}
    return {ending: "\x1f".join("\t".join((e.paradigm, str(number[e.paradigm, e.chain]), e.key, e.stem_tail,
                                             *(part for morpheme in e.morphemes for part in morpheme)))
                                  for e in entries)
            for ending, entries in table.items()}


def write(table: Mapping[str, tuple[endings.Ending, ...]]) -> None:
    """Three columns of lines, each read by one split: the endings, their readings, every tail (`endings.tails`)."""
    found = rows(table)
    columns = ("\n".join(found), "\n".join(found.values()), "\n".join(sorted(endings.all_tails(table))))
    compiled.dump(PATH, source_hash(), columns)


def load() -> tuple[compiled.Lazy[str, tuple[endings.Ending, ...]], frozenset[str]] | None:
    """The compiled table, each ending's readings made on first use, and its tails; None when it
    cannot be read."""
    found = compiled.load(PATH)
    if not isinstance(found, tuple) or len(found) != 3:  # missing, or written in another layout
        return None
    keys, readings, tails = (column.split("\n") for column in found)
    return compiled.Lazy(dict(zip(keys, readings)), _readings), frozenset(tails)


def _readings(_: str, row: str) -> tuple[endings.Ending, ...]:
    out = []
    for reading in row.split("\x1f"):
        paradigm, number, key, tail, *morphemes = reading.split("\t")
        chain, feats, feats_str, bare, px3 = _chain(paradigm, int(number))
        out.append(endings.Ending(paradigm, key, tail, feats, tuple(zip(morphemes[::2], morphemes[1::2])), chain,
                                  feats_str, bare, px3))
    return tuple(out)


@lru_cache(maxsize=4096)  # bounded by the chains of the morphotactics, about 1,550
def _chain(paradigm: str, number: int) -> tuple:
    """What an Ending derives from its chain alone: the chain, its features (also as UD FEATS), bare, px3."""
    chain = endings.chains(paradigm)[number]
    feats = endings.chain_feats(chain)
    return (chain, feats, "|".join(f"{k}={v}" for k, v in feats),
            len(chain) == 1 and chain[0].gloss == "NOM", any(s.gloss == "PX3" for s in chain))
