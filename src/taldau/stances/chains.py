"""Predicates a chain of verbs makes: the intentional future of a third person (салмақ: a plan), the desiderative
with кел- (салғысы келеді: a wish), and a stance verb's verbal noun that жалғастыр- carries on (қолдауды жалғастырады)."""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from taldau.doc import Token
from taldau.stances import words as w
from taldau.stances.lexicon import Predicate

NOT_INTENTIONAL = frozenset({"демек", "айтпақшы", "тұрмақ"})  # "that is", "by the way", "let alone": particles
NOT_PLANNED = frozenset({"бол"})  # кездесу болмақ: the copula's future says what will happen, not who plans it
# an effect or a rise forecast (шығынды азайтуға ықпал етпек, ғимарат бой көтермек): what will happen, no plan
FORECASTS = frozenset({("ықпал", "ет"), ("әсер", "ет"), ("септігін", "тигіз"), ("бой", "көтер")})
CONTINUING = frozenset({"жалғастыр"})  # verbs that go on with the act of their verbal-noun object
CLAUSE_ENDS = frozenset({".", "!", "?", ",", ";"})  # punctuation a finite verb stands before
ONWARD = frozenset({"әрі", "ары", "қарай"})  # (қолдауды) әрі қарай (жалғастырады): from here on
Table = Mapping[str, tuple[Predicate, ...]]


def intentional(tokens: Sequence[Token], i: int, table: Table) -> tuple[Predicate, int] | None:
    # салмақ, ашпақ: the intentional future of a third person states a plan (not Қармақшы, a name); салмақпыз, the
    # first person's, a speaker's plan (`clauses.find` keeps it where a speaker is known)
    token = tokens[i]
    if ("INTENT" in w.glosses(token) or _intending(tokens, i)) and token.norm[:1].islower() and w.person(token) in ("1", "3") \
            and token.norm.lower() not in NOT_INTENTIONAL and w.lemma(token) not in NOT_PLANNED and "+INTENT" in table \
            and not (i > 0 and (tokens[i - 1].norm.lower(), w.lemma(token)) in FORECASTS) \
            and not (i + 1 < len(tokens) and w.lemma(tokens[i + 1]) == "ниет"):  # жұмсамақ ниетте: the noun's complement
        return table["+INTENT"][0], i
    return None


def _intending(tokens: Sequence[Token], i: int) -> bool:
    """An intentional future though the word was chosen as a noun (салмақ, weight; бармақ, thumb), another of its
    readings the verb's: before бол- (салмақ болып отыр: intends to), or ending its clause after a complement in an
    oblique case (Бішкекке сапармен бармақ: a verb's argument, which no bare noun takes; not Оның бармағы), or after a
    bare object with a place named before it (Сарыағашта орталық салмақ: builds a centre there, not "central weight")."""
    if not any(a.upos == "VERB" and "Mood=Des" in a.feats and "Tense=Fut" in a.feats for a in tokens[i].analyses[1:]):
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if after is not None and w.lemma(after) == "бол":
        return True
    ends = after is None or after.norm in CLAUSE_ENDS
    return ends and i > 0 and (w.case(tokens[i - 1]) in ("Dat", "Ins", "Acc")  # (not негізінен, жағынан қалмақ)
                               or _bare_object(tokens, i - 1) and any(w.case(t) == "Loc" for t in tokens[: i - 1]))


def _bare_object(tokens: Sequence[Token], i: int) -> bool:
    """A noun in the nominative, no possessive, that can be a verb's indefinite object (орталық, мектеп)."""
    return any(a.upos == "NOUN" for a in tokens[i].analyses) and w.case(tokens[i]) in ("Nom", None) \
        and not w.possessed(tokens[i])


def wisher(token: Token) -> str | None:
    """The person of a desiderative's possessive ending (кеңейткісі: 3, жеткізгіміз: 1), None for another form."""
    glosses = w.glosses(token)
    return next((g[len("DES.P")] for g in glosses if g.startswith("DES.P")), None)


def desiderative(tokens: Sequence[Token], i: int, table: Table) -> tuple[Predicate, int] | None:
    # кеңейткісі келеді: the desiderative with кел- (by any of its readings: келетінін chosen as ке-)
    # (көргім келді, жеткізгіміз келеді: the speaker's own wish, read where a speaker is known)
    if wisher(tokens[i]) is not None and i + 1 < len(tokens) and "кел" in w.keys(tokens[i + 1]) \
            and "+DES" in table:
        return table["+DES"][0], i + 1
    return None


def continued(tokens: Sequence[Token], match: tuple[Predicate, int]) -> tuple[Predicate, int]:
    """A stance verb's verbal noun as the object of a verb that goes on with it ends at that verb (фермерлерді
    қолдауды жалғастырады: keeps supporting the farmers, a support); not its intentional future, a plan to go on
    (ынтымақтасуды жалғастырмақ: a goal, the chain its target)."""
    predicate, last = match
    k = last + 1
    while k < min(len(tokens), last + 3) and (tokens[k].upos == "ADV" or tokens[k].norm.lower() in ONWARD):
        k += 1
    if k == len(tokens) or w.case(tokens[last]) != "Acc" or not w.verbal_noun(tokens[last]) \
            or w.lemma(tokens[k]) not in CONTINUING or "INTENT" in w.glosses(tokens[k]):
        return match
    return predicate, k
