"""CRF features of a sentence: spelling, affixes, a suffix-stripped stem, quotes, gazetteers, head words ahead,
names seen in training, morphology.

Features are plain strings (`"w=ресей"`); those kept for a model (`Known`) are UTF-8 bytes, the form crfsuite
reads without encoding each one again. Morphology is optional:
when a token has a lemma, UPOS or UD feats (from `taldau.morph`), they add features; the same model
file records which feature set it was trained with (`meta.json`), so inference builds the same set.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import groupby
from typing import NamedTuple

from taldau.cache import COSTLY_WORDS, WORDS
from taldau.ner import clusters, gazetteer, heads, names, rows
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
QUOTES = OPEN_QUOTES | CLOSE_QUOTES


class Word(NamedTuple):
    """What the features see of one token; morphology fields stay empty when not analysed. A named tuple:
    made for every token and hashed by the per-word caches, at a third of a frozen dataclass's cost."""

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
    return "".join([key for key, _ in groupby(mapped)])


@lru_cache(maxsize=WORDS)
def word_stem(text: str) -> str:
    """Lowercase, suffix-stripped stem: Тоқаевтардың -> тоқаев."""
    return stem(text, gazetteer.known())


def _token(word: Word) -> tuple[str, ...]:
    """Features of the token alone, without position prefix; built once per word, as `_seen` (cached) asks."""
    return _spelling(word.text) + _reading(word)


def _spelling(text: str) -> tuple[str, ...]:
    """The token's features its written form tells (compiled for frequent words: `taldau.ner.rows`)."""
    low = text.lower()
    st = word_stem(text)
    out = [f"w={low}", f"sh={shape(text)}", f"st={st}"]
    size = len(low)
    if size > 5:  # the usual case, spelt out
        out += (f"p1={low[0]}", f"p2={low[:2]}", f"p3={low[:3]}", f"p4={low[:4]}",
                f"s1={low[-1]}", f"s2={low[-2:]}", f"s3={low[-3:]}", f"s4={low[-4:]}", f"s5={low[-5:]}")
    else:
        out += [f"p{n}={low[:n]}" for n in (1, 2, 3, 4) if size > n]
        out += [f"s{n}={low[-n:]}" for n in (1, 2, 3, 4, 5) if size > n]
    if text[:1].isupper():
        out.append("title")
    if text.isupper() and len(text) > 1:
        out.append("upper")
    digits = _DIGIT.search(text) is not None
    if digits:
        out.append(f"len={min(len(text), 6)}")
    out += clusters.classes("0" if digits else low, st)
    tags = gazetteer.word_tags(text)
    if tags:  # most words have none: no comprehension to run
        out += [f"gz={tag}" for tag in tags]
    tags = gazetteer.lexicon().get(st) if st != low else None
    if tags:  # Тоқаевтардың -> тоқаев: sur
        out += [f"gzst={tag}" for tag in tags]
    if low.endswith(NATIONALITY) and low[:-3] in gazetteer.place_words():  # кореялық <- корея
        out.append("nat")
    head = heads.head(low)
    if head:  # министрлігінің: org
        out.append(f"hd={head}")
    return tuple(out)


def _reading(word: Word) -> tuple[str, ...]:
    """The token's features its reading in context tells, after its spelling's."""
    out = []
    if word.upos:
        out.append(f"pos={word.upos}")
    if word.lemma:
        out.append(f"lem={word.lemma.lower()}")
    for feat in word.feats.split("|") if word.feats else ():
        if feat.startswith(("Case=", "Number=", "Poss", "Person[psor]=")):
            out.append(feat)
    return tuple(out)


def _quotes(words: Sequence[Word]) -> list[list[str]]:
    """Per token: "in" inside «...», "open"/"close" right after « or right before »."""
    if QUOTES.isdisjoint(w.text for w in words):  # most sentences: no tags, nothing to walk through
        return [[] for _ in words]
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
        out.append(tags)
    return out


OFFSETS = (-2, -1, 1, 2)  # neighbours whose brief features a token sees
_SLOTS = {str(off): k for k, off in enumerate(OFFSETS)}


class _Seen(NamedTuple):
    """A word's share of a sentence's features, built once per word: its own features, what its
    neighbours see of it (prefixed with their offset, in OFFSETS order), its lowercase form, stem and short shape.
    A named tuple, as `Word`: made for every new word, at a fifth of a frozen dataclass's cost."""

    own: tuple[str | bytes, ...]  # bytes when kept for a model
    around: tuple[tuple[str | bytes, ...], ...]  # per offset in OFFSETS, the neighbour's features "-1:w=..."
    low: str
    stem: str
    shape: str


Views = dict[str, tuple[bytes | None, tuple[tuple[int, bytes], ...]]]


@dataclass(frozen=True, eq=False)
class Known:
    """The features a model has weights for (crfsuite drops the others unread), and per feature a word may have,
    its name as bytes if the model has it and (slot in OFFSETS, name as bytes) of each neighbour's view of it
    that the model has ("-1:w=ресей" for "w=ресей"), so that no string is built for a feature the model lacks.
    Compared by identity, a cheap cache key."""

    names: frozenset[str]
    views: Views
    bundled: bool = False  # the bundled model's: frequent words' rows are compiled (`taldau.ner.rows`)

    @cached_property
    def encoded(self) -> dict[str, bytes]:
        """The names the model has as the bytes crfsuite reads, read off `views` (their one owner), so that a
        sentence-level feature is kept and encoded in one look-up."""
        return {name: hit[0] for name, hit in self.views.items() if hit[0]}

    @classmethod
    def of(cls, names: Iterable[str]) -> Known:
        names = frozenset(names)
        return cls(names, views(names))


def views(names: frozenset[str]) -> Views:
    """`Known.views` of these feature names (sorted lists, so that a compiled copy is the same bytes)."""
    out: Views = {}
    for name in sorted(names):
        prefix, colon, feature = name.partition(":")
        if colon and prefix in _SLOTS and feature.startswith(FAR if prefix in ("-2", "2") else BRIEF):
            known, seen = out.get(feature, (feature.encode() if feature in names else None, ()))
            out[feature] = known, tuple(sorted((*seen, (_SLOTS[prefix], name.encode()))))
        elif name not in out:
            out[name] = name.encode(), ()
    return out


@lru_cache(maxsize=COSTLY_WORDS)
def _seen(word: Word, keep: Known | None = None) -> _Seen:
    """`keep`: only the features the model has."""
    if keep is None:
        own = _token(word)
        brief = [f for f in own if f.startswith(BRIEF)]
        far = [f for f in brief if f.startswith(FAR)]
        # the token at i - off reads this word as "{off}:..."
        around = tuple(tuple([f"{off}:{f}" for f in (far if off in (-2, 2) else brief)]) for off in OFFSETS)
    else:  # the same features, those the model has only, read off its views
        found = rows.row(word.text) if keep.bundled else None
        if found is not None:  # a frequent word: its spelling's share compiled, its reading's added
            own, around = found.own, found.around
            if word.upos or word.lemma or word.feats:
                more, beside = _kept(_reading(word), keep.views)
                own, around = own + more, tuple(a + b for a, b in zip(around, beside))
            return _Seen(own, around, word.text.lower(), found.stem, found.shape)
        own, around = _kept(_token(word), keep.views)
    return _Seen(own, around, word.text.lower(), word_stem(word.text), shape(word.text)[:4])


def _kept(own: tuple[str, ...], views: Views) -> tuple[tuple[bytes, ...], tuple[tuple[bytes, ...], ...]]:
    """`own` as the bytes the model has, and per slot of OFFSETS its neighbours' views of it; one look-up a feature
    (every new word runs this: it is most of what a word costs the first time)."""
    kept: list[bytes] = []
    parts: tuple[list[bytes], ...] = ([], [], [], [])
    get = views.get
    for f in own:
        hit = get(f)
        if hit is not None:
            name, seen = hit
            if name is not None:
                kept.append(name)
            for k, view in seen:
                parts[k].append(view)
    return tuple(kept), (tuple(parts[0]), tuple(parts[1]), tuple(parts[2]), tuple(parts[3]))


def context(words: Sequence[Word], seen: Sequence[_Seen], known: names.Table | None = None) -> list[list[str]]:
    """Per token, the features only the whole sentence tells: quotes, gazetteer spans, head words ahead, names,
    the window's shapes, words at ±3, word pairs, the sentence's ends."""
    texts = [w.text for w in words]
    quotes = _quotes(words)
    spans = gazetteer.span_tags(texts)
    ahead = heads.ahead(texts)
    named = names.tags([s.stem for s in seen], names.table() if known is None else known)
    n = len(words)
    last = n - 2 if n > 1 and texts[-1] in ".!?" else n - 1
    shapes = ["^", *(s.shape for s in seen), "$"]  # shapes[i + 1] is token i's
    out = []
    for i, this in enumerate(seen):
        fs = ["bias", *spans[i], *ahead[i], *named[i]]
        # shapes of the window together: "Xx|Xx|x" is a name ending here, which no single shape says
        fs.append(f"shb={shapes[i]}|{shapes[i + 1]}|{shapes[i + 2]}")
        if i >= 3:
            fs.append(f"-3:w={seen[i - 3].low}")
        if i + 3 < n:
            fs.append(f"3:w={seen[i + 3].low}")
        if quotes[i]:
            fs += quotes[i]
        if i == 0:
            fs.append("BOS")
        if i >= last:
            fs.append("EOS")
        if i:
            fs.append(f"-1|0:{seen[i - 1].low}|{this.low}")
        if i + 1 < n:
            fs.append(f"0|1:{this.stem}|{seen[i + 1].stem}")
        out.append(fs)
    return out


def sentence(words: Sequence[Word], known: names.Table | None = None, keep: Known | None = None) -> list[list[str]]:
    """Features of every token: its own, its `context` in the sentence, its neighbours' (±2, prefixed).

    `known` is the names table, the committed one unless training passes another (`build_names`). `keep`: only
    these features (those a model has weights for: its labels are the same, for less work), as UTF-8 bytes."""
    seen = [_seen(w, keep) for w in words]
    if not seen:
        return []
    encoded = None if keep is None else keep.encoded.get
    none: tuple = ()
    # what the token at i reads of its neighbours, OFFSETS unrolled: word i - 2's slot 0 ... word i + 2's slot 3
    slot0, slot1, slot2, slot3 = zip(*[s.around for s in seen])
    far_left, left = (none, none, *slot0), (none, *slot1)
    right, far_right = (*slot2[1:], none), (*slot3[2:], none, none)
    out = []
    for i, around in enumerate(context(words, seen, known)):
        kept = filter(None, map(encoded, around)) if encoded else around
        out.append([*seen[i].own, *kept, *far_left[i], *left[i], *right[i], *far_right[i]])
    return out
