"""Tokenization rules: one regular expression of small named alternatives, tried in order.

Each alternative handles one kind of token, with the case it keeps whole as a comment. Tokens follow
UD Kazakh-KTB: punctuation apart, hyphenated words whole (сондай-ақ, АҚШ-пен, 55-ші), decimals whole
(2,2), abbreviations and initials with their period (млрд., ж., Қ.), the ellipsis as one token.
"""
from __future__ import annotations

import re

from taldau.segment.data import ABBREVIATIONS, SENTENCE_FINAL_ABBREVIATIONS
from taldau.segment.hyphens import keep_whole
from taldau.translit.alphabets import own_marks

_L = r"[^\W\d_]"  # a letter of any alphabet
_W = r"[^\W_]"  # a letter or a digit
_MARKED = "".join(sorted({c for m in own_marks("2017") for c in (m[0], m[0].upper())}))  # 2017: a' g' n' o' ...
_INNER = rf"{_L}(?:{_L}|['’](?={_L}))*"  # a word, between hyphens, apostrophes inside it (д'Артаньян, u'lesi)
_PART = rf"{_L}(?:{_L}|['’](?={_L})|(?<=[{_MARKED}])['’](?![\w'’]))*"  # ... and 2017's after a word (tyn')
_SIGN = "(?:%|‰|°[СCF]?|℃)?"  # written on the number, as UD does: 45%, 45%-ға, 5°С-қа
_ABBREVIATIONS = sorted(ABBREVIATIONS | SENTENCE_FINAL_ABBREVIATIONS, key=len, reverse=True)

GENERATION = re.compile(rf"\d[DGK](?:-{_L}+)?")  # 5G, 3D, 4K(-да): a technology's name, no count

RULES: list[tuple[str, str]] = [
    # https://kz.gov.kz/news?id=1, www.akorda.kz
    ("url", r"(?:https?://|www\.)[^\s«»\"<>]+[^\s«»\"<>.,;:!?)\]]"),
    # info@stat.gov.kz
    ("email", r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    # Kaspi.kz, stat.gov.kz, khabar.kz: a site named by its domain (Latin letters, a known top-level domain)
    ("domain", rf"(?<![\w.])[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*"
               rf"\.(?:kz|com|ru|org|net|info|io|ai|edu|gov|int|uz|kg)(?:-{_L}+)?(?![\w-])"),
    # #Қазақстан, @akorda_press
    ("tag", rf"[#@]{_W}[\w]*"),
    # т.б., т.с.с., млрд., ж. (longest first; not a prefix of a longer word; not the С. of 22 °С. at a sentence's end)
    ("abbreviation", rf"(?<!°)(?<!° )(?={_L}{{1,8}}\.)(?i:" + "|".join(re.escape(a) for a in _ABBREVIATIONS) + rf")(?!{_W})"),
    # Н.Ә. Назарбаев: one capital letter with its period (not the C of 22 °C. at a sentence's end)
    ("initial", r"(?<![^\W\d_])(?<!°)(?<!° )[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\."),
    # 1 500 000, 12 500,75 (groups of three digits after one to three; -ға may follow)
    ("thousands", rf"(?<!\d)\d{{1,3}}(?: \d{{3}})+(?:[.,]\d+)?(?![\d.,]?\d){_SIGN}(?:-{_L}+)*"),
    # 123-45-67, 74-10-16, 8-701-555-12-34, 2020-05-12, 15-03-2020: digit groups joined by hyphens that end in two
    # of two digits, or a day, a month and a year, are a telephone number or a date (1-2-3 бөлмелі, 100-200-300 мың
    # list numbers); -ге may follow, not жыл (2019-2020-2021-жылдары are years)
    ("digit_groups", rf"(?:\d+(?:-\d+)*-\d\d-\d\d|\d\d?-\d\d?-\d{{4}})(?:-(?!жыл){_L}+)?(?![\w-])"),
    # 5G, 3D, 4K: a generation, dimensions or a resolution, one name
    ("digit_letters", rf"{GENERATION.pattern}(?![\w-])"),
    # 2,9  1.5  15.03.2020  10:30  2001-2020  10-15  10:00-18:00  9-орынды  2001-ден  55-ші  45%-ға  5°С-қа
    ("number", rf"\d+(?:[.,:/]\d+)*(?:-\d+(?:[.,:]\d+)*)?{_SIGN}(?:-{_L}+)*"),
    # 45 %-ке (a percent sign apart from its number, with its ending)
    ("percent", rf"%(?:-{_L}+)?"),
    # H2O, CO2, км3, м2: letters then digits, one token (a formula or a unit with its power)
    ("alnum", rf"{_L}+\d{_W}*"),
    # ОПЕК+, ОПЕК+-тың: a name of capitals with its plus (not А+В, a formula)
    ("plus", rf"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{{2,}}\+(?:-{_L}+)?(?![\w+])"),
    # АҚШ-тың, мұнай-газ, әлеуметтік-саяси, Әл-Кайда, COVID-19, д'Артаньян; AQS'-tyn', o'ndiry' (2017 Latin: an
    # apostrophe after a c g i n o s u y is part of that letter)
    ("word", rf"{_PART}(?:-(?:{_PART}{_W}*|{_W}+))*"),
    # ... and … stay one token; ? and ! are one token each (UD: ?! is ? + !)
    ("terminal", r"\.{3,}|…|[?!]"),
    # everything else: one symbol or punctuation mark per token
    ("symbol", r"\S"),
]
TOKEN = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in RULES))
# inside a single quote ('Kaspi', 'Air Astana'), a word-final apostrophe closes it: no 2017 letter
QUOTED = re.compile(TOKEN.pattern.replace(_PART, _INNER))
_CHUNK = re.compile(r"\S+")
_CHUNK_REST = re.compile(r"\S*")
# 1 500 000 (groups of three digits after one to three), possibly with an ending: "1 500 000-ға"
_THOUSANDS = re.compile(r"\d{1,3}(?: \d{3})+(?:[.,]\d+)?(?![\d.,]?\d)\S*")
# +7 701 123 45 67, 8 (727) 123-45-67, 8 7184 09 23 65, (7172) 74 10 16: a telephone number is one token, spaces,
# ending and all, as a link is (its parts are no counts). Only shapes no running number takes, each with the digits a
# number of that shape has: +7 and ten digits, another country's code and 10-13 digits in all, the trunk 8 and ten,
# a code in brackets that is no year and ten digits (not +150 000, +10 20 30 градус, Кітап (2019) 12 34 56)
_PHONE_END = rf"(?:-{_L}+)?(?![\w-]|[.,:/]\d)"
_CODE = r"\((?!1\d{3}\)|20\d\d\))\d{3,5}\)"
PHONE_SHAPES = tuple((re.compile(rf"(?<![\w+]){shape}{_PHONE_END}"), digits) for shape, digits in (
    (r"\+ ?7[ -]?\(?\d{3,4}\)?[ -]?\d{2,3}[ -]?\d\d[ -]?\d\d", {11}),  # +7 701 123 45 67, +7(7172)741016
    (r"\+ ?[1-9]\d{0,2}(?:[ -]?(?:\(\d{1,4}\)|\d{2,4})){2,4}", set(range(10, 14))),  # +1 202 555 0147
    (rf"8[ -]?(?:{_CODE}|\d{{3,5}})[ -]?\d{{1,3}}(?:[ -]?\d\d){{3}}", {11}),  # 8 (727) 2 50 50 50
    (rf"8[ -]?(?:{_CODE}|\d{{3,5}})[ -]?\d{{1,3}}(?:[ -]?\d\d){{2}}", {11}),  # 8 701 123 45 67, 8 (727) 123-45-67
    (rf"{_CODE}[ -]?\d{{1,3}}(?:[ -]?\d\d){{2,3}}", {10}),  # (7172) 74 10 16
))


def phone_end(text: str, start: int) -> int | None:
    """Where a telephone number beginning at `start` ends, or None."""
    for shape, digits in PHONE_SHAPES:
        found = shape.match(text, start)
        if found and sum(c.isdigit() for c in found.group()) in digits:
            return found.end()
    return None


_PHONE_FIRST = frozenset("+(8")
_KNOWN_WITH_PERIOD = ABBREVIATIONS | SENTENCE_FINAL_ABBREVIATIONS
_CLOSING = re.compile(rf"{_L}['’]")  # a single quote's closing mark: Kaspi', Astana'
_PLAIN_END = frozenset(",;:!?»)\"'")


def spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, rule) of every token in `text`, which is already normalised.

    Most pieces between spaces are a plain word, perhaps with a comma or period: those skip the
    rules, which keeps tokenization fast without changing its result."""
    found: list[tuple[int, int, str]] = []
    append = found.append
    done, quoted = 0, False
    for chunk in _CHUNK.finditer(text):
        start, end = chunk.span()
        if start < done:  # inside a number with thousands separators already taken
            continue
        piece = chunk.group()
        if piece.isalpha():  # a plain word
            append((start, end, "word"))
            continue
        quoted = quoted or piece[0] in "'‘"  # 'Kaspi', 'Air Astana': 2017 Latin never starts a word with one
        body, last = piece[:-1], piece[-1]
        period_ends = last == "." and len(body) > 1 and piece.lower() not in _KNOWN_WITH_PERIOD
        letter_2017 = last in "'’" and body != "" and body[-1] in _MARKED and not quoted  # tyn', o'ndiry'
        if body.isalpha() and (last in _PLAIN_END or period_ends) and not letter_2017:
            append((start, end - 1, "word"))  # a word and a punctuation mark that cannot belong to it
            append((end - 1, end, "symbol"))
            continue
        phone = phone_end(text, start) if piece[0] in _PHONE_FIRST else None
        if phone:  # the number, then what follows it in its last piece (67, -> 67 | ,)
            append((start, phone, "phone"))
            start, end = phone, _CHUNK_REST.match(text, phone).end()
        elif len(piece.removeprefix("+")) <= 3 and piece.removeprefix("+").isdigit():  # 150 000, +150 000
            thousands = _THOUSANDS.match(text, start + (piece[0] == "+"))
            end = thousands.end() if thousands else end
        for m in (QUOTED if quoted else TOKEN).finditer(text, start, end):
            if m.lastgroup in ("word", "number") and "-" in m.group() and not keep_whole(m.group()):
                found += _split_at_hyphens(m.start(), m.group())
            else:
                append((m.start(), m.end(), m.lastgroup or "symbol"))
        done = end
        quoted = quoted and not _CLOSING.search(piece, 1)
    return found


def _split_at_hyphens(start: int, word: str) -> list[tuple[int, int, str]]:
    """жеміс-жидектер -> жеміс | - | жидектер"""
    pieces = []
    for i, part in enumerate(word.split("-")):
        if i:
            pieces.append((start, start + 1, "symbol"))
            start += 1
        pieces.append((start, start + len(part), "word"))
        start += len(part)
    return pieces
