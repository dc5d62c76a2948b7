"""Bodies and posts named by their field (Энергетика министрлігі, Білім және ғылым министрлігінің, Экономика
министрі): capitalised words, then lowercase ones, up to an organisation's or a position's head word. The rule takes a
sentence's words and IOB2 labels and returns new labels, as `taldau.ner.rules` runs it; its tests of a word
(`field_head`, `modifier`) serve the rules of bodies' and posts' edges too.
"""
from __future__ import annotations

from collections.abc import Sequence

from taldau.doc import Analysis
from taldau.morph import analyze
from taldau.ner import gazetteer, heads
from taldau.ner import words as w
from taldau.ner.canonical import NUMERIC
from taldau.ner.features import NATIONALITY, OPEN_QUOTES
from taldau.numbers.calendar import DAY_PERIODS, PERIODS

BODIES = {kind: heads.LABELS[kind] for kind in ("org", "pos")}  # `heads.tsv` classes of a body's or a post's head -> its name
MAX_BETWEEN = 4  # lowercase words between a body's first capitalised word and its head word
HEAD_CASES = frozenset({"Loc", "Abl"})  # a head word in these is a place, no body's name
VICE = "вице-"  # вице-министрі: a deputy's title is its head's (KazNERD: Индустрия ... даму вице-министрі a POSITION)
NATIONAL = ("министр", "агенттіг", "комитет", "консорциум")  # heads of a country's own bodies and its minister
UNIT_ADJECTIVES = frozenset({"облыстық", "қалалық", "аудандық"})  # the region's, the city's, the district's
CLOSED = frozenset({"DET", "PRON"})  # readings of a word that begins no name (барлық: all)
QUARTER = "тоқсан"  # тоқсандық "quarterly": no entry of numbers.calendar.PERIODS (тоқсан is ninety too)
NATIONAL_WORD, FUND = "Ұлттық", "қор"  # Ұлттық банк, the state's own body; Ұлттық қор, its fund (a PROJECT in KazNERD)
JOINT, MAX_FIELD = "және", 2  # a listed field's last item joined by және; a capitalised first item's lowercase words


def field_bodies(words: Sequence[str], labels: list[str]) -> list[str]:
    """Энергетика министрлігі, Білім және ғылым министрлігінің, Каспий құбыр консорциумы: capitalised words, then
    lowercase ones in no oblique case, up to an organisation's head word possessed (`heads.tsv`) are one
    ORGANISATION, where the CRF saw no name there or a natural place's alone (Каспий). Not a person's (Асқар
    компаниясы: his company), a country's or a city's (`places.local_bodies` reads those), a genitive or a plural
    (Партияның саяси кеңесі), nor a head that goes on into a longer name (театры фестивалі, агенттігі төрағасы). First
    in a sentence, where any word is capitalised, only a national body's head (`NATIONAL`): Полиция департаменті
    there is the police in general, as KazNERD reads it. Before a position's head word they are one POSITION
    (Экономика министрінің мәлімдеуінше, Сенат спикері; on train + dev from no labels 100 found right, 5 wrong), a
    possessed noun after it no longer name but its holder's (мәлімдеуінше: "as the minister states"). The capitalised
    word may be a pair of fields joined by a hyphen, one token or split at the hyphen (Оқу-ағарту министрлігі)."""
    out = list(labels)
    for h, word in enumerate(words):
        if labels[h] != "O" or not field_head(word) or h + 1 < len(words) and words[h + 1].islower() \
                and w.possessed(words[h + 1]) and (heads.head(word) == "org" and not w.genitive(word)
                                                   or heads.head(words[h + 1])):
            continue  # министрінің мәлімдеуінше: a title's holder speaks; агенттігі төрағасы goes on (but the body
            # in the genitive owns the noun after it: министрлігінің деректеріне)
        k = h - 1
        while k >= 0 and h - k <= MAX_BETWEEN and labels[k] == "O" and words[k].islower() and words[k].isalpha() \
                and not w.oblique(words[k]) and not heads.head(words[k]) and modifier(words[k]):
            k -= 1
        if k > 0 and words[k] == "-" and k + 1 < h and words[k - 1][:1].isupper():
            k -= 1  # Мәдени - ағарту министрлігі: a pair of fields the tokenizer split at its hyphen
        first = k
        while first >= 0 and words[first][:1].isupper() and words[first].replace("-", "").isalpha() \
                and (labels[first] == "O" and (_field(words[first], first > 0) or _object(words, first)
                                               or named_by_adjective(words[first], word))
                     or labels[first].endswith("LOCATION")):
            first -= 1
        first += 1
        opening = first == 0 or words[first - 1] in OPEN_QUOTES or not words[first - 1][:1].isalnum()
        if first <= k and not (first and labels[first - 1].startswith("I-") and labels[first - 1][2:] not in NUMERIC) \
                and (not opening or word.startswith(NATIONAL)
                     or first < h - 1 and named_by_adjective(words[first], word)):
            # a number's span before it is no name it goes on
            kind = BODIES[heads.head(word.removeprefix(VICE))]
            out[first : h + 1] = [f"B-{kind}"] + [f"I-{kind}"] * (h - first)
    return out


def national_bodies(words: Sequence[str], labels: list[str]) -> list[str]:
    """Ұлттық банк онлайн-төлемдерді шектейді: Ұлттық ("national") capitalised right before a body's head word bare
    (банк, кеңес, комиссия, қор: the lemma itself, in any case) names the state's own body, where the CRF saw none there
    (first in a sentence, before a word it does not know): an ORGANISATION, a PROJECT for the fund (KazNERD's train +
    dev: all 26 such pairs a name, ORGANISATION or a post's, and Ұлттық қор a PROJECT 7 of 7, all singular and none
    before a verbal noun). Not a plural (Ұлттық университеттер рейтингі: national universities, a kind) nor a head
    before a verbal noun, whose bare object it is (Ұлттық агенттік құру ұсынылды: founding a national agency)."""
    out = list(labels)
    if NATIONAL_WORD not in words:  # most sentences
        return out
    for k in range(len(words) - 1):
        head = words[k + 1]
        if words[k] == NATIONAL_WORD and out[k] == out[k + 1] == "O" and head.islower() \
                and heads.of_lemma(w.lemma(head)) == "org" and not w.possessed(head) and not w.plural(head) \
                and not w.verbal_noun(words[k + 2 : k + 3]):
            kind = "PROJECT" if w.lemma(head) == FUND else "ORGANISATION"
            out[k : k + 2] = [f"B-{kind}", f"I-{kind}"]
    return out


def listed_fields(words: Sequence[str], labels: list[str]) -> list[str]:
    """Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі, Ауыл шаруашылығы, су ресурстары және
    ирригация министрі: a body or a post whose field is a list (a capitalised field, its lowercase words, a comma, then
    lowercase words joined by және up to the head word) is one name, comma inside, as KazNERD writes such names
    (train + dev: 5 of 5 whole), where the CRF saw none or only the list's last part; so is one that begins with a place
    before the field's lowercase words (Қазақстан туризм, сервис және дизайн институты: 1 of 1); not a list of
    titles that begins in lower case (министр, қайраткер және компания басшысы)."""
    out = list(labels)
    for h, word in enumerate(words):
        if not field_head(word) or labels[h][2:] not in ("", BODIES[heads.head(word.removeprefix(VICE))]):
            continue
        comma = _lowercase_run(words, h)
        if comma < 1 or words[comma] != "," or JOINT not in words[comma + 1 : h]:
            continue
        first = _lowercase_run(words, comma, MAX_FIELD)
        placed = first >= 0 and _place(words, labels, first, comma)  # Қазақстан менеджмент, ... институты
        if first < 0 or not placed and not (words[first][:1].isupper() and _field(words[first], first > 0)
                                            and labels[first] == "O"):
            continue
        if any(label != "O" for label in labels[first + placed : comma]) or labels[h - 1][:1] == "B" \
                or first and labels[first - 1].startswith("I-"):
            continue
        kind = BODIES[heads.head(word.removeprefix(VICE))]
        out[first : h + 1] = [f"B-{kind}"] + [f"I-{kind}"] * (h - first)
    return out


def _place(words: Sequence[str], labels: Sequence[str], first: int, comma: int) -> bool:
    """The capitalised word at `first` is a place of the gazetteer in the nominative, left out or read alone as a
    GPE, with the listed field's first lowercase words after it: the place whose body it is."""
    return first + 1 < comma and labels[first] in ("O", "B-GPE") and w.cases(words[first]) <= {"Nom"} \
        and gazetteer.match((words[first],)) is not None


def _lowercase_run(words: Sequence[str], h: int, most: int = MAX_BETWEEN + 1) -> int:
    """The index of the first word before `h`, looking back at most `most` words, that is no lowercase word of a name
    (`modifier`, in no oblique case, no head word): the comma before a listed field, or its capitalised first word."""
    k = h - 1
    while k >= 0 and h - k <= most and words[k].islower() and words[k].replace("-", "").isalpha() \
            and not w.oblique(words[k]) and not heads.head(words[k]) and modifier(words[k]):
        k -= 1
    return k


def named_by_adjective(first: str, head: str) -> bool:
    """Дүниежүзілік денсаулық сақтау ұйымы, Инвестициялық даму қорына first in a sentence: a body's name begun by an
    adjective in -лық/-лік (not a unit's, облыстық: a local office KazNERD leaves out; no determiner, Барлық; no word
    read first as a noun, Министрлік: the ministry as the subject) and its field's words before a word that is a
    body's head itself (not қорытындысы, which begins like қоры); KazNERD's train + dev: such a name first in a
    sentence or after a dash 13 times of 16 a name. With no field's words it is none (Әкімшілік орталығы: the
    administrative centre)."""
    low = first.lower()
    readings = analyze(low)
    classes = {a.upos for a in readings}
    return low.endswith(NATIONALITY) and low not in UNIT_ADJECTIVES and "ADJ" in classes and not classes & CLOSED \
        and readings[0].upos != "NOUN" and not _of_a_period(low) and heads.of_lemma(w.lemma(head)) == "org"


def _of_a_period(adjective: str) -> bool:
    """жылдық, айлық, апталық: an adjective of a period ("annual", "monthly") tells an amount's term (жылдық жалақы
    қоры, the annual wage fund), no body's field."""
    return any(adjective == period + ending for period in (*PERIODS, *DAY_PERIODS, QUARTER) for ending in NATIONALITY)


def field_head(word: str) -> bool:
    """An organisation's or a position's head word, lowercase, possessed and in no case of a place (министрлігі,
    министрлігімен, министрі, вице-министрі): where `field_bodies` looks."""
    return word.islower() and heads.head(word.removeprefix(VICE)) in BODIES and w.possessed(word) \
        and not w.cases(word) & HEAD_CASES


def modifier(word: str) -> bool:
    """A word that may stand inside a body's name: a noun, an adjective, a conjunction (білім және ғылым), a verbal
    noun in the nominative (нарығын реттеу және дамыту агенттігі)."""
    readings = analyze(word)
    return bool(readings) and (readings[0].upos in ("NOUN", "ADJ", "CCONJ")
                               or "VerbForm=Ger" in readings[0].feats and "Case=Nom" in readings[0].feats)


def _object(words: Sequence[str], k: int) -> bool:
    """A capitalised common noun in the accusative, the object of the verbal noun after it, begins a body's name by its
    task (Бәсекелестікті қорғау агенттігі, Табиғатты қорғау полициясы: KazNERD writes such a name whole)."""
    after = analyze(words[k + 1]) if k + 1 < len(words) and words[k + 1].islower() else []
    readings = analyze(words[k].lower())
    return bool(after) and "VerbForm=Ger" in after[0].feats and bool(readings) and readings[0].upos == "NOUN" \
        and "Case=Acc" in readings[0].feats and not gazetteer.match((words[k],))


def _field(word: str, inside: bool) -> bool:
    """A capitalised word that may begin a body's name by its field (Энергетика, Ұлттық): a common noun or an
    adjective in the nominative and singular, no given name (Асқар), pronoun or place of the gazetteer; inside a
    sentence a plural noun too, the members it gathers (Кәсіпкерлер палатасы, Қаржыгерлер қауымдастығы: KazNERD's
    train + dev, a capitalised plural right before a body's head inside the sentence begins its name 11 of 11; first
    in a sentence 0 of 2, Жастар қозғалысы there the youth movement at large). In the nominative in every reading, or
    in the dictionary's likeliest one (Сауда, trade, though сау-да "in the healthy one" is a locative too)."""
    readings = analyze(word.lower())
    return bool(readings) and readings[0].upos in ("NOUN", "ADJ") and (inside or "Number=Plur" not in readings[0].feats) \
        and _nominative(word, readings[0]) and not gazetteer.match((word,)) \
        and not any("Gender=" in a.feats for a in readings)


def _nominative(word: str, likeliest: Analysis) -> bool:
    """The word is in the nominative in every reading, or in the likeliest one, a dictionary word's (Сауда)."""
    return w.cases(word) <= {"Nom"} or not likeliest.guessed and "Case=Nom" in likeliest.feats

