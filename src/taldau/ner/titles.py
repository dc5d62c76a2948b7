"""Rules for titles and bodies over the CRF's labels: where a position's or a body's name ends (at its head word, before
the person who holds it or the next phrase) and where it begins (a place before it, a quoted body inside it). Each
takes a sentence's words and IOB2 labels and returns new labels, as `taldau.ner.rules` runs them.
"""
from __future__ import annotations

from collections.abc import Sequence
from itertools import takewhile

from taldau.morph import analyze
from taldau.ner import gazetteer, heads
from taldau.ner import words as w
from taldau.ner.features import CLOSE_QUOTES, OPEN_QUOTES
from taldau.ner.labels import spans, spans_of
from taldau.ner.laws import MAX_TITLE
from taldau.numbers.words import read_word

BODIES = {kind: heads.LABELS[kind] for kind in ("org", "pos")}  # `heads.tsv` classes of a head word -> the name a place begins
PLACED = ("POSITION", "LAW")  # names a place right before belongs to
MAX_BETWEEN = 4  # lowercase words between a body's first capitalised word and its head word
HEAD_CASES = frozenset({"Loc", "Abl"})  # a head word in these is a place, no body's name
# A head with -мен names a partner: inside the name a field begins (KazNERD's train + dev: a body's head in the
# instrumental after its capitalised first word inside it 6 of 6), not added to a name the CRF ended before it
# (КПРФ | командасымен, a team)
PARTNER = "Ins"
VICE = "вице-"  # вице-министрі: a deputy's title is its head's (KazNERD: Индустрия ... даму вице-министрі a POSITION)
MEMBERS = frozenset({"өкіл"})  # a title a body has many of: its name and the title stay apart
# When a post was held, between a body and its title inside a POSITION (KazNERD's train + dev: бұрынғы 3 of 3 after a
# body's or a title's genitive)
TENURES = frozenset({"бұрынғы", "алғашқы", "тұңғыш", "қазіргі", "ең"})
# Posts heads.tsv lacks (its words weigh in the CRF's features) that a body's name in the genitive makes one POSITION
# with it (KazNERD's train + dev: тілшісі 2 of 2 after a body's genitive, төрайымы and журналисі 1 of 1); not жетекшісі,
# a leader of any group («Әл-Кайда» ұйымының жетекшісі: the body alone)
BODY_TITLES = frozenset({"төрайым", "тілші", "журналист", "меңгеруші"})
# how a word of one starts (журналисі drops the т): a sentence with one is one `titles_of_bodies` reads
BODY_TITLE_STARTS = ("төрайым", "тілші", "журналис", "меңгеруші")
EMBASSIES = frozenset({"елшілік", "өкілдік"})  # елшілігі, өкілдігі: a body, though its stem is a title's (`heads.tsv`)
# Heads KazNERD leaves out of a body's name (Kaspi | компаниясы, «Хабар» | телеарнасы)
NAMED_BEFORE = ("компания", "корпорация", "телеарна", "арнасы", "газеті", "баспасы")
CHAMBERS = frozenset({"үкімет", "парламент", "сенат", "мәжіліс"})  # a state's government and its houses
CHAMBER_STARTS = tuple(CHAMBERS)
HOUSES = frozenset({"сенат", "мәжіліс"})  # the houses of a parliament (Парламент Сенатының)
CHAMBER_CAPITALS = "ҮПСМ"  # their first letters
MAX_HEAD_WORDS = 3  # lowercase words after a chamber up to a head word that makes it part of a longer name
NATIONAL = ("министр", "агенттіг", "комитет", "консорциум")  # heads of a country's own bodies and its minister


def positions_end_at_head(words: Sequence[str], labels: list[str]) -> list[str]:
    """Білім министрінің кеңесшісі Арман Сейітов: the capitalised words after the last head word in a POSITION
    (`heads.tsv`) are the PERSON holding it, joined with a PERSON right after them; so are those after a title's head
    word inside a body's name the CRF ran on over the title to them (Қауымдастық төрағасы Жан-Пьер Дюбуа)."""
    out = list(labels)
    for first, last in spans_of(labels, "ORGANISATION"):  # Қауымдастық төрағасы Жан-Пьер Дюбуа, read as one body
        k = next((k for k in range(last - 2, first, -1) if _title_word(words[k], "O")), None)
        if k is not None and not w.genitive(words[k]) \
                and all(word[:1].isupper() and not heads.head(word.lower()) for word in words[k + 1 : last]):
            out[first : k + 1] = ["B-POSITION"] + ["I-POSITION"] * (k - first)
            out[k + 1 : last] = ["B-PERSON"] + ["I-PERSON"] * (last - k - 2)
    for first, last in spans_of(out, "POSITION"):
        k = next((k for k in range(last - 1, first - 1, -1) if heads.head(words[k].lower())), last - 1)
        if k < last - 1 and all(word[:1].isupper() for word in words[k + 1 : last]):
            out[k + 1 : last] = ["B-PERSON"] + ["I-PERSON"] * (last - k - 2)
            if last < len(out) and out[last] == "B-PERSON":
                out[last] = "I-PERSON"
    return out


def bodies_end_at_head(words: Sequence[str], labels: list[str]) -> list[str]:
    """Ресей Сыртқы істер министрлігі Батыстың санкцияларына: a capitalised genitive after a body's or a position's
    head word possessed and in the nominative (`heads.tsv`: министрлігі, төрағасы) begins the next phrase, not more of
    the name; the name ends at its head (KazNERD's train + dev never run a name on past such a head). A bare head word
    is a modifier: Парламент Сенатының төрағасы; a genitive that is a head itself goes on with the title: Республикасы
    Парламенті Сенатының Төрағасы, Президенті Әкімшілігінің Басшысы."""
    out = list(labels)
    if "B-ORGANISATION" not in labels and "B-POSITION" not in labels:  # most sentences
        return out
    for name in BODIES.values():
        for first, last in spans_of(out, name):
            k = next((k for k in range(first, last - 1)
                      if heads.head(words[k].lower()) in BODIES and w.possessed(words[k]) and not w.genitive(words[k])
                      and words[k + 1][:1].isupper() and w.genitive(words[k + 1])
                      and not (heads.head(words[k + 1].lower()) in BODIES and k + 2 < last)), None)
            if k is not None:
                out[k + 1 : last] = ["O"] * (last - k - 1)
    return out


def bodies_end_before_members(words: Sequence[str], labels: list[str]) -> list[str]:
    """Ұлттық ядролық орталық | мамандары, Үкімет | мүшелері: a body's name ends at its head word (`heads.tsv`, in no
    genitive) before a lowercase noun in the plural and possessed that is no head word, the body's members or staff
    (KazNERD's train + dev: 36 of 36 such nouns after a body outside it)."""
    out = list(labels)
    if "I-ORGANISATION" not in labels:  # no body of two words or more: most sentences
        return out
    for first, last in spans_of(labels, "ORGANISATION"):
        k = next((k for k in range(first, last - 1) if heads.head(words[k].lower()) == "org" and not w.genitive(words[k])
                  and _members(words[k + 1])), None)
        if k is not None:
            out[k + 1 : last] = ["O"] * (last - k - 1)
    return out


def _members(word: str) -> bool:
    """мамандары, мүшелерінің, қызметкерлері: a lowercase noun in the plural and possessed that heads no name."""
    return word.islower() and w.plural(word) and w.possessed(word) and not heads.head(word)


def bodies_reach_their_head(words: Sequence[str], labels: list[str]) -> list[str]:
    """Түркі кеңесінің Ақсақалдар | кеңесі, Ұлттық ғылым | академиясы: a body the CRF ended right before the head word
    of its kind (`heads.tsv`, possessed, in no case of a place or a partner) holds it, as KazNERD writes a body's name
    (train + dev: 216 bodies end in such a head, 17 stop before one); not a company's or a channel's name, which KazNERD
    writes without компаниясы or телеарнасы (`NAMED_BEFORE`), nor a quoted or a Latin name, nor a word that only begins
    like a head (банкноттары, ұйымдастырушысы: its lemma is no head word)."""
    out = list(labels)
    for first, last in spans_of(labels, "ORGANISATION"):
        if last < len(words) and labels[last] == "O" and heads.head(words[last]) == "org" and field_head(words[last]) \
                and PARTNER not in w.cases(words[last]) and heads.of_lemma(w.lemma(words[last])) == "org" \
                and not words[last].startswith(NAMED_BEFORE) and words[last - 1] not in CLOSE_QUOTES \
                and not words[last - 1].isascii():
            out[last] = "I-ORGANISATION"
    return out


def quoted_bodies_in_positions(words: Sequence[str], labels: list[str]) -> list[str]:
    """«Самұрық-Қазына» АҚ басқарма төрағасы: a POSITION the CRF began at the closing quote of the body's name, or
    right after its opening quote and on over the closing one («Жасыл | дала » бірлестігінің төрағасы), begins at its
    opening quote, as KazNERD writes a quoted body inside a position («Нұр Отан» партиясының төрағасы; 27 in train +
    dev; no position of KazNERD begins inside quotes it closes)."""
    out = list(labels)
    for first, last in spans_of(labels, "POSITION"):
        if first and words[first - 1] in OPEN_QUOTES and any(word in CLOSE_QUOTES for word in words[first + 1 : last - 1]):
            out[first - 1 : last] = ["B-POSITION"] + ["I-POSITION"] * (last - first)  # «Жасыл дала» ... төрағасы
            continue
        closing = words[first] in CLOSE_QUOTES and (words[first] not in OPEN_QUOTES  # » closes; a straight " only
                                                    or words[:first].count(words[first]) % 2 == 1)  # after an odd one
        if closing and first > 1:
            opening = next((k for k in range(first - 1, max(first - MAX_TITLE - 2, -1), -1)
                            if words[k] in OPEN_QUOTES), None)
            if opening is not None and all(word not in CLOSE_QUOTES for word in words[opening + 1 : first]):
                out[opening:last] = ["B-POSITION"] + ["I-POSITION"] * (last - opening - 1)
    return out


def titles_of_bodies(words: Sequence[str], labels: list[str]) -> list[str]:
    """Қазақстан халқы Ассамблеясы | төрағасының орынбасары, «Нұр Отан» партиясы | төрағасының бірінші орынбасары,
    Мемлекеттік қызмет істері агенттігі | төрағасы: a body's name that ends in its head word (`heads.tsv`), then a
    position's head word possessed (and the titles it governs), is one POSITION, as KazNERD writes it (train + dev: a
    body's head word inside a name, then a position's head, 69 times of 70 one POSITION), where the CRF read the body
    apart and the title apart or not at all."""
    out = list(labels)
    if "B-ORGANISATION" not in labels:  # most sentences
        return out
    for first, last in spans_of(labels, "ORGANISATION"):
        start, end = first, last
        if first and last + 1 < len(words) and words[first - 1] in OPEN_QUOTES and words[last] in CLOSE_QUOTES \
                and labels[last + 1] == "O":
            start, end = first - 1, last + 1  # «Нұр Отан» партиясы: the quoted name and its head word after it
            while end + 1 < len(words) and end - last < MAX_BETWEEN and labels[end] == labels[end + 1] == "O" \
                    and words[end].islower() and words[end + 1].islower() and not heads.head(words[end]) \
                    and not w.oblique(words[end]) and _modifier(words[end]):
                end += 1  # «Таза су» ақпарат агенттігінің: bare nouns and adjectives before the head word
            end += 1
        if heads.head(words[end - 1].lower()) != "org" or not words[end - 1][1:].islower():
            continue
        title = _title(words, out, end)
        if title > end:
            out[start:title] = ["B-POSITION"] + ["I-POSITION"] * (title - start - 1)
    return out


def _title(words: Sequence[str], labels: Sequence[str], k: int) -> int:
    """Where the title that begins at `k` ends: a position's head word lowercase and possessed (төрағасының), no
    other name's but the CRF's POSITION it begins, then any titles it governs from the genitive, a rank's number before
    them (төрағасының бірінші орынбасары), and when the post was held before each (`TENURES`: бұрынғы басшысы); `k`
    when there is none."""
    end, governor = k, None
    while True:
        head = end
        while governor is not None and head < len(words) and words[head][:1].isalnum() \
                and read_word(words[head]) is not None:  # a rank: бірінші, 1-інші
            head += 1
        while head < len(words) and words[head] in TENURES and labels[head][2:] in ("", "POSITION"):
            head += 1  # бөлімінің бұрынғы басшысы, комитетінің ең алғашқы төрағасы
        if not (head < len(words) and _title_word(words[head], labels[head])
                and (governor is None or w.genitive(words[governor]))):
            break
        governor, end = head, head + 1
    while end < len(words) and labels[end] == "I-POSITION":  # the CRF's title goes on: төрағасының кеңесшісі
        end += 1
    return end


def _title_word(word: str, label: str) -> bool:
    """A position's head word, lowercase and possessed, outside any name but a POSITION: төрағасы, орынбасары; not
    өкілі, one of a body's many representatives (KazNERD: партиясының | өкілі)."""
    return word.islower() and (heads.head(word) == "pos" or w.lemma(word) in BODY_TITLES) and w.possessed(word) \
        and label[2:] in ("", "POSITION") and w.lemma(word) not in MEMBERS


def titles_of_countries(words: Sequence[str], labels: list[str]) -> list[str]:
    """Қырғызстан басшысы, Мажарстанның Премьер-министрін, Венесуэла елшісімен: a country the CRF read alone, then a
    position's head word possessed that no name holds, is one POSITION with it (KazNERD's train + dev: 41 times of
    46, the others Өзбекстан өкілі, one of many, and Қазақстан елшіліктері, a body), and so are the titles it governs
    from the genitive (Премьер-министрінің орынбасары)."""
    out = list(labels)
    for first, last in spans_of(labels, "GPE"):
        if last >= len(words) or out[last] != "O" or not w.country(words[first:last]) or not _country_title(words[last]):
            continue
        end = last + 1
        while end < len(words) and out[end] == "O" and w.genitive(words[end - 1]) and _title_word(words[end], "O"):
            end += 1
        out[first:end] = ["B-POSITION"] + ["I-POSITION"] * (end - first - 1)
    return out


def _country_title(word: str) -> bool:
    """A position's head word, possessed, in either case, after a hyphen or not (Президенті, басшысы,
    Премьер-министрі), that a country has one of (not өкілі, nor an embassy, елшілігі)."""
    return heads.head(word.lower().rsplit("-", 1)[-1]) == "pos" and w.possessed(word) \
        and w.lemma(word) not in MEMBERS | EMBASSIES


def headless_positions(words: Sequence[str], labels: list[str]) -> list[str]:
    """Ресей Федерациясының | Сыртқы істер министрлігі: a POSITION that is a country's name alone, with no head word
    of a position after it, is the place (the CRF, used to a country before Президенті, left it a POSITION)."""
    out = list(labels)
    for first, last in spans_of(labels, "POSITION"):
        if w.country(words[first:last]) and not any(heads.head(word.lower()) == "pos" for word in words[first:last]):
            out[first:last] = ["B-GPE"] + ["I-GPE"] * (last - first - 1)
    return out


def positions_of_members(words: Sequence[str], labels: list[str]) -> list[str]:
    """Қазақстан стратегиялық зерттеулер институтының (ҚСЗИ) сарапшылары, Ақкөңілділер клубының мүшелері: a body in
    the genitive before its members in the plural is an ORGANISATION, the members no part of it, as KazNERD writes it
    (train + dev: such nouns in the plural never end a POSITION; a title in the singular does, институтының
    директоры); so is a POSITION the CRF ended at the body's genitive, with no title in it, and the abbreviation
    defined in brackets after it (ҚСЗИ)."""
    out = list(labels)
    for first, last in spans_of(labels, "POSITION"):
        end = last
        if last - first > 1 and _members(words[last - 1]):
            end = last - 1
        elif any(heads.head(word.lower()) == "pos" for word in words[first:last]):
            continue
        if heads.head(words[end - 1].lower()) == "org" and w.genitive(words[end - 1]):
            out[first:last] = ["B-ORGANISATION"] + ["I-ORGANISATION"] * (end - first - 1) + ["O"] * (last - end)
            if last + 2 < len(words) and words[last] == "(" and words[last + 2] == ")" and out[last + 1] == "B-POSITION":
                out[last + 1] = "B-ORGANISATION"
    return out


def _members(word: str) -> bool:
    """A lowercase noun in the plural with a possessive, no title of `heads.tsv`: сарапшылары, мүшелері, мамандары."""
    readings = analyze(word)
    return word.islower() and bool(readings) and readings[0].upos == "NOUN" and "Number=Plur" in readings[0].feats \
        and "Person[psor]=3" in readings[0].feats and heads.head(word) != "pos"


def places_before_names(words: Sequence[str], labels: list[str]) -> list[str]:
    """Өзбекстандағы Humans банкі, Франциядағы Лувр мұражайы: a place in the attributive locative that begins an
    ORGANISATION or a FACILITY before a name of its own (a capitalised or quoted word) is a GPE apart, as KazNERD
    writes it; not before a country (Түркиядағы Қазақстан елшілігі is one body), nor in a name without one of its
    own (Алматыдағы төртінші клиникалық аурухана, Оралдағы жылу электр станциясы stay whole). So is a country in the
    genitive before a name in Latin letters or quotes (АҚШ-тың | Microsoft корпорациясы, a company of the country's,
    not Қазақстанның Парламенті, its own body)."""
    out = list(labels)
    if "B-ORGANISATION" not in labels and "B-FACILITY" not in labels:  # most sentences
        return out
    for name in ("ORGANISATION", "FACILITY"):
        for first, last in spans_of(labels, name):
            after = words[first + 1] if first + 1 < last else ""
            own_name = (after[:1].isupper() or after in OPEN_QUOTES) and not w.country([after])
            foreign = after in OPEN_QUOTES or after.isascii() and after[:1].isalpha()
            if own_name and gazetteer.match((words[first],)) \
                    and (w.attributive(words[first]) or foreign and w.genitive(words[first]) and w.country(words[first:first + 1])):
                out[first] = "B-GPE"
                out[first + 1] = f"B-{name}"
    return out


def places_begin_names(words: Sequence[str], labels: list[str]) -> list[str]:
    """Қазақстан Республикасының Премьер-министрі, Қытайдың Төтенше және өкілетті елшісі, Ресейдің Азаматтық кодексі:
    a place right before a POSITION or a LAW is part of it, as in KazNERD (not a place in an oblique case: Астанадағы
    елшісі, Қытаймен Премьер-министр кездесті)."""
    out = list(labels)
    if "B-POSITION" not in labels and "B-LAW" not in labels:  # most sentences
        return out
    found = spans(labels)
    for (place, first, end), (name, start, last) in zip(found, found[1:]):
        if place == "GPE" and name in PLACED and end == start and not w.oblique(words[end - 1]):
            out[first:last] = [f"B-{name}"] + [f"I-{name}"] * (last - first - 1)
    return out


def field_bodies(words: Sequence[str], labels: list[str]) -> list[str]:
    """Энергетика министрлігі, Білім және ғылым министрлігінің, Каспий құбыр консорциумы: capitalised words, then
    lowercase ones in no oblique case, up to an organisation's head word possessed (`heads.tsv`) are one
    ORGANISATION, where the CRF saw no name there or a natural place's alone (Каспий). Not a person's (Асқар
    компаниясы: his company), a country's or a city's (`places.local_bodies` reads those), a genitive or a plural
    (Партияның саяси кеңесі), nor a head that goes on into a longer name (театры фестивалі, агенттігі төрағасы). First
    in a sentence, where any word is capitalised, only a national body's head (`NATIONAL`): Полиция департаменті
    there is the police in general, as KazNERD reads it. Before a position's head word they are one POSITION
    (Экономика министрінің мәлімдеуінше, Сенат спикері; on train + dev from no labels 100 found right, 5 wrong), a
    possessed noun after it no longer name but its holder's (мәлімдеуінше: "as the minister states")."""
    out = list(labels)
    for h, word in enumerate(words):
        if labels[h] != "O" or not field_head(word) or h + 1 < len(words) and words[h + 1].islower() \
                and w.possessed(words[h + 1]) and (heads.head(word) == "org" and not w.genitive(word)
                                                   or heads.head(words[h + 1])):
            continue  # министрінің мәлімдеуінше: a title's holder speaks; агенттігі төрағасы goes on (but the body
            # in the genitive owns the noun after it: министрлігінің деректеріне)
        k = h - 1
        while k >= 0 and h - k <= MAX_BETWEEN and labels[k] == "O" and words[k].islower() and words[k].isalpha() \
                and not w.oblique(words[k]) and not heads.head(words[k]) and _modifier(words[k]):
            k -= 1
        first = k
        while first >= 0 and words[first][:1].isupper() and words[first].isalpha() \
                and (labels[first] == "O" and (_field(words[first], first > 0) or _object(words, first))
                     or labels[first].endswith("LOCATION")):
            first -= 1
        first += 1
        opening = first == 0 or words[first - 1] in OPEN_QUOTES or not words[first - 1][:1].isalnum()
        if first <= k and not (first and labels[first - 1].startswith("I-")) \
                and (not opening or word.startswith(NATIONAL)):
            kind = BODIES[heads.head(word.removeprefix(VICE))]
            out[first : h + 1] = [f"B-{kind}"] + [f"I-{kind}"] * (h - first)
    return out


def _head_ahead(words: Sequence[str], k: int) -> bool:
    """A head word (`heads.tsv`) at `k` or among the lowercase words up to MAX_HEAD_WORDS on."""
    run = takewhile(str.islower, words[k : k + MAX_HEAD_WORDS])
    return any(heads.head(word) for word in run)


def field_head(word: str) -> bool:
    """An organisation's or a position's head word, lowercase, possessed and in no case of a place (министрлігі,
    министрлігімен, министрі, вице-министрі): where `field_bodies` looks."""
    return word.islower() and heads.head(word.removeprefix(VICE)) in BODIES and w.possessed(word) \
        and not w.cases(word) & HEAD_CASES


def _modifier(word: str) -> bool:
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
    in a sentence 0 of 2, Жастар қозғалысы there the youth movement at large)."""
    readings = analyze(word.lower())
    return bool(readings) and readings[0].upos in ("NOUN", "ADJ") and (inside or "Number=Plur" not in readings[0].feats) \
        and w.cases(word) <= {"Nom"} and not gazetteer.match((word,)) and not any("Gender=" in a.feats for a in readings)


def state_chambers(words: Sequence[str], labels: list[str]) -> list[str]:
    """Қазақстан Үкіметімен, Чехия Парламенті, Парламент Сенатының: a country, or Парламент, right before a capitalised
    word of its government or a house of its parliament (`CHAMBERS`) is one ORGANISATION with it, where the CRF read
    them apart or left them out, as KazNERD writes them (train + dev: such a pair one ORGANISATION 12 times, inside a
    POSITION 5 times, never apart); the second word possessed (Үкіметі, Сенатының; not Парламент Үкіметке, Германия
    Парламентке: a subject and whom it addresses), after Парламент a house; not a country before a lowercase үкіметі
    (Армения үкіметінің: the country alone). A capitalised chamber the CRF left out alone, first in a sentence
    too (Сенат құжатты қарайды), is an ORGANISATION (train + dev: 151 such words in the singular a name, none left out;
    the 8 left out are derived or plural: Үкіметтік, Сенаторлардың); before a head word, up to MAX_HEAD_WORDS
    lowercase words on, it begins a post or a body the other rules read (Парламенттің қос палата спикері)."""
    out = list(labels)
    for k, word in enumerate(words):
        if out[k] == "O" and word[:1] in CHAMBER_CAPITALS and word.lower().startswith(CHAMBER_STARTS) \
                and w.lemma(word) in CHAMBERS and not w.plural(word) and not _head_ahead(words, k + 1):
            out[k] = "B-ORGANISATION"
    for k in range(len(words) - 1):
        first, second = words[k], words[k + 1]
        if not (second[:1] in CHAMBER_CAPITALS and second[1:2].islower() and second.lower().startswith(CHAMBER_STARTS)
                and w.lemma(second) in CHAMBERS) \
                or out[k].startswith("I-") or out[k + 1] == f"I-{out[k][2:]}" \
                or k + 2 < len(out) and out[k + 2].startswith("I-") \
                or not (first == "Парламент" and w.lemma(second) in HOUSES or first[:1].isupper() and w.country((first,))) \
                or not w.possessed(second):
            continue  # (not Парламент Үкіметке, Германия Парламентке: a subject and whom it addresses)
        out[k : k + 2] = ["B-ORGANISATION", "I-ORGANISATION"]
    return out

