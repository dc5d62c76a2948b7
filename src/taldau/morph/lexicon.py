"""The compiled lexicon: loaded once from `data/`, never built at run time (see `tools/morph/build.py`).

`data/lexicon.tsv.gz` is the lexicon; `data/lexicon.marshal.gz` is the same rows grouped by stem and
sorted, compiled from it by `python -m tools.morph.compile` and read instead of it (a tenth of the time).
"""
from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import NamedTuple

from .. import compiled
from .morphotactics import ATTRIBUTIVE
from .phonology import attach, is_back

DATA_DIR = Path(__file__).parent / "data"
LANG_DIR = Path(__file__).parent / "lang"  # hand-written tables, read as they are
# The columns of a paradigm table: pronouns.tsv declines by case, copula.tsv conjugates by person
# (1sg, 2sg, 2sg polite, 3sg, 1pl, 2pl, 2pl polite, 3pl).
CASES = tuple(f"Case={c}" for c in ("Nom", "Gen", "Dat", "Acc", "Loc", "Abl", "Ins"))
PERSONS = (
    "Number=Sing|Person=1", "Number=Sing|Person=2", "Number=Sing|Person=2|Polite=Form", "Number=Sing|Person=3",
    "Number=Plur|Person=1", "Number=Plur|Person=2", "Number=Plur|Person=2|Polite=Form", "Number=Plur|Person=3",
)
FORMAT_VERSION = 1


class Lexeme(NamedTuple):
    lemma: str  # as UD writes it: verbs without -у, proper nouns capitalised
    upos: str
    paradigm: str  # "N" nominal, "V" verb, "P" posture present (жатыр), "A" adverb + -ғы, "-" bare only
    feats: str = ""  # lexical features: Gender=Masc, PronType=Dem
    flags: str = ""  # "y": the last vowel drops before a vowel suffix (орын -> орны)
    freq: int = 0  # corpus frequency of lemma+upos, for ranking


class Form(NamedTuple):
    lemma: str
    upos: str
    feats: str
    variant: bool = False  # read, never generated: a colloquial or older spelling (боп for болып)


@cache
def meta() -> dict:
    path = DATA_DIR / "meta.json"
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing; build it with `python -m tools.morph.build`")
    info = json.loads(path.read_text(encoding="utf-8"))
    if info.get("format_version") != FORMAT_VERSION:
        raise ValueError(
            f"lexicon format {info.get('format_version')} in {path}, this code reads {FORMAT_VERSION}; "
            "rebuild it with `python -m tools.morph.build`"
        )
    return info


LEXICON = DATA_DIR / "lexicon.tsv.gz"
COMPILED = DATA_DIR / "lexicon.marshal.gz"


@cache
def stems() -> compiled.Lazy[str, tuple[Lexeme, ...]]:
    """Lower-cased stem -> its lexemes, most frequent first; a stem's lexemes are made on first use
    (`.rows` answers `stem in ...` fastest)."""
    meta()
    packed = compiled.load(COMPILED, source_stamp())
    rows = stem_rows() if packed is None else dict(zip(*(column.split("\n") for column in packed)))
    return compiled.Lazy(rows, _lexemes)


def source_stamp() -> str:
    """What `lexicon.marshal.gz` is compiled from: the lexicon's bytes, and the layout of the file."""
    return compiled.stamp(LEXICON.read_bytes(), " ".join(Lexeme._fields), "columns: stems, rows")


def stem_rows() -> dict[str, str]:
    """Stem -> its lexicon rows (the fields of `Lexeme`, tab-separated), most frequent first, joined by
    the unit separator: what is compiled, as two columns of lines (stems, rows) read by one split each."""
    out: dict[str, list[list[str]]] = {}
    with gzip.open(LEXICON, "rt", encoding="utf-8") as f:
        for line in f:
            stem, *row = line.rstrip("\n").split("\t")
            out.setdefault(stem, []).append(row)
    return {k: "\x1f".join("\t".join(row) for row in sorted(v, key=lambda row: -int(row[-1]))) for k, v in out.items()}


def _lexemes(_: str, rows: str) -> tuple[Lexeme, ...]:
    return tuple(Lexeme(lemma, upos, paradigm, feats, flags, int(freq))
                 for lemma, upos, paradigm, feats, flags, freq in (row.split("\t") for row in rows.split("\x1f")))


@cache
def forms() -> dict[str, tuple[Form, ...]]:
    """Irregular full forms (pronouns, copula): lower-cased form -> readings, the pronouns' declension
    first, then the copula's conjugation. A last column "variant" marks a spelling analysis reads and
    generation never writes."""
    out: dict[str, list[Form]] = {}
    for form, reading in [*paradigm(LANG_DIR / "pronouns.tsv", CASES), *paradigm(LANG_DIR / "copula.tsv", PERSONS)]:
        out.setdefault(form, []).append(reading)
        if reading.upos == "PRON" and "Case=Loc" in reading.feats.split("|"):
            # ондағы, біздегі: "the one there, ours", read as the locative, as UD KTB reads a noun's -дағы
            # (Қазақстандағы: Қазақстан, Case=Loc); analysed, never generated
            attributive = attach(form, ATTRIBUTIVE.template, is_back(form))
            out.setdefault(attributive, []).append(reading._replace(variant=True))
    for upos, feats, words, *variant in _rows(LANG_DIR / "closed_forms.tsv"):
        for form, lemma in entries(words):
            out.setdefault(form, []).append(Form(lemma, upos, "|".join(_features(feats)), variant == ["variant"]))
    return {k: tuple(v) for k, v in out.items()}


def paradigm(path: Path, slots: tuple[str, ...]) -> Iterator[tuple[str, Form]]:
    """The forms of a table with one lexeme or series per row (lemma, upos, features, then one column per
    slot: "-" for none, "a,b" for two spellings) whose slot features it adds to the row's, in UD order."""
    for lemma, upos, feats, *cells in _rows(path):
        variant = cells[len(slots):] == ["variant"]
        for slot, cell in zip(slots, cells):
            merged = "|".join(sorted([*slot.split("|"), *_features(feats)], key=str.lower))
            for form in cell.split(",") if cell != "-" else ():
                yield form, Form(lemma, upos, merged, variant)


def entries(cell: str) -> Iterator[tuple[str, str]]:
    """(word, lemma) of a space-separated list where a word that is not its own lemma is written word=lemma."""
    for item in cell.split():
        word, _, lemma = item.partition("=")
        yield word, lemma or word


def _features(cell: str) -> list[str]:
    """The features of a table cell: "-" or nothing for none."""
    return [f for f in cell.split("|") if f and f != "-"]


def _rows(path: Path) -> Iterator[list[str]]:
    """The tab-separated rows of a hand-written table, comments left out."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


@cache
def by_lemma() -> dict[str, tuple[tuple[str, Lexeme], ...]]:
    """Lower-cased lemma -> (stem, lexeme) pairs, for generation."""
    out: dict[str, list[tuple[str, Lexeme]]] = {}
    for stem, lexemes in stems().items():
        for lex in lexemes:
            out.setdefault(lex.lemma.lower(), []).append((stem, lex))
    return {k: tuple(v) for k, v in out.items()}
