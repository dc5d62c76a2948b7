"""Rules for names as the press writes them and KazNERD, transcribed television speech, never does: bodies by their
abbreviations (БҰҰ, ДСҰ-ға), Latin-script names (Air Astana, Kaspi.kz), sites, e-mail addresses and telephone
numbers, power plants by theirs (Шүлбі ГЭС-і). Each takes a sentence's words and IOB2 labels and returns new labels,
as `taldau.ner.rules` runs them.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from taldau.morph import analyze
from taldau.morph.phonology import VOWELS
from taldau.ner import bodies, gazetteer, heads
from taldau.ner import words as w
from taldau.ner.canonical import NUMERIC
from taldau.ner.fields import VICE
from taldau.ner.labels import spans
from taldau.segment.tokens import GENERATION, phone_end

BODY_PARTS = frozenset({"ORGANISATION", "GPE", "LOCATION", "NORP", "FACILITY"})  # classes the CRF cuts a body into
OWNED_CASES = frozenset({"Nom", "Gen"})  # a body's head a country's genitive before it owns (not the subject of a verb)
# Latin names: capitalised words, a site's domain; the company words that end a name of their own
ASCII_LETTER = re.compile(r"[A-Za-z]")
LATIN_NAME = re.compile(rf"[{w.LATIN_CAPITALS}][{w.LATIN_LETTERS}0-9&'-]*")  # Air, Astana, KEGOC, Bek, Rönesans
DOMAIN = re.compile(r"[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)+(?:-\w+)?")  # Kaspi.kz, Kaspi.kz-ке (one token)
COMPANY_WORDS = frozenset({"Bank", "Group", "Airlines", "Airways", "Holding", "Holdings", "Corporation", "Company",
                           "Inc", "Ltd", "LLC", "Motors"})  # Halyk Bank, Bloomberg Media Group
# Contacts: a link, a site, an e-mail address, a telephone number of three or more digit groups (one token each,
# taldau.segment, or telephone numbers in spaced groups, one token each there: +7 701 123 45 67)
CONTACT = re.compile(r"(?:https?://|www\.)\S+|(?:[A-Za-z][\w-]*(?:\.[\w-]+)+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
                     r"|\d+(?:-\d+){2,})(?:-\w+)?")
CONTACT_START = re.compile(r"[A-Za-z]\w*\.[a-z]|@|\d-\d+-\d|://|\+\s?\d|\(\d|8 \d")  # a quick look
CONTACT_CHARACTERS = re.compile(r"[A-Za-z@:+(]|\d")  # a word with none of these adds nothing CONTACT_START can find
# 2020-05-12, 15-03-2020, 1990-1995-2000: dates and years, no telephone numbers
DATE_LIKE = re.compile(r"\d{4}-\d\d-\d\d(?:-|$)|\d\d?-\d\d?-\d{4}(?:-|$)|(?:(?:1\d|20)\d\d(?:-|$)){2,}")
TRUNK_PREFIXES = frozenset({"8", "+", "7"})  # + 7 (727) ..., 8 (727) ...: the country's or trunk code before a number
POWER_PLANTS = frozenset({"ГЭС", "ГРЭС", "АЭС", "ЖЭС", "ЖЭО", "ТЭЦ", "МАЭС"})  # hydro, district, nuclear, heat
PLURAL = ("тер", "дер", "лер", "тар", "дар", "лар")  # АЭС-тер, ГЭС-тері: plants in general
LIST_JOINTS, LIKE = frozenset({",", "және", "мен"}), "сияқты"  # A, B және C сияқты компаниялар: such as
LISTED_MISREADINGS = frozenset({"PERSON", "GPE", "LOCATION"})  # what the CRF makes of Apple in such a list
FREE_READINGS = LISTED_MISREADINGS | {"ORGANISATION"}  # Air | Astana: the CRF's body or city inside a Latin name
MAX_LATIN_WORDS = 4  # Latin words taken as one name
PRODUCT_PARTS = frozenset({"ORGANISATION", "EVENT", "FACILITY"})  # classes the CRF reads a product's name into
BRAND = "марка"  # маркалы, маркасы: "of the brand"
NATIONAL = "Қаз"  # Қазгидромет, Қазпошта: the country's national companies and services
# trades a company's one-word name joins to the place or the field it works: мұнай-газ, gas, coal, energy, and the
# English "oil" (Теңізшевройл: Теңіз + Chevron + oil)
TRADES = ("мұнай", "газ", "көмір", "энерго", "ойл")
MIN_OWNER = 3  # letters of the place before the trade
MIN_NOUN = 4  # letters of the noun after Қаз- that makes a company's name: атом of Қазатомөнеркәсіп
AGENCY_WORDS = 5  # БҰҰ Азық-түлік және ауыл шаруашылығы ұйымы: the body's word, the agency's name and its head
AGENCY_HEADS = frozenset({"бағдарлама"})  # the one project's head word a body of states names an agency by
AGENCY_READINGS = frozenset({"", "ORGANISATION", "PROJECT"})  # what the CRF makes of an agency's name
MODEL_CODE = re.compile(r"[A-Za-z]+-?\d+[A-Za-z0-9]*")  # H100, A380, RTX4090, Boeing's 737 after its name


def known_bodies(words: Sequence[str], labels: list[str]) -> list[str]:
    """БҰҰ, ЕАЭО-ға, Шанхай ынтымақтастық ұйымы: a body of `bodies.tsv` is an ORGANISATION, the longest name listed,
    where the CRF left it out or cut it into other names (Еуропалық | қайта құру және даму банкі); a place the CRF
    ran into it is a GPE apart (Түркия | Түркі мемлекеттері ұйымы, Мәскеу | Еуразиялық экономикалық одақ), a person's
    last name goes back to the person before it (Режеп Тайып Ердоған | Түркі мемлекеттері ұйымының), and a person
    named from a given name, or after a title, is a PERSON apart (министрі Хакан Фидан | Түркі мемлекеттері ұйымы); a
    name of the CRF's that is the body's name alone is the body whatever its class (ЕО read as a PROJECT before Global
    Gateway). Not inside a longer name (БҰҰ Бас хатшысы)."""
    out = list(labels)
    firsts = bodies.firsts()
    for i, word in enumerate(words):
        if not body_start(word):  # most words
            continue
        sizes = range(min(firsts.get(word, 1), len(words) - i), 0, -1)
        size = next((n for n in sizes if bodies.canonical(tuple(words[i : i + n]))), 0)
        end = i + size
        if not size:
            continue
        headless = _headless_run(words, out, i, end)
        if headless:  # ҚР ҰБ-ның бағалауынша: the CRF's POSITION runs on from the body over no head word of one
            out[end:headless] = ["O"] * (headless - end)
        _latin_name_after(words, out, end)  # Еуропалық одақ | Global Gateway бастамасы
        whole = out[i].startswith("B-") and out[i][2:] not in NUMERIC and all(
            label == "I-" + out[i][2:] for label in out[i + 1 : end])  # ЕО | Global Gateway: the CRF's name is the body's
        if end < len(out) and out[end].startswith("I-") \
                or not whole and any(label[2:] not in BODY_PARTS for label in out[i:end] if label != "O") and not headless:
            continue
        if out[i].startswith("I-"):  # the CRF's name began before the body's
            first = next((j for j in range(i - 1, -1, -1) if out[j].startswith("B-")), i)
            capitals = all(word[:1].isupper() for word in words[first:i])
            if gazetteer.match(tuple(words[first:i])):
                out[first:i] = ["B-GPE"] + ["I-GPE"] * (i - first - 1)  # Түркия, Мәскеу | Еуразиялық экономикалық одақ
            elif first and out[first - 1].endswith("-PERSON") and capitals:
                out[first:i] = ["I-PERSON"] * (i - first)  # Режеп Тайып | Ердоған: the person's surname ran into it
            elif capitals and (given_name(words[first]) or first and out[first - 1].endswith("-POSITION")):
                # Хакан Фидан | Түркі мемлекеттері ұйымы: a given name, or the bearer of the title before it
                out[first:i] = ["B-PERSON"] + ["I-PERSON"] * (i - first - 1)
            else:
                continue
        elif _owner(words, out, i, end):  # АҚШ-тың Федералдық резервтік жүйесі: the country's own body
            i -= 1
        out[i:end] = ["B-ORGANISATION"] + ["I-ORGANISATION"] * (end - i - 1)
    return out


def _owner(words: Sequence[str], labels: Sequence[str], i: int, end: int) -> bool:
    """A country in the genitive, read alone as a place, right before a body's name of words at `i` whose last word
    is its possessed head in the nominative or the genitive owns it, one ORGANISATION (KazNERD's train + dev: a
    country's genitive before a capitalised body's name inside it 2 of 2, never apart: Ресейдің Мемлекеттік думасы);
    not before a body in another case, where the genitive is a verb's subject or the body a place (Түркияның Түркі
    мемлекеттері ұйымына қосқан үлесі: Turkey's share), nor before an abbreviation (Қазақстанның ЕАЭО-дағы үлесі)."""
    return i > 0 and end - i > 1 and labels[i - 1] == "B-GPE" and not labels[i].startswith("I-") \
        and w.genitive(words[i - 1]) and w.country(words[i - 1 : i]) and w.possessed(words[end - 1]) \
        and w.cases(words[end - 1]) <= OWNED_CASES and not w.attributive(words[end - 1])


def agencies(words: Sequence[str], labels: list[str]) -> list[str]:
    """БҰҰ Даму бағдарламасы, БҰҰ Қоршаған орта бағдарламасының сарапшылары: a body of `bodies.tsv` named by one word,
    then a capitalised Cyrillic word and at most AGENCY_WORDS words in all up to a possessed body's head word or
    бағдарлама-, is the body's agency, one ORGANISATION, where the CRF read a programme (PROJECT "БҰҰ Даму") or left the
    rest out: a programme of a body of states is its agency, not a project. Not a title (БҰҰ Бас хатшысы, a POSITION),
    nor a Latin-named programme (ЕО Erasmus бағдарламасы), nor the body's generic programme (БҰҰ бағдарламасы)."""
    out = list(labels)
    for i in range(len(words) - 2):
        if not (body_start(words[i]) and bodies.canonical((words[i],)) and words[i + 1][:1].isupper()):
            continue
        end = next((k + 1 for k in range(i + 2, min(i + AGENCY_WORDS + 1, len(words))) if _agency_head(words[k])), 0)
        if end and all(word.replace("-", "").isalpha() and not ASCII_LETTER.search(word) for word in words[i + 1 : end]) \
                and all(label[2:] in AGENCY_READINGS for label in out[i:end]) \
                and not (end < len(out) and out[end].startswith("I-")) and not out[i].startswith("I-"):
            out[i:end] = ["B-ORGANISATION"] + ["I-ORGANISATION"] * (end - i - 1)
    return out


def _agency_head(word: str) -> bool:
    """A possessed, singular body's head word or programme: бағдарламасы, қорының, кеңесі (not бағдарламалары)."""
    head = heads.head(word)
    return word.islower() and (head == "org" or head == "project" and w.lemma(word) in AGENCY_HEADS) \
        and w.possessed(word) and not w.plural(word)


def _latin_name_after(words: Sequence[str], labels: list[str], end: int) -> None:
    """Еуропалық одақ | Global Gateway бастамасы: where the CRF's name runs on from a body's at `end` over Latin words
    to its own end, those words are a name of their own, a programme's (PROJECT) before a possessed common noun
    (бастамасы, бағдарламасы), else of the CRF's class; in place."""
    k = end
    while k < len(words) and labels[k].startswith("I-") and LATIN_NAME.fullmatch(words[k]):
        k += 1
    if k == end or k < len(labels) and labels[k].startswith("I-"):
        return
    programme = k < len(words) and words[k].islower() and w.possessed(words[k]) and heads.head(words[k]) != "org"
    kind = "PROJECT" if programme else labels[end][2:]
    labels[end:k] = [f"B-{kind}"] + [f"I-{kind}"] * (k - end - 1)


def national_companies(words: Sequence[str], labels: list[str]) -> list[str]:
    """Қазгидромет, Қазсушар, Қазпошта, Қазавтожол: one capitalised word of Қаз- ("Kazakhstan's") and a noun's stem
    names a national company or state service, and one of a place and a trade a company (Теңізшевройл): an
    ORGANISATION, where the CRF saw no entity there or read a place or a person in it alone (KazNERD's train + dev:
    10 of 10 such words); not a given name (Қазбек)."""
    out = list(labels)
    for k, word in enumerate(words):
        if not national_company(word) or out[k].startswith("I-") or k + 1 < len(out) and out[k + 1].startswith("I-"):
            continue
        if out[k] == "O" or out[k][2:] in FREE_READINGS:
            out[k] = "B-ORGANISATION"
    return out


def national_company(word: str) -> bool:
    """Қаз- and a consonant (Қазгидромет, not Қазіргі, Қазығұрт), or a noun the dictionary knows where it does not
    know the word (Қазатомөнеркәсіп, Қазақпарат; not Қазақша, Қазына), a name the dictionary gives no gender nor the
    gazetteer a place."""
    if _trade_compound(word):
        return True
    return len(word) > 6 and word.startswith(NATIONAL) and word[4:].isalpha() and word[4:].islower() \
        and (word[3] not in VOWELS or _noun_after_prefix(word)) \
        and not any("Gender=" in a.feats for a in analyze(word)) and not gazetteer.match((word,))


def _trade_compound(word: str) -> bool:
    """Атыраумұнайгаз, Қарағандыкөмір, Теңізшевройл, Алматыгазсервис: a capitalised word the dictionary does not know,
    with a trade's stem (`TRADES`) after its first letters, a place or a field the company works (KazNERD's train + dev:
    1 of 1 such words an ORGANISATION, Самұрық-Энерго; ҚазМұнайГаз, Алматыгазсервис-Холдинг, written otherwise, too).
    Not a surname's or a patronymic's shape, which the dictionary reads with a gender in any case (Нургазиев,
    Абилгазиевамен, Нургазыұлы, Талдыгазовтар)."""
    low = word.lower()
    if not (len(word) > 6 and word[:1].isupper() and any(stem in low[MIN_OWNER:] for stem in TRADES)
            and word.replace("-", "").isalpha()):
        return False
    readings = analyze(word)
    return all(a.guessed and "Gender=" not in a.feats for a in readings) and not gazetteer.match((word,))


def _noun_after_prefix(word: str) -> bool:
    """The dictionary knows no reading of the word, and a noun of MIN_NOUN letters or more begins what follows Қаз-
    (атом of Қазатомөнеркәсіп)."""
    rest = word[len(NATIONAL) :]
    return all(a.guessed for a in analyze(word)) and any(
        any(a.upos == "NOUN" and not a.guessed and a.lemma == rest[:n] for a in analyze(rest[:n]))
        for n in range(MIN_NOUN, len(rest) + 1))


def body_start(word: str) -> bool:
    """A word a name of `bodies.tsv` can start with: the first of several words, or the start of a one-word name."""
    return word in bodies.firsts() or word[:2] in bodies.starts()


def given_name(word: str) -> bool:
    """Every reading is a given name: a proper noun with a gender (Хакан, Режеп)."""
    readings = analyze(word)
    return bool(readings) and all(a.upos == "PROPN" and "Gender=" in a.feats for a in readings)


def _headless_run(words: Sequence[str], labels: Sequence[str], first: int, end: int) -> int:
    """Where the CRF's name that begins at `first` and runs on past `end` ends, when no word after `end` in it is a
    head word of `heads.tsv` nor capitalised (ҚР ҰБ-ның бағалауынша, not БҰҰ Бас хатшысы, Дүниежүзілік банк Тобы);
    0 otherwise."""
    if not labels[first].startswith("B-") or end >= len(labels) or labels[end] != "I-" + labels[first][2:]:
        return 0
    last = end
    while last < len(labels) and labels[last] == "I-" + labels[first][2:]:
        last += 1
    return 0 if any(heads.head(word.lower().removeprefix(VICE)) or word[:1].isupper() for word in words[end:last]) \
        else last  # (Еуропалық комиссияның вице-президенті: a deputy's title is its head's)


def contacts(words: Sequence[str], labels: list[str]) -> list[str]:
    """khabar.kz сайтына, 8 (727) 123-45-67, info@stat.gov.kz: a link, a site, a telephone number (with its code in
    brackets and the trunk digit before it) or an e-mail address is a CONTACT, as KazNERD's guidelines have it
    (kazneb.kz, 24 51 71), where the CRF saw no entity or a numeric one (a telephone number's parts, read as a
    date or a count); not dates or years (2020-05-12, 15-03-2020, 1990-1995-2000)."""
    out = list(labels)
    if not CONTACT_START.search(" ".join(words)):  # most sentences
        return out
    for k, word in enumerate(words):
        if not (CONTACT.fullmatch(word) or phone_end(word, 0) == len(word)) or DATE_LIKE.match(word) \
                or out[k] != "O" and out[k][2:] not in NUMERIC:
            continue
        first = k
        if k >= 3 and words[k - 3] == "(" and words[k - 2].isdigit() and words[k - 1] == ")":
            first = k - 3  # (727) 123-45-67
        while first and k - first < 5 and words[first - 1] in TRUNK_PREFIXES:
            first -= 1  # 8 (727) ..., + 7 ...
        out[first : k + 1] = ["B-CONTACT"] + ["I-CONTACT"] * (k - first)
        if k + 1 < len(out) and out[k + 1].startswith("I-"):
            out[k + 1] = "B-" + out[k + 1][2:]
    return out


def foreign_names(words: Sequence[str], labels: list[str]) -> list[str]:
    """Air Astana әуекомпаниясы, Kaspi.kz компаниясы, Halyk Bank: capitalised words in Latin letters before an
    organisation's head word, or ending in a company word of their own (Bank, Group, Airlines), are an ORGANISATION,
    the Latin name alone as KazNERD writes it (500 Startups компаниясы), and so are Latin names listed before сияқты
    and such a head word (Chevron, ExxonMobil сияқты компаниялар). Only where the CRF saw no entity there, or a
    PERSON before a company word of its own (not Elon Musk компаниясы, Musk's company), or a place or body inside the
    name (Air | Astana компаниясы: the whole is the company, not Astana)."""
    out = list(labels)
    if not ASCII_LETTER.search(" ".join(words)):  # no Latin word: most sentences
        return out
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and j - i < MAX_LATIN_WORDS and (LATIN_NAME.fullmatch(words[j]) or DOMAIN.fullmatch(words[j])):
            j += 1
        if j == i:
            i += 1
            continue
        free = not out[i].startswith("I-") and all(label == "O" or label[2:] in FREE_READINGS for label in out[i:j]) \
            and (j == len(words) or not out[j].startswith("I-"))
        head = j < len(words) and words[j].islower() and (heads.head(words[j]) == "org" or "компания" in words[j])
        person = all(label.endswith("PERSON") for label in out[i:j])  # Elon Musk компаниясы: Musk's company
        listed = all(label[2:] in LISTED_MISREADINGS or label == "O" for label in out[i:j]) \
            and _listed_as_bodies(words, i, j)
        if free and (head and not person or words[j - 1] in COMPANY_WORDS) or listed:
            out[i:j] = ["B-ORGANISATION"] + ["I-ORGANISATION"] * (j - i - 1)
        i = j
    return out


def past_listed(words: Sequence[str], k: int, name: re.Pattern[str] = LATIN_NAME) -> int:
    """Where a list of Latin names and the words that join them (`LIST_JOINTS`), from k on, ends."""
    while k < len(words) and (words[k] in LIST_JOINTS or name.fullmatch(words[k])):
        k += 1
    return k


def _listed_as_bodies(words: Sequence[str], first: int, end: int) -> bool:
    """Chevron, ExxonMobil сияқты компаниялар; Huawei, Microsoft және Yandex компанияларымен: the Latin name at
    [first, end) is listed, by commas, және or мен, with other Latin names before сияқты ("such as") and an
    organisation's head word, or right before such a head word, which the list shares (its words are bodies, whatever
    the CRF made of one)."""
    k = past_listed(words, end)
    if k + 1 < len(words) and words[k] == LIKE:
        return heads.head(w.lemma(words[k + 1])) == "org"
    listed = k > end or first > 1 and words[first - 1] in LIST_JOINTS and bool(LATIN_NAME.fullmatch(words[first - 2]))
    return listed and k < len(words) and words[k].islower() and heads.head(w.lemma(words[k])) == "org"


def power_plants(words: Sequence[str], labels: list[str]) -> list[str]:
    """Қамбар-Ата ГЭС-і, Екібастұз ГРЭС-і, Балқаш АЭС-і: a name ending in a power plant's abbreviation is a FACILITY
    (KazNERD: ГРЭС 18), whatever class the CRF gave it, and a place's bare name right before one is its name; not a
    country's (Қазақстан АЭС салады: a plant of the country), a place in a case (Қазақстанда АЭС), a person's
    (Тоқаев АЭС туралы), nor plants in the plural (Жапония АЭС-терін)."""
    out = list(labels)
    for k, word in enumerate(words):
        if not power_plant(word):
            continue
        first = k
        while first > 0 and out[first].startswith("I-"):
            first -= 1  # the rest of the CRF's name the abbreviation ends
        if first == k and k > 0 and out[k - 1] != "O" and words[k - 1][:1].isupper():
            first = next((j for j in range(k - 1, -1, -1) if out[j].startswith("B-")), k)  # a place's name before it
        name = words[first:k]
        found = gazetteer.match(tuple(name)) if name else None
        if name and out[first].endswith("PERSON") and out[k] != "O":
            out[k] = "O"  # Тоқаев АЭС туралы: the person's name ends before the plant
            if k + 1 < len(out) and out[k + 1].startswith("I-"):
                out[k + 1] = "B-" + out[k + 1][2:]
            continue
        if not name or not name[0][:1].isupper() \
                or found and (found[1].kind == "country" or found[0] != tuple(name)):
            continue  # no name, a country's, or a place in a case (Қазақстанда, found as Қазақстан)
        out[first : k + 1] = ["B-FACILITY"] + ["I-FACILITY"] * (k - first)
        if k + 1 < len(out) and out[k + 1].startswith("I-"):
            out[k + 1] = "B-" + out[k + 1][2:]
    return out


def power_plant(word: str) -> bool:
    """A power plant's abbreviation, bare or with an ending, not in the plural: ГЭС, ГЭС-і (not АЭС-тер)."""
    plant, _, ending = word.partition("-")
    return plant in POWER_PLANTS and not ending.startswith(PLURAL)


def products(words: Sequence[str], labels: list[str]) -> list[str]:
    """NVIDIA H100 үдеткіші, Airbus A380 ұшағы: a name in Latin letters with a model's code, before a lowercase noun
    that heads no body's name, is a PRODUCT, the name and the code (the noun, what it is, stays out, and so do words
    before the name, which the CRF ran into it: Зертханаға), where the CRF read it as part of a body, an event or a
    facility; NVIDIA компаниясы stays the company; a Latin name before марка ("brand") is one too (Brent маркалы
    мұнай, not a man Brent). A code alone is no number either (H100 үдеткіштері; 5G, 3D name a
    technology), and a locative the CRF ran into a Latin name is none of it (Орталықта | NVIDIA компаниясының)."""
    out = list(labels)
    if not ASCII_LETTER.search(" ".join(words)):  # no Latin word: most sentences
        return out
    for k, word in enumerate(words[:-1]):  # Brent маркалы мұнай: a brand, not a man Brent
        if LATIN_NAME.fullmatch(word) and words[k + 1].lower().startswith(BRAND) and not out[k].startswith("I-"):
            end = k + 1
            while end < len(out) and out[end].startswith("I-"):
                end += 1
            out[k:end] = ["B-PRODUCT"] + ["O"] * (end - k - 1)
    for kind, first, last in spans(out):
        if kind in NUMERIC and last == first + 1 and MODEL_CODE.fullmatch(words[first]):
            out[first] = "O"  # H100 үдеткіштері: a model's code, no count
            continue
        if kind in NUMERIC and last == first + 1 and GENERATION.fullmatch(words[first]):
            out[first] = "B-MISCELLANEOUS"  # 5G желісі (KazNERD labels a technology so)
            continue
        if kind not in NUMERIC and first + 1 < last and words[first + 1].isascii() and w.locative(words[first]):
            out[first : first + 2] = ["O", f"B-{kind}"]  # Орталықта | NVIDIA: where, no part of the name
            first += 1
        end = last
        while end > first and words[end - 1].islower() and heads.head(words[end - 1]) != "org":
            end -= 1
        start = end
        while start > first and words[start - 1].isascii() and words[start - 1][:1].isalnum():
            start -= 1
        if kind in PRODUCT_PARTS and start < end < last and MODEL_CODE.fullmatch(words[end - 1]):
            out[first:last] = ["O"] * (last - first)
            out[start:end] = ["B-PRODUCT"] + ["I-PRODUCT"] * (end - start - 1)
    return out
