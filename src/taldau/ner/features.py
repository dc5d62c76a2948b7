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


def shape(text: str) -> str:
    """Xxxx -> "Xx", АҚШ -> "X", 2019 -> "d", 1,5 -> "d,d": runs collapsed."""
    return re.sub(r"(.)\1+", r"\1", text.translate(_SHAPE))


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


def sentence(words: Sequence[Word], known: names.Table | None = None) -> list[list[str]]:
    """Features of every token: its own, its neighbours' (±2, prefixed), quotes, gazetteer spans, names.

    `known` is the names table, the committed one unless training passes another (`build_names`)."""
    own = [_token(w) for w in words]
    brief = [[f for f in fs if f.startswith(BRIEF)] for fs in own]
    quotes = _quotes(words)
    spans = gazetteer.span_tags([w.text for w in words])
    ahead = heads.ahead([w.text for w in words])
    seen = names.tags([word_stem(w.text) for w in words], names.table() if known is None else known)
    shapes = [shape(w.text)[:4] for w in words]
    n = len(words)
    out = []
    for i in range(n):
        fs = ["bias", *own[i], *spans[i], *ahead[i], *seen[i]]
        # shapes of the window together: "Xx|Xx|x" is a name ending here, which no single shape says
        fs.append(f"shb={shapes[i - 1] if i else '^'}|{shapes[i]}|{shapes[i + 1] if i + 1 < n else '$'}")
        for off in (-3, 3):
            if 0 <= i + off < n:
                fs.append(f"{off}:w={words[i + off].text.lower()}")
        fs += quotes[i].split()
        if i == 0:
            fs.append("BOS")
        if i == n - 1 or (i == n - 2 and words[-1].text in ".!?"):
            fs.append("EOS")
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < n:
                keep = brief[j] if abs(off) == 1 else [f for f in brief[j] if f.startswith(FAR)]
                fs += [f"{off}:{f}" for f in keep]
        if i:
            fs.append(f"-1|0:{words[i - 1].text.lower()}|{words[i].text.lower()}")
        if i + 1 < n:
            fs.append(f"0|1:{word_stem(words[i].text)}|{word_stem(words[i + 1].text)}")
        out.append(fs)
    return out
