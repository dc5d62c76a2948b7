"""Stances: who wants, plans, needs, supports or opposes what, read clause by clause.

    >>> [(r.actor.link, r.kind, r.target.text) for r in taldau.analyze("Жапония уран өндіруге мүдделі.").relations]
    [('JP', 'interest', 'уран өндіруге')]

Each clause whose predicate expresses a stance (predicates.tsv: мүдделі, көздейді, салмақ, қолдамайды,
қарсы емес...) gives a `taldau.doc.Relation` per actor and target: the actor (a country, an
organisation, a person, an actor phrase such as "Ресей үкіметі" linked to RU, or a descriptive one such
as "екі тарап"), the kind (interest, goal, need, cooperation, support, opposition), the target phrase,
the partners named with -мен / мен бірге, and flags for negation and for an actor carried over from an
earlier sentence. Arguments are read from a dependency parse when the tokens carry one, else by rules
over morphology (case, verbal nouns, clause ends). `actors(doc)` gathers a document's relations by actor.
"""
from __future__ import annotations

from taldau.stances.component import StanceReader
from taldau.stances.summary import Actor, actor_key, actors

__all__ = ["StanceReader", "Actor", "actor_key", "actors"]
