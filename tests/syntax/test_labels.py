"""taldau.syntax.labels: relations the word's reading and its head decide, whatever the parser said."""
from functools import cache

import pytest

from taldau.pipeline import Pipeline
from taldau.syntax.labels import relabel


@cache
def tagger() -> Pipeline:
    return Pipeline(["morph", "tagger"])


def relabelled(text: str, heads: list[int], deprels: list[str]) -> list[str]:
    """The relations after `relabel`, the heads (0-based, the root its own head) checked unchanged."""
    tokens = tagger()(text).tokens
    assert len(tokens) == len(heads) == len(deprels)
    given, deprels = list(heads), list(deprels)
    relabel(heads, deprels, tokens)
    assert heads == given
    return deprels


CASES = [  # text, heads, the parser's relations, the relations wanted
    # an ordinal on its noun is amod, a cardinal nummod
    ("Біз 5-ші қабатта тұрамыз.", [3, 2, 3, 3, 3], ["nsubj", "nummod", "obl", "root", "punct"],
     ["nsubj", "amod", "obl", "root", "punct"]),
    ("Бес бала ауылға келді.", [1, 3, 3, 3, 3], ["amod", "nsubj", "obl", "root", "punct"],
     ["nummod", "nsubj", "obl", "root", "punct"]),
    # a cardinal on a cardinal is one number, compound
    ("Ауылда екі мың адам тұрады.", [4, 2, 3, 4, 4, 4], ["obl", "nummod", "nummod", "nsubj", "root", "punct"],
     ["obl", "compound", "nummod", "nsubj", "root", "punct"]),
    # an accusative on a verb is its object, never its subject or oblique
    ("Балалар кітапты оқыды.", [2, 2, 2, 2], ["nsubj", "nsubj", "root", "punct"],
     ["nsubj", "obj", "root", "punct"]),
    # a passive verb's nominative is its subject
    ("Жаңа мектеп салынды.", [1, 2, 2, 2], ["amod", "obj", "root", "punct"], ["amod", "nsubj", "root", "punct"]),
    # a possessed nominative is a subject
    ("Қаланың халқы өсті.", [1, 2, 2, 2], ["nmod:poss", "obj", "root", "punct"],
     ["nmod:poss", "nsubj", "root", "punct"]),
    # of two subjects, the bare noun right before an active verb is its object
    ("Ол хат жазды.", [2, 2, 2, 2], ["nsubj", "nsubj", "root", "punct"], ["nsubj", "obj", "root", "punct"]),
    # a conjunction is cc
    ("Асқар мен Айгүл келді.", [3, 2, 0, 3, 3], ["nsubj", "advmod", "conj", "root", "punct"],
     ["nsubj", "cc", "conj", "root", "punct"]),
    # the copula on a noun is cop, an aspect auxiliary after a converb aux
    ("Ол мұғалім еді.", [1, 1, 1, 1], ["nsubj", "root", "aux", "punct"], ["nsubj", "root", "cop", "punct"]),
    ("Ол хат жазып отыр.", [2, 2, 2, 2, 2], ["nsubj", "obj", "root", "cop", "punct"],
     ["nsubj", "obj", "root", "aux", "punct"]),
    # a genitive on a noun is its possessor
    ("Ауылдың мектебі жаңа.", [1, 2, 2, 2], ["nsubj", "nsubj", "root", "punct"],
     ["nmod:poss", "nsubj", "root", "punct"]),
    # a genitive on a verbal noun is its subject
    ("Ағамның келгені бізді қуантты.", [1, 3, 3, 3, 3], ["nmod:poss", "nsubj", "obj", "root", "punct"],
     ["nsubj", "nsubj", "obj", "root", "punct"]),
    # a nominative before a dash is the subject of the nominal predicate after it
    ("Астана – елдің жүрегі.", [3, 3, 3, 3, 3], ["nmod", "punct", "nmod:poss", "root", "punct"],
     ["nsubj", "punct", "nmod:poss", "root", "punct"]),
    # a locative with -дағы on a noun is its attribute
    ("Өңірдегі мектептер жаңартылды.", [1, 2, 2, 2], ["nmod", "nsubj", "root", "punct"],
     ["amod", "nsubj", "root", "punct"]),
    # an adjective on a verb is an adverbial modifier
    ("Үйлер тығыз орналасқан.", [2, 2, 2, 2], ["nsubj", "amod", "root", "punct"],
     ["nsubj", "advmod", "root", "punct"]),
    # a verbal noun before a noun heads a clause, acl
    ("Оқу кезеңі аяқталды.", [1, 2, 2, 2], ["nmod:poss", "nsubj", "root", "punct"],
     ["acl", "nsubj", "root", "punct"]),
]

DECOYS = [  # the parser's relations are kept
    # a numeral on a verb (its oblique here) is no noun's numeral
    ("Біз 5-ші қабатта тұрамыз.", [3, 3, 3, 3, 3], ["nsubj", "obl", "obl", "root", "punct"]),
    # a dative stays an oblique; an accusative in coordination stays conj
    ("Бес бала ауылға келді.", [1, 3, 3, 3, 3], ["nummod", "nsubj", "obl", "root", "punct"]),
    ("Ол кітапты, дәптерді алды.", [4, 4, 3, 1, 4, 4], ["nsubj", "obj", "punct", "conj", "root", "punct"]),
    # a bare object of an active verb stays its object; a lone subject right before its verb stays the subject
    ("Ол хат жазды.", [2, 2, 2, 2], ["nsubj", "obj", "root", "punct"]),
    ("Бала келді.", [1, 1, 1], ["nsubj", "root", "punct"]),
    # a plain locative on a verb stays its oblique; a verbal noun on a verb is no noun's modifier
    ("Өңірдегі мектептер жаңартылды.", [2, 2, 2, 2], ["obl", "nsubj", "root", "punct"]),
    ("Оқу кезеңі аяқталды.", [2, 2, 2, 2], ["nmod", "nsubj", "root", "punct"]),
    # да read as the adverb "too" stays advmod
    ("Ол да келді.", [2, 2, 2, 2], ["nsubj", "advmod", "root", "punct"]),
    # an adjective on a noun stays amod
    ("Жаңа кітаптар келді.", [1, 2, 2, 2], ["amod", "nsubj", "root", "punct"]),
    ("Ол жаңа үй салды.", [3, 2, 3, 3, 3], ["nsubj", "amod", "obj", "root", "punct"]),
    # a locative before the dash stays an oblique
    ("Алматыда – үлкен мереке.", [3, 3, 3, 3, 3], ["obl", "punct", "amod", "root", "punct"]),
    # a genitive in coordination stays conj; a dative on a verbal noun stays its oblique
    ("Ауылдың мектебі жаңа.", [1, 2, 2, 2], ["conj", "nsubj", "root", "punct"]),
    ("Ағамның ауылға келгені бізді қуантты.", [2, 2, 4, 4, 4, 4], ["nsubj", "obl", "nsubj", "obj", "root", "punct"]),
]


@pytest.mark.parametrize(("text", "heads", "given", "wanted"), CASES)
def test_grammar_decides_the_relation(text, heads, given, wanted):
    assert relabelled(text, heads, given) == wanted


@pytest.mark.parametrize(("text", "heads", "given"), DECOYS)
def test_the_parser_relation_stays_where_grammar_does_not_decide(text, heads, given):
    assert relabelled(text, heads, given) == given


def test_a_root_is_never_relabelled():
    assert relabelled("Бес.", [0, 0], ["root", "punct"]) == ["root", "punct"]
