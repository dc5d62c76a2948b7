"""The places a sentence names, as GPE mentions (the `Mention` every actor of the stance rules is): a country linked to
its ISO 3166-1 code, a city or region to its own ISO 3166-2 code or to none, never to its country's."""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache
from typing import NamedTuple

from taldau.doc import Token
from taldau.ner import gazetteer
from taldau.ner.waters import SETTLEMENT_HEADS
from taldau.stances import words as w

MAX_PLACE_WORDS = 5
COUNTRY_HEADS = frozenset({"ел", "мемлекет"})  # bare or after бұл: the country spoken of; with "our", Kazakhstan
PLACE_LABELS = frozenset({"GPE", "LOCATION"})  # the recogniser's labels of places
ADMIN_HEADS = SETTLEMENT_HEADS | {"өңір", "өлке", "штат", "провинция"}  # Шымкент қаласы, Техас штаты: a place's kind


class Mention(NamedTuple):
    first: int  # token range [first, last) in the sentence
    last: int
    label: str  # GPE, ORGANISATION, PERSON, ACTOR (descriptive), ANAPHOR (ол, бұл ел)
    canonical: str
    link: str | None
    country: bool = False  # the mention names a country itself: its link is the actor
    opener: bool = False  # a phrase whose first word is a bare actor noun of its own (Қор | ауыл кәсіпкерлеріне)


def find_places(tokens: Sequence[Token]) -> list[Mention]:
    """The places named in `tokens`, in order, each as a GPE mention: a country linked to its ISO 3166-1 code and
    marked as one (Америка Құрама Штаттарымен -> US), a city or region to its own ISO 3166-2 code or to none (never to
    its country's); the longest gazetteer name wins at each word."""
    found: list[Mention] = []
    narrated = _narrated(tokens)
    i = 0
    while i < len(tokens):
        if narrated and _our_country(tokens[i]):  # еліміз, мемлекетіміздің: "our country", the writer's: Kazakhstan
            found.append(Mention(i, i + 1, "GPE", _home().name, _home().code, True))
            i += 1
            continue
        size = _place_at(tokens, i)
        if size:
            _, place = _place(tuple(t.norm for t in tokens[i : i + size]))
            country = place.kind == "country"
            link = place.code if country or "-" in place.code else None
            found.append(Mention(i, i + size, "GPE", place.name, link, country))
            i += size
        else:
            i += 1
    return found


def with_head(tokens: Sequence[Token], place: Mention) -> Mention:
    """A city or region with the possessed noun that says what it is (Шымкент қаласы, Сарыағаш ауданы, Техас штаты):
    one mention, as the gazetteer's Павлодар облысы is, so that the place acts (Шымкент қаласы жобаны қолдайды) rather
    than modify the noun after it."""
    after = place.last
    if place.label != "GPE" or place.country or after >= len(tokens) or w.possessed(tokens[after - 1]) \
            or w.lemma(tokens[after]) not in ADMIN_HEADS or not w.possessed(tokens[after]):
        return place
    return place._replace(last=after + 1)


def _narrated(tokens: Sequence[Token]) -> bool:
    """The sentence is the writer's own words: no quotation marks, no деп, no source (Оның пікірінше, ...) and no verb
    of saying (... дайын екенін айтты), where "our country" would be the speaker's."""
    return not any(t.norm in w.OPENING_QUOTES or t.norm in w.CLOSING_QUOTES or t.norm.lower() == "деп"
                   or w.according(t) or w.lemma(t) in w.SAYING for t in tokens)


def _our_country(token: Token) -> bool:
    """A word for country with the possessive of the first person plural (еліміз, мемлекетімізге)."""
    return w.lemma(token) in COUNTRY_HEADS and "Person[psor]=1" in (token.feats or "")


@cache
def city_state(canonical: str) -> tuple[str, str] | None:
    """The country a foreign city stands for when it acts (Анкара, Дели ... Бұл ел: Turkey, India; mostly a capital,
    for its government), as its canonical name and ISO code; None for a country, a region or a city of Kazakhstan."""
    found = gazetteer.match(tuple(canonical.split())) if canonical else None
    if found is None or found[1].kind != "city" or found[1].code[:2] == _home().code:
        return None
    country = _countries().get(found[1].code[:2])
    return (country.name, country.code) if country else None


@cache
def _countries() -> dict[str, gazetteer.Place]:
    """Each country of the gazetteer by its ISO code."""
    return {p.code: p for p in gazetteer.places().values() if p.kind == "country"}


def _home():
    """Kazakhstan as the gazetteer names it: the country a Kazakh text's "our country" is."""
    return gazetteer.match(("Қазақстан",))[1]


def _place_at(tokens: Sequence[Token], i: int) -> int:
    """The number of words of the place name starting at token i, 0 for none."""
    first = tokens[i].norm
    if not first[:1].isupper():
        return 0
    longest = min(MAX_PLACE_WORDS, len(tokens) - i) if first in _first_words() else 1
    for size in range(longest, 0, -1):
        if _place(tuple(t.norm for t in tokens[i : i + size])):
            return size
    return 0


@lru_cache(maxsize=8192)
def _place(words: tuple[str, ...]):
    return gazetteer.match(words)


@cache
def _first_words() -> frozenset[str]:
    """First words of multi-word place names (Америка of Америка Құрама Штаттары)."""
    return frozenset(key[0] for key in gazetteer.places() if len(key) > 1)
