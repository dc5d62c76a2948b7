"""Bad input gets a clear error or a correct empty result, never a traceback."""
import codecs
import json

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from taldau.io import InputError, decode

TEXT = "Қазақстан экономикасы өсті."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with BOM
        TEXT.encode("utf-32"),
    ],
)
def test_unicode_encodings(data: bytes) -> None:
    assert decode(data) == TEXT


def test_cp1251_is_detected() -> None:
    text = "Экономика растёт, инфляция снижается, бюджет исполнен полностью. " * 3
    assert decode(text.encode("cp1251")) == text


def test_binary_is_refused_with_the_file_name() -> None:
    with pytest.raises(InputError, match="report.pdf.*binary"):
        decode(b"%PDF-1.4\x00\x01\x02\x00\xff\xfe" * 20, "report.pdf")


def test_nul_bytes_are_binary_even_when_valid_utf8() -> None:
    with pytest.raises(InputError, match="binary"):
        decode(b"\x00" * 100)


def test_control_and_zero_width_characters_are_kept_as_text() -> None:
    text = "мұ\u200bнай\x07 газ\u00ad"
    assert decode(text.encode("utf-8")) == text


def test_invalid_utf8_without_a_fitting_encoding_is_refused() -> None:
    with pytest.raises(InputError, match="x.txt"):
        decode(bytes(range(128, 256)) * 50 + b"\x81\x8d\x8f\x90\x9d", "x.txt")


def test_empty_input_is_empty_text() -> None:
    assert decode(b"") == ""


@pytest.mark.parametrize("text", ["Привет мир\n", "Москва", "Салем алем!"])
def test_short_cp1251_is_read_as_cyrillic(text: str) -> None:
    assert decode(text.encode("cp1251")) == text


def test_koi8r_is_not_mistaken_for_cp1251() -> None:
    text = "Экономика растёт, бюджет исполнен полностью. " * 3
    assert decode(text.encode("koi8_r")) == text


KAZAKH = "Қазақстан Республикасының Үкіметі жаңа бағдарламаны қабылдады. Өңірлерде ғимараттар салынады, әңгіме һәм ұлттық құндылықтар."


@pytest.mark.parametrize("encoding", ["kz1048", "ptcp154"])
def test_kazakh_code_pages_are_told_by_the_kazakh_letters_they_give(encoding: str) -> None:
    assert decode(KAZAKH.encode(encoding)) == KAZAKH


def test_kazakh_letters_lost_in_every_code_page_are_reported_not_used() -> None:
    # bytes no Kazakh code page reads cleanly: 0x80 is Ђ in CP1251 and KZ-1048, 0xA3 is Ј in CP1251 and PT154
    data = "мЂнай жЈне бЂрі келді. ".encode("cp1251") * 4
    with pytest.raises(InputError, match="old.txt: .*Ђ.*inside words"):
        decode(data, "old.txt")


@given(st.lists(st.text("аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя", min_size=1, max_size=12), min_size=1, max_size=8))
@settings(max_examples=60, deadline=None)
def test_any_kazakh_words_survive_a_kazakh_code_page(words: list[str]) -> None:
    text = " ".join(words) + "."
    data = text.encode("kz1048")
    assume(not _is_utf8(data))  # аёё. is e0 b8 b8 2e, valid UTF-8 (Thai ุ): a few bytes can be both
    assert decode(data) == text


@pytest.mark.parametrize("text", ["юя аа.", "яю бала.", "юящ."])  # юящ.: one "ideograph" in UTF-16, no space
def test_code_page_bytes_that_look_like_a_utf16_mark_are_read_as_the_code_page(text: str) -> None:
    data = text.encode("kz1048")  # ю я are FE FF, я ю FF FE: a UTF-16 byte-order mark
    assert data[:2] in (b"\xfe\xff", b"\xff\xfe")
    assert decode(data) == text


@pytest.mark.parametrize("data", ["Қазақ".encode("utf-16"), "Қазақ".encode("utf-16-be").join([b"\xfe\xff", b""])])
def test_one_word_in_utf16_with_its_mark_is_read_as_utf16(data: bytes) -> None:
    assert decode(data) == "Қазақ"


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def test_a_kz1048_file_is_analysed_as_kazakh(tmp_path) -> None:
    from typer.testing import CliRunner

    from taldau.cli import app

    (tmp_path / "old.txt").write_bytes("Қазақстан мен Ресей келісімге қол қойды.".encode("kz1048"))
    result = CliRunner().invoke(app, ["analyze", str(tmp_path / "old.txt"), "-f", "jsonl"])
    doc = json.loads(result.stdout)
    assert result.exit_code == 0 and doc["text"].startswith("Қазақстан")
    assert {s["lang"] for s in doc["sentences"]} == {"kk"} and {e["link"] for e in doc["entities"]} >= {"KZ", "RU"}
