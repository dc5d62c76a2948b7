"""Actors named elsewhere than as a clause's subject, for predicates that say so in predicates.tsv:

    A мен B арасында ... меморандум жасалды        BETWEEN: the parties named before арасында, each an actor
    Бастама депутаттар тарапынан қолдау тапты       BY: the actor named before тарапынан ("on the side of"),
                                                    the target the clause's subject
    A мен B арасындағы ынтымақтастық нығайды        a cooperation noun whose parties are all named, before
    A мен B-ның ынтымақтастығы ...                    арасындағы or as its possessors: each party cooperates
                                                    with the others, whatever the clause says of it (`nominal`)
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from taldau.doc import Token
from taldau.morph import suffixes
from taldau.stances import words as w
from taldau.stances.arguments import Arguments
from taldau.stances.clauses import Found
from taldau.stances.mentions import Mention
from taldau.stances.mentions import case as mention_case
from taldau.stances.subjects import joined
from taldau.stances.targets import AREA_WORDS, POSTPOSITIONS, find_targets, parenthesised

COOPERATION_NOUNS = frozenset({"ынтымақтастық", "әріптестік", "серіктестік"})  # cooperation, partnership
COOPERATION_STEMS = tuple(noun[:-1] for noun in COOPERATION_NOUNS)  # their forms: ынтымақтасты-ғы, әріптесті-гі
MUTUAL = frozenset({"өзара", "екіжақты", "стратегиялық", "тығыз", "жан-жақты"})  # words between арасындағы and the noun
EVERY_FIELD = frozenset({"барлық", "түрлі", "әртүрлі", "әр", "көптеген", "сан"})  # барлық саладағы: in every field, none
MAX_QUALIFIERS = 3  # adjectives between арасындағы and the noun (өзара тиімді сауда-экономикалық ынтымақтастық)


def read(tokens: Sequence[Token], mentions: Sequence[Mention], found: Found) -> Arguments:
    """The arguments of a clause whose predicate names its actors apart from the subject (actor BETWEEN or BY)."""
    inside = [m for m in mentions if found.start <= m.first and m.last <= found.first]
    return (_between if found.predicate.actor == "BETWEEN" else _by)(tokens, inside, found)


def _between(tokens: Sequence[Token], inside: list[Mention], found: Found) -> Arguments:
    """An agreement made or signed between parties all named before арасында (A мен B арасында ... меморандум
    жасалды, ... меморандумға қол қою рәсімі өтті), passive or nominal: the parties are its actors, its target
    the matter (ынтымақтастық жөнінде); parties counted in one phrase are one actor (екі ел арасында); no actor when a
    party is not named (жұмыс берушілермен ... қол қойылды)."""
    for j in range(found.start, found.first):
        if tokens[j].norm.lower() in w.BETWEEN and inside:
            aside, end = parenthesised(tokens, found.start, j), j
            while end - 1 in aside:  # Еуразиялық Топ (ERG) | арасында: past the name's abbreviation
                end -= 1
            group = _named_before(tokens, inside, end)
            if len(group) >= 2 or len(group) == 1 and _counted(tokens[group[0].first]):
                return Arguments(group, find_targets(tokens, inside, found, j + 1), [])
    return Arguments([], [], [], overt=True)


def _counted(token: Token) -> bool:
    """A number of two or more opens the phrase: it names all the parties at once (екі ел арасында; not екінші ел)."""
    return token.upos == "NUM" and token.norm.lower() not in ("бір", "1") and "NumType=Ord" not in (token.feats or "")


def _by(tokens: Sequence[Token], inside: list[Mention], found: Found) -> Arguments:
    """Support found on the side of an actor (Бастама депутаттар тарапынан қолдау тапты) or from it (Жоба мемлекеттен
    қолдау тапты): the actors named before тарапынан or in the ablative, the target the nominative noun phrase that
    opens the clause before them, if any (... мұжаһидтерден қолдау тауып: the subject left out)."""
    for j in range(found.start, found.first + 1):
        by = tokens[j].norm.lower() in w.BY
        if not by and not (inside and inside[-1].last == j and mention_case(tokens, inside[-1]) == "Abl"):
            continue
        group = _named_before(tokens, inside, j)
        head = group[0].first - 1 if group else -1
        while head > found.start and (tokens[head].upos in ("DET", "NUM") or _bare_before(tokens, head)
                                      or tokens[head].upos == "PRON" and w.case(tokens[head]) == "Gen"):
            head -= 1  # бастамасы көптеген (көпшілік) кәсіпкерлер тарапынан: a quantifier of the actor, not the target;
            # бастама біздің көршілеріміз тарапынан: the actor's possessor
        if head > found.start and w.verb_form(tokens[head]) == "Part":  # саясаты ... демократияға сенген халқынан:
            head = next((k for k in range(head - 1, found.start - 1, -1)  # a relative clause describes the actor
                         if tokens[k].upos in ("NOUN", "PROPN") and w.case(tokens[k]) == "Nom"
                         and (w.possessed(tokens[k]) or w.case(tokens[k + 1]) not in ("Nom", None))), head)
        group += _sides_after(tokens, inside, j)
        if head >= found.start and tokens[head].upos in ("NOUN", "PROPN") and w.case(tokens[head]) == "Nom":
            return Arguments(group, [(found.start, head + 1)], [])
        if not by and group and head < found.start:
            return Arguments(group, [], [])
    return Arguments([], [], [], overt=True)


def _sides_after(tokens: Sequence[Token], inside: list[Mention], j: int) -> list[Mention]:
    """X тарапынан, сондай-ақ Y-дан: the sides listed right after the first one, each joined to the one before by a
    comma, a coordinator or сондай-ақ, in the ablative or before тарапынан (not Қытайдан әкелінген жабдықпен: a place
    things come from)."""
    sides, end = [], j + 1
    for m in (m for m in inside if m.first > j and m.label != "ANAPHOR"):
        between = [t.norm.lower() for t in tokens[end : m.first]]
        if not between or any(x not in suffixes.coordinators() and x not in w.ALSO for x in between):
            break
        by = m.last < len(tokens) and tokens[m.last].norm.lower() in w.BY
        if not by and mention_case(tokens, m) != "Abl":
            break
        sides.append(m)
        end = m.last + by
    return sides


def _bare_before(tokens: Sequence[Token], i: int) -> bool:
    """A bare noun between a possessed noun that ends a phrase and the actor belongs to the actor (көпшілік елдер)."""
    return tokens[i].upos == "NOUN" and w.case(tokens[i]) == "Nom" and not w.possessed(tokens[i]) \
        and w.possessed(tokens[i - 1]) and w.case(tokens[i - 1]) == "Nom"


def _before_place(tokens: Sequence[Token], noun: int) -> int:
    """Where a partner in the instrumental that is no actor begins, a region or continent (ЕО-ның Орталық Азиямен
    ынтымақтастығы: the Union still cooperates), its capitalised words back; `noun` without one."""
    k = noun - 1
    if k < 0 or w.case(tokens[k]) != "Ins" or not tokens[k].norm[:1].isupper():
        return noun
    while k > 0 and tokens[k - 1].norm[:1].isupper() and w.case(tokens[k - 1]) in ("Nom", None):
        k -= 1
    return k


def _named_before(tokens: Sequence[Token], inside: list[Mention], j: int) -> list[Mention]:
    """The mentions ending right before token j, with those coordinated to them (A мен B арасында)."""
    named = [m for m in inside if m.last <= j and m.label != "ANAPHOR"]
    if not named or named[-1].last != j:
        return []
    k = len(named) - 1
    while k > 0 and joined(tokens, named[k - 1], named[k]):
        k -= 1
    return named[k:]


def nominal_candidate(tokens: Sequence[Token]) -> bool:
    """A quick test on every sentence: has it a cooperation noun?"""
    return any(_cooperation_noun(t) for t in tokens)


def _cooperation_noun(token: Token) -> bool:
    """A form of a cooperation noun, by its lemma or, where the lemma missed, by its stem (ынтымақтасты-ғы)."""
    return w.lemma(token) in COOPERATION_NOUNS or token.norm.lower().startswith(COOPERATION_STEMS)


class Nominal(NamedTuple):
    parties: list[Mention]  # two or more
    noun: int  # the cooperation noun's index
    negated: bool  # ынтымақтастығы жоқ: there is none
    field: tuple[int, int] | None  # the tokens of the field it is in (энергетика саласындағы), the target


def nominal(tokens: Sequence[Token], mentions: Sequence[Mention]) -> list[Nominal]:
    """Cooperation named as a noun between parties all named (A мен B арасындағы ынтымақтастық, A мен B-ның
    ынтымақтастығы, A-ның B-мен ынтымақтастығы), the noun in the nominative, what its clause speaks of; not one
    party's (Қазақстанның ынтымақтастығы: with whom is not said), nor the complement of a postposition (... арасындағы
    ынтымақтастық туралы кітап: a book about it)."""
    found = []
    for i, token in enumerate(tokens):
        following = tokens[i + 1].norm.lower() if i + 1 < len(tokens) else ""
        if not _cooperation_noun(token) or w.case(token) not in ("Nom", None) or following in POSTPOSITIONS:
            continue  # (not ... арасындағы әріптестіктің дамуының символы: a noun inside another phrase)
        j, field = i, i
        while j > 0 and i - j < MAX_QUALIFIERS and (tokens[j - 1].norm.lower() in MUTUAL or tokens[j - 1].upos == "ADJ"):
            j -= 1  # өзара, сауда-экономикалық, тығыз ынтымақтастық
        if j > 0 and tokens[j - 1].norm.lower() == "арасындағы":
            group = _named_before(tokens, mentions, j - 1)
        elif w.possessed(token) and j == i:  # A мен B-ның ынтымақтастығы; A-ның B-мен ынтымақтастығы
            field = _past_field(tokens, i)
            group = _possessors(tokens, mentions, field)
        else:
            group = []
        if len(group) >= 2 or len(group) == 1 and (_counted(tokens[group[0].first])  # екі елдің ынтымақтастығы
                                                   or _before_place(tokens, field) < field):  # ЕО-ның Орталық Азиямен
            named = field < i and tokens[field].norm.lower() not in EVERY_FIELD
            found.append(Nominal(group, i, following in w.NEGATORS, (field, i) if named else None))
    return found


def _past_field(tokens: Sequence[Token], noun: int) -> int:
    """Where the possessors of a cooperation noun end, past the field named between them (A мен B-ның энергетика
    саласындағы, ауыл шаруашылығы саласындағы, білім беру саласындағы ынтымақтастығы): a field word made a modifier by
    -дағы, with the nominatives before it; not a time or a place (соңғы жылдардағы, Астанадағы)."""
    if noun == 0 or not w.attributive(tokens[noun - 1]) or w.lemma(tokens[noun - 1]) not in AREA_WORDS:
        return noun
    k = noun - 1
    while k > 0 and (tokens[k - 1].upos in ("NOUN", "ADJ", "DET", "NUM") or w.verb_form(tokens[k - 1]) == "Ger") \
            and w.case(tokens[k - 1]) in ("Nom", None):
        k -= 1
    return k


def _possessors(tokens: Sequence[Token], mentions: Sequence[Mention], noun: int) -> list[Mention]:
    """The parties of a possessed cooperation noun: its possessors in the genitive (A мен B-ның), and a partner in
    the instrumental after them (A-ның B-мен); [] without a possessor (Қазақстанмен ынтымақтастығы: whose is not said)."""
    group = _named_before(tokens, mentions, noun)
    partner = group if len(group) == 1 and w.case(tokens[group[0].last - 1]) == "Ins" else []
    holders = _named_before(tokens, mentions, partner[0].first) if partner \
        else group or _named_before(tokens, mentions, _before_place(tokens, noun))
    if not holders or w.case(tokens[holders[-1].last - 1]) != "Gen":
        return []
    return [*holders, *partner]
