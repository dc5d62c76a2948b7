"""The noun rules of `taldau.tagger.nominals` (sentences of our own)."""
import pytest

from taldau.morph import analyze
from taldau.tagger import promote
from taldau.tagger.nominals import (
    habitual_pasts,
    heads_of_phrases,
    participles_before_nouns,
    places,
    possessed_after_pronouns,
    verbal_nouns_after_adjectives,
)


def _read(text: str, **picks) -> list[tuple]:
    """The sentence's readings in the analyser's order, each word named in `picks` with its first reading of that
    UPOS put first."""
    out = []
    for w in text.split():
        r = tuple(analyze(w))
        out.append(promote(r, next(k for k, a in enumerate(r) if a.upos == picks[w])) if w in picks else r)
    return out


def _reading(out: list[tuple], text: str, word: str) -> tuple[str, str]:
    first = out[text.split().index(word)][0]
    return first.lemma, first.upos


@pytest.mark.parametrize("text, word, read, lemma, upos", [
    ("Мектептің артында үлкен бақ бар .", "артында", "ADV", "арт", "NOUN"),  # behind the school: the noun арт
    ("Ол үйдің алдынан өтті .", "алдынан", "ADV", "алд", "NOUN"),
    ("Қаланың ішінде екі көл бар .", "ішінде", "ADP", "іш", "NOUN"),
    ("Соңында ол үйге қайтты .", "Соңында", "ADV", "соңында", "ADV"),  # at last: соң is no noun of place
    ("Ол бүгін келді .", "бүгін", "ADV", "бүгін", "ADV"),  # an adverb with no noun of place in it
])
def test_a_noun_of_place_with_its_possessive_is_a_noun(text, word, read, lemma, upos):
    out = places(_read(text, **{word: read}))
    assert _reading(out, text, word) == (lemma, upos)


@pytest.mark.parametrize("text, picks, word, upos", [
    ("Алдымызда бір дөңес көрінді .", {"бір": "DET", "дөңес": "ADJ"}, "дөңес", "NOUN"),  # a hillock showed
    ("Алыстан созылған сай көрінді .", {"созылған": "VERB", "сай": "ADJ"}, "сай", "NOUN"),  # after a participle
    ("Біз мақсатты толық қолдаймыз .", {"мақсатты": "ADJ", "толық": "ADJ"}, "толық", "ADJ"),  # after an adjective
    ("Бір дөңес жер көрінді .", {"Бір": "DET", "дөңес": "ADJ"}, "дөңес", "ADJ"),  # before a noun: qualifies it
    ("Ол үлкен бай болды .", {"үлкен": "ADJ", "бай": "ADJ", "болды": "VERB"}, "бай", "ADJ"),  # before a copula
    ("Бұл бай көрінеді .", {"Бұл": "PRON", "бай": "ADJ"}, "бай", "ADJ"),  # after a pronoun: the predicate
    ("Ол айтылған дұрыс деді .", {"айтылған": "VERB", "дұрыс": "ADJ"}, "дұрыс", "ADJ"),  # ends a reported clause
])
def test_a_bare_adjective_between_a_modifier_and_a_verb_heads_the_phrase(text, picks, word, upos):
    out = heads_of_phrases(_read(text, **picks))
    assert _reading(out, text, word)[1] == upos


@pytest.mark.parametrize("text, picks, word, lemma, upos", [
    ("Әжем бізге ертегіні жиі айтушы еді .", {"жиі": "ADV", "айтушы": "NOUN"}, "айтушы", "айт", "VERB"),  # used to tell
    ("Ол бізге ақшаны үнемі беруші еді .", {"үнемі": "ADV", "беруші": "NOUN"}, "беруші", "бер", "VERB"),
    ("Ол жақсы оқушы еді .", {"жақсы": "ADJ", "оқушы": "NOUN"}, "оқушы", "оқушы", "NOUN"),  # a good pupil
    ("Інім оқушы еді .", {"Інім": "NOUN", "оқушы": "NOUN"}, "оқушы", "оқушы", "NOUN"),  # after a nominative: a pupil
    ("Әжем жиі айтушы .", {"жиі": "ADV", "айтушы": "NOUN"}, "айтушы", "айтушы", "NOUN"),  # no copula after it
])
def test_an_agent_noun_before_the_copula_after_an_adverbial_is_a_habit(text, picks, word, lemma, upos):
    out = habitual_pasts(_read(text, **picks))
    assert _reading(out, text, word) == (lemma, upos)


@pytest.mark.parametrize("text, picks, word, lemma, upos", [
    ("Ол қорықпайтын жігіт еді .", {"қорықпайтын": "ADJ"}, "қорықпайтын", "қорық", "VERB"),  # who fears nothing
    ("Бүгін менің туған күнім .", {"туған": "NOUN"}, "туған", "ту", "VERB"),  # the day I was born
    ("Қарауытқан орман көрінді .", {"Қарауытқан": "ADJ"}, "Қарауытқан", "қарауыт", "VERB"),  # a darkening forest
    ("Ол қорықпайтын .", {"қорықпайтын": "ADJ"}, "қорықпайтын", "қорықпайтын", "ADJ"),  # nothing after it
    ("Қанағаттанарлық нәтиже алдық .", {"Қанағаттанарлық": "ADJ"}, "Қанағаттанарлық", "қанағаттанарлық", "ADJ"),
    ("Менің туғаным келді .", {"туғаным": "NOUN"}, "туғаным", "туған", "NOUN"),  # a relative of mine
])
def test_a_participle_before_a_noun_opens_a_relative_clause(text, picks, word, lemma, upos):
    out = participles_before_nouns(_read(text, **picks))
    assert _reading(out, text, word) == (lemma, upos)


@pytest.mark.parametrize("text, picks, word, lemma, upos", [
    ("Біз маңызды кездесу өткіздік .", {"маңызды": "ADJ", "кездесу": "VERB"}, "кездесу", "кездесу", "NOUN"),
    ("Ол ешқандай айыптау айтпады .", {"ешқандай": "DET", "айыптау": "VERB"}, "айыптау", "айыптау", "NOUN"),
    ("Үй ұзақ жөндеуде тұр .", {"ұзақ": "ADJ", "жөндеуде": "VERB"}, "жөндеуде", "жөндеу", "NOUN"),  # the case kept
    ("Қонақтарды қарсы алу керек .", {"қарсы": "ADJ", "алу": "VERB"}, "алу", "ал", "VERB"),  # a postposition's word
    ("Бізді тез өсу қуантты .", {"тез": "ADV", "өсу": "VERB"}, "өсу", "өс", "VERB"),  # after an adverb
    ("Олар үйді жөндеуді бастады .", {"жөндеуді": "VERB"}, "жөндеуді", "жөнде", "VERB"),  # after its object
    ("Біз жұмыстарды жүйелі жүргізуіміз керек .", {"жүйелі": "ADJ", "жүргізуіміз": "VERB"}, "жүргізуіміз", "жүргіз",
     "VERB"),  # its object before the adjective: an adverb there
])
def test_a_verbal_noun_after_an_adjective_is_the_noun(text, picks, word, lemma, upos):
    out = verbal_nouns_after_adjectives(_read(text, **picks))
    assert _reading(out, text, word) == (lemma, upos)
    i = text.split().index(word)
    assert out[i][0].feats.split("|")[0] == _read(text, **picks)[i][0].feats.split("|")[0]  # the case kept


@pytest.mark.parametrize("text, picks, word, lemma, upos", [
    ("Менің жазам ауыр болды .", {"жазам": "VERB"}, "жазам", "жаза", "NOUN"),  # my punishment, not "I shall write"
    ("Біздің жазамыз ауыр .", {}, "жазамыз", "жаза", "NOUN"),  # our punishment
    ("Сіздің тіліңіз бай .", {"тіліңіз": "VERB"}, "тіліңіз", "тіл", "NOUN"),  # your language, not "cut it!"
    ("Сіздің съездің жұмысы басталды .", {}, "съездің", "съезд", "NOUN"),  # your congress, not a съез's
    ("Менің ең жақсы жазам осы .", {"жақсы": "ADJ", "жазам": "VERB"}, "жазам", "жаза", "NOUN"),  # past its adjectives
    ("Мен хат жазам .", {"жазам": "VERB"}, "жазам", "жаз", "VERB"),  # a nominative: the subject of "I shall write"
    ("Біздің ауылда хат жазам .", {"жазам": "VERB"}, "жазам", "жаз", "VERB"),  # the possessed word came before it
    ("Біздің жазам .", {"жазам": "VERB"}, "жазам", "жаз", "VERB"),  # "our" takes -ымыз, not the singular's -ым
])
def test_a_noun_after_a_pronoun_in_the_genitive_bears_its_person(text, picks, word, lemma, upos):
    out = possessed_after_pronouns(_read(text, **picks))
    assert _reading(out, text, word) == (lemma, upos)
    first = out[text.split().index(word)][0]
    assert ("Person[psor]" in first.feats) == (upos == "NOUN")
