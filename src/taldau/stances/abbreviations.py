"""Capital abbreviations as actors where the entity recogniser left them: ERG, ЕҚДБ (a company or an organisation)."""
from __future__ import annotations

from collections.abc import Sequence

from taldau.doc import Token
from taldau.morph import abbreviation
from taldau.stances import words as w
from taldau.stances.places import Mention

ROMAN_DIGITS = frozenset("IVX")  # XXI ғасыр, II кезең, III тоқсан: numbers, no abbreviation


def find(tokens: Sequence[Token]) -> list[Mention]:
    """A capital abbreviation the recogniser left, standing alone, Latin (ERG өз кезегінде ... мүдделі) or Cyrillic
    and unknown to the lexicon (ЕҚДБ жобаны қолдайды; not ЖІӨ, ҚҚС, the terms it knows): in Kazakh text it names a
    company or an organisation; not one before a noun it modifies (IT саласы), a unit after a number (100 USD) nor
    a Roman numeral (III, IV тоқсандарда: quarters, centuries, stages)."""
    return [Mention(i, i + 1, "ORGANISATION", t.norm, None) for i, t in enumerate(tokens)
            if 2 <= len(t.norm) <= 8 and t.norm.isalpha() and t.norm.isupper()
            and (t.norm.isascii() or _acronym(t)) and not set(t.norm) <= ROMAN_DIGITS
            and not (i > 0 and tokens[i - 1].upos == "NUM")
            and not (i + 1 < len(tokens) and modifies(tokens[i + 1]))]


def _acronym(token: Token) -> bool:
    """taldau.morph's one reading of a capital abbreviation it lacks (ЕҚДБ), not a guess at a shouted word (ОФЛАЙН)."""
    return len(token.analyses) == 1 and token.analyses[0].guessed and abbreviation(token.analyses[0])


def modifies(following: Token) -> bool:
    """The abbreviation before `following` is no actor of its own: it modifies it, or is its object or legal form."""
    return _modified(following) or _object_or_form(following)


def _object_or_form(token: Token) -> bool:
    """A verbal noun the abbreviation is the bare object of (ЖЭО салуды, ҰБТ өткізуді), or a quoted name it is the
    legal form of (ОАО «Газпром», ТОО «Алтын»)."""
    return w.feats(token).get("VerbForm") in ("Ger", "Inf") or token.text in ("«", '"', "“", "'")


def _modified(token: Token) -> bool:
    """A noun a bare word before it may modify: in the nominative or possessed (IT саласы, IT мамандарын), not
    another case's object (ЕҚДБ жобаны: the abbreviation is the subject)."""
    return token.upos in ("NOUN", "PROPN") and (w.case(token) == "Nom" or w.possessed(token))
