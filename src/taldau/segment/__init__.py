"""Segmentation into tokens and sentences, with offsets into the original text.

`tokenize(text)` and `sentenize(text)` are the common case; `segment(text, lines=...)` gives both
at once, as `Token` and `Sentence` values. Text is normalised first (a view, see `taldau.normalize`);
every offset points into the text as given.
"""
from __future__ import annotations

from collections.abc import Iterator

from taldau.doc import Sentence, Token, bare_token
from taldau.normalize import Normalized, normalize
from taldau.segment import sentences as rules
from taldau.segment.tokens import spans

__all__ = ["segment", "tokenize", "sentenize", "explain"]


def _tokens(norm: Normalized, found: list[tuple[int, int, str]]) -> tuple[Token, ...]:
    original, text, size = norm.original, norm.text, len(norm.original)
    if not norm.edits:  # the common case: offsets are the same in both texts
        if text == original:  # nothing to repair: one string serves as text and norm
            return tuple(
                bare_token(piece, a, b, piece, b == size or original[b].isspace())
                for piece, (a, b, _) in zip([original[a:b] for a, b, _ in found], found)
            )
        return tuple(
            bare_token(original[a:b], a, b, text[a:b], b == size or original[b].isspace()) for a, b, _ in found
        )
    tokens = []
    for start, end, _ in found:
        a, b = norm.original_span(start, end)
        tokens.append(bare_token(original[a:b], a, b, text[start:end], b == size or original[b].isspace()))
    return tuple(tokens)


def _decisions(text: str, found: list[tuple[int, int, str]], lines: bool) -> Iterator[tuple[int, bool, str]]:
    """(i, split?, rule) for each gap after token i where some rule could split."""
    words = [text[s:e] for s, e, _ in found]
    gaps = [text[found[i][1] : found[i + 1][0]] for i in range(len(found) - 1)]
    quotes = [i for i, word in enumerate(words) if word in "«»"] if "«" in text else []
    for i, between in enumerate(gaps):
        if rules.is_candidate(words[i], between):
            split, rule = rules.decide(rules.Gap(words, gaps, i, lines, quotes))
            yield i, split, rule


def segment(text: str, lines: bool = False) -> tuple[tuple[Token, ...], tuple[Sentence, ...]]:
    """Tokens and sentences of `text`. With `lines=True` every line break ends a sentence."""
    norm = normalize(text)
    found = spans(norm.text)
    tokens = _tokens(norm, found)
    ends = [i for i, split, _ in _decisions(norm.text, found, lines) if split] + [len(tokens) - 1]
    sentences, first = [], 0
    for last in ends if tokens else []:
        sentences.append(Sentence(tokens[first].start, tokens[last].end, first, last + 1))
        first = last + 1
    return tokens, tuple(sentences)


def tokenize(text: str) -> list[Token]:
    """Tokens of `text` with offsets into it."""
    norm = normalize(text)
    return list(_tokens(norm, spans(norm.text)))


def sentenize(text: str, lines: bool = False) -> list[Sentence]:
    """Sentences of `text` with offsets into it."""
    return list(segment(text, lines)[1])


def explain(text: str, lines: bool = False) -> list[tuple[str, str, bool, str]]:
    """(left token, right token, split?, deciding rule) at each gap a rule looked at: for debugging."""
    norm = normalize(text)
    found = spans(norm.text)
    words = [norm.text[s:e] for s, e, _ in found]
    return [(words[i], words[i + 1], split, rule) for i, split, rule in _decisions(norm.text, found, lines)]
