"""The quantities component: grammars over `Doc.tokens` -> `Doc.quantities`, and their entity labels.

Rules are listed from the most to the least specific; at each position the longest match wins and
ties go to the earlier rule, so "20 млрд долларға" is money, not a cardinal and a word.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from itertools import pairwise

from taldau.doc import Doc, Quantity, Span, Token
from taldau.numbers import amounts, clock, dates, russian
from taldau.numbers.context import decide, join
from taldau.numbers.legal import ITEM_MARKS, cited_label, item_label
from taldau.numbers.parts import Draft
from taldau.numbers.timewords import GENITIVE
from taldau.numbers.units import PERIOD_ABBREVIATIONS
from taldau.numbers.composition import compose
from taldau.numbers.words import read_word
from taldau.rules import Match, Parser

LABELS = {
    "cardinal": "CARDINAL", "ordinal": "ORDINAL", "percent": "PERCENTAGE", "money": "MONEY",
    "quantity": "QUANTITY", "date": "DATE", "duration": "DATE", "time": "TIME",
}


@cache
def parser() -> Parser:
    """The grammar set, built once."""
    return Parser([
        ("money", amounts.MONEY),
        ("percent", amounts.PERCENT),
        ("quantity", amounts.QUANTITY),
        ("time", clock.TIME),
        ("date", dates.DATE),
        ("ordinal", amounts.ORDINAL),
        ("cardinal", amounts.CARDINAL),
    ])


def quantities(text: str, tokens: Sequence[Token]) -> tuple[Quantity, ...]:
    """Quantities found in `tokens`, with offsets into `text`."""
    tokens, lines = _prepared(text, tokens)
    out = []
    kept = [(m.start, m.end, d) for m in parser().findall(tokens) if (d := decide(m.value, tokens, m.start, m.end, lines))]
    for first, last, draft in join(kept, tokens):
        start, end = tokens[first].start, tokens[last - 1].end
        if draft.chars is not None:
            end = start + draft.chars
        elif _abbreviation_period(tokens, last):
            end = tokens[last].end
        out.append(Quantity(draft.kind, start, end, text[start:end], draft.value, draft.unit, draft.approx,
                            draft.bound, draft.qualifier, draft.named))
    return tuple(out)


def _prepared(text: str, tokens: Sequence[Token]) -> tuple[list[Token], frozenset[int]]:
    """The tokens as the grammars read them (signs and seams split off) and the indices of those that begin a line."""
    tokens = russian.as_kazakh([piece for t in tokens for piece in _split_sign(t)])
    if "-" in text:
        tokens = _split_seams(tokens)
    if "(" in text:
        tokens = _without_repairs(tokens)
    lines = frozenset(i for i in range(1, len(tokens)) if "\n" in text[tokens[i - 1].end : tokens[i].start]) \
        if "\n" in text else frozenset()  # a text of one line: no gap to look into
    return tokens, lines


_REPAIR = 3  # words a bracketed false start may hold


def _without_repairs(tokens: list[Token]) -> list[Token]:
    """Transcribed speech brackets a word said twice, the first time cut off: inside a phrase, after a number or a
    genitive that governs what follows, қазанның ( онына ) онына "on the ( tenth ) tenth of October" is read without
    the bracket, as one date (the quantity's offsets still cover it). Where nothing governs it the bracketed number
    is one of its own, as KazNERD labels it: ( үш мың ) үш мың адам, кейде ( 1 ) 1 – 2 апта."""
    out, i = [], 0
    while i < len(tokens):
        if tokens[i].norm == "(" and out and _governs(out[-1].norm.lower()):
            for n in range(1, _REPAIR + 1):
                inside, after = tokens[i + 1 : i + 1 + n], tokens[i + 2 + n : i + 2 + 2 * n]
                if i + 1 + n < len(tokens) and tokens[i + 1 + n].norm == ")" and len(after) == n \
                        and [t.norm.lower() for t in inside] == [t.norm.lower() for t in after]:
                    i += n + 2
                    break
            else:
                out.append(tokens[i])
                i += 1
            continue
        out.append(tokens[i])
        i += 1
    return out


def _governs(word: str) -> bool:
    """A number or a genitive: a word the phrase goes on from (екі мың ( жиырма ) жиырма, қазанның ( онына ) онына)."""
    return read_word(word) is not None or word.endswith(GENITIVE)


def item_labels(text: str, tokens: Sequence[Token]) -> tuple[Span, ...]:
    """The labels of list items and the cited ones ("1)", "2.", бабының "2)" тармақшасы), number and mark, as "ITEM"
    spans: no quantity (`legal.item_label`), and the entity recogniser leaves them out too."""
    if not any(a.norm.isdigit() and b.norm in ITEM_MARKS for a, b in pairwise(tokens)):
        return ()  # most texts: no number before a bracket or a period, nothing to prepare
    tokens, lines = _prepared(text, tokens)
    draft = Draft("cardinal", 0)  # the checks read the words around, not the draft's value
    return tuple(Span("ITEM", tokens[i].start, tokens[i + 1].end, text[tokens[i].start : tokens[i + 1].end])
                 for i in range(len(tokens) - 1) if tokens[i].norm.isdigit()
                 and (item_label(draft, tokens, i, i + 1, i in lines) or cited_label(draft, tokens, i, i + 1)))


def _abbreviation_period(tokens: Sequence[Token], last: int) -> bool:
    """The period after the quantity's last token is that abbreviation's (2 сағ. созылды), not the sentence's."""
    return 0 < last < len(tokens) - 1 and tokens[last].norm == "." and tokens[last - 1].end == tokens[last].start \
        and tokens[last - 1].norm.lower() in PERIOD_ABBREVIATIONS and tokens[last + 1].norm[:1].islower()


def extract(doc: Doc) -> tuple[Quantity, ...]:
    """Quantities of a tokenized `Doc` (numbers, money, percentages, dates, durations, times).

    The grammars read each token's `norm` (Latin-script Kazakh in Cyrillic, look-alike letters
    repaired); offsets and the quoted text stay those of the document."""
    return quantities(doc.text, doc.tokens)


_SIGNED = re.compile(r"[\d.,:/ -]*\d(?=%|‰|°|℃)")


def _split_sign(token: Token) -> Sequence[Token]:
    """`30%-ке`, one token as UD writes it, read as the grammars expect it: 30 | %-ке; so is a sign written on a
    number, `+25`, `−15`, as the tokenizer splits it: + | 25."""
    if token.text[:1] in "+-−–" and token.text[1:2].isdigit():
        cut = token.start + 1
        return (token._replace(text=token.text[0], end=cut, norm="+" if token.text[0] == "+" else "-", space_after=False),
                *_split_sign(token._replace(text=token.text[1:], start=cut, norm=token.norm[1:])))
    m = _SIGNED.match(token.text) if not token.text.isalnum() else None
    if not m:
        return (token,)
    cut = token.start + m.end()
    return (token._replace(text=m.group(), end=cut, norm=m.group(), space_after=False),
            token._replace(text=token.text[m.end():], start=cut, norm=token.text[m.end():]))


def _split_seams(tokens: list[Token]) -> list[Token]:
    """он-он | бес мың, он | бес-жиырма күн: a hyphenated pair of number words kept as one token (as KazNERD and
    UD keep екі-үш) that joins two longer numbers of a range, split at its hyphen as the tokenizer splits it."""
    seams = {i: cut for i, t in enumerate(tokens) if "-" in t.norm and (cut := t.norm.find("-", 1)) > 0
             and t.norm[:1].isalpha() and _seam(t.norm[:cut], t.norm[cut + 1 :], tokens, i)}
    if not seams:
        return tokens
    out: list[Token] = []
    for i, t in enumerate(tokens):
        if i not in seams:
            out.append(t)
            continue
        cut = seams[i]
        at = t.start + cut
        out += [t._replace(text=t.text[:cut], end=at, norm=t.norm[:cut], space_after=False),
                t._replace(text="-", start=at, end=at + 1, norm="-", space_after=False),
                t._replace(text=t.text[cut + 1 :], start=at + 1, norm=t.norm[cut + 1 :])]
    return out


def _seam(left: str, right: str, tokens: Sequence[Token], i: int) -> bool:
    """The right half adds to the number after it (он бес, жүз елу) or the left half to the one before it
    (он бес, бір жарым); a scale after it (екі-үш жүз) multiplies both ends, and the token stays whole. The range
    runs upward: жиырма бір-біріне ("twenty ... one another") is no 21-1."""
    a, b = read_word(left), read_word(right)
    if a is None or b is None or a.ending or a.high is not None or b.high is not None:
        return False
    after = read_word(tokens[i + 1].norm) if i + 1 < len(tokens) else None
    before = read_word(tokens[i - 1].norm) if i > 0 and not tokens[i - 1].norm[:1].isdigit() else None
    ranges = [(a.value, b, after)] if after and after.role != "scale" else []  # (low end, the high end's words)
    ranges += [(None, before, a)] if before and not before.ending else []
    for low, x, y in ranges:
        joined = compose([x, y]) if x.value > y.value else None
        if joined is not None and (low < joined.value if low is not None else joined.value < b.value):
            return True
    return False


def label(q: Quantity) -> str:
    """The KazNERD label: durations under a day (үш сағат, PT3H) are TIME, longer ones DATE."""
    first = q.value[0] if isinstance(q.value, list) and q.value else q.value  # a range: ["PT7M", "PT8M"]
    if q.kind == "duration" and isinstance(first, str) and first.startswith("PT"):
        return "TIME"
    return LABELS[q.kind]


def as_entities(quantities: Iterable[Quantity]) -> tuple[Span, ...]:
    """The numeric entities (CARDINAL, ORDINAL, PERCENTAGE, MONEY, QUANTITY, DATE, TIME) of quantities;
    a quantity inside a name (the 24 of "Еңбек кодексінің 24-бабы") is none: the name is the entity."""
    return tuple(Span(label(q), q.start, q.end, q.text) for q in quantities if not q.named)


def explain(tokens: Sequence[Token]) -> list[Match]:
    """Every match at every position, for debugging which rule decided."""
    p = parser()
    return [m for i in range(len(tokens)) for m in p.matches_at(tokens, i)]
