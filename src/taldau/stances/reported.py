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
from taldau.stances.mentions import case as mention_case

OBLIQUE = frozenset({"Dat", "Loc", "Abl", "Ins"})


def reports(tokens: Sequence[Token], found: Found) -> bool:
    """The clause is reported by a verb of saying: its predicate ends in a possessed verbal form in the accusative
    (қолдайтынын, дайын екенін айтты)."""
    return any(w.possessed(t) and t.upos in ("VERB", "AUX") and w.case(t) in ("Acc", None)
               for t in tokens[found.last : found.end])


def nominalised(tokens: Sequence[Token], found: Found) -> bool:
    """The clause is made a noun in the nominative, the subject of what follows: its predicate ends in a possessed
    verbal form (X-тың ән жазбақ екені белгілі болды; Қазақстанның бұл бастаманы қолдайтыны анық), whose own subject is
    in the genitive."""
    return any(w.possessed(t) and t.upos in ("VERB", "AUX") and w.case(t) == "Nom"
               for t in tokens[found.last : found.end])


def own_country(tokens: Sequence[Token], speakers: Sequence[Mention], floor: int,
                before: int) -> tuple[int, list[Mention]] | None:
    """өз елінің (his own country's) as a reported clause's subject, and as its actor the country of the speaker: the
    nearest in the nominative before өз of `speakers`, the clause's subjects (carried over a converb's comma) and
    mentions (Германия канцлері ... өз елінің ... қолдайтынын айтты: Germany, whatever country the sentence named
    first; none when the speaker names no country: Министр өз елінің ...); None without өз елінің."""
    for i in range(max(floor, 1), before):
        if tokens[i - 1].norm.lower() == "өз" and w.lemma(tokens[i]) in COUNTRY_HEADS and w.case(tokens[i]) == "Gen":
            speaker = max((m for m in speakers if m.last < i and mention_case(tokens, m) == "Nom"), key=lambda m: m.last,
                          default=None)
            country = _country_of(tokens, speaker) if speaker else None
            return i, [Mention(i - 1, i + 1, "GPE", country.canonical, country.link, True)] if country else []
    return None


def _country_of(tokens: Sequence[Token], mention: Mention) -> Mention | None:
    """The country a mention is or names among its words (Германия; Германия канцлері: Germany), the one in the
    genitive first, right before the mention too (Кореяның Қазақстандағы елшісі: Korea's, not where he serves)."""
    if mention.country:
        return mention
    first = mention.first - 1 if mention.first and w.case(tokens[mention.first - 1]) == "Gen" else mention.first
    countries = [p for p in find_places(tokens[first : mention.last]) if p.country]
    genitive = [p for p in countries if w.case(tokens[first + p.last - 1]) == "Gen"]
    return (genitive or countries or [None])[0]


def quoted(tokens: Sequence[Token], end: int) -> bool:
    """The clause is quoted by деп or a finite де- (... қолдайды деп мәлімдеді; ... қолдау көрсетіп жатыр деді)."""
    return end < len(tokens) and (tokens[end].norm.lower() == "деп"
                                  or w.lemma(tokens[end]) == "де" and w.verb_form(tokens[end]) == "Fin")


def genitive_subject(tokens: Sequence[Token], floor: int, before: int) -> int | None:
    """бұл шешімнің инвестицияларды тежейтінін: the genitive subject of a reported clause, not a
    possessor (Қазақстанның бастамасын)."""
    for i in range(floor, before):
        if w.case(tokens[i]) == "Gen" and i + 1 < len(tokens) and not w.possessed(tokens[i + 1]) \
                and not _possessor(tokens, i, before):
            return i
    return None


def _possessor(tokens: Sequence[Token], genitive: int, before: int) -> bool:
    """The genitive possesses a noun further on (Президенттің экономикаға бағытталған тапсырмаларын), unless a noun in an
    oblique case stands between with no participle, attributive or verbal noun that takes it inside the phrase (2030
    жылға дейінгі бағдарламасын, өңірлерге қолдау бағдарламасын), an argument of the clause's verb (Қазақстанның
    Грузиямен ... тариф саясатын ... келісіп жатқанын: Kazakhstan agrees with Georgia)."""
    def owned(k: int) -> bool:
        between = tokens[genitive + 1 : k]
        return any(w.verb_form(u) in ("Part", "Ger") or w.may_be_attributive(u) for u in between) \
            or not any(w.case(u) in OBLIQUE and u.upos in ("NOUN", "PROPN") for u in between) \
            or w.verb_form(tokens[k]) == "Ger"  # Украинаның НАТО-ға кіруіне: the verbal noun's own subject and object

    return any((tokens[k].upos == "NOUN" or w.verb_form(tokens[k]) == "Ger") and w.possessed(tokens[k]) and owned(k)
               and not any(a.upos == "ADP" for a in tokens[k].analyses)  # (жөнінде: a postposition, no head)
               for k in range(genitive + 2, before))
