"""Canonical names: the entity without its case ending, and an ISO 3166 link for places.

`Ресейдің` -> Ресей (RU), `Америка Құрама Штаттарымен` -> Америка Құрама Штаттары (US),
`АҚШ-тың` -> АҚШ (US). Only the last word of a name inflects. Places come from the gazetteer, bodies named by
abbreviations from `bodies` (`БҰҰ-ның` -> Біріккен Ұлттар Ұйымы);
otherwise the case morphemes of a dictionary reading from `taldau.morph` are cut off (not the
lemma, which also drops plural and possessive: Штаттарымен -> штат); without one, the lexicon
and then phonotactic rules choose among the forms `endings.place_forms` proposes.
"""
from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache

from taldau.cache import WORDS
from taldau.morph.suffixes import CASE_GLOSSES as CASES
from taldau.morph.suffixes import CASES as UD_CASES
from taldau.morph.suffixes import case_forms, only_locative
from taldau.ner import bodies, gazetteer
from taldau.ner.endings import place_forms, split_hyphen

NUMERIC = frozenset({"CARDINAL", "ORDINAL", "DATE", "TIME", "MONEY", "PERCENTAGE", "QUANTITY"})
LINKED = frozenset({"GPE"})
CASE_GLOSSES = CASES | {"ATTR", "EQU", "SIM"}  # cut from a name's last word with its case
SPELLING = 0.75  # how alike two spellings of one place are, by difflib's ratio (Әзербайжан, Әзірбайжан: 0.9)
# A country's state bodies: the government, parliament and its chambers, ministries, the presidential administration
STATE_BODIES = ("үкімет", "парламент", "сенат", "мәжіліс", "конгресс", "министрлі", "әкімшілі")


def canonical(
    words: Sequence[str], label: str, morphemes: Sequence[tuple[str, str]] = (), own_ending: bool = False
) -> tuple[str | None, str | None]:
    """(canonical name, ISO code or None); (None, None) for numeric classes, valued elsewhere.

    `morphemes`: (surface, gloss) pairs of the last word's dictionary reading, when there is one.
    `own_ending`: the name's ending is its own: it stands alone between quotes, «Әл-Кайда» ұйымы
    (Әл-Кай|да would be a locative), or modifies a possessed noun, Шарын шатқалы (Шар|ы|н an accusative).
    """
    if label in NUMERIC or not words:
        return None, None
    if label in LINKED:
        found = gazetteer.match(tuple(words))
        if found:
            form, place = found
            return (_spelled(form, place.name) if place.kind == "country" else place.name), place.code
    if label == "CONTACT":  # info@stat.gov.kz-ке, 123-45-67-ге: the address or number without its ending
        return " ".join([*words[:-1], split_hyphen(words[-1])[0]]), None
    if label == "ORGANISATION" and (name := bodies.canonical(tuple(words))):
        return name, None  # БҰҰ-ның, Біріккен Ұлттар Ұйымының -> Біріккен Ұлттар Ұйымы
    link = _state_of(words) if label == "ORGANISATION" else None
    if own_ending:
        return " ".join(words), link
    place = label != "PERSON"  # a person's name is hardly ever in the locative: Антониу Кошта, Радж Гупта
    last = _without_case_morphemes(words[-1], morphemes, place) if morphemes else _bare(words[-1], place)
    return " ".join([*words[:-1], last]), link


def _spelled(form: Sequence[str], name: str) -> str:
    """The gazetteer's name for another spelling of a country's (Әзербайжан, Азербайжан -> Әзірбайжан), so that a place
    has one canonical name; another name (АҚШ, Америка for Америка Құрама Штаттары) stays as written. A city or region
    is always its gazetteer name (Пекин -> Бейжің, ШҚО -> Шығыс Қазақстан облысы), as the actor it is."""
    return _respelled(" ".join(form), name)


@lru_cache(maxsize=WORDS)  # every mention of a place asks; a text names few places, often
def _respelled(written: str, name: str) -> str:
    if written == gazetteer.spaced(name):  # Коста Рика -> Коста-Рика
        return name
    words = written.split()
    same = len(words) == len(name.split()) and not any(word.isupper() for word in words) \
        and SequenceMatcher(None, written.lower(), name.lower()).ratio() >= SPELLING
    return name if same else written


def _state_of(words: Sequence[str]) -> str | None:
    """Қазақстан Үкіметі, Ресей Федерациясының Сыртқы істер министрлігі: a body of a country's state (`STATE_BODIES`)
    named after the country carries the country's code, as the actor it is; None for other bodies."""
    if len(words) < 2 or not words[-1].lower().startswith(STATE_BODIES):
        return None
    for n in range(min(len(words) - 1, gazetteer.MAX_WORDS), 0, -1):
        found = gazetteer.match(tuple(words[:n]))
        if found and found[1].kind == "country":
            return found[1].code
    return None


def _without_case_morphemes(word: str, morphemes: Sequence[tuple[str, str]], locative: bool = True) -> str:
    """Ұйымының + (Ұйым STEM)(ы PX3)(ның GEN) -> Ұйымы; АҚШ-тың -> АҚШ; a final locative only with `locative`
    (Гупта is a person's name whole)."""
    if not locative and morphemes[-1][1] == UD_CASES["loc"]:
        return word
    tail = ""
    for surface, gloss in reversed(morphemes):
        if gloss not in CASE_GLOSSES:
            break
        tail = surface + tail
    if not tail or not word.lower().endswith(tail.lower()) or len(tail) >= len(word):
        return word
    return word[: -len(tail)].rstrip("-")


def _bare(word: str, locative: bool = True) -> str:
    """The last word without its case ending, by rules; a locative one only with `locative` (Кошта: no Кош|та)."""
    forms = place_forms(word, gazetteer.place_words())
    if split_hyphen(word)[1]:
        return forms[0]
    if not locative:
        forms = [forms[0], *(f for f in forms[1:] if not only_locative(f, word[len(f):].lower()))]
    lexicon = gazetteer.lexicon()
    for form in forms:
        if form.lower() in lexicon:
            return form
    for form in forms[1:]:
        if _plausible(form, word[len(form):].lower(), locative):
            return form
    return word


def _plausible(stem: str, ending: str, locative: bool = True) -> bool:
    """Vowel harmony and consonant assimilation agree: Ұйымы|ның yes, Айдан|а no (taldau.morph decides)."""
    return ending in case_forms(stem, locative)
