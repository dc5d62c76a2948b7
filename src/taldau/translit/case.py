"""Letter case for Kazakh Latin (2021), where str.upper and str.lower are wrong for I ı İ i.

The 2021 alphabet pairs dotless I with ı (Cyrillic І і) and dotted İ with i (И и, Й й), as in
Turkish; Python pairs I with i and lowers İ to "i" plus a combining dot.
"""
from __future__ import annotations

_TO_LOWER = str.maketrans({"I": "ı", "İ": "i"})
_TO_UPPER = str.maketrans({"i": "İ"})  # "ı".upper() is already "I"


def lower(text: str) -> str:
    """Kazakh Latin lower case: lower("İNI") == "inı"."""
    return text.translate(_TO_LOWER).lower()


def upper(text: str) -> str:
    """Kazakh Latin upper case: upper("inı") == "İNI"."""
    return text.translate(_TO_UPPER).upper()


def title(text: str) -> str:
    """First letter upper, the rest lower: title("İNI") == "İnı"."""
    return upper(text[:1]) + lower(text[1:])


def shape(word: str) -> str:
    """The case pattern of a word: "lower", "upper" (two or more capitals, no small letters), "title" or "mixed"."""
    if word == lower(word):
        return "lower"
    if len(word) > 1 and word == upper(word):
        return "upper"
    if word[:1] != lower(word[:1]) and word[1:] == lower(word[1:]):
        return "title"
    return "mixed"
