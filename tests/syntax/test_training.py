"""tools.syntax.train's schedule: Adam's averaged weights kept (config.cfg's use_averages), the learning rate
decayed (sentences written for this test)."""
from __future__ import annotations

import pytest

from taldau.pipeline import Pipeline
from tools.syntax.treebank import Sentence, Surface

pytest.importorskip("spacy")

TEXT = "Апам бүгін нан пісірді. Біз кеше өзенге бардық. Інім хат жазып отыр."


@pytest.fixture(scope="module")
def corpus():
    doc = Pipeline(["morph", "tagger"])(TEXT)
    tokens = [doc.tokens[s.first:s.last] for s in doc.sentences]
    sentences = [Sentence(f"test_{n}", "test", tuple(Surface(t.text, t.space_after, 0 if i == len(s) else len(s),
                                                             "dep") for i, t in enumerate(s, 1)), None)
                 for n, s in enumerate(tokens)]
    return sentences, {s.sent_id: t for s, t in zip(sentences, tokens)}


def weights(corpus, epochs: int, **options) -> bytes:
    from tools.syntax.train import train

    sentences, known = corpus
    return train(sentences, epochs=epochs, tokens=known, **options).get_pipe("parser").model.to_bytes()


NOT_AVERAGED = {"overrides": {"training.optimizer.use_averages": False}}


@pytest.mark.parametrize("option", [NOT_AVERAGED, {"decay": True}], ids=["not averaged", "decay"])
def test_each_option_changes_what_training_gives(corpus, option):
    assert weights(corpus, 2, **option) != weights(corpus, 2)


def test_without_updates_the_options_change_nothing(corpus):  # decoy: no update, no average, no rate used
    assert weights(corpus, 0, decay=True) == weights(corpus, 0) == weights(corpus, 0, **NOT_AVERAGED)
