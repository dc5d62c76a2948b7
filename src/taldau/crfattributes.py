"""The attributes a crfsuite model has weights for, read from its file.

crfsuite's tagger looks up every feature string it is given and drops those its model lacks; a caller that
drops them first (and caches what it keeps per word) hands it fewer strings for the same labels. The file is
crfsuite's CRF1d model: a header whose tenth field is the offset of the attribute names, a CQDB string table
whose backward array points at each (id, size, name + NUL) record.
"""
from __future__ import annotations

import struct
from pathlib import Path

_HEADER = struct.Struct("<4sI4sIIIIIIIII")  # magic, size, type, version, 4 counts, 5 chunk offsets
_CQDB = struct.Struct("<4sIIIII")  # chunk, size, flag, byte order, backward array size, its offset


def attributes(model_file: Path) -> frozenset[str]:
    """Every attribute name of the model at `model_file`."""
    buf = model_file.read_bytes()
    magic, *_, offset, _, _ = _HEADER.unpack_from(buf)
    if magic != b"lCRF":
        raise ValueError(f"{model_file} is not a crfsuite model")
    chunk, _, _, _, count, backward = _CQDB.unpack_from(buf, offset)
    if chunk != b"CQDB":
        raise ValueError(f"{model_file}: no attribute table where its header says")
    names = set()
    for (record,) in struct.iter_unpack("<I", buf[offset + backward : offset + backward + 4 * count]):
        size = struct.unpack_from("<I", buf, offset + record + 4)[0]
        names.add(buf[offset + record + 8 : offset + record + 7 + size].decode("utf-8"))
    return frozenset(names)
