"""Kazakh sound rules: vowel harmony, consonant assimilation, stem alternations.

Suffixes are written as templates with archiphonemes, realised against the word they attach to:

    A  а/е      harmony                      -лAр, -DA
    I  ы/і      harmony                      -DI, -sIn
    Y  ы/і      only after a consonant       -Ym (балам, қалам but адамым), -Yp
    E  а/е      only after a consonant       -Er (барар, қарар), -EйIн
    J  а/е after a consonant, й after a vowel (present, -а converb): барады, қарайды
    Q  қ/к      harmony                      1st plural -DIQ
    S  с        only after a vowel           3rd possessive -SI: баласы, үйі
    L  л/д/т    plural type                  -LAр: балалар, адамдар, мектептер
    N  н/д/т    genitive type                -NIң: баланың, адамның, жердің, мектептің
    T  н/д/т    accusative type              -TI: баланы, адамды, мектепті
    D  д/т      locative/past type           -DA, -DI
    B  д/н/т    ablative type                -BAн: баладан, адамнан, мектептен
    G  ғ/г/қ/к  dative type                  -GA, -GAн
    M  м/б/п    instrumental/1sg type        -Mен, -MIн: баламен, қызбен, мектеппен, алғанмын
    P  м/б/п    negation/1pl type            -PA, -PIз: барма, көнбе, айтпа, алғанбыз (nasal -> б)

Harmony follows the last vowel, with the loan conventions of Kazakh orthography (`is_back`);
assimilation follows the last letter. Voiced б в г д at the end of
loans are pronounced voiceless (клубтың, заводқа).
"""
from __future__ import annotations

BACK = frozenset("аоұыяё")
FRONT = frozenset("әеөүіэ")
NEUTRAL = frozenset("ию")  # и, ю take the harmony of an earlier vowel (тарихы, аюлар), else front (министрлер)
VOWELS = BACK | FRONT | NEUTRAL  # у counts as a consonant (сонорный): оқуға, оқуды, оқуы
SOFTENING = VOWELS | {"у"}  # a suffix starting with one of these voices the stem's к, қ, п: шық -> шығу
VOICELESS = frozenset("птқкфхһсшщцчбвгд")
SONORANT = frozenset("рлйу")
NASAL = frozenset("мнң")
VOICED = frozenset("жз")

# Final classes: V vowel, S sonorant р й у, L the sonorant л, N nasal, Z voiced, T voiceless.


_RUSSIAN = frozenset("вфцчщёэюяьъ")


def is_back(word: str) -> bool:
    """Harmony of `word`: True for back (а, о, ұ, ы), False for front (ә, е, ө, ү, і).

    е right after a back vowel is read йы (Назарбаевтың); и, ю are neutral in native and Arabic
    words (тарихы) but front in Russian loans (саммитке, министрлер, туризмге, калийге); у between
    consonants is the back vowel of a loan (ресурстар); a final ь (королі) or a final cluster with к, г
    (банкке) makes the ending front; -ия keeps the back я (Россияға).
    """
    if word.endswith("ь") or word.lower().endswith(FRONT_CLUSTERS):
        return False
    if word.lower() in _BACK_I:
        return True
    neutral = False
    for i in range(len(word) - 1, -1, -1):
        ch = word[i]
        if ch in BACK or (ch == "у" and _vowel_u(word, i)):
            return not (neutral and (_russian(word) or _doubled(word) or _loan_end(word)))
        if ch == "е" and i and word[i - 1] in "аоұыу":
            continue
        if ch in FRONT:
            return False
        neutral = neutral or ch in NEUTRAL
    return not neutral  # no vowel letter at all: back (АҚШ)


# Kazakh orthography: loans ending in these clusters take front endings whatever their last vowel,
# as к and г are front consonants (банкке, банктің, паркі, полкке, митингіге, киоскке, фактіге).
FRONT_CLUSTERS = ("рк", "рг", "нк", "нг", "лк", "кс", "кт", "ск")
_BACK_I = frozenset({"ми"})  # и read ый in a native word with no other vowel: миы, миға (but би: билер)


def _loan_end(word: str) -> bool:
    """A final -ий or two consonants after и mark a Russian loan, whose и is front (калийге, туризмге,
    социализмнің, алгоритмдер); native words in и (тарихы) end in one consonant or a vowel."""
    tail = word[-2:].lower()
    return tail == "ий" or (len(tail) == 2 and not VOWELS & set(tail) and "у" not in tail and "ь" not in tail)


def _russian(word: str) -> bool:
    """A letter only Russian loans have; ю and я after a vowel are native йу, йа (аю, қояды)."""
    return bool(_RUSSIAN & set(word)) and any(
        c in _RUSSIAN and not (c in "юя" and i and word[i - 1] in VOWELS) for i, c in enumerate(word))


def _vowel_u(word: str, i: int) -> bool:
    """у between two consonants is a vowel (ресурс, структура); elsewhere it is the consonant w (тау, ауыл)."""
    return 0 < i < len(word) - 1 and word[i - 1] not in VOWELS and word[i + 1] not in VOWELS and "у" not in (
        word[i - 1], word[i + 1])


def _doubled(word: str) -> bool:
    return any(a == b and a not in VOWELS for a, b in zip(word, word[1:]))


def harmonies(word: str) -> tuple[bool, ...]:
    """Harmonies analysis accepts: both when the last vowel is и, ю or е after a vowel (loans, names),
    after a final ь (король: королі, корольдың) or a front cluster (банкке, банкқа in careless text)."""
    if word.endswith("ь") or word.lower().endswith(FRONT_CLUSTERS):
        return (True, False)
    for i in range(len(word) - 1, -1, -1):
        ch = word[i]
        if ch in NEUTRAL or (ch == "е" and i and word[i - 1] in "аоұыу"):
            return (True, False)
        if ch in BACK or ch in FRONT or (ch == "у" and _vowel_u(word, i)):
            return (ch != "е" and ch not in FRONT,)
    return (True,)


def final_class(word: str) -> str:
    """The sound class of the last letter that counts for assimilation."""
    for ch in reversed(word):
        if ch in "ьъ-":
            continue
        if ch in VOWELS:  # и is read ій (тиіңдер, таксиді), a final ю йу (оюы, көркеюі)
            return "S" if ch in "ию" else "V"
        if ch == "л":
            return "L"
        if ch in SONORANT:
            return "S"
        if ch in NASAL:
            return "N"
        if ch in VOICED:
            return "Z"
        if ch in VOICELESS:
            return "T"
        return "V" if ch.isdigit() else "T"
    return "V"


# archiphoneme -> final class -> consonant (the table of the module docstring)
_CONSONANT = {  # the plural after л is -дар (қолдар), after other sonorants -лар (жерлер, үйлер)
    "L": {"V": "л", "S": "л", "L": "д", "N": "д", "Z": "д", "T": "т"},
    "N": {"V": "н", "S": "д", "L": "д", "N": "н", "Z": "д", "T": "т"},
    "T": {"V": "н", "S": "д", "L": "д", "N": "д", "Z": "д", "T": "т"},
    "D": {"V": "д", "S": "д", "L": "д", "N": "д", "Z": "д", "T": "т"},
    "B": {"V": "д", "S": "д", "L": "д", "N": "н", "Z": "д", "T": "т"},
    "M": {"V": "м", "S": "м", "L": "м", "N": "м", "Z": "б", "T": "п"},
    "P": {"V": "м", "S": "м", "L": "м", "N": "б", "Z": "б", "T": "п"},
}


def attach(stem: str, template: str, back: bool | None = None) -> str:
    """Realise suffix `template` after `stem`, applying the junction rules."""
    if back is None:
        back = is_back(stem)
    out = []
    word = stem
    for ch in template:
        cls = final_class(word)
        after_vowel = cls == "V"
        if ch == "A":
            s = "а" if back else "е"
        elif ch == "I":
            s = "ы" if back else "і"
        elif ch == "Y":
            s = "" if after_vowel else ("ы" if back else "і")
        elif ch == "E":
            s = "" if after_vowel else ("а" if back else "е")
        elif ch == "J":
            s = "й" if after_vowel else ("а" if back else "е")
        elif ch == "Q":
            s = "қ" if back else "к"
        elif ch == "S":
            s = "с" if after_vowel else ""
        elif ch == "G":
            voiceless = cls == "T"
            s = ("қ" if back else "к") if voiceless else ("ғ" if back else "г")
        elif ch in _CONSONANT:
            s = _CONSONANT[ch][cls]
        else:
            s = ch
        out.append(s)
        word = word + s
    return junction(stem, "".join(out))


def junction(stem: str, suffix: str) -> str:
    """Join stem and realised suffix: оқы+й -> оқи, оқы+у -> оқу, қой+у -> қою, қой+а -> қоя."""
    if not suffix:
        return stem
    last, first = stem[-1:], suffix[0]
    if first == "а" and last == "й" and len(stem) > 1:  # қой+а -> қоя
        return stem[:-1] + "я" + suffix[1:]
    if first == "а" and last == "и":  # жи+а -> жия (и is ій)
        return stem + "я" + suffix[1:]
    if first == "й" and last in "ыі":
        return stem[:-1] + "и" + suffix[1:]
    if first == "у" and last in "ыі" and len(stem) > 1:
        return stem[:-1] + suffix
    if first == "у" and last in "йи":
        return stem[:-1] + ("ю" if last == "й" else "ию") + suffix[1:]
    if first == "т" and stem.endswith("ст") and len(stem) > 3:  # журналист+тер -> журналистер, -тің -> -стің
        return stem + suffix[1:]
    return stem + suffix


def epenthesis(stem: str) -> str:
    """факт -> факті: a loan's final кт takes і before an ending (фактіге, фактісі, объектілер)."""
    return stem + "і" if stem.endswith("кт") else stem


_SOFTEN = {"к": "г", "қ": "ғ", "п": "б"}
_HARDEN = {v: k for k, v in _SOFTEN.items()}


def soften(stem: str) -> str:
    """Stem-final к, қ, п voice before a vowel (мектеп -> мектебі, тарақ -> тарағы)."""
    if len(stem) >= 2 and stem[-1] in _SOFTEN and stem[-2] in VOWELS:
        return stem[:-1] + _SOFTEN[stem[-1]]
    return stem


def unsoften(stem: str) -> str | None:
    """The dictionary form behind a voiced stem: мектеб -> мектеп; None when nothing changes."""
    if len(stem) >= 2 and stem[-1] in _HARDEN and stem[-2] in VOWELS:
        return stem[:-1] + _HARDEN[stem[-1]]
    return None


def harden(verb_stem: str) -> str:
    """шығ -> шық, ағ -> ақ, жаб -> жап: no verb stem ends in a voiced ғ, г, б after a vowel."""
    return unsoften(verb_stem) or verb_stem


def restore_syncope(stem: str, back: bool | None = None) -> str | None:
    """Put back the vowel that drops before a vowel suffix: орн -> орын, ерн -> ерін, халқ -> халық,
    ауз -> ауыз, қауп -> қауіп (у after a vowel is a consonant; `back` is the suffix's harmony)."""
    if len(stem) >= 3 and stem[-1] not in VOWELS and stem[-2] not in VOWELS:
        if stem[-2] == "у" and stem[-3] not in VOWELS:
            return None
        back = is_back(stem) if back is None else back
        return stem[:-1] + ("ы" if back else "і") + stem[-1]
    return None


def syncope(stem: str) -> str:
    """орын -> орн, халық -> халқ: the reverse of `restore_syncope` (lexically marked words only)."""
    return stem[:-2] + stem[-1]

