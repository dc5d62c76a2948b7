"""The names table: built from labelled sentences written for these tests, matched by stems, longest first."""
from taldau.ner import names
from tools.ner import build_names

# Sentences written for the test: words and IOB2 labels side by side.
SENTENCES = [
    ("Шанхай ынтымақтастық ұйымы құрылды", "B-ORGANISATION I-ORGANISATION I-ORGANISATION O"),
    ("Шанхай ынтымақтастық ұйымының отырысы өтті", "B-ORGANISATION I-ORGANISATION I-ORGANISATION O O"),
    ("Шанхай қаласы үлкен", "B-GPE O O"),
    ("Шанхайда жаңбыр жауды", "B-GPE O O"),
    ("Шанхайдан ұшақ ұшты", "B-GPE O O"),
    ("Бүгін 5 адам келді", "O B-CARDINAL O O"),
    ("жол жөнделді", "O O"),
    ("жол жабылды", "O O"),
    ("жаңа жол салынды", "O O O"),
    ("Жол фильмі шықты", "B-ART O O"),
]

# words | expected `nm=` tags per token ("-" for none)
MATCHES = """
Шанхай ынтымақтастық ұйымымен келісті | B-ORGANISATION I-ORGANISATION E-ORGANISATION -
Шанхайға барды | S-GPE -
5 адам | - -
Жол жөнделді | - -
"""


def table() -> names.Table:
    return build_names.build([(tuple(w.split()), tuple(l.split())) for w, l in SENTENCES])


def test_numeric_and_rare_names_left_out():
    known = table()
    assert build_names.stems(["5"]) not in known  # numeric classes come from taldau.numbers
    assert build_names.stems(["Жол"]) not in known  # a name in one of four occurrences


def test_tags():
    known = table()
    for line in MATCHES.strip().splitlines():
        words, expected = (part.split() for part in line.split("|"))
        found = names.tags(build_names.stems(words), known)
        assert [next((t[3:] for t in tags if t.startswith("nm=")), "-") for tags in found] == expected, words


def test_jackknife_never_sees_its_own_sentence():
    sentences = [(tuple(w.split()), tuple(l.split())) for w, l in SENTENCES]
    for sentence, known in zip(sentences, build_names.jackknife(sentences)):
        others = [s for s in sentences if build_names.fold(s) != build_names.fold(sentence)]
        assert known == build_names.build(others)


def test_committed_table_loads():
    assert names.table()
    assert all(share in ("h", "m") for _, share in names.table().values())
