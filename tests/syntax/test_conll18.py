"""bench.conll18: words align by character offsets; heads count only through aligned words."""
from bench.conll18 import Word, counts, f1, ufeats


def word(start, end, head=-1, deprel="root", upos="NOUN", multi=False):
    return Word(start, end, "x", upos, "Case=Nom", head, deprel, multi)


GOLD = [word(0, 3, 1, "nsubj"), word(4, 9), word(9, 10, 1, "punct")]  # "Ол келді."


def test_identical_analyses_score_100():
    assert f1(counts(GOLD, GOLD)) == dict.fromkeys(f1(counts(GOLD, GOLD)), 100.0)


def test_a_token_glued_to_its_neighbour_costs_its_word_and_the_head_through_it():
    system = [word(0, 3, 1, "nsubj"), word(4, 10)]  # "келді." as one token
    c = counts(GOLD, system)
    assert (c["Words"], c["UAS"], c["gold"], c["system"]) == (1, 0, 3, 2)  # Ол's head is not aligned


def test_labels_compare_by_their_universal_part():
    system = [word(0, 3, 1, "nsubj:pass"), word(4, 9), word(9, 10, 0, "punct")]
    c = counts(GOLD, system)
    assert (c["UAS"], c["LAS"]) == (2, 2)  # the punctuation's head is wrong


def test_an_unparsed_word_never_scores_a_head():
    system = [w._replace(head=-2) for w in GOLD]
    assert counts(GOLD, system)["UAS"] == 0


def test_multiword_parts_align_with_nothing_unless_split_alike():
    gold = [word(0, 11, 1, "root", multi=False)._replace(multi=True), word(0, 11, 0, "cop")._replace(multi=True)]
    assert counts(gold, [word(0, 11)])["Words"] == 0


def test_ufeats_keeps_universal_features_sorted():
    assert ufeats("Number[psor]=Sing|Case=Gen|Person=3") == "Case=Gen|Person=3"
