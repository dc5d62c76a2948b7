"""The endings table as compiled at build time by `python -m tools.morph.compile`: ending -> one row per
reading, naming its suffix chain by number, so that loading realises no word and an ending's readings are
made the first time a word ends in it. The file is stamped with what it was compiled from (a hash of the
chains, the representatives, phonology and the functions that realise them); the stamp is checked by
the tests and the build, not at every start, where hashing would cost most of what compiling saves."""
from __future__ import annotations

import inspect
import sys
from functools import lru_cache
from pathlib import Path

from .. import compiled
from . import endings

HERE = Path(__file__).parent
PATH = HERE / "data" / "endings.marshal.gz"

Row = tuple[str, int, str, str, tuple[tuple[str, str], ...]]  # paradigm, chain number, key, stem tail, morphemes


def source_hash() -> str:
    """A hash of what the table is made of (not of unrelated edits to endings.py)."""
    return compiled.stamp(repr([endings.chains(p) for p in endings.PARADIGMS]), repr(endings._REPRESENTATIVES),
                          (HERE / "phonology.py").read_text(encoding="utf-8"),
                          *(inspect.getsource(f) for f in (endings.realise, endings.realised_table, endings.chain_feats)))


def rows(table: dict[str, tuple[endings.Ending, ...]]) -> dict[str, tuple[Row, ...]]:
    """The compiled form of `table`: plain rows, their strings shared."""
    number = {(p, chain): i for p in endings.PARADIGMS for i, chain in enumerate(endings.chains(p))}
    short = sys.intern
    return {ending: tuple((e.paradigm, number[(e.paradigm, e.chain)], short(e.key), short(e.stem_tail),
                           tuple((short(s), short(g)) for s, g in e.morphemes)) for e in entries)
            for ending, entries in table.items()}


def write(table: dict[str, tuple[endings.Ending, ...]]) -> None:
    """The table's rows, and its tails (`endings.tails`) as lines."""
    compiled.dump(PATH, source_hash(), (rows(table), "\n".join(sorted(endings.all_tails(table)))))


def load() -> tuple[compiled.Lazy[str, tuple[endings.Ending, ...]], frozenset[str]] | None:
    """The compiled table, each ending's readings made on first use, and its tails; None when it
    cannot be read."""
    found = compiled.load(PATH)
    if found is None:
        return None
    table, tails = found
    return compiled.Lazy(table, _readings), frozenset(tails.split("\n"))


def _readings(_: str, rows: tuple[Row, ...]) -> tuple[endings.Ending, ...]:
    return tuple(endings.Ending(paradigm, key, tail, feats, morphemes, chain, feats_str, bare, px3)
                 for paradigm, number, key, tail, morphemes in rows
                 for chain, feats, feats_str, bare, px3 in (_chain(paradigm, number),))


@lru_cache(maxsize=4096)  # bounded by the chains of the morphotactics, about 1,550
def _chain(paradigm: str, number: int) -> tuple:
    """What an Ending derives from its chain alone: the chain, its features (also as UD FEATS), bare, px3."""
    chain = endings.chains(paradigm)[number]
    feats = endings.chain_feats(chain)
    return (chain, feats, "|".join(f"{k}={v}" for k, v in feats),
            len(chain) == 1 and chain[0].gloss == "NOM", any(s.gloss == "PX3" for s in chain))
