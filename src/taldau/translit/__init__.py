"""Kazakh Cyrillic <-> Latin transliteration: the 2021 alphabet by default, 2018 and 2017 too.

    >>> translit("Қазақстан Республикасы")
    'Qazaqstan Respublikasy'
    >>> translit("Qazaqstan Respublikasy", to="cyrillic")
    'Қазақстан Республикасы'

Cyrillic -> Latin is a letter table. Latin -> Cyrillic has to undo merged letters (i: и/й, h: х/һ)
and the spellings of ц ч щ ё ю я э ъ ь; it uses context rules and a word list compiled from
Apertium's lexicon (see `Policy`), written for 2021: 2018 and 2017 text is first spelt in 2021
letter by letter (ǵ -> ğ, sh -> ş, ı -> i). Digits, punctuation, URLs, e-mail addresses and
words in the other script pass through unchanged; line structure is kept.
"""
from __future__ import annotations

import re
import sys
import types

from taldau.translit.alphabets import ALPHABETS
from taldau.translit.policy import Policy

__all__ = ["ALPHABETS", "TARGETS", "Policy", "translit"]

TARGETS = ("latin", "cyrillic")

# Left as they are in either direction: https://kaz.gov.kz/бет, www.egov.kz, info@gov.kz, egov.kz
_VERBATIM = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:kz|қаз|com|org|net|ru|gov|edu|info|io|uk|de|fr|tr|cn)\b(?:/\S*)?"
)


def translit(text: str, to: str = "latin", alphabet: str = "2021", policy: Policy = Policy()) -> str:
    """Transliterate Kazakh `text` into Latin (`alphabet` 2021, 2018 or 2017) or back into Cyrillic."""
    alphabet = str(alphabet)
    if to not in TARGETS:
        raise ValueError(f"unknown target {to!r}; choose one of {', '.join(TARGETS)}")
    if alphabet not in ALPHABETS:
        raise ValueError(f"unknown alphabet {alphabet!r}; choose one of {', '.join(ALPHABETS)}")
    if not isinstance(policy, Policy):
        raise TypeError(f"policy must be a taldau.translit.Policy, got {type(policy).__name__}")
    if to == "latin":
        from taldau.translit.latin import to_latin

        def convert(part: str) -> str:
            return to_latin(part, alphabet, policy)
    else:
        from taldau.translit.cyrillic import from_earlier, to_cyrillic

        def convert(part: str) -> str:
            return to_cyrillic(part if alphabet == "2021" else from_earlier(part, alphabet), policy)

    parts, last = [], 0
    for m in _VERBATIM.finditer(text):
        parts += [convert(text[last : m.start()]), m.group()]
        last = m.end()
    parts.append(convert(text[last:]))
    return "".join(parts)


class _CallableModule(types.ModuleType):
    """`taldau.translit(text)` calls `translit` while `taldau.translit.latin` stays the submodule: a
    function of the package's own name in `taldau` would shadow the package."""

    def __call__(self, text: str, to: str = "latin", alphabet: str = "2021", policy: Policy = Policy()) -> str:
        return translit(text, to=to, alphabet=alphabet, policy=policy)


sys.modules[__name__].__class__ = _CallableModule
