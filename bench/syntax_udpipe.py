"""UDPipe 1 (`ufal.udpipe`) as a peer of taldau's parser: trained on the same folds and fed the same taldau
readings (LEMMA, UPOS, FEATS), parsing only. Used by bench/syntax.py when `ufal.udpipe` is installed."""
from __future__ import annotations

import tempfile
from collections.abc import Sequence

import conllu

from taldau.doc import Doc, Token
from taldau.export.conll import to_conllu
from tools.syntax.treebank import Sentence

OPTIONS = "iterations=10;hidden_layer=100;embedding_upostag=20;embedding_feats=20;embedding_xpostag=0;embedding_lemma=30"


def _rows(sentence: Sentence, tokens: Sequence[Token]) -> str:
    rows = [conllu.Token({
        "id": i, "form": t.text, "lemma": t.lemma or "_", "upos": t.upos or "X", "xpos": None,
        "feats": dict(f.split("=", 1) for f in (t.feats or "").split("|") if "=" in f) or None,
        "head": s.head, "deprel": s.deprel, "deps": None, "misc": None,
    }) for i, (s, t) in enumerate(zip(sentence.tokens, tokens), 1)]
    return conllu.TokenList(rows).serialize()


def train(sentences: Sequence[Sentence], tokens: dict[str, tuple[Token, ...]]):
    """A ufal.udpipe Model trained on `sentences`, their readings taken from `tokens` (by sent_id)."""
    from ufal.udpipe import InputFormat, Model, ProcessingError, Sentences, Trainer
    from ufal.udpipe import Sentence as UdSentence

    reader, data = InputFormat.newConlluInputFormat(), Sentences()
    reader.setText("".join(_rows(s, tokens[s.sent_id]) for s in sentences))
    error, one = ProcessingError(), UdSentence()
    while reader.nextSentence(one, error):
        data.push_back(one)
        one = UdSentence()
    blob = Trainer.train("morphodita_parsito", data, Sentences(), "none", "none", OPTIONS, error)
    if error.occurred():
        raise RuntimeError(error.message)
    with tempfile.NamedTemporaryFile(suffix=".udpipe") as f:
        f.write(blob if isinstance(blob, bytes) else blob.encode("latin-1"))
        f.flush()
        return Model.load(f.name)


def parse(model, doc: Doc) -> Doc:
    """`doc` (tokens, sentences, readings) with heads and relations from the UDPipe model."""
    from ufal.udpipe import Pipeline

    out = Pipeline(model, "conllu", Pipeline.NONE, Pipeline.DEFAULT, "conllu").process(to_conllu(doc))
    tokens = list(doc.tokens)
    for sentence, parsed in zip(doc.sentences, conllu.parse(out)):
        for i, row in enumerate(parsed):
            head = sentence.first + (row["head"] - 1 if row["head"] else i)
            tokens[sentence.first + i] = tokens[sentence.first + i]._replace(head=head, deprel=row["deprel"])
    return Doc(doc.text, tuple(tokens), doc.sentences)
