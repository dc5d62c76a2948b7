"""Stem-level suffixes read off a stem that is not itself in the lexicon, or that UD splits.

Voice (passive, reciprocal), ordinals and comparatives keep the base as lemma and add a feature, as
UD Kazakh-KTB does (салынған -> сал + Voice=Pass, келісті -> кел + Voice=Rcp, кішірек -> кіші +
Degree=Cmp). Productive derivation makes a new lemma (бейбітшілік <- бейбіт+шілік is in the
lexicon; a new геосаясилық is read as геосаяси + -лық, a new жеңуші as жең + -уші).
"""
from __future__ import annotations

from typing import NamedTuple

from .phonology import VOWELS, is_back, unsoften


class Derivation(NamedTuple):
    surfaces: tuple[str, ...]  # allomorphs as they end the stem
    base_paradigm: str  # "N" or "V": what the base must be
    upos: str  # part of speech of the result ("" keeps the base's)
    gloss: str
    feats: str = ""  # set for voice and ordinals, which keep the base lemma
    after_vowel: bool | None = None  # allomorph only after a vowel (True) or a consonant (False)
    base_upos: frozenset[str] = frozenset({"VERB", "AUX"})
    rank: int = 2  # 1: as likely as a plain reading (күйсіз is "stateless" more often than "you are a state")


VOICE = (  # these keep the base lemma, as UD does
    Derivation(("л", "н"), "V", "", "PASS", "Voice=Pass", after_vowel=True),  # жаса-л, сайла-н
    Derivation(("ыл", "іл", "ын", "ін"), "V", "", "PASS", "Voice=Pass", after_vowel=False),  # айт-ыл, сал-ын
    Derivation(("с",), "V", "", "COOP", "Voice=Rcp", after_vowel=True),  # жаса-с
    Derivation(("ыс", "іс"), "V", "", "COOP", "Voice=Rcp", after_vowel=False),  # кел-іс, қат-ыс
)
_ADJ = frozenset({"ADJ"})

NOMINAL = (  # үшінші -> үш + NumType=Ord, жетінші -> жеті; кішірек -> кіші + Degree=Cmp
    Derivation(("ыншы", "інші"), "N", "NUM", "ORD", "NumType=Ord", after_vowel=False, base_upos=frozenset({"NUM"})),
    Derivation(("ншы", "нші"), "N", "NUM", "ORD", "NumType=Ord", after_vowel=True, base_upos=frozenset({"NUM"})),
    Derivation(("рақ", "рек"), "N", "", "CMP", "Degree=Cmp", after_vowel=True, base_upos=_ADJ),
    Derivation(("ырақ", "ірек"), "N", "", "CMP", "Degree=Cmp", after_vowel=False, base_upos=_ADJ),
)

OF_NOUN = Derivation(("лық", "лік", "дық", "дік", "тық", "тік"), "N", "ADJ", "ADJ")  # ауылдық, оралдық: of a noun
DERIVATION = (  # rank 2 unless said: read only when nothing simpler fits
    Derivation(("лық", "лік", "дық", "дік", "тық", "тік"), "N", "NOUN", "ABST"),  # достық, геосаясилық
    OF_NOUN,
    Derivation(("шы", "ші"), "N", "NOUN", "AGENT"),  # жазушы, теміржолшы
    Derivation(("шылық", "шілік"), "N", "NOUN", "ABST"),
    Derivation(("сыз", "сіз"), "N", "ADJ", "PRIV", rank=1),  # үйсіз
    Derivation(("лы", "лі", "ды", "ді", "ты", "ті"), "N", "ADJ", "POSS.ADJ"),  # білімді
    Derivation(("дас", "дес", "лас", "лес", "тас", "тес"), "N", "NOUN", "COM"),  # жолдас, әріптес
    Derivation(("шыл", "шіл"), "N", "ADJ", "INCL"),  # елшіл
    Derivation(("кер", "гер"), "N", "NOUN", "AGENT"),  # саудагер
    Derivation(("стан",), "N", "PROPN", "LAND"),  # Ауғанстан
    Derivation(("ла", "ле", "да", "де", "та", "те"), "N", "VERB", "VBZ"),  # жоспарла, кредитте
    Derivation(("лан", "лен", "дан", "ден", "тан", "тен"), "N", "VERB", "VBZ.REFL"),  # демократиялан
    Derivation(("ландыр", "лендір", "дандыр", "дендір", "тандыр", "тендір"), "N", "VERB", "VBZ.CAUS"),
    Derivation(("дыр", "дір", "тыр", "тір", "ғыз", "гіз", "қыз", "кіз"), "V", "VERB", "CAUS"),  # өлтір
    Derivation(("т",), "V", "VERB", "CAUS", after_vowel=True),  # жаса-т
    Derivation(("ыс", "іс"), "V", "NOUN", "NMLZ", after_vowel=False),  # жүр-іс
    Derivation(("ушы", "уші"), "V", "NOUN", "AGENT", rank=1),  # жеңуші, бұқараландырушы: a noun as often as a participle
    Derivation(("ушылық", "ушілік"), "V", "NOUN", "ABST"),  # тонаушылық
    Derivation(("ғыш", "гіш", "қыш", "кіш"), "V", "NOUN", "INSTR"),  # оятқыш, шабықтағыш
)


_VOICELESS = frozenset("птқкшсфхчщ")


def passive_by_form(stem: str, suffix: str) -> bool:
    """Whether a PASS suffix read off `stem` is the passive by its allomorph: -л, -ыл/-іл; -ын/-ін only after л (сал-ын);
    -н after a vowel only in a stem with л (сайла-н, қабылда-н; else -л: жаса-л). Elsewhere -н, -ын/-ін are the
    reflexive (мақта-н, be proud; сез-ін, feel; жарақатта-н), whose verb UD KTB keeps whole as its lemma."""
    if suffix in ("л", "ыл", "іл"):
        return True
    return "л" in stem if suffix == "н" else stem.endswith("л")


def _fits(base: str, surface: str, d: Derivation) -> bool:
    if len(base) < 2 or not any(c in VOWELS for c in base):
        return False
    if surface[0] in "дгғ" and base[-1] in _VOICELESS:  # ұш|ты, never ұш|ды
        return False
    if d.after_vowel is not None and (base[-1] in VOWELS) != d.after_vowel:
        return False
    vowels = [c for c in surface if c in VOWELS]
    return not vowels or (vowels[-1] in "аыо") == is_back(base)


Index = dict[str, tuple[tuple[str, tuple[Derivation, ...]], ...]]
_INDEXES: dict[int, tuple[tuple[Derivation, ...], Index]] = {}


def _index(table: tuple[Derivation, ...]) -> Index:
    """Last letter -> (surface, derivations) of the surfaces ending in it; kept by the table's identity, as
    hashing a table at every split cost more than the split (the table is kept too, so that its id stays its own)."""
    entry = _INDEXES.get(id(table))
    if entry is None or entry[0] is not table:
        entry = _INDEXES[id(table)] = table, _build_index(table)
    return entry[1]


def _build_index(table: tuple[Derivation, ...]) -> Index:
    by_surface: dict[str, list[Derivation]] = {}
    for d in table:
        for surface in d.surfaces:
            by_surface.setdefault(surface, []).append(d)
    index: dict[str, list[tuple[str, tuple[Derivation, ...]]]] = {}
    for surface, ds in by_surface.items():
        index.setdefault(surface[-1], []).append((surface, tuple(ds)))
    return {k: tuple(v) for k, v in index.items()}


def split(stem: str, table: tuple[Derivation, ...], known) -> list[tuple[str, str, Derivation]]:
    """(base, suffix surface, derivation) for every way `stem` can end in a suffix of `table`
    with a base (or its hard form: төгіл -> төк) in `known`."""
    out = []
    for surface, ds in _index(table).get(stem[-1:], ()):
        if len(surface) >= len(stem) or not stem.endswith(surface):
            continue
        base = stem[: -len(surface)]
        if base not in known and not (surface[0] in VOWELS and unsoften(base) in known):
            continue
        for d in ds:
            if _fits(base, surface, d):
                out.append((base, surface, d))
    return out


RARE = tuple(d for d in DERIVATION if d.rank == 2)  # tried when a word has no simpler reading
ATTACHED = VOICE + NOMINAL + tuple(d for d in DERIVATION if d.rank < 2)  # tried with every stem
# The endings of a noun of a person by what they do (жазушы, шығыстанушы, саудагер), for stages that ask of a word
AGENT_ENDINGS = tuple(dict.fromkeys(s for d in DERIVATION if d.gloss == "AGENT" for s in d.surfaces))
