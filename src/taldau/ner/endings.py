"""A small rule set for Kazakh nominal endings, used where the morphology gives no lemma.

Two uses: a greedy `stem` so that inflected names share CRF features (Ресейдің, Ресейге, Ресеймен
-> ресей), and `strip_case`, the conservative candidates a canonical name is chosen from
(Штаттарымен -> Штаттары keeps plural and possessive, which belong to the name).
"""
from __future__ import annotations

from collections.abc import Container

from taldau.morph import suffixes
from taldau.morph.phonology import VOWELS

# Case endings with -дағы, -дай, -ша, longest first; then the layers a feature stem may also drop:
# plural (+ genitive or dative), -лық, the 3rd-person possessive. All from taldau.morph.
CASE = suffixes.case_endings()
DERIVATION = tuple(sorted(
    suffixes.surfaces("LAрNIң") | suffixes.surfaces("LAрGA") | suffixes.endings("PL")
    | {e for e in suffixes.endings("ABST") if len(e) == 3} | suffixes.endings("PX3"), key=lambda e: (-len(e), e)))
HYPHEN_ENDINGS = frozenset(CASE) | suffixes.endings("PX3") | suffixes.endings("DAT") | {"н"}
# Names that merely end like a case form: -стан (Қазақстан, Пәкістан), -да (Канада, Уганда).
KEEP = ("стан", "стен")
MIN_STEM = 3


def _by_length(group: tuple[str, ...]) -> tuple[tuple[int, frozenset[str]], ...]:
    """The endings of a group by length, longest first: at most one of each length ends a word."""
    sizes = sorted({len(e) for e in group}, reverse=True)
    return tuple((size, frozenset(e for e in group if len(e) == size)) for size in sizes)


LAYERS = (_by_length(CASE), _by_length(DERIVATION))


def split_hyphen(word: str) -> tuple[str, str]:
    """`АҚШ-тың` -> ("АҚШ", "-тың"); ("Нұр-Сұлтан", "") when the part after the hyphen is no ending."""
    head, sep, tail = word.rpartition("-")
    if sep and head and tail.lower() in HYPHEN_ENDINGS:
        return head, sep + tail
    return word, ""


def strip_case(word: str) -> list[str]:
    """Candidate bare forms, the word itself first, then with one case ending removed."""
    head, tail = split_hyphen(word)
    if tail:
        return [head]
    if word.lower().endswith(KEEP):
        return [word]
    return suffixes.strip_case(word, MIN_STEM)


def place_forms(word: str, places: Container[str]) -> list[str]:
    """`strip_case`'s candidates, and past a kept ending that may be a case (-стен) the stem that is a place's name:
    Ертістен -> Ертіс, not Бостен -> Бос."""
    forms = strip_case(word)
    if len(forms) == 1 and word.lower().endswith(KEEP):
        forms += [f for f in suffixes.strip_case(word, MIN_STEM)[1:] if f.lower() in places]
    return forms


def stem(word: str, known: frozenset[str] = frozenset()) -> str:
    """Lowercase stem for features: a case layer, then a possessive/plural/derivation layer.

    At each layer a candidate in `known` (bare forms from the lexicon) wins over the longest ending;
    a known word is not stripped further (алматы stays, алматыда -> алматы).
    """
    head, tail = split_hyphen(word)
    low = head.lower()
    if tail:
        return low
    for layer in LAYERS:
        if low in known or low.endswith(KEEP):
            break
        rests = [low[:-size] for size, same in layer if low[-size:] in same and _fits(low[:-size], low[-size:])]
        if rests:
            low = next((r for r in rests if r in known or r.endswith(KEEP)), rests[0])
    return low


def _fits(rest: str, ending: str) -> bool:
    """Possessive -сы/-сі follows a vowel (қаласы), -ы/-і a consonant (облысы)."""
    if len(rest) < MIN_STEM:
        return False
    if ending in ("сы", "сі"):  # but облыс|ы, not облы|сы
        return rest[-1] in VOWELS and rest[-1] not in "ыі"
    if ending in ("ы", "і"):
        return rest[-1] not in VOWELS
    return True
