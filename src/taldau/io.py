"""Reading input: bytes to text, with a clear error instead of a silent loss.

UTF-8 (with or without BOM) and UTF-16/32 with a BOM are read as they are; other text is detected with
charset-normalizer (cp1251, KOI8-R, ...) and refused when it cannot be decoded with confidence.
Binary files (NUL bytes, or bytes no text encoding explains) are refused.
"""
from __future__ import annotations

import codecs
from pathlib import Path

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
]


class InputError(ValueError):
    """Input that cannot be read as text; the message says why and what to do."""


def decode(data: bytes, name: str = "<input>") -> str:
    """Text of `data`; raises InputError for binary data or an unknown encoding."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise InputError(f"{name}: starts with a {encoding} byte-order mark but is not valid {encoding}: {error}")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file (NUL bytes); give a text file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is None or best.encoding in {"utf_8"}:
        raise InputError(
            f"{name}: not UTF-8 and no text encoding fits; if it is text, convert it to UTF-8 "
            "(e.g. iconv -f CP1251 -t UTF-8)"
        )
    try:
        return data.decode(best.encoding)
    except UnicodeDecodeError as error:
        raise InputError(f"{name}: looked like {best.encoding} but does not decode: {error}")


def read_text(path: Path) -> str:
    """Text of the file at `path` (see `decode`)."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror}") from error
    return decode(data, str(path))
