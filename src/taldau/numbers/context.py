"""Decisions that need the words around a match, applied after the grammars: small named checks.

Each check takes the draft, the tokens and the match's token span; `drop` checks remove a match
(a number inside a name, бір as an article), `relabel` checks change what it is (a number after
жасы is an age; 10 миллион адам keeps адам as the unit of a cardinal).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from taldau.doc import Token
from taldau.numbers import lexicon as lx
from taldau.numbers import units as u
from taldau.numbers.parts import Draft
from taldau.rules.endings import split_stem

_LATIN = re.compile(r"[A-Za-z]")
_SENTENCE_START = frozenset({".", "!", "?", "«", "—", "–", ":", '"', "(", "…", ","})
_DASHES = frozenset({"–", "—", "-"})
_TITLE = 6  # tokens looked at on each side for a quoted title
# Words around an ordinal that make it part of a law's, a position's, an event's or a facility's name
# (KazNERD labels the whole name, not the ordinal): 128-інші бабы, бірінші орынбасары, Кодекстің 304-інші.
_NAME_AFTER = ("орынбасар", "сайлау", "баб", "бап", "тармақ", "бөлі", "съез", "форум", "курс", "дүниежүзілік",
               "сессия", "вице", "клиника")
_NAME_BEFORE = ("кодекс", "баб", "бап", "төраға", "университет", "премьер", "ассамблея", "конституция", "партия")


def in_name(draft: Draft, tokens: Sequence[Token], start: int, end: int) -> bool:
    """Хабар 24, Boeing 737, COVID – 19, « Сухой Суперджет 100 »: the number belongs to a name."""
    if draft.kind not in ("cardinal", "ordinal"):
        return False
    j = start - 1
    if j > 0 and tokens[j].text in _DASHES:
        j -= 1
    if j < 0:
        return False
    prev = tokens[j].text
    nxt = tokens[end].text if end < len(tokens) else ""
    if _LATIN.match(prev):
        return True
    if prev[:1].isupper() and nxt == "»":
        return True
    capital = prev[:1].isupper() and j > 0 and tokens[j - 1].text not in _SENTENCE_START
    return capital and (nxt[:1].isupper() or bool(_LATIN.match(nxt)))


def in_title(draft: Draft, tokens: Sequence[Token], start: int, end: int) -> bool:
    """« 100 жаңа есім », « 111 »: a plain number inside a short quoted title is part of the title."""
    if draft.kind not in ("cardinal", "ordinal"):
        return False
    left = [t.text for t in tokens[max(0, start - _TITLE) : start]]
    right = [t.text for t in tokens[end : end + _TITLE]]
    opened = "«" in left and "»" not in left[left.index("«"):] if "«" in left else False
    return opened and "»" in right and "«" not in right[: right.index("»")]


def in_code(draft: Draft, tokens: Sequence[Token], start: int, end: int) -> bool:
    """55 / 12, АК-159 / 20: numbers around a slash are a code; 75 жылдығы is an anniversary (an EVENT)."""
    if draft.kind not in ("cardinal", "ordinal"):
        return False
    before = tokens[start - 1].text if start > 0 else ""
    after = tokens[end].text.lower() if end < len(tokens) else ""
    return before == "/" or after == "/" or after.startswith(("жылдығ", "жылдық мерей"))


def in_other_entity(draft: Draft, tokens: Sequence[Token], start: int, end: int) -> bool:
    """Кодекстің 128-інші бабы, бірінші орынбасары, нөмірі 23-інші мектеп: a law, a position, a name."""
    if draft.kind != "ordinal":
        return False
    nxt = tokens[end].text.lower() if end < len(tokens) else ""
    prev = tokens[start - 1].text.lower() if start > 0 else ""
    return nxt.startswith(_NAME_AFTER) or prev.startswith(_NAME_BEFORE)


def article(draft: Draft, tokens: Sequence[Token], start: int, end: int) -> bool:
    """бір as "a", not "one": белгілі бір, қандай да бір, бір кездері."""
    if end - start != 1 or tokens[start].text.lower() != "бір":
        return False
    before = tokens[start - 1].text.lower() if start > 0 else ""
    after = tokens[end].text.lower() if end < len(tokens) else ""
    return before in lx.ARTICLE_BEFORE or after in lx.ARTICLE_AFTER


DROP = (in_name, in_title, in_code, in_other_entity, article)


def counted(draft: Draft, tokens: Sequence[Token], start: int, end: int) -> Draft:
    """10 миллион адам: the number stays a cardinal (as in KazNERD) and the noun becomes its unit."""
    if draft.kind != "cardinal" or draft.unit or end >= len(tokens):
        return draft
    found = split_stem(tokens[end].text.lower(), u.COUNTED)
    return replace(draft, unit=u.COUNTED[found[0]]) if found else draft


RELABEL = (counted,)


def decide(draft: Draft, tokens: Sequence[Token], start: int, end: int) -> Draft | None:
    """The draft after the context checks, or None when one of them drops it."""
    if any(check(draft, tokens, start, end) for check in DROP):
        return None
    for change in RELABEL:
        draft = change(draft, tokens, start, end)
    return draft
