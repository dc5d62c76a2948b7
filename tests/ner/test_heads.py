"""Head words that end multi-word names, and the look-ahead feature built from them."""
import pytest

from taldau.ner import heads

# word | class ("-" for none; a plural after the stem is no name: ауруханаларды)
HEADS = """
министрлігінің org
университеті org
әкімдігі org
әкімі pos
әуежайына fac
өзенінің loc
форумы event
кодексінің law
училищесін org
ведомствосы org
қызметінің org
мерекесі event
бағдарламасы project
күніне day
ауруханаларды -
келді -
"""


@pytest.mark.parametrize("word, expected", [line.split() for line in HEADS.strip().splitlines()])
def test_head(word, expected):
    assert heads.head(word) == ("" if expected == "-" else expected)


def test_ahead_stops_at_punctuation():
    words = ["Білім", "және", "ғылым", "министрлігі", ",", "банк"]
    assert heads.ahead(words)[0] == ["ahd=org", "ahd3=org"]
    assert heads.ahead(words)[3] == []  # the bank is beyond the comma
