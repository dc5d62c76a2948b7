"""The document model: small immutable values whose offsets point into the original text.

Every component reads a `Doc` and returns a new one (`dataclasses.replace`), so a `Doc` can be
shared between threads and cached without copies. Offsets are Python string indices into
`Doc.text`, the text exactly as the user gave it, never into a normalised copy:
`doc.text[t.start:t.end] == t.text` holds for every token, sentence and span.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any, NamedTuple


@dataclass(frozen=True, slots=True)
class Analysis:
    """One morphological reading of a word."""

    lemma: str
    upos: str
    feats: str = ""  # UD FEATS, "Case=Gen|Number=Plur", "" when none
    morphemes: tuple[tuple[str, str], ...] = ()  # (surface, gloss): ("инвестиция", "STEM"), ("лар", "PL")
    guessed: bool = False  # True when the word was not in the lexicon

    def as_dict(self) -> dict[str, Any]:
        return {
            "lemma": self.lemma,
            "upos": self.upos,
            "feats": self.feats or None,
            "morphemes": [list(m) for m in self.morphemes],
            "guessed": self.guessed,
        }


class Token(NamedTuple):
    """A surface token: `text` as in the original, `norm` its normalised form (used for lookup).

    `analyses` are its morphological readings, the one chosen in context first; `lemma`, `upos` and
    `feats` are read from that first reading, and are None until the analyser has run. `head` is the index
    in `Doc.tokens` of the token this one depends on (a root is its own head, as in spaCy) and `deprel`
    its UD relation; both None until the parser has run. Tokens are the
    most numerous objects, so this is a NamedTuple (built 3x faster than a frozen dataclass);
    change one with `token._replace(...)`."""

    text: str
    start: int
    end: int
    norm: str
    space_after: bool = True
    analyses: tuple[Analysis, ...] = ()
    head: int | None = None
    deprel: str | None = None

    def with_analyses(self, analyses: tuple[Analysis, ...]) -> Token:
        """This token with other readings: its tuple rebuilt around them, at a third of `_replace`'s cost (every
        token gets them)."""
        return _new(Token, self[:_ANALYSES] + (analyses,) + self[_ANALYSES + 1 :])

    @property
    def lemma(self) -> str | None:
        return self.analyses[0].lemma if self.analyses else None

    @property
    def upos(self) -> str | None:
        return self.analyses[0].upos if self.analyses else None

    @property
    def feats(self) -> str | None:
        return (self.analyses[0].feats or None) if self.analyses else None


_new = tuple.__new__  # a Token from its whole tuple, without the checks of Token(...) and Token._make
_ANALYSES = Token._fields.index("analyses")
_UNREAD = tuple(Token._field_defaults[name] for name in Token._fields[_ANALYSES:])  # what later stages fill


def bare_token(text: str, start: int, end: int, norm: str, space_after: bool) -> Token:
    """A token as segmentation makes it, with no readings yet: `Token(...)` at under half its cost."""
    return _new(Token, (text, start, end, norm, space_after) + _UNREAD)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its character span and the slice `tokens[first:last]` of `Doc.tokens`."""

    start: int
    end: int
    first: int
    last: int
    lang: str | None = None  # "kk", "ru", "en", "other"
    script: str | None = None  # "Cyrl", "Latn", "mixed", "other" (Arabic, Greek, CJK...), "none"


@dataclass(frozen=True, slots=True)
class Span:
    """A labelled span of text: a named entity, numeric ones included."""

    label: str
    start: int
    end: int
    text: str
    canonical: str | None = None  # "Ресейдің" -> "Ресей"
    link: str | None = None  # ISO 3166 code for countries and major cities


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number, amount, percentage, date, duration or time with its normalised value."""

    kind: str  # cardinal, ordinal, percent, money, quantity, date, duration, time
    start: int
    end: int
    text: str
    value: Any  # int | float | str (EDTF date, ISO 8601 duration) | [low, high] for ranges | a pair: a score
    # [3, 2], a blood pressure [140, 90]
    unit: str | None = None  # ISO 4217 currency or unit name
    approx: bool = False
    bound: str | None = None  # "min" (астам, кем дегенде) or "max" (дейін)
    qualifier: str | None = None  # "early", "mid", "late" (ғасырдың басы/ортасы/соңы)
    named: bool = False  # part of a name (Еңбек кодексінің 24-бабы, Boeing 737), a list item's number (1) ...) or
    # бір of a fixed phrase (бір жақты): no numeric entity of its own, nothing counted


@dataclass(frozen=True, slots=True)
class KeyTerm:
    """A term the document is about: a noun, a noun phrase or a named entity, with every mention."""

    text: str  # canonical form: "сыртқы сауда айналымы", "мұнай", "АҚШ"
    score: float  # count x rarity in the background (idf); higher is more salient
    count: int
    mentions: tuple[tuple[int, int], ...]  # (start, end) of each occurrence in Doc.text
    label: str | None = None  # the entity label for named entities


@dataclass(frozen=True, slots=True)
class Relation:
    """A stance read from one clause: `actor` wants, needs, supports or opposes `target` (taldau.stances).

    `actor` is a Span whose canonical name and link are shared by all of the actor's mentions (АҚШ,
    Америка -> Америка Құрама Штаттары, US); label GPE, ORGANISATION, PERSON... or ACTOR for a
    descriptive one (екі тарап). `implicit`: the clause names no actor (an omitted subject, ол, бұл ел)
    and it was carried over; the Span is then the antecedent's, or the pronoun's with the antecedent's
    name and link; or the clause is in the first person and its speaker's (taldau.stances.speakers). `predicate.canonical` is the predicate's dictionary form (қолда, қарсы шық)."""

    sentence: int  # index into Doc.sentences
    kind: str  # interest, goal, need, cooperation, support, opposition
    actor: Span
    predicate: Span
    target: Span | None = None  # the complement the stance is about, with its dependents
    partners: tuple[Span, ...] = ()  # with whom (-мен, мен бірге)
    negated: bool = False
    implicit: bool = False


@dataclass(frozen=True, slots=True)
class Doc:
    text: str
    tokens: tuple[Token, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    entities: tuple[Span, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    keyterms: tuple[KeyTerm, ...] = ()
    relations: tuple[Relation, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict, compare=False)

    def sentence_tokens(self, sentence: Sentence) -> tuple[Token, ...]:
        return self.tokens[sentence.first : sentence.last]

    @classmethod
    def from_json(cls, text: str) -> Doc:
        """The Doc of `taldau analyze --format json` output (docs/schema.md)."""
        from taldau.export.json import from_json

        return from_json(text)


def within(spans: Iterable[Span], longer: Sequence[Span]) -> set[Span]:
    """The spans that lie inside a longer one of `longer` (sorted by start, not overlapping one another):
    the 24 of "Еңбек кодексінің 24-бабы"."""
    starts = [s.start for s in longer]
    inside = set()
    for span in spans:
        i = bisect_right(starts, span.start) - 1
        if i >= 0 and longer[i].end >= span.end and longer[i].end - longer[i].start > span.end - span.start:
            inside.add(span)
    return inside


def clear_of(spans: Iterable[Span], others: Iterable[Span]) -> tuple[Span, ...]:
    """The spans that overlap none of `others`."""
    ordered = sorted(others, key=lambda s: s.start)
    starts = [s.start for s in ordered]
    reach = list(accumulate((s.end for s in ordered), max))  # furthest end among the first i + 1
    # i: the others starting before this span ends
    return tuple(s for s in spans if (i := bisect_left(starts, s.end)) == 0 or reach[i - 1] <= s.start)


def merge_spans(kept: tuple[Span, ...], extra: tuple[Span, ...]) -> tuple[Span, ...]:
    """`kept` plus the spans of `extra` that overlap none of them, in text order: one span, one label."""
    return tuple(sorted(kept + clear_of(extra, kept), key=lambda s: (s.start, -s.end)))
