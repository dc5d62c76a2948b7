"""Token predicates: the leaves of a grammar.

A predicate looks at one token and returns a value when it matches, None when it does not. The
value is what the grammar's interpretation receives: True for plain tests (the grammar then passes
the token itself on), or something more useful (`stem({"доллар": "USD"})` gives ("USD", "ға") for
"долларға"). Predicates combine with `&`, `|` and `~`. They read the token's `norm` (Latin-script
Kazakh in Cyrillic, look-alike letters repaired; `text` only locates it) and cache their answer per
norm in a bounded `Recent` cache, so a grammar costs one dict lookup per token and predicate once
the word has been seen.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, NamedTuple

from taldau.cache import Recent
from taldau.doc import Token
from taldau.morph.suffixes import split_stem


_MISSING = object()


class Predicate:
    """A named test on a token; `fn(token) -> value | None`. `by_norm`: the test reads nothing but the
    token's norm, so its answer is cached by norm (unless `cached` is False: a test as cheap as a
    lookup, or one made of cached tests).

    `heads`, when known, lists the lower-case one- or two-letter beginnings of every text it can
    match: the parser uses them to skip predicates that cannot match a token at all. `words`, for a
    test of the lower-cased norm against a word list (`eq`, `in_`), is that list: the gates look a word
    up once for all such tests.
    """

    __slots__ = ("name", "fn", "by_norm", "heads", "words", "_cache")

    def __init__(self, name: str, fn: Callable[[Token], Any], by_norm: bool = True,
                 heads: Iterable[str] | None = None, cached: bool = True, words: Iterable[str] | None = None) -> None:
        self.name, self.fn, self.by_norm = name, fn, by_norm
        self.heads = frozenset(heads) if heads is not None else None
        self.words = frozenset(words) if words is not None else None
        self._cache: Recent[Any] | None = Recent() if by_norm and cached else None

    def __call__(self, token: Token) -> Any:
        if self._cache is None:
            return self.fn(token)
        value = self._cache.recent.get(token.norm, _MISSING)
        if value is _MISSING:
            value = self._cache.get(token.norm, _MISSING)
            if value is _MISSING:
                value = self._cache.put(token.norm, self.fn(token))
        return value

    def __and__(self, other: Predicate) -> Predicate:
        both = self.by_norm and other.by_norm
        return Predicate(f"({self.name} & {other.name})", lambda t: other(t) if self(t) is not None else None, both,
                         self.heads, cached=False)

    def __or__(self, other: Predicate) -> Predicate:
        def either(t: Token) -> Any:
            value = self(t)
            return value if value is not None else other(t)

        heads = self.heads | other.heads if self.heads is not None and other.heads is not None else None
        return Predicate(f"({self.name} | {other.name})", either, self.by_norm and other.by_norm, heads, cached=False)

    def __invert__(self) -> Predicate:
        return Predicate(f"~{self.name}", lambda t: True if self(t) is None else None, self.by_norm, cached=False)

    def __repr__(self) -> str:
        return self.name


def _lower(token: Token) -> str:
    return token.norm.lower()


def _heads(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w.lower()[:2] for w in words)


def eq(*words: str) -> Predicate:
    """The token is one of `words`, ignoring letter case: eq("жуық", "шамамен")."""
    wanted = frozenset(w.lower() for w in words)
    return Predicate(f"eq{sorted(wanted)}", lambda t: True if _lower(t) in wanted else None, heads=_heads(wanted),
                     cached=False, words=wanted)


def in_(mapping: Mapping[str, Any]) -> Predicate:
    """The lower-cased token is a key of `mapping`; its value is the mapping's value."""
    return Predicate(f"in[{len(mapping)}]", lambda t: mapping.get(_lower(t)), heads=_heads(mapping), cached=False,
                     words=[w for w, value in mapping.items() if value is not None])


class Stemmed(NamedTuple):
    """The value of a `stem` predicate: долларға -> Stemmed("USD", "ға", "доллар")."""

    value: Any
    ending: str
    stem: str


def stem(stems: Mapping[str, Any] | Iterable[str], exclude: Iterable[str] = ()) -> Predicate:
    """A stem from `stems` plus a valid Kazakh ending: stem({"пайыз"}) takes пайызға, пайызын, пайыздың.

    The value is a `Stemmed` (mapped value, ending, stem); a set of stems maps each stem to itself.
    Words in `exclude` never match (қысқа "short" is not қыс "winter" + dative); an entry ending
    in * excludes every word it begins (жаза* for жаза "punishment", жазасы, жазаға).
    """
    table = dict(stems) if isinstance(stems, Mapping) else {s: s for s in stems}
    banned = frozenset(w for w in exclude if not w.endswith("*"))
    banned_prefixes = tuple(w[:-1] for w in exclude if w.endswith("*"))
    heads = frozenset(s[:2] for s in table)  # a quick reject before trying every cut of the word

    def test(t: Token) -> Any:
        low = _lower(t)
        if low[:2] not in heads and low[:1] not in heads or low in banned or low.startswith(banned_prefixes):
            return None
        found = split_stem(low, table)
        return Stemmed(table[found[0]], found[1], found[0]) if found else None

    return Predicate(f"stem[{', '.join(list(table)[:3])}...]", test, heads=heads)


DIGITS = frozenset("0123456789")  # heads of a predicate that only matches tokens starting with a digit


def regex(pattern: str, flags: int = 0, heads: Iterable[str] | None = None) -> Predicate:
    """The whole token (its norm) matches `pattern`; the value is the match object.

    Pass `heads` (lower-case beginnings of every text the pattern can match, e.g. `DIGITS`) so that
    the parser and the gates skip the pattern on tokens that cannot match it.
    """
    compiled = re.compile(pattern, flags)
    return Predicate(f"/{pattern}/", lambda t: compiled.fullmatch(t.norm), heads=heads)


def shape(pattern: str) -> Predicate:
    """The token's shape (X upper, x lower, d digit, other kept) matches `pattern`: shape("d+").

    Runs of one class collapse, so 2020 -> d, АҚШ-тың -> X-x.
    """
    compiled = re.compile(pattern)

    def test(t: Token) -> Any:
        out = []
        for ch in t.norm:
            c = "d" if ch.isdigit() else "X" if ch.isupper() else "x" if ch.isalpha() else ch
            if not out or out[-1] != c:
                out.append(c)
        return True if compiled.fullmatch("".join(out)) else None

    return Predicate(f"shape/{pattern}/", test)


def is_title() -> Predicate:
    """The token starts with a capital letter (Бүгін, Қазан)."""
    return Predicate("title", lambda t: True if t.norm[:1].isupper() else None)


def lemma(*lemmas: str) -> Predicate:
    """The morphology gave one of `lemmas` (needs taldau.morph to have run)."""
    wanted = frozenset(lemmas)
    return Predicate(f"lemma{sorted(wanted)}", lambda t: True if t.lemma in wanted else None, by_norm=False)


def pos(*tags: str) -> Predicate:
    """The token's UPOS is one of `tags` (needs a tagger to have run)."""
    wanted = frozenset(tags)
    return Predicate(f"pos{sorted(wanted)}", lambda t: True if t.upos in wanted else None, by_norm=False)


def feat(name: str, value: str) -> Predicate:
    """The token's UD features include name=value: feat("Case", "Dat")."""
    wanted = f"{name}={value}"
    return Predicate(wanted, lambda t: True if t.feats and wanted in t.feats.split("|") else None, by_norm=False)


def custom(fn: Callable[[Token], Any], name: str = "custom", by_norm: bool = True,
           heads: Iterable[str] | None = None) -> Predicate:
    """Any function of a token returning a value or None; `heads` as in `Predicate`."""
    return Predicate(name, fn, by_norm, heads)
