"""Mention replacement (Dai & Adel 2020): copies of training sentences with other names of the same class in the
entities' place, so that the CRF learns names from their context and shape rather than by heart.

A replacement comes from the same fold of `build_names`' jackknife as the sentence it goes into, so the names
table knows it exactly as often as it knows a real sentence's names; and its last word carries the same ending
as the replaced one's (the suffix `word_stem` strips: Алматыда -> да, университеті -> і, АҚШ-тың -> -тың), so
the case, possessive and harmony of the slot stay right without a suffix list of our own. With `unseen`, only names
that table does not know are drawn: copies of the names the CRF must read from context alone, as at run time.
"""
from __future__ import annotations

import argparse
import random
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from taldau.ner import data, spans
from taldau.ner.canonical import NUMERIC
from taldau.ner.features import word_stem
from taldau.ner.names import Table
from tools.ner import build_names

WEAK = ("ORGANISATION", "FACILITY", "LOCATION", "EVENT", "PRODUCT", "LAW")  # names the CRF reads worst unseen
SEED = "taldau-ner-augment-1"


@dataclass(frozen=True)
class Augment:
    share: float  # of the sentences with a replaceable entity, copied `copies` times each
    copies: int = 1
    weak_only: bool = False  # replace WEAK classes only, else every non-numeric class
    unseen: bool = False  # draw only names the names table of the copy does not know, as the unseen names scored

    def replaceable(self, kind: str) -> bool:
        return kind in WEAK if self.weak_only else kind not in NUMERIC


def ending(word: str) -> str:
    """The ending `word_stem` strips from a name's last word ("" for a bare one)."""
    low = word.lower()
    stem = word_stem(word)
    return low[len(stem):] if low.startswith(stem) else ""


def copies(sentences: Sequence[data.Sentence], how: Augment,
           tables: Sequence[Table] = ()) -> Iterator[tuple[data.Sentence, int]]:
    """(copy, index of the sentence it was made from) for a seeded share of `sentences`; `tables`, each sentence's
    names table (`build_names.jackknife`), is read for `how.unseen`."""
    if how.unseen and len(tables) != len(sentences):
        raise ValueError("unseen replacements need the names table of every sentence (build_names.jackknife)")
    folds = [build_names.fold(s) for s in sentences]
    known = dict(zip(folds, tables)) if how.unseen else {}
    pools: dict[tuple, set] = defaultdict(set)  # (jackknife fold, class, ending) -> distinct names (words)
    for (words, labels), k in zip(sentences, folds):
        for kind, a, b in spans(labels):
            if how.replaceable(kind) and build_names.stems(words[a:b]) not in known.get(k, {}):
                pools[k, kind, ending(words[b - 1])].add(words[a:b])
    choices = {key: sorted(names) for key, names in pools.items()}
    rng = random.Random(SEED)
    for i, ((words, labels), k) in enumerate(zip(sentences, folds)):
        entities = [e for e in spans(labels) if how.replaceable(e[0])]
        for _ in range(how.copies):
            if entities and rng.random() < how.share:
                yield _replaced(words, labels, entities, lambda kind, last: choices.get((k, kind, ending(last)), []), rng), i


def _replaced(words, labels, entities, pool, rng: random.Random) -> data.Sentence:
    """The sentence with each of `entities` replaced by another name of its pool (kept where the pool holds fewer
    than two names)."""
    out_words, out_labels, at = [], [], 0
    for kind, a, b in entities:
        names = pool(kind, words[b - 1])
        name = rng.choice(names) if len(names) > 1 else words[a:b]
        while name == words[a:b] and len(names) > 1:
            name = rng.choice(names)
        out_words += [*words[at:a], *name]
        out_labels += [*labels[at:a], f"B-{kind}", *[f"I-{kind}"] * (len(name) - 1)]
        at = b
    return (*out_words, *words[at:]), (*out_labels, *labels[at:])


def add_arguments(parser, shipped: Augment | None) -> None:
    """The command-line options of `tools.ner.train` and `tools.ner.cv` that ask for copies (`shipped` by default)."""
    default = shipped or Augment(0.0)
    parser.add_argument("--augment", type=float, default=default.share, metavar="SHARE",
                        help="add mention-replaced copies of this share of the training sentences (0: none)")
    parser.add_argument("--copies", type=int, default=default.copies, help="copies of each chosen sentence")
    parser.add_argument("--weak-only", action=argparse.BooleanOptionalAction, default=default.weak_only,
                        help=f"replace only {', '.join(WEAK)}")
    parser.add_argument("--unseen", action=argparse.BooleanOptionalAction, default=default.unseen,
                        help="draw only names the copy's names table does not know")


def from_args(args) -> Augment | None:
    return Augment(args.augment, args.copies, args.weak_only, args.unseen) if args.augment else None
