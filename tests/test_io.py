"""Bad input gets a clear error or a correct empty result, never a traceback."""
import codecs

import pytest

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
