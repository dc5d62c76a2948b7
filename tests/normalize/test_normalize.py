import pytest

from taldau.normalize import normalize

CASES = [
    # (original, normalised)
    ("Қaзақстан", "Қазақстан"),  # Latin a inside a Cyrillic word
    ("мұнaй-гaз", "мұнай-газ"),
    ("Kazakhstan iPhone", "Kazakhstan iPhone"),  # Latin words stay Latin
    ("əлем ɵмір", "әлем өмір"),  # schwa U+0259 and barred o are not Kazakh letters
    ("Башҡұрт", "Башқұрт"),  # Bashkir qa
    ("ХХ ғасыр", "XX ғасыр"),  # Cyrillic Х in a Roman numeral
    ("ХІХ ғасырдың", "XIX ғасырдың"),
    ("“дәйексөз”", "«дәйексөз»"),
    ("2001–2020", "2001-2020"),  # en dash between digits
    ("сөз – сөз", "сөз — сөз"),
    ("мұ\u00adнай", "мұнай"),  # soft hyphen
    ("мұ\u200bнай", "мұнай"),  # zero-width space
    ("е\u0308", "ё"),  # NFC
    ("и\u0306", "й"),
    ("1\u00a0500\u202f000", "1 500 000"),
    ("Ол’дың", "Ол'дың"),
]


@pytest.mark.parametrize(("original", "expected"), CASES)
def test_normalize(original: str, expected: str) -> None:
    assert normalize(original).text == expected


def test_offsets_map_back() -> None:
    text = "а\u200bб е\u0308ж"
    norm = normalize(text)
    assert norm.text == "аб ёж"
    assert norm.original_span(0, 2) == (0, 3)  # "а\u200bб"
    assert norm.original_span(3, 5) == (4, 7)  # "е\u0308ж"


def test_idempotent_on_examples() -> None:
    for original, _ in CASES:
        once = normalize(original).text
        assert normalize(once).text == once
