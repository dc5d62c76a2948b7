"""CRF features of a sentence of analysed words: the word, its suffixes and shape, its ambiguity class
(the coarse tags of its readings) and first reading, and the same for the words at ±1 and ±2.

A coarse tag is UPOS plus Case ("NOUN|Acc", "VERB|-"): the distinction context decides most often
(бала|ны after a verb or before one) and few enough labels for a small CRF."""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from taldau.doc import Analysis


def coarse(reading: Analysis) -> str:
    """"NOUN|Acc" for a noun in the accusative, "VERB|-" for a reading without Case."""
    i = reading.feats.find("Case=")
    return f"{reading.upos}|{reading.feats[i + 5:].split('|', 1)[0] if i >= 0 else '-'}"


def shape(word: str) -> str:
    """"Xx" Capitalised, "X" all caps, "x" lower, "d" digits, "p" punctuation, "m" anything else."""
    if word.isalpha():
        return "x" if word.islower() else ("X" if word.isupper() else "Xx" if word[0].isupper() else "m")
    if word.isdigit():
        return "d"
    return "p" if not any(c.isalnum() for c in word) else "m"


@lru_cache(maxsize=200_000)
def _word(norm: str, tags: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(own features, features seen from a neighbour) of one word: a word recurs, so both are cached."""
    low = norm.lower()
    amb, first = "+".join(sorted(set(tags))), tags[0] if tags else "-"
    own = (f"w={low}", f"sh={shape(norm)}", f"amb={amb}", f"first={first}",
           *(f"s{k}={low[-k:]}" for k in range(1, 5) if len(low) > k))
    return own, (f"w={low}", f"amb={amb}", f"first={first}")


def sentence(words: Sequence[tuple[str, Sequence[Analysis]]]) -> list[list[str]]:
    """Features of each (norm, readings) of one sentence."""
    parts = [_word(norm, tuple(coarse(r) for r in readings)) for norm, readings in words]
    n = len(parts)
    out = []
    for i, (own, _) in enumerate(parts):
        feats = ["bias", *own]
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                feats += [f"{d}:{f}" for f in parts[j][1]]
            else:
                feats.append(f"{d}:edge")
        feats.append(f"-1|0:{parts[i - 1][1][1] if i else 'edge'}|{own[2]}")
        out.append(feats)
    return out
