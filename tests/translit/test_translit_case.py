"""Letter case: I ı İ i in Kazakh Latin, ALL-CAPS, Title and mixed words in both directions."""
import pytest

from taldau.translit import case, translit

LOWER_UPPER = [
    # (lower, upper): Kazakh pairs I/ı and İ/i, as Turkish does
    ("i", "İ"),
    ("ı", "I"),
    ("inı", "İNI"),
    ("ıs", "IS"),
    ("kiım", "KİIM"),
    ("qazaqstan", "QAZAQSTAN"),
    ("äñgıme", "ÄÑGIME"),
]


@pytest.mark.parametrize("lower, upper", LOWER_UPPER)
def test_upper_lower(lower, upper):
    assert case.upper(lower) == upper
    assert case.lower(upper) == lower
    assert len(case.lower(upper)) == len(upper)  # str.lower turns İ into two characters


@pytest.mark.parametrize(
    "word, shape",
    [("ine", "lower"), ("İne", "title"), ("Ine", "title"), ("İNE", "upper"), ("QazMūnaiGaz", "mixed"), ("Q", "title"), ("АҚШ", "upper")],
)
def test_shape(word, shape):
    assert case.shape(word) == shape


CASES = [
    # (cyrillic, latin 2021): the same word in every case
    ("ине", "ine"),
    ("Ине", "İne"),
    ("ИНЕ", "İNE"),
    ("іні", "ını"),
    ("Іні", "Inı"),
    ("ІНІ", "INI"),
    ("Иіс", "İıs"),
    ("ИІС", "İIS"),
    ("АҚШ", "AQŞ"),
    ("ЮНЕСКО", "İUNESKO"),
    ("Юрий", "İurii"),
    ("ЩЖҚ", "ŞŞJQ"),
    ("Щучинск", "Şşuchinsk"),
    ("ЧЕМПИОН", "CHEMPİON"),
    ("Чемпион", "Chempion"),
    ("ҚазМұнайГаз", "QazMūnaiGaz"),
    ("АҚШ-тың", "AQŞ-tyñ"),
]


@pytest.mark.parametrize("cyrillic, latin", CASES)
def test_case_both_ways(cyrillic, latin):
    assert translit(cyrillic) == latin
    assert translit(latin, to="cyrillic") == cyrillic


@pytest.mark.parametrize(
    "cyrillic, alphabet, latin",
    [
        ("ИНЕ", "2018", "INE"),  # 2018 writes both и and і as capital I
        ("Ине", "2018", "Ine"),
        ("ЧАЙ", "2018", "CHAI"),
        ("ЧАЙ", "2017", "C'AI'"),
        ("Ч. Айтматов", "2021", "Ch. Aitmatov"),  # a lone initial is Title, not ALL-CAPS
    ],
)
def test_case_other_alphabets(cyrillic, alphabet, latin):
    assert translit(cyrillic, alphabet=alphabet) == latin
