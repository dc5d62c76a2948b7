"""Places and what they name: a country the CRF left out or read as a person, a place's own body (Қызылорда облысы
әкімдігі), a region's seat, a natural place before its head word (Шаған өзені), a land before өңірі and a village
before аулы, and where a name ends at a defining dash (Ертіс — Азиядағы ...). Each rule takes a sentence's words and
IOB2 labels and returns new labels, as `taldau.ner.rules` runs them.
"""
from __future__ import annotations

from collections.abc import Sequence

from taldau.morph import analyze, suffixes
from taldau.ner import gazetteer, heads, persons
from taldau.ner import words as w
from taldau.ner.canonical import NUMERIC
from taldau.ner.edges import DEMONSTRATIVES
from taldau.ner.endings import strip_case
from taldau.ner.features import OPEN_QUOTES
from taldau.ner.fields import BODIES, UNIT_ADJECTIVES
from taldau.ner.labels import spans, spans_of

MAX_BETWEEN = 3  # lowercase words between a place and an organisation's head word
DASHES = frozenset({"—", "–"})  # a dash between words: a definition's (Ертіс — өзен) or a route's (Алматы – Бішкек)
SEAT, SEAT_MODIFIERS = "орталық", frozenset({"әкімшілік"})  # облыс орталығы, облысының әкімшілік орталығы
SEAT_UNITS = ("облыс", "аудан", "губерния", "уезд", "орда", "хандық")  # regions, then and now
BUILT = frozenset({"ORGANISATION", "FACILITY"})  # what the CRF makes of a region's name it reads as a body
CITY = "қала"  # Алматы қаласының орталығы: the city's centre, a place like a region's seat
REGION = "облыс"  # the unit KazNERD holds in a region's name (Павлодар облысы), not аудан
AREA = "өңір"  # Ертіс өңірі, a land: the lemma of the head word after a name
# Көктерек аулы, Форт-Шевченко қаласы, Ақтоғай селосы: lemmas after a town's name
SETTLEMENTS = frozenset({"ауыл", "қала", "кент", "село"})
VILLAGE_STARTS = ("аул", "ауыл", "қала", "кент", "село")  # аулында, ауылының, қаласын, кентінде, селосынан
COMPASS = frozenset({"Солтүстік", "Оңтүстік", "Шығыс", "Батыс", "Орталық"})  # Оңтүстік Орал өңірі: part of the name
# A unit's word that names its bodies without a place's name (облыс әкімдігі; not ауыл, as in Ауыл шаруашылығы
# министрлігі, the ministry of agriculture)
UNITS = frozenset({"облыс", "қала", "аудан", "ауылдық"}) | UNIT_ADJECTIVES
BODY_NAMES = frozenset({"ORGANISATION", "POSITION"})
NAMED = frozenset({"GPE", "PERSON", "LOCATION", "ORGANISATION", "FACILITY"})  # what the CRF reads such a name as
EARTH = "Жер"  # the planet, capitalised (жер, land, ground)
# How the names of towns of Russian, German or Persian making end, that no person's name ends in (a surname ends
# -ский, not -ск): Новороссийск, Минскіге, Волгоград, Оренбург, Мариуполь, Ашхабад (KazNERD's train: Минск, Спасск,
# Целиноград, Ленинград, Санкт-Петербург a place or a facility, none a PERSON)
TOWN_ENDINGS = ("ск", "град", "бург", "поль", "абад")
# what shows a town's shape is a place's, not a foreign surname's (Маскпен, Гинзбург) or a loanword's (Диск): a
# postposition of place after it (Новороссийск маңында, төңірегінде, іргесінде), or a case of place on it
PLACE_AFTER = ("маң", "төңірег", "іргес")
PLACE_CASES = frozenset({"Loc", "Abl", "Dat"})
MIN_BEFORE_ENDING = 2  # letters before the town's ending (Омск, not -ск alone)


def countries_left_out(words: Sequence[str], labels: list[str]) -> list[str]:
    """Түркиє мен Жапония: a capitalised word the gazetteer knows as a country, left outside every name, is a GPE; so
    is one with "my" or "our" before its case (Қазақстаныма, Қазақстанымыздың: KazNERD's train + dev 4 of 4 a GPE)."""
    out = list(labels)
    for k, word in enumerate(words):
        if out[k] == "O" and word[:1].isupper() and (w.country((word,)) or country_of_ours(word)):
            out[k] = "B-GPE"
    return out


def country_of_ours(word: str) -> bool:
    """Қазақстаным, Қазақстанымыздың: the likeliest reading is a country of the gazetteer with a first person's
    possessive."""
    readings = analyze(word)
    return bool(readings) and "Person[psor]=1" in readings[0].feats and w.country((readings[0].lemma,))


def places_read_as_persons(words: Sequence[str], labels: list[str]) -> list[str]:
    """Шри Ланка, Коста Рика: a name of two words or more the model read as a person that is a country's name, as the
    press spells it without its hyphen, is a GPE; so is a country's one-word name read alone as a person, as the CRF
    reads one first in a sentence before another name (Әзербайжан | Каспий арқылы; KazNERD's train + dev: a country's
    name a PERSON only as a woman's given name before her surname, Дания Еспаева, never alone), but a given name. So
    is a city's or a region's one-word name (Ашхабад Иран арқылы) or a word shaped as a town's with a place's sign
    (`_town`: Новороссийск маңында) and no sign of a person's name (`persons.person`: not Сәтбаев, Қонаев), and such a
    place in the genitive that ends a longer person's name is the owner after it (Смадияров | Бейжіңнің бастамасы;
    KazNERD's train: a place's name never ends a PERSON); a word shaped as a town's that the CRF left out inside a
    sentence, or a place of the gazetteer left out there, is one too (KazNERD's train: 17 of 17 town-shaped words inside
    a name, 9 of them a place's)."""
    out = list(labels)
    for first, last in spans_of(labels, "PERSON"):
        if (last - first > 1 or not w.personal_name(words[first])) and w.country(words[first:last]):
            out[first:last] = ["B-GPE"] + ["I-GPE"] * (last - first - 1)
        elif last - first == 1 and _town(words, first):
            out[first] = "B-GPE"
        elif last - first > 1 and w.genitive(words[last - 1]) and _town(words, last - 1) and (
                not w.personal_name(words[first]) or gazetteer.match((words[last - 1],)) is not None):
            out[last - 1] = "B-GPE"  # after a given name only a place the gazetteer knows (not Илон Масктың)
    for k in range(1, len(words)):  # ҚҚК-ның Новороссийск маңындағы: a town's shape left out inside a sentence
        if out[k] == "O" and words[k][:1].isupper() and words[k][-1:].isalpha() and _town(words, k):
            out[k] = "B-GPE"
    return out


def places_end_before_where(words: Sequence[str], labels: list[str]) -> list[str]:
    """Каспий | жағалауындағы мемлекеттер, Қырым | түбегіндегі: a place's name ends before a lowercase noun possessed in
    the attributive locative (-ындағы, -індегі: "on its coast"), the place's part where something is, but a unit of
    the region's name (Павлодар облысындағы); KazNERD's train: of such nouns right after a place, 93 of 95 outside its
    name but облысындағы and облыстарындағы, which are inside it 26 times."""
    out = list(labels)
    if "I-GPE" not in labels and "I-LOCATION" not in labels:  # most sentences
        return out
    for kind, first, last in spans(labels):
        word = words[last - 1]
        if kind in ("GPE", "LOCATION") and last - first > 1 and word.islower() \
                and word.endswith(suffixes.possessed_attributives()) and w.attributive(word) \
                and w.lemma(word) not in SEAT_UNITS:
            out[last - 1] = "O"
    return out


def _town(words: Sequence[str], k: int) -> bool:
    """A city or a region of the gazetteer, or a word shaped as a town's name with a place's sign (`PLACE_AFTER`,
    `PLACE_CASES`) that the dictionary knows as no common noun (Диск, Обелиск), showing no person's name."""
    word = words[k]
    if gazetteer.match((word,)) is None:
        if not _town_shaped(word) or _common_noun(word):
            return False
        if not (k + 1 < len(words) and words[k + 1].lower().startswith(PLACE_AFTER) or w.cases(word) & PLACE_CASES):
            return False
    return not persons.person(word, frozenset())


def _common_noun(word: str) -> bool:
    """The dictionary's likeliest reading of the lowercase word is a common noun it knows (диск, обелиск)."""
    readings = analyze(word.lower())
    return bool(readings) and readings[0].upos == "NOUN" and not readings[0].guessed


def _town_shaped(word: str) -> bool:
    """Новороссийск, Минскіге (an і before the ending), Ашхабад: a word that ends as a town's name (`TOWN_ENDINGS`)
    after MIN_BEFORE_ENDING letters or more; not Ескі, Ескіде (old)."""
    if not any(ending in word for ending in TOWN_ENDINGS):  # most words
        return False
    bare = [word] + [stem.removesuffix("і") for stem in strip_case(word)[1:]]
    return any(len(stem) > 3 and stem.lower().endswith(ending) and len(stem) - len(ending) >= MIN_BEFORE_ENDING
               for stem in bare for ending in TOWN_ENDINGS)


def local_bodies(words: Sequence[str], labels: list[str]) -> list[str]:
    """Қызылорда облысы әкімдігі, Түлкібас аудандық білім басқармасы: a place and the lowercase words after it up to
    an organisation's head word (`heads.tsv`) are one ORGANISATION, where the CRF saw a place and no name after it;
    up to a position's head word, one POSITION (Маңғыстау облысы әкімінің орынбасары). Not where the place is in an
    oblique case (Астанада, Үндістанмен бірлесіп ... орталығын: a partner, not a body's first word; KazNERD's train
    holds no capitalised word in a dative, ablative or instrumental inside a body's or a post's name but one), nor the
    head word in the locative (ауданының орталығында: a place, not a body) or a word between them in an oblique case
    (Франция пойыздарға тыйым салғанымен зауыттан: no name's words), nor right after a one-word place or a country
    (Қытай соты, Америка Құрама Штаттарының өкілі: a country's body, which KazNERD leaves a place)."""
    out = list(labels)
    for first, last in spans_of(labels, "GPE"):
        if w.oblique(words[last - 1]):
            continue
        h, body = _head_after(words, labels, last)
        if body == "POSITION":  # әкімінің орынбасары: a position's head in the genitive governs the next one
            while (chain := _head_after(words, labels, h + 1))[1] == "POSITION":
                h = chain[0]
        if body and not (h == last and (last == first + 1 or w.country(words[first:last]))):
            out[first : h + 1] = [f"B-{body}"] + [f"I-{body}"] * (h - first)
    return out


def unnamed_local_bodies(words: Sequence[str], labels: list[str]) -> list[str]:
    """Облыс әкімдігінің баспасөз қызметі, қалалық полиция басқармасы: a body or a post named by its unit alone (облыс,
    қала, аудан or облыстық, қалалық, аудандық, ауылдық, with no place's name before it) is no name: "the region's
    akimat" of the region spoken of, as KazNERD reads it (train + dev: such a unit word begins 67 runs up to a body's
    head word outside every name, and no name but one with a capitalised word after it: облыстық Сайлау комиссиясы).
    An ORGANISATION or a POSITION the CRF began at such a word, with no capital after it, is left out; not one after a
    place the CRF read apart (Атырау | қалалық сотында: the place's body, the rules of places join them), nor a quoted
    name («Қала жарығы» акционерлік қоғамы: a company's own name)."""
    out = list(labels)
    for kind, first, last in spans(labels):
        if kind in BODY_NAMES and words[first].lower() in UNITS and (not first or labels[first - 1] == "O") \
                and not (first and words[first - 1] in OPEN_QUOTES) \
                and not any(word[:1].isupper() for word in words[first + 1 : last]):
            out[first:last] = ["O"] * (last - first)
    return out


def _head_after(words: Sequence[str], labels: Sequence[str], start: int) -> tuple[int, str]:
    """(index, name class) of the first body's head word of `BODIES` within MAX_BETWEEN lowercase words from `start`
    that are no entity, no demonstrative (Ресей | бұл одаққа) and in no oblique case (the head itself in no locative);
    (start, "") when there is none."""
    for h in range(start, min(start + MAX_BETWEEN + 1, len(words))):
        if labels[h] != "O" or not words[h][:1].islower() or w.locative(words[h]) or words[h] in DEMONSTRATIVES:
            break
        body = BODIES.get(heads.head(words[h].lower()))
        if body and h > start and _owned_apart(words[h - 1], words[h]):
            break  # Әзірбайжан ғалымдары | институтпен: the place's people, and a partner of theirs
        if body:
            return h, body
        if w.oblique(words[h]) and not w.verbal_noun(words[h + 1 : h + 2]):  # ұшақтарға, салмағанымен: no modifier
            break  # of a head word ahead, but жұмыспен қамту басқармасы: the complement of a verbal noun in the name
    return start, ""


def _owned_apart(before: str, head: str) -> bool:
    """A possessed noun in the plural (ғалымдары, мамандары) before a bare head word (институтпен): a possessed noun
    modifies no bare one, so the head is no name's that holds it (a name's is possessed: Қазақстан мұсылмандары діни
    басқармасы, as KazNERD writes it)."""
    return w.plural(before) and w.possessed(before) and not w.possessed(head)


def regional_bodies(words: Sequence[str], labels: list[str]) -> list[str]:
    """Абай облыстық мәслихаты, Жетісу облыстық мәслихатының депутаты, Атырау қалалық сотында: a one-word name before
    облыстық, қалалық, аудандық ("the region's, the city's, the district's") names that unit, and with the lowercase
    words up to the first possessed noun it is a body, an ORGANISATION (a POSITION with a post's head word after it),
    whatever the CRF read the name as (a person: Абай; a land: Жетісу). KazNERD's train + dev: a capitalised word
    before these adjectives begins an ORGANISATION or a POSITION 19 times of 19 (bar the sentence's first common word,
    Осы облыстық). Not where no possessed noun follows (Ерлан облыстық ауруханада: where he is)."""
    out = list(labels)
    for a, word in enumerate(words):
        if a < 1 or word not in UNIT_ADJECTIVES or labels[a] != "O" or not _named_unit(words, labels, a - 1):
            continue
        h = next((k for k in range(a + 1, min(a + 1 + MAX_BETWEEN, len(words)))
                  if not words[k].islower() or labels[k] != "O" or w.possessed(words[k])), None)
        if h is None or not words[h].islower() or labels[h] != "O" or w.locative(words[h]) and h == a + 1:
            continue
        kind = "ORGANISATION"
        if h + 1 < len(words) and labels[h + 1] == "O" and heads.head(words[h + 1]) == "pos":
            h, kind = h + 1, "POSITION"  # мәслихатының депутаты, KazNERD's 3 of 3
        out[a - 1 : h + 1] = [f"B-{kind}"] + [f"I-{kind}"] * (h - a + 1)
    return out


def _named_unit(words: Sequence[str], labels: Sequence[str], k: int) -> bool:
    """A one-word name at `k` in the nominative: one the CRF read alone, or a capitalised word inside the sentence."""
    one = labels[k].startswith("B-") and (k + 1 == len(labels) or not labels[k + 1].startswith("I-")) \
        or labels[k] == "O" and k > 0 and words[k - 1][:1].isalnum()
    return one and words[k][:1].isupper() and words[k].isalpha() and w.cases(words[k]) <= {"Nom"} \
        and labels[k][2:] in NAMED | {""}


def seats(words: Sequence[str], labels: list[str]) -> list[str]:
    """Түркістан облысының әкімшілік орталығы, Түркістан облыс орталығы, Алматы қаласының орталығында: the seat of a
    region or district, and a city's centre, is a place's role, no body (KazNERD has no entity ending in облыс, аудан
    or әкімшілік орталығы; қаласының орталығы 1 of 1 the city alone): the place before it stays a GPE, the seat's words
    are no entity."""
    out = list(labels)
    for first, last in spans_of(labels, "ORGANISATION"):
        j = last - 2
        if j < first or w.lemma(words[last - 1]) != SEAT:
            continue
        if w.lemma(words[j]) in SEAT_MODIFIERS:
            j -= 1
        if j <= first or w.lemma(words[j]) not in SEAT_UNITS and w.lemma(words[j]) != CITY:
            continue
        # облысының names the region; a bare облыс goes with орталығы; қаласының never in the name (KazNERD: 16 of 16)
        end = j + 1 if "Gen" in w.cases(words[j]) and w.lemma(words[j]) != CITY else j
        out[first:end] = ["B-GPE"] + ["I-GPE"] * (end - first - 1)
        out[end:last] = ["O"] * (last - end)
    return out


def regions_read_as_bodies(words: Sequence[str], labels: list[str]) -> list[str]:
    """Солтүстік Қазақстан облысын аралады: a name the CRF read as a body or a building that ends in a region's word
    (облысы, облысын) names the region, a GPE, as KazNERD writes it (train + dev: 260 names end in облыс-, all GPE);
    a body goes on past it to its head word (облысының әкімдігі), which `local_bodies` reads. A place the CRF ended
    before the region's word is joined to it (Өзбекстанның Наманган | облысымен: the region, not the city)."""
    out = list(labels)
    for kind, first, last in spans(labels):
        if kind in BUILT and last - first > 1 and words[last - 1].islower() and w.lemma(words[last - 1]) == REGION:
            out[first:last] = ["B-GPE"] + ["I-GPE"] * (last - first - 1)
        elif kind == "GPE" and last < len(words) and labels[last] == "O" and words[last].islower() \
                and w.lemma(words[last]) == REGION and w.possessed(words[last]):
            out[last] = "I-GPE"
    return out


def the_earth(words: Sequence[str], labels: list[str]) -> list[str]:
    """ережелерді Жерде де қолданады, Жердің серігі: Жер capitalised after a word or a comma (bare or in a case) is the
    planet, a LOCATION, as KazNERD writes it (train + dev: 2 of 2); first in a sentence, where any word is capitalised,
    it is land (Жер алу: 5 of 5 no name); so it is bare before a possessed noun, the first word of a title it modifies
    (Жер заңы, Жер кодексіне: the land law, where the planet would be in the genitive, Жердің серігі)."""
    out = list(labels)
    if not any(word.startswith(EARTH) for word in words[1:]):  # most sentences
        return out
    for k in range(1, len(words)):
        if out[k] == "O" and EARTH in strip_case(words[k]) and (words[k - 1][:1].isalnum() or words[k - 1] == ",") \
                and not _land_title(words, k):
            out[k] = "B-LOCATION"
    return out


def _land_title(words: Sequence[str], k: int) -> bool:
    """Жер bare before a lowercase possessed noun: land modifying it (Жер заңы, Жер қатынастары), not the planet."""
    return words[k] == EARTH and k + 1 < len(words) and words[k + 1].islower() and w.possessed(words[k + 1])


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


def areas(words: Sequence[str], labels: list[str]) -> list[str]:
    """Ертіс өңірінің, Сыр өңірі, Оңтүстік Орал өңірінде: a name right before өңірі (a land named by its river, range
    or old name; possessed: not a person who went өңірге, to the region) is a LOCATION, a compass word before it
    included, unless the gazetteer knows the name as a city, region or country (Қарағанды өңірінен, Иран өңірінен: a GPE), as KazNERD writes them (train + dev: 28 of the 28 other names
    before өңір- a LOCATION, the 9 gazetteer places a GPE; none of them a person's name)."""
    out = list(labels)
    for kind, first, last in spans(labels):
        if kind not in NAMED or last >= len(words) or out[last] != "O" or not words[last].startswith(AREA) \
                or w.lemma(words[last]) != AREA or not w.possessed(words[last]) \
                or not all(x[:1].isupper() for x in words[first:last]):
            continue
        if first and words[first - 1] in COMPASS and out[first - 1] == "O":
            first -= 1  # Оңтүстік Орал, the range, not the city
        kind = "GPE" if gazetteer.match(tuple(words[first:last])) else "LOCATION"
        out[first:last] = [f"B-{kind}"] + [f"I-{kind}"] * (last - first - 1)
    return out


def _names_a_village(first: str) -> bool:
    """A sentence's first word before a settlement's word may be its name: no given name (Ерлан аулына: his village),
    pronoun or function word (Оның ауылы), nor a word whose likeliest reading is no bare noun, which describes the
    settlement (Ескі қаласы, Туған ауылына, Әкесінің ауылы: an adjective, a participle, a possessor); a word the
    dictionary does not know is a name (Бесқайың, whatever the guesser's endings)."""
    likeliest = next((a for a in analyze(first.lower()) if not a.guessed), None)
    return not w.personal_name(first) and not w.names_nothing(first) \
        and (likeliest is None or "Case=Nom" in likeliest.feats and "psor" not in likeliest.feats)


def villages(words: Sequence[str], labels: list[str]) -> list[str]:
    """Сейітов аулында, Көктерек ауылының, Форт-Шевченко қаласы: a one-word name right before аулы/ауылы (the
    village's own word, possessed: not ауылда, in the village) is the village, a GPE, whatever the CRF read it as, or
    a capitalised word inside the sentence that it left out: villages are often named after a person or a common word
    (KazNERD's train + dev: 63 of the 64 names right before such a word a GPE, the other inside a longer name; no
    capitalised word inside a sentence before one outside a name). So is a town's name before қаласы, кенті or
    селосы (`SETTLEMENTS`), hyphenated too (Форт-Шевченко қаласын; KazNERD: 115 of the 115 capitalised words inside a
    sentence before one outside a name a GPE, 24 of them hyphenated), and the first word of a sentence before such a
    word, where it is a bare noun and no given name, pronoun or other function word (Бесқарағай аулында ...: 12 of 12
    a GPE; Ерлан аулына қайтты: Ерлан went home; Туған ауылына: to his native village)."""
    out = list(labels)
    for h, word in enumerate(words):
        if h < 1 or out[h] != "O" or not word.startswith(VILLAGE_STARTS) or w.lemma(word) not in SETTLEMENTS \
                or not w.possessed(word):
            continue
        k, label = h - 1, out[h - 1]
        if words[k][:1].isupper() and words[k].replace("-", "").isalpha() and (
                label == "O" and (k > 0 and words[k - 1] not in OPEN_QUOTES or k == 0 and _names_a_village(words[k]))
                or label.startswith("B-") and label[2:] in NAMED):
            out[k] = "B-GPE"
    return out
