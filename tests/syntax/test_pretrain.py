"""tools.syntax.pretrain: the parser's tok2vec pretrained on text read by taldau, and training starting from it
(sentences written for this test)."""
from __future__ import annotations

import pytest

from taldau.pipeline import Pipeline
from tools.syntax.treebank import Sentence, Surface

spacy = pytest.importorskip("spacy")

TEXT = "Біз ертең Астанаға барамыз. Мектепте оқитын балалар кітап оқыды. Ол үйге келіп, шай ішті."


def flat_trees(tokens) -> list[Sentence]:
    """Each sentence's tokens hung on its last one: a tree to train on for zero epochs."""
    return [Sentence(f"test_{n}", "test", tuple(Surface(t.text, t.space_after, 0 if i == len(s) else len(s), "dep")
                                               for i, t in enumerate(s, 1)), None)
            for n, s in enumerate(tokens)]


def test_training_starts_from_the_pretrained_tok2vec(tmp_path):
    from spacy.tokens import DocBin
    from spacy.training.pretrain import pretrain

    from taldau.syntax.features import spacy_doc
    from tools.syntax.pretrain import pretraining_config
    from tools.syntax.train import train

    doc = Pipeline(["morph", "tagger"])(TEXT)
    tokens = [doc.tokens[s.first:s.last] for s in doc.sentences]
    vocab = spacy.blank("xx").vocab
    DocBin(docs=[spacy_doc(vocab, t) for t in tokens]).to_disk(tmp_path / "docs.spacy")
    stored = list(DocBin().from_disk(tmp_path / "docs.spacy").get_docs(vocab))
    assert [w.tag_ for w in stored[0]] == [w.tag_ for w in spacy_doc(vocab, tokens[0])]  # the readings kept
    assert stored[0][2].morph.get("Case") == ["Dat"]  # Астанаға

    pretrain(pretraining_config(tmp_path / "docs.spacy", epochs=1), tmp_path)
    weights = (tmp_path / "model-last.bin").read_bytes()
    sentences = flat_trees(tokens)
    known = {s.sent_id: t for s, t in zip(sentences, tokens)}

    def tok2vec(pretrained):
        nlp = train(sentences, epochs=0, tokens=known, pretrained=pretrained)
        return nlp.get_pipe("parser").model.get_ref("tok2vec").layers[0].to_bytes()

    assert tok2vec(tmp_path / "model-last.bin") == weights
    assert tok2vec(None) != weights
