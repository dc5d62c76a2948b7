"""The endings table as compiled offline by `python -m tools.morph.endings`: one row per reading,
naming its suffix chain by number, so loading realises no word. The file is valid only for what it was
compiled from (a hash of the chains, the representatives, phonology and the functions that realise
them); after a change there, `endings.table()` realises the table itself until it is compiled again."""
from __future__ import annotations

import gzip
import hashlib
import inspect
import marshal
from pathlib import Path

from . import endings

HERE = Path(__file__).parent
PATH = HERE / "data" / "endings.marshal.gz"  # marshal: plain tuples of str and int, read fastest


def source_hash() -> str:
    """A hash of what the table is made of (not of unrelated edits to endings.py)."""
    made_of = [repr([endings.chains(p) for p in endings.PARADIGMS]), repr(endings._REPRESENTATIVES),
               (HERE / "phonology.py").read_text(encoding="utf-8"),
               *(inspect.getsource(f) for f in (endings.realise, endings.realised_table, endings.chain_feats))]
    return hashlib.sha256("\n".join(made_of).encode("utf-8")).hexdigest()


def dump(table: dict[str, tuple[endings.Ending, ...]]) -> bytes:
    """The file's bytes: the source hash, then (ending, paradigm, chain number, stem key, stem tail,
    morphemes) of every reading."""
    number = {(p, chain): i for p in endings.PARADIGMS for i, chain in enumerate(endings.chains(p))}
    rows = tuple((ending, e.paradigm, number[(e.paradigm, e.chain)], e.key, e.stem_tail, e.morphemes)
                 for ending, entries in table.items() for e in entries)
    return gzip.compress(marshal.dumps((source_hash(), rows), 4), mtime=0)


def load() -> dict[str, tuple[endings.Ending, ...]] | None:
    """The compiled table, or None when it is missing or was compiled from other code."""
    try:
        source, rows = marshal.loads(gzip.decompress(PATH.read_bytes()))
    except (OSError, EOFError, ValueError, TypeError):  # missing, or written by another Python's marshal
        return None
    if source != source_hash():
        return None
    out: dict[str, list[endings.Ending]] = {}
    derived: dict[tuple[str, int], tuple] = {}  # each chain's derivations, once per load
    for ending, paradigm, number, key, tail, morphemes in rows:
        if (paradigm, number) not in derived:
            derived[paradigm, number] = _chain(paradigm, number)
        chain, feats, feats_str, bare, px3 = derived[paradigm, number]
        out.setdefault(ending, []).append(endings.Ending(paradigm, key, tail, feats, morphemes, chain, feats_str, bare, px3))
    return {k: tuple(v) for k, v in out.items()}


def _chain(paradigm: str, number: int) -> tuple:
    """What an Ending derives from its chain alone: the chain, its features (also as UD FEATS), bare, px3."""
    chain = endings.chains(paradigm)[number]
    feats = endings.chain_feats(chain)
    return (chain, feats, "|".join(f"{k}={v}" for k, v in feats),
            len(chain) == 1 and chain[0].gloss == "NOM", any(s.gloss == "PX3" for s in chain))
