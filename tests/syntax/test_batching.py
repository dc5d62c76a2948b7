"""A sentence's parse does not depend on what it is parsed with: the other sentences of its batch, the
words the model has already embedded (and forgotten), or whether documents go one by one or through
`pipe`. The numpy shortcuts (all hash tables at once, the word cache) compute what the plain way does."""
from __future__ import annotations

from functools import cache

import numpy as np
from hypothesis import given, settings, strategies as st

from taldau.doc import Doc
from taldau.pipeline import Pipeline
from taldau.syntax.component import MODEL, Model, Parser
from taldau.syntax.features import word
from taldau.syntax.hashing import hash_keys

WORDS = ["Ол", "кітап", "оқыды", "және", "мен", "үйге", "келіп", ",", ".", "?", "2024", "жылы", "Алматыда", "«",
         "»", "Қазақстанның", "астанасы", "біз", "көрген", "фильм", "—", "өте", "жақсы", "болды", "ертең", "барамыз"]
sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=25).map(lambda ws: " ".join(ws) + " .")


@cache
def tagger() -> Pipeline:
    return Pipeline(["morph", "tagger"])


@cache
def model() -> Model:
    return Model(MODEL)


def tagged(texts: list[str]) -> list[Doc]:
    return [tagger()(text) for text in texts]


@settings(max_examples=20, deadline=None)
@given(st.lists(sentence, min_size=1, max_size=6), st.integers(1, 40))
def test_a_sentence_parses_alike_alone_in_a_batch_and_with_a_tiny_word_cache(texts, limit):
    sentences = [doc.tokens for doc in tagged(texts)]
    alone = [model().parse([tokens])[0] for tokens in sentences]
    forgetful = Model(MODEL)
    forgetful.words.limit = limit  # forgets its words every few of them
    assert model().parse(sentences) == alone
    assert forgetful.parse(sentences) == alone
    assert len(forgetful.words.rows) <= max(limit, sum(map(len, sentences)))


@settings(max_examples=10, deadline=None)
@given(st.lists(st.lists(sentence, min_size=1, max_size=4).map(" ".join), min_size=1, max_size=5))
def test_pipe_parses_as_one_document_at_a_time(texts):
    docs = tagged(texts)
    parser = Parser()
    assert list(parser.pipe(docs, batch_size=2)) == [parser(doc) for doc in docs]


@settings(max_examples=30, deadline=None)
@given(st.lists(st.integers(0, 2**64 - 1), min_size=8, max_size=40).map(lambda xs: xs[: len(xs) // 8 * 8]),
       st.lists(st.integers(0, 2**32 - 1), min_size=8, max_size=8))
def test_hashing_every_table_at_once_equals_one_table_at_a_time(ids, seeds):
    keys = np.array(ids, dtype=np.uint64).reshape(-1, 8)
    together = hash_keys(keys, np.array(seeds, dtype=np.uint64))
    for column, seed in enumerate(seeds):
        assert (together[:, column] == hash_keys(keys[:, column], seed)).all()


def test_the_word_cache_embeds_each_word_once():
    tokens = tagged(["Біз ертең Астанаға барамыз , біз ертең келеміз ."])[0].tokens
    words = Model(MODEL).words
    words([word(t) for t in tokens])
    assert len(words.rows) == len({word(t) for t in tokens}) < len(tokens)


def test_threads_sharing_one_model_parse_as_one_thread_does():
    from concurrent.futures import ThreadPoolExecutor

    docs = tagged([f"Біз ертең {city} барамыз , ол {n} кітап оқыды ." for n, city in
                   enumerate(["Астанаға", "Алматыға", "Шымкентке", "Ақтөбеге", "Таразға", "Атырауға"] * 4)])
    alone = [model().parse([doc.tokens]) for doc in docs]
    shared = Model(MODEL)
    shared.words.limit = 20  # forgets often, so threads refill the cache under each other
    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(lambda doc: shared.parse([doc.tokens]), docs)) == alone
