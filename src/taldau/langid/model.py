"""The compiled n-gram model: loaded once, scores a list of grams for two classes of one script.

A one-script text needs only two classes (kk-Cyrl or ru, kk-Latn or en), so the log-ratio of their
probabilities per gram is kept in a plain dict: one lookup and one addition per gram. The ratios are
compiled from `ngrams.tsv.gz` by the build into `ratios.marshal.gz` (see `taldau.compiled`), read in a
fraction of the time; the table is read instead when that file is missing or stale.
"""
from __future__ import annotations

import functools
import gzip
import json
from dataclasses import dataclass, field
from itertools import chain, repeat
from pathlib import Path

from .. import compiled
from ..cache import COSTLY_WORDS, Recent
from .features import CYRL, LATN

HERE = Path(__file__).parent
FORMAT_VERSION = 2
TABLE = "ngrams.tsv.gz"  # gram, then log P(gram | class) for each of CLASSES
COMPILED = "ratios.marshal.gz"  # `ratios()` of TABLE
CLASSES = ("kk-Cyrl", "kk-Latn", "ru", "en")
PAIRS = {"Cyrl": ("kk-Cyrl", "ru"), "Latn": ("kk-Latn", "en")}
_LETTERS = {"Cyrl": CYRL, "Latn": LATN}


@dataclass(frozen=True, slots=True)
class Model:
    ratios: dict[str, dict[str, float]]  # script -> gram -> log P(gram | first) - log P(gram | second)
    temperature: float
    meta: dict
    # script -> word -> the ratios of the word's trigrams (0.0 for those the table lacks), then of the word whole if
    # it has more than two letters: tuples of floats, which the garbage collector stops walking after its first look
    seen: dict[str, Recent[tuple[float, ...]]] = field(
        default_factory=lambda: {script: Recent(COSTLY_WORDS) for script in PAIRS}, compare=False, repr=False)

    @classmethod
    def from_files(cls, folder: Path = HERE) -> Model:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        if meta.get("format_version") != FORMAT_VERSION or tuple(meta["classes"]) != CLASSES:
            raise ValueError(
                f"{folder / 'meta.json'} has format {meta.get('format_version')}, expected {FORMAT_VERSION}; "
                "rebuild it with `python -m tools.langid.build`"
            )
        ratios = compiled.load(folder / COMPILED, source_stamp(folder)) or table_ratios(folder)
        return cls(ratios, float(meta["temperature"]), meta)

    def log_ratio(self, script: str, grams: list[str]) -> float:
        """log P(text | first class of PAIRS[script]) - log P(text | second)."""
        return sum(map(self.ratios[script].get, grams, repeat(0.0)))

    def words_ratio(self, script: str, text_words: list[str]) -> float:
        """`log_ratio(script, grams(text_words))`, each word's grams looked up once per word. The same sum: a
        trigram across two words (a space inside) is never in the table (the build leaves them out) and added 0.0,
        so the other grams, each word's own then the whole words, are the same additions in the same order."""
        cache = self.seen[script]
        recent, trigrams, wholes = cache.recent, [], []
        for word in text_words:
            found = recent.get(word)
            if found is None:
                found = cache.get(word)
                if found is None:
                    table, spaced = self.ratios[script], f" {word} "
                    grams = [spaced[i : i + 3] for i in range(len(spaced) - 2)] + ([spaced] if len(word) > 2 else [])
                    found = cache.put(word, tuple(map(table.get, grams, repeat(0.0))))
            if len(word) > 2:
                trigrams.append(found[:-1])
                wholes.append(found[-1])
            else:
                trigrams.append(found)
        return sum(chain(*trigrams, wholes), 0.0)


def source_stamp(folder: Path = HERE) -> str:
    """What the compiled ratios are made of: the table's bytes and the classes compared."""
    return compiled.stamp((folder / TABLE).read_bytes(), repr(CLASSES), repr(PAIRS))


def table_ratios(folder: Path = HERE) -> dict[str, dict[str, float]]:
    """Script -> gram -> log-ratio of the two classes of PAIRS[script], read off the n-gram table."""
    ratios: dict[str, dict[str, float]] = {script: {} for script in PAIRS}
    columns = {script: (CLASSES.index(a) + 1, CLASSES.index(b) + 1) for script, (a, b) in PAIRS.items()}
    with gzip.open(folder / TABLE, "rt", encoding="utf-8") as f:
        next(f)  # header
        for line in f:
            row = line.rstrip("\n").split("\t")
            for script, (a, b) in columns.items():
                if _LETTERS[script].search(row[0]):
                    ratios[script][row[0]] = float(row[a]) - float(row[b])
    return ratios


@functools.cache
def load() -> Model:
    """The committed model, read on first use."""
    return Model.from_files(HERE)
