"""Kazakh inflection as rules: suffix slots with templates (see `phonology`), glosses and UD features.

A chain is a tuple of `Suffix`es attached in order to a stem. `noun_chains()`, `verb_chains()`,
`posture_chains()` and `adverb_chains()` enumerate every chain of a paradigm; `endings` realises
them for each sound class of the stem. A `variant` suffix is a colloquial form (көрем for
көремін): analysis reads it, generation never writes it.
Feature conventions follow UD Kazakh-KTB: a bare noun is Case=Nom, 3rd-person possessive is
Number[psor]=Plur,Sing, the -ып converb is read both as Conv and as Inf (before an auxiliary).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True, slots=True)
class Suffix:
    template: str
    gloss: str
    feats: str = ""
    variant: bool = False  # read, never generated: colloquial, or features of a commoner form


def _s(template: str, gloss: str, feats: str = "", variant: bool = False) -> Suffix:
    return Suffix(template, gloss, feats, variant)


# --- nominal slots -------------------------------------------------------------------------------
PLURAL = _s("LAр", "PL", "Number=Plur")

POSSESSIVE = (
    _s("Yм", "PX1SG", "Number[psor]=Sing|Person[psor]=1"),  # балам, үйім
    _s("Yң", "PX2SG", "Number[psor]=Sing|Person[psor]=2"),  # балаң, үйің
    _s("YңIз", "PX2SG.FORM", "Number[psor]=Sing|Person[psor]=2|Polite=Form"),  # балаңыз
    _s("YмIз", "PX1PL", "Number[psor]=Plur|Person[psor]=1"),  # баламыз, үйіміз
    _s("SI", "PX3", "Number[psor]=Plur,Sing|Person[psor]=3"),  # баласы, үйі
)

CASES = (  # after a bare stem, PX1PL or PX2SG.FORM
    _s("", "NOM", "Case=Nom"),
    _s("NIң", "GEN", "Case=Gen"),  # баланың, адамның, жердің, мектептің
    _s("GA", "DAT", "Case=Dat"),  # балаға, мектепке
    _s("TI", "ACC", "Case=Acc"),  # баланы, адамды, мектепті
    _s("DA", "LOC", "Case=Loc"),  # балада, мектепте
    _s("BAн", "ABL", "Case=Abl"),  # баладан, адамнан, мектептен
    _s("Mен", "INS", "Case=Ins"),  # баламен, қызбен, мектеппен
)
DATIVE_AFTER_PX12 = _s("A", "DAT", "Case=Dat")  # балама, балаңа
CASES_AFTER_PX3 = (  # the pronominal н of the 3rd person: баласының, баласына, баласын
    _s("", "NOM", "Case=Nom"),
    _s("NIң", "GEN", "Case=Gen"),
    _s("нA", "DAT", "Case=Dat"),
    _s("н", "ACC", "Case=Acc"),
    _s("нDA", "LOC", "Case=Loc"),
    _s("нAн", "ABL", "Case=Abl"),
    _s("Mен", "INS", "Case=Ins"),
)
ATTRIBUTIVE = _s("GI", "ATTR")  # -дағы/-дегі after the locative: өңірдегі
EQUATIVE = _s("DAй", "EQU")  # -дай/-дей: баладай
EQUATIVE_AFTER_PX3 = _s("нDAй", "EQU")
SIMILATIVE = _s("шA", "SIM")  # after a possessive: ойымша (in my opinion), өзінше
SIMILATIVE_AFTER_PX3 = _s("ншA", "SIM")

PREDICATIVE = (  # person endings on a nominal predicate: студентпін, баламыз
    _s("MIн", "P1SG", "Number=Sing|Person=1"),
    _s("сIң", "P2SG", "Number=Sing|Person=2"),
    _s("сIз", "P2SG.FORM", "Number=Sing|Person=2|Polite=Form"),
    _s("PIз", "P1PL", "Number=Plur|Person=1"),
    _s("сIңдAр", "P2PL", "Number=Plur|Person=2"),
    _s("сIздAр", "P2PL.FORM", "Number=Plur|Person=2|Polite=Form"),
)


def _cases_after(possessive: Suffix | None) -> tuple[Suffix, ...]:
    if possessive is not None and possessive.gloss == "PX3":
        return CASES_AFTER_PX3
    if possessive is not None and possessive.gloss in ("PX1SG", "PX2SG"):
        return tuple(DATIVE_AFTER_PX12 if c.gloss == "DAT" else c for c in CASES)
    return CASES


@cache
def noun_chains(predicative: bool = True) -> tuple[tuple[Suffix, ...], ...]:
    """Number x possessive x case, then -дағы, -дай, -ша and predicative person endings."""
    chains = []
    for number in ((), (PLURAL,)):
        for poss in (None, *POSSESSIVE):
            head = number + ((poss,) if poss else ())
            for case in _cases_after(poss):
                chains.append(head + (case,))
                if case.gloss == "LOC":
                    chains.append(head + (case, ATTRIBUTIVE))
                if case.gloss == "NOM" and predicative and poss is None:
                    chains.extend(head + (case, p) for p in PREDICATIVE)
            chains.append(head + (EQUATIVE_AFTER_PX3 if poss and poss.gloss == "PX3" else EQUATIVE,))
            if poss:
                chains.append(head + (SIMILATIVE_AFTER_PX3 if poss.gloss == "PX3" else SIMILATIVE,))
    return tuple(chains)


# --- verbal slots --------------------------------------------------------------------------------
NEGATION = _s("PA", "NEG", "Polarity=Neg")

# person endings of the past in -ды and the conditional (type 1)
PERSON_SHORT = (
    _s("", "P3", "Number=Sing|Person=3"),
    _s("м", "P1SG", "Number=Sing|Person=1"),
    _s("ң", "P2SG", "Number=Sing|Person=2"),
    _s("ңIз", "P2SG.FORM", "Number=Sing|Person=2|Polite=Form"),
    _s("Q", "P1PL", "Number=Plur|Person=1"),
    _s("ңдAр", "P2PL", "Number=Plur|Person=2"),
    _s("ңIздAр", "P2PL.FORM", "Number=Plur|Person=2|Polite=Form"),
    _s("лAр", "P3PL", "Number=Plur|Person=3"),
)
# person endings of the present, future and perfect (type 2), those of a nominal predicate; the 3rd
# person is set per tense
PERSON_LONG = PREDICATIVE
P1PL_AFTER_NASAL = _s("MIз", "P1PL", "Number=Plur|Person=1", variant=True)  # алғанмыз for алғанбыз
PERSON_PRESENT = PERSON_LONG + (_s("м", "P1SG", "Number=Sing|Person=1", variant=True),)  # көрем, алмайм
P3 = _s("", "P3", "Number=Sing|Person=3")
P3PL = _s("", "P3", "Number=Plur|Person=3")  # the 3rd person plural is usually unmarked: олар барды
IMPERATIVE = (
    _s("", "IMP.P2SG", "Mood=Imp|Number=Sing|Person=2|VerbForm=Fin"),  # бар, кел
    _s("YңIз", "IMP.P2SG.FORM", "Mood=Imp|Number=Sing|Person=2|Polite=Form|VerbForm=Fin"),  # барыңыз
    _s("YңдAр", "IMP.P2PL", "Mood=Imp|Number=Plur|Person=2|VerbForm=Fin"),  # барыңдар
    _s("YңIздAр", "IMP.P2PL.FORM", "Mood=Imp|Number=Plur|Person=2|Polite=Form|VerbForm=Fin"),
    _s("EйIн", "OPT.P1SG", "Mood=Opt|Number=Sing|Person=1|VerbForm=Fin"),  # барайын, қарайын
    _s("EйIQ", "OPT.P1PL", "Mood=Opt|Number=Plur|Person=1|VerbForm=Fin"),  # барайық
    _s("сIн", "OPT.P3", "Mood=Opt|Number=Sing|Person=3|VerbForm=Fin"),  # барсын
)
DESIDERATIVE = (  # -ғысы келеді: the verb part carries the possessor as its person
    _s("GIм", "DES.P1SG", "Mood=Des|Number=Sing|Person=1|VerbForm=Inf"),
    _s("GIң", "DES.P2SG", "Mood=Des|Number=Sing|Person=2|VerbForm=Inf"),
    _s("GIңIз", "DES.P2SG.FORM", "Mood=Des|Number=Sing|Person=2|Polite=Form|VerbForm=Inf"),
    _s("GIмIз", "DES.P1PL", "Mood=Des|Number=Plur|Person=1|VerbForm=Inf"),
    _s("GIсI", "DES.P3", "Mood=Des|Number=Sing|Person=3|VerbForm=Inf"),
)

FIN = "Mood=Ind|VerbForm=Fin"
# finite tenses: (suffix, its negative form or None for NEG + suffix, person set, 3rd person ending)
TENSES = (
    (_s("DI", "PST", f"{FIN}|Tense=Past"), None, PERSON_SHORT, None),  # барды, бардым
    (_s("J", "PRS", f"Aspect=Hab|{FIN}|Tense=Pres"), None, PERSON_PRESENT,
     _s("DI", "P3", "Number=Sing|Person=3")),  # барады
    (_s("GAн", "PRF", f"{FIN}|Tense=Past"), None, PERSON_LONG, P3),  # барған, барғанмын
    (_s("JтIн", "PST.HAB", f"{FIN}|Tense=Past"), None, PERSON_LONG, P3),  # баратынмын
    (_s("Eр", "FUT", f"{FIN}|Tense=Fut"), _s("PAс", "NEG.FUT", f"Polarity=Neg|{FIN}|Tense=Fut"), PERSON_LONG, P3),
    (_s("Yп", "EVID", f"Evident=Fh|{FIN}|Tense=Past"), None, PERSON_LONG, _s("тI", "P3", "Number=Sing|Person=3")),
    (_s("PAQ", "INTENT", "Mood=Des|Tense=Fut|VerbForm=Fin"), None, PERSON_LONG, P3),  # бермек
    (_s("PAQшI", "INTENT", "Mood=Des|Tense=Fut|VerbForm=Fin"), None, PERSON_LONG, P3),  # бермекші
    (_s("сA", "COND", "Mood=Cnd|VerbForm=Conv"), None, PERSON_SHORT, None),  # барса, барсам
)
# (suffix, its negative form: None for NEG + suffix, False when the suffix is itself negative; takes nominal endings)
NONFINITE = (
    (_s("Yп", "CONV.PRF", "Aspect=Perf|VerbForm=Conv"), _s("PAй", "NEG.CONV", "Aspect=Perf|Polarity=Neg|VerbForm=Conv"), False),
    (_s("Yп", "CONV.PRF", "Aspect=Perf|VerbForm=Inf"), _s("PAй", "NEG.CONV", "Aspect=Perf|Polarity=Neg|VerbForm=Inf"), False),
    (_s("J", "CONV.IMPF", "Aspect=Imp|VerbForm=Conv"), None, False),  # бара, оқи
    (_s("J", "CONV.IMPF", "Aspect=Imp|VerbForm=Inf"), None, False),
    (_s("GAлI", "CONV.SINCE", "VerbForm=Conv"), None, False),  # барғалы
    (_s("GAншA", "CONV.UNTIL", "VerbForm=Conv"), None, False),  # барғанша
    (_s("PAстAн", "NEG.CONV", "Polarity=Neg|VerbForm=Conv"), False, False),  # бармастан
    (_s("GAн", "PTCP.PST", "Tense=Past|VerbForm=Part"), None, False),  # барған (adjectival)
    (_s("JтIн", "PTCP.IMPF", "Aspect=Imp|VerbForm=Part"), None, False),  # баратын
    (_s("Eр", "PTCP.FUT", "Tense=Fut|VerbForm=Part"), _s("PAс", "NEG.PTCP.FUT", "Polarity=Neg|Tense=Fut|VerbForm=Part"), False),
    (_s("ушI", "PTCP.AGENT", "Mood=Pot|VerbForm=Part"), None, False),  # жетелеуші
    (_s("EрлIQ", "PTCP.POT", "Mood=Pot|Tense=Past|VerbForm=Part"), None, False),  # айтарлық
    (_s("GAн", "GER.PST", "Tense=Past|VerbForm=Ger"), None, True),  # барғанын
    (_s("JтIн", "GER.IMPF", "Aspect=Imp|VerbForm=Ger"), None, True),  # табылатынын
    (_s("PAс", "NEG.GER.FUT", "Polarity=Neg|Tense=Fut|VerbForm=Ger"), False, True),  # кетпесіне, болмасымды
    (_s("GAнDIQ", "GER.ABST", "VerbForm=Ger", variant=True), None, True),  # болғандықтан: бару's features
    (_s("JтIнDIQ", "GER.IMPF.ABST", "Aspect=Imp|VerbForm=Ger", variant=True), None, True),  # қолдайтындығын
    (_s("у", "GER", "VerbForm=Ger"), None, True),  # бару, баруға
)
PARTICIPLE_EQUATIVE = _s("DAй", "EQU")  # алмайтындай, айтарлықтай
# -майтын spoken without й (таппатын, алматынын): the habitual past, participle and gerund, read only
NEG_HABITUAL = (
    (_s("PAтIн", "NEG.PST.HAB", f"{FIN}|Polarity=Neg|Tense=Past", variant=True), "persons"),
    (_s("PAтIн", "NEG.PTCP.IMPF", "Aspect=Imp|Polarity=Neg|VerbForm=Part", variant=True), "bare"),
    (_s("PAтIн", "NEG.GER.IMPF", "Aspect=Imp|Polarity=Neg|VerbForm=Ger", variant=True), "nominal"),
)


@cache
def verb_chains() -> tuple[tuple[Suffix, ...], ...]:
    """Polarity x (tense x person | mood x person | non-finite form [x nominal endings])."""
    chains: list[tuple[Suffix, ...]] = []
    nominal = [c for c in noun_chains(predicative=False)]
    for neg in ((), (NEGATION,)):
        for tense, neg_form, persons, third in TENSES:
            head = (neg_form,) if neg and neg_form else neg + (tense,)
            for person in persons + ((P1PL_AFTER_NASAL,) if persons is not PERSON_SHORT else ()):
                chains.append(head + (person,))
            if third is not None:
                chains.append(head + (third,))
            chains.append(head + (_s((third or P3).template, "P3", P3PL.feats),))
        chains.extend(neg + (mood,) for mood in IMPERATIVE)
        if not neg:
            chains.extend((d,) for d in DESIDERATIVE)
        for form, neg_form, nominal_endings in NONFINITE:
            if neg_form is False and neg:
                continue
            head = (form,) if neg_form is False else (neg_form,) if neg and neg_form else neg + (form,)
            if nominal_endings:
                chains.extend(head + c for c in nominal)
            else:
                chains.append(head)
                if form.gloss.startswith("PTCP"):
                    chains.append(head + (PARTICIPLE_EQUATIVE,))
    for form, takes in NEG_HABITUAL:
        after = {"persons": [(p,) for p in (*PERSON_LONG, P1PL_AFTER_NASAL, P3)], "bare": [()], "nominal": nominal}
        chains.extend((form,) + tuple(c) for c in after[takes])
    return tuple(chains)


# --- the present of the posture verbs and -ғы adverbs ------------------------------------------------
POSTURE_PRESENT = _s("", "PRS", FIN + "|Tense=Pres")  # жатыр, отыр, тұр, жүр are the present themselves
# жатырмаймын: the present negated in the progressive (оқып жатырмаймын), as `generate` writes UniMorph's
# negative progressive; read only, the plain negative present being жатпаймын
POSTURE_NEGATIVE = _s("PAй", "NEG", "Polarity=Neg", variant=True)


@cache
def posture_chains() -> tuple[tuple[Suffix, ...], ...]:
    """отырмын, жатырсыңдар, тұрмыз: a posture verb's present stem takes the long person endings."""
    persons = (*PERSON_LONG, P3, _s("", "P3", P3PL.feats))
    return tuple(head + (p,) for head in ((POSTURE_PRESENT,), (POSTURE_PRESENT, POSTURE_NEGATIVE)) for p in persons)


@cache
def adverb_chains() -> tuple[tuple[Suffix, ...], ...]:
    """қазіргі, бүгінгі, биылғы: a time adverb + -ғы stays the adverb, Case=Nom as UD writes it."""
    attributive = _s("GI", "ATTR", "Case=Nom")
    return ((attributive,), (attributive, _s("DAй", "EQU")))
