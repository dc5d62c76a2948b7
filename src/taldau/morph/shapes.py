"""Words read by their shape rather than the dictionary: punctuation, numbers (19 660, 09:00, 16,8%), Roman numerals,
initials, hesitation sounds, abbreviations and hyphenated words (АҚШ-тың, 2001-ден, 55-ші,
2-ншіден, 4-еуі, %-ы, 9-орынды, жалғыз-ақ), and ё spelt for е (волонтёрлер).

After a hyphen the ending follows pronunciation: 2001 is read екі мың бір, so -ден; БҰҰ ends in a
vowel, so -ның. Analysis accepts the ending in any harmony (writers differ); generation picks it.
"""
from __future__ import annotations

import re

from ..doc import Analysis
from . import endings, suffixes
from .lexicon import stems
from .lookup import merge_feats

_PUNCT = re.compile(r"^[^\w]+$")
_SYMBOLS = frozenset("%$€₸£№+=<>*/\\^~|&@#§°")
_NUMBER = re.compile(r"^(?:\d+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+)(?:[.,]\d+)*$")  # 2001, 16,75; 19 660 (groups of three)
_CLOCK = re.compile(r"^([01]?\d|2[0-4]):([0-5]\d)$")  # 09:00, 7:30
_CLOCK_RANGE = re.compile(r"^(?:[01]?\d|2[0-4]):[0-5]\d[-–—](?:[01]?\d|2[0-4]):[0-5]\d$")  # 10:00-18:00, one token
_MEASURE = re.compile(r"^(\d+(?:[.,]\d+)?)(%|‰|°[CС]?|℃)$")  # 16,8%, 40°C: a number and its sign, one token in UD
_SIGN_NAMES = {"%": "пайыз", "‰": "промилле", "°": "градус", "℃": "градус"}
_ROMAN = re.compile(r"^[IVXLCDMІХ]+$")  # Cyrillic Х and І stand in for X and I in Kazakh texts
# ordinal and collective endings after digits (55-ші, 2020-сыншы; 2-еуі for екеуі), longest first
_ORDINAL = tuple(sorted(suffixes.endings("ORD") | suffixes.endings("ORD.DIGITS"), key=lambda e: (-len(e), e)))
_COLLECTIVE = tuple(suffixes.endings("COLL"))
_HESITATION = re.compile(r"^(?:ы+|э+|а{2,}|ә{2,}|е{2,}|м{2,}|х[ыа]+|хм+)$", re.IGNORECASE)  # ыы, эээ, мм
_INITIAL = re.compile(r"^[А-ЯӘҒҚҢӨҰҮҺІA-Z]\.$")  # Г., Қ.
_ABBREVIATION = re.compile(r"^[а-яәғқңөұүһі]+(?:\.[а-яәғқңөұүһі]+)*\.$")  # млрд., ж., т.б.
_ACRONYM = re.compile(r"^[А-ЯӘҒҚҢӨҰҮҺІ]{2,5}\+?$")  # ЕҚДБ, ИДБ, ОПЕК+: capitals, too short to be a shouted word
_SYMBOL_NAMES = {"%": "пайыз", "$": "доллар", "€": "еуро", "₸": "теңге", "№": "нөмір"}  # %-ы, $-ға
_CLITICS = {"ақ": "EMPH", "ау": "EMPH", "мыс": "EVID"}

UNITS = ("нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз")
_TENS = ("", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан")


def number_word(digits: str) -> str:
    """The last word of a number read aloud, which decides its endings: 2001 -> бір, 1990 -> тоқсан, 25 000 -> мың,
    7:30 -> отыз, 18:00 -> сегіз (the hour, when the minutes are none)."""
    clock = _CLOCK.match(digits)
    if clock:
        digits = clock.group(1) if clock.group(2) == "00" else clock.group(2)
    digits = re.split(r"[.,]", re.sub(r"\s", "", digits))[-1] or "0"
    stripped = digits.rstrip("0")
    zeros = len(digits) - len(stripped)
    if not stripped:
        return "нөл"
    if zeros == 0:
        return UNITS[int(stripped[-1])]
    if zeros == 1:
        return _TENS[int(stripped[-1])]
    if zeros == 2:
        return "жүз"
    return "мың" if zeros < 6 else "миллион" if zeros < 9 else "миллиард"


_LETTER_NAMES = {c: n for c, n in zip("БВГҒДЖЗКҚЛМНҢПРСТФХЦЧШ",
                  ("бы", "вы", "гы", "ғы", "ды", "жы", "зы", "кы", "қы", "ыл", "ым", "ын", "ың", "пы", "ыр",
                   "ыс", "ты", "фы", "хы", "цы", "чы", "шы"))}


def pronunciation(token: str) -> str | None:
    """How a number, a symbol or an abbreviation is read aloud, for its endings: 2001 -> бір, % -> пайыз,
    ТМД -> ды, АҚШ -> ақш."""
    if token in _SYMBOL_NAMES:
        return _SYMBOL_NAMES[token]
    measure = _MEASURE.match(token)
    if measure:
        return _SIGN_NAMES[measure.group(2)[0]]  # 30%-ға: read отыз пайыз
    if _NUMBER.match(token) or _CLOCK.match(token):
        return number_word(token)
    if token.isupper() and len(token) <= 6:
        low = token.lower()
        if any(c in "аәеиоөұүыіэюя" for c in low):
            return low  # read as a word: АҚШ, БҰҰ, НАТО
        return _LETTER_NAMES.get(token[-1], low)  # read letter by letter: ТМД -> ...ды
    return None


def punctuation(word: str) -> list[Analysis]:
    if word == "№":  # read нөмір, a noun in UD
        return [Analysis(word, "NOUN", "Case=Nom", ((word, "STEM"),))]
    if _PUNCT.match(word):
        return [Analysis(word, "SYM" if word[0] in _SYMBOLS else "PUNCT", "", ((word, "PUNCT"),))]
    return []


def sounds(word: str) -> list[Analysis]:
    """Hesitation sounds of transcribed speech (ыы, эээ), abbreviations with a period (млрд., Г.) and capital
    abbreviations the lexicon lacks (ЕҚДБ: a name, never the guesser's imperative еқдб)."""
    stem = ((word, "STEM"),)
    if _HESITATION.match(word):
        return [Analysis(word.lower(), "INTJ", "", stem)]
    if _INITIAL.match(word):
        return [Analysis(word, "PROPN", "", stem), Analysis(word, "NOUN", "", stem)]
    if _ABBREVIATION.match(word):
        return [Analysis(word, "NOUN", "", stem)]
    if _ACRONYM.match(word):
        return [Analysis(word, "PROPN", "Case=Nom", stem, True)]
    return []


def respelled(word: str, analyze) -> list[Analysis]:
    """ё written for е (актёр, волонтёрлер): read the word with е, keep the surfaces as written."""
    if "ё" not in word.lower():
        return []
    out = []
    for a in analyze(word.replace("ё", "е").replace("Ё", "Е")):
        surfaces, at = [], 0
        for surface, gloss in a.morphemes:
            surfaces.append((word[at : at + len(surface)], gloss))
            at += len(surface)
        out.append(Analysis(a.lemma, a.upos, a.feats, tuple(surfaces), a.guessed))
    return out


def number(word: str) -> list[Analysis]:
    if _NUMBER.match(word):
        stem = ((word, "STEM"),)
        return [Analysis(word, "NUM", "NumType=Card", stem), Analysis(word, "NUM", "NumType=Ord", stem)]
    if _CLOCK.match(word) or _CLOCK_RANGE.match(word) or _MEASURE.match(word):  # 09:00, 16,8%: never an ordinal
        return [Analysis(word, "NUM", "NumType=Card", ((word, "STEM"),))]
    if _ROMAN.match(word):
        return [Analysis(word, "NUM", "NumType=Ord", ((word, "STEM"),))]
    return []


def _nominal_endings(tail: str) -> list[endings.Ending]:
    """Readings of `tail` as a nominal ending, one per feature set (harmony left open)."""
    seen, out = set(), []
    for e in endings.table().get(tail.lower(), ()):
        if e.paradigm == "N" and not e.stem_tail and e.feats not in seen:
            seen.add(e.feats)
            out.append(e)
    return out


def _name_before_ending(left: str, ending: str) -> bool:
    """A name (a capital in it: Microsoft, Сбербанк, eBay) with a bare case ending after the hyphen, which the press
    writes after a name the reader may not know how to inflect (Microsoft-пен, eBay-де; not Нью-Йоркке, a compound)."""
    found = _nominal_endings(ending)
    return any(c.isupper() for c in left) and bool(found) and all(e.feats_str != "Case=Nom" for e in found)


def _numeral(left: str, right: str) -> list[Analysis]:
    """A number or symbol with its ending after a hyphen: 2001-ден, 55-ші, 2-ншіден, 4-еуі, %-ы."""
    low = right.lower()
    if left in _SYMBOL_NAMES:
        return [Analysis(left, "NOUN", e.feats_str, ((left + "-", "STEM"), *e.morphemes))
                for e in _nominal_endings(low)]
    if _CLOCK.match(left) or _CLOCK_RANGE.match(left) or _MEASURE.match(left):  # 18:00-ге, 85%-ы: a cardinal and case
        return [Analysis(left, "NUM", merge_feats("NumType=Card", e.feats), ((left + "-", "STEM"), *e.morphemes))
                for e in _nominal_endings(low)]
    if not (_NUMBER.match(left) or _ROMAN.match(left)):
        return []
    if low in _ORDINAL:
        return [Analysis(left, "NUM", "NumType=Ord", ((left + "-", "STEM"), (right, "ORD")))]
    for forms, num_type, gloss in ((_ORDINAL, "Ord", "ORD"), (_COLLECTIVE, "Coll", "COLL")):
        for suffix in forms:
            if low.startswith(suffix) and len(low) > len(suffix):
                head = ((left + "-", "STEM"), (right[: len(suffix)], gloss))
                found = [Analysis(left, "NUM", merge_feats(f"NumType={num_type}", e.feats), head + e.morphemes)
                         for e in _nominal_endings(low[len(suffix):])]
                if found:
                    return found
    return [Analysis(left, "NUM", merge_feats("NumType=Card", e.feats), ((left + "-", "STEM"), *e.morphemes))
            for e in _nominal_endings(low)]



def hyphenated(word: str, analyze) -> list[Analysis]:
    """Readings of a word with a hyphen; `analyze` reads the part after the last hyphen."""
    if "-" not in word.strip("-"):
        return []
    left, right = word.rsplit("-", 1)
    low = right.lower()
    found = _numeral(left, right)
    if found:
        return found
    if low in _CLITICS:
        return [Analysis(a.lemma, a.upos, a.feats, a.morphemes + ((right, _CLITICS[low]),), a.guessed)
                for a in analyze(left)]
    out = []
    for lex in stems().get(left.lower(), ()):  # АҚШ-тың, БҰҰ-ның
        if lex.paradigm == "N":
            out += [Analysis(lex.lemma, lex.upos, merge_feats(lex.feats, e.feats), ((left + "-", "STEM"), *e.morphemes))
                    for e in _nominal_endings(low)]
    if not out and (left.isupper() and len(left) <= 6 or _name_before_ending(left, low)):  # an abbreviation the
        # lexicon lacks (ҚазҰУ-дың), or a name with its case ending (Microsoft-пен, Сбербанк-пен: not the conjunction)
        out = [Analysis(left, "PROPN", e.feats_str, ((left + "-", "STEM"), *e.morphemes))
               for e in _nominal_endings(low)]
    if out:
        return out
    # a compound: the last part inflects (9-орынды, Әл-Кайда)
    return [Analysis(f"{left}-{a.lemma}", a.upos, a.feats, ((left + "-", "STEM"), *a.morphemes), a.guessed)
            for a in analyze(right)]
