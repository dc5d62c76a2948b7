"""Quoted names, read by the noun after them or the verb: «Ауыл» партиясы and «Алтын дала» қоры are bodies, «Абай»
романы a work, «Астана» alone a club or a paper rather than the city, and a long quotation before деп what someone said.
Each rule takes a sentence's words and IOB2 labels and returns new labels, as `taldau.ner.rules` runs them.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from taldau.cache import COSTLY_WORDS
from taldau.doc import Analysis
from taldau.morph import analyze, suffixes
from taldau.ner import gazetteer, heads
from taldau.ner import words as w
from taldau.ner.canonical import NUMERIC
from taldau.ner.features import CLOSE_QUOTES, OPEN_QUOTES, QUOTES
from taldau.ner.labels import spans
from taldau.ner.places import DASHES

MAX_QUOTED = 8  # words in a quoted name before its head word: longer is a saying («Ауыл – ел бесігі» жобасы has 4)
# `heads.tsv` classes -> a quoted name's before them; «Самал» ықшамауданы a LOCATION (KazNERD's train + dev: 7 of 7)
HEAD_CLASSES = {kind: heads.LABELS[kind] for kind in ("project", "event", "district")}
# Nouns heads.tsv lacks that say what a quoted name before them names (stems, as heads.tsv matches them; KazNERD's
# train + dev, quoted names right before one or after adjectives and bare nouns, whole): a road map, a concept, a format
# (PROJECT: «Бизнес» жол картасы 4 of 4, формат 3 of 3), a topic, a campaign, an event, a contest (EVENT: тақырыбы 4 of 4,
# акциясы, шарасы, конкурсы 3 of 3 each), a tractor, machinery (PRODUCT: 3 of 3, 2 of 2), a highway, a train (FACILITY:
# тасжолы 3 of 3, пойызы 2 of 2), a monument, a station or checkpoint, a kindergarten (FACILITY: монументі, ескерткіші,
# бекеті 1 of 1 each, бекетін 1 of 1, балалар бақшасы 2 of 2, and so балабақшасы, its one-word spelling), a vehicle (PRODUCT: «...» көлігі 2 of 2), a drill
# (EVENT: оқу-жаттығулары 4 of 4), a software system (PRODUCT: «...» жүйесі, ақпараттық жүйесі 6 of 10, the others
# PROJECT, none another class), a ship or spacecraft (PRODUCT: «...» кемесімен 2 of 2); none of them left out
THINGS = {"карта": "PROJECT", "тұжырымдама": "PROJECT", "формат": "PROJECT", "тақырыб": "EVENT", "тақырып": "EVENT",
          "акция": "EVENT", "шара": "EVENT", "конкурс": "EVENT", "трактор": "PRODUCT", "техника": "PRODUCT",
          "тасжол": "FACILITY", "пойыз": "FACILITY", "монумент": "FACILITY", "ескерткіш": "FACILITY",
          "бекет": "FACILITY", "бақша": "FACILITY", "балабақша": "FACILITY", "көліг": "PRODUCT", "оқу-жаттығ": "EVENT", "жаттығ": "EVENT",
          "жүйе": "PRODUCT", "кемес": "PRODUCT"}
LISTED = {"org": "ORGANISATION", "project": "PROJECT"}  # plural heads.tsv classes that name quotations listed before
NAMED_LEFT_OUT = frozenset({"EVENT"})  # heads.tsv classes that name a capitalised quotation the CRF left out
PARTY_HEADS = ("партия", "қозғалыс")  # «Ауыл» партиясы, «Нұр Отан» партиясының, «Ақ жол» қозғалысы
WORKS = frozenset({"роман", "фильм", "ән", "туынды", "кітап", "әңгіме", "өлең", "повесть", "поэма", "трилогия", "дастан",
                   "күй", "пьеса", "шығарма", "мультфильм", "телехикая", "сериал", "жинақ", "альбом", "опера",
                   "спектакль", "қойылым", "мақала", "комедия", "жыр", "еңбек", "диссертация"})
# KazNERD: 14 of 14 titles ART; мақаласы 6 of 6, комедиясы 4 of 4, жыры 2 of 2; еңбегі (a scholar's work) and
# диссертациясы as the guidelines' ART (Туынды: a work, диссертациясы among its head words)
LABOUR = frozenset({"еңбек"})  # a work, or labour: after a body's name its labour («Атамекен» еңбегінің жемісі)
# What the CRF makes of a quoted name before a facility's head word («Шұғыла» спорт кешені a LOCATION): KazNERD's train +
# dev give no such name one of these classes (of 23: FACILITY 13, PRODUCT 4 and ORGANISATION 4, a complex of weapons, a
# clinic or a school as a body, 2 split)
SITE_MISREADINGS = frozenset({"GPE", "LOCATION", "PERSON"})
QUOTED_PLACE_READINGS = frozenset({"GPE", "LOCATION", "FACILITY", "EVENT"})  # what the CRF makes of «Астана»
STAGES = ("театр",)  # «Астана Балет» театры: a building and its company, a FACILITY in KazNERD
# Heads of bodies of people heads.tsv lacks: «...» ансамблі, тобы (a band), биржасы; KazNERD's train + dev: a quoted
# name right before one or after adjectives and bare nouns an ORGANISATION 11 times of 11
GROUPS = frozenset({"ансамбль", "топ", "биржа"})
AWARDS = frozenset({"орден", "медаль", "төсбелгі"})  # «Дала батыры» ордені, «Сенім» төсбелгісі: a title
BARE = frozenset({"Case=Nom", "Case=Nom|Number=Plur"})  # a noun compounded bare: футбол клубы, балалар бақшасы
MAX_NAME = 4  # capitalised words before a party head taken as its name
# Adjectives (and hyphens) between a quoted name and its party head: «Ауыл» халықтық-демократиялық партиясы
MAX_BETWEEN_PARTY = 4
SAYING, MIN_SPEECH = frozenset({"деп", "деді"}), 4  # «... 4 words or more ...» деп: speech, no name
SPEAKING = ("де", "айт")  # деді, дейді, деп, айтты: verbs of saying after a quotation's comma and dash
CALLED = frozenset({"атты", "деген"})  # «Таза аула» атты шара, «Дала» деген трактор: named so
NAMING = ("ата", "жариял", "белгіле")  # «...» деп атады, жариялады, белгіледі: a name given, no speech


def parties(words: Sequence[str], labels: list[str]) -> list[str]:
    """«Ауыл» партиясы, Ақ жол партиясы: the name before a party or movement is an ORGANISATION, even a place's name;
    so is a quoted name before a body's head word («Алтын дала» қоры, «Жібек жол» компаниясы: no steppe, no road;
    KazNERD's train + dev: 102 of 104, the other two a theatre), with adjectives or bare nouns between or none
    («Ертіс» футбол клубы); a quoted title before a work's noun is an ART
    («Абай» романы, not a PERSON).

    Only where the head word is outside any entity (KazNERD labels the name alone) and the name is no
    part of a longer entity (a POSITION "«Нұр Отан» партиясының төрағасы" starts at the quote)."""
    out = list(labels)
    for h, word in enumerate(words):
        work = h > 1 and words[h - 1] in CLOSE_QUOTES and _work(word) and not _a_body_s_labour(words, labels, h - 1)
        party = word.lower().startswith(PARTY_HEADS)
        if labels[h] != "O" or h == 0 or not (work or party or _quoted_body(word)):
            continue
        between = 0  # «Ақ жол» демократиялық партиясы: lowercase words between the name and the head
        while not work and between < MAX_BETWEEN_PARTY and h - between > 1 and (
                (before := words[h - between - 1]) == "-" or before.islower() and _modifier(before)):
            between += 1
        if not (work or party) and words[h - between - 1] not in CLOSE_QUOTES:
            continue  # a body's head word names only a quoted name
        if between and words[h - between - 1] in CLOSE_QUOTES:
            out[h - between : h] = ["O"] * between
            h -= between
        if words[h - 1] in CLOSE_QUOTES:
            start = h - 2
            while start >= 0 and words[start] not in OPEN_QUOTES:
                start -= 1
            first, last = start + 1, h - 1
            if start < 0 or labels[start] != "O" or last - first == 1 and (len(words[first]) == 1 or words[first].isdigit()):
                continue  # (not «А» тобында, «В» тобына: a tournament's or a blood group, a letter or a number)
        else:
            first = h
            while first > 0 and h - first < MAX_NAME and words[first - 1][:1].isupper():
                first -= 1
            last = h
            if first == h or labels[first].startswith("I-"):
                continue
        if last > first:
            kind = "ART" if work else "ORGANISATION"
            out[first:last] = [f"B-{kind}"] + [f"I-{kind}"] * (last - first - 1)
    return out


def quoted_by_head(words: Sequence[str], labels: list[str]) -> list[str]:
    """«Жасыл ел» жобасы, «Дала әуені» фестивалі: a quoted name the CRF found, before a project's or an event's head
    word (`heads.tsv`, with adjectives or bare nouns between or none: «Алтын күз» халықаралық фестивалі), is of the
    head word's class, whatever else the CRF read it as (a body, a place), as KazNERD writes it (train + dev: of such
    names with any class, a project's 64 of 69 a PROJECT, an event's 8 of 10 an EVENT). Before a project's head the
    whole quotation is the PROJECT, whatever the CRF read in it or left out («Қазақстанның 100 жаңа есімі» жобасы;
    KazNERD: no quotation before жобасы or бағдарламасы left out, 64 of 71 a PROJECT whole). A product's left out is
    one only when it begins with a capital, a brand's («Есепші» жүйесі; not «ақылды» жүйе, a smart system); so is an
    event's (`NAMED_LEFT_OUT`: «Отандастар» халықаралық форумы; KazNERD train + dev: 39 of 40 such names an EVENT, none
    left out). Before a facility's head word a quoted name the CRF read as a place or a person is the FACILITY
    (`_site_class`: «Шұғыла» спорт кешені)."""
    out = list(labels)
    if "»" not in words:  # most sentences
        return out
    for kind, first, last in spans(labels):
        if kind in NUMERIC or not (0 < first and words[first - 1] in OPEN_QUOTES and last + 1 < len(words)
                                   and words[last] in CLOSE_QUOTES) or labels[last + 1] != "O":
            continue
        named = _head_class(words, last + 1) or _site_class(words, last + 1, kind)
        if named and named != kind:
            out[first:last] = [f"B-{named}"] + [f"I-{named}"] * (last - first - 1)
    for close, word in enumerate(words):
        opening = next((k for k in range(close - 1, max(close - MAX_QUOTED - 2, -1), -1) if words[k] in QUOTES), None) \
            if word in CLOSE_QUOTES and close + 1 < len(words) else None
        if opening is not None and words[opening] in OPEN_QUOTES and close > opening + 1 \
                and out[opening] == out[close] == out[close + 1] == "O" \
                and ((named := _head_class(words, close + 1)) == "PROJECT" or named in THINGS.values()
                     and _thing(words, close + 1) and (named != "PRODUCT" or words[opening + 1][:1].isupper())
                     or named in NAMED_LEFT_OUT and words[opening + 1][:1].isupper()
                     and set(out[opening + 1 : close]) == {"O"}):
            out[opening + 1 : close] = [f"B-{named}"] + [f"I-{named}"] * (close - opening - 2)
    return out


def _head_class(words: Sequence[str], k: int) -> str | None:
    """The class (`THINGS`, `HEAD_CLASSES`) of the lowercase head word at `k` or after adjectives or bare nouns from `k`,
    after a quoted name that closes at `k` - 1."""
    h = _head_at(words, k)
    if h is None:
        return None
    return (_thing_class(words[h]) if _names(words, k) else None) or HEAD_CLASSES.get(heads.head(words[h]) or "")


def _site_class(words: Sequence[str], k: int, kind: str) -> str | None:
    """FACILITY for a quoted name the CRF read as a place or a person (`SITE_MISREADINGS`) before a facility's head word
    from `k` («Шұғыла» спорт кешенінде, «Ақсу» стадионына), which names no owner («Алматының» стадионы); else None."""
    h = _head_at(words, k)
    return heads.LABELS["fac"] if kind in SITE_MISREADINGS and h is not None and heads.head(words[h]) == "fac" \
        and _names(words, k) else None


def _head_at(words: Sequence[str], k: int) -> int | None:
    """Where the head word is: at `k`, or after the adjectives and bare nouns from `k` («Таза аула» атты, деген: after
    a word that names it too); None for no lowercase word."""
    h = k + (k + 1 < len(words) and words[k] in CALLED)
    while h + 1 < len(words) and h - k < MAX_BETWEEN_PARTY and words[h].islower() and not _thing_class(words[h]) \
            and not heads.head(words[h]) and _modifier(words[h]):
        h += 1
    return h if h < len(words) and words[h].islower() else None


def _thing_class(word: str) -> str | None:
    """The class a noun of `THINGS` gives a quoted name before it (картасы, тракторларын); None for other words."""
    return next((kind for stem, kind in THINGS.items() if word.startswith(stem)), None)


def _thing(words: Sequence[str], k: int) -> bool:
    """The head word from `k` is a noun of `THINGS` (not one of heads.tsv's): a class also for a quotation left out."""
    h = _head_at(words, k)
    return h is not None and _thing_class(words[h]) is not None and _names(words, k)


def _names(words: Sequence[str], k: int) -> bool:
    """The quoted name closing at `k` - 1 names the noun after it, not its owner in the genitive («Қазақтелекомның»
    акциялары: the company's shares, no campaign) nor where it is, in the attributive locative («Боингтегі» жүйе: the
    system at Boeing)."""
    return k < 2 or not (w.genitive(words[k - 2]) or w.attributive(words[k - 2]))


def _modifier(word: str) -> bool:
    """A lowercase word between a quoted name and its body's head word: an adjective (демократиялық), a bare noun
    the head is compounded with («Ертіс» футбол клубы, «Халық» сақтандыру компаниясы) or a verbal noun in the
    nominative, the body's task («Шарапат» әлеуметтік қызмет көрсету орталығы; KazNERD train + dev: 6 of 7 quotations
    before such a task and a body's head an ORGANISATION, the other a lowercase phrase)."""
    readings = analyze(word)
    return w.adjective(word) or bool(readings) and (readings[0].upos == "NOUN" and readings[0].feats in BARE
                                                    or readings[0].feats == "Case=Nom|VerbForm=Ger")


def quoted_places(words: Sequence[str], labels: list[str]) -> list[str]:
    """«Астана» 45 ұпаймен, «Астана» өз алаңында, «Эйр Астананың» IPO-сы: a name in quotes alone, a city's or
    country's, or a place of more words with a place in it, no noun after it, names a body (a club, a paper, a
    company), not the place, whatever class the CRF gave it (KazNERD's train + dev: a quoted name with no noun after it
    is an ORGANISATION 50 times, a GPE never; but «Астана – Павлодар», a road, a FACILITY)."""
    out = list(labels)
    if "»" not in words:
        return out
    for kind, first, last in spans(labels):
        if kind in QUOTED_PLACE_READINGS and 0 < first and words[first - 1] in OPEN_QUOTES \
                and last < len(words) and words[last] in CLOSE_QUOTES and not _noun_after(words, last + 1) \
                and not _names_the_place(words, last + 1) \
                and (last == first + 1 and (kind == "GPE" or gazetteer.match((words[first],)))
                     or kind in ("GPE", "LOCATION") and not DASHES.intersection(words[first:last])
                     and any(gazetteer.match((word,)) for word in words[first:last])):
            out[first:last] = ["B-ORGANISATION"] + ["I-ORGANISATION"] * (last - first - 1)
    return out


def _names_the_place(words: Sequence[str], k: int) -> bool:
    """«Астана» деп аталды, «Астана» болды: the quoted word is the place's own name given or said."""
    return k < len(words) and (words[k].lower() == "деп" or w.lemma(words[k]) in ("бол", "атал"))


def _noun_after(words: Sequence[str], k: int) -> bool:
    """A lowercase noun or adjective at `k`: the quoted name before it modifies it («Қазақстан» телеарнасы)."""
    if k >= len(words) or not words[k].isalpha() or not words[k].islower():
        return False
    readings = analyze(words[k])
    return bool(readings) and readings[0].upos in ("NOUN", "ADJ")


@lru_cache(maxsize=COSTLY_WORDS)
def _quoted_body(word: str) -> bool:
    """компаниясы, қоры, серіктестігі, ансамблі: a body's head word, not a theatre's (a FACILITY by KazNERD's
    convention). Cached: `parties` asks it of every word outside a name in a sentence with a closing quote."""
    low = word.lower()
    return heads.head(low) == "org" and not low.startswith(STAGES) or w.lemma(low) in GROUPS and w.possessed(low)


def awards(words: Sequence[str], labels: list[str]) -> list[str]:
    """«Дала батыры» орденімен, «Ерен» медалін, «Ерен» мен «Сенім» төсбелгілерін: each quotation right before
    an award's noun, or listed before it (a comma, және, мен between), is the award's title, an ART as KazNERD writes it,
    whatever the CRF read in it (train + dev: 11 of 11 such quotations an ART whole, a person's name or title in
    one included)."""
    out = list(labels)
    if "»" not in words:  # most sentences
        return out
    for h, word in enumerate(words):
        if h > 1 and words[h - 1] in CLOSE_QUOTES and word.islower() and w.lemma(word) in AWARDS:
            for opening, close in _listed(words, out, h - 1):
                out[opening + 1 : close] = ["B-ART"] + ["I-ART"] * (close - opening - 2)
    return out


def titled_works(words: Sequence[str], labels: list[str]) -> list[str]:
    """«Жаңа толқын» атты кітабын, «Өмір жолы» деректі фильмі, «Көктем» деген туындылары: a quotation before a work's
    noun (`WORKS`), after атты or деген and adjectives or bare nouns or right after it, is the work's title, an ART,
    whatever the CRF read in it (KazNERD train + dev: 30 of 30 such quotations an ART, 7 of them after атты or деген);
    the CRF reads a title before атты as an event. Named so, the work may be plural (туындыларын); right after the
    quotation it is singular and the owner's not («Фолиант» кітаптары: a publisher's books), nor the quotation a
    genitive's («Абайдың» кітабы)."""
    out = list(labels)
    if "»" not in words:  # most sentences
        return out
    for close, word in enumerate(words):
        if word not in CLOSE_QUOTES or close + 2 > len(words) or labels[close] != "O" or not _titles_a_work(words, close) \
                or _a_body_s_labour(words, labels, close):
            continue
        opening = next((k for k in range(close - 1, max(close - MAX_QUOTED - 2, -1), -1) if words[k] in QUOTES), None)
        if opening is not None and words[opening] in OPEN_QUOTES and close > opening + 1 and labels[opening] == "O":
            out[opening + 1 : close] = ["B-ART"] + ["I-ART"] * (close - opening - 2)
    return out


def _a_body_s_labour(words: Sequence[str], labels: Sequence[str], close: int) -> bool:
    """еңбек right after a quotation the CRF read as a body is that body's labour, no work («Нұр Отан» еңбегінің
    арқасында: thanks to the party's work; a scholar's «Дала тарихы» еңбегі is read as no body)."""
    return labels[close - 1][2:] == "ORGANISATION" and any(a.lemma in LABOUR for a in _as_noun(words[close + 1]))


def _titles_a_work(words: Sequence[str], close: int) -> bool:
    """The quotation closing at `close` names a work's noun after it: after атты or деген, adjectives or bare nouns,
    in any number; with nothing between, possessed and singular (`_work`)."""
    called = words[close + 1] in CALLED
    h = close + 1 + called
    while h + 1 < len(words) and h - close <= MAX_BETWEEN_PARTY and words[h].islower() and not _work_noun(words[h]) \
            and _modifier(words[h]):
        h += 1
    if h >= len(words) or not words[h].islower() or not _names(words, close + 1):
        return False
    return _work_noun(words[h]) if called else _work(words[h])


def _work_noun(word: str) -> bool:
    """A work's noun (`WORKS`) by its likeliest noun reading, in any number and case: романын, туындыларын."""
    return any(a.lemma in WORKS for a in _as_noun(word))


def _as_noun(word: str) -> list[Analysis]:
    """The likeliest reading of the lowercase word after a title, its likeliest noun reading where it has one: after a
    quotation шығармасы is the work (шығарма), not a verb's negative participle (шығар-ма-с-ы), morph's first."""
    readings = analyze(word.lower())
    return [next((a for a in readings if a.upos == "NOUN"), readings[0])] if readings else []


def listed_quotations(words: Sequence[str], labels: list[str]) -> list[str]:
    """«Рейтер» және «Франс Пресс» ақпараттық агенттіктері, «Қамқор» , «Жас ана» бағдарламалары: quotations
    listed before a body's or a project's head word in the plural (`heads.tsv`, adjectives or bare nouns between or
    none) each name one of its kind, whatever the CRF read in them (KazNERD train + dev: 14 of 16 such capitalised
    quotations, folds 0, 3 and 4 alone 6 of 8; the others TV programmes, ARTs); not a single quotation (the plural
    names more: «Көктем» компанияларының) nor a letter («А» және «Б» лигалары)."""
    out = list(labels)
    if "»" not in words:  # most sentences
        return out
    for h, word in enumerate(words):
        kind = LISTED.get(heads.of_lemma(w.lemma(word))) if word.islower() and w.plural(word) else None
        close = h - 1
        while kind and close > 0 and words[close].islower() and _modifier(words[close]):
            close -= 1  # «...» ақпараттық агенттіктері
        listed = _listed(words, labels, close) if kind and words[close] in CLOSE_QUOTES else []
        if len(listed) > 1 and all(words[a + 1][:1].isupper() and (b - a > 2 or len(words[a + 1]) > 1)
                                   for a, b in listed):
            for opening, close in listed:
                out[opening + 1 : close] = [f"B-{kind}"] + [f"I-{kind}"] * (close - opening - 2)
    return out


def _listed(words: Sequence[str], labels: Sequence[str], close: int) -> list[tuple[int, int]]:
    """The quotations (opening, closing quote) listed back from the closing quote at `close`, a comma, және or мен
    between them («Ерен» , «Сенім» және «Ел қорғаны»), as long as the quotes are outside any name."""
    found: list[tuple[int, int]] = []
    coordinators = suffixes.coordinators()
    while close > 0 and words[close] in CLOSE_QUOTES:
        opening = next((k for k in range(close - 1, max(close - MAX_QUOTED - 2, -1), -1) if words[k] in QUOTES), None)
        if opening is None or words[opening] not in OPEN_QUOTES or opening + 1 == close \
                or labels[opening] != "O" or labels[close] != "O":
            break
        found.append((opening, close))
        close = opening - 1
        if close > 0 and words[close].lower() in coordinators and labels[close] == "O":
            close -= 1
    return found


def quoted_speech(words: Sequence[str], labels: list[str]) -> list[str]:
    """Ресейлік сарапшы «Казахстан остаётся одной из самых устойчивых экономик региона» деп жазды: a quotation of
    MIN_SPEECH tokens or more before деп or деді is what someone said, no name, however the CRF labelled it whole
    (KazNERD: 48 quotations of 5+ tokens before деп or деген, none a name but one «...» деп аталатын, named; деген
    also names what follows: «Ауыл – ел бесігі» деген жоба); a name given (деп атады, жариялады) stays. So is one
    closed by a comma and a dash before a saying verb, the press's way of quoting («...», — деді министр; KazNERD's
    train + dev: 289 of 4+ tokens, one labelled whole, an adage), whose numbers the name would swallow. A proverb is
    said so and is an ADAGE all the same («Сақтансаң, сақтайды», — дейді, as KazNERD's guidelines show it)."""
    out = list(labels)
    if not CLOSE_QUOTES.intersection(words):  # most sentences
        return out
    for kind, first, last in spans(labels):  # the quotes at first - 1 and last, the saying word after them
        if kind != "ADAGE" and 0 < first and last < len(words) and words[first - 1] in OPEN_QUOTES and words[last] in CLOSE_QUOTES \
                and last - first >= MIN_SPEECH and (_said(words, last + 1) or _said_after_dash(words, last + 1)):
            out[first:last] = ["O"] * (last - first)
    return out


def _said(words: Sequence[str], k: int) -> bool:
    """деп or деді at k, not before a verb of naming (деп аталады: a name given)."""
    return k < len(words) and words[k] in SAYING and not (k + 1 < len(words) and _naming(words[k + 1]))


def _said_after_dash(words: Sequence[str], k: int) -> bool:
    """A comma, a dash and a verb of saying from k: «...», — деді ол."""
    return k + 2 < len(words) and words[k] == "," and words[k + 1] in DASHES | {"-"} \
        and words[k + 2].lower().startswith(SPEAKING)


def _naming(word: str) -> bool:
    """деп аталатын, атады, жариялады, белгіледі: what is quoted is the name given."""
    low = word.lower()
    return low.startswith(NAMING) and not low.startswith("атап")


def _work(word: str) -> bool:
    """A work's noun, possessed and singular: «Абай жолы» романы (not «Мереке» кітап дүкені, «Фолиант» кітаптары)."""
    return any(a.lemma in WORKS and "psor" in a.feats and "Number=Plur" not in a.feats for a in _as_noun(word))
