"""The parser: hand-written trees (tests/syntax/trees.txt), one tree per sentence whatever the text, and
CoNLL-U, JSON and HTML output carrying the syntax."""
from __future__ import annotations

from functools import cache
from pathlib import Path

import conllu
import pytest
from hypothesis import given, settings, strategies as st

from taldau.export import conll, html, json as json_export
from taldau.pipeline import Pipeline
from taldau.syntax import component

TREES = Path(__file__).with_name("trees.txt")


def cases() -> list:
    """(sentence, [(token, head token or "-", relation)]) per block of trees.txt, xfail where marked."""
    out = []
    for block in TREES.read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.splitlines() if line and not line.startswith("#")]
        if not lines:
            continue
        why = next((line[len("xfail:"):].strip() for line in lines if line.startswith("xfail:")), None)
        rows = [tuple(line.split("\t")) for line in lines[1:] if "\t" in line]
        marks = [pytest.mark.xfail(reason=why, strict=True)] if why else []
        out.append(pytest.param(lines[0], rows, marks=marks, id=lines[0][:30]))
    return out


@cache
def pipeline() -> Pipeline:
    return Pipeline(["morph", "tagger", "parser"])


def test_latin_kazakh_parses_as_its_cyrillic():
    # the parser reads a word in its normalised Cyrillic form: the 2021 Latin alphabet gets the same tree
    whole = Pipeline()  # its cyrillic component writes the Latin words' norms
    cyrillic = whole("Екі ел су электр станциясын салу жобасын қолдайтынын жеткізді.")
    latin = whole("Ekı el su elektr stantsiiasyn salu jobasyn qoldaitynyn jetkızdı.")
    assert [t.norm for t in latin.tokens] == [t.norm for t in cyrillic.tokens]
    assert [(t.head, t.deprel) for t in latin.tokens] == [(t.head, t.deprel) for t in cyrillic.tokens]


@pytest.mark.parametrize("sentence, expected", cases())
def test_tree(sentence, expected):
    doc = pipeline()(sentence)
    found = [(t.text, "-" if t.head == i else doc.tokens[t.head].text, t.deprel) for i, t in enumerate(doc.tokens)]
    assert found == expected


def is_tree(heads: list[int]) -> bool:
    """`heads` 1-based, 0 for the root (CoNLL-U): exactly one root and every token reaches it."""
    if heads.count(0) != 1:
        return False
    for i in range(1, len(heads) + 1):
        seen, j = set(), i
        while j and j not in seen:
            seen.add(j)
            j = heads[j - 1]
        if j:
            return False
    return True


WORDS = ["Ол", "кітап", "оқыды", "және", "мен", "үйге", "келіп", ",", ".", "?", "2024", "жылы", "Алматыда",
         "Қазақстанның", "астанасы", "біз", "көрген", "фильм", "—", "(", ")", "өте", "жақсы", "болды", "The"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40))
def test_every_sentence_is_one_tree_in_valid_conllu(words):
    doc = pipeline()(" ".join(words))
    parsed = conllu.parse(conll.to_conllu(doc))
    assert len(parsed) == len(doc.sentences)
    for sentence in parsed:
        assert all(row["deprel"] for row in sentence)
        assert is_tree([row["head"] for row in sentence])


def test_a_long_sentence_is_parsed_in_pieces_into_one_tree():
    text = " ".join(["Ол үйге келіп кітап оқыды және"] * 60) + " біз келдік."
    doc = pipeline()(text)
    assert len(doc.sentences) == 1 and len(doc.tokens) > 3 * component.LIMIT
    heads = [row["head"] for row in conllu.parse(conll.to_conllu(doc))[0]]
    assert is_tree(heads)


def test_json_and_html_show_the_syntax():
    doc = pipeline()("Мектепте оқитын балалар келді.")
    tokens = json_export.to_dict(doc)["tokens"]
    root = [i for i, t in enumerate(tokens) if t["deprel"] == "root"]
    assert len(root) == 1 and tokens[root[0]]["head"] == root[0]
    assert all(isinstance(t["head"], int) for t in tokens)
    page = html.to_html(doc)
    assert page.count('<details class="tree">') == 1 and "<svg" in page and "acl:relcl" in page


def test_a_model_folder_without_meta_is_refused(tmp_path):
    with pytest.raises(FileNotFoundError, match="no model for component 'parser'"):
        component.Parser.from_disk(tmp_path / "missing")


def test_a_model_of_another_format_is_refused_with_the_way_out(tmp_path):
    (tmp_path / "meta.json").write_text('{"format": 1}', encoding="utf-8")
    with pytest.raises(ValueError, match="format 1.*tools.syntax.export"):
        component.Parser.from_disk(tmp_path).load()
