"""Decisions that change what a quantity is from the words after it, applied after the grammars: a counted noun its
unit (10 миллион адам), an ablative before бастап or асқан a lower bound, a dative before a verb of falling short, a
date not to be passed, or қарай an upper bound, -дай/-дей about, дейін before a verb of change no bound. Each takes the
draft, the tokens and the match's token span and returns the draft, changed or not (`context.decide` runs them).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from taldau.doc import Token
from taldau.morph import NEGATORS, analyze
from taldau.morph.suffixes import split_stem
from taldau.numbers import lexicon as lx
from taldau.numbers import units as u
from taldau.numbers.parts import ABLATIVE, DATIVE, Draft

AMOUNTS = frozenset({"cardinal", "percent", "money", "quantity"})  # kinds of a value that changes
REACHED_UNTIL = frozenset({"дейін", "шейін"})  # before a verb (not дейінгі, before a noun: a cap)


def counted(draft: Draft, tokens: Sequence[Token], start: int, end: int) -> Draft:
    """10 миллион адам: the number stays a cardinal (as in KazNERD) and the noun becomes its unit."""
    if draft.kind != "cardinal" or draft.unit or end >= len(tokens):
        return draft
    found = split_stem(tokens[end].norm.lower(), u.COUNTED)
    return replace(draft, unit=u.COUNTED[found[0]]) if found else draft


def starting(draft: Draft, tokens: Sequence[Token], start: int, end: int) -> Draft:
    """2020 жылдан бастап, сағат 10-нан бастап: a lower bound; KazNERD leaves бастап out of the span."""
    if draft.bound or end >= len(tokens) or tokens[end].norm.lower() != "бастап":
        return draft
    return replace(draft, bound="min") if tokens[end - 1].norm.lower().endswith(ABLATIVE) else draft


def exceeding(draft: Draft, tokens: Sequence[Token], start: int, end: int) -> Draft:
    """180 мың адамнан асады, 5 тоннадан асқан: more than the amount, a lower bound; the ablative is on the amount or
    on its counted noun (the unit `counted` found), and the verb stays out of the span."""
    if draft.bound or draft.kind in ("date", "time") or end >= len(tokens):
        return draft
    last = end - 1
    if draft.unit and not tokens[last].norm.lower().endswith(ABLATIVE) and split_stem(tokens[end].norm.lower(), u.COUNTED):
        last = end  # адамнан: the counted noun after the number bears the ablative
    exceeds = tokens[last].norm.lower().endswith(ABLATIVE) and _exceeds(tokens, last + 1)
    return replace(draft, bound="min") if exceeds else draft


def _exceeds(tokens: Sequence[Token], i: int) -> bool:
    """The word at i is ас- "exceed" (асады, асқан, асып) as taldau.morph reads it first, not negated (аспады, асқан
    жоқ: did not exceed) and of no first or second person (астық: grain, or we exceeded)."""
    if i >= len(tokens):
        return False
    reading = analyze(tokens[i].norm.lower())[0]
    if reading.lemma != "ас" or reading.upos != "VERB" or any(f in reading.feats for f in ("Polarity=Neg", "Person=1", "Person=2")):
        return False
    return not (i + 1 < len(tokens) and tokens[i + 1].norm.lower() in NEGATORS)


def similative(draft: Draft, tokens: Sequence[Token], start: int, end: int) -> Draft:
    """3 сағаттай, 5 күндей "about 3 hours, 5 days": the similative on a duration's unit makes it approximate, as on a
    currency's (100 теңгедей) or a number's (жүздей)."""
    if draft.approx or draft.kind != "duration" or not tokens[end - 1].norm.isalpha():
        return draft
    reading = analyze(tokens[end - 1].norm.lower())[:1]
    return replace(draft, approx=True) if reading and reading[0].morphemes[-1][1] == "EQU" else draft


def reached(draft: Draft, tokens: Sequence[Token], start: int, end: int) -> Draft:
    """60 млрд долларға дейін өсті, 454 теңгеге дейін төмендеді: "дейін" before a verb of change (`CHANGE_VERBS`) told as
    done, or before a fall in any form, marks the value reached, no upper bound (300 мың теңгеге дейін бөлінді, 200
    АЕК-ке дейін жетеді, 100 мың теңгеге дейін жететін, дейінгі несиелер and rises foretold stay caps); for an amount only:
    a date or a time is when the change went on (қаңтардан наурызға дейін баға өсті)."""
    if draft.bound != "max" or draft.kind not in AMOUNTS or tokens[end - 1].norm.lower() not in REACHED_UNTIL:
        return draft
    by = draft.kind == "percent" and not any(  # a share lowered by, unless the share it starts from is named
        "Case=Abl" in a.feats for t in tokens[max(0, start - 4) : start] for a in analyze(t.norm.lower())[:1])
    for token in tokens[end : end + 1 + lx.CHANGE_GAP]:
        reading = analyze(token.norm.lower())[:1]
        if reading and reading[0].upos == "VERB" and reading[0].lemma in lx.CHANGE_VERBS \
                and _told(reading[0].lemma, reading[0].feats, by):
            return replace(draft, bound=None)
    return draft


def _told(lemma: str, feats: str, by: bool) -> bool:
    """A change told as done (өсті), or a fall told, foretold or aimed at (15 пайызға дейін төмендеді, 5 пайызға дейін
    төмендейді, 12 пайыздан 8 пайызға дейін төмендетуге мүдделі, бағаны 900 теңгеге дейін түсіру: the level it falls
    to, which no "up to" fits), but a share an agent lowers by, `by` (бағаны 50 пайызға дейін түсіреді: by up to 50 %,
    no share it starts from named); a rise
    foretold or aimed at keeps its "up to" (35 градусқа дейін көтеріледі, 50 пайызға дейін арттыру), as a forecast or a
    target mostly means."""
    done = "Tense=Past" in feats and "VerbForm=Fin" in feats
    return done or lemma in lx.FALLING_VERBS and not (by and lemma in lx.LOWERING_VERBS)


def short_of(draft: Draft, tokens: Sequence[Token], start: int, end: int) -> Draft:
    """30 жасқа толмаған, елуге жетпейтін, 1 жасқа да толмаған: an amount or an age in the dative before a negated
    тол-, жет- ("not reaching") is an upper bound (the verb stays out of the span, as KazNERD has it)."""
    if draft.bound or draft.kind not in AMOUNTS | {"duration"} or not tokens[end - 1].norm.lower().endswith(DATIVE):
        return draft
    i = end + (end < len(tokens) and tokens[end].norm.lower() in lx.PARTICLES)  # жасқа да толмаған
    reading = analyze(tokens[i].norm.lower())[0] if i < len(tokens) else None
    short = reading and reading.upos == "VERB" and reading.lemma in lx.SHORT_OF_VERBS and "Polarity=Neg" in reading.feats
    return replace(draft, bound="max") if short else draft


def not_later(draft: Draft, tokens: Sequence[Token], start: int, end: int) -> Draft:
    """айдың 10-күнінен кешіктірмей, 1 наурыздан кешіктірілмейтін: a date in the ablative before a negated кешіктір-
    "delay" is the latest one allowed, an upper bound (the verb stays out of the span)."""
    if draft.bound or draft.kind != "date" or end >= len(tokens) or not tokens[end - 1].norm.lower().endswith(ABLATIVE):
        return draft
    reading = analyze(tokens[end].norm.lower())[:1]
    late = reading and reading[0].lemma in lx.DELAY_VERBS and "Polarity=Neg" in reading[0].feats
    return replace(draft, bound="max") if late else draft


def towards(draft: Draft, tokens: Sequence[Token], start: int, end: int) -> Draft:
    """2027 жылға қарай, наурызға қарай "by 2027, by March": a date in the dative before қарай is a deadline, an upper
    bound as with дейін; KazNERD leaves қарай out of the span (21 of 21 in train + dev), as бастап. Not a part of a
    period (жыл соңына қарай "towards the year's end"), only drawn near."""
    if draft.bound or draft.kind != "date" or draft.qualifier or end >= len(tokens) \
            or tokens[end].norm.lower() != lx.TOWARDS:
        return draft
    return replace(draft, bound="max") if tokens[end - 1].norm.lower().endswith(DATIVE) else draft


RELABEL = (counted, starting, exceeding, short_of, similative, reached, not_later, towards)
