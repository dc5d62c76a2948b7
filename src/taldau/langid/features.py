"""Text -> words -> character n-grams, shared by the build and the runtime so both see the same grams."""
from __future__ import annotations

import re
import unicodedata

from .letters import HOMOGLYPHS

# letters only: \w without digits, underscore, and the other number signs \w accepts (² ½ ① Ⅻ)
_WORD = re.compile(r"[^\W\d_\u00b2\u00b3\u00b9\u00bc-\u00be\u2070-\u209f\u2150-\u218f\u2460-\u24ff\u2776-\u2793]+")
CYRL = re.compile(r"[\u0400-\u052f]")
LATN = re.compile(r"[a-z\u00df-\u00f6\u00f8-\u02af\u1e00-\u1eff]")  # with IPA ə
_MIXED_WORD = re.compile(r"\w*[\u0400-\u052f]\w*")


def _fold_homoglyphs(match: re.Match[str]) -> str:
    # бiрi (Latin i) -> бірі; "smartфон" stays: s, m, t have no Cyrillic twin.
    folded = match[0].translate(HOMOGLYPHS)
    return folded if not LATN.search(folded) else match[0]


def words(text: str) -> list[str]:
    """Lower-cased letter runs: digits, punctuation and emoji dropped, Latin look-alikes in Cyrillic words folded."""
    low = unicodedata.normalize("NFC", text).lower().replace("\u0307", "")  # "İ".lower() leaves a dot
    if CYRL.search(low) and LATN.search(low):
        low = _MIXED_WORD.sub(_fold_homoglyphs, low)
    return _WORD.findall(low)


def grams(text_words: list[str]) -> list[str]:
    """Character trigrams of ' w1 w2 ... ', then each word longer than two letters whole (' нет ', ' және ').

    Trigrams across a word boundary ('а б') are not in the model and drop out. Trigrams alone did as well
    on the dev split as 1-4-grams, at twice the speed.
    """
    s = " " + " ".join(text_words) + " "
    return [s[i : i + 3] for i in range(len(s) - 2)] + [f" {w} " for w in text_words if len(w) > 2]
