"""Rules for common words the CRF reads as names: a month name that is also a noun (қазан "cauldron"), a courtesy
formula that is also a given name (Рахмет "thank you"), the three hordes (Ұлы жүз: no hundred, no facility), бір as
the indefinite article (бір үлкен мереке, белгілі бір: no count), Ұлы "great" that begins a name (Ұлы Жібек жолы), a
common noun in the plural read as a body (Әкімшіліктер, Адамдардың қозғалысына) and one that names a body of members
(Кәсіпкерлер одағы), a body's common noun capitalised to
refer back to it (Сондықтан Министрлік ...). Each takes a sentence's words and IOB2 labels and returns new labels, as
`taldau.ner.rules` runs them.
"""
from __future__ import annotations

from collections.abc import Sequence

from taldau.morph import analyze
from taldau.ner import heads
from taldau.ner import words as w
from taldau.ner.canonical import NUMERIC
from taldau.ner.chambers import CHAMBER_STARTS
from taldau.ner.features import OPEN_QUOTES
from taldau.ner.labels import spans_of
from taldau.ner.nations import PEOPLES
from taldau.numbers.calendar import AMBIGUOUS_MONTHS, LIST_JOINTS, MONTHS, PERIODS
from taldau.numbers.one import told_in
from taldau.numbers.words import read_word

DATE_CASES = frozenset({"Loc", "Abl"})  # қазанда, қазаннан: when, from when
DATE_NEIGHBOURS = frozenset(MONTHS) | frozenset(PERIODS) | {"биыл", "былтыр", "өткен", "келесі", "осы", "биылғы"}
# Formulas of courtesy that taldau.morph knows only as given names: Рахмет, достар! (thanks, friends)
FORMULAS = frozenset({"рахмет"})
ADDRESSEES = frozenset({"сізге", "саған", "сіздерге", "сендерге", "көп", "үлкен"})  # рахмет сізге, көп рахмет
HORDES = frozenset({"ұлы", "орта", "кіші"})  # Ұлы жүз, Орта жүз, Кіші жүз: the three Kazakh hordes
HORDE = "жүз"
# "бір" as the indefinite article ("a", "some"), not the number one, after these words: ең бір, сол бір, белгілі бір
INDEFINITE_AFTER = frozenset({"ең", "сол", "осы", "белгілі", "әлгі", "жалпы"})
WHICHEVER = frozenset({"қандай", "кез"})  # қандай да бір, кез келген бір: "any"
# Ұлы "great" begins the name after it (Ұлы Жібек жолы, Ұлы Отан соғысы, Ұлы дала; KazNERD's train + dev: before a
# name 19 times of 21 inside it, the others an epithet, Ұлы Абай, and Ұлы Тұран); not before these, a person's epithet,
# a horde, or a place after Ұлы "his son" (Ұлы Лондонда оқиды)
GREAT, NO_EPITHET = "Ұлы", frozenset({"PERSON", "NORP", "GPE", *NUMERIC})
ONE, ONE_OF = "бір", frozenset({"бірі", "бірінен"})  # бірі, бірінен соң бірі: "one (of them)", "one after another"
# Heads of a body of members, named by its members in the plural: Кәсіпкерлер одағы, Фермерлер қауымдастығы
MEMBERS = frozenset({"одақ", "палата", "қауымдастық", "ассоциация", "федерация", "бірлестік", "конфедерация"})
CAPITALISED = frozenset({"GPE", "LOCATION", "PERSON", "ORGANISATION"})  # classes whose names hold a capital
UNMARKED = CAPITALISED | {"POSITION"}  # the classes `lowercase_names` reads names of with no capital


def ambiguous_months(words: Sequence[str], labels: list[str]) -> list[str]:
    """Қазан бірден қайнай бастады, қазан қайнамады: a month name that is also a common noun (қазан, маусым, наурыз;
    `AMBIGUOUS_MONTHS`) is a DATE only with a date around it: a number before it (20 қазан) or a day after its
    genitive (қазанның 10-ы), ай after it (қазан айында), a date word next to it (биыл, қазан мен қараша), or a case of
    when (қазанда, қазаннан). Else no entity."""
    out = list(labels)
    for first, last in spans_of(labels, "DATE"):
        if all(w.lemma(word) in AMBIGUOUS_MONTHS for word in words[first:last]) \
                and not _date_context(words, first, last):
            out[first:last] = ["O"] * (last - first)
            if last < len(out) and out[last].startswith("I-"):
                out[last] = "B-" + out[last][2:]
    return out


def _date_context(words: Sequence[str], first: int, last: int) -> bool:
    """Whether the month name at [first, last) stands among date words (see `ambiguous_months`)."""
    if w.cases(words[last - 1]) & DATE_CASES:
        return True
    before = first - 1
    while before >= 0 and words[before].lower() in LIST_JOINTS:
        before -= 1
    after = last
    while after < len(words) and words[after].lower() in LIST_JOINTS:
        after += 1
    if before >= 0 and _number(words[before]) or after < len(words) and w.genitive(words[last - 1]) \
            and any(ch.isdigit() for ch in words[after]):  # 20 қазан, қазанның 10-ы (not қазан бірден қайнады)
        return True
    return any(0 <= k < len(words) and (w.lemma(words[k]) in DATE_NEIGHBOURS or words[k].lower() in DATE_NEIGHBOURS)
               for k in (before, after))


def _number(word: str) -> bool:
    """A number in digits or the likeliest reading a numeral: 20, 20-сы, жиырма."""
    readings = analyze(word.lower())
    return any(ch.isdigit() for ch in word) or bool(readings) and readings[0].upos == "NUM"


def formulas(words: Sequence[str], labels: list[str]) -> list[str]:
    """Рахмет, достар! — Рахмет! — деді ол: a courtesy formula that is also a given name (`FORMULAS`) is no PERSON
    standing alone before punctuation, at the end, or before its addressee (рахмет сізге); Рахмет келді and Рахмет
    Әлиев stay persons."""
    out = list(labels)
    for first, last in spans_of(labels, "PERSON"):
        after = words[last].lower() if last < len(words) else ""
        if last == first + 1 and words[first].lower() in FORMULAS \
                and (not after or not after[:1].isalnum() or after in ADDRESSEES):
            out[first] = "O"
    return out


def hordes(words: Sequence[str], labels: list[str]) -> list[str]:
    """Ұлы жүз бен Орта жүз бірікті, Кіші жүздің руы: Ұлы, Орта or Кіші written with a capital before жүз names one
    of the three hordes, a NORP each (жүз is no hundred there); a name the CRF ran on over them ends at the last."""
    out = list(labels)
    if HORDE not in " ".join(words).lower():  # most sentences
        return out
    for k in range(1, len(words)):
        if words[k - 1].lower() in HORDES and words[k - 1][:1].isupper() and w.lemma(words[k]) == HORDE:
            run = k + 1  # what the CRF ran on into after the horde (бен Орта жүз бірікті) is another phrase
            while run < len(out) and out[run].startswith("I-"):
                out[run] = "O"
                run += 1
            out[k - 1 : k + 1] = ["B-NORP", "I-NORP"]
    return out



def indefinite_ones(words: Sequence[str], labels: list[str]) -> list[str]:
    """Баға бір көтеріліп, бір түссе; бір үлкен мереке; белгілі бір шешім; енді бірі: бір alone before a verb or an
    adjective, or after a word that makes it "a, some" (ең, сол, белгілі, қандай да), and бірі with no genitive before
    it ("one of them", бірінен соң бірі), count nothing: no CARDINAL (KazNERD's train + dev: бір before a verb or an
    adjective is no entity 34 times, a CARDINAL 21; after these words 27 and 0; бірі without a genitive 13 and 4, after
    one 1 and 80). бір before a noun stays a CARDINAL, as KazNERD labels it twice in three times (бір адам)."""
    out = list(labels)
    for first, last in spans_of(labels, "CARDINAL"):
        low = words[first].lower()
        if last > first + 1 or low not in ONE_OF and low != ONE or last < len(out) and out[last].startswith("I-"):
            continue
        before = words[first - 1].lower() if first else ""
        if low in ONE_OF and not (before and w.genitive(before)) or low == ONE and _indefinite(words, first):
            out[first] = "O"
    return out


def _indefinite(words: Sequence[str], k: int) -> bool:
    """бір at `k` is the article: after a word of INDEFINITE_AFTER or қандай да, before a verb or an adjective that
    is no number word, or before a text or a speech where something was said (бір сұхбатында: `numbers.one.told_in`)."""
    before = words[k - 1].lower() if k else ""
    if before in INDEFINITE_AFTER or before == "да" and k > 1 and words[k - 2].lower() in WHICHEVER:
        return True
    readings = analyze(words[k + 1].lower()) if k + 1 < len(words) and words[k + 1].isalpha() else []
    return bool(readings) and (readings[0].upos in ("VERB", "ADJ") and read_word(words[k + 1]) is None
                               or told_in(readings[0].lemma, readings[0].feats))


def great_names(words: Sequence[str], labels: list[str]) -> list[str]:
    """Ұлы Жібек жолы, Ұлы даланың жеті қыры: Ұлы ("great"), left out or read alone as a person, right before a name
    the CRF began after it is the name's first word (`GREAT`), not before a person, a horde or a place (`NO_EPITHET`),
    nor before a capitalised name whose last word is in a case of place or attributive (Ұлы Абылай хан даңғылындағы:
    "his son", the street's name begins after it)."""
    out = list(labels)
    if GREAT not in words:  # most sentences
        return out
    for k, word in enumerate(words[:-1]):
        if word == GREAT and labels[k] in ("O", "B-PERSON") and labels[k + 1].startswith("B-") \
                and labels[k + 1][2:] not in NO_EPITHET and not _placed(words, labels, k + 1):
            out[k : k + 2] = [labels[k + 1], f"I-{labels[k + 1][2:]}"]  # (Ұлы alone a PERSON: a name's "son")
    return out


def _placed(words: Sequence[str], labels: Sequence[str], first: int) -> bool:
    """The name begun at `first` is capitalised and ends in an oblique case or the attributive (даңғылындағы)."""
    last = first
    while last + 1 < len(labels) and labels[last + 1].startswith("I-"):
        last += 1
    return words[first][:1].isupper() and (w.oblique(words[last]) or w.attributive(words[last]))


def plural_bodies(words: Sequence[str], labels: list[str]) -> list[str]:
    """Әкімшіліктер ... , Адамдардың қозғалысына: an ORGANISATION that is a common noun in the plural alone, or that
    begins with one in the genitive ("people's movement"), is no name: a body is named in the singular (KazNERD's
    train + dev: of 11 organisations that begin with a plural noun, none is one word or in the genitive; Министрлер
    кабинеті, Кәсіпкерлер палатасының stay); a quoted name is one whatever its words («Достар» кафесі)."""
    out = list(labels)
    for first, last in spans_of(labels, "ORGANISATION"):
        if _plural_noun(words[first]) and (last - first == 1 or w.genitive(words[first])) \
                and not (first and words[first - 1] in OPEN_QUOTES):
            out[first:last] = ["O"] * (last - first)
    return out


def members_bodies(words: Sequence[str], labels: list[str]) -> list[str]:
    """Кәсіпкерлер одағы, Фермерлер қауымдастығына, Кәсіпкерлер палатасының: a capitalised common noun in the plural
    (its members) right before the singular, possessed head of a body of members (`MEMBERS`), both left out by the CRF,
    is that body, one ORGANISATION (KazNERD's train + dev: 6 of 6 such pairs, all Кәсіпкерлер палатасы; in lower case,
    кәсіпкерлер қауымдастығы, елдер одағының, 5 of 5 no name)."""
    out = list(labels)
    for k in range(len(words) - 1):
        head = words[k + 1]
        if labels[k] == labels[k + 1] == "O" and words[k][:1].isupper() and words[k][1:].islower() \
                and head.islower() and w.lemma(head) in MEMBERS and w.possessed(head) and not w.plural(head) \
                and _plural_noun(words[k]):
            out[k : k + 2] = ["B-ORGANISATION", "I-ORGANISATION"]
    return out


def _plural_noun(word: str) -> bool:
    """The likeliest reading is a common noun of the dictionary in the plural (әкімшіліктер; not a guess)."""
    readings = analyze(word.lower())
    return bool(readings) and readings[0].upos == "NOUN" and "Number=Plur" in readings[0].feats \
        and not readings[0].guessed


def back_references(words: Sequence[str], labels: list[str]) -> list[str]:
    """Сондықтан Министрлік мөлшерлемені төмендетеді, Фермерлер Агенттікке жазды: a body's common head noun alone,
    capitalised inside the sentence with no name of its own (no possessive: not Министрлігі after a field) is the body
    the text named before, no name (KazNERD's train + dev: Одақ, Ассамблея, Агенттік, Кеңесте alone inside a sentence
    no entity); not a state's government or its houses (Үкімет, Мәжіліс: one of each, a name), nor a quoted title."""
    out = list(labels)
    if "B-ORGANISATION" not in labels:  # most sentences
        return out
    for first, last in spans_of(labels, "ORGANISATION"):
        word = words[first]
        if last - first == 1 and first and word[:1].isupper() and word[1:].islower() \
                and words[first - 1] not in OPEN_QUOTES \
                and heads.head(word.lower()) == "org" and not word.lower().startswith(CHAMBER_STARTS) \
                and not w.possessed(word):
            out[first] = "O"
    return out


def lowercase_names(words: Sequence[str], labels: list[str]) -> list[str]:
    """ақтауға (to justify), қытай жұрты, кәсіпкерлік корпорациясының: a place, a body or a person with no capital, no
    digit and no Latin letter in it is no name, as KazNERD never writes one (train + dev: no such GPE, LOCATION or
    PERSON, 2 such ORGANISATIONs, бірыңғай зейнетақы қоры; CV folds 0 to 3: the pipeline found 9 such places and bodies,
    none right); a people's name alone so read is their NORP (қытай жұрты). Nor is a post in lower case of a body named
    by its head word alone (компаниясының басшысы, ұйымының төрағасы: KazNERD train + dev, none of its 31 lowercase
    posts holds a body's head word; its posts of one office, бас прокурор, вице-премьер министр, профессор, stay)."""
    out = list(labels)
    for first in [k for k, label in enumerate(labels) if label[0] == "B" and not words[k][:1].isupper()]:
        kind = labels[first][2:]
        if kind not in UNMARKED or _marked(words[first]):  # most names begin with a capital
            continue
        last = first + 1
        while last < len(labels) and labels[last] == "I-" + kind:
            last += 1
        if any(_marked(word) for word in words[first:last]):
            continue
        if kind in CAPITALISED:
            people = last == first + 1 and w.lemma(words[first]).lower() in PEOPLES
            out[first:last] = ["B-NORP"] if people else ["O"] * (last - first)
        elif any(heads.head(word) == "org" for word in words[first:last]):
            out[first:last] = ["O"] * (last - first)  # компаниясының басшысы: an unnamed body's post
    return out


def _marked(word: str) -> bool:
    """A word with a capital, a digit or a Latin letter: what a name of `CAPITALISED` holds somewhere."""
    return any(ch.isupper() or ch.isdigit() for ch in word) or w.latin(word)
