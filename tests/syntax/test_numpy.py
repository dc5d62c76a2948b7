"""The numpy parser is spaCy's parser: same hashes, same token ids, same heads and labels on the same model,
and analysing text never imports spaCy."""
from __future__ import annotations

import subprocess
import sys
from functools import cache

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from taldau.pipeline import Pipeline
from taldau.syntax.component import MODEL, Model
from taldau.syntax.hashing import hash_keys, murmurhash64a

spacy = pytest.importorskip("spacy")

SENTENCES = [
    "Келді.",
    "Біз ертең Астанаға барамыз.",
    "Қазақстанның астанасы Астана қаласы болып табылады.",
    "Мектепте оқитын балалар кітапханадан алған кітаптарын қайтарды.",
    "Ауыл шаруашылығы министрлігі биыл егін алқабының көлемін 2 пайызға ұлғайтуды жоспарлап отыр.",
    "Ол үйге келіп, шай ішті де, кешке дейін жұмысын істеді.",
    "Әке мен бала базарға барып, алма, алмұрт және жүзім сатып алды.",
    "«Біздің мақсатымыз — экономиканы әртараптандыру», — деді министр 2024 жылғы 5 наурызда өткен жиында.",
    "Сен кеше кімге хат жаздың?",
]
LONG = ", ".join(["Ол таңертең ерте тұрып, мектепке барды да сабақтан кейін кітапханаға соқты",
                  "інісі болса ауладағы балалармен доп ойнап жүрді"] * 6) + ", сөйтіп күн батты."


@cache
def readings() -> list:
    tag = Pipeline(["morph", "tagger"])
    return [tag(text).tokens for text in [*SENTENCES, LONG]]


def test_the_long_sentence_is_longer_than_a_piece():
    from taldau.syntax.component import LIMIT

    assert len(readings()[-1]) > LIMIT


def test_heads_and_labels_equal_spacys_on_the_same_model():
    from tools.syntax.export import spacy_parse

    sentences = readings()
    expected = spacy_parse(spacy_model(), sentences)
    assert Model(MODEL).parse(sentences) == expected


@cache
def spacy_model():
    return spacy.load(MODEL / "spacy")


WORDS = ["Ол", "кітап", "оқыды", "және", "мен", "үйге", "келіп", ",", ".", "?", "2024", "жылы", "Алматыда", "«",
         "»", "Қазақстанның", "астанасы", "біз", "көрген", "фильм", "—", "өте", "жақсы", "болды", "The", "COVID-19"]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=60))
def test_any_word_sequence_is_parsed_as_spacy_parses_it(words):
    from tools.syntax.export import spacy_parse

    tokens = Pipeline(["morph", "tagger"])(" ".join(words)).tokens
    assert Model(MODEL).parse([tokens]) == spacy_parse(spacy_model(), [tokens])


def test_token_ids_equal_spacys_feature_extractor():
    from taldau.syntax.features import spacy_doc
    from taldau.syntax.network import ATTRS

    nlp = spacy_model()
    attributes = Model(MODEL).attributes
    for tokens in readings():
        assert (attributes(tokens) == spacy_doc(nlp.vocab, tokens).to_array(list(ATTRS))).all()


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=40))
def test_string_hash_is_spacys(text):
    from spacy.strings import hash_string

    assert murmurhash64a(text.encode("utf-8")) == hash_string(text)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=12), st.text(alphabet="aZәҚǅ1.-ʻ中", max_size=12), st.sampled_from(WORDS),
                 st.text(min_size=95, max_size=105)))
def test_word_shape_is_spacys(text):
    from spacy.lang.lex_attrs import word_shape as spacys

    from taldau.syntax.features import word_shape

    assert word_shape(text) == spacys(text)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.integers(0, 2**64 - 1), min_size=1, max_size=20), st.integers(0, 2**32 - 1))
def test_row_keys_are_thincs(ids, seed):
    from thinc.api import NumpyOps

    keys = np.array(ids, dtype=np.uint64)
    assert (hash_keys(keys, seed) == NumpyOps().hash(keys, seed)).all()


def test_analysing_text_does_not_import_spacy():
    code = ("import sys, taldau; doc = taldau.analyze('Біз ертең Астанаға барамыз. Ол келді.'); "
            "assert doc.tokens[0].deprel, 'no parse'; print('spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


@pytest.mark.parametrize("window, depth", [(2, 2), (3, 1), (1, 3)])
def test_other_encoder_shapes_are_parsed_as_spacy_parses_them(tmp_path, window, depth):
    """A wider window or a deeper encoder (config.cfg's settings tried by tools.syntax.search) runs in numpy
    too: a model briefly trained on made-up trees, exported, parses as spaCy does."""
    from spacy.training import Example
    from spacy.util import load_config, load_model_from_config

    from taldau.syntax.features import spacy_doc
    from tools.syntax.export import export, spacy_parse
    from tools.syntax.train import CONFIG

    encode = "components.parser.model.tok2vec.encode."
    config = load_config(CONFIG, overrides={encode + "window_size": window, encode + "depth": depth})
    nlp = load_model_from_config(config, auto_fill=True)
    sentences = readings()
    trees = [([len(t) - 1] * len(t), [("nsubj", "obj", "obl")[i % 3] for i in range(len(t) - 1)] + ["ROOT"])
             for t in sentences]
    examples = [Example(spacy_doc(nlp.vocab, t), spacy_doc(nlp.vocab, t, *tree)) for t, tree in zip(sentences, trees)]
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(20):  # labels vary after a few updates: the scores are no longer ties
        nlp.update(examples, sgd=optimizer)
    nlp.to_disk(tmp_path / "spacy")
    (tmp_path / "meta.json").write_text('{"format": 2}', encoding="utf-8")
    export(tmp_path, nlp)
    assert Model(tmp_path).parse(sentences) == spacy_parse(nlp, sentences)
