"""Reading input: bytes to text, with a clear error instead of a silent loss.

UTF-8 (with or without BOM) and UTF-16/32 with a BOM are read as they are. Other bytes that make Cyrillic
text are read through the Cyrillic code page that yields the most Kazakh letters: CP1251 (Russian, and
Kazakh typed without its letters), KZ-1048 or PT154 (Kazakh Windows code pages: the same Russian letters,
Kazakh ones where CP1251 has Serbian and Macedonian ones). A reading that still has those foreign letters
inside words (Ќазаќстан: Kazakh in a code page we do not know) is refused, not used. Else
charset-normalizer chooses among a few legacy encodings (KOI8-R, CP866, CP1252...), and the input is
refused when none fits. Binary files (NUL bytes, or bytes no text encoding explains) are refused.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from functools import partial
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
            text = _decode_or_none(data, encoding)
            if text is not None and (encoding == "utf-8-sig" or _plausible_unicode(text) and (
                    any(ch.isspace() for ch in text) or not _cyrillic_words(data))):
                return text
            if encoding == "utf-8-sig":
                raise InputError(f"{name}: starts with a UTF-8 byte-order mark but is not valid UTF-8")
            break  # FF FE / FE FF can begin a code page's text too ("юя" in KZ-1048): read on
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file (NUL bytes); give a text file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    cyrillic = _as_cyrillic(data, name)
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


def _plausible_unicode(text: str) -> bool:
    """Whether text behind a UTF-16/32 byte-order mark is text: no private-use or unassigned characters."""
    return not any(unicodedata.category(ch) in ("Co", "Cn", "Cs") for ch in text[:10_000])


def _cyrillic_words(data: bytes) -> bool:
    """Whether the bytes read as Cyrillic words in a code page: then a "byte-order mark" with no space after it is
    the code page's letters (юящ. in KZ-1048 is FE FF F9 2E, one ideograph in UTF-16); not UTF-16's Cyrillic, whose
    high bytes 04 read as control characters."""
    return any(text and _plausible(text) and not any(ch < " " and not ch.isspace() for ch in text)
               for text in map(partial(_decode_or_none, data), _CYRILLIC_PAGES))


# Legacy encodings of Kazakh and Russian text that charset-normalizer may choose among.
_LEGACY = ("cp1251", "kz1048", "ptcp154", "koi8_r", "cp866", "mac_cyrillic", "iso8859_5", "cp1252", "latin_1")


# Code pages with the same Russian letters (0xC0-0xFF, Ё, ё), in order of preference on a tie
_CYRILLIC_PAGES = ("cp1251", "kz1048", "ptcp154")
_KAZAKH = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
# letters of Serbian, Macedonian, Belarusian: where the Kazakh code pages keep Kazakh letters
_FOREIGN = frozenset("ЂђЃѓЉљЊњЌќЋћЏџЎўЈјЅѕ")
_WORD = re.compile(r"[^\W\d_]{2,}")


def _as_cyrillic(data: bytes, name: str) -> str | None:
    """The text in the Cyrillic code page giving the most Kazakh letters, when it reads as Cyrillic words;
    None when it does not; InputError when Kazakh letters seem to be lost whatever the code page."""
    readings = [text for text in map(partial(_decode_or_none, data), _CYRILLIC_PAGES) if text and _plausible(text)]
    if not readings:
        return None
    best = max(readings, key=_kazakh_score)
    foreign = sorted({ch for word in _WORD.findall(best) for ch in word if ch in _FOREIGN})
    if foreign:
        raise InputError(
            f"{name}: not UTF-8, and no Kazakh code page ({', '.join(_CYRILLIC_PAGES)}) reads it without "
            f"{' '.join(foreign)} inside words, where Kazakh letters should be; convert it to UTF-8 from its real encoding"
        )
    return best


def _decode_or_none(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _kazakh_score(text: str) -> int:
    return sum(ch in _KAZAKH for ch in text) - sum(ch in _FOREIGN for ch in text)


def _plausible(text: str) -> bool:
    """Mostly Cyrillic letters, in words cased as words are (KOI8-R or CP866 read as CP1251 are Cyrillic
    too, but with capitals inside words: "ьЛПОПНЙЛБ")."""
    letters = [ch for ch in text if ch.isalpha()]
    cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in letters)
    words = _WORD.findall(text)
    mixed = [w for w in words if not w.isupper() and any(c.isupper() and c not in _FOREIGN for c in w[1:])]
    return bool(letters) and cyrillic >= 0.8 * len(letters) and len(mixed) <= 0.1 * len(words)


def read_text(path: Path) -> str:
    """Text of the file at `path` (see `decode`)."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror}") from error
    return decode(data, str(path))
