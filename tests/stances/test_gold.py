"""The stance gold's files are well formed, without running the reader: kinds and flags of issue 13, each real
part's hashes naming one KazNERD or official-site sentence, and no sentence in two KazNERD parts."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[1]))
from bench.stance_gold import FLAGS, KINDS, OFFICIAL_PARTS, Gold, read_gold, read_real, taken  # noqa: E402

REAL = sorted(p for p in HERE.glob("*.tsv") if p.stem != "cases")  # cases.tsv is the behaviour table, not a part
KAZNERD = [p for p in REAL if p.stem not in OFFICIAL_PARTS]


def well_formed(gold: Gold) -> bool:
    flags_ok = all(f in FLAGS or re.fullmatch(r"with=\S+", f) for f in gold.flags)
    return gold.kind in KINDS and bool(gold.actor.strip()) and bool(gold.head.strip()) and flags_ok


@pytest.mark.parametrize("path", REAL, ids=lambda p: p.stem)
def test_a_real_part_names_sentences_by_hash_with_valid_relations(path: Path) -> None:
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    assert rows and all(len(row) == 2 and re.fullmatch(r"[0-9a-f]{12}", row[0]) for row in rows)
    assert len({row[0] for row in rows}) == len(rows)  # each sentence once
    documents = read_real(path)
    if documents is None:
        pytest.skip("the part's sentences are not in ../shared/data")
    assert len(documents) == len(rows) and all(d.text.strip() for d in documents)  # each hash resolves
    assert all(well_formed(g) for d in documents for g in d.relations)


@pytest.mark.parametrize("name", ["dev.txt", "test.txt"])
def test_a_written_part_has_valid_relations(name: str) -> None:
    relations = [g for d in read_gold(HERE / name) for g in d.relations]
    assert relations and all(well_formed(g) for g in relations)


def test_no_kaznerd_sentence_is_in_two_parts() -> None:
    sizes = [len(taken(p.name)) for p in KAZNERD]
    assert len(taken(*(p.name for p in KAZNERD))) == sum(sizes)
