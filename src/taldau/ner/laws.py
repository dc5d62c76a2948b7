"""Laws and codes the CRF leaves out or cuts short, named as KazNERD names them: an article after a law (Еңбек кодексінің
24-бабы), a code by the words before it (Салық кодексіне), the Constitution, a law by its title (Сайлау туралы заңға)."""
from __future__ import annotations

from collections.abc import Sequence

from taldau.morph import analyze
from taldau.ner import gazetteer
from taldau.ner import words as w
from taldau.ner.endings import split_hyphen
from taldau.ner.features import CLOSE_QUOTES, OPEN_QUOTES
from taldau.ner.labels import spans, spans_of
from taldau.numbers.words import read_word

MAX_NUMBER = 5  # words of an article's number after a law
ARTICLE = "бап"  # the lemma of a law's article (бабы, бабының; not бапкер, баба)
ARTICLE_STARTS = frozenset({"бап", "баб", "Бап", "Баб"})  # бабы, бабының: the article word as written
PARTS = ("бөлік", "тармақ", "тармақша")  # an article's part, clause and subclause: 3-бөлігі, екінші тармағына
# Kazakhstan's codes of laws by their usual abbreviations: criminal, criminal procedure, civil, civil procedure,
# administrative offences, administrative procedure, tax, labour, land, budget, entrepreneurship, penal enforcement,
# ecological; АПК and ҚІЖК as the press also writes them
CODE_ABBREVIATIONS = frozenset({"ҚК", "ҚПК", "ҚІЖК", "АК", "АІЖК", "АПК", "ӘҚБтК", "ӘРПК", "СК", "ЕК", "ЖК", "БК", "КК",
                                "ҚАК", "ЭК"})
CODE = "кодекс"  # the lemma of a code of laws: Еңбек кодексі, Салық кодексіне
CONSTITUTION = "конституция"  # capitalised, a LAW in KazNERD (not конституциялық құқық)
BASIC = "Ата"  # Ата Заң, "the Basic Law": the Constitution
LAW = "заң"  # the lemma of the word after a law's title: «Білім туралы» заңы, Сайлау туралы заңға
PLACES_NAMED = frozenset({"алаң", "көше", "даңғыл", "күн", "мереке"})  # Конституция алаңы, күні: no law
# A document adopted in a town and named after it (Астана декларациясы, Париж келісімі)
DOCUMENTS = frozenset({"декларация", "келісім", "хартия", "конвенция"})
DOCUMENT_STARTS = tuple(DOCUMENTS)
CONSENT = "бер"  # келісімін берді: a town's (its government's) consent given, no document (Мәскеу келісімін берді)
ABOUT = "туралы"  # a law's title ends with it, and KazNERD's LAW with the title
MAX_TITLE = 4  # words of a code's name or an unquoted law's title
MAX_ADJECTIVES = 2  # adjectives between a quoted law's title and заң: «Білім туралы» жаңа заң


def articles(words: Sequence[str], labels: list[str]) -> list[str]:
    """Еңбек кодексінің 24-бабына, Конституцияның елу сегізінші бабының екінші тармағы: an ordinal number and the article
    word right after a LAW belong to it, and so do the ordinals of its parts and clauses after them, as in KazNERD (not
    a cardinal: кодекстің үш бабы, three articles of the code); a code by its abbreviation before an article is a LAW
    (ҚК-нің 190-бабының 3-бөлігі, ӘҚБтК-нің 434-бабы; KazNERD spells codes out; not ҰҚК-нің 5-бабы, a committee's)."""
    out = list(labels)
    if not any(word[:3] in ARTICLE_STARTS for word in words):  # no article word: most sentences
        return out
    for k, word in enumerate(words[:-1]):
        if out[k] == "B-LAW" or out[k].startswith("I-") \
                or split_hyphen(word)[0] not in CODE_ABBREVIATIONS or not _numbered(words, k + 1, (ARTICLE,)):
            continue
        end = k + 1  # the CRF's other name from it (a POSITION) gives way
        while end < len(out) and out[end] == "I-" + out[k][2:]:
            end += 1
        out[k:end] = ["B-LAW"] + ["O"] * (end - k - 1)
    for _, last in spans_of(out, "LAW"):
        end = _numbered(words, last, (ARTICLE,))
        while end:
            out[last:end] = ["I-LAW"] * (end - last)
            last, end = end, _numbered(words, end + (words[end : end + 1] == [","]), PARTS)
    return out


def _numbered(words: Sequence[str], first: int, nouns: tuple[str, ...]) -> int:
    """The end of an ordinal number and a noun of `nouns` from `first` (24-бабына, екінші тармағы), or 0."""
    k, ordinal = first, False
    while k < len(words) and k - first < MAX_NUMBER and (number := read_word(words[k])):
        k, ordinal = k + 1, bool(number.ending)
    if k == first:
        return 0
    if words[k : k + 1] == ["-"]:  # 24-бабына, split by the tokenizer
        k, ordinal = k + 1, True
    if ordinal and k < len(words) and any(a.lemma in nouns for a in analyze(words[k].lower())):
        return k + 1
    return 0


def codes(words: Sequence[str], labels: list[str]) -> list[str]:
    """Еңбек кодексінің, Салық кодексіне, Қылмыстық іс жүргізу кодексі: a code named by the words right before it,
    from a capitalised one, is a LAW, as is the Constitution (Конституцияның; not конституциялық), as in KazNERD,
    also where the CRF read it with a country as one place (Қазақстан Республикасының Конституциясы)."""
    out = list(labels)
    for h, word in enumerate(words):
        if not code_word(word):
            continue
        lemmas = {a.lemma.lower() for a in analyze(word.lower())}
        if CONSTITUTION in lemmas and word[:1].isupper() and not _place_named(words, h):
            first = next((f for kind, f, end in spans(labels) if end == h + 1 and kind == "GPE"), h)
            if first == h and labels[h] != "O":
                continue
        elif CODE in lemmas and labels[h] == "O":
            first = _code_name(words, labels, h)
            if first == h:
                continue
        else:
            continue
        out[first : h + 1] = ["B-LAW"] + ["I-LAW"] * (h - first)
    return out


def basic_law(words: Sequence[str], labels: list[str]) -> list[str]:
    """Ата Заңға, Ата Заңымыз: "the Basic Law", the Constitution's other name, is a LAW whatever the CRF read it as (a
    person's name), as KazNERD writes it (train + dev: 5 of 5); not ата-ана, nor Ата in a name before another word."""
    out = list(labels)
    if BASIC not in words:  # most sentences
        return out
    for k, word in enumerate(words[:-1]):
        if word == BASIC and words[k + 1][:1].isupper() and law_word(words[k + 1]) \
                and not (k and labels[k].startswith("I-")) and not _place_named(words, k + 1):
            end = k + 2  # (Ата Заң күні: Constitution Day, no law)
            while end < len(out) and out[end].startswith("I-") and not out[k].endswith("LAW"):
                out[end] = "O"  # the CRF's name from Ата on ends with the law (not a law it read on: Ата Заңның 44-бабы)
                end += 1
            out[k : k + 2] = ["B-LAW", "I-LAW"]
    return out


def code_word(word: str) -> bool:
    """A word `codes` looks at: кодексі, Конституция, конституциялық (its readings tell them apart)."""
    return word.lower().startswith((CODE, CONSTITUTION))


def law_word(word: str) -> bool:
    """A form of заң "law" (заңы, заңға; not заңгер), which `law_titles` ends a title at."""
    return word.lower().startswith(LAW) and any(a.lemma == LAW for a in analyze(word.lower()))


def _place_named(words: Sequence[str], h: int) -> bool:
    """Конституция алаңы, Конституция күні: a square or a day named after the Constitution, no law."""
    return h + 1 < len(words) and any(a.lemma in PLACES_NAMED for a in analyze(words[h + 1].lower()))


def _code_name(words: Sequence[str], labels: Sequence[str], code: int) -> int:
    """The first word of a code's name: the last capitalised one of the caseless words before it (not Бүгін in Бүгін
    Еңбек кодексі), not an adjective alone first in the sentence (Жаңа кодекс); `code` when there is none."""
    name = code
    while name > 0 and code - name < MAX_TITLE and labels[name - 1] == "O" and _name_word(words[name - 1]):
        name -= 1
    first = next((k for k in range(code - 1, name - 1, -1) if words[k][:1].isupper()), code)
    if first == code or not _name_start(words, first, code) \
            or first == 0 and all(a.upos not in ("NOUN", "PROPN") for a in analyze(words[0].lower())):
        return code
    return first


def _name_start(words: Sequence[str], first: int, head: int) -> bool:
    """Whether a capitalised word can start the name of a law or code ending before `head`: no pronoun (Бұл туралы),
    nor a plural or possessed noun (Депутаттар, Мамандар), nor a person's name (Асқар), nor a sentence's first noun
    before lowercase words (the capital of the sentence, not of a name: Мемлекет жер туралы заңды; but an adjective
    names: Қылмыстық іс жүргізу кодексі)."""
    reading = next(iter(analyze(words[first].lower())), None)
    if not words[first][:1].isupper() or reading is None or reading.upos in ("PRON", "DET"):
        return False
    if any(f in reading.feats for f in ("Number=Plur", "Person[psor]", "Gender=")):  # Мамандар, Асқар: no law's name
        return False
    return first > 0 or reading.upos == "ADJ" or all(w[:1].isupper() for w in words[first + 1 : head])


def law_titles(words: Sequence[str], labels: list[str]) -> list[str]:
    """«Білім туралы» заңы, Сайлау туралы заңға: the title before the word заң, up to туралы, is a LAW (KazNERD leaves
    заң out), quoted or from a capitalised word; a quoted title read as another name (a work) becomes a LAW, also with
    adjectives between it and заң («Білім туралы» жаңа заң)."""
    out = list(labels)
    for h, word in enumerate(words):
        if h < 2 or labels[h] != "O" or not law_word(word):
            continue
        if (last := _quote_before(words, labels, h)) is not None:
            first = next((k + 1 for k in range(last - 1, -1, -1) if words[k] in OPEN_QUOTES), 0)
            whole = len(spans(labels[first:last])) <= 1 and labels[first][:1] in "BO" and labels[last][:1] in "BO"
            if not first or last - first < 2 or words[last - 1].lower() != ABOUT or not whole:
                continue
        elif words[h - 1].lower() == ABOUT:
            last = h
            first = next((k for k in range(h - 2, max(h - 2 - MAX_TITLE, -1), -1)
                          if labels[k] != "O" or not words[k].isalpha() or words[k][:1].isupper()), -1)
            if first < 0 or labels[first] != "O" or not _name_start(words, first, h - 1):
                continue
        else:
            continue
        out[first:last] = ["B-LAW"] + ["I-LAW"] * (last - first - 1)
    return out


def _quote_before(words: Sequence[str], labels: Sequence[str], h: int) -> int | None:
    """Where the quotation closes before заң at `h`, past lowercase adjectives outside every name (жаңа, ескі,
    экологиялық) between them; None when заң follows no quotation."""
    k = h - 1
    while k > h - 1 - MAX_ADJECTIVES and k > 0 and labels[k] == "O" and words[k].islower() and w.adjective(words[k]):
        k -= 1
    return k if words[k] in CLOSE_QUOTES else None


def country_laws(words: Sequence[str], labels: list[str]) -> list[str]:
    """«Медиа туралы» Қазақстан Республикасының Заңына: a quoted title ending in туралы, then a country's name in the
    genitive and the word заң, is the law's title: a LAW (as KazNERD's «... туралы» заң), the country a GPE, заң outside
    (the CRF, which never saw a country between, read the title as a work and the country and заң as the law)."""
    out = list(labels)
    for h, word in enumerate(words):
        if h < 4 or not law_word(word):
            continue
        start = next((k for k in range(h - 1, max(h - 4, 0), -1) if words[k - 1] in CLOSE_QUOTES), None)
        if start is None or not w.country(words[start:h]) or "Gen" not in w.cases(words[h - 1]):
            continue
        first = next((k + 1 for k in range(start - 2, -1, -1) if words[k] in OPEN_QUOTES), 0)
        if first < 1 or start - 1 - first < 2 or words[start - 2].lower() != ABOUT \
                or h + 1 < len(words) and out[h + 1].startswith("I-"):
            continue
        out[first : start - 1] = ["B-LAW"] + ["I-LAW"] * (start - 2 - first)
        out[start:h] = ["B-GPE"] + ["I-GPE"] * (h - 1 - start)
        out[h] = "O"
    return out


def _name_word(word: str) -> bool:
    """A word of a code's name: a noun, adjective or verbal noun first (not бұл), with no case ending (Қылмыстық, Еңбек,
    іс жүргізу)."""
    readings = analyze(word.lower())
    return (word.isalpha() and bool(readings)
            and (readings[0].upos in ("NOUN", "ADJ", "PROPN") or "VerbForm=Ger" in readings[0].feats)
            and all("Case=" not in a.feats or "Case=Nom" in a.feats for a in readings)
            and not word.lower().startswith(CODE))


def city_documents(words: Sequence[str], labels: list[str]) -> list[str]:
    """Астана декларациясы, Париж келісіміне: a town's name (`gazetteer`, no country's) in the nominative right before
    a declaration's, an agreement's, a charter's or a convention's word, possessed, names the document adopted there: one
    LAW with it, as KazNERD writes one (train: Париж келісімі 1 of 1 a LAW; a declaration a LAW 1 of 1), where the
    CRF read the town alone; a country's (Франция заңына) is the state's own, no title; nor before бер- ("give"), where
    келісім is the consent of the government the town stands for (Мәскеу келісімін берді)."""
    out = list(labels)
    if not any(word.startswith(DOCUMENT_STARTS) for word in words):  # most sentences
        return out
    for h in range(1, len(words)):
        word, town = words[h], words[h - 1]
        if word.startswith(DOCUMENT_STARTS) and w.lemma(word) in DOCUMENTS and w.possessed(word) \
                and out[h - 1] in ("O", "B-GPE") and out[h] == "O" and _town(town) \
                and not (h + 1 < len(words) and w.lemma(words[h + 1]) == CONSENT):
            out[h - 1 : h + 1] = ["B-LAW", "I-LAW"]
    return out


def _town(word: str) -> bool:
    """A town's or a city's name as written, in the nominative (Астана, Париж; not Франция, a country)."""
    place = gazetteer.places().get((word,))
    return place is not None and place.kind != "country"
