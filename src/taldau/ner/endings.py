"""A small rule set for Kazakh nominal endings, used where the morphology gives no lemma.

Two uses: a greedy `stem` so that inflected names share CRF features (Ресейдің, Ресейге, Ресеймен
-> ресей), and `strip_case`, the conservative candidates a canonical name is chosen from
(Штаттарымен -> Штаттары keeps plural and possessive, which belong to the name).
"""
from __future__ import annotations

# Case endings and the attributive -дағы, longest first within each group.
CASE = (
    # attributive locative: Ауғанстандағы, облысындағы
    "ндағы", "ндегі", "дағы", "дегі", "тағы", "тегі",
    # instrumental: Қазақстанмен, АҚШ-пен, менен is the full form
    "менен", "бенен", "пенен", "мен", "бен", "пен",
    # ablative: Ресейден, Қазақстаннан, облысынан
    "нан", "нен", "дан", "ден", "тан", "тен",
    # genitive: Ресейдің, Астананың, АҚШ-тың
    "ның", "нің", "дың", "дің", "тың", "тің",
    # locative: Ресейде, облысында, АҚШ-та
    "нда", "нде", "да", "де", "та", "те",
    # dative: Ресейге, Алматыға, АҚШ-қа, облысына
    "на", "не", "ға", "ге", "қа", "ке",
    # accusative: Ресейді, Астананы, АҚШ-ты
    "ны", "ні", "ды", "ді", "ты", "ті",
    # equative and similative: Қазақстанша, Ресейдей
    "ша", "ше", "дай", "дей", "тай", "тей",
)
# Further layers a feature stem may drop: possessive, plural, common derivations.
DERIVATION = (
    "лардың", "лердің",
    "ларға", "лерге", "дарға", "дерге", "тарға", "терге",
    "лар", "лер", "дар", "дер", "тар", "тер",
    "лық", "лік", "дық", "дік", "тық", "тік",
    "сы", "сі", "ы", "і",
)
HYPHEN_ENDINGS = frozenset(CASE) | {"ы", "і", "сы", "сі", "ға", "ге", "қа", "ке", "а", "е", "н"}
# Names that merely end like a case form: -стан (Қазақстан, Пәкістан), -да (Канада, Уганда).
KEEP = ("стан", "стен")
MIN_STEM = 3
VOWELS = frozenset("аәеёиоөуұүыіэюя")


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
    out = [word]
    low = word.lower()
    if low.endswith(KEEP):
        return out
    for ending in CASE:
        if low.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            out.append(word[: -len(ending)])
    # accusative -н after a possessive: Штаттарын -> Штаттары
    if low.endswith(("ын", "ін")) and len(word) > MIN_STEM + 1:
        out.append(word[:-1])
    return out


def stem(word: str, known: frozenset[str] = frozenset()) -> str:
    """Lowercase stem for features: a case layer, then a possessive/plural/derivation layer.

    At each layer a candidate in `known` (bare forms from the lexicon) wins over the longest ending;
    a known word is not stripped further (алматы stays, алматыда -> алматы).
    """
    head, tail = split_hyphen(word)
    low = head.lower()
    if tail:
        return low
    for group in (CASE, DERIVATION):
        if low in known or low.endswith(KEEP):
            break
        rests = [low[: -len(e)] for e in group if low.endswith(e) and _fits(low[: -len(e)], e)]
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
