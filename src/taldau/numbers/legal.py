"""Legal numbering and list labels: a law's number (№ 105-VIII Заң), its articles' and points' ordinals (12-бабына,
Кодекстің 24-бабы, which a LAW holds) and the labels of list items (1) ..., 2. ..., бабының 2) тармақшасы), which
count nothing. `context` asks these checks after the grammars, as it asks its others."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from taldau.doc import Token
from taldau.numbers import lexicon as lx
from taldau.numbers.parts import Draft
from taldau.numbers.words import read_word

_ITEM_BEFORE = frozenset({".", ";", ":", "!", "?"})  # what ends the text before a list item's number
ITEM_MARKS = frozenset({")", "."})  # what follows a list item's number: 1) or 1.
_ITEM_SPAN = 200  # tokens looked back for the item before

# A law's article and point (12-бабына, 2-тармағы). KazNERD's validation split keeps an article's ordinal inside
# the LAW after a law named by its kind (Қылмыстық кодексінің 128-інші бабының, Конституцияның 58-інші бабының
# 1-інші тармағына: 16 of 16) and in a reference down to a part (120-сыншы баптың 1-інші бөлігіне, no law named:
# 2 of 2); it has no article's ordinal outside a LAW (кодекстің 3 бабы, 2, counts articles: a CARDINAL). A lone
# article (Осы Заңның 4-бабы, Заңның 12-бабына, the heading 1-бап.) names no law and is an ORDINAL, as the gold of
# our eye tests 10 to 15 has it (12-бабын, 12-бабына, 5-тармағына, 4-бабының).
_POINTS = ("тармақ", "тармағ")  # 2-тармағы, 2) тармақшасы: a point, a sub-point
_ARTICLES = ("бап", "баб", *_POINTS)
_NOT_ARTICLES = ("бапкер", "баба")  # екінші бапкер "the second coach", бабасы "ancestor"
_PARTS = ("бөлі", *_POINTS)  # бабының 3-інші бөлігі, бабының 1-інші тармағына
_LAW_NAMES = ("кодекс", "конституция")
_CHAIN = 8  # tokens looked back through an article's chain (бабының 1 - тармағы) for the law that owns it

_CONVOCATION = re.compile(r"[IVXІХ]+")  # Roman numerals, in Latin or Cyrillic letters
_LAW_WORDS = ("заң", "қрз", "кодекс", "жарлы", "қаулы")  # Заңы, ҚРЗ, Кодексі, Жарлығы, қаулысы after a number


def law_number(draft: Draft, tokens: Sequence[Token], start: int, end: int) -> bool:
    """№ 105-VIII Заң, 123-IV ҚРЗ: digits joined by a hyphen to a Roman numeral (the Parliament's convocation), after №
    or before a word for a law, are a law's number, no 105th of anything nor a count."""
    if draft.kind not in ("cardinal", "ordinal") or end + 1 >= len(tokens) or not tokens[end - 1].norm.isdigit():
        return False
    hyphen, after = tokens[end], tokens[end + 1]
    glued = tokens[end - 1].end == hyphen.start and hyphen.end == after.start
    lawful = start > 0 and tokens[start - 1].norm in ("№", "N") or any(
        t.norm.lower().startswith(_LAW_WORDS) for t in tokens[end + 2 : end + 4])  # not 5-XI сынып, 15-IV (April)
    return glued and lawful and hyphen.norm in lx.DASHES and _CONVOCATION.fullmatch(after.norm) is not None


def law_article(word: str) -> bool:
    """бабына, бап, тармағы, тармақшасы: a law's article or point (lowercase)."""
    return word.startswith(_ARTICLES) and not word.startswith(_NOT_ARTICLES)


def in_law(tokens: Sequence[Token], start: int, end: int) -> bool:
    """An article's or a point's number that KazNERD keeps inside a LAW: one a law named by its kind owns, or one in a
    reference down to a part."""
    return _owned_by_law(tokens, start) or _down_to_a_part(tokens, start, end)


def _owned_by_law(tokens: Sequence[Token], start: int) -> bool:
    """Кодекстің 24-бабы, Конституцияның 58-бабының 1-тармағы: back through the articles and points before it, the
    article's owner is a law named by its kind (`_LAW_NAMES`), whose LAW entity holds it."""
    for t in reversed(tokens[max(0, start - _CHAIN) : start]):
        word = t.norm.lower()
        if word.startswith(_LAW_NAMES):
            return True
        if not (law_article(word) or word.startswith(_PARTS) or _numeral(word) or word in lx.DASHES or word == ","):
            return False
    return False


def _down_to_a_part(tokens: Sequence[Token], start: int, end: int) -> bool:
    """120-сыншы баптың 1-інші бөлігіне: an article's number with its part's after it, or a part's number after its
    article's, is a reference KazNERD labels LAW whole; not Бұл баптың 3-тармағы (the article unnumbered)."""
    words = [t.norm.lower() for t in tokens[max(0, start - 3) : end + 5]]
    at = min(start, 3)  # where the number begins in `words`
    before = [w for w in words[:at] if w not in lx.DASHES]
    if len(before) >= 2 and law_article(before[-1]) and _numeral(before[-2]):
        return True  # the part's number, after a numbered article
    after = [w for w in words[at + end - start :] if w not in lx.DASHES]
    return len(after) >= 3 and law_article(after[0]) and _numeral(after[1]) and after[2].startswith(_PARTS)


def _numeral(word: str) -> bool:
    """12, 120-сыншы, бірінші: a number's word (lowercase)."""
    return word[:1].isdigit() or read_word(word) is not None


def whole_article(draft: Draft, tokens: Sequence[Token], start: int, end: int) -> Draft:
    """12-бабына, 1-бап, 2-тармағы: an article's or a point's number spans its whole word, as KazNERD's entities
    span a number with what is glued to it (1-інші, 15000-ға) and our eye tests' gold spans 4-бабының; other
    digit-noun ordinals (9-орынды) keep the digits alone."""
    if draft.kind != "ordinal":
        return draft
    if end - start == 1 and law_article(tokens[start].norm.partition("-")[2].lower()):
        return replace(draft, chars=None)  # one token, 12-бабына
    glued = end + 1 < len(tokens) and tokens[end].norm in lx.DASHES and tokens[end].start == tokens[end - 1].end \
        and tokens[end + 1].start == tokens[end].end
    if glued and draft.chars is None and law_article(tokens[end + 1].norm.lower()):
        return replace(draft, chars=tokens[end + 1].end - tokens[start].start)
    return draft


def item_label(draft: Draft, tokens: Sequence[Token], start: int, end: int, line_start: bool = False) -> bool:
    """1) мемлекеттік органдарға; 2) ...; 3. Заң ...: a number heading a list item labels it: no quantity at all (a
    reader who asks for a law's amounts and dates wants none of the 1, 2, 3 that number its points: they count
    nothing, and a point may as well be labelled а), б)), nor a numeric entity (`item_labels` tells the entity
    recogniser where they are). An item's number is followed by its bracket or period and
    the item (a word, a quote, a number), comes after a sentence's or an item's end, and follows the item before or,
    the first, has the next one after it (1) ... alone too; not Қатысушылар саны: 120., Жеңілгендер саны: 1. Ол ...,
    nor (барлығы: 500), a bracket that closes). At the start of a line it needs nothing before it: a heading without a
    period (1-бап. Мақсаты) may end the line above."""
    if end - start != 1 or not tokens[start].norm.isdigit() or end + 1 >= len(tokens) \
            or tokens[end].norm not in ITEM_MARKS or not _item_start(tokens[end + 1].norm):
        return False
    if start and tokens[start - 1].norm not in _ITEM_BEFORE and not line_start:
        return False
    number, mark = int(tokens[start].norm), tokens[end].norm
    before = tokens[max(0, start - _ITEM_SPAN) : start]
    if mark == ")" and any(t.norm == "(" for t in before) and not any(t.norm == ")" for t in before):
        return False  # (барлығы: 500) теңге: the bracket closes one opened before
    if number == 1:
        return mark == ")" or _marked(tokens[end + 1 : end + _ITEM_SPAN], 2, mark)
    return _marked(before, number - 1, mark)


def cited_label(draft: Draft, tokens: Sequence[Token], start: int, end: int) -> bool:
    """бабының 2) тармақшасы "sub-point 2) of the article": a point cited by its label, written as the label is (a
    number and its bracket: 2) тармақшасы, 1) тармағына), is that label, no quantity (as the item it names); not
    2-тармағы, an ordinal."""
    return end - start == 1 and tokens[start].norm.isdigit() and end + 1 < len(tokens) and tokens[end].norm == ")" \
        and tokens[end].start == tokens[start].end and tokens[end + 1].norm.lower().startswith(_POINTS)


def _item_start(text: str) -> bool:
    """What may open a list item: a word, a number or an opening quote («Самұрық-Қазына» қорына; 2024 жылдан)."""
    return text[:1].isalnum() or text[:1] in "«\"“"


def _marked(tokens: Sequence[Token], number: int, mark: str) -> bool:
    """Whether the tokens hold the list item `number` with its mark: 2) or 2."""
    return any(a.norm == str(number) and b.norm == mark for a, b in pairwise(tokens))
