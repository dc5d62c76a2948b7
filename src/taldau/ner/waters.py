"""Rivers, lakes and seas by name (`waters.tsv`): Сырдария мен Ертіс, Арал мен Балқаш, which the CRF reads as a
place one sentence, a person or a facility the next. KazNERD labels such a name a LOCATION alone or before its head
word (Ертістің жағасында, Сырдария өзенінің), a GPE before a settlement's (Арал ауданы, Балқаш қаласы). The table
loads on first use.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache
from pathlib import Path

from taldau.cache import COSTLY_WORDS
from taldau.morph import analyze
from taldau.ner import gazetteer, heads
from taldau.ner import words as w
from taldau.ner.endings import place_forms
from taldau.ner.features import OPEN_QUOTES
from taldau.ner.labels import SEPARATORS, spans

TABLE = Path(__file__).with_name("waters.tsv")
SETTLEMENT_HEADS = frozenset({"аудан", "қала", "ауыл", "облыс", "округ", "кент", "село", "поселке", "ауылдық"})
READINGS = frozenset({"GPE", "LOCATION", "PERSON", "FACILITY"})  # what the CRF makes of a river's name alone


@cache
def names() -> frozenset[tuple[str, ...]]:
    """Every name, as a word tuple."""
    rows = (line.strip() for line in TABLE.open(encoding="utf-8") if not line.startswith("#"))
    return frozenset(tuple(row.split()) for row in rows if row)


@cache
def _last_words() -> frozenset[str]:
    """The last word of each name, lower-cased: a stem an ending may be stripped to (Ертістен -> Ертіс)."""
    return frozenset(name[-1].lower() for name in names())


@cache
def starts() -> frozenset[str]:
    """The first two letters of each name's first word: a word that may begin one."""
    return frozenset(name[0][:2] for name in names())


def water(word: str) -> bool:
    """A word a name of the table begins with (Ертістің, Қара of Қара Ертіс): a name of one word, its last one
    inflected or not, or the first word of a longer one. Asked of every new word for the rules' gate
    (`taldau.ner.rules`), which then skips `waters` in a sentence without one (most sentences, where the first
    letters alone, Қа, Ар, Ба, let one in three through)."""
    return word[:2] in starts() and word[:1].isupper() and _begins_name(word)


@lru_cache(maxsize=COSTLY_WORDS)
def _begins_name(word: str) -> bool:
    return word in _first_words() or any((form,) in names() for form in place_forms(word, _last_words()))


@cache
def _first_words() -> frozenset[str]:
    """The first word of each name of two words or more (as written: only a name's last word is inflected)."""
    return frozenset(name[0] for name in names() if len(name) > 1)


def waters(words: Sequence[str], labels: list[str]) -> list[str]:
    """Сырдария мен Ертіс, Әмудария суы, Ертістің жағасында: a river's, lake's or sea's name, outside every name or a
    name of its own, is a LOCATION; before a settlement's head word a GPE (Арал ауданы); a town's name the gazetteer
    knows stays what the CRF read it as, where no head word follows (Балқаш alone is mostly the town). Not inside
    quotes («Ертіс» деген атау), nor a sentence's first word the CRF left out that is a common word (Шу көп: noise),
    unless a natural place's head word follows (Талас өзені)."""
    out = list(labels)
    named = {first: (kind, last) for kind, first, last in spans(labels)}
    for k, word in enumerate(words):
        size = _name_at(words, k) if water(word) else 0
        if not size or k and words[k - 1] in OPEN_QUOTES \
                or k == 0 and labels[0] == "O" and _common(word) and not _natural_head(words, size):
            continue
        end = k + size
        kind, last = named.get(k, ("", k))
        if not kind and _after_place(words, labels, k, end):  # Қытай | Ертістен: the CRF ran a country into the river
            kind, last = labels[k][2:], end
        while last > end and words[last - 1] in SEPARATORS:  # Ертіс: су бөлісу, the CRF's name run on to the colon
            last -= 1
        if not (kind in READINGS and last == end or all(label == "O" for label in labels[k:end])):
            continue
        head = w.lemma(words[end]) if end < len(words) and words[end].islower() else ""
        if head in SETTLEMENT_HEADS:
            found = "GPE"
        elif gazetteer.match(tuple(words[k:end])) and not _natural_head(words, end):
            continue
        else:
            found = "LOCATION"
        out[k:end] = [f"B-{found}"] + [f"I-{found}"] * (size - 1)
        if end < len(out) and out[end].startswith("I-"):
            out[end] = "B-" + out[end][2:]
    return out


def _after_place(words: Sequence[str], labels: Sequence[str], k: int, end: int) -> bool:
    """The CRF's name runs from a place of the gazetteer right before `k` on over the water's name to its end at `end`:
    a country and a river side by side, two names (Қытай Ертістен су алады)."""
    if not labels[k].startswith("I-") or labels[k][2:] not in READINGS \
            or end < len(labels) and labels[end] == labels[k]:
        return False
    first = next((j for j in range(k - 1, -1, -1) if not labels[j].startswith("I-")), 0)
    return labels[first] == "B-" + labels[k][2:] and gazetteer.match(tuple(words[first:k])) is not None


def named(words: Sequence[str]) -> bool:
    """The words are one name of the table, the last one inflected or not (Амудариядан)."""
    return _name_at(words, 0) == len(words)


def _name_at(words: Sequence[str], k: int) -> int:
    """The number of words of the longest name of the table at `k`, the last one inflected or not; 0 for none."""
    table = names()
    for size in (2, 1):
        if k + size <= len(words) and any((*words[k : k + size - 1], form) in table
                                          for form in place_forms(words[k + size - 1], _last_words())):
            return size
    return 0


def _natural_head(words: Sequence[str], end: int) -> bool:
    """көлі, өзені, теңізі right after the name: the water, not the town (Балқаш көлі)."""
    return end < len(words) and words[end].islower() and heads.head(words[end].lower()) == "loc"


def _common(word: str) -> bool:
    """The dictionary reads the word, in lower case, as a common word (шу "noise"), not only as a name."""
    return any(not a.guessed and a.upos != "PROPN" for a in analyze(word.lower()))
