"""бір, a number or not: "a" (бір қызық оқиға), "one of two" set against a second (бір жағынан ..., екінші жағынан),
"one ..., another ..." (бірі ..., бірі ...), a word of a fixed phrase (бір ауыздан): checks `context.decide` runs on a
match of бір, each taking the draft, the tokens and the match's token span."""
from __future__ import annotations

from collections.abc import Sequence

from taldau.doc import Analysis, Token
from taldau.morph import analyze
from taldau.morph.suffixes import split_stem
from taldau.numbers import lexicon as lx
from taldau.numbers import units as u
from taldau.numbers.parts import Draft
from taldau.numbers.words import read_word

_NEAR = 3  # words looked at on each side of бір for another number (and `_DISTRIBUTIVE` after it for a "second")
_COUNTING = frozenset({"digits", "zero", "unit", "ten", "hundred", "scale", "collective", "half"})
_DISTRIBUTIVE = 15  # tokens looked at on each side for the other half of бірі ..., бірі ...


def article(draft: Draft, tokens: Sequence[Token], start: int, end: int) -> bool:
    """бір as "a", not "one" (бір қызық оқиға, белгілі бір, сол бір күндер): a lone бір counts only with
    a sign of counting: тағы (да), тек (қана) before it; ғана, рет, мәрте, есе, емес, a counted noun
    (адам, бала) or a possessed noun (бір ерекшелігі "one of its features") after it, but a text or a speech where
    something was said (бір сұхбатында, `told_in`); or another number within `_NEAR` words (бір-екі, бір немесе екі,
    бір емес, екі рет), or a "second" after it (бір жағынан ..., екінші жағынан). After a demonstrative, белгілі,
    қандай да, тура, дәл it is an article all the same (сол бір адам)."""
    if end - start == 2 and tokens[start].norm.lower() in lx.EXACTLY:
        start += 1
    if end - start != 1 or tokens[start].norm.lower() not in lx.ONE:
        return False
    before = [t.norm.lower() for t in tokens[max(0, start - 2) : start]]
    before = [w for w in before if w not in lx.PARTICLES][-1:] or [""]  # тағы да бір, тек қана бір
    after = tokens[end].norm.lower() if end < len(tokens) else ""
    if after.startswith(lx.NOT_COUNT_AFTER):
        return True
    if before[0] in lx.COUNT_BEFORE or after.startswith(lx.COUNT_AFTER):
        return False
    if before[0] in lx.ARTICLE_BEFORE or _told_in_one(tokens, end):
        return True
    if split_stem(after, u.COUNTED) or end < len(tokens) and _partitive(tokens[end]):
        return False
    near = tokens[max(0, start - _NEAR) : start] + tokens[end : end + _NEAR]
    return not _second_after(tokens, end) and not any(_counts(t.norm) for t in near)


PRONOMINAL_SECOND = tuple(second + "сі" for second in lx.SECOND)  # екіншісі, екіншісіне: "the second one"


def _second_after(tokens: Sequence[Token], end: int) -> bool:
    """A "second" set against бір within `_DISTRIBUTIVE` words, before a full stop or a colon: one that repeats the word
    after бір (бір жағынан ..., екінші жағынан; бір зауыт ..., екінші зауыт) or stands alone (екіншісіне); not a second
    of something else (Бір жас келіншек ... екінші баласын)."""
    counted = _reading(tokens[end].norm) if end < len(tokens) else None
    for k in range(end, min(end + _DISTRIBUTIVE, len(tokens))):
        word = tokens[k].norm.lower()
        if word in (".", ":", "!", "?", ";"):
            return False
        if word.startswith(lx.SECOND):
            other = _reading(tokens[k + 1].norm) if k + 1 < len(tokens) else None
            return word.startswith(PRONOMINAL_SECOND) or counted is not None and other is not None and (
                other.lemma == counted.lemma or _oblique_noun(counted) and _case(other) == _case(counted))
    return False  # (бір жағына ..., екінші бетіне: two sides, nouns in one oblique case)


def _reading(word: str) -> Analysis | None:
    readings = analyze(word)
    return readings[0] if readings else None


def _case(reading: Analysis) -> str:
    return next((f for f in reading.feats.split("|") if f.startswith("Case=")), "")


def _oblique_noun(reading: Analysis) -> bool:
    return reading.upos == "NOUN" and _case(reading) not in ("", "Case=Nom")


def fixed_phrase(draft: Draft, tokens: Sequence[Token], start: int, end: int) -> bool:
    """бір жақты шешім, бір ауыздан қолдады, бір жола шешілді: бір is a word of a fixed phrase, no count; it stays a
    quantity `named` (not dropped as an article is) so that no recogniser adds a CARDINAL there either."""
    if end - start != 1 or end >= len(tokens) or tokens[start].norm.lower() not in lx.ONE:
        return False
    return tokens[end].norm.lower() in lx.FIXED_AFTER_ONE


def _told_in_one(tokens: Sequence[Token], end: int) -> bool:
    """бір before a text or a speech where something was said (бір сұхбатында, `told_in`), with no sign of counting
    after that noun (бір сұхбатында ғана "in only one", бір мақаласында ..., екіншісінде "in one ..., in the other")."""
    if end >= len(tokens) or not told_in(tokens[end].lemma, tokens[end].feats):
        return False
    after = tokens[end + 1].norm.lower() if end + 1 < len(tokens) else ""
    return not after.startswith(lx.COUNT_AFTER) and not _second_after(tokens, end)


def told_in(lemma: str, feats: str | None) -> bool:
    """A reading of a singular noun of a text or a speech (`lexicon.TOLD`) possessed in the locative: бір сұхбатында,
    бір мақаласында, where бір is "a" ("in an interview of his"), not "one of"."""
    feats = feats or ""
    return lemma in lx.TOLD and "Case=Loc" in feats and "Person[psor]=3" in feats and "Number=Plur" not in feats


def _partitive(token: Token) -> bool:
    """бір ерекшелігі, бір жолы, бір бөлігін: бір before a singular noun possessed by a third person is
    "one of its ...", a count (not бір кездері, plural). Read from the token's chosen reading when the
    morphology component ran before (the pipeline); without readings, no sign."""
    return token.upos == "NOUN" and "Person[psor]=3" in (token.feats or "") and "Number=Plur" not in token.feats


def _counts(text: str) -> bool:
    """A number other than бір: 2, екі, жүз, екеуі (бір beside бір is no contrast: бір-бір, бір ... бір)."""
    if text.lower() in lx.ONE or text.lower() in lx.NOT_NUMBERS:  # үшін "for" is no үш
        return False
    word = read_word(text)
    return word is not None and word.role in _COUNTING


def distributive(draft: Draft, tokens: Sequence[Token], start: int, end: int) -> bool:
    """Бірі кітап оқыса, бірі өлең жазады; бірі ..., басқалары ...: "one ..., another ..." names no count."""
    if end - start != 1 or tokens[start].norm.lower() not in lx.DISTRIBUTIVE:
        return False
    near = tokens[max(0, start - _DISTRIBUTIVE) : start] + tokens[end : end + _DISTRIBUTIVE]
    return any(t.norm.lower() in lx.DISTRIBUTIVE or t.norm.lower() in lx.OTHERS for t in near)
