"""The rules after the ranker, on readings put in a chosen order (whatever the ranker would choose)."""
import pytest

from taldau.morph import analyze
from taldau.tagger import (concessive_particles, demonstrative_pronouns, joiners_as_pronouns, names_inside_sentences, promote,
                           verbs_after_converbs)


def chosen(text: str, word: str, upos: str) -> list[tuple]:
    """The sentence's readings in the analyser's order, with `word`'s first reading of `upos` put first."""
    out = [tuple(analyze(w)) for w in text.split()]
    i = text.split().index(word)
    out[i] = promote(out[i], next(k for k, a in enumerate(out[i]) if a.upos == upos))
    return out


@pytest.mark.parametrize("text, upos", [
    ("Бұл еді .", "PRON"),  # before a copula: nothing to determine
    ("Сол кім ?", "PRON"),
    ("Бұл біздің үлкен жетістігіміз .", "PRON"),
    ("Менің айтарым осы .", "PRON"),
    ("Біз бұл кітапты оқыдық .", "DET"),
    ("Осы айтылған сөз дұрыс .", "DET"),  # a participle opens the noun phrase
    ("Осы « Болашақ » бағдарламасы .", "DET"),  # so does an opening quote
])
def test_demonstrative_before_what_ends_a_phrase(text, upos):
    word = next(w for w in text.split() if w.lower() in ("бұл", "сол", "осы"))
    out = demonstrative_pronouns(chosen(text, word, "DET"))
    assert out[text.split().index(word)][0].upos == upos


@pytest.mark.parametrize("text, upos", [
    ("Парламентте мен сөз сөйледім .", "PRON"),  # after a locative
    ("Оған қарамастан мен келдім .", "PRON"),  # after a postposition
    ("« Мен келдім » деді .", "PRON"),  # after an opening quote
    ("Әкем мен шешем келді .", "CCONJ"),
    ("« Шеврон » мен « Болашақ » келді .", "CCONJ"),  # after a closing quote
])
def test_joiner_after_no_nominal(text, upos):
    word = next(w for w in text.split() if w.lower() == "мен")
    out = joiners_as_pronouns(chosen(text, word, "CCONJ"))
    assert out[text.split().index(word)][0].upos == upos


@pytest.mark.parametrize("text, upos", [
    ("Ол келсе де , біз кетеміз .", "ADV"),  # even if he comes
    ("Қанша сұраса да бермеді .", "ADV"),
    ("Бұл қайырлы да құтты іс .", "CCONJ"),  # between two adjectives: and
])
def test_particle_after_a_conditional(text, upos):
    word = next(w for w in text.split() if w in ("да", "де"))
    out = concessive_particles(chosen(text, word, "CCONJ"))
    assert out[text.split().index(word)][0].upos == upos


@pytest.mark.parametrize("text, word, read, upos", [
    ("Торғай ағып түсті .", "түсті", "ADJ", "VERB"),  # fell flowing down, not "coloured"
    ("Ол үйге барып нан алды .", "нан", "NOUN", "NOUN"),  # a verb follows: the word may be its object
    ("Ол келсе түсті көйлек киеді .", "түсті", "ADJ", "ADJ"),  # after a conditional a new clause starts
])
def test_verb_after_a_converb(text, word, read, upos):
    out = verbs_after_converbs(chosen(text, word, read))
    assert out[text.split().index(word)][0].upos == upos


@pytest.mark.parametrize("text, word, upos", [
    ("Төраға Антониу Кошта келді .", "Антониу", "PROPN"),  # an unknown capitalised word inside the sentence: a name
    ("Лоуренсу келді .", "Лоуренсу", "VERB"),  # the sentence's first word may be capitalised for that alone
    ("Ол біздің Ауылға келді .", "Ауылға", "NOUN"),  # a known word keeps its reading
])
def test_an_unknown_capitalised_word_inside_a_sentence_is_a_name(text, word, upos):
    out = names_inside_sentences(chosen(text, word, "VERB" if word != "Ауылға" else "NOUN"))
    assert out[text.split().index(word)][0].upos == upos
