"""The hand-written word table (words.tsv) in every alphabet, and back from 2021 Latin."""
from pathlib import Path

import pytest

from taldau.translit import translit

COLUMNS = ("cyrillic", "latin2021", "latin2018", "latin2017", "back")


def rows() -> list[dict[str, str]]:
    lines = (Path(__file__).parent / "words.tsv").read_text(encoding="utf-8").splitlines()
    table = [dict(zip(COLUMNS, line.split("\t"), strict=True)) for line in lines if line and not line.startswith("#")]
    assert list(table[0].values()) == list(COLUMNS)
    return table[1:]


ROWS = rows()


def test_table_is_large_and_has_no_duplicates():
    assert len(ROWS) >= 200
    assert len({row["cyrillic"] for row in ROWS}) == len(ROWS)


@pytest.mark.parametrize("row", ROWS, ids=lambda row: row["cyrillic"])
def test_to_latin(row):
    assert translit(row["cyrillic"]) == row["latin2021"]
    for alphabet in ("2018", "2017"):
        if expected := row[f"latin{alphabet}"]:
            assert translit(row["cyrillic"], alphabet=alphabet) == expected


@pytest.mark.parametrize(
    "row",
    [pytest.param(row, marks=pytest.mark.xfail(reason=row["back"], strict=True)) if row["back"] else row for row in ROWS],
    ids=lambda row: row["cyrillic"],
)
def test_to_cyrillic(row):
    assert translit(row["latin2021"], to="cyrillic") == row["cyrillic"]


def test_running_text_round_trip():
    cyrillic = "\n".join(" ".join(row["cyrillic"] for row in ROWS[i : i + 12]) for i in range(0, len(ROWS), 12))
    latin = translit(cyrillic)
    assert latin.count("\n") == cyrillic.count("\n")
    back = translit(latin, to="cyrillic").split()
    misses = [row["cyrillic"] for row in ROWS if row["back"]]
    assert [w for w, b in zip(cyrillic.split(), back) if w != b] == misses
