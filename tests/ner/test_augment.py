"""Mention replacement (tools.ner.augment) on sentences written for these tests."""
import pytest

from taldau.ner import spans
from tools.ner import augment, build_names

# words with entities marked word/CLASS (B- for the first word of a run, I- after it)
SENTENCES = """
Делегация Алматыда/GPE өтетін/O форумға/O барды/O .
Министр Астанада/GPE кездесу өткізді .
Кеше Шымкентте/GPE жаңа зауыт ашылды .
Ұлттық/ORGANISATION банк/ORGANISATION жаңа/O ставканы жариялады .
Халықаралық/ORGANISATION валюта/ORGANISATION қоры/ORGANISATION болжамын өзгертті .
Ұлттық/ORGANISATION банктің/ORGANISATION төрағасы мәлімдеме жасады .
Бүгін/DATE Ресей/GPE мен/O Қытай/GPE келісімге қол қойды .
Еуразиялық/ORGANISATION даму/ORGANISATION банкі/ORGANISATION Алматыда/GPE жиналыс өткізді .
Форум Таразда/GPE өтті .
Концерт Атырауда/GPE болды .
Кездесу Қостанайда/GPE өтті .
"""


def parse(line: str):
    words, labels = [], []
    for token in line.split():
        word, _, kind = token.partition("/")
        if kind and kind != "O":
            inside = bool(labels) and labels[-1][2:] == kind
            labels.append(("I-" if inside else "B-") + kind)
        else:
            labels.append("O")
        words.append(word)
    return tuple(words), tuple(labels)


CORPUS = [parse(line) for line in SENTENCES.strip().splitlines()]


def test_copies_are_seeded_and_keep_labels_aligned():
    how = augment.Augment(1.0, copies=2)
    first, second = list(augment.copies(CORPUS, how)), list(augment.copies(CORPUS, how))
    assert first == second and len(first) == 2 * len(CORPUS)
    for (words, labels), source in first:
        assert len(words) == len(labels)
        kinds = [kind for kind, _, _ in spans(labels)]
        assert kinds == [kind for kind, _, _ in spans(CORPUS[source][1])]  # the same classes in the same order
    assert any(words != CORPUS[source][0] for (words, _), source in first)  # Астанада -> Алматыда (one fold)


def test_a_replacement_is_a_name_of_its_class_with_the_same_ending_from_the_same_jackknife_fold():
    names = {(build_names.fold(s), kind, s[0][a:b]) for s in CORPUS for kind, a, b in spans(s[1])}
    for (words, labels), source in augment.copies(CORPUS, augment.Augment(1.0, copies=3)):
        for (kind, a, b), (_, x, y) in zip(spans(labels), spans(CORPUS[source][1])):
            if kind != "DATE":
                assert (build_names.fold(CORPUS[source]), kind, words[a:b]) in names
                assert augment.ending(words[b - 1]) == augment.ending(CORPUS[source][0][y - 1])


def test_numbers_and_dates_are_never_replaced_and_weak_only_leaves_places():
    for (words, labels), source in augment.copies(CORPUS, augment.Augment(1.0, copies=3, weak_only=True)):
        original_words, original_labels = CORPUS[source]
        kept = [(w, l) for w, l in zip(original_words, original_labels) if l[2:] in ("GPE", "DATE", "")]
        assert all(pair in zip(words, labels) for pair in kept)


def test_no_share_no_copies():
    assert list(augment.copies(CORPUS, augment.Augment(0.0))) == []


def test_the_ending_is_what_the_stem_leaves():
    assert augment.ending("Алматыда") == "да"
    assert augment.ending("Қытай") == ""
    assert augment.ending("АҚШ-тың") == "-тың"


def test_unseen_replacements_are_no_name_of_the_copys_table():
    known = build_names.stems(("Таразда",))
    tables = [{known: ("GPE", "h")}] * len(CORPUS)  # Тараз is a name the table knows: never drawn
    how = augment.Augment(1.0, copies=3, unseen=True)
    replaced = [(words[a:b], CORPUS[source][0][x:y])
                for (words, labels), source in augment.copies(CORPUS, how, tables)
                for (_, a, b), (_, x, y) in zip(spans(labels), spans(CORPUS[source][1]))]
    drawn = {new for new, old in replaced if new != old}
    assert {("Атырауда",), ("Қостанайда",)} <= drawn  # Таразда -> Атырауда... (one jackknife fold), never back
    assert all(build_names.stems(name) != known for name in drawn)
    with pytest.raises(ValueError, match="names table"):
        list(augment.copies(CORPUS, how))
