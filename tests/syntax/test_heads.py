"""taldau.syntax.heads: heads that grammar and KTB's conventions decide, whatever the parser said. Each rule
moves a head in our own sentence and leaves a decoy alone."""
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from taldau.pipeline import Pipeline
from taldau.syntax.heads import (
    RULES,
    arguments,
    attributives,
    bracketed_appositions,
    clause_commas,
    closed_quotations,
    conjuncts,
    coordinators,
    dashed_predicates,
    enclosing_marks,
    final_marks,
    inner_dashes,
    openers,
    opening_dashes,
    phrases,
    possessors,
    rehang,
    speakers,
)
from taldau.syntax.tree import repair


@cache
def tagger() -> Pipeline:
    return Pipeline(["morph", "tagger"])


def test_a_nominative_noun_in_brackets_after_a_noun_is_its_apposition():
    tokens = tagger()("Ауылға жаңа мектеп (орта мектеп) салынды.").tokens
    heads = [7, 2, 5, 5, 5, 7, 5, 7, 7]  # the first мектеп hung inside the brackets, the second the subject
    deprels = ["obl", "amod", "nsubj", "punct", "amod", "nsubj", "punct", "root", "punct"]
    assert bracketed_appositions(heads, deprels, tokens)
    assert (heads[2], deprels[2], heads[5], deprels[5]) == (7, "nsubj", 2, "appos")
    assert repair(heads, deprels) == (heads, deprels)


def test_a_bracket_in_another_case_or_of_an_adverb_is_left_to_the_parser():
    for text, heads in (("Кітапты (екінші томын) оқыдым.", [5, 3, 3, 5, 3, 5, 5]),
                        ("Ол үйге (кешке) келді.", [5, 5, 3, 5, 3, 5, 5])):
        deprels = ["obj" if h == 5 else "punct" for h in heads]
        wanted = list(heads), list(deprels)
        assert not bracketed_appositions(heads, deprels, tagger()(text).tokens)
        assert (heads, deprels) == wanted


QUOTED = "Ауыл әкімі: «Жол жөнделеді», – деді."  # Ауыл әкімі : « Жол жөнделеді » , – деді .


def test_a_speaker_before_a_quotation_hangs_where_the_quotation_hangs():
    heads = [1, 5, 5, 5, 5, 9, 5, 5, 5, 9, 9]  # әкімі a second subject of the quoted жөнделеді
    deprels = ["nmod:poss", "nsubj", "punct", "punct", "nsubj", "ccomp", "punct", "punct", "punct", "root", "punct"]
    assert closed_quotations(heads, deprels, tagger()(QUOTED).tokens)
    assert (heads[1], deprels[1]) == (9, "nsubj") and heads[4:7] == [5, 9, 5]


def test_a_quotation_holding_the_root_keeps_the_words_before_it():
    heads = [1, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]
    deprels = ["nmod:poss", "nsubj", "punct", "punct", "nsubj", "root", "punct", "punct", "punct", "parataxis", "punct"]
    assert not closed_quotations(heads, deprels, tagger()(QUOTED).tokens)
    assert heads == [1, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]


@pytest.mark.parametrize(("text", "heads", "wanted"), [
    ("Ауылдың жаңа мектебі ашылды.", [1, 2, 3, 3, 3], 2),  # hung on the adjective: on the possessed noun
    ("Менің ауылға сапарым аяқталды.", [1, 3, 3, 3, 3], 2),  # the first person's possessee, past a dative
])
def test_a_genitive_hangs_on_the_first_word_bearing_its_person(text, heads, wanted):
    deprels = ["nmod:poss"] + ["dep"] * (len(heads) - 1)
    assert possessors(heads, deprels, tagger()(text).tokens)
    assert heads[0] == wanted


@pytest.mark.parametrize(("text", "heads"), [
    ("Ағамның келгені бізді қуантты.", [1, 3, 3, 3, 3]),  # on the verbal noun bearing its person already
    ("Бұл кітап ағамның.", [1, 2, 2, 2]),  # a predicate genitive (the root): no possessee to look for
    ("Бұл кітап ағамның.", [1, 1, 1, 1]),  # nothing after it bears its person
])
def test_a_genitive_stays_where_no_possessee_calls_it(text, heads):
    given = list(heads)
    assert not possessors(heads, ["dep"] * len(heads), tagger()(text).tokens)
    assert heads == given


@pytest.mark.parametrize(("text", "heads", "wanted"), [
    # hung on the participle: on the verb that says "we"
    ("Біз досымыз жазған кітап үшін алғыс айтамыз.", [2, 2, 3, 6, 3, 6, 6, 6], 6),
    # hung on the object: on the converb whose auxiliary says "I"
    ("Мен хат жазып отырмын.", [1, 2, 2, 2, 2], 2),
])
def test_i_and_you_are_the_subject_of_the_predicate_bearing_their_person(text, heads, wanted):
    deprels = ["nsubj"] + ["dep"] * (len(heads) - 1)
    assert speakers(heads, deprels, tagger()(text).tokens)
    assert heads[0] == wanted


def test_i_or_you_hung_as_a_possessor_is_the_subject_of_its_predicate():
    heads, deprels = [1, 4, 3, 4, 4, 4], ["nmod:poss", "obl", "amod", "obj", "root", "punct"]  # "we" on ауылда
    assert speakers(heads, deprels, tagger()("Біз ауылда жаңа үй салдық.").tokens)
    assert (heads[0], deprels[0]) == (4, "nsubj")


def test_i_or_you_possessing_a_noun_with_their_person_stays():
    heads, deprels = [1, 3, 1, 3, 3], ["nmod:poss", "obl", "case", "root", "punct"]  # "we" on "our unity"
    assert not speakers(heads, deprels, tagger()("Біз бірлігіміз арқылы жеңдік.").tokens)
    assert (heads[0], deprels[0]) == (1, "nmod:poss")


@pytest.mark.parametrize(("text", "heads"), [
    ("Біз ауылға келдік.", [2, 2, 2, 2]),  # on the verb that says "we" already
    ("Ол жазған хат жақсы.", [1, 2, 3, 3, 3]),  # "he" bears no person to look for
])
def test_a_subject_pronoun_stays_where_its_person_does_not_call_it(text, heads):
    given = list(heads)
    assert not speakers(heads, ["nsubj"] + ["dep"] * (len(heads) - 1), tagger()(text).tokens)
    assert heads == given


@pytest.mark.parametrize(("text", "heads", "x", "wanted"), [
    ("Ол жыл сайын ауылға келеді.", [4, 4, 4, 4, 4, 4], 1, 2),  # жыл (X) hung on the verb: on сайын
    ("Біз бұл мәселеге назар аудардық.", [4, 2, 4, 4, 4, 4], 3, 4),  # назар on its verb already: dep all the same
])
def test_the_first_word_of_a_phrase_hangs_on_the_next_as_dep(text, heads, x, wanted):
    deprels = ["obl"] * len(heads)
    phrases(heads, deprels, tagger()(text).tokens)
    assert (heads[x], deprels[x]) == (wanted, "dep")


def test_a_noun_before_its_verb_is_no_phrase():
    heads, deprels = [2, 2, 2, 2], ["nsubj", "obj", "root", "punct"]
    assert not phrases(heads, deprels, tagger()("Ол хат жазды.").tokens)
    assert (heads, deprels) == ([2, 2, 2, 2], ["nsubj", "obj", "root", "punct"])


def test_a_conjunction_hangs_on_the_conjunct_after_it():
    heads = [4, 4, 0, 4, 4, 4]  # мен on the verb, Айгүл conj of Асқар
    deprels = ["nsubj", "cc", "conj", "obl", "root", "punct"]
    assert coordinators(heads, deprels, tagger()("Асқар мен Айгүл қалаға барды.").tokens)
    assert heads[1] == 2


def test_a_conjunction_with_no_conjunct_after_it_stays():
    heads = [4, 4, 4, 4, 4, 4]  # Айгүл a second subject: no conjunct to hang on
    deprels = ["nsubj", "cc", "nsubj", "obl", "root", "punct"]
    assert not coordinators(heads, deprels, tagger()("Асқар мен Айгүл қалаға барды.").tokens)
    assert heads == [4, 4, 4, 4, 4, 4]


def test_the_predicate_after_a_dash_heads_the_sentence():
    heads = [0, 0, 3, 0, 0]  # Астана the root, жүрегі its conj, the period on it
    deprels = ["root", "punct", "nmod:poss", "conj", "punct"]
    assert dashed_predicates(heads, deprels, tagger()("Астана – елдің жүрегі.").tokens)
    assert heads == [3, 0, 3, 3, 3] and deprels[0] == "nsubj" and deprels[3] == "root"


@pytest.mark.parametrize(("text", "heads"), [
    ("Ол – менің досым.", [3, 0, 3, 3, 3]),  # the root after the dash already
    ("– Мен келдім.", [2, 2, 2, 2]),  # a dash opening a line of speech
])
def test_a_root_after_the_dash_or_no_dash_inside_stays(text, heads):
    given = list(heads)
    assert not dashed_predicates(heads, ["dep"] * len(heads), tagger()(text).tokens)
    assert heads == given


@pytest.mark.parametrize(("text", "heads", "deprel"), [
    ("Алайда біз ауылға бардық.", [2, 3, 3, 3, 3], "advmod"),  # hung on the oblique: on the verb
    ("Сондықтан біз ауылға бардық.", [1, 3, 3, 3, 3], "cc"),
])
def test_a_word_opening_a_sentence_hangs_on_its_root(text, heads, deprel):
    deprels = [deprel, "nsubj", "obl", "root", "punct"]
    assert openers(heads, deprels, tagger()(text).tokens)
    assert heads[0] == 3


def test_an_adverb_of_degree_opening_a_sentence_stays_on_its_adjective():
    heads, deprels = [1, 2, 3, 3, 3], ["advmod", "amod", "nsubj", "root", "punct"]
    assert not openers(heads, deprels, tagger()("Өте үлкен үй салынды.").tokens)
    assert heads == [1, 2, 3, 3, 3]


@pytest.mark.parametrize(("deprel", "other"), [("nsubj", "obj"), ("obl", "nsubj")])
def test_an_argument_hung_on_a_postposition_hangs_on_the_root(deprel, other):
    heads, deprels = [2, 2, 5, 5, 5, 5, 5], [deprel, "dep", "obl", "obl", other, "root", "punct"]
    assert arguments(heads, deprels, tagger()("Үкімет жыл сайын ауылға қаржы бөледі.").tokens)
    assert heads[0] == 5


def test_a_subject_of_a_participle_stays():
    heads, deprels = [1, 2, 3, 3, 3], ["nsubj", "acl", "nsubj", "root", "punct"]
    assert not arguments(heads, deprels, tagger()("Ол жазған хат жақсы.").tokens)
    assert heads == [1, 2, 3, 3, 3]


def test_quotation_marks_hang_on_the_head_of_what_they_enclose():
    heads = [5, 4, 4, 5, 5, 5, 5]  # « on the noun after the name, » on the verb
    deprels = ["nsubj", "punct", "nmod:poss", "punct", "obl", "root", "punct"]
    assert enclosing_marks(heads, deprels, tagger()("Ол «Береке» базарында болды.").tokens)
    assert heads[1] == heads[3] == 2


@pytest.mark.parametrize(("text", "heads"), [
    ("Ол «Береке» базарында болды.", [5, 2, 4, 2, 5, 5, 5]),  # on the name already
    ("Ол «Береке базарында болды.", [5, 2, 4, 5, 5, 5]),  # no closing mark
])
def test_marks_on_their_phrase_or_unpaired_stay(text, heads):
    given = list(heads)
    assert not enclosing_marks(heads, ["dep"] * len(heads), tagger()(text).tokens)
    assert heads == given


def test_a_dash_after_a_word_hangs_on_that_word():
    heads, deprels = [3, 3, 3, 3, 3], ["nsubj", "punct", "nmod:poss", "root", "punct"]
    assert inner_dashes(heads, deprels, tagger()("Астана – елдің жүрегі.").tokens)
    assert heads[1] == 0


def test_a_dash_after_a_comma_stays():
    heads, deprels = [1, 4, 4, 4, 4, 4, 4], ["nsubj", "ccomp", "punct", "punct", "root", "nsubj", "punct"]
    assert not inner_dashes(heads, deprels, tagger()("Ол келді, – деді Асқар.").tokens)
    assert heads == [1, 4, 4, 4, 4, 4, 4]


def test_two_nominals_joined_on_one_head_are_one_coordination():
    heads, deprels = [4, 4, 4, 4, 4, 4], ["nsubj", "cc", "nsubj", "obl", "root", "punct"]  # two subjects of барды
    assert conjuncts(heads, deprels, tagger()("Асқар мен Айгүл қалаға барды.").tokens)
    assert (heads[2], deprels[2]) == (0, "conj")


def test_clauses_joined_by_a_conjunction_are_left_to_the_parser():
    heads = [2, 2, 6, 6, 6, 6, 6, 6]  # бардық and Асқар on one head, but бардық is a verb
    deprels = ["nsubj", "obl", "conj", "cc", "nsubj", "obl", "root", "punct"]
    assert not conjuncts(heads, deprels, tagger()("Біз ауылға бардық және Асқар қалаға кетті.").tokens)
    assert heads == [2, 2, 6, 6, 6, 6, 6, 6]


def test_a_second_nominal_inflected_for_the_pair_makes_the_first_take_its_place():
    heads = [5, 5, 3, 4, 5, 5, 5]  # тыныштық a second subject, бейбітшілікті the object of сақтауға
    deprels = ["nsubj", "nsubj", "cc", "obj", "advcl", "root", "punct"]
    assert conjuncts(heads, deprels, tagger()("Ол тыныштық пен бейбітшілікті сақтауға шақырды.").tokens)
    assert (heads[1], deprels[1], heads[3], deprels[3]) == (4, "obj", 1, "conj")
    assert repair(heads, deprels) == (heads, deprels)


def test_the_second_conjunct_is_the_head_of_the_words_after_the_conjunction():
    heads = [4, 3, 3, 4, 5, 5, 5]  # the two genitives possessors of жұмысын, бас a compound of прокурордың
    deprels = ["nmod:poss", "cc", "compound", "nmod:poss", "obj", "root", "punct"]
    assert conjuncts(heads, deprels, tagger()("Соттың және бас прокурордың жұмысын қолдаймыз.").tokens)
    assert heads[:4] == [4, 3, 3, 0] and deprels[3] == "conj"


def test_a_name_of_several_words_joins_a_coordination_by_its_first_word():
    heads = [6, 6, 1, 4, 6, 6, 6, 6]  # Айгүл a second subject; Сейітов the flat:name of Б.
    deprels = ["advmod", "nsubj", "flat:name", "cc", "nsubj", "obl", "root", "punct"]
    assert conjuncts(heads, deprels, tagger()("Кеше Б. Сейітов пен Айгүл ауылға келді.").tokens)
    assert (heads[1], heads[2], heads[4], deprels[4]) == (6, 1, 1, "conj")


def test_nominals_in_other_cases_are_no_coordination():
    heads, deprels = [5, 5, 4, 5, 5, 5, 5], ["advmod", "obl", "cc", "obl", "obl", "root", "punct"]
    assert not conjuncts(heads, deprels, tagger()("Кеше ауылда және бүгін қалаға келді.").tokens)
    assert heads == [5, 5, 4, 5, 5, 5, 5]


@pytest.mark.parametrize(("text", "heads", "deprels", "wanted"), [
    # on the last conjunct of the root
    ("Біз кітап оқимыз және хат жазамыз.", [2, 2, 2, 5, 5, 2, 2],
     ["nsubj", "obj", "root", "cc", "obj", "conj", "punct"], 5),
    # hung on the object: on the root
    ("– Біз бұл жобаны қолдаймыз.", [4, 4, 3, 4, 4, 3], ["punct", "nsubj", "det", "obj", "root", "punct"], 4),
])
def test_the_mark_ending_a_sentence_hangs_on_its_root_or_last_conjunct(text, heads, deprels, wanted):
    assert final_marks(heads, deprels, tagger()(text).tokens)
    assert heads[-1] == wanted


def test_a_closing_quote_ending_a_sentence_is_not_its_mark():
    heads, deprels = [1, 1, 1, 4, 1, 4], ["nsubj", "root", "punct", "punct", "ccomp", "punct"]
    assert not final_marks(heads, deprels, tagger()("Ол айтты: «Келемін»").tokens)
    assert heads == [1, 1, 1, 4, 1, 4]


def test_a_dash_opening_a_line_of_speech_hangs_on_the_root():
    heads, deprels = [1, 4, 3, 4, 4, 4], ["punct", "nsubj", "det", "obj", "root", "punct"]
    assert opening_dashes(heads, deprels, tagger()("– Біз бұл жобаны қолдаймыз.").tokens)
    assert heads[0] == 4


def test_a_dash_inside_a_sentence_is_no_opening_dash():
    heads, deprels = [3, 0, 3, 3, 3], ["nsubj", "punct", "nmod:poss", "root", "punct"]
    assert not opening_dashes(heads, deprels, tagger()("Астана – елдің жүрегі.").tokens)
    assert heads == [3, 0, 3, 3, 3]


def test_a_comma_ending_a_clause_hangs_on_the_clause():
    heads = [1, 5, 5, 5, 5, 5, 5]  # the comma after the converb's clause on the verb
    deprels = ["obl", "advcl", "punct", "nsubj", "obj", "root", "punct"]
    assert clause_commas(heads, deprels, tagger()("Ауылға барып, біз досымызды көрдік.").tokens)
    assert heads[2] == 1


def test_a_comma_after_an_oblique_stays():
    heads, deprels = [5, 5, 5, 5, 5, 5, 5], ["advmod", "obl", "punct", "nsubj", "obj", "root", "punct"]
    assert not clause_commas(heads, deprels, tagger()("Кеше ауылда, біз досымызды көрдік.").tokens)
    assert heads == [5, 5, 5, 5, 5, 5, 5]


def test_an_attributive_locative_on_a_verb_takes_the_noun_after_it():
    heads, deprels = [3, 2, 3, 3, 3], ["obl", "amod", "obj", "root", "punct"]  # Қаладағы on the verb
    assert attributives(heads, deprels, tagger()("Қаладағы үлкен саябақты жөндеді.").tokens)
    assert (heads[0], deprels[0]) == (2, "amod")


def test_an_attributive_locative_takes_the_head_of_the_noun_phrase_after_it():
    heads, deprels = [3, 2, 3, 3, 3], ["obl", "compound", "obj", "root", "punct"]  # мектеп inside the phrase
    assert attributives(heads, deprels, tagger()("Ауылдағы мектеп ғимаратын жөндеді.").tokens)
    assert heads[0] == 2


def test_a_plain_locative_or_an_attributive_on_a_noun_stays():
    for text, heads in (("Қалада үлкен саябақты жөндеді.", [3, 2, 3, 3, 3]),  # a locative on its verb
                        ("Қаладағы үлкен саябақты жөндеді.", [2, 2, 3, 3, 3])):  # already on its noun
        deprels = ["obl", "amod", "obj", "root", "punct"]
        wanted = list(heads), list(deprels)
        assert not attributives(heads, deprels, tagger()(text).tokens)
        assert (heads, deprels) == wanted


RICH = "Алайда Мемлекет басшысы Болат Сейітов пен Айгүл – қаладағы «Береке» (жаңа) базарының басшылары, – деді ол."  # every rule
# has something to read
DEPRELS = ["nsubj", "obj", "obl", "cc", "conj", "advmod", "punct", "dep", "nmod:poss", "root", "ccomp", "amod"]


@given(st.data())
@settings(max_examples=300, deadline=None)
def test_each_rule_keeps_any_tree_a_tree(data):
    tokens = tagger()(RICH).tokens
    n = len(tokens)
    root = data.draw(st.integers(0, n - 1))
    heads = [root if i == root else data.draw(st.integers(0, n - 1)) for i in range(n)]
    heads, deprels = repair(heads, [data.draw(st.sampled_from(DEPRELS)) for _ in range(n)])
    rehung = rehang(list(heads), list(deprels), tokens)
    assert repair(*rehung) == rehung
    for rule in RULES:  # the later rules read a tree and leave one: no repair between them
        rule(heads, deprels, tokens)
        assert repair(heads, deprels)[0] == heads, rule.__name__
