"""A sign written on a number and kept in one token by another tokenizer (CoNLL, spaCy): +25, −15 read as + | 25."""
import pytest

from taldau.doc import Doc, Token
from taldau.numbers import extract


def _doc(words: list[str]) -> Doc:
    tokens, pos = [], 0
    for w in words:
        tokens.append(Token(w, pos, pos + len(w), w))
        pos += len(w) + 1
    return Doc(" ".join(words), tuple(tokens))


@pytest.mark.parametrize(("words", "text", "value"), [
    (["Ауа", "+25", "градус", "болады", "."], "+25 градус", 25),
    (["Ауа", "−15", "градус", "болады", "."], "−15 градус", -15),
    (["Ауа", "-15°С", "болады", "."], "-15°С", -15),
    (["Ауа", "–10°С-қа", "дейін", "суытады", "."], "–10°С-қа дейін", -10),
])
def test_a_signed_token_is_a_signed_temperature(words: list[str], text: str, value: int) -> None:
    assert [(q.text, q.value) for q in extract(_doc(words))] == [(text, value)]
