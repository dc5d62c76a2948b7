"""KazNERD sentences re-tokenised the way the pipeline reads raw text, labels carried over by offsets.

KazNERD's tokens are not taldau's: the pipeline keeps `45%-ға` whole, splits some hyphens and
normalises dashes and quotes (`taldau.segment`), so a model trained on KazNERD's own tokens meets
unfamiliar tokens at run time. Training on the sentence joined by spaces and segmented by taldau,
with each token's norm as its word, makes training and use see the same thing.
"""
from __future__ import annotations

from taldau.ner import data, spans
from taldau.segment import tokenize


def retokenised(sentence: data.Sentence) -> data.Sentence:
    """(norms of taldau's tokens, IOB2 labels): a token takes the entity its first character lies in."""
    words, labels = sentence
    starts = [0]
    for word in words:
        starts.append(starts[-1] + len(word) + 1)
    owner: dict[int, tuple[str, int]] = {}  # character offset -> (class, first offset of the entity)
    for kind, first, last in spans(labels):
        for offset in range(starts[first], starts[last] - 1):
            owner[offset] = (kind, starts[first])
    norms, tags = [], []
    previous = None
    for token in tokenize(" ".join(words)):
        entity = owner.get(token.start)
        norms.append(token.norm)
        tags.append("O" if entity is None else ("I-" if entity == previous else "B-") + entity[0])
        previous = entity
    return tuple(norms), tuple(tags)
