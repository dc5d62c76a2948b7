"""Reading input: bytes to text, with a clear error instead of a silent loss.

UTF-8 (with or without BOM) and UTF-16/32 with a BOM are read as they are; other bytes are read as CP1251
when they make Cyrillic text, else charset-normalizer chooses among a few legacy encodings (KOI8-R, CP866,
CP1252...), and the input is refused when none fits.
Binary files (NUL bytes, or bytes no text encoding explains) are refused.
"""
from __future__ import annotations

import codecs
import re
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
    cyrillic = _as_cp1251(data)
    if cyrillic is not None:
        return cyrillic
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000], cp_isolation=list(_LEGACY)).best() if len(data) >= 64 else None
    if best is None:
        raise InputError(
            f"{name}: not UTF-8, and no legacy encoding ({', '.join(_LEGACY)}) fits; if it is text, "
            "convert it to UTF-8 (e.g. iconv -f CP1251 -t UTF-8)"
        )
    try:
        return data.decode(best.encoding)
    except UnicodeDecodeError as error:
        raise InputError(f"{name}: looked like {best.encoding} but does not decode: {error}")


# Legacy encodings of Kazakh and Russian text that charset-normalizer may choose among.
_LEGACY = ("cp1251", "kz1048", "ptcp154", "koi8_r", "cp866", "mac_cyrillic", "iso8859_5", "cp1252", "latin_1")


def _as_cp1251(data: bytes) -> str | None:
    """The text in CP1251, the usual legacy encoding here, when most of it reads as Cyrillic words."""
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError:
        return None
    letters = [ch for ch in text if ch.isalpha()]
    cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in letters)
    # KOI8-R or CP866 read as CP1251 are Cyrillic too, but with capitals inside words ("ьЛПОПНЙЛБ")
    mixed = [w for w in re.findall(r"[^\W\d_]{2,}", text) if not w.isupper() and any(c.isupper() for c in w[1:])]
    words = len(re.findall(r"[^\W\d_]{2,}", text))
    plausible = letters and cyrillic >= 0.8 * len(letters) and len(mixed) <= 0.1 * words
    return text if plausible else None


def read_text(path: Path) -> str:
    """Text of the file at `path` (see `decode`)."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror}") from error
    return decode(data, str(path))
