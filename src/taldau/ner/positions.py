"""Where a position's name begins and ends: at its head word before the person who holds it, with the body or the
country whose post it is (Ассамблея төрағасының орынбасары, Қырғызстан басшысы), a quoted body inside
it and a place right before it. Each rule takes a sentence's words and IOB2 labels and returns new labels, as
`taldau.ner.rules` runs them.
"""
from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from taldau.ner import gazetteer, heads
from taldau.ner import words as w
from taldau.ner.chambers import CHAMBERS
from taldau.ner.features import CLOSE_QUOTES, OPEN_QUOTES
from taldau.ner.fields import MAX_BETWEEN, modifier
from taldau.ner.labels import spans, spans_of
from taldau.ner.laws import MAX_TITLE
from taldau.ner.offices import title
from taldau.ner.places import UNITS
from taldau.numbers.words import read_word

PLACED = ("POSITION", "LAW")  # names a place right before belongs to
MEMBERS = frozenset({"өкіл"})  # a title a body has many of: its name and the title stay apart
# When a post was held, between a body and its title inside a POSITION (KazNERD's train + dev: бұрынғы 3 of 3 after a
# body's or a title's genitive)
TENURES = frozenset({"бұрынғы", "алғашқы", "тұңғыш", "қазіргі", "ең"})
# Posts heads.tsv lacks (its words weigh in the CRF's features) that a body's name in the genitive makes one POSITION
# with it (KazNERD's train + dev: тілшісі 2 of 2 after a body's genitive, төрайымы and журналисі 1 of 1); not жетекшісі,
# a leader of any group («Әл-Кайда» ұйымының жетекшісі: the body alone)
BODY_TITLES = frozenset({"төрайым", "тілші", "журналист", "меңгеруші"})
# A student's post told by the year of study, after a school's name in the genitive (KazNERD's train + dev: 3 of 3 one
# POSITION with the school's name; with no school before them, 4 of 4 no name): университетінің бірінші курс студенті
STUDENTS = frozenset({"студент", "оқушы"})
STUDY_YEARS = frozenset({"курс", "сынып"})
# how a word of one starts (журналисі drops the т): a sentence with one is one `titles_of_bodies` reads
BODY_TITLE_STARTS = ("төрайым", "тілші", "журналис", "меңгеруші", "студент", "оқушы")
EMBASSIES = frozenset({"елшілік", "өкілдік"})  # елшілігі, өкілдігі: a body, though its stem is a title's (`heads.tsv`)


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


def positions_end_at_title(words: Sequence[str], labels: list[str]) -> list[str]:
    """Елбасы | Министрлер кабинетінің жұмысын, Қазақстан Президенті | Парсы шығанағындағы: a POSITION the CRF ran on
    from a title (`offices.title`) over a capitalised name that holds no title and is no holder's (a lowercase word or
    a plural in it, or a head word of another kind at its end) ends at the title, as KazNERD writes it (train + dev:
    no name goes on past a title to capitalised words that end in no title); the rest is the class of its head word, a
    place the gazetteer knows, or no name. Holders after a title are `offices.holders_after_titles`' and
    `positions_end_at_head`'s."""
    out = list(labels)
    if "B-POSITION" not in labels:  # most sentences
        return out
    for first, last in spans_of(labels, "POSITION"):
        k = next((k for k in range(first, last - 1) if title(words[k]) and words[k + 1][:1].isupper()), None)
        if k is None or any(title(word) or heads.head(word.lower()) == "pos" for word in words[k + 1 : last]):
            continue
        kind = heads.LABELS.get(heads.head(words[last - 1].lower()), "")
        if not kind and all(word[:1].isupper() and not w.plural(word) for word in words[k + 1 : last]):
            continue  # a holder's name: Мемлекет басшысы Қасым-Жомарт Тоқаев (not a plural: Министрлер)
        kind = kind or ("GPE" if gazetteer.match(tuple(words[k + 1 : last])) else "")
        out[first : k + 1] = ["B-POSITION"] + ["I-POSITION"] * (k - first)
        out[k + 1 : last] = [f"B-{kind}"] + [f"I-{kind}"] * (last - k - 2) if kind else ["O"] * (last - k - 1)
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
    """халқы Ассамблеясы | төрағасының орынбасары, «Ақ жол» партиясы | төрағасының бірінші орынбасары,
    Мемлекеттік қызмет істері агенттігі | төрағасы: a body's name that ends in its head word (`heads.tsv`), then a
    position's head word possessed (and the titles it governs), is one POSITION, as KazNERD writes it (train + dev: a
    body's head word inside a name, then a position's head, 69 times of 70 one POSITION), where the CRF read the body
    apart and the title apart or not at all; so is a quoted body's name right before a title (KazNERD: «Роскосмос»
    басшысы, 2 of 2), and a school's name (a body's or a facility's, as the CRF reads a
    quoted one) and a student's post by the year of study («Үміт» мектебінің он екінші сынып оқушысы)."""
    out = list(labels)
    if "B-ORGANISATION" not in labels and "B-FACILITY" not in labels:  # most sentences
        return out
    for named, first, last in spans(labels):
        if named not in ("ORGANISATION", "FACILITY"):
            continue
        start, end = first, last
        if first and last + 1 < len(words) and words[first - 1] in OPEN_QUOTES and words[last] in CLOSE_QUOTES \
                and labels[last + 1] == "O":
            start, end = first - 1, last + 1  # «Нұр Отан» партиясы: the quoted name and its head word after it
            if named == "ORGANISATION" and _title_word(words[end], labels[end]) \
                    and heads.of_lemma(w.lemma(words[end])) == "pos":  # «Роскосмос» басшысы (not басшылығы)
                title = _title(words, out, end)
                out[start:title] = ["B-POSITION"] + ["I-POSITION"] * (title - start - 1)
                continue
            while end + 1 < len(words) and end - last < MAX_BETWEEN and labels[end] == labels[end + 1] == "O" \
                    and words[end].islower() and words[end + 1].islower() and not heads.head(words[end]) \
                    and not w.oblique(words[end]) and modifier(words[end]):
                end += 1  # «Таза су» ақпарат агенттігінің: bare nouns and adjectives before the head word
            end += 1
        kind = heads.head(words[end - 1].lower())
        if kind not in ("org", "fac") or not words[end - 1][1:].islower():
            continue
        student = _student(words, end)  # a school (мектебінің, a facility's head word) has only its students' posts
        body = kind == "org" and named == "ORGANISATION"
        title = _title(words, out, end) if body else end if student is None else student + 1
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
        if governor is None:
            student = _student(words, head)
            if student is not None:
                return student + 1
        if not (head < len(words) and _title_word(words[head], labels[head])
                and (governor is None or w.genitive(words[governor]))):
            break
        governor, end = head, head + 1
    while end < len(words) and labels[end] == "I-POSITION":  # the CRF's title goes on: төрағасының кеңесшісі
        end += 1
    return end


def _student(words: Sequence[str], k: int) -> int | None:
    """Where a student's post by the year of study begins at `k` ends: a rank's number (бірінші, он бірінші, 1-інші),
    курс or сынып, then студенті or оқушысы possessed, not plural (`STUDENTS`; студенттері: many, no post); None
    when there is none."""
    year = k
    while year < len(words) and words[year][:1].isalnum() and read_word(words[year]) is not None:
        year += 1
    student = year + 1
    if year == k or student >= len(words) or words[year] not in STUDY_YEARS:
        return None
    word = words[student]
    return student if word.islower() and w.lemma(word) in STUDENTS and w.possessed(word) and not w.plural(word) \
        else None


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



def posts_of_unnamed_bodies(words: Sequence[str], labels: list[str]) -> list[str]:
    """Қауымдастық төрағасы, Партия төрағасының: a POSITION whose body is only a body's kind word, capitalised and bare
    (the body the text named before, or one first in a sentence), names no post, as KazNERD leaves it (train: such a
    word then a post's head 6 of 6 no name: Партия, Басқарма, Ведомство); not a state's government or a house of its
    parliament, each one of a kind (Сенат төрағасы, Үкімет басшысы: 22 of 22 a POSITION)."""
    out = list(labels)
    for first, last in spans_of(labels, "POSITION"):
        body = words[first]
        if last - first > 1 and body[:1].isupper() and body[1:].islower() and w.lemma(body) not in CHAMBERS \
                and heads.of_lemma(w.lemma(body)) == "org" and not w.case_ending(body) \
                and all(word.islower() and heads.head(word) == "pos" for word in words[first + 1 : last]):
            out[first:last] = ["O"] * (last - first)
    return out


def places_begin_names(words: Sequence[str], labels: list[str]) -> list[str]:
    """Қазақстан Республикасының Премьер-министрі, Қытайдың Төтенше және өкілетті елшісі, Ресейдің Азаматтық кодексі:
    a place right before a POSITION or a LAW is part of it, as in KazNERD (not a place in an oblique case: Астанадағы
    елшісі, Қытаймен Премьер-министр кездесті); so is one whose unit's word the CRF left out between them (Алматы |
    қаласының | бас санитарлық дәрігері; KazNERD's train + dev: a place, its unit and a post 8 of 8 one POSITION)."""
    out = list(labels)
    if "B-POSITION" not in labels and "B-LAW" not in labels:  # most sentences
        return out
    found = spans(labels)
    for (place, first, end), (name, start, last) in pairwise(found):
        unit = start == end + 1 and _unit(words[end]) and labels[end] == "O"
        if place == "GPE" and name in PLACED and (end == start or unit) and not w.oblique(words[end - 1]) \
                and not w.oblique(words[start - 1]):
            out[first:last] = [f"B-{name}"] + [f"I-{name}"] * (last - first - 1)
    return out


def _unit(word: str) -> bool:
    """A unit's word possessed by the place before it, in the nominative or the genitive: қаласының, облысы."""
    return word.islower() and w.lemma(word) in UNITS and w.possessed(word) and w.cases(word) & {"Nom", "Gen"} != set()

