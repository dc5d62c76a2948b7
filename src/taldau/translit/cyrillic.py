"""Latin (2021) -> Cyrillic: each word is read by the exception lexicon, then the context rules.

Words are read in lower case (Kazakh-aware: I -> ı, İ -> i) and their case is put back piece by
piece, so AQŞ -> АҚШ, Qazaqstan -> Қазақстан, QazMūnaiGaz -> ҚазМұнайГаз. A word with a
letter outside the 2021 alphabet (c without h, w, x, é, Cyrillic) is not Kazakh Latin and passes
through unchanged, as do digits, punctuation and brand-style words (iPhone, eGov).
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from taldau.cache import WORDS
from taldau.translit import alphabets, case, lexicon, rules
from taldau.translit.policy import Policy

_KAZAKH_LATIN = frozenset("abdefghijklmnopqrstuvyzäğıñöşūü")
_LETTERS = r"[^\W\d_]"

Piece = tuple[int, int, str, str]  # start, end (in the Latin word), Cyrillic, the deciding rule


@cache
def _word_pattern(marks: str) -> re.Pattern[str]:
    """Letters, plus the non-letters a policy spells with (Policy(soft="'") -> medal'), inside or
    after a word; hyphenated compounds as one match, so x-ray stays whole."""
    word = f"{_LETTERS}(?:{_LETTERS}|[{re.escape(marks)}])*" if marks else f"{_LETTERS}+"
    return re.compile(f"{word}(?:-{word})*")



@lru_cache(maxsize=WORDS)
def word_to_cyrillic(word: str, alphabet: str | None = None) -> str:
    """One Latin-script word or token in Cyrillic (URLs kept), for the stages that read Kazakh Latin; a word with a
    spelling only the 2018 or 2017 alphabet writes (tyń, shaǵyn; tyn', s'ag'yn) is read in that alphabet."""
    from taldau.translit import translit

    return translit(word, to="cyrillic", alphabet=alphabet or alphabets.earlier([word]) or "2021")


def read(word: str, table: dict[str, str], morphs: frozenset[str], overrides: dict[str, str]) -> list[Piece]:
    """Read a lowercase Latin word with an exception table (stem first), then the rules."""
    found = lexicon.find(word, table, morphs)
    start, before, pieces = 0, "", []
    if found:
        start, before = found
        pieces.append((0, start, before, "lexicon"))
    for end, cyr, rule in rules.apply(word, start, before, overrides):
        pieces.append((start, end, cyr, rule))
        start = end
    return pieces


def explain(word: str, policy: Policy = Policy()) -> list[Piece]:
    """How a lowercase Latin word is read: one (start, end, cyrillic, deciding rule) per piece."""
    if policy.lexicon:
        return read(word, lexicon.exceptions(), lexicon.suffixes(), policy.overrides("2021"))
    return read(word, {}, frozenset(), policy.overrides("2021"))


def _is_kazakh(word: str, lower: str, allowed: str) -> bool:
    # Microsoft, café, call-орталығы, iPhone stay as they are; c is Kazakh Latin only in ch
    if len(lower) != len(word) or (word[0] == lower[0] and word != lower):
        return False
    return all(c in _KAZAKH_LATIN or c in allowed for c in lower.replace("ch", ""))


def _recase(original: str, cyr: str) -> str:
    """Give `cyr` the case of the Latin piece it was read from."""
    if original == case.lower(original):
        return cyr
    if original == case.upper(original):
        return cyr.upper()
    if original[1:] == case.lower(original[1:]):
        return cyr[:1].upper() + cyr[1:]
    if len(original) == len(cyr):  # mixed case inside one lexicon piece
        return "".join(c.upper() if o != case.lower(o) else c for o, c in zip(original, cyr))
    return cyr


@lru_cache(maxsize=WORDS)
def _compound(compound: str, policy: Policy) -> str:
    allowed = "".join(policy.overrides("2021"))  # letters of non-default spellings, say ç
    words = compound.split("-")
    lowers = [case.lower(word) for word in words]
    kazakh = [_is_kazakh(word, lower, allowed) for word, lower in zip(words, lowers)]
    if not all(kazakh):
        if len(words) == 2 and kazakh[1] and not kazakh[0]:  # UNESCO-nyñ, iPhone-ğa: a foreign name, a Kazakh ending
            from taldau.segment.hyphens import is_ending

            ending = _spelled(words[1], lowers[1], policy)
            if is_ending(ending):
                return f"{words[0]}-{ending}"
        return compound
    return "-".join(_spelled(word, lower, policy) for word, lower in zip(words, lowers))


def _spelled(word: str, lower: str, policy: Policy) -> str:
    return "".join(_recase(word[start:end], cyr) for start, end, cyr, _ in explain(lower, policy))


def from_earlier(text: str, alphabet: str) -> str:
    """`text` of an earlier Latin alphabet (2018: Úkimeti, shaǵyn, bıznes) spelt in the 2021 one (Ükımetı, şağyn,
    biznes), letter by letter, each letter's case kept; 2018's capital I stands for І (і), as in 2021."""
    pattern, table = _earlier(alphabet)
    return pattern.sub(lambda m: table[m.group()], text)


@cache
def _earlier(alphabet: str) -> tuple[re.Pattern[str], dict[str, str]]:
    table: dict[str, str] = {}
    for old, new in alphabets.to_2021(alphabet).items():
        table |= {old: new, old.upper(): case.upper(new), old[:1].upper() + old[1:]: case.title(new)}
    table["I"] = "I"  # the capital of both і and и in 2018: і, the likelier
    return re.compile("|".join(map(re.escape, sorted(table, key=len, reverse=True)))), table


def to_cyrillic(text: str, policy: Policy) -> str:
    """Transliterate the Kazakh Latin words of `text`; everything else passes through unchanged."""
    marks = "".join(sorted({c for s in policy.overrides("2021") for c in s if not c.isalpha()}))
    return _word_pattern(marks).sub(lambda m: _compound(m.group(), policy), text)
