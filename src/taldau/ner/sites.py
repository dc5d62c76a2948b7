"""Sites named by the words after them that `heads.tsv` (read by the CRF's features) lacks: oil and gas fields
(Қашаған кен орны), sea ports and spaceports (Ақтау теңіз порты, Байқоңыр ғарыш айлағы), forts (Омбы бекінісі),
and roads, railways, canals and pipelines named by the places they join with a dash (Аягөз – Бақты тас жолы). KazNERD
tags the name alone a FACILITY, the head words outside («Қаламқас» кен орны, Ақтау мен Құрық порттарына, Астрахань –
Ақтөбе тас жолы); the CRF, which rarely saw them, reads the name as the town or the sea it is named after, or as
nothing. Each rule takes a sentence's words and IOB2 labels and returns new labels, as `taldau.ner.rules` runs them.
"""
from __future__ import annotations

from collections.abc import Sequence

from taldau.morph import analyze, suffixes
from taldau.morph.phonology import soften
from taldau.ner import gazetteer, heads
from taldau.ner import words as w
from taldau.ner.features import CLOSE_QUOTES, OPEN_QUOTES
from taldau.ner.labels import spans
from taldau.ner.landmarks import HONORIFICS, STREETS, bare, common
from taldau.ner.person_edges import NAMED_AFTER
from taldau.ner.persons import surname
from taldau.ner.places import DASHES

ORE = "кен"  # кен орны, кен алаңы: an ore (oil, gas) field, "ore's place"
FIELD_WORDS = ("орн", "орын", "алаң")  # the second word of a field: орны, орнында, орындары, алаңында
SITE_LEMMAS = frozenset({"порт", "айлақ", "бекініс", "қамал", "теміржол", "құбыр"})  # a port, a harbour or
# spaceport (KazNERD's train: «Байқоңыр» ғарыш айлағынан, the name alone a FACILITY 3 of 3), a fort, a fortress, a
# railway, a pipeline: possessed, after the name (Трансауған теміржолы, as a route of places joined by a dash)
# a railway's or a pipeline's own name is one word: a capital before it is the country that builds it or the subject
# (Өзбекстан | Трансауған теміржолын салады, Асқар | Бейнеу теміржолы туралы айтты)
LINES = frozenset({"теміржол", "құбыр"})
SITE_STARTS = tuple(SITE_LEMMAS | {soften(lemma) for lemma in SITE_LEMMAS})  # the words looked up in the lexicon:
# порттарына, бекінісін, қамалы, айлағына (voiced before a vowel)
# The last word of a road, a railway, a canal or a pipeline named by the places it joins: тас жолы, тасжолы, автожолы,
# теміржолы, газ құбыры, каналы, трассасы, and бағытындағы (KazNERD: Көкшетау – Астана бағытындағы жолдарда, FACILITY)
ROUTE_STEMS = ("жол", "тасжол", "автожол", "теміржол", "құбыр", "канал", "трасса", "бағыт")
# a direction: a route between towns, but between countries their trade (Қазақстан – Өзбекстан бағыты)
DIRECTION = "бағыт"
ROAD_STEMS = ("жол", "тасжол", "автожол", "теміржол", "трасса")  # after бағытындағы: a road however large its ends
STREET_STARTS = tuple(STREETS)  # көшелерінің, даңғылдарында: the words looked up in the lexicon
AVENUES = frozenset({"көше", "даңғыл", "бульвар"})  # ways named after someone or something (not алаң, a square)
NAMESAKES = HONORIFICS | {"жырау", "ақын"}  # words after a person's name in a street's: Бұқар жырау, Төле би
MAX_MODIFIERS = 2  # lowercase words between a site's name and its head: халықаралық теңіз порты, мұнай-газ кен орны
MAX_NAME = 2  # capitalised words of a site's name, or quoted words (Жаңа Бейнеу бекінісі, «Солтүстік Бұзашы» кен орны)


def sites(words: Sequence[str], labels: list[str]) -> list[str]:
    """Қашаған кен орнында, «Теңіз» кен алаңында, Ақтау халықаралық теңіз порты, Новопетровск бекінісін, Трансауған
    теміржолы: a name in the nominative right before the field's, port's, fort's, railway's or pipeline's words
    (after adjectives or bare nouns, or none) is a FACILITY alone, whatever the CRF read it as (a town, a sea, a
    person); a railway's or a pipeline's name is its last word, not a country (Жапония Ресей теміржолымен); so is a
    name listed before it when the head is plural (Өзен және Жетібай кен орындары). Not a name in a case (Атырау
    облысындағы, Ресейдің порттары: where, whose), a country's (Қазақстан кен орындары), nor a common word first in
    the sentence; nor where the CRF ran the name on past the head (a post: «Теңіз» кен орнының директоры)."""
    out = list(labels)
    for h, word in enumerate(words):
        if not _site_head(words, h) or labels[h] != "O":
            continue
        k = h - 1
        while k > 0 and h - 1 - k < MAX_MODIFIERS and words[k].islower() and _modifier(words[k]) \
                and (labels[k] == "O" or labels[k].startswith("I-") and not w.attributive(words[k])
                     and w.cases(words[k]) <= {"Nom"} and not w.possessed(words[k]) and not _place_word(words[k])):
            k -= 1  # (Байқоңыр ғарыш | айлағынан: the CRF may have run the name into them, stopping before the head;
            # not Шығыс Қазақстан облысында | литий кен орнын: a region's word in a case ends the place's name; nor
            # Қара теңіз | порттары: the sea's own head word, the sea's ports)
        bare_modifiers = out[: k + 1] + ["O"] * (h - k - 1) + out[h:]
        name = _name_before(words, bare_modifiers, k)
        if name is None:
            continue
        out = bare_modifiers
        if w.lemma(word) in LINES and words[k] not in CLOSE_QUOTES:
            name = (name[1] - 1, name[1])
            if w.country(words[name[0] : name[1]]):  # Жапония Ресей теміржолымен: a country's line, no name
                continue
        out[name[0] : name[1]] = ["B-FACILITY"] + ["I-FACILITY"] * (name[1] - name[0] - 1)
        listed = name[0] - 1  # Өзен және Жетібай кен орындары, Ақтау мен Құрық порттарына: each name a FACILITY
        head = words[h + 1] if word.lower() == ORE else word  # кен орындары: the plural is the field word's
        while w.plural(head) and listed > 0 and words[listed].lower() in suffixes.coordinators() \
                and labels[listed] == "O":
            other = _name_before(words, out, listed - 1)
            if other is None:
                break
            out[other[0] : other[1]] = ["B-FACILITY"] + ["I-FACILITY"] * (other[1] - other[0] - 1)
            listed = other[0] - 1
    return out


def _site_head(words: Sequence[str], h: int) -> bool:
    """кен before орны or алаңы; a port's, a fort's word possessed (порты, порттарына, бекінісін), no verb
    (қамалады)."""
    low = words[h].lower()
    if low == ORE:
        return h + 1 < len(words) and words[h + 1].lower().startswith(FIELD_WORDS)
    readings = analyze(low) if low.startswith(SITE_STARTS) else ()
    return bool(readings) and readings[0].upos == "NOUN" and readings[0].lemma in SITE_LEMMAS and w.possessed(low)


def _place_word(word: str) -> bool:
    """A place's head word (`heads.tsv`: теңіз, өзен, тау), which ends a place's name, no modifier of a site's."""
    return bool(heads.head(word.lower()) or heads.of_lemma(w.lemma(word)))


def _modifier(word: str) -> bool:
    """халықаралық, теңіз, мұнай-газ: an adjective or a bare noun between a name and its head word."""
    readings = analyze(word)
    return w.adjective(word) or bool(readings) and readings[0].upos == "NOUN" and w.cases(word) <= {"Nom"} \
        and not w.possessed(word)


def _name_before(words: Sequence[str], labels: Sequence[str], k: int) -> tuple[int, int] | None:
    """(first, last+1) of the site's name ending at `k`: a quotation, or up to MAX_NAME capitalised words in the
    nominative that no longer name of the CRF holds (its name lies within them or there is none); None otherwise."""
    if k < 0:
        return None
    if words[k] in CLOSE_QUOTES:
        first = next((j + 1 for j in range(k - 1, max(k - 2 - MAX_NAME, -1), -1) if words[j] in OPEN_QUOTES), None)
        last = k
    else:
        first, last = k, k + 1
        if not _name_word(words[k]):
            return None
        while first > 0 and last - first < MAX_NAME and _name_word(words[first - 1]) \
                and not (first == 1 and common(words[0])):  # Кеше Қашаған кен орнында: the first word a common one
            first -= 1
        if first == 0 and labels[0] == "O" and common(words[0]) or w.country(words[first:last]):
            return None  # Теңіз кен орны first in a sentence, which the CRF saw as no name: a sea's field, or a name
    if first is None or first >= last or labels[first].startswith("I-") \
            or last < len(labels) and labels[last].startswith("I-"):
        return None
    return first, last


def _name_word(word: str) -> bool:
    """A capitalised word in the nominative (Қашаған, Нұр-Сұлтан), not in a case (Кеме: a boat, or кем's dative)."""
    return word[:1].isupper() and word.replace("-", "").isalpha() and bare(word)


def streets(words: Sequence[str], labels: list[str]) -> list[str]:
    """Сәтпаев пен Жандосов көшелерінің қиылысында, Абай мен Төле би даңғылдарында: names joined by мен, пен, бен, және
    or a comma before a plural street's or avenue's word are one FACILITY with it, as KazNERD writes them (train + dev:
    2 of 2 such runs, the head inside as in Абай даңғылы); the CRF read each name as the person or the place it is named
    after. Not a place's name (Алматы мен Астана көшелерінде: the cities' streets), nor one name alone."""
    out = list(labels)
    for h, word in enumerate(words):
        if h < 3 or not word.startswith(STREET_STARTS) or not w.plural(word) or w.lemma(word) not in STREETS \
                or h + 1 < len(words) and labels[h + 1].startswith("I-"):
            continue  # (the head may be in a name of the CRF's begun at a street's name: Бөгенбай батыр көшелері)
        first, names, k = h, 0, h - 1
        while k >= 0:
            end = k
            if words[k] in HONORIFICS:  # Бөгенбай батыр, Төле би
                k -= 1
            while k >= 0 and end - k < MAX_NAME + 1 and _name_word(words[k]) \
                    and not (k == 0 and common(words[k])):  # Апат | Сәтпаев пен ...: the first word a common one
                k -= 1
            if k + 1 > end or not _name_word(words[k + 1]) or gazetteer.match(tuple(words[k + 1 : end + 1])):
                names = 0  # Алматы мен Астана көшелерінде: the cities' streets
                break
            first, names = k + 1, names + 1
            if k < 1 or words[k].lower() not in suffixes.coordinators() or labels[k] != "O":
                break
            k -= 1
        if names < 2 or labels[first].startswith("I-") and not (first == 1 and common(words[0])):
            continue
        if labels[first].startswith("I-"):
            out[0] = "O"  # Апат Сәтпаев, which the CRF read as one person: the first word a common one
        out[first : h + 1] = ["B-FACILITY"] + ["I-FACILITY"] * (h - first)
    return out


def routes(words: Sequence[str], labels: list[str]) -> list[str]:
    """Аягөз – Бақты тас жолы, «Бейнеу – Бозой» газ құбыры, Қытай – Қазақстан теміржолы: places joined by dashes, right
    before a road's, a railway's, a canal's or a pipeline's word (after a bare noun: тас, газ, or none), are one
    FACILITY, the places and dashes inside and the head word outside (KazNERD's train + dev: 8 of 8 such routes, quoted
    or not; Батыс Еуропа – Батыс Қытай, a corridor named by regions, too), where the CRF read two towns or ran the name
    into the head word. Not places joined by a dash before another noun (Алматы – Астана рейсі, a flight), nor where the
    CRF's name runs on past the head word, nor countries before бағыт with no road's word after it (Қазақстан –
    Өзбекстан бағытындағы жүк: a trade between two GPEs; Қазақстан – Қытай бағытындағы жол stays a route)."""
    out = list(labels)
    if not DASHES.intersection(words):  # most sentences
        return out
    for h, word in enumerate(words):
        if h < 3 or not word.islower() or not word.startswith(ROUTE_STEMS) or w.plural(word) \
                and not word.startswith(DIRECTION) or h + 1 < len(words) and labels[h + 1].startswith("I-"):
            continue
        k = h - 1
        while k > 0 and h - 1 - k < 1 and words[k].islower() and _modifier(words[k]):
            k -= 1
        quoted = words[k] in CLOSE_QUOTES
        last = k if quoted else k + 1
        first = _joined_places(words, last)
        if first is not None and word.startswith(DIRECTION) and any(w.country((p,)) for p in words[first:last]) \
                and not (h + 1 < len(words) and words[h + 1].startswith(ROAD_STEMS)):
            continue
        if first is None or quoted != (first > 0 and words[first - 1] in OPEN_QUOTES) \
                or labels[first].startswith("I-") or labels[h] != "O" and labels[first][2:] != labels[h][2:]:
            continue  # (a head inside a name of the CRF's only where that name begins at the route: Ертіс –
            # Қарамай каналы)
        out[first:last] = ["B-FACILITY"] + ["I-FACILITY"] * (last - first - 1)
        out[last : h + 1] = ["O"] * (h + 1 - last)
    return out


def _joined_places(words: Sequence[str], last: int) -> int | None:
    """Where places joined by dashes that end at `last` begin (two or more, each a capitalised word or two the
    gazetteer knows together); None for fewer than two."""
    first, places = last, 0
    while True:
        if first < 1 or not (words[first - 1][:1].isupper() and words[first - 1].replace("-", "").isalpha()):
            return None
        start = first - 1  # one word, or two the gazetteer knows together (Батыс Қытай), not Мынау | Астрахань
        if start > 0 and gazetteer.match(tuple(words[start - 1 : first])):
            start -= 1
        places += 1
        if start > 1 and words[start - 1] in DASHES:
            first = start - 1
            continue
        return start if places > 1 else None


def streets_named_by_words(words: Sequence[str], labels: list[str]) -> list[str]:
    """Бейбітшілік даңғылында, Жібек жолы даңғылының, Сығанақ көшесі: a street or an avenue named by common words or a
    place, after no person, is a FACILITY without its head word, as KazNERD's guidelines write it ([Бейбітшілік]
    даңғылы, [Жеңіс] көшесі, [Сығанақ] көшесі; but [Гагарин даңғылы], [Абай көшесі], [Бөгенбай батыр көшесі]: after a
    person the head is inside; train + dev: Жібек жолы | даңғылының 1 of 1, a person's street with its head 14 of 14);
    the CRF runs every street on over its head. A word the dictionary does not know may be a person's: the name stays."""
    out = list(labels)
    for kind, first, last in spans(labels):
        head = words[last - 1]
        if kind == "FACILITY" and last - first > 1 and head.islower() and head.startswith(STREET_STARTS) \
                and w.lemma(head) in AVENUES and not w.plural(head) \
                and not any(_after_person(word) for word in words[first : last - 1]):
            out[last - 1] = "O"
    return out


def _after_person(word: str) -> bool:
    """A word of a person's name: a given name or a surname by its likeliest reading (Абай, Гагарин; not Жеңіс, first
    a noun), a patronymic, an honorific (батыр, би), атындағы, or a word the dictionary does not know."""
    readings = analyze(word)
    if not readings or readings[0].guessed or word in NAMESAKES or word == NAMED_AFTER:
        return True
    first = readings[0]
    return first.upos == "PROPN" and "Gender=" in first.feats or surname(word) or w.patronymic(word)
