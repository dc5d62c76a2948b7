"""Rules over the CRF's labels, each for a case KazNERD's transcribed news never shows the model.

Each rule takes the sentence's normalised words and IOB2 labels and returns new labels; `apply`
runs them in order (`RULES`): those for laws live in `taldau.ner.laws`, for titles and bodies in `taldau.ner.titles`,
for names as the press writes them in `taldau.ner.written`, for common words read as names in `taldau.ner.commons`,
for encyclopedia definitions (X — Y) in `taldau.ner.definitions`, for diseases by name in `taldau.ner.diseases`,
for landmarks by their head word or number in `taldau.ner.landmarks`, for events in `taldau.ner.events`, for rivers
and lakes by name in `taldau.ner.waters`, for where a name begins and ends in `taldau.ner.edges`, the rest here. A
sentence in Russian or English is not given to the CRF at all (`taldau.ner.foreign`).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache, reduce
from itertools import compress
from operator import or_

from taldau.cache import COSTLY_WORDS
from taldau.morph import abbreviation, analyze, suffixes
from taldau.ner import gazetteer, heads
from taldau.ner import words as w
from taldau.ner.canonical import NUMERIC
from taldau.ner.companies import LEGAL_FORMS, capital_companies, latin_companies, legal_forms
from taldau.ner.commons import FORMULAS, HORDE, ambiguous_months, formulas, hordes, indefinite_ones
from taldau.ner.definitions import bare_dashes, defined_subjects, hyphenated_names
from taldau.ner.diseases import diseases
from taldau.ner.edges import (
    DEMONSTRATIVES, countries_before_bodies, countries_end_persons, demonstratives_begin_no_names, demonstratives_end_names,
    demonyms_before_bodies, demonyms_in_names, longer_places, named_after,
    persons_before_bodies, persons_end_at_case, persons_start_at_names, places_end_at_their_name, pronouns_are_no_names,
    states_by_their_form,
    words_begin_no_names, years_in_names, STATE_FORMS,
)
from taldau.ner.endings import split_hyphen
from taldau.ner.events import ANNIVERSARY, anniversaries, named_events
from taldau.ner.features import CLOSE_QUOTES, OPEN_QUOTES
from taldau.ner.labels import spans, spans_of
from taldau.ner.landmarks import NUMBER, landmark_head, landmarks, local_facilities, numbered_facilities
from taldau.ner.waters import water, waters
from taldau.ner.persons import patronymics, persons_end_at_surname
from taldau.ner.laws import articles, code_word, codes, law_titles, law_word
from taldau.ner.titles import (
    BODIES, bodies_end_at_head, field_bodies, field_head, headless_positions, places_before_names, places_begin_names,
    positions_end_at_head, positions_of_members, quoted_bodies_in_positions, titles_of_bodies, titles_of_countries,
)
from taldau.ner.written import (
    ASCII_LETTER, CONTACT_CHARACTERS, body_start, contacts, foreign_names, given_name, known_bodies, national_companies,
    national_company, power_plant, power_plants, products,
)

INITIAL = re.compile(r"[A-ZА-ЯӘҒҚҢӨҰҮІҺЁ]\.")
PARTY_HEADS = ("партия", "қозғалыс")  # «Ауыл» партиясы, «Нұр Отан» партиясының, «Ақ жол» қозғалысы
WORKS = frozenset({"роман", "фильм", "ән", "туынды", "кітап", "әңгіме", "өлең", "повесть", "поэма", "трилогия", "дастан",
                   "күй", "пьеса", "шығарма", "мультфильм", "телехикая", "сериал", "жинақ", "альбом", "опера",
                   "спектакль", "қойылым"})  # KazNERD: 14 of 14 titles ART
QUOTED_PLACE_READINGS = frozenset({"GPE", "LOCATION", "FACILITY", "EVENT"})  # what the CRF makes of «Астана»
STAGES = ("театр",)  # «Астана Балет» театры: a building and its company, a FACILITY in KazNERD
MAX_NAME = 4  # capitalised words before a party head taken as its name
# Adjectives (and hyphens) between a quoted name and its party head: «Ауыл» халықтық-демократиялық партиясы
MAX_BETWEEN_PARTY = 4
MAX_BETWEEN = 3  # lowercase words between a place and an organisation's head word
DASHES = frozenset({"—", "–"})  # a dash between words: a definition's (Ертіс — өзен) or a route's (Алматы – Бішкек)
SAYING, MIN_SPEECH = frozenset({"деп", "деді"}), 4  # «... 4 words or more ...» деп: speech, no name
NAMING = ("ата", "жариял", "белгіле")  # «...» деп атады, жариялады, белгіледі: a name given, no speech
SEAT, SEAT_MODIFIERS = "орталық", frozenset({"әкімшілік"})  # облыс орталығы, облысының әкімшілік орталығы
STREETS = frozenset({"көше", "даңғыл", "алаң", "бульвар"})  # named after someone, never someone's own
SEAT_UNITS = frozenset({"облыс", "аудан", "губерния", "уезд", "орда", "хандық"})  # regions, then and now


def initials(words: Sequence[str], labels: list[str]) -> list[str]:
    """Қ.-Ж. Тоқаев, Н.Ә. Назарбаев, А. Әшімов: initials and the capitalised word after them are one PERSON."""
    out = list(labels)
    if not any(len(word) == 2 and word[1] == "." for word in words):  # no initial (a letter and a dot): most sentences
        return out
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and (INITIAL.fullmatch(words[j]) or (words[j] == "-" and j > i)):
            j += 1
        if (j > i and INITIAL.fullmatch(words[j - 1]) and j < len(words) and words[j][:1].isupper() and len(words[j]) > 2
                and not _named_after(words, labels, i, j)):
            out[i : j + 1] = ["B-PERSON"] + ["I-PERSON"] * (j - i)
            if j + 1 < len(out) and out[j + 1].startswith("I-") and out[j + 1] != "I-PERSON":
                out[j + 1] = "B-" + out[j + 1][2:]  # the surname left another entity: the rest starts anew
            i = j + 1
        else:
            i = max(j, i + 1)
    return out


def _named_after(words: Sequence[str], labels: Sequence[str], first: int, last: int) -> bool:
    """Т. Рысқұлов атындағы көше, Қ. Сәтбаев атындағы университет: the CRF's name that runs from the initials on past
    атындағы "named after" is the street's or the body's, the person inside it (KazNERD labels the whole)."""
    after = last + 1
    return (after + 1 < len(words) and words[after].lower() == "атындағы" and labels[first].startswith("B-")
            and labels[first] != "B-PERSON" and labels[after + 1] == "I-" + labels[first][2:])


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
        work = h > 0 and words[h - 1] in CLOSE_QUOTES and _work(word)
        party = word.lower().startswith(PARTY_HEADS)
        if not (work or party or _quoted_body(word)) or labels[h] != "O" or h == 0:
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
            if start < 0 or labels[start] != "O":
                continue
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


def _modifier(word: str) -> bool:
    """A lowercase word between a quoted name and its body's head word: an adjective (демократиялық) or a bare noun
    the head is compounded with («Ертіс» футбол клубы, «Халық» сақтандыру компаниясы)."""
    readings = analyze(word)
    return w.adjective(word) or bool(readings) and readings[0].upos == "NOUN" and readings[0].feats == "Case=Nom"


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


def _quoted_body(word: str) -> bool:
    """компаниясы, қоры, серіктестігі: a body's head word, not a theatre's (a FACILITY by KazNERD's convention)."""
    low = word.lower()
    return heads.head(low) == "org" and not low.startswith(STAGES)


def countries_left_out(words: Sequence[str], labels: list[str]) -> list[str]:
    """Түркиє мен Жапония: a capitalised word the gazetteer knows as a country, left outside every name, is a GPE."""
    out = list(labels)
    for k, word in enumerate(words):
        if out[k] == "O" and word[:1].isupper() and w.country((word,)):
            out[k] = "B-GPE"
    return out


def countries_read_as_persons(words: Sequence[str], labels: list[str]) -> list[str]:
    """Шри Ланка, Коста Рика: a name of two words or more the model read as a person that is a country's name, as the
    press spells it without its hyphen, is a GPE."""
    out = list(labels)
    for first, last in spans_of(labels, "PERSON"):
        if last - first > 1 and w.country(words[first:last]):
            out[first:last] = ["B-GPE"] + ["I-GPE"] * (last - first - 1)
    return out


def coordinated_names(words: Sequence[str], labels: list[str]) -> list[str]:
    """ИДБ және ЕҚДБ, БҰҰ, ЕҚЫҰ және НАТО, Қазақстан мен Ресей: names joined by және, мен or a comma are an entity each,
    as KazNERD labels them, where every part is an abbreviation, or a place of the gazetteer in a GPE (not Білім және
    ғылым министрлігі, Солтүстік және Оңтүстік Америка; nor Ирак және Левант, an ORGANISATION)."""
    out = list(labels)
    coordinators = suffixes.coordinators()
    for kind, first, last in spans(labels):
        if last - first < 3:  # a part each side of the coordinator
            continue
        cuts = [k for k in range(first + 1, last - 1) if words[k].lower() in coordinators]
        parts = list(zip([first] + [k + 1 for k in cuts], cuts + [last]))
        if cuts and all(_abbreviation(words[a:b]) or kind == "GPE" and gazetteer.match(tuple(words[a:b]))
                        for a, b in parts):
            for a, b in parts:
                out[a:b] = [f"B-{kind}"] + [f"I-{kind}"] * (b - a - 1)
            for k in cuts:
                out[k] = "O"
    return out


def quoted_speech(words: Sequence[str], labels: list[str]) -> list[str]:
    """Ресейлік сарапшы «Казахстан остаётся одной из самых устойчивых экономик региона» деп жазды: a quotation of
    MIN_SPEECH tokens or more before деп or деді is what someone said, no name, however the CRF labelled it whole
    (KazNERD: 48 quotations of 5+ tokens before деп or деген, none a name but one «...» деп аталатын, named; деген
    also names what follows: «Ауыл – ел бесігі» деген жоба); a name given (деп атады, жариялады) stays."""
    out = list(labels)
    if "деп" not in words and "деді" not in words:  # most sentences
        return out
    for _, first, last in spans(labels):  # the quotes at first - 1 and last, the saying word after them
        said = last + 1 < len(words) and words[last + 1] in SAYING \
            and not (last + 2 < len(words) and _naming(words[last + 2]))
        if said and first > 0 and words[first - 1] in OPEN_QUOTES and words[last] in CLOSE_QUOTES \
                and last - first >= MIN_SPEECH:
            out[first:last] = ["O"] * (last - first)
    return out


def _naming(word: str) -> bool:
    """деп аталатын, атады, жариялады, белгіледі: what is quoted is the name given."""
    low = word.lower()
    return low.startswith(NAMING) and not low.startswith("атап")


def defined_abbreviations(words: Sequence[str], labels: list[str]) -> list[str]:
    """Халықаралық валюта қоры (ХВҚ), «Қазақстан темір жолы» (ҚТЖ): an abbreviation in brackets right after a name,
    with the name's first letter, is that name's, and of its class (the CRF, which never saw brackets in KazNERD's
    transcribed speech, read ХВҚ alone as a FACILITY); not after a person (Айқын Қоңыров (ҚХП): the party)."""
    out = list(labels)
    for kind, first, last in spans(labels):
        end = last + 1 if last < len(words) and words[last] in CLOSE_QUOTES else last
        brackets = [k for k in range(first + 1, min(end + 1, len(words) - 2))
                    if words[k] == "(" and words[k + 2] == ")" and _capitals(words[k + 1])]
        # the name ends at the bracket, or the CRF ran on over it
        if brackets and kind not in NUMERIC and kind != "PERSON" and brackets[0] + 3 >= last \
                and abbreviates(words[brackets[0] + 1], words[first : brackets[0]]):
            k = brackets[0]
            out[k : k + 3] = ["O", f"B-{kind}", "O"]
    return out


def _capitals(word: str) -> bool:
    """A word of two capital letters or more (ҚТЖ, which the lexicon also holds in lower case)."""
    return len(word) > 1 and word.isalpha() and word.isupper()


def abbreviates(short: str, name: Sequence[str]) -> bool:
    """Whether `short` may abbreviate the name of these words: it starts with the first letter of one of them (ҚТЖ for
    «Қазақстан темір жолы», ЕҰУ for атындағы Еуразия ұлттық университеті; not ҚР for Мәскеу), or it is written in
    Latin letters, an international one (IMF for Халықаралық валюта қоры)."""
    if short.isascii():
        return True
    initials = {part.lstrip("«\"“(")[:1].lower() for word in name for part in word.split()}
    return short[:1].lower() in initials


def _work(word: str) -> bool:
    """A work's noun, possessed and singular: «Абай жолы» романы (not «Мереке» кітап дүкені, «Фолиант» кітаптары)."""
    return any(a.lemma in WORKS and "psor" in a.feats and "Number=Plur" not in a.feats
               for a in analyze(word.lower())[:1])


def _abbreviation(words: Sequence[str]) -> bool:
    """One word of capitals, with a case ending after a hyphen or none: ЕҚДБ, НАТО-ның (not Ресей, not COVID-19)."""
    head = split_hyphen(words[0])[0] if len(words) == 1 else ""
    return len(head) > 1 and head.isalpha() and head.isupper() \
        and any(map(abbreviation, analyze(words[0])[:1]))  # morph's abbreviation, not ӘЙЕЛ in capitals


def local_bodies(words: Sequence[str], labels: list[str]) -> list[str]:
    """Қызылорда облысы әкімдігі, Түлкібас аудандық білім басқармасы: a place and the lowercase words after it up to
    an organisation's head word (`heads.tsv`) are one ORGANISATION, where the CRF saw a place and no name after it;
    up to a position's head word, one POSITION (Маңғыстау облысы әкімінің орынбасары). Not where the place or the head
    word is in the locative (Астанада, ауданының орталығында: a place, not a body) or a word between them in an
    oblique case (Франция пойыздарға тыйым салғанымен зауыттан: no name's words), nor right after a one-word place
    or a country (Қытай соты, Америка Құрама Штаттарының өкілі: a country's body, which KazNERD leaves a place)."""
    out = list(labels)
    for first, last in spans_of(labels, "GPE"):
        if w.locative(words[last - 1]):
            continue
        h, body = _head_after(words, labels, last)
        if body == "POSITION":  # әкімінің орынбасары: a position's head in the genitive governs the next one
            while (chain := _head_after(words, labels, h + 1))[1] == "POSITION":
                h = chain[0]
        if body and not (h == last and (last == first + 1 or w.country(words[first:last]))):
            out[first : h + 1] = [f"B-{body}"] + [f"I-{body}"] * (h - first)
    return out


def seats(words: Sequence[str], labels: list[str]) -> list[str]:
    """Түркістан облысының әкімшілік орталығы, Түркістан облыс орталығы: the seat of a region or district is a place's
    role, no body (KazNERD has no entity ending in облыс, аудан or әкімшілік орталығы): the region before it stays a
    GPE, the seat's words are no entity."""
    out = list(labels)
    for first, last in spans_of(labels, "ORGANISATION"):
        j = last - 2
        if j < first or w.lemma(words[last - 1]) != SEAT:
            continue
        if w.lemma(words[j]) in SEAT_MODIFIERS:
            j -= 1
        if j <= first or w.lemma(words[j]) not in SEAT_UNITS:
            continue
        end = j + 1 if "Gen" in w.cases(words[j]) else j  # облысының names the region; a bare облыс goes with орталығы
        out[first:end] = ["B-GPE"] + ["I-GPE"] * (end - first - 1)
        out[end:last] = ["O"] * (last - end)
    return out


def defining_dashes(words: Sequence[str], labels: list[str]) -> list[str]:
    """Ертіс — Азиядағы ірі өзендердің бірі: a name ends before a dash when the word after the dash that ends the span
    is in the attributive locative, as it modifies the noun after it (a road's name joins bare places: Алматы –
    Екатеринбург); that word is a place of its own when the gazetteer knows it (Қытайдағы), else no entity."""
    out = list(labels)
    if not DASHES.intersection(words):  # most sentences
        return out
    for kind, first, last in spans(labels):
        dash = next((k for k in range(first + 1, last - 1) if words[k] in DASHES), None)
        if kind in NUMERIC or dash is None or not w.attributive(words[last - 1]):
            continue
        out[dash:last] = ["O"] * (last - dash)
        if gazetteer.match(tuple(words[dash + 1 : last])):
            out[dash + 1 : last] = ["B-GPE"] + ["I-GPE"] * (last - dash - 2)
    return out


def given_names(words: Sequence[str], labels: list[str]) -> list[str]:
    """Айгүл терезеден қарады: a capitalised word that taldau.morph reads only as a given name (a proper noun with a
    gender, from its name lists), which the CRF left outside any entity, is a PERSON (in KazNERD's train and dev
    parts such words are a PERSON 1,972 times, no entity 7 times; the other classes all come inside longer names,
    which this rule leaves alone); not inside quotes, where it is a title («Әйгерім» әні)."""
    out = list(labels)
    for i, word in enumerate(words):
        if labels[i] != "O" or not word[:1].isupper() or not word.isalpha() or i and words[i - 1] in OPEN_QUOTES:
            continue
        if given_name(word):
            out[i] = "B-PERSON"
    return out


def named_facilities(words: Sequence[str], labels: list[str]) -> list[str]:
    """Пойыз Есіл вокзалынан, Жолаушылар Сайран автовокзалында: a one-word name in no case, inside the sentence, right
    before a facility's head word (`heads.tsv`) that is possessed and not an object (X автовокзалы) names the facility:
    one FACILITY, as in KazNERD. A person stays a person where "his/her" reads as well: first in the sentence (Ерлан
    мектебіне асығып бара жатты), with a surname (Асқар Сұлтанов мектебін бітірді), before an object (Айгүл мектебін
    бітірді); and Жанель мектепті, with no possessive, is a person and a school. A street's head word (`STREETS`) has
    no owner: Абай даңғылының бойында is the avenue first in a sentence too."""
    out = list(labels)
    for first, last in spans_of(labels, "PERSON"):
        if (first or last < len(words) and w.lemma(words[last]) in STREETS) and last == first + 1 and last < len(words) and labels[last] == "O" \
                and heads.head(words[last].lower()) == "fac" and w.possessed(words[last]) \
                and "Acc" not in w.cases(words[last]) and w.cases(words[first]) <= {"Nom"}:
            out[first : last + 1] = ["B-FACILITY"] + ["I-FACILITY"] * (last - first)
    return out


def natural_places(words: Sequence[str], labels: list[str]) -> list[str]:
    """Көлсай көлдеріне, Шаған өзеніне: a name the gazetteer does not know as a country, region or city, right before
    a possessed head word of a natural place (`heads.tsv`: өзені, көлдері, шатқалы), is that place's name: a LOCATION,
    as in KazNERD, not a GPE (Жапония жағалауындағы stays the country)."""
    out = list(labels)
    for first, last in spans_of(labels, "GPE"):
        if last < len(words) and labels[last] == "O" and heads.head(words[last].lower()) == "loc" \
                and w.possessed(words[last]) and not gazetteer.match(tuple(words[first:last])):
            out[first:last] = ["B-LOCATION"] + ["I-LOCATION"] * (last - first - 1)
    return out


def _head_after(words: Sequence[str], labels: Sequence[str], start: int) -> tuple[int, str]:
    """(index, name class) of the first body's head word of `BODIES` within MAX_BETWEEN lowercase words from `start`
    that are no entity, no demonstrative (Ресей | бұл одаққа) and in no oblique case (the head itself in no locative);
    (start, "") when there is none."""
    for h in range(start, min(start + MAX_BETWEEN + 1, len(words))):
        if labels[h] != "O" or not words[h][:1].islower() or w.locative(words[h]) or words[h] in DEMONSTRATIVES:
            break
        body = BODIES.get(heads.head(words[h].lower()))
        if body:
            return h, body
        if w.oblique(words[h]) and not w.verbal_noun(words[h + 1 : h + 2]):  # ұшақтарға, салмағанымен: no modifier
            break  # of a head word ahead, but жұмыспен қамту басқармасы: the complement of a verbal noun in the name
    return start, ""


RULES = (
    initials, defining_dashes, bare_dashes, hyphenated_names, defined_subjects, hordes, ambiguous_months, given_names,
    patronymics, indefinite_ones, formulas, diseases, named_facilities, natural_places, landmarks, waters,
    known_bodies, foreign_names, contacts, power_plants, products, national_companies, latin_companies,
    capital_companies, legal_forms, named_after, parties, quoted_places, countries_end_persons, years_in_names, demonyms_in_names,
    demonyms_before_bodies, demonstratives_begin_no_names, demonstratives_end_names, words_begin_no_names,
    persons_start_at_names, persons_end_at_case, persons_end_at_surname, persons_before_bodies,
    countries_before_bodies, countries_left_out, countries_read_as_persons, longer_places, places_end_at_their_name,
    states_by_their_form, coordinated_names, local_bodies, local_facilities, anniversaries, numbered_facilities,
    named_events, field_bodies, seats, codes, law_titles, articles, quoted_bodies_in_positions, titles_of_bodies,
    titles_of_countries, positions_end_at_head, bodies_end_at_head, headless_positions, places_before_names,
    places_begin_names, defined_abbreviations, positions_of_members, quoted_speech, pronouns_are_no_names,
)


# Rules that change labels only at a word of their own kind, in the order of `_needed`'s tests: a sentence with no
# such word (most sentences) skips the rule, with the same labels. Rules left out look at the labels first, as cheaply.
GATED = ("initials", "hordes", "formulas", "foreign_names", "products", "contacts", "parties", "coordinated_names",
         "codes", "law_titles", "defined_abbreviations", "power_plants", "known_bodies", "named_facilities",
         "natural_places", "local_bodies", "landmarks", "field_bodies", "given_names", "countries_left_out", "waters",
         "national_companies", "anniversaries", "numbered_facilities", "named_events", "states_by_their_form",
         "local_facilities", "titles_of_bodies", "latin_companies", "capital_companies", "legal_forms")
_BITS = {name: 1 << k for k, name in enumerate(GATED)}
_POWERS = tuple(_BITS.values())


@lru_cache(maxsize=COSTLY_WORDS)
def _needed(word: str) -> int:
    """The bits (`_BITS`) of the rules this word lets run: what each rule itself first asks of a word."""
    low = word.lower()
    head = heads.head(low)
    capital = word[:1].isupper()
    tests = (
        len(word) == 2 and word[1] == ".",  # initials: Н.Ә.
        HORDE in low,  # Ұлы жүз
        low in FORMULAS,  # Рахмет
        ASCII_LETTER.search(word), ASCII_LETTER.search(word),  # foreign names and products: Air Astana, NVIDIA H100
        CONTACT_CHARACTERS.search(word),  # khabar.kz, 8 (727)
        low.startswith(PARTY_HEADS) or word in CLOSE_QUOTES,  # партиясы, «Абай» романы
        low in suffixes.coordinators(),  # және, мен, a comma
        code_word(word), law_word(word),  # кодексі, Конституция; заңы
        word == "(",  # defined abbreviations: (ХВҚ)
        power_plant(word),  # ГЭС-і
        body_start(word),  # БҰҰ, Шанхай
        head == "fac", head == "loc", head in BODIES,  # named facilities, natural places, local bodies
        head and landmark_head(word), head and field_head(word),  # шатқалы, министрлігі
        capital and word.isalpha() and given_name(word),  # Айгүл
        capital and w.country((word,)),  # countries left out: Жапония
        capital and water(word),  # Сырдария, Ертістің
        capital and national_company(word),  # Қазгидромет
        low.startswith(ANNIVERSARY[:-1]),  # жылдығы
        low.startswith(NUMBER),  # нөмірі
        head == "event",  # форумы
        low.startswith(STATE_FORMS),  # Республикасы, Корольдігі
        head == "fac", head == "pos",  # local facilities: зауытында; titles of bodies: төрағасы
        ASCII_LETTER.search(word), word.isupper() and len(word) > 3,  # Latin and capital companies: Shell, КАМАЗ
        split_hyphen(word)[0] in LEGAL_FORMS,  # ЖШС-ның
    )
    return sum(compress(_POWERS, tests))


@lru_cache(maxsize=4)
def _gated(rules: tuple[Callable, ...]) -> tuple[tuple[Callable, int], ...]:
    """Each rule with the bit a sentence must hold for it to run (-1: any sentence runs it)."""
    return tuple((rule, _BITS.get(rule.__name__, -1)) for rule in rules)


def apply(words: Sequence[str], labels: Sequence[str]) -> list[str]:
    held = reduce(or_, map(_needed, words), 0)
    out = list(labels)
    for rule, bit in _gated(RULES):
        if held & bit or bit == -1:
            out = rule(words, out)
    return out
