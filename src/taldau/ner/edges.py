"""Where a name begins and ends: words the CRF ran into a name, or cut from it, that Kazakh grammar tells apart (a
year when, a demonstrative, a pronoun, a postposition or conjunction, a body's head word bare, a place in the locative
or ablative), and where a place's name ends (the gazetteer's name, a state's form). A person's edges are in
`taldau.ner.person_edges`, a body's in `taldau.ner.body_edges`. Each rule takes a sentence's words and IOB2 labels and
returns new labels, as `taldau.ner.rules` runs them.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from taldau.cache import TESTS, WORDS
from taldau.morph import analyze
from taldau.ner import gazetteer, heads, waters
from taldau.ner import words as w
from taldau.ner.canonical import NUMERIC
from taldau.ner.chambers import CHAMBERS
from taldau.ner.features import OPEN_QUOTES, QUOTES
from taldau.ner.fields import BODIES
from taldau.ner.labels import spans, spans_of
from taldau.numbers.calendar import MONTHS
from taldau.numbers.words import read_word

DEMONSTRATIVES = frozenset({"бұл", "осы", "сол", "аталған", "мұндай", "бұндай", "осындай", "сондай"})
YEAR_ADVERB = "жылы"  # 2022 жылы: in the year
MONTH_STARTS = tuple(MONTHS)  # сәуірде, қаңтардың: a month's name begins the word (20 сәуірде: on a day)
CONJUNCTIONS = frozenset({"CCONJ", "SCONJ"})  # ал, бірақ: first in a sentence too (not Таяу Шығыс, "Near East")
PLACE_CASES = (frozenset({"Loc"}), frozenset({"Abl"}))  # a word read only so ends a name: Үкіметте, достастығынан
LOCATIVE_INSIDE = frozenset({"PERSON", "ART", "ADAGE"})  # names that may hold a locative: Таблида Қожамберлиева, titles
ADVERBS = frozenset({"ADV", "PART", "INTJ"})  # тіпті, әрине: first in a sentence, no name's first word
# Head words that are a name alone or begin one: Үкімет, Парламент Мәжілісі; Банк ЦентрКредит, Банк RBK
NAMED_ALONE = CHAMBERS | {"конгресс", "банк"}
PLACELESS = frozenset({*NUMERIC, "PERSON", "NORP", "LANGUAGE"})  # names no place begins (`longer_places`)
# A state's form, which ends its official name after the place (Иран Ислам Республикасы, Иордания Хашимит Корольдігі)
STATE_FORMS = ("республика", "корольдi", "корольді", "штат", "федерация", "конфедерация", "әмірлі", "княздi",
               "княздік", "сұлтандық")
MAX_STATE = 3  # capitalised words before a state's form: Орталық Африка | Республикасы, Иордания Хашимит | Корольдігі
STATE_PARTS = frozenset({"", "GPE", "LOCATION", "PERSON", "NORP"})  # label classes of a state's name ("" for O)


def longer_places(words: Sequence[str], labels: list[str]) -> list[str]:
    """Шығыс | Қазақстанда, Оңтүстік | Кореяға: a capitalised word left out before a place that, with it, names a longer
    place of the gazetteer (a region, not the country) joins it, also where a body's name begins with that place
    (Шығыс | Қазақстан облыстық полиция департаменті: the East Kazakhstan region's, not Kazakhstan's)."""
    out = list(labels)
    firsts = gazetteer.first_words()
    if firsts.isdisjoint(words):  # most sentences
        return out
    for kind, first, last in spans(labels):
        if first and labels[first - 1] == "O" and words[first - 1] in firsts and kind not in PLACELESS \
                and any(gazetteer.match(tuple(words[first - 1 : end])) for end in range(first + 1, last + 1)):
            out[first - 1 : last] = [f"B-{kind}"] + [f"I-{kind}"] * (last - first)
    return out


def states_by_their_form(words: Sequence[str], labels: list[str]) -> list[str]:
    """Иордания | Хашимит Корольдігі, Швейцария | конфедерациясы, Орталық Африка | Республикасы: a country's name
    (the gazetteer's, or one of its countries with words after it) that ends in a state's form is one GPE, whatever the
    CRF made of its parts; a body's words the CRF ran on after it are no name (Қырғыз Республикасы | үкімет
    басшылары: KazNERD leaves a country's body a place)."""
    out = list(labels)
    for j, word in enumerate(words):
        if not word.lower().startswith(STATE_FORMS) or not j or labels[j][2:] not in STATE_PARTS \
                or not w.possessed(word):  # Республикасы, not республикалық
            continue
        first = j
        while first > 0 and j - first < MAX_STATE and words[first - 1][:1].isupper() and words[first - 1].isalpha() \
                and labels[first - 1][2:] in STATE_PARTS and not w.oblique(words[first - 1]):
            first -= 1
        first = next((k for k in range(first, j) if w.country(words[k : j + 1]) or w.country(words[k : k + 1])), j)
        if first == j or labels[first].startswith("I-") and labels[first - 1][2:] not in ("GPE", "LOCATION"):
            continue
        while first > 0 and labels[first].startswith("I-"):
            first -= 1
        out[first : j + 1] = ["B-GPE"] + ["I-GPE"] * (j - first)
        end = j + 1
        while end < len(out) and out[end].startswith("I-"):
            out[end] = "O"
            end += 1
    return out


def years_in_names(words: Sequence[str], labels: list[str]) -> list[str]:
    """Рыбакина 2022 жылы Уимблдон турнирін, Министрлік 20 сәуірде Samsung компаниясымен: a year and жылы ("in the
    year"), or a day and a month, inside a name is when, not a part of it; the name begins after it, and the words
    before it are no part of it (KazNERD's names hold жылы only as a head, Жастар жылы, and a day and a month only
    in a DATE)."""
    out = list(labels)
    if YEAR_ADVERB not in words and not any(word.startswith(MONTH_STARTS) for word in words):
        return out  # most sentences
    for kind, first, last in spans(labels):
        k = next((k for k in range(first, last - 2) if (words[k + 1] == YEAR_ADVERB
                                                       or words[k + 1].islower() and w.lemma(words[k + 1]) in MONTHS)
                  and read_word(words[k])), None)
        if k is not None and kind not in NUMERIC:
            out[first:last] = ["O"] * (k + 2 - first) + [f"B-{kind}"] + [f"I-{kind}"] * (last - k - 3)
    return out


def demonstratives_begin_no_names(words: Sequence[str], labels: list[str]) -> list[str]:
    """Бұл партия, осы компания: a demonstrative begins no name (KazNERD's train + dev: only dates and one saying begin
    with one, осы жылы); the name, if any, starts after it."""
    out = list(labels)
    for kind, first, last in spans(labels):
        if kind not in NUMERIC and kind != "ADAGE" and words[first].lower() in DEMONSTRATIVES \
                and not (first and words[first - 1] in OPEN_QUOTES):  # «Сол жақ» газеті: a quoted name
            out[first] = "O"
            if last > first + 1:
                out[first + 1] = f"B-{kind}"
    return out


def words_begin_no_names(words: Sequence[str], labels: list[str]) -> list[str]:
    """Words that begin no name, which the name, if any, starts after:
    - a postposition written lowercase (Бұл туралы | қор басқармасының төрағасы; KazNERD's train + dev: none of 2,500
      begins one), a conjunction lowercase or first in a sentence (Ал | Amanat партиясы; Таяу Шығыс stays), a word
      first in a sentence that the dictionary reads as an adverb or a particle and as nothing else of its own (Тіпті |
      партия; KazNERD: of 758 such words first, none begins a name but a date's, a time's or a saying's);
    - an organisation's head word bare (no possessive, no case, singular) before a capitalised word, lowercase or first
      in a sentence, where every word is capitalised: "the agency" the sentence speaks of (Агенттік | Астана
      халықаралық қаржы орталығымен, министрлік | Азия даму банкімен; KazNERD: Компания | Атырау); not a state's own
      body named so alone (Парламент Мәжілісінің, Үкімет) nor a bank's name (Банк ЦентрКредит);
    - a plural common noun first in a sentence before a lowercase word (`_plural_noun`: Өтінімдер | электрондық үкімет)."""
    out = list(labels)
    for kind, first, last in spans(labels):
        word = words[first]
        opening = first == 0 or not words[first - 1][:1].isalnum()
        if not (word.islower() or opening and word[1:].islower()) or kind in NUMERIC:
            continue
        role = _opener(word)
        if role == "conjunction" or role == "postposition" and word.islower() or role == "adverb" and first == 0 \
                and kind != "ADAGE":
            out[first] = "O"
            if last > first + 1:
                out[first + 1] = f"B-{kind}"
        elif role == "head" and last - first > 1 and words[first + 1][:1].isupper():
            rest = "GPE" if gazetteer.match(tuple(words[first + 1 : last])) else kind
            out[first:last] = ["O", f"B-{rest}"] + [f"I-{rest}"] * (last - first - 2)
        elif first == 0 and kind == "ORGANISATION" and last > 2 and words[1].islower() and _plural_noun(word):
            out[:2] = ["O", "B-ORGANISATION"]  # Өтінімдер | электрондық үкімет порталы арқылы
    return out


def _plural_noun(word: str) -> bool:
    """A common noun in the plural and the nominative, possessed by no one (Өтінімдер, Құжаттар): first in a sentence
    before a lowercase word, the sentence's subject, no body's name (KazNERD's train: 0 of 134 such words begin an
    ORGANISATION)."""
    readings = analyze(word.lower())
    return bool(readings) and readings[0].upos == "NOUN" and "Number=Plur" in readings[0].feats \
        and "Case=Nom" in readings[0].feats and "Person[psor]" not in readings[0].feats \
        and not any("Gender=" in a.feats for a in readings)


@lru_cache(maxsize=WORDS)
def _opener(word: str) -> str:
    """What the word is, of the words that begin no name: "postposition" or "conjunction" where the word itself is one
    in the dictionary (туралы, жөнінде, ал; not жөн-і-нде, a noun's form only), "head" for a bare organisation's head
    word (`_heads_bodies`), else ""."""
    low = word.lower()
    readings = analyze(low)
    if any(a.upos == "ADP" and a.lemma == low for a in readings):
        return "postposition"
    if any(a.upos in CONJUNCTIONS and a.lemma == low for a in readings):
        return "conjunction"
    if readings and readings[0].upos in ADVERBS and readings[0].lemma == low and not readings[0].guessed \
            and not any(a.lemma == low and a.upos not in ADVERBS for a in readings):
        return "adverb"  # тіпті (its тіп- reading a noun's form only), not жаңа, also an adjective
    bare = bool(readings) and readings[0].upos == "NOUN" and readings[0].feats == "Case=Nom"
    return "head" if bare and readings[0].lemma not in NAMED_ALONE and _heads_bodies(readings[0].lemma) else ""


@lru_cache(maxsize=1024)
def _heads_bodies(lemma: str) -> bool:
    """The lemma is an organisation's head word of `heads.tsv`, itself or less the one letter of its possessive there
    (қор of қоры, a stem the table lists possessed so as not to match қорғау)."""
    return heads.head(lemma) == "org" or any(
        kind == "org" and len(stem) == len(lemma) + 1 and stem.startswith(lemma) for stem, kind in heads.table().items())


def places_end_at_their_name(words: Sequence[str], labels: list[str]) -> list[str]:
    """Анкара | Орта дәлізді: a place's name ends where the gazetteer's does, before a capitalised word that makes no
    longer place (KazNERD's seven such GPEs of train + dev all end in a state's form: Иран Ислам Республикасы)."""
    out = list(labels)
    for kind, first, last in spans(labels):
        if kind != "GPE" or last - first < 2 or gazetteer.match(tuple(words[first:last])) \
                or words[last - 1].lower().startswith(STATE_FORMS):
            continue
        k = next((k for k in range(last - 1, first, -1) if gazetteer.match(tuple(words[first:k]))), None)
        if k is not None and words[k][:1].isupper():
            out[k:last] = ["O"] * (last - k)
    return out


def countries_before_bodies(words: Sequence[str], labels: list[str]) -> list[str]:
    """Қазақстан | Қауіпсіздік Кеңесін кеңейтуді қолдайды, Грузия | Еуропа Кеңесіне енді: a country in the nominative
    that begins an ORGANISATION before two capitalised words or more, a name of their own, is the country that acts on
    the body, not its name's part (KazNERD's train + dev: never one ORGANISATION, while a country's own body is named
    with a lowercase word or one head word, Қазақстан халқы Ассамблеясы, Қазақстан Үкіметі, and a state's form makes
    one place, Қытай Халық Республикасы)."""
    out = list(labels)
    for first, last in spans_of(labels, "ORGANISATION"):
        rest = words[first + 1 : last]
        if len(rest) < 2 or not w.country(words[first : first + 1]) or w.cases(words[first]) - {"Nom"} \
                or not all(word[:1].isupper() and word[1:2].islower() for word in rest) \
                or rest[0].lower().startswith(STATE_FORMS) or w.lemma(rest[0]) in NAMED_ALONE:
            continue
        out[first : first + 2] = ["B-GPE", "B-ORGANISATION"]
    return out


def demonstratives_end_names(words: Sequence[str], labels: list[str]) -> list[str]:
    """Ресей | бұл одаққа кірмек, Қазақстан | осы ұйымға: a demonstrative inside a name ends it (KazNERD's train + dev:
    none inside a name but a date's, дәл осы күні); a place of the gazetteer before it is a GPE, and what follows it
    is a name of its own only from a capitalised word on (бұл одаққа: the union the text spoke of, no name)."""
    out = list(labels)
    for kind, first, last in spans(labels):
        k = next((k for k in range(first + 1, last) if words[k].lower() in DEMONSTRATIVES), None)
        if k is None or kind in NUMERIC or kind == "ADAGE":
            continue
        if gazetteer.match(tuple(words[first:k])):
            out[first:k] = ["B-GPE"] + ["I-GPE"] * (k - first - 1)
        rest = next((j for j in range(k + 1, last) if words[j][:1].isupper()), last)
        out[k:rest] = ["O"] * (rest - k)
        if rest < last:
            out[rest] = f"B-{kind}"
    return out


def pronouns_are_no_names(words: Sequence[str], labels: list[str]) -> list[str]:
    """Біздің партия, Олар келді: a word the analyser reads first as a pronoun is no name of its own, capitalised or
    not (the CRF takes a capitalised one before a body's noun for a body)."""
    out = list(labels)
    for _, first, last in spans(labels):
        if last - first == 1 and _pronoun(words[first]):
            out[first] = "O"
    return out


@lru_cache(maxsize=TESTS)  # asked of one-word names only
def _pronoun(word: str) -> bool:
    readings = analyze(word.lower())[:1]
    return bool(readings) and readings[0].upos == "PRON"


def names_end_at_place_cases(words: Sequence[str], labels: list[str]) -> list[str]:
    """Мәжілісте | Сауда және интеграция вице-министрі, Ақордада | арнайы кеңес өтті, Достастығынан |
    байқаушылар: a name outside quotes ends at a word in the locative (-да, -те: where; not -дағы, which makes a place
    part of a longer name) or the ablative (-дан, -нен: from where), as KazNERD writes names (train + dev: 1 of its
    names outside quotes, not a person's, holds such a word before its last, a stutter); the words after it are a name
    of their own where they begin with a capital and end in a body's or a title's head word (`heads.tsv`), of its
    class; those up to it that name a place of the gazetteer or a water are that place (Павлодарда | облыс әкімінің
    орынбасары, Амудариядан | су алатын канал)."""
    out = list(labels)
    if not any(label[:1] == "I" for label in labels):  # no name of two words or more: most sentences
        return out
    for kind, first, last in spans(labels):
        if last - first < 2 or kind in NUMERIC or kind in LOCATIVE_INSIDE or any(word in QUOTES for word in words[first:last]):
            continue
        k = next((k for k in range(first, last - 1) if w.cases(words[k]) in PLACE_CASES and not w.attributive(words[k])),
                 None)
        if k is None:
            continue
        out[k + 1 : last] = ["O"] * (last - k - 1)
        before = words[first : k + 1]
        place = "GPE" if gazetteer.match(tuple(before)) else "LOCATION" if waters.named(before) else None
        if kind not in ("GPE", "LOCATION") and place:
            out[first : k + 1] = [f"B-{place}"] + [f"I-{place}"] * (k - first)
        named = BODIES.get(heads.head(words[last - 1].lower().rsplit("-", 1)[-1]) or "")  # вице-министрі
        if named and words[k + 1][:1].isupper():
            out[k + 1 : last] = [f"B-{named}"] + [f"I-{named}"] * (last - k - 2)
    return out
