"""Abbreviations beside names: one defined in brackets after its name (Халықаралық валюта қоры (ХВҚ)) is that name's,
and names of capitals or of bodies joined by және, мен or a comma (ЕҚЫҰ және НАТО; облыс әкімдігі және Қазақмыс
корпорациясы) are a name each. Each rule takes a sentence's
words and IOB2 labels and returns new labels, as `taldau.ner.rules` runs them.
"""
from __future__ import annotations

from collections.abc import Sequence

from taldau.morph import abbreviation, analyze, suffixes
from taldau.morph.phonology import VOWELS
from taldau.ner import gazetteer, heads
from taldau.ner.canonical import NUMERIC
from taldau.ner.companies import LATIN_WORD
from taldau.ner.endings import split_hyphen
from taldau.ner.features import CLOSE_QUOTES
from taldau.ner.labels import spans, spans_of


def coordinated_names(words: Sequence[str], labels: list[str]) -> list[str]:
    """ИДБ және ЕҚДБ, БҰҰ, ЕҚЫҰ және НАТО, Қазақстан мен Ресей: names joined by және, мен or a comma are an entity each,
    as KazNERD labels them, where every part is an abbreviation or a place of the gazetteer in a GPE; in an
    ORGANISATION also at a coordinator after a body's head word, each part then a body or an abbreviation (Азия даму
    банкі және ЕҚДБ, Ғылым және жоғары білім министрлігі мен Оқу-ағарту министрлігі; not Білім және ғылым министрлігі,
    Солтүстік және Оңтүстік Америка; nor Ирак және Левант, an ORGANISATION)."""
    out = list(labels)
    coordinators = suffixes.coordinators()
    for kind, first, last in spans(labels):
        if last - first < 3:  # a part each side of the coordinator
            continue
        cuts = [k for k in range(first + 1, last - 1) if words[k].lower() in coordinators]
        if kind == "ORGANISATION" and not all(_abbreviation(words[a:b]) for a, b in _parts(first, cuts, last)):
            cuts = [k for k in cuts if _body_ends(words, k)]  # Ғылым және жоғары білім министрлігі | мен | ...
        parts = _parts(first, cuts, last)
        if cuts and all(_abbreviation(words[a:b]) or kind == "GPE" and gazetteer.match(tuple(words[a:b]))
                        or kind == "ORGANISATION" and (b < last or _body(words[b - 1]) or _latin(words[a:b]))
                        for a, b in parts):
            for a, b in parts:
                out[a:b] = [f"B-{kind}"] + [f"I-{kind}"] * (b - a - 1)
            for k in cuts:
                out[k] = "O"
    return out


def _parts(first: int, cuts: list[int], last: int) -> list[tuple[int, int]]:
    return list(zip([first] + [k + 1 for k in cuts], cuts + [last]))


def _body(word: str) -> bool:
    return heads.head(split_hyphen(word)[0].lower()) == "org"


def _body_ends(words: Sequence[str], k: int) -> bool:
    """A body's head word or an abbreviation ends the name before the coordinator at k and a capital begins the next
    (Азия даму банкі | және | ЕҚДБ, ЕҚДБ | және | ИДБ; not Білім | және | ғылым министрлігі)."""
    return k + 1 < len(words) and words[k + 1][:1].isupper() and (_body(words[k - 1]) or _abbreviation(words[k - 1:k]))


def _abbreviation(words: Sequence[str]) -> bool:
    """One word of capitals, with a case ending after a hyphen or none: ЕҚДБ, НАТО-ның, ҚТЖ (not Ресей, not COVID-19),
    morph's abbreviation or one spelled out, with a vowel or none (ҚТЖ, which the lexicon also holds in lower case; not
    ӘЙЕЛ in capitals)."""
    head = split_hyphen(words[0])[0] if len(words) == 1 else ""
    return len(head) > 1 and head.isalpha() and head.isupper() \
        and (any(map(abbreviation, analyze(words[0])[:1])) or sum(ch in VOWELS for ch in head.lower()) < 2)


def _latin(words: Sequence[str]) -> bool:
    """A run of capitalised Latin words, a company's name (COSCO Shipping Logistics)."""
    return all(LATIN_WORD.fullmatch(word) for word in words)


def abbreviations_read_as_places(words: Sequence[str], labels: list[str]) -> list[str]:
    """«Сарыарқа Логистикс», ҚТЖ және COSCO: a word of Cyrillic capitals alone, with a case ending after a hyphen or
    none, that the CRF read as a place (GPE) and the gazetteer names no place is a body's abbreviation, an ORGANISATION
    (KazNERD's train + dev: every abbreviation in a GPE is a place's the gazetteer holds, АҚШ; so are ҚР, ҚХР, ШҚО)."""
    out = list(labels)
    for first, last in spans_of(labels, "GPE"):
        head = split_hyphen(words[first])[0]
        if last - first == 1 and _capitals(head) and not head.isascii() \
                and gazetteer.match((words[first],)) is None:
            out[first] = "B-ORGANISATION"
    return out


# Ministries the Kazakh press names by their initials, a body of each country's government (so no canonical name of
# `bodies.tsv`): foreign affairs, internal affairs, health, emergencies, agriculture, national economy, labour and social
# protection, science and higher education, education, culture and sport, industry and infrastructure, digital development
MINISTRIES = frozenset({"СІМ", "ІІМ", "ДСМ", "ТЖМ", "АШМ", "ҰЭМ", "ЕХӘҚМ", "ҒЖБМ", "ОАМ", "МСМ", "ИИДМ", "ЦДИАӨМ"})
_MINISTRY_STARTS = frozenset(short[:2] for short in MINISTRIES)


def ministry(word: str) -> bool:
    """A ministry's initials (`MINISTRIES`), with a case ending after a hyphen or none: СІМ, ДСМ-нің."""
    return word[:2] in _MINISTRY_STARTS and split_hyphen(word)[0] in MINISTRIES


def ministries_abbreviated(words: Sequence[str], labels: list[str]) -> list[str]:
    """СІМ: Қазақстан ..., Қазақстан СІМ-і, ДСМ-нің: a ministry's initials (`MINISTRIES`), with a case ending after a
    hyphen or none, that the CRF left out or read alone as a place or a person are an ORGANISATION, as KazNERD writes a
    ministry."""
    out = list(labels)
    for k, word in enumerate(words):
        if ministry(word) and (
                out[k] == "O" or out[k][2:] in ("GPE", "PERSON", "LOCATION")
                and (k + 1 == len(out) or not out[k + 1].startswith("I-"))):
            out[k] = "B-ORGANISATION"
    return out


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


# Kazakh letters as the Russian ones they are written as in abbreviations (Каспий құбыр консорциумы: ҚҚК or ККК)
LETTER_BASES = str.maketrans("ӘҒҚҢӨҰҮҺІ", "АГКНОУУХИ")
MIN_INITIALS = 3  # ҚҚК, СІМ; two letters stand for too many names


def initials(name: Sequence[str]) -> str:
    """The capitals that abbreviate a name of these words, Kazakh letters as their Russian bases (`LETTER_BASES`):
    the first letter of each word but a coordinator's (Су ресурстары және ирригация министрлігі -> СРИМ, Каспий құбыр
    консорциумы -> ККК); "" for a name of fewer than `MIN_INITIALS` such words."""
    letters = [word.lstrip("«\"“(")[:1] for word in name if word.lower() not in suffixes.coordinators()]
    return "".join(letters).upper().translate(LETTER_BASES) if len(letters) >= MIN_INITIALS else ""


def abbreviates(short: str, name: Sequence[str]) -> bool:
    """Whether `short` may abbreviate the name of these words: it starts with the first letter of one of them (ҚТЖ for
    «Қазақстан темір жолы», ЕҰУ for атындағы Еуразия ұлттық университеті; not ҚР for Мәскеу), or it is written in
    Latin letters, an international one (IMF for Халықаралық валюта қоры)."""
    if short.isascii():
        return True
    initials = {part.lstrip("«\"“(")[:1].lower() for word in name for part in word.split()}
    return short[:1].lower() in initials
