"""An actor's goal stated through its purpose, as official text states it:

    Орталық қызметінің мақсаты – жастардың кәсіби дағдыларын дамыту болып табылады   the centre's goal
    Қордың негізгі мақсаты ауыл кәсіпкерлерін қолдау саналады                     the fund's goal
    Орталықтың мақсаты мен міндеттері ретінде ... оқыту саналады                 its goals and tasks
    Қордың мақсаты – ауыл кәсіпкерлерін қолдау.                                   a dash, no copula
    Қордың негізгі мақсаты ауыл кәсіпкерлерін қолдау.                              nor a dash
    Бағдарламаның мақсаты ... болып табылады                                       a programme: no actor
    Өңірде су тапшылығын азайту агенттіктің мақсаты болып табылады                the goal first
    Қордың көздеген мақсаты – ...; Қордың көздегені – ...                          the goal it envisaged

The possessed мақсаты in the nominative after an actor in the genitive (or before қызметінің, "its activity's"),
then the goal phrase, closed by the copula табылады / саналады (passive of тап-, сана-), or after a dash, a goal
phrase that ends the sentence in a verbal noun. The actor must be one the lexicons know (documents, programmes and
events are not); the target is the goal phrase.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from taldau.doc import Token
from taldau.stances import words as w
from taldau.stances.lexicon import Lexicon
from taldau.stances.mentions import Mention
from taldau.stances.words import CLOSING_QUOTES

GOAL = "мақсат"
ENVISAGE = "көзде"  # Қордың көздеген мақсаты, көздегені: what the actor envisaged, its goal
ACTIVITY = frozenset({"қызмет"})  # Орталық қызметінің мақсаты: the goal of the actor's activity
HOLDERS = frozenset({"орталық"})  # actors here only, as the holder of a goal (not Қазақстанның қаржы орталығымен)
COPULAS = frozenset({"тап", "сана"})  # (болып) табылады, (болып) саналады: the passive of тап-, сана-
MAX_GOAL = 60  # tokens of the goal phrase looked through for its copula (official text lists much)
COMPANIONS = frozenset({"мен", "және", "міндет", "ретінде"})  # мақсаты мен міндеттері ретінде: its goals and tasks
SENTENCE_END = frozenset({".", ";", "!", "?"})


class Purpose(NamedTuple):
    actor: Mention
    predicate: tuple[int, int]  # мақсаты ... табылады, as a token range
    target: tuple[int, int]


def candidate(tokens: Sequence[Token]) -> bool:
    """A quick test on every sentence: a word starting as мақсат or көзде does."""
    return any(t.norm[:6].lower() == GOAL or t.norm[:5].lower() == ENVISAGE and w.lemma(t) == ENVISAGE for t in tokens)


def _goal_word(token: Token) -> bool:
    """мақсаты, or көздегені: the verbal noun of "envisage", possessed (what it envisaged)."""
    return w.lemma(token) == GOAL or w.lemma(token) == ENVISAGE and w.verbal_noun(token)


def find(tokens: Sequence[Token], mentions: Sequence[Mention], lexicon: Lexicon) -> list[Purpose]:
    found = []
    for i, token in enumerate(tokens):
        if not _goal_word(token) or w.case(token) != "Nom" or not w.possessed(token) \
                or w.feats(token).get("Person[psor]", "3") != "3":
            continue
        actor = _actor(tokens, i, mentions, lexicon)
        if actor is None:
            continue
        first = i + 1
        while first < len(tokens) and (w.lemma(tokens[first]) in COMPANIONS or tokens[first].norm in COMPANIONS):
            first += 1
        dashed = first < len(tokens) and tokens[first].norm in w.DASHES  # мақсаты – ...: no copula (not a comma: мақсаты, менің ойымша, ...)
        listed = first < len(tokens) and tokens[first].norm == "," and tokens[first - 1].norm.lower() == "ретінде"
        first += dashed or listed  # міндеттері ретінде, ...
        copula = _copula(tokens, first)
        fronted = _fronted_goal(tokens, actor.first) if copula is not None and copula - first <= 1 else None
        if fronted is not None:  # ... қамтамасыз ету мекемесінің мақсаты болып табылады: the goal stated first
            first, last, predicate = *fronted, (i, copula + 1)
        elif copula is not None:
            last, predicate = copula - int(w.lemma(tokens[copula - 1]) == "бол"), (i, copula + 1)  # ... болып табылады
        else:  # мақсаты – ...; or мақсаты ... орнату. with no punctuation after мақсаты (a comma: an aside)
            bare = first < len(tokens) and not w.punct(tokens[first])
            last, predicate = (_dashed_goal(tokens, first) if dashed or bare else None), (i, i + 1)
        if last is not None and first < last:
            found.append(Purpose(actor, predicate, (first, last)))
    return found


def _dashed_goal(tokens: Sequence[Token], start: int) -> int | None:
    """The end of a goal phrase after a dash that runs to the end of the sentence, ending in a verbal noun (Қордың
    мақсаты – ауыл кәсіпкерлерін қолдау.); None otherwise."""
    end = next((j for j in range(start, len(tokens)) if tokens[j].norm in SENTENCE_END), len(tokens))
    if end - start > MAX_GOAL or end == start or any(t.upos == "VERB" and w.verb_form(t) == "Fin" for t in tokens[start:end]):
        return None
    last = tokens[end - 1]
    return end if w.verbal_noun(last) and w.case(last) == "Nom" and not w.possessed(last) else None


def _fronted_goal(tokens: Sequence[Token], actor: int) -> tuple[int, int] | None:
    """The goal phrase before the actor, when мақсаты is followed by its copula alone (... жағдай жасау және
    облыстың дамуын қамтамасыз ету мекемесінің мақсаты болып табылады): from the sentence's start to a bare
    verbal noun right before the actor; None otherwise."""
    last = tokens[actor - 1] if actor > 0 else None
    if last is None or not w.verbal_noun(last) or w.case(last) != "Nom" or w.possessed(last):
        return None
    first = 0
    while first < actor - 1 and (w.punct(tokens[first]) or tokens[first].upos in ("CCONJ", "ADV")):
        first += 1
    return first, actor


def _copula(tokens: Sequence[Token], start: int) -> int | None:
    for j in range(start, min(len(tokens), start + MAX_GOAL)):
        token = tokens[j]
        if w.verb_form(token) == "Fin" and any(a.lemma.lower() in COPULAS and "Voice=Pass" in a.feats
                                               for a in token.analyses):  # саналады: санал-, also сана-л-
            return j
        if token.norm in SENTENCE_END or (token.upos == "VERB" and w.verb_form(token) == "Fin"):
            return None
    return None


def _actor(tokens: Sequence[Token], goal: int, mentions: Sequence[Mention], lexicon: Lexicon) -> Mention | None:
    """The actor ending before мақсаты (its adjectives skipped: негізгі, басты) or before қызметінің; a closing
    quote skipped too («Жамааттың» мақсаты: the genitive written inside the quotes)."""
    j = goal - 1
    while j >= 0 and (tokens[j].upos == "ADJ" and not _actor_word(tokens[j], lexicon) or _envisaged(tokens[j])):
        j -= 1
    if j > 0 and tokens[j].norm in CLOSING_QUOTES and w.case(tokens[j - 1]) == "Gen":
        j -= 1
    wanted: tuple[str | None, ...] = ("Gen",)
    if j >= 0 and w.lemma(tokens[j]) in ACTIVITY and w.case(tokens[j]) == "Gen":
        j -= 1
        wanted = ("Gen", "Nom", None)
    if j < 0 or w.case(tokens[j]) not in wanted:
        return None
    mention = next((m for m in mentions if m.last == j + 1 and m.label != "ANAPHOR"), None)
    if mention is None and (_actor_word(tokens[j], lexicon) or w.lemma(tokens[j]) in HOLDERS):
        # Орталық қызметінің, Орталықтың мақсаты: a centre, read as the adjective "central"
        mention = Mention(j, j + 1, "ACTOR", tokens[j].norm[: len(w.lemma(tokens[j]))], None)  # Орталықтың: Орталық
    return mention


def _envisaged(token: Token) -> bool:
    """көздеген before мақсаты: the goal the actor envisaged."""
    return w.lemma(token) == ENVISAGE and w.verb_form(token) == "Part"


def _actor_word(token: Token, lexicon: Lexicon) -> bool:
    return any(a.upos == "NOUN" and a.lemma.lower() in lexicon.actor_heads for a in token.analyses) \
        or w.lemma(token) in lexicon.actor_heads
