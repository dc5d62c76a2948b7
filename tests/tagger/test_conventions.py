"""The convention rules of `taldau.tagger.conventions` added for lemma and UPOS from raw text (sentences of our own)."""
import pytest

from taldau.morph import analyze
from taldau.tagger import fit_sentence, promote
from taldau.tagger.conventions import (adjectives_not_possessives, adverbs_of_pronouns, converbs_of_ability,
                                       counting_one, modifiers_of_passives, names_with_instrumentals,
                                       objects_before_verbs, objects_of_making, only_opening, qualities_before_nouns,
                                       tens_of_ranks, together, unpunctuated_ends)


def _first(text: str, word: str, pick) -> list[tuple]:
    """The sentence's readings in the analyser's order, with `word`'s first reading that `pick` accepts put first."""
    out = [tuple(analyze(w)) for w in text.split()]
    i = text.split().index(word)
    out[i] = promote(out[i], next(k for k, a in enumerate(out[i]) if pick(a)))
    return out


def _reading(out: list[tuple], text: str, word: str) -> tuple[str, str]:
    first = out[text.split().index(word)][0]
    return first.lemma, first.upos


@pytest.mark.parametrize("text, word, lemma, upos", [
    ("Ұлы ақын туралы кітап шықты .", "Ұлы", "ұлы", "ADJ"),  # great, before a noun
    ("Елдің ұлы мерекесі келді .", "ұлы", "ұлы", "ADJ"),  # the genitive is the feast's: it has the possessive
    ("Жылы киім алдық .", "Жылы", "жылы", "ADJ"),  # warm clothes
    ("Абайдың ұлы Тұрағұл ақын болды .", "ұлы", "ұл", "NOUN"),  # after a genitive, no possessive after: his son
    ("Келесі жылы мектеп ашылады .", "жылы", "жыл", "NOUN"),  # after a modifier: the year
    ("Ол жылы соғыс басталды .", "жылы", "жыл", "NOUN"),  # after a demonstrative: that year
    ("Оның ұлы мектепке барды .", "ұлы", "ұл", "NOUN"),  # before a noun in another case: stays
    ("Жаңа оқу жылы мектептер ашылады .", "жылы", "жыл", "NOUN"),  # after a bare noun: the school year
    ("Өткен қаржы жылы компаниялар табыс тапты .", "жылы", "жыл", "NOUN"),  # the financial year
    ("Биылғы оқу жылы оқушылар саны артты .", "жылы", "жыл", "NOUN"),
    ("Жылы су ішті .", "Жылы", "жылы", "ADJ"),  # at the head: warm water
    ("Ұлы Абай туралы кітап шықты .", "Ұлы", "ұлы", "ADJ"),
])
def test_a_possessive_that_spells_an_adjective_before_a_noun(text, word, lemma, upos):
    out = adjectives_not_possessives(_first(text, word, lambda a: a.upos == "NOUN" and "Person[psor]=3" in a.feats))
    assert _reading(out, text, word) == (lemma, upos)


@pytest.mark.parametrize("text, word, lemma, upos", [
    ("Ол менің сөзімді түсіне алмады .", "түсіне", "түсін", "VERB"),  # could not understand
    ("Оны түсіндіре білу керек .", "түсіндіре", "түсіндір", "VERB"),  # to know how to explain
    ("Ата алды .", "Ата", "ата", "NOUN"),  # at the clause's head: the grandfather took it
    ("Ол ұстазынан бата алып , жолға шықты .", "бата", "бата", "NOUN"),  # received from a source, before алып
    ("Ол соттан жаза алды .", "жаза", "жаза", "NOUN"),  # after an ablative: the source it is received from
])
def test_a_converb_before_can_or_know_how(text, word, lemma, upos):
    out = converbs_of_ability(_first(text, word, lambda a: a.upos in ("NOUN", "ADJ")))
    assert _reading(out, text, word) == (lemma, upos)
    if upos == "VERB":
        assert "VerbForm=Inf" in out[text.split().index(word)][0].feats  # KTB's form before an auxiliary


@pytest.mark.parametrize("text, converb, verb, upos", [
    ("Ол менің сөзімді түсіне алмады .", "түсіне", "алмады", "AUX"),  # the converb found, ал after it is "can"
    ("Ол соттан жаза алды .", "жаза", "алды", "VERB"),  # the noun kept: ал "received" stays a verb
])
def test_can_after_a_converb_found_by_the_rule_is_an_auxiliary(text, converb, verb, upos):
    out = _first(text, verb, lambda a: a.upos == "VERB")
    i = text.split().index(converb)
    out[i] = promote(out[i], next(k for k, a in enumerate(out[i]) if a.upos in ("NOUN", "ADJ")))
    assert fit_sentence(out)[text.split().index(verb)][0].upos == upos


@pytest.mark.parametrize("text, word, lemma, upos", [
    ("Кейде біз ауылға барамыз .", "Кейде", "кейде", "ADV"),  # sometimes
    ("Ол бірден жауап берді .", "бірден", "бірден", "ADV"),  # at once
    ("Сен оны неге айттың ?", "неге", "неге", "ADV"),  # why
    ("Балалар бірден онға дейін санады .", "бірден", "бір", "NUM"),  # before a number: from one
    ("Біз осында тұрамыз .", "осында", "осы", "PRON"),  # a demonstrative keeps its case (KTB)
    ("Коэффициент бірден аз болды .", "бірден", "бір", "NUM"),  # before a word that compares: than one
    ("Сұраққа бірден көп жауап таңдауға болады .", "бірден", "бір", "NUM"),
    ("Бұл неге байланысты ?", "неге", "не", "PRON"),  # a dative that a postposition governs: on what
    ("Мұндай саясат неге әкеледі ?", "неге", "не", "PRON"),  # a verb of leading: to what
    ("Мұндай қадам неге алып келеді ?", "неге", "не", "PRON"),
    ("Сен неге келмедің ?", "неге", "неге", "ADV"),  # why
])
def test_a_pronoun_or_numeral_that_spells_an_adverb(text, word, lemma, upos):
    out = adverbs_of_pronouns(_first(text, word, lambda a: a.upos in ("PRON", "NUM")))
    assert _reading(out, text, word) == (lemma, upos)


@pytest.mark.parametrize("text, word, passive, lemma, upos", [
    ("Жоба табысты аяқталды .", "табысты", True, "табысты", "ADJ"),  # a passive verb takes no object: successfully
    ("Олар табысты бөлді .", "табысты", False, "табыс", "NOUN"),  # an active verb: the income
    ("Құбыр тасымалды жылына арттырды .", "тасымалды", False, "тасымал", "NOUN"),  # жылына read as "per year"
])
def test_no_object_before_a_passive_verb(text, word, passive, lemma, upos):
    out = _first(text, word, lambda a: a.upos == "NOUN")
    j = text.split().index(word) + 1  # the next word read as a passive verb, or as the analyser orders it
    if passive:
        out[j] = promote(out[j], next(k for k, a in enumerate(out[j]) if "Voice=Pass" in a.feats))
    out = modifiers_of_passives(out)
    assert _reading(out, text, word) == (lemma, upos)


@pytest.mark.parametrize("text, upos", [
    ("Баға бір жарым есе өсті .", "NUM"),  # one and a half
    ("Ол бір жыл оқыды .", "NUM"),  # one year
    ("Арамызға бір үшінші адам кірді .", "DET"),  # before an ordinal: some third person
])
def test_one_before_what_it_counts(text, upos):
    out = counting_one(_first(text, "бір", lambda a: a.upos == "DET"))
    assert _reading(out, text, "бір") == ("бір", upos)


@pytest.mark.parametrize("text, upos", [
    ("Біз достарымызбен бірге келдік .", "ADV"),  # together with: -мен carries the relation
    ("Біз бірге келдік .", "ADP"),  # no instrumental before it: left as chosen
])
def test_together_after_the_instrumental(text, upos):
    out = together(_first(text, "бірге", lambda a: a.upos == "ADP"))
    assert _reading(out, text, "бірге") == ("бірге", upos)


@pytest.mark.parametrize("text, word, lemma, upos", [
    ("Біз жұмысты бастадық .", "жұмысты", "жұмыс", "NOUN"),  # the work, not "they closed their eyes together"
    ("Олар жұмысты деді .", "жұмысты", "жұм", "VERB"),  # before де: reported speech may follow a finite verb
    ("Олар жұмысты .", "жұмысты", "жұм", "VERB"),  # nothing after it: stays
])
def test_a_finite_verb_never_stands_right_before_another_verb(text, word, lemma, upos):
    out = objects_before_verbs(_first(text, word, lambda a: a.upos == "VERB"))
    assert _reading(out, text, word) == (lemma, upos)


@pytest.mark.parametrize("text, word, upos", [
    ("Біз кешке дейін жұмыс жасадық .", "жұмыс", "NOUN"),  # make: the work is its object
    ("Дәріхана түнде де қызмет көрсетеді .", "қызмет", "NOUN"),  # show, render a service
    ("Біз кешке дейін жұмыс істедік .", "жұмыс", "X"),  # a light verb proper: stays X
    ("Ол бұл мәселеге назар аударды .", "назар", "X"),
])
def test_the_noun_before_a_verb_of_making(text, word, upos):
    out = objects_of_making(_first(text, word, lambda a: a.upos == "X"))
    assert _reading(out, text, word)[1] == upos


@pytest.mark.parametrize("text, lemma, upos", [
    ("Мұндай жағдай сирек болады .", "мұндай", "DET"),  # such a situation
    ("Мұндай үлкен үйді көрмедім .", "мұндай", "DET"),  # such a big house
    ("Мұндай болмайды .", "бұл", "PRON"),  # alone: the pronoun
])
def test_a_demonstrative_of_quality_before_a_noun(text, lemma, upos):
    out = qualities_before_nouns(_first(text, "Мұндай", lambda a: a.upos == "PRON"))
    assert _reading(out, text, "Мұндай") == (lemma, upos)


@pytest.mark.parametrize("text, upos", [
    ("Тек ертең ғана келемін .", "ADV"),  # only tomorrow
    ("Мен барамын , тек ертең .", "CCONJ"),  # inside a sentence: left as chosen
])
def test_only_opening_a_sentence(text, upos):
    out = only_opening(_first(text, "тек" if "тек" in text.split() else "Тек", lambda a: a.upos == "CCONJ"))
    assert _reading(out, text, "тек" if "тек" in text.split() else "Тек") == ("тек", upos)


@pytest.mark.parametrize("text, word, lemma, upos", [
    ("Қазақстан рейтингтің алғашқы ондағы орнын сақтады .", "ондағы", "он", "NUM"),  # the first ten
    ("Құрама әлемнің үздік ондағы командаларын жеңді .", "ондағы", "он", "NUM"),  # the best ten
    ("Біз ондағы адамдарды көрдік .", "ондағы", "ол", "PRON"),  # no rank before: there
    ("Алғашқы мұндағы күн жақсы өтті .", "мұндағы", "бұл", "PRON"),  # no numeral's reading
])
def test_ten_after_a_rank(text, word, lemma, upos):
    out = tens_of_ranks(_first(text, word, lambda a: a.upos == "PRON"))
    assert _reading(out, text, word) == (lemma, upos)


@pytest.mark.parametrize("text, word, upos", [
    ("Екі ел ынтымақтасуға келісті", "келісті", "VERB"),  # a headline: its last word the predicate, agreed
    ("Екі ел ынтымақтасуға келісті .", "келісті", "ADJ"),  # a full stop: the ranker's to read, left as chosen
    ("Бұл жігіт өте келісті жігіт", "келісті", "ADJ"),  # shapely, inside the sentence: left as chosen
    ("Деректер толық", "толық", "ADJ"),  # complete: its verb reading an imperative (be filled), no report
    ("Балқаш көлін құтқару керек", "керек", "ADJ"),  # must: a modal predicate, no imperative verb
])
def test_an_unpunctuated_end_is_the_predicate(text, word, upos):
    out = unpunctuated_ends(_first(text, word, lambda a: a.upos == "ADJ"))
    assert out[text.split().index(word)][0].upos == upos


@pytest.mark.parametrize("text, word, case", [
    ("Қор Қазгидрометпен ынтымақтасуға келісті .", "Қазгидрометпен", "Case=Ins"),  # with Kazhydromet
    ("Біз Жетісубаймен кездестік .", "Жетісубаймен", "Case=Ins"),  # with Zhetisubai
    ("Қор Қазгидромет жобасын қолдады .", "Қазгидромет", "Case=Nom"),  # no instrumental ending: as chosen
])
def test_a_name_guessed_whole_keeps_its_instrumental(text, word, case):
    out = names_with_instrumentals(_first(text, word, lambda a: a.upos == "PROPN" and a.lemma == word))
    first = out[text.split().index(word)][0]
    assert first.upos == "PROPN" and case in first.feats
