"""UD Kazakh-KTB (train + dev) as running text for cross-validation: documents, folds, gold words with offsets.

KTB is small, so its README advises cross-validation. Folds are contiguous blocks of sentences in document
order (train file, then dev file), so a document lands whole in one fold or in consecutive ones, never spread
across all. `genre` separates news and encyclopedia text from tales and fiction for the genre split.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

PARTS = ("train", "dev")
FOLDS = 10
STORIES = ("kdt", "sholpan")  # folk tales and a novel; every other document is news or encyclopedia


class Word(NamedTuple):
    """A surface word with its gold reading; a multi-word token carries its first part's."""

    start: int
    end: int
    form: str
    lemma: str
    upos: str
    feats: str


class Sentence(NamedTuple):
    doc: str
    text: str
    words: tuple[Word, ...]  # offsets into `text`


def feats(token) -> str:
    return "|".join(f"{k}={v}" for k, v in (token["feats"] or {}).items())


def _words(sentence) -> tuple[Word, ...]:
    text, out, cursor, inside = sentence.metadata["text"], [], 0, set()
    for tok in sentence:
        if isinstance(tok["id"], tuple):
            if tok["id"][1] != "-":
                continue  # an empty node
            gold = next(t for t in sentence if t["id"] == tok["id"][0])
            inside.update(range(tok["id"][0], tok["id"][2] + 1))
        elif tok["id"] in inside:
            continue
        else:
            gold = tok
        start = text.find(tok["form"], cursor)
        if start < 0:
            raise ValueError(f"{tok['form']!r} not found in {sentence.metadata['sent_id']}")
        cursor = start + len(tok["form"])
        out.append(Word(start, cursor, tok["form"], gold["lemma"], gold["upos"], feats(gold)))
    return tuple(out)


def read(data: Path) -> list[Sentence]:
    import conllu

    out = []
    for part in PARTS:
        with open(data / "ud_kazakh_ktb" / f"kk_ktb-ud-{part}.conllu", encoding="utf-8") as f:
            for sentence in conllu.parse_incr(f):
                doc = sentence.metadata["sent_id"].split(".tagged")[0]
                out.append(Sentence(doc, sentence.metadata["text"], _words(sentence)))
    return out


def folds(sentences: Sequence[Sentence], k: int = FOLDS) -> list[int]:
    """The fold (0..k-1) of each sentence: k contiguous blocks of about equal size in document order."""
    seen = _first_seen(sentences)
    order = sorted(range(len(sentences)), key=lambda i: (seen[sentences[i].doc], i))
    fold = [0] * len(sentences)
    for rank, i in enumerate(order):
        fold[i] = rank * k // len(sentences)
    return fold


def _first_seen(sentences: Sequence[Sentence]) -> dict[str, int]:
    seen: dict[str, int] = {}
    for i, s in enumerate(sentences):
        seen.setdefault(s.doc, i)
    return seen


def genre(sentence: Sentence) -> str:
    return "stories" if sentence.doc in STORIES else "news"


def running_text(sentences: Sequence[Sentence]) -> tuple[str, list[Word]]:
    """The sentences joined by spaces as one text, and their gold words with offsets into it."""
    words, start = [], 0
    for s in sentences:
        words += [w._replace(start=w.start + start, end=w.end + start) for w in s.words]
        start += len(s.text) + 1
    return " ".join(s.text for s in sentences), words
