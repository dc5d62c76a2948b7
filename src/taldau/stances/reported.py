"""Reported clauses: a stance told by a speaker, whose own subject may not be the speaker.

    Министр Қазақстан бұл бастаманы қолдайтынын айтты     the reported clause's subject, nearer its predicate
    ... үкімет қолдайды деп мәлімдеді                       quoted by деп
    ... бұл шешімнің инвестицияларды тежейтінін             its subject in the genitive
    Үндістан премьер-министрі ... өз елінің ... ынтымақтасып отырғанын атап өтті   his own country: India
"""
from __future__ import annotations

from collections.abc import Sequence

from taldau.doc import Token
from taldau.stances import words as w
from taldau.stances.clauses import Found
from taldau.stances.mentions import COUNTRY_HEADS, Mention, find_places


def reports(tokens: Sequence[Token], found: Found) -> bool:
    """The clause is reported by a verb of saying: its predicate ends in a possessed verbal form in the accusative
    (қолдайтынын, дайын екенін айтты)."""
    return any(w.possessed(t) and t.upos in ("VERB", "AUX") and w.case(t) in ("Acc", None)
               for t in tokens[found.last : found.end])


def own_country(tokens: Sequence[Token], floor: int, before: int) -> tuple[int, list[Mention]] | None:
    """өз елінің (his own country's) as a reported clause's subject, and as its actor the first country named in the
    nominative before it, the speaker's (Үндістан премьер-министрі ... өз елінің ... ынтымақтасып отырғанын атап өтті:
    India; none when no country is named); None without өз елінің."""
    for i in range(max(floor, 1), before):
        if tokens[i - 1].norm.lower() == "өз" and w.lemma(tokens[i]) in COUNTRY_HEADS and w.case(tokens[i]) == "Gen":
            country = next((p for p in find_places(tokens[: i - 1]) if p.country and w.case(tokens[p.last - 1]) == "Nom"),
                           None)
            return i, [Mention(i - 1, i + 1, "GPE", country.canonical, country.link, True)] if country else []
    return None


def quoted(tokens: Sequence[Token], end: int) -> bool:
    """The clause is quoted by деп (... қолдайды деп мәлімдеді)."""
    return end < len(tokens) and tokens[end].norm.lower() == "деп"


def genitive_subject(tokens: Sequence[Token], floor: int, before: int) -> int | None:
    """бұл шешімнің инвестицияларды тежейтінін: the genitive subject of a reported clause, not a
    possessor (Қазақстанның бастамасын)."""
    for i in range(floor, before):
        if w.case(tokens[i]) == "Gen" and i + 1 < len(tokens) and not w.possessed(tokens[i + 1]) \
                and not any(t.upos == "NOUN" and w.possessed(t) for t in tokens[i + 2 : before]):
            return i  # (not Президенттің ... бағытталған тапсырмаларын: the possessor of a noun further on)
    return None
