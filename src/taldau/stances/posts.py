"""A post named alone (Мемлекет басшысы, Президент, Қазақстан Президенті) stands for the person the text introduced
with the same post (Мемлекет басшысы Қасым-Жомарт Тоқаев ...): the post's country and words, and who held it."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import NamedTuple

from taldau.doc import Doc, Span
from taldau.ner.canonical import canonical
from taldau.ner.endings import split_hyphen
from taldau.stances import words as w

HEADS_OF_STATE = {("мемлекет", "басшы")}  # Мемлекет басшысы: the president of the writer's own state
HOME_STATE = "KZ"
INITIALS = re.compile(r"[\s.]+")  # what separates a name's parts: Қасым-Жомарт Тоқаев, Қ.Тоқаев, Қ. Тоқаев


def post_holder(doc: Doc, post: Span) -> Span | None:
    """The post named alone as the person the text introduced with the same post before it (Мемлекет басшысы
    Қасым-Жомарт Тоқаев ... Мемлекет басшысы айтты; `_same_post`), by name and link; None when two people held it
    (Өзбекстан Президенті X, Қырғызстан Президенті Y ... Президент: which one is not said) or none."""
    holders = post_holders(doc, post)
    return Span("PERSON", post.start, post.end, post.text, holders[0].canonical, holders[0].link) \
        if len(holders) == 1 else None


def post_holders(doc: Doc, post: Span) -> list[Span]:
    """The people the text introduced with the same post before it, each once (by surname: Қасым-Жомарт Тоқаев and
    Қ.Тоқаев are one; the first naming, the fullest); none when a person follows the post (its own holder)."""
    at = bisect_left(doc.entities, post.start, key=lambda e: e.start)
    if at + 1 < len(doc.entities) and doc.entities[at + 1].label == "PERSON" and _adjacent(doc, post, doc.entities[at + 1]):
        return []
    later = _post(doc, post)
    holders: dict[str, Span] = {}
    for before, person in zip(doc.entities[: at - 1], doc.entities[1:at]):
        if before.label == "POSITION" and person.label == "PERSON" and _adjacent(doc, before, person) \
                and _same_post(later, _post(doc, before)):
            holders.setdefault(surname(person), person)
    return list(holders.values())


def _adjacent(doc: Doc, first: Span, second: Span) -> bool:
    return not doc.text[first.end : second.start].strip()


class _Post(NamedTuple):
    country: str | None  # Қазақстан Президенті, Қазақстан Республикасының Президенті: KZ; Президент: None
    words: tuple[str, ...]  # the post's lemmas after its country
    written: bool  # the country is written (not Мемлекет басшысы: the writer's own state's head, KZ)


def _post(doc: Doc, post: Span) -> _Post:
    first = bisect_left(doc.tokens, post.start, key=lambda t: t.start)
    last = bisect_right(doc.tokens, post.end - 1, key=lambda t: t.start)
    words = doc.tokens[first:last]
    lemmas = tuple(w.lemma(t) for t in words)
    if lemmas in HEADS_OF_STATE:
        return _Post(HOME_STATE, ("президент",), False)
    for k in range(len(words) - 1, 0, -1):  # the longest name of a country before the post's words
        link = canonical([split_hyphen(t.norm)[0] for t in words[:k]], "GPE")[1]
        if link and len(link) == 2:
            return _Post(link, lemmas[k:], True)
    return _Post(None, lemmas, False)


def _same_post(later: _Post, introduced: _Post) -> bool:
    """A post named later is the introduced one: the same words, and its country unsaid (Президент), the same, or the
    head of state's for a president introduced with none (Президент Қасым-Жомарт Тоқаев ... Мемлекет басшысы; not
    Президент Эммануэль Макрон ... Қазақстан Президенті: another country's)."""
    return later.words == introduced.words and (
        later.country in (None, introduced.country) or introduced.country is None and not later.written)


def surname(person: Span) -> str:
    """A person's last name, past initials too (Қ.Тоқаев: Тоқаев)."""
    return INITIALS.split(person.canonical)[-1]
