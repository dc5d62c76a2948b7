"""Names of a historical text: a ruler named with хан after the name, his khanate, and the medieval places of
`historical.tsv` (Сығанақ, Ақ Орда, Дешті Қыпшақ), which the news KazNERD transcribes hardly ever name. Each rule takes
a sentence's words and IOB2 labels and returns new labels, as `taldau.ner.rules` runs them.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

from taldau.ner import gazetteer, heads
from taldau.ner import words as w
from taldau.ner.edges import DEMONSTRATIVES
from taldau.ner.endings import strip_case
from taldau.ner.features import OPEN_QUOTES
from taldau.ner.labels import spans

FILE = Path(__file__).with_name("historical.tsv")
KHAN, KHANATE = "хан", "хандық"  # Абылай хан, Қазақ хандығы
# Titles written after a ruler's or a notable's name, which KazNERD labels apart, a POSITION after the PERSON (Абылай
# хан, Төле бидің, Қабанбай батыр): the name and the title name one bearer
TITLES_AFTER_NAMES = frozenset({KHAN, "би", "батыр", "сұлтан"})
# Сыр бойы, Сыр өңірі, Сыр елі: the Syr Darya's land, a LOCATION before the noun of a land (KazNERD's train + dev: Сыр
# 4 of 4 a LOCATION before өңірі and еліне, the noun outside); Сыр alone is also a secret (Сыр ашты)
SYR, LAND_NOUNS = "Сыр", ("бой", "өңір", "ел")
NAMED_AFTER = frozenset({"fac", "org", "event"})  # Абылай хан даңғылы, кесенесі: a khan a place is named after
LONGER = frozenset({"GPE", "LOCATION"})  # a place's longer name holds the old one (Отырар ауданы, Сауран қаласы)


@cache
def places() -> dict[tuple[str, ...], str]:
    """The historical places' names, as word tuples, -> their class."""
    rows = (line.rstrip("\n").split("\t") for line in FILE.open(encoding="utf-8") if line.strip()
            and not line.startswith("#"))
    return {tuple(name.split()): kind for name, kind in rows}


@cache
def _starts() -> frozenset[str]:
    """The first three letters of each place's first word: no other word begins a place."""
    return frozenset(name[0][:3] for name in places()) | {SYR}


def may_start_place(word: str) -> bool:
    """Whether a word begins as a historical place's first word does."""
    return word[:3] in _starts()


def khans(words: Sequence[str], labels: list[str]) -> list[str]:
    """Абылай хан, Орыс ханға, Қасым хан: the capitalised word right before хан (bare, in any case; not ханы, a
    possessor's khan) is a PERSON and хан a POSITION, as KazNERD's guidelines write a title after a name (Абылай [хан],
    Төле [бидің] in its dev); the word ends any name the CRF began before it (Темір | Орыс ханға: two persons).
    Not a demonstrative, a possessed word or, first in a sentence, a pronoun or an adverb (Бұл хан, Ұлы хан: the
    great khan; Мен хан емеспін, Енді хан келді), nor inside a longer name of another
    class («Қасым ханның қасқа жолы», a law code; Абылай хан даңғылы, an avenue: KazNERD's dev writes Бөгенбай батыр
    inside a street's FACILITY)."""
    out = list(labels)
    if not any(word.startswith(KHAN) for word in words):  # most sentences
        return out
    for k in range(1, len(words)):
        name = words[k - 1]
        if words[k].startswith(KHAN) and KHAN in strip_case(words[k]) and name[:1].isupper() and name.isalpha() \
                and name.lower() not in DEMONSTRATIVES and not w.possessed(name) and not _first_names_nothing(words, k - 1) \
                and (out[k] == "O" or out[k].startswith("B-") or out[k] == "I-PERSON") \
                and not (k + 1 < len(words) and heads.head(words[k + 1].lower()) in NAMED_AFTER):
            out[k - 1 : k + 1] = ["B-PERSON", "B-POSITION"]
            if k + 1 < len(out) and out[k + 1].startswith("I-"):
                out[k + 1] = "O"
    return out


def khanates(words: Sequence[str], labels: list[str]) -> list[str]:
    """Қазақ хандығының, Әбілқайыр хандығы: a capitalised word and хандығы after it are one GPE, a state (KazNERD's
    dev: Қазақ хандығының a GPE), not the person the CRF reads in a ruler's name; not a pronoun first in a sentence
    (Оның хандығы: his reign)."""
    out = list(labels)
    if not any(word.startswith(KHAN) for word in words):  # most sentences
        return out
    for k in range(1, len(words)):
        if words[k].startswith(KHAN) and w.lemma(words[k]) == KHANATE and w.possessed(words[k]) \
                and words[k - 1][:1].isupper() and words[k - 1].isalpha() and not _first_names_nothing(words, k - 1):
            out[k - 1 : k + 1] = ["B-GPE", "I-GPE"]
            if k + 1 < len(out) and out[k + 1].startswith("I-"):
                out[k + 1] = "O"
    return out


def _first_names_nothing(words: Sequence[str], k: int) -> bool:
    """The k-th word is first in the sentence, capitalised there only, and no name's kind of word (`words.names_nothing`)."""
    return k == 0 and w.names_nothing(words[k])


def historical_places(words: Sequence[str], labels: list[str]) -> list[str]:
    """Сығанақты, Ақ Орданың, Дешті Қыпшаққа, Сыр бойындағы: a place of `historical.tsv` (its last word in any case)
    is its class wherever the CRF read it otherwise or ran it into the names around it (Сығанақ Ақ Орданың астанасы a
    FACILITY, Сығанақ Сыр a PERSON, Сығанақты Ақ Орданың a GPE: a case ending ends a name); not inside quotes («Алтын
    Орда» базары, a market), nor inside a longer place's name (Отырар ауданы) or a name that ends in a head word
    (Отырар кітапханасы)."""
    out = list(labels)
    if not any(map(may_start_place, words)):  # most sentences
        return out
    k = 0
    while k < len(words):
        size, kind = _place_at(words, k) if may_start_place(words[k]) else (0, "")
        if size and not (k and words[k - 1] in OPEN_QUOTES) and _free(words, out, k, k + size):
            _relabel(words, out, k, k + size, kind)
        k += size or 1
    return out


def _place_at(words: Sequence[str], k: int) -> tuple[int, str]:
    """The number of words of the historical place that begins at `k` and its class; (0, "") for none."""
    if words[k] == SYR:
        land = k + 1 < len(words) and words[k + 1].islower() and w.lemma(words[k + 1]).startswith(LAND_NOUNS)
        return (1, "LOCATION") if land else (0, "")
    for size in (2, 1):
        name = tuple(words[k : k + size])
        kinds = (places().get((*name[:-1], last)) for last in strip_case(name[-1])) if len(name) == size else ()
        if kind := next((kind for kind in kinds if kind), None):
            return size, kind
    return 0, ""


def _free(words: Sequence[str], labels: Sequence[str], first: int, last: int) -> bool:
    """Whether the place [first, last) is no part of a longer name it belongs in: a longer place's, or one whose
    words after it hold a head word."""
    for kind, a, b in spans(labels):
        if a <= first < b or first <= a < last:
            if kind in LONGER and (a < first or b > last and not w.case_ending(words[last - 1])):
                return False  # but Сығанақты | Ақ Орданың: a case ending ends a name
            if any(heads.head(word.lower()) for word in words[last:b]):
                return False
    return True


def _relabel(words: Sequence[str], labels: list[str], first: int, last: int, kind: str) -> None:
    """The place [first, last) as `kind`; the words of a name it was run into after it are left out (a place among
    them is read on its own: Сығанақ | Ақ Орданың), and a place of the gazetteer it was run into before it is a GPE
    (Түркістан | Сыр бойындағы, a FACILITY)."""
    start = first
    while start and labels[start - 1] != "O" and labels[start].startswith("I-"):
        start -= 1
    if start < first and gazetteer.match(tuple(words[start:first])):
        labels[start:first] = ["B-GPE"] + ["I-GPE"] * (first - start - 1)
    labels[first:last] = [f"B-{kind}"] + [f"I-{kind}"] * (last - first - 1)
    k = last
    while k < len(labels) and labels[k].startswith("I-"):
        labels[k] = "O"
        k += 1
