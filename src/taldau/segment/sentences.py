"""Sentence boundary rules: small named functions, asked in order at each gap between two tokens.

A rule returns True (split here), False (do not split) or None (no opinion, ask the next rule).
`explain()` tells which rule decided each gap, for debugging.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from taldau.segment.data import (
    AMBIGUOUS_QUOTES, BULLETS, CLOSING, OPENING, SENTENCE_FINAL_ABBREVIATIONS, TERMINALS, UNITS,
)

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_ROMAN = re.compile(r"[IVXLC]+")
_QUOTE_REACH = 80  # tokens searched on either side for the quotes around a sentence end
_NAME_IN_QUOTES = 8  # tokens a quoted name inside a quotation spans, its quotes included


@dataclass(frozen=True, slots=True)
class Gap:
    """The place between `left` and `right` tokens (normalised text), with what lies around them."""

    tokens: Sequence[str]
    gaps: Sequence[str]  # gaps[i] is the text between tokens[i] and tokens[i + 1]
    index: int  # this gap follows tokens[index]
    lines: bool  # one sentence per line
    quotes: Sequence[int] = ()  # indices of the « and » tokens, in order

    @property
    def between(self) -> str:
        return self.gaps[self.index]

    def starts_line(self, i: int) -> bool:
        return i == 0 or "\n" in self.gaps[i - 1]

    def is_closing(self, i: int) -> bool:
        """Closing punctuation; a straight quote closes only when attached to the word before it."""
        token = self.tokens[i]
        return token in CLOSING and (token not in AMBIGUOUS_QUOTES or (i > 0 and not self.gaps[i - 1]))

    @property
    def left(self) -> str:
        return self.tokens[self.index]

    @property
    def right(self) -> str:
        return self.tokens[self.index + 1]

    def first_word_after(self) -> str:
        """The first token after the gap that is not opening punctuation."""
        for i in range(self.index + 1, len(self.tokens)):  # not a slice: that copies the rest of the text
            if self.tokens[i] not in OPENING:
                return self.tokens[i]
        return ""

    def last_before(self) -> str:
        """The last token before the gap that is not closing punctuation."""
        i = self.index
        while i > 0 and self.is_closing(i):
            i -= 1
        return self.tokens[i]


def is_terminal(token: str) -> bool:
    """Sentence-final punctuation: . ! ? … and runs of periods (...., .....)."""
    return token in TERMINALS or token.strip(".") == ""


def _starts_upper_or_digit(token: str) -> bool:
    return bool(token) and (token[0].isupper() or token[0].isdigit())


def paragraph(gap: Gap) -> bool | None:
    # a blank line always ends a sentence
    return True if _BLANK_LINE.search(gap.between) else None


def line_mode(gap: Gap) -> bool | None:
    # --lines: every line break ends a sentence
    return True if gap.lines and "\n" in gap.between else None


def closing_follows(gap: Gap) -> bool | None:
    # `деді».` / `(2020 ж.)`: closing quotes and brackets stay with the sentence before them
    return False if not gap.between and gap.is_closing(gap.index + 1) else None


def _label_start(gap: Gap) -> int:
    """Index of the number that starts a label `1.`, `1-бап.` or `IV.` ending at this period, else -1."""
    i = gap.index - 1
    if i >= 2 and gap.tokens[i - 1] == "-" and gap.tokens[i].isalpha():  # 1-бап, 2-тарау
        i -= 2
    if i >= 0 and (gap.tokens[i].isdigit() or _ROMAN.fullmatch(gap.tokens[i])):
        return i
    return -1


def list_number(gap: Gap) -> bool | None:
    # "1. Кіріспе", "1-бап. Негізгі ұғымдар", "IV. Қорытынды" at a line or sentence start: a label
    start = _label_start(gap) if gap.left == "." else -1
    if start >= 0 and (gap.starts_line(start) or is_terminal(gap.tokens[start - 1])):
        return False
    return None


def list_item_line(gap: Gap) -> bool | None:
    # "... мыналар:\n1) азамат;\n2) ..." or "• ..." items on their own lines: each item is a sentence
    if "\n" not in gap.between:
        return None
    first, second = gap.right, gap.tokens[gap.index + 2] if gap.index + 2 < len(gap.tokens) else ""
    marker = first in BULLETS or (second in {")", "."} and (first.isdigit() or len(first) == 1))
    return True if marker else None


def _continues(word: str) -> bool:
    """A number, a Roman numeral or an initial: it goes on the sentence of an abbreviation before it."""
    initial = len(word) == 2 and word[0].isupper() and word[1] == "."
    return word[:1].isdigit() or bool(_ROMAN.fullmatch(word)) or initial


def _year_after_break(gap: Gap) -> bool:
    """A line break before a year and its ж./жылы (not сағ.\n15:00-де, 1 кг.\n3200 теңгеден: a hard-wrapped line)."""
    k = gap.index + 1
    return "\n" in gap.between and k + 1 < len(gap.tokens) and len(gap.tokens[k]) == 4 \
        and gap.tokens[k].isdigit() and gap.tokens[k + 1].lower().startswith("ж")


def before_number(gap: Gap) -> bool | None:
    # `б.з.б. 330 ж.`, `т.б. IV ғ.`, `200 мм. 5 ...`, `сағ. 9:00-де`, `т.б. А. Әшімов`: the sentence goes on
    unit = gap.left == "." and gap.index >= 1 and gap.tokens[gap.index - 1].lower() in UNITS \
        and not _year_after_break(gap)  # (аумағы 20 га.\n1969 ж. бастап: a line ends the sentence)
    if (unit or gap.last_before().lower() in SENTENCE_FINAL_ABBREVIATIONS) and _continues(gap.first_word_after()):
        return False
    return None


def quoted_speech(gap: Gap) -> bool | None:
    # «Сен кімсің? Қайдан келдің?» деп сұрады: a quotation before деп, деді... is one sentence
    if not gap.quotes or not is_terminal(gap.left):
        return None
    tokens, i, k = gap.tokens, gap.index, bisect_left(gap.quotes, gap.index)
    if k in (0, len(gap.quotes)) or tokens[gap.quotes[k - 1]] != "«" or i - gap.quotes[k - 1] > _QUOTE_REACH:
        return None
    close = _closing(tokens, gap.quotes[k:], gap.quotes[k - 1])
    if close is None:
        return None
    follows = next((t for t in tokens[close + 1 : close + 4] if t not in OPENING and t != ","), "")
    return False if follows[:1].islower() else None


def _closing(tokens: Sequence[str], quotes: Sequence[int], opening: int) -> int | None:
    """The » that closes the quotation opened at `opening`, within reach; past the short quoted names inside it only
    when it holds two sentences («... қолдаймын. Бұған «Эйр Астананың» орналастыруы дәлел болды», – деді: where quotes
    are unbalanced, a name's quotes would lead far astray); None if another quotation opens first."""
    k = 0
    while k < len(quotes) and quotes[k] - opening <= 2 * _QUOTE_REACH:
        if tokens[quotes[k]] == "»":
            return quotes[k] if not k or sum(map(is_terminal, tokens[opening : quotes[k]])) == 1 else None
        inner = quotes[k + 1] if k + 1 < len(quotes) else None
        if inner is None or tokens[inner] != "»" or inner - quotes[k] > _NAME_IN_QUOTES:
            return None
        k += 2
    return None


def terminal(gap: Gap) -> bool | None:
    # `... өсті. Бұл ...` splits; `... деп? – деді` and `... 2,9 ... пайыз` do not
    if is_terminal(gap.last_before()):
        return _starts_upper_or_digit(gap.first_word_after()) or not gap.first_word_after()
    return None


def final_abbreviation(gap: Gap) -> bool | None:
    # `мұнай, газ т.б. Бұл ...` splits after the abbreviation
    if gap.last_before().lower() in SENTENCE_FINAL_ABBREVIATIONS:
        return _starts_upper_or_digit(gap.first_word_after())
    return None


def heading_line(gap: Gap) -> bool | None:
    # a line without final punctuation followed by a capitalised line: a heading or a list item
    if "\n" in gap.between and gap.left not in {",", ":", ";", "-", "—"}:
        return _starts_upper_or_digit(gap.first_word_after()) or gap.right in OPENING
    return None


RULES: list[Callable[[Gap], bool | None]] = [
    paragraph, line_mode, closing_follows, list_number, list_item_line, before_number, quoted_speech,
    terminal, final_abbreviation, heading_line,
]


def is_candidate(left: str, between: str) -> bool:
    """Whether any rule could split after `left`: a cheap filter so long texts stay fast."""
    return "\n" in between or is_terminal(left) or left in CLOSING or left.lower() in SENTENCE_FINAL_ABBREVIATIONS


def decide(gap: Gap) -> tuple[bool, str]:
    """Whether the gap ends a sentence, and the name of the rule that decided."""
    for rule in RULES:
        verdict = rule(gap)
        if verdict is not None:
            return verdict, rule.__name__
    return False, "default"
