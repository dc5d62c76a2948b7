"""Contextual disambiguation: each word's readings reordered so the one its context calls for comes first.

    >>> disambiguate(["Ол", "қызыл", "алма", "алды", "."])[2][0].upos   # an apple, not "don't take"
    'NOUN'

A linear ranker (`taldau.tagger.ranker`, trained by `tools.tagger.train` on UD Kazakh-KTB and the
hand-disambiguated Apertium texts) scores every reading taldau.morph gives a word, lemma, UPOS and
features together, in the context of its neighbours; the best one moves to the front and the others keep
their order behind it. No reading is ever added or dropped.
"""
from __future__ import annotations

from collections.abc import Sequence

from taldau.doc import Analysis
from taldau.morph import NOMINALISING, postposition_fits

__all__ = ["disambiguate", "promote"]


def promote(readings: Sequence[Analysis], k: int) -> tuple[Analysis, ...]:
    """`readings` with the k-th first, the others in their old order."""
    return tuple(readings) if k == 0 else (readings[k], *readings[:k], *readings[k + 1:])


def stray_postpositions(readings: Sequence[Sequence[Analysis]]) -> list[tuple[Analysis, ...]]:
    """The words' readings (first chosen), where a postposition stands after a word in no case it governs with its
    adverb twin put first (Үкімет бұрын қолдаған: formerly; соғыстан бұрын: before the war): `morph.postposition_fits`."""
    out = [tuple(r) for r in readings]
    for i, r in enumerate(out):
        if r and r[0].upos == "ADP" and not postposition_fits(r[0], out[i - 1] if i else ()):
            k = next((k for k, a in enumerate(r) if a.upos == "ADV" and a.lemma == r[0].lemma), 0)
            out[i] = promote(r, k)
    return out


def gerunds_before_postpositions(sentence: Sequence[Sequence[Analysis]]) -> list[tuple[Analysis, ...]]:
    """One sentence's readings (first chosen), where a participle stands before a postposition that takes a verbal
    noun (`morph.NOMINALISING`: шыққан соң, after it came out; өскен сайын, the more it grows) with its verbal noun
    in the nominative first: the postposition's complement is a noun (UD KTB: VerbForm=Ger, Case=Nom)."""
    out = [tuple(r) for r in sentence]
    for i, r in enumerate(out[:-1]):
        if not r or r[0].upos not in ("VERB", "AUX") or not any(
                a.upos == "ADP" and a.lemma in NOMINALISING for a in out[i + 1]):
            continue
        want = _tense_and_voice(r[0].feats) | {"VerbForm=Ger", "Case=Nom"}  # біткен соң: not "it has ended"
        k = next((k for k, a in enumerate(r) if (a.lemma, a.upos) == (r[0].lemma, r[0].upos)
                  and _tense_and_voice(a.feats) | {"VerbForm=Ger", "Case=Nom"} == set(a.feats.split("|")) == want), 0)
        out[i] = promote(r, k)
    return out


def _tense_and_voice(feats: str) -> set[str]:
    """The items of a verb's FEATS that its participle, finite form and verbal noun share (the -ған of біткен)."""
    return {f for f in feats.split("|") if f.startswith(("Tense=", "Voice=", "Polarity=", "Aspect="))}


_QUOTES = frozenset('«»"“”„‘’()')  # punctuation inside a clause: «Үмітсіз» кредиттер


def _polite_copula(reading: Analysis) -> bool:
    """A noun or adjective read with the copula of the polite "you": тілсіз as тіл + сіз, "you are a tongue"."""
    return reading.upos in ("NOUN", "PROPN", "ADJ") and "Polite=Form" in reading.feats


def polite_copulas(sentence: Sequence[Sequence[Analysis]]) -> list[tuple[Analysis, ...]]:
    """One sentence's readings (first chosen), where a word that may be a noun with the copula of the polite "you"
    (тілсіз: тіл + сіз, "you are a tongue") is read so only as a predicate: not at the end of a clause (a word
    other than a particle follows before punctuation), its adjective in -сыз/-сіз goes first (тілсіз жаулар,
    tongueless foes); at the end of one, beside another polite "you", the copula does (Сіз мұғалімсіз, ал мен...:
    you are a teacher). The ranker has seen almost no such copula (KTB has none); the privative adjective is common."""
    out = [tuple(r) for r in sentence]
    polite = [i for i, r in enumerate(out) if r and "Polite=Form" in r[0].feats]
    if not polite:
        return out
    for i, r in enumerate(out):
        copula = next((k for k, a in enumerate(r) if _polite_copula(a)), None)
        if copula is None:
            continue
        after = next((a[0].upos for a in out[i + 1:] if a and a[0].upos != "PART" and a[0].lemma not in _QUOTES),
                     "PUNCT")
        if after == "PUNCT" and any(j != i for j in polite):
            out[i] = promote(r, copula)
        elif copula == 0 and after != "PUNCT":
            word = "".join(surface for surface, _ in r[0].morphemes).lower()
            k = next((k for k, a in enumerate(r) if a.upos == "ADJ" and not a.feats and a.lemma.lower() == word), 0)
            out[i] = promote(r, k)
    return out


def disambiguate(words: Sequence[str]) -> list[tuple[Analysis, ...]]:
    """The readings of each word of one sentence, reordered by context."""
    from taldau.morph import analyze_many
    from taldau.tagger.component import Tagger

    readings = analyze_many(words)
    best = Tagger().ranker.choose(list(zip(words, readings)))
    chosen = stray_postpositions([promote(r, k) for r, k in zip(readings, best)])
    return gerunds_before_postpositions(polite_copulas(chosen))
