"""The build-time helpers (transliteration, split) and the committed artifact."""
from __future__ import annotations

import json
import random
import shutil
from collections import Counter
from pathlib import Path

import pytest

from taldau.langid import latin, model
from taldau.langid.features import words
from taldau.langid.script import script_of
from tools.langid.corpus import split


@pytest.mark.parametrize(
    ("cyrillic", "latin_2021"),
    [
        ("Қазақстан", "Qazaqstan"),
        ("бір", "bır"),  # і -> ı
        ("ит", "it"),  # и -> i
        ("шұғыла", "şūğyla"),
        ("Әже", "Äje"),
        ("көңіл-күй", "köñıl-küi"),
        ("Чемпионат 2024", "Çempionat 2024"),
        ("объявление", "obiavlenie"),  # ъ dropped, я -> ia
    ],
)
def test_to_2021(cyrillic: str, latin_2021: str) -> None:
    assert latin.to_2021(cyrillic) == latin_2021


def test_informal_uses_ascii_for_kazakh_letters() -> None:
    for seed in range(5):
        text = latin.to_informal("Өте жақсы, рақмет!", random.Random(seed))
        assert text.isascii() and text[0] == "O" and text.endswith("!")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Сәлем, әлем! 2024", ["сәлем", "әлем"]),
        ("бiрi", ["бірі"]),  # Latin i folded
        ("smartфон", ["smartфон"]),  # s, m, t have no Cyrillic twin: left alone
        ("км² 5½", ["км"]),  # number signs are not letters
        ("İSTANBUL", ["istanbul"]),
        ("e-Gov_kz", ["e", "gov", "kz"]),
    ],
)
def test_words(text: str, expected: list[str]) -> None:
    assert words(text) == expected


@pytest.mark.parametrize(
    ("counts", "script"),
    [((10, 0, 0), "Cyrl"), ((0, 10, 0), "Latn"), ((7, 3, 0), "mixed"), ((8, 2, 0), "Cyrl"), ((1, 1, 5), "other"),
     ((0, 0, 0), "none")],
)
def test_script_of(counts: tuple[int, int, int], script: str) -> None:
    assert script_of(*counts) == script


def test_split_is_seeded_and_proportioned() -> None:
    parts = Counter(split(f"сөйлем {i}") for i in range(5000))
    assert split("Бүгін ауа райы жақсы.") == split("Бүгін ауа райы жақсы.")
    assert 0.07 < parts["test"] / 5000 < 0.13 and 0.07 < parts["dev"] / 5000 < 0.13


def test_artifact_is_small_and_has_provenance() -> None:
    assert (model.HERE / model.TABLE).stat().st_size < 2_000_000
    meta = json.loads((model.HERE / "meta.json").read_text(encoding="utf-8"))
    assert meta["format_version"] == model.FORMAT_VERSION
    assert all(s["licence"] and len(s["commit"]) == 40 for s in meta["sources"].values())


def test_wrong_format_version_is_refused(tmp_path: Path) -> None:
    shutil.copy(model.HERE / model.TABLE, tmp_path)
    meta = json.loads((model.HERE / "meta.json").read_text(encoding="utf-8"))
    (tmp_path / "meta.json").write_text(json.dumps({**meta, "format_version": 0}), encoding="utf-8")
    with pytest.raises(ValueError, match="rebuild it with"):
        model.Model.from_files(tmp_path)
