"""The verb rules of `taldau.tagger.verbs` (sentences of our own)."""
import pytest

from taldau.morph import analyze
from taldau.tagger import promote
from taldau.tagger.verbs import (
    converbs_before_verbs,
    infinitives_before_vectors,
    passive_verbal_nouns,
    reciprocal_roots,
    reflexive_verbs,
)


def _whole(word: str) -> tuple:
    """A verb's readings with the lexicon's whole verb (no Voice) first, as the ranker may choose it."""
    r = tuple(analyze(word))
    return promote(r, next(k for k, a in enumerate(r) if a.upos == "VERB" and "Voice=" not in a.feats))


@pytest.mark.parametrize("text, word, lemma, voice", [
    ("Біз жиынға қатыстық .", "қатыстық", "қат", True),  # took part: UD KTB's root қат- with the reciprocal
    ("Олар бізбен келісті .", "келісті", "кел", True),
    ("Ағайындар мұраны бөлісті .", "бөлісті", "бөл", True),
    ("Мен досыммен кездестім .", "кездестім", "кездес", False),  # met: кездес- is no reciprocal of кезде-, aim
    ("Ол хатты жазды .", "жазды", "жаз", False),  # a verb with no reciprocal reading stays as it was
    ("Біз қаламен таныстық .", "таныстық", "тан", True),  # got to know: -ыс after a consonant, not таны + -с
    ("Олар жаумен соғысты .", "соғысты", "соқ", True),  # fought: the root соқ- spelt соғ- before -ыс
])
def test_a_reciprocal_verb_has_its_root_as_lemma(text, word, lemma, voice):
    words = text.split()
    out = reciprocal_roots([_whole(w) if w == word else tuple(analyze(w)) for w in words])
    first = out[words.index(word)][0]
    assert (first.lemma, "Voice=Rcp" in first.feats) == (lemma, voice)


@pytest.mark.parametrize("text, word, lemma", [
    ("Құрылыстың 2030 жылы аяқталуы тиіс .", "аяқталуы", "аяқта"),  # to be finished: аяқта-
    ("Дәстүрдің сақталуы маңызды .", "сақталуы", "сақта"),
    ("Ол ақын атанды .", "атанды", "атан"),  # a finite verb: the ranker's choice stands
    ("Балалардың оқуы жақсарды .", "оқуы", "оқы"),  # no passive in it
    ("Олар бізбен келісті .", "келісті", "келіс"),  # a reciprocal: not this rule's
])
def test_a_passive_verbal_noun_has_its_root_as_lemma(text, word, lemma):
    words = text.split()
    out = passive_verbal_nouns([_whole(w) if w == word else tuple(analyze(w)) for w in words])
    assert out[words.index(word)][0].lemma == lemma


def _root_passive(word: str) -> tuple:
    """A verb's readings with a root + passive reading first, as the ranker may choose it."""
    r = tuple(analyze(word))
    return promote(r, next(k for k, a in enumerate(r) if "Voice=Pass" in a.feats))


@pytest.mark.parametrize("text, word, lemma", [
    ("Біз елімізбен мақтанамыз .", "мақтанамыз", "мақтан"),  # we are proud: the reflexive -н, not мақта-'s passive
    ("Мен қуанышты сезіндім .", "сезіндім", "сезін"),
    ("Жоба биыл жоспарланды .", "жоспарланды", "жоспарла"),  # was planned: -н after a stem with л is the passive
    ("Хат жазылды .", "жазылды", "жаз"),  # -ыл: the passive
])
def test_a_reflexive_verb_keeps_its_whole_lemma(text, word, lemma):
    words = text.split()
    out = reflexive_verbs([_root_passive(w) if w == word else tuple(analyze(w)) for w in words])
    assert out[words.index(word)][0].lemma == lemma


def _converb_first(word: str) -> tuple:
    """A word's readings with its converb (VerbForm=Conv) first where it has one, as the ranker may choose it."""
    r = tuple(analyze(word))
    return promote(r, next((k for k, a in enumerate(r) if "VerbForm=Conv" in a.feats), 0))


@pytest.mark.parametrize("text, word, form", [
    ("Бағалар биыл арта түсті .", "арта", "Inf"),  # grew further: түс adds a phase
    ("Студент кітапты оқып шықты .", "оқып", "Inf"),  # read through
    ("Біз зауытта мұнай өндіріп те жатырмыз .", "өндіріп", "Inf"),  # past the particle "too", an auxiliary
    ("Ол мұны атап өтті .", "атап", "Conv"),  # өт- is no vector verb: the converb stays
    ("Ол үйге жүгіріп барды .", "жүгіріп", "Conv"),  # бар-, went: a verb of its own
    ("Ол күліп , кетті .", "күліп", "Conv"),  # a comma between: nothing to lean on
])
def test_a_converb_before_a_vector_verb_is_the_infinitive(text, word, form):
    words = text.split()
    out = infinitives_before_vectors([_converb_first(w) for w in words])
    assert f"VerbForm={form}" in out[words.index(word)][0].feats


def _infinitive_first(word: str) -> tuple:
    """A word's readings with its first infinitive (KTB's converb before an auxiliary) first, where it has one."""
    r = tuple(analyze(word))
    return promote(r, next((k for k, a in enumerate(r) if "VerbForm=Inf" in a.feats), 0))


@pytest.mark.parametrize("text, word, form", [
    ("Ол « келемін » деп айтты .", "деп", "Conv"),  # деп before a verb of its own: the converb
    ("Бала жүгіріп үйге кірді .", "жүгіріп", "Conv"),  # a noun after it: nothing to lean on
    ("Ол мұны атап өтті .", "атап", "Conv"),
    ("Студент кітапты оқып шықты .", "оқып", "Inf"),  # a vector verb after it
    ("Ол хат жазып отыр .", "жазып", "Inf"),  # an aspect auxiliary after it
    ("Біз мұнай өндіріп те жатырмыз .", "өндіріп", "Inf"),  # past the particle "too"
])
def test_an_infinitive_with_no_auxiliary_after_it_is_the_converb(text, word, form):
    words = text.split()
    out = converbs_before_verbs([_infinitive_first(w) for w in words])
    assert f"VerbForm={form}" in out[words.index(word)][0].feats
    assert out[words.index(word)][0].lemma == _infinitive_first(word)[0].lemma


def test_a_reciprocal_read_on_a_root_in_a_vowel_takes_the_root_in_a_consonant():
    words = "Біз қаламен таныстық .".split()
    readings = [tuple(analyze(w)) for w in words]
    k = next(k for k, a in enumerate(readings[2]) if a.lemma == "таны" and "Voice=Rcp" in a.feats)
    readings[2] = promote(readings[2], k)  # таны + -с, as the ranker may choose it
    assert reciprocal_roots(readings)[2][0].lemma == "тан"
