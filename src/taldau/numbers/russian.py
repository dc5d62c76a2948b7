"""Russian words of measure said with numbers in Kazakh texts (a quotation, a Russian sentence): plain data.

Kazakh news quotes Russian speech (« ... 5 миллиардов тенге ... », — деді), and the grammars know Kazakh stems
only, so «в 2023 году рост составил 5 процентов» lost its units: two bare counts. Each Russian form below is
read as the Kazakh word with the same meaning and role (процентов -> процент, году -> жылы "in the year"), so
the grammars find the same quantity with the same value; the quantity's text stays the Russian words. Only
whole words are replaced, and none of them is a Kazakh word. Numbers in Russian words (пять лет) are not read.
"""
from __future__ import annotations

from collections.abc import Sequence

from taldau.doc import Token

# Russian form -> the Kazakh word read in its place (a stem, or a form whose ending plays the Russian case's part)
AS_KAZAKH = {
    # scales: 5 тысяч, 2 миллиона, 3,5 миллиарда (not тыс., which is also Kazakh: шектен тыс "beyond the limit")
    "тысяча": "мың", "тысячи": "мың", "тысяч": "мың",
    "миллиона": "миллион", "миллионов": "миллион", "миллиарда": "миллиард", "миллиардов": "миллиард",
    "триллиона": "триллион", "триллионов": "триллион",
    # percent and money: 5 процентов, 100 долларов, 300 рублей, 500 тенге (доллар, рубль, евро are spelled alike)
    "процента": "процент", "процентов": "процент", "процентах": "процент",
    "доллара": "доллар", "долларов": "доллар", "рубля": "рубль", "рублей": "рубль", "тенге": "теңге",
    # measures: 2 млн тонн, 30 градусов, 500 гектаров
    "тонн": "тонна", "тонны": "тонна", "килограмма": "килограмм", "килограммов": "килограмм",
    "метра": "метр", "метров": "метр", "километра": "километр", "километров": "километр",
    "гектара": "гектар", "гектаров": "гектар", "литра": "литр", "литров": "литр",
    "градуса": "градус", "градусов": "градус",
    # time: в 2023 году "in 2023", 5 лет, 3 месяца, 10 дней, 2 часа, XX века (not минуты, секунды: Kazakh possessives,
    # матчтың 15 минуты "the match's 15th minute")
    "год": "жыл", "года": "жыл", "году": "жылы", "годы": "жылдар", "годах": "жылдары", "годов": "жылдар",
    "лет": "жыл", "месяц": "ай", "месяца": "ай", "месяцев": "ай", "неделя": "апта", "недели": "апта",
    "недель": "апта", "день": "күн", "дня": "күн", "дней": "күн", "час": "сағат", "часа": "сағат",
    "часов": "сағат", "век": "ғасыр", "века": "ғасыр", "веке": "ғасыр",
    # counted: 300 человек (a count of people, as 300 адам)
    "человек": "адам",
}


def as_kazakh(tokens: Sequence[Token]) -> list[Token]:
    """The tokens with each Russian word of `AS_KAZAKH` read as its Kazakh word (its norm replaced, its Russian
    readings dropped); offsets and text unchanged."""
    return [t._replace(norm=kazakh, analyses=()) if (kazakh := AS_KAZAKH.get(t.norm.lower())) else t for t in tokens]
