"""Companies by how their name is written, which KazNERD's transcribed speech hardly shows the CRF: a name in Latin
letters alone (Shell, ExxonMobil, Eni), a word-like name in Cyrillic capitals (КАМАЗ, ЛУКОЙЛ, КЕГОК). Each rule takes a
sentence's words and IOB2 labels and returns new labels, as `taldau.ner.rules` runs them.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from taldau.morph import analyze, suffixes
from taldau.morph.phonology import VOWELS
from taldau.ner import diseases, gazetteer, heads
from taldau.ner import words as w
from taldau.ner.canonical import NUMERIC
from taldau.ner.chambers import CHAMBER_STARTS
from taldau.ner.endings import split_hyphen, strip_case
from taldau.ner.features import CLOSE_QUOTES, OPEN_QUOTES
from taldau.ner.labels import spans, spans_of
from taldau.ner.written import LIKE, past_listed
from taldau.numbers.words import read_word

# A Latin name's word, with a case ending after a hyphen or none: Shell, ExxonMobil, TotalEnergies, Shell-ге
LATIN_WORD = re.compile(rf"[{w.LATIN_CAPITALS}][{w.LATIN_LETTERS}0-9&'.]*[{w.LATIN_LETTERS}0-9](?:-[а-яәғқңөұүһі]+)?")
# What the CRF makes of a Latin company alone: a place or a person (KazNERD's train + dev: of 177 capitalised Latin
# words, 93 are inside an ORGANISATION, none a GPE, a LOCATION or a PERSON)
LATIN_MISREADINGS = frozenset({"GPE", "LOCATION", "PERSON"})
BODY_MISREADINGS = frozenset({"FACILITY", "EVENT"})  # Steppe Bank-пен read as an event: a bank is no event
# English words that end an event's name (Steppe Media Week, Nomad Finance Days): such a run is an EVENT, no company
EVENT_WORDS = frozenset({"Week", "Days", "Forum", "Festival", "Summit", "Expo", "Cup", "Games", "Championship",
                         "Conference", "Marathon", "Awards"})
# English words that say a Latin name is a body's (Kaspi Bank, TAV Airports, Steppe News Service): such a name is no
# person's nor a building's, whatever the CRF read (KazNERD's train + dev: no capitalised Latin word in a PERSON)
DESIGNATORS = frozenset({
    "Agency", "Airlines", "Airports", "Airways", "Association", "Bank", "Capital", "College", "Company", "Corp",
    "Corporation", "Council", "Energy", "Exchange", "Foundation", "Fund", "Group", "Holding", "Holdings", "Inc",
    "Industries", "Institute", "Investments", "LLC", "Logistics", "Ltd", "Media", "Metals", "Mining", "Motors", "News",
    "Partners", "Petroleum", "Resources", "Service", "Services", "Systems", "Technologies", "University",
})
MIN_LETTERS = 4  # СМС, БАҚ, ЖІӨ, SMS, PhD: a short run of capitals is a common abbreviation (KazNERD: all such left out)
LEGAL_FORMS = frozenset({  # forms of a company; ҰК, ҰАК: a national (atomic) company, often before АҚ; МКК, КМК,
    # РМК: a state enterprise of the town's, the republic's (мемлекеттік коммуналдық кәсіпорын)
    "ЖШС", "АҚ", "ЖАҚ", "ААҚ", "ЖК", "ШҚ", "ҰК", "ҰАК", "ТОО", "АО", "ОАО", "ЗАО", "ООО", "МКК", "КМК", "РМК"})
MAX_QUOTED = 4  # words of a quoted company's name the CRF left out («Тұрғын үй құрылыс банкі» АҚ)
ROMAN = re.compile(r"[IVXLCDM]+")  # a Roman numeral (ХХХ in Cyrillic letters reaches the rules as XXX)
MIN_VOWELS = 2  # КАМАЗ, ЛУКОЙЛ, КЕГОК are read as words; ЖШС, ҚМГ are spelled out, initials of a name of words


def latin_companies(words: Sequence[str], labels: list[str]) -> list[str]:
    """Eni мен Shell жобаны қолдайды, ExxonMobil бұл нұсқаны қолдамайды: a run of capitalised Latin words that is a
    name alone, where the CRF read a place or a person or saw no name, is a company: an ORGANISATION (what else such a
    run is, a product's name with its model or a programme's, has its own rule, `written.products`). Not a short
    abbreviation left out (SMS, PhD), nor a person's full name the CRF found (Donald Trump), nor the name of a thing
    its noun says (Python тілі, Python сияқты тілдер, Clockster жобасы), nor a quoted title, nor the end of a
    hyphenated word (e-Halyk), nor a Latin place of the gazetteer. A company the CRF found from the run's second word
    on begins with the run (Air Astana, not Astana). A run with a body's English word after its first (`DESIGNATORS`:
    Kaspi Bank, TAV Airports) is a company also where the CRF read a person, a building or an event in part of it, and
    whatever noun follows it (Mitsubishi Heavy Industries тобына: the group it heads); a run ending in an event's
    English word (`EVENT_WORDS`: Steppe Media Week) is an EVENT. A run of two words or more with letters beyond ASCII
    the CRF left out is a company only before a body's head word or a legal form: the CRF, which reads the ASCII
    spelling as a person's (Ozgur Ozel), does not know the marked one (Özgür Özel). A Latin word joined by a hyphen to
    a Kazakh common noun is a compound, no company (`_compound`: IT-сфераға, call-орталығы)."""
    out = list(labels)
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and LATIN_WORD.fullmatch(words[j]):
            j += 1
        if j == i:
            i += 1
            continue
        inner = next((k for k in range(i + 1, j) if out[k] == "B-ORGANISATION"), None)
        if inner is not None and all(label == "O" for label in out[i:inner]):  # Air | Astana әуе компаниясы
            out[i:inner + 1] = ["B-ORGANISATION"] + ["I-ORGANISATION"] * (inner - i)
        designated = any(split_hyphen(word)[0] in DESIGNATORS for word in words[i + 1 : j])
        if (_alone(out, i, j) or designated and _within(out, i, j)) and not (j - i == 1 and _compound(words[i])) \
                and {label[2:] for label in out[i:j]} <= LATIN_MISREADINGS | {""} | (BODY_MISREADINGS if designated else set()) \
                and not (i and (words[i - 1] in OPEN_QUOTES or words[i - 1][-1:] == "-")) \
                and not gazetteer.match(tuple(words[i:j])) and (designated or not _names_a_thing(words, j)) \
                and (out[i] != "O" or j - i > 1 or _word_like(split_hyphen(words[i])[0])) \
                and not (j - i > 1 and out[i] == "B-PERSON" and not designated) \
                and not (j - i > 1 and out[i] == "O" and not designated and not all(map(str.isascii, words[i:j]))
                         and not _body_next(words, j)):  # Özgür Özel: a person's the CRF misses in marked letters
            kind = "EVENT" if split_hyphen(words[j - 1])[0] in EVENT_WORDS else "ORGANISATION"
            out[i:j] = [f"B-{kind}"] + [f"I-{kind}"] * (j - i - 1)
        i = j
    return out


def _body_next(words: Sequence[str], j: int) -> bool:
    """The word at `j` is a body's head word (компаниясы, партиясы) or a legal form (ЖШС)."""
    return j < len(words) and (words[j] in LEGAL_FORMS or heads.head(words[j].lower()) == "org")


def latin_names_end(words: Sequence[str], labels: list[str]) -> list[str]:
    """Seoul National University Hospital | клиникасы, Goldman Sachs | инвестициялық банкімен: a name that begins in
    Latin letters ends at its last Latin word, before the Kazakh noun that says what it is (KazNERD's train + dev: of 55
    organisations and 7 events that begin so, none goes on into a lowercase Kazakh word; only a position does,
    Bloomberg компаниясының директоры, and a number read out, COVID – он тоғыз); a coordinator between two Latin
    names (Nomad Media және Steppe News Service) parts them, a name each. Not a name whose first word has a letter
    beyond ASCII, which may be a Kazakh one in the 2021 alphabet that goes on into its Kazakh words as KazNERD writes
    it (Nūr Otan партиясы Түркістан облыстық филиалы, 1 of 1)."""
    out = list(labels)
    coordinators = suffixes.coordinators()
    for kind, first, last in spans(labels):
        if kind == "POSITION" or kind in NUMERIC or not LATIN_WORD.fullmatch(words[first]) or not words[first].isascii():
            continue
        end = next((k for k in range(first + 1, last) if _kazakh_word(words[k])), last)
        while end + 1 < last and words[end].lower() in coordinators and LATIN_WORD.fullmatch(words[end + 1]):
            out[end : end + 2] = ["O", f"B-{kind}"]  # Nomad Media | және | Steppe News Service: a name each
            end = next((k for k in range(end + 2, last) if _kazakh_word(words[k])), last)
        out[end:last] = ["O"] * (last - end)
    return out


def latin_names_begin(words: Sequence[str], labels: list[str]) -> list[str]:
    """Үкімет | Eni компаниясымен, Қазақстан | Chevron компаниясымен: a body's name runs from Cyrillic words into a
    capitalised Latin one only inside quotes (KazNERD's train + dev: of 20 such pairs of words, one inside a name,
    «Жастар TIME»); elsewhere the Latin word begins a company of its own, and the words before it are a place the
    gazetteer knows, the body they name, or a body's bare word that names none (Министрлік, as KazNERD leaves it). The
    company ends at its last Latin word, as `latin_names_end` ends one (Қытайдың | LONGi | корпорациясы)."""
    out = list(labels)
    for kind, first, last in spans(labels):
        if kind != "ORGANISATION" or (first and words[first - 1] in OPEN_QUOTES) or w.latin(words[first]):
            continue
        k = next((k for k in range(first + 1, last) if LATIN_WORD.fullmatch(words[k])
                  and words[k - 1].isalpha() and not w.latin(words[k - 1])), None)
        if k is None or ROMAN.fullmatch(words[k]) or words[k].isupper() and len(words[k]) < MIN_LETTERS:
            continue  # (Ассамблеясының ХХХ сессиясы, Ұлттық банк IT: a numeral, a common abbreviation, no company)
        end = k - (words[k - 1].lower() in suffixes.coordinators())  # ҚТЖ | және | COSCO: two names
        if end == first:
            continue
        place = gazetteer.match(tuple(words[first:end]))
        name = "GPE" if place and len(place[0]) == end - first else kind
        if end - first == 1 and name != "GPE" and heads.head(words[first].lower()) \
                and not words[first].lower().startswith(CHAMBER_STARTS):
            name = ""  # Министрлік | Eni компаниясымен: a body's bare word (KazNERD: O) but Үкімет, Парламент
        before = [f"B-{name}"] + [f"I-{name}"] * (end - first - 1) if name else ["O"] * (end - first)
        out[first:k] = before + ["O"] * (k - end)
        own = next((j for j in range(k + 1, last) if _kazakh_word(words[j])), last)
        out[k:last] = ["B-ORGANISATION"] + ["I-ORGANISATION"] * (own - k - 1) + ["O"] * (last - own)
    return out


def _kazakh_word(word: str) -> bool:
    """A lowercase word in Cyrillic letters that is no number read out (клиникасы, not жүз of Superjet жүз)."""
    return word.isalpha() and word.islower() and not word.isascii() and read_word(word) is None


def latin_names_no_titles(words: Sequence[str], labels: list[str]) -> list[str]:
    """Үндістанның IndiGo | компаниясы: a POSITION that holds no title's head word (`heads.tsv`) but a run of Latin
    words is a company, the ORGANISATION, after its country in the genitive, a GPE (KazNERD's train + dev: no POSITION
    without a title's head holds a Latin word)."""
    out = list(labels)
    for first, last in spans_of(labels, "POSITION"):
        latin = [k for k in range(first, last) if LATIN_WORD.fullmatch(words[k])]
        if not latin or any(heads.head(word.lower().rsplit("-", 1)[-1]) == "pos" for word in words[first:last]):
            continue
        start, end = latin[0], latin[-1] + 1
        out[first:last] = ["O"] * (last - first)
        out[start:end] = ["B-ORGANISATION"] + ["I-ORGANISATION"] * (end - start - 1)
        if start > first and w.country(words[first:start]):
            out[first:start] = ["B-GPE"] + ["I-GPE"] * (start - first - 1)
    return out


def _compound(word: str) -> bool:
    """IT-сфераға, IT-мамандарды, call-орталығына: the part after the hyphen is a common noun of the lexicon (not an
    ending: Boeing-тың, Twitter-інен, Hyundai-лерді), the Latin word its modifier: a field, a trade, a kind of office.
    KazNERD's train + dev: 1 of 10 such words an ORGANISATION (IT-кеңес), the others no name or a thing's or a place's."""
    latin, _, tail = word.partition("-")
    if not (latin and tail) or split_hyphen(word)[1]:
        return False
    return any(a.upos == "NOUN" and "noun" in gazetteer.word_tags(a.lemma) for a in analyze(tail.lower()))


def _names_a_thing(words: Sequence[str], end: int) -> bool:
    """The Latin name ending at `end`, alone or listed (Python, Java сияқты), is followed by a lowercase noun that is
    no body's head word, possessed (Python тілі: its name) or after сияқты ("such as"): the name is of that thing."""
    k = past_listed(words, end, LATIN_WORD)
    like = k < len(words) and words[k] == LIKE
    k += like
    return k < len(words) and words[k].isalpha() and words[k].islower() and heads.head(w.lemma(words[k])) != "org" \
        and (like or w.possessed(words[k]))


def legal_forms(words: Sequence[str], labels: list[str]) -> list[str]:
    """«Сарыарқа Мыс» ЖШС-ның, «Береке» АҚ: a name before the abbreviation of a company's legal form is a company's,
    whatever else the CRF read it as (a plant, a place), and ends at its closing quote where the CRF ran it on over the
    form into the next phrase («Сарыарқа Мыс» ЖШС-ның | Оңтүстік кенішінде). The forms after a quoted name are no
    name of their own, nor the start of the next one («QazaqGaz» ҰК АҚ | Бейнеу – Бозой газ құбыры), nor with the
    lowercase phrase after them that ends in no body's head word («Береке» АҚ | аудандық ауруханаға). A quoted name
    the CRF left out before a form is one too, common nouns though its words be («Отбасы банк» АҚ: a family, a bank);
    a post of two words or more after the form is a POSITION of its own («Береке» АҚ басқарма төрағасы, where the CRF
    ran the company and the post together); a post of one word is none (KazNERD never has a bare директоры as one:
    «Береке» ЖШС-нің директоры). KazNERD has no quoted name before a form: our convention, the forms outside the
    name."""
    out = _left_out(words, labels)
    for kind, first, last in spans(out):
        if kind in NUMERIC:
            continue
        lead = first
        while lead < last and first > 0 and words[first - 1] in CLOSE_QUOTES \
                and split_hyphen(words[lead])[0] in LEGAL_FORMS:
            lead += 1
        if lead > first and (lead == last or words[lead][:1].isupper()):  # not «X» АҚ ұлттық әл-ауқат қоры: X itself
            out[first:lead] = ["O"] * (lead - first)
            if lead < last:
                out[lead] = f"B-{kind}"
            continue
        if lead > first and all(word.islower() for word in words[lead:last]) \
                and heads.head(words[last - 1].lower()) != "org":  # «X» АҚ | аудандық ауруханаға: the next phrase
            out[first:last] = ["O"] * (last - first)
            continue
        inner = next((k for k in range(first + 1, last) if _before_form(words, k)), None)
        if inner is not None:
            out[first:last] = ["B-ORGANISATION"] + ["I-ORGANISATION"] * (inner - first - 1) + ["O"] * (last - inner)
            post = inner + 2  # the words after » and the form: басқарма төрағасы
            if kind == "POSITION" and last - post > 1 and heads.head(words[last - 1].lower()) == "pos" \
                    and all(word.islower() for word in words[post:last]):
                out[post:last] = ["B-POSITION"] + ["I-POSITION"] * (last - post - 1)
            continue
        k = last + (last < len(words) and words[last] in CLOSE_QUOTES)
        if kind != "ORGANISATION" and k < len(words) and split_hyphen(words[k])[0] in LEGAL_FORMS:
            out[first:last] = ["B-ORGANISATION"] + ["I-ORGANISATION"] * (last - first - 1)
    return out


def _left_out(words: Sequence[str], labels: list[str]) -> list[str]:
    """An ORGANISATION of each quoted name the CRF left out, up to MAX_QUOTED words, its first one capitalised, right
    before a legal form's abbreviation: «Отбасы банк» АҚ; and of one it cut into names of two classes, whatever it ran
    the last one on into after the form («Тұран | Телеком» ЖШС директоры: a place and a post)."""
    out = list(labels)
    for k in range(2, len(words) - 1):
        if not _before_form(words, k):
            continue
        start = next((j for j in range(k - 1, max(k - 2 - MAX_QUOTED, -1), -1) if words[j] in OPEN_QUOTES), None)
        if start is None or start + 1 >= k or not words[start + 1][:1].isupper() or out[start] != "O":
            continue
        split = sum(label.startswith("B-") for label in out[start + 1 : k]) > 1
        if split or all(label == "O" for label in out[start : k + 2]):
            out[start + 1 : k] = ["B-ORGANISATION"] + ["I-ORGANISATION"] * (k - start - 2)
            while k < len(out) and out[k].startswith("I-"):  # » ЖШС директоры: the run the CRF began inside
                out[k] = "O"
                k += 1
    return out


def _before_form(words: Sequence[str], k: int) -> bool:
    """The word at `k` closes a quoted name, and a legal form's abbreviation follows it: » ЖШС-ның."""
    return words[k] in CLOSE_QUOTES and k + 1 < len(words) and split_hyphen(words[k + 1])[0] in LEGAL_FORMS


def capital_companies(words: Sequence[str], labels: list[str]) -> list[str]:
    """КАМАЗ жаңа зауыт салды, ЛУКОЙЛ-мен келісті: a word-like name in Cyrillic capitals (MIN_LETTERS letters, MIN_VOWELS
    vowels) that the CRF left out of every name, read alone as a disease `diseases.tsv` does not name (as it reads
    АИТВ, ЖИТС), or read as a person's first word (no person's name is written in capitals), and that names no place,
    is no common word and modifies no word after it, is an ORGANISATION (KazNERD's train + dev: every such word is a
    name, an ORGANISATION 15 times of 25, else КОВИД and ЭКСПО, never a PERSON)."""
    out = list(labels)
    for k, word in enumerate(words):
        name = split_hyphen(word)[0]
        if (out[k] == "O" or out[k] == "B-PERSON" or _unknown_disease(words, out, k)) and name.isalpha() \
                and name.isupper() and not name.isascii() and _word_like(name) and not gazetteer.match((word,)) \
                and not _common_word(name) and not _modifies_next(words, k):
            end = k + 1
            while out[k] == "B-PERSON" and end < len(out) and out[end] == "I-PERSON":
                out[end] = "O"  # ЛУКОЙЛ | Қаламқас: no person's name is written in capitals, nor goes on after one
                end += 1
            out[k] = "B-ORGANISATION"
    return out


def _unknown_disease(words: Sequence[str], labels: Sequence[str], k: int) -> bool:
    """The CRF read the word at `k` alone as a disease, and `diseases.tsv` names none so (КАМАЗ, not КОВИД-пен)."""
    return labels[k] == "B-DISEASE" and (k + 1 == len(labels) or not labels[k + 1].startswith("I-")) \
        and not any(form in diseases.table() for form in strip_case(words[k].lower()))


def _alone(labels: Sequence[str], first: int, end: int) -> bool:
    """[first, end) is no name's part: no name at all, or one name of its own that begins and ends there."""
    if labels[first].startswith("I-") or end < len(labels) and labels[end].startswith("I-"):
        return False
    return all(label == "O" for label in labels[first:end]) or labels[first].startswith("B-") \
        and all(label == "I-" + labels[first][2:] for label in labels[first + 1 : end])


def _within(labels: Sequence[str], first: int, end: int) -> bool:
    """No name runs into [first, end) from before it or on from it after: TAV | Airports may hold a name of its own."""
    return not labels[first].startswith("I-") and not (end < len(labels) and labels[end].startswith("I-"))


def _word_like(name: str) -> bool:
    """A name read as a word, not spelled out: MIN_LETTERS letters or more and MIN_VOWELS vowels or more in capitals,
    or a capital and lower case letters (Shell, ExxonMobil; of three letters only one capital: Eni, not PhD)."""
    letters = [ch for ch in name if ch.isalpha()]
    if any(ch.islower() for ch in letters):
        return len(letters) >= MIN_LETTERS or len(letters) == 3 and name[1:].islower()
    vowels = VOWELS | {"у"} | set("aeiouy")  # у a vowel here, as the name is read: ЛУКОЙЛ
    return len(letters) >= MIN_LETTERS and sum(ch.lower() in vowels for ch in letters) >= MIN_VOWELS


def _modifies_next(words: Sequence[str], k: int) -> bool:
    """The word at `k` stands bare before a lowercase word in a case and in no nominative, which it modifies as a
    word written in capitals for emphasis does (ОФЛАЙН оқытуды); a name stands before a verb or a nominative (КАМАЗ
    жүк көліктерінің)."""
    if k + 1 >= len(words) or "-" in words[k] or not words[k + 1].islower():
        return False
    found = w.cases(words[k + 1])
    return bool(found) and "Nom" not in found


def _common_word(name: str) -> bool:
    """The likeliest reading is a common word's the dictionary knows, written in capitals (ЖАҢАЛЫҚ, ОФЛАЙН)."""
    readings = analyze(name)
    return bool(readings) and not readings[0].guessed and readings[0].lemma.islower()
