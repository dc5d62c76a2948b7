"""CRF features of a sentence: spelling, affixes, a suffix-stripped stem, quotes, gazetteers, head words ahead,
names seen in training, morphology.

Features are plain strings (`"w=ресей"`), the cheapest form for crfsuite. Morphology is optional:
when a token has a lemma, UPOS or UD feats (from `taldau.morph`), they add features; the same model
file records which feature set it was trained with (`meta.json`), so inference builds the same set.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby

from taldau.cache import WORDS
from taldau.ner import clusters, gazetteer, heads, names
from taldau.ner.endings import stem

_DIGIT = re.compile(r"\d")
_SHAPE = str.maketrans(
    {**{c: "X" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZАӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ"},
     **{c: "x" for c in "abcdefghijklmnopqrstuvwxyzаәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"},
     **{c: "d" for c in "0123456789"}}
)
BRIEF = ("w=", "sh=", "st=", "s3=", "gz", "title", "c1=", "pos=", "Case=", "hd=")  # neighbour features at ±1
FAR = ("w=", "st=", "title")  # and at ±2
NATIONALITY = ("лық", "лік", "дық", "дік", "тық", "тік")
OPEN_QUOTES = frozenset("«“„\"")
CLOSE_QUOTES = frozenset("»”\"")


@dataclass(frozen=True, slots=True)
class Word:
    """What the features see of one token; morphology fields stay empty when not analysed."""

    text: str
    lemma: str = ""
    upos: str = ""
    feats: str = ""


@lru_cache(maxsize=WORDS)
def shape(text: str) -> str:
    """Xxxx -> "Xx", АҚШ -> "X", 2019 -> "d", 1,5 -> "d,d": runs collapsed (of any character but a line break)."""
    mapped = text.translate(_SHAPE)
    if "\n" in mapped:
        return re.sub(r"(.)\1+", r"\1", mapped)
    return "".join(key for key, _ in groupby(mapped))


@lru_cache(maxsize=WORDS)
def word_stem(text: str) -> str:
    """Lowercase, suffix-stripped stem: Тоқаевтардың -> тоқаев."""
    return stem(text, gazetteer.known())


@lru_cache(maxsize=WORDS)
def _token(word: Word) -> tuple[str, ...]:
    """Features of the token alone, without position prefix; cached, as words repeat."""
    text = word.text
    low = text.lower()
    st = word_stem(text)
    out = [f"w={low}", f"sh={shape(text)}", f"st={st}"]
    out += [f"p{n}={low[:n]}" for n in (1, 2, 3, 4) if len(low) > n]
    out += [f"s{n}={low[-n:]}" for n in (1, 2, 3, 4, 5) if len(low) > n]
    if text[:1].isupper():
        out.append("title")
    if text.isupper() and len(text) > 1:
        out.append("upper")
    if _DIGIT.search(text):
        out.append(f"len={min(len(text), 6)}")
    out += clusters.classes(low if not _DIGIT.search(low) else "0", st)
    out += [f"gz={tag}" for tag in gazetteer.word_tags(text)]
    if st != low:  # Тоқаевтардың -> тоқаев: sur
        out += [f"gzst={tag}" for tag in gazetteer.lexicon().get(st, ())]
    if low.endswith(NATIONALITY) and low[:-3] in gazetteer.place_words():  # кореялық <- корея
        out.append("nat")
    if heads.head(low):  # министрлігінің: org
        out.append(f"hd={heads.head(low)}")
    if word.upos:
        out.append(f"pos={word.upos}")
    if word.lemma:
        out.append(f"lem={word.lemma.lower()}")
    for feat in word.feats.split("|") if word.feats else ():
        if feat.startswith(("Case=", "Number=", "Poss", "Person[psor]=")):
            out.append(feat)
    return tuple(out)


def _quotes(words: Sequence[Word]) -> list[str]:
    """Per token: "in" inside «...», "open"/"close" right after « or right before »."""
    out = []
    depth = 0
    for i, w in enumerate(words):
        if w.text in CLOSE_QUOTES and depth:
            depth -= 1
        elif w.text in OPEN_QUOTES:
            depth += 1
        tags = []
        if depth and w.text not in OPEN_QUOTES:
            tags.append("q=in")
        if i and words[i - 1].text in OPEN_QUOTES:
            tags.append("q=open")
        if i + 1 < len(words) and words[i + 1].text in CLOSE_QUOTES:
            tags.append("q=close")
        out.append(" ".join(tags))
    return out


@dataclass(frozen=True, slots=True)
class _Seen:
    """A word's share of a sentence's features, built once per word: its own features, what its
    neighbours see of it (prefixed with their offset), its lowercase form, stem and short shape."""

    own: tuple[str, ...]
    around: dict[int, tuple[str, ...]]  # offset -> the neighbour's features "-1:w=..."
    low: str
    stem: str
    shape: str


@lru_cache(maxsize=WORDS)
def _seen(word: Word) -> _Seen:
    own = _token(word)
    brief = [f for f in own if f.startswith(BRIEF)]
    far = [f for f in brief if f.startswith(FAR)]
    # the token at i - off reads this word as "{off}:..."
    around = {off: tuple([f"{off}:{f}" for f in (far if off in (-2, 2) else brief)]) for off in (-2, -1, 1, 2)}
    return _Seen(own, around, word.text.lower(), word_stem(word.text), shape(word.text)[:4])


def sentence(words: Sequence[Word], known: names.Table | None = None) -> list[list[str]]:
    """Features of every token: its own, its neighbours' (±2, prefixed), quotes, gazetteer spans, names.

    `known` is the names table, the committed one unless training passes another (`build_names`)."""
    views = [_seen(w) for w in words]
    texts = [w.text for w in words]
    quotes = _quotes(words)
    spans = gazetteer.span_tags(texts)
    ahead = heads.ahead(texts)
    named = names.tags([s.stem for s in views], names.table() if known is None else known)
    n = len(words)
    last = n - 2 if n > 1 and texts[-1] in ".!?" else n - 1
    out = []
    for i, this in enumerate(views):
        fs = ["bias", *this.own, *spans[i], *ahead[i], *named[i]]
        # shapes of the window together: "Xx|Xx|x" is a name ending here, which no single shape says
        fs.append(f"shb={views[i - 1].shape if i else '^'}|{this.shape}|{views[i + 1].shape if i + 1 < n else '$'}")
        if i >= 3:
            fs.append(f"-3:w={views[i - 3].low}")
        if i + 3 < n:
            fs.append(f"3:w={views[i + 3].low}")
        fs += quotes[i].split()
        if i == 0:
            fs.append("BOS")
        if i >= last:
            fs.append("EOS")
        for off in (-2, -1, 1, 2):
            if 0 <= i + off < n:
                fs += views[i + off].around[off]
        if i:
            fs.append(f"-1|0:{views[i - 1].low}|{this.low}")
        if i + 1 < n:
            fs.append(f"0|1:{this.stem}|{views[i + 1].stem}")
        out.append(fs)
    return out
