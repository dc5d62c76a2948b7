"""The stance lexicons: predicates, descriptive actor heads (written, and people.tsv derived by
`tools.stances.people`) and demonyms, as commented TSV beside this
file (or in a directory given to `StanceReader(path)`), read on first use."""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).parent
FILES = ("predicates.tsv", "actors.tsv", "people.tsv", "demonyms.tsv")
LIGHT_VARIANTS = {"білдір": "біл", "алды": "алд"}  # the tagger's other lemma of a light word: білдірді as біл-дір-ді,
# алдына as алд-ы-на; a row written with the first stands for both
KINDS = ("interest", "goal", "need", "cooperation", "support", "opposition")


class Predicate(NamedTuple):
    kind: str
    head: str  # a verb stem or a word as written; "+INTENT" / "+DES" for a morphological predicate
    light: tuple[str, ...]  # stems of the light verbs that follow the head: қолдау (көрсет)
    targets: tuple[str, ...]  # DAT, ACC, NOM, AREA, SELF
    actor: str  # NOM or DAT
    required: bool = False  # no stance without a target (келісті alone: agreed with an opinion)
    negated_kind: str | None = None  # the kind when negated: келіспеді (disagreed) is an opposition
    known_actor: bool = False  # only a lexicon actor is its subject (a programme also envisages, a law restricts)
    verb: bool = False  # a stance only as a verb (қызық-: қызығады "is interested", not the adjective "interesting")


class Lexicon(NamedTuple):
    predicates: dict[str, tuple[Predicate, ...]]  # head -> its predicates, most light verbs first
    actor_heads: frozenset[str]  # lemmas of nouns that name an actor: тарап, үкімет, инвестор; маман, әкім (people.tsv)
    demonyms: dict[str, str]  # lowercase demonym -> ISO 3166-1 code: жапон -> JP
    people: frozenset[str] = frozenset()  # the heads that name a person (people.tsv): titles after a name (Абылай хан)


def _rows(path: Path):
    for line in path.open(encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            yield line.rstrip("\n").split("\t")


def _variants(light: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The light verbs as written, and with the tagger's other lemma of each (ниет білдір: also ниет біл)."""
    other = tuple(LIGHT_VARIANTS.get(word, word) for word in light)
    return [light, other] if other != light else [light]


def load(directory: Path = HERE) -> Lexicon:
    """The lexicons of `directory`, read again when one of its files changes."""
    missing = [name for name in FILES if not (directory / name).is_file()]
    if missing:
        raise FileNotFoundError(f"stance lexicon files {', '.join(missing)} not found in {directory}")
    return _load(directory, tuple((directory / name).stat().st_mtime_ns for name in FILES))


@lru_cache(maxsize=8)
def _load(directory: Path, stamp: tuple[int, ...]) -> Lexicon:
    table: dict[str, list[Predicate]] = defaultdict(list)
    for number, (kinds, words, targets, actor, *_) in enumerate(_rows(directory / "predicates.tsv"), 1):
        kind, _, negated_kind = kinds.partition("|")  # support|opposition: the second kind when negated
        for name in filter(None, (kind, negated_kind)):
            if name not in KINDS:
                raise ValueError(f"predicates.tsv row {number}: unknown kind {name!r}; choose one of {', '.join(KINDS)}")
        head, *light = words.split()
        verb, head = head.endswith("-"), head.rstrip("-")
        required = targets.endswith("!")
        for variant in _variants(tuple(light)):
            table[head].append(Predicate(kind, head, variant, tuple(targets.rstrip("!").split("|")), actor.rstrip("!"),
                                         required, negated_kind or None, actor.endswith("!"), verb))
    predicates = {head: tuple(sorted(found, key=lambda p: -len(p.light))) for head, found in table.items()}
    people = frozenset(row[0] for row in _rows(directory / "people.tsv"))
    heads = people | frozenset(row[0] for row in _rows(directory / "actors.tsv"))
    demonyms = {word: code for word, code in _rows(directory / "demonyms.tsv")}
    return Lexicon(predicates, heads, demonyms, people)
