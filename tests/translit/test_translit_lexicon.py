"""The compiled word list: provenance, size, and the build steps on a tiny made-up sample."""
from collections import Counter
from importlib import resources

import pytest

from taldau.translit import lexicon
from tools.translit import build

PACKAGE = resources.files("taldau.translit")


def test_meta_names_sources_commit_and_licence():
    meta = lexicon.meta()
    assert meta["format_version"] == lexicon.FORMAT_VERSION
    assert meta["licence"] == "GPL-3.0"
    assert {s["repository"] for s in meta["sources"]} >= {"apertium/apertium-kaz"}
    assert all(len(s["commit"]) == 40 for s in meta["sources"])
    assert meta["exceptions"] == len(lexicon.exceptions())


def test_artifacts_are_small():
    assert sum(len(PACKAGE.joinpath(name).read_bytes()) for name in ("exceptions.tsv", "suffixes.txt", "meta.json")) < 2_000_000


@pytest.mark.parametrize(
    "rest, is_chain",
    [("", True), ("dıñ", True), ("lerdıñ", True), ("ı", True), ("basa", False)],
)
def test_suffix_chains(rest, is_chain):
    assert lexicon.is_chain(rest, frozenset({"dıñ", "ler", "ı", "sı"})) is is_chain


@pytest.mark.parametrize(
    "word, found",
    [
        ("festival", (8, "фестиваль")),
        ("festivaldıñ", (8, "фестиваль")),
        ("festivalı", (8, "фестивал")),  # ь falls before a vowel: фестивалі
        ("festivalbasa", None),  # not a suffix chain
        ("medal", None),
    ],
)
def test_find_stem(word, found):
    assert lexicon.find(word, {"festival": "фестиваль"}, frozenset({"dıñ", "ı"})) == found


def test_compile_exceptions_keeps_only_what_rules_miss():
    words = Counter({"экономика": 3, "бала": 5, "медаль": 1, "ел": 9, "эль": 1, "фестиваль": 1, "фестивалі": 1})
    table = build.compile_exceptions(words, frozenset({"ı"}))
    # бала and ел read back right; ел outnumbers эль for the spelling "el"
    assert table == {"medal": "медаль", "festival": "фестиваль"}
