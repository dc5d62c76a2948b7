"""Kazakh Latin training text made from Cyrillic Kazakh (build time only).

The corpora hold almost no Latin Kazakh, so the build spells Cyrillic sentences two ways: the official
2021 alphabet, and the ad-hoc ASCII spelling of user reviews ("Ote jaqsy, magan unady"). A deliberately
small table; `taldau.translit` is the real transliterator.
"""
from __future__ import annotations

import random

# The 2021 alphabet (ä ğ ı ñ ö ş ū ü q); letters it dropped (ц щ ъ ь э ю я ё) spelled as commonly proposed.
ALPHABET_2021 = {
    "а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d", "е": "e", "ё": "io", "ж": "j",
    "з": "z", "и": "i", "й": "i", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "ñ", "о": "o",
    "ө": "ö", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "ū", "ү": "ü", "ф": "f", "х": "h",
    "һ": "h", "ц": "ts", "ч": "ç", "ш": "ş", "щ": "şş", "ъ": "", "ы": "y", "і": "ı", "ь": "", "э": "e",
    "ю": "iu", "я": "ia",
}

# Informal spellings: each letter has variants, one drawn per sentence ("ш" -> "sh", "s" or "w").
INFORMAL = {
    **{k: (v,) for k, v in ALPHABET_2021.items()},
    "ә": ("a", "ae"), "ғ": ("g", "gh"), "ж": ("j", "zh"), "и": ("i", "y"), "й": ("i", "y"),
    "қ": ("q", "k"), "ң": ("n", "ng"), "ө": ("o",), "у": ("u",), "ұ": ("u",), "ү": ("u", "y"),
    "х": ("h", "x"), "һ": ("h",), "ч": ("ch",), "ш": ("sh", "s", "w"), "щ": ("sh",), "ы": ("y", "i"),
    "і": ("i",), "ю": ("iu", "yu"), "я": ("ia", "ya"),
}


def _spell(text: str, table: dict[str, str]) -> str:
    out = []
    for ch in text:
        low = ch.lower()
        latin = table.get(low)
        if latin is None:
            out.append(ch)
        elif ch != low:
            out.append(latin[:1].upper() + latin[1:])
        else:
            out.append(latin)
    return "".join(out)


def to_2021(text: str) -> str:
    """'Қазақстан' -> 'Qazaqstan'."""
    return _spell(text, ALPHABET_2021)


def to_informal(text: str, rng: random.Random) -> str:
    """'Өте жақсы' -> 'Ote jaqsy' or 'Ote zhaksy', one variant per letter per sentence."""
    return _spell(text, {k: rng.choice(v) for k, v in INFORMAL.items()})
