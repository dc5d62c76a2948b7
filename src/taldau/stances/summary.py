"""A document's relations gathered by actor: what each actor wants, needs, supports or opposes.

Mentions of one actor merge by ISO link when they name a country itself (АҚШ, Америка, Америка
Құрама Штаттары -> US) and by canonical name otherwise (Ресей үкіметі is its own actor, linked to RU, and so
is Ресейдің үкіметі; Алматы is Алматы, not KZ).
"""
from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple

from taldau.doc import Doc, Relation, Span
from taldau.ner import gazetteer
from taldau.ner.canonical import canonical

KIND_ORDER = ("goal", "interest", "need", "cooperation", "support", "opposition")
MAX_PLACE_WORDS = 3  # words of a country's name that may open an actor phrase (Америка Құрама Штаттарының)


class Actor(NamedTuple):
    key: str  # ISO 3166-1 code for a country, else the lower-cased canonical name
    name: str
    link: str | None
    mentions: tuple[tuple[int, int], ...]  # (start, end) of each mention in Doc.text
    relations: tuple[Relation, ...]


def actor_key(span: Span) -> str:
    """US for АҚШ, Америка and Америка Құрама Штаттары; "ресей үкіметі" for Ресей үкіметі, Ресейдің үкіметі and Ресей
    Федерациясының үкіметі (a country opening a phrase, by any of its names, in the genitive or not, names one actor)."""
    name = span.canonical or span.text
    if not (span.link and len(span.link) == 2):  # no country (Алматы: KZ-75) or none at all
        return name.lower()
    words = name.split()
    if span.label == "GPE":
        place = gazetteer.places().get(tuple(words))
        if place is None or place.kind == "country":
            return span.link
    for k in range(min(len(words) - 1, MAX_PLACE_WORDS), 0, -1):  # АҚШ-тың, Америка Құрама Штаттарының
        form, link = canonical(words[:k], "GPE")
        place = gazetteer.places().get(tuple(form.split())) if form and link == span.link else None
        if place is not None and place.kind == "country":  # by the country's name: АҚШ and Америка alike
            return " ".join([place.name, *words[k:]]).lower()
    return name.lower()


def actors(doc: Doc) -> list[Actor]:
    """The actors of a document's relations, the most active first, each with all its mentions."""
    relations: dict[str, list[Relation]] = defaultdict(list)
    names: dict[str, Span] = {}
    for relation in doc.relations:
        key = actor_key(relation.actor)
        relations[key].append(relation)
        if key not in names or relation.actor.link and not names[key].link:
            names[key] = relation.actor  # the first mention, or the first linked (CNPC ... Қытайдың CNPC корпорациясы)
    mentions: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for relation in doc.relations:
        if not relation.implicit:
            mentions[actor_key(relation.actor)].add((relation.actor.start, relation.actor.end))
    for entity in doc.entities:
        key = actor_key(entity)
        if key in relations:
            mentions[key].add((entity.start, entity.end))
    out = [Actor(key, display_name(names[key]), names[key].link, _outermost(mentions[key]),
                 tuple(sorted(found, key=lambda r: (KIND_ORDER.index(r.kind), r.sentence))))
           for key, found in relations.items()]
    return sorted(out, key=lambda a: (-len(a.relations), -len(a.mentions), a.name))


def _outermost(spans: set[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """One mention per stretch of text: the entity inside an actor phrase is no second mention (Айдос Сарым in
    Мәжіліс депутаты Айдос Сарым, «Самұрық-Қазына» in «Самұрық-Қазына» әл-ауқат қоры)."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end))
    return tuple(kept)


def display_name(span: Span) -> str:
    """A country by its gazetteer name (АҚШ -> Америка Құрама Штаттары), anything else by its canonical name."""
    name = span.canonical or span.text
    if span.label == "GPE" and span.link and len(span.link) == 2:
        place = gazetteer.places().get(tuple(name.split()))
        return place.name if place else name
    return name


def stance_text(relation: Relation) -> str:
    """"goal: Алматыда зауыт салмақ", "support (not): бұл бастаманы", "cooperation: ... with Қазақстан"."""
    what = relation.target.text if relation.target else relation.predicate.text
    with_whom = f" with {', '.join(display_name(p) for p in relation.partners)}" if relation.partners else ""
    return f"{relation.kind}{' (not)' if relation.negated else ''}: {what}{with_whom}"


def as_record(actor: Actor, source: str | None = None) -> dict:
    """One JSON line of `taldau actors --format jsonl`."""
    record = {"source": source} if source is not None else {}
    return record | {
        "actor": actor.name, "key": actor.key, "link": actor.link,
        "mentions": [list(m) for m in actor.mentions],
        "stances": [{"kind": r.kind, "negated": r.negated, "implicit": r.implicit, "sentence": r.sentence,
                     "predicate": r.predicate.text, "lemma": r.predicate.canonical,
                     "target": r.target.text if r.target else None,
                     "partners": [display_name(p) for p in r.partners]} for r in actor.relations],
    }
