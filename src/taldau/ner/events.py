"""Rules for events over the CRF's labels: an anniversary of a name (Абайдың 175 жылдығы), a named event by its head
word (Азия қаламгерлерінің бірінші форумы), an English name by its last word (Astana Media Week). Each takes a
sentence's words and IOB2 labels and returns new labels, as `taldau.ner.rules` runs them.
"""
from __future__ import annotations

from collections.abc import Sequence

from taldau.morph import SIMILATIVES, analyze
from taldau.ner import heads
from taldau.ner import words as w
from taldau.ner.canonical import NUMERIC
from taldau.ner.endings import split_hyphen
from taldau.ner.features import CLOSE_QUOTES, OPEN_QUOTES
from taldau.ner.labels import spans
from taldau.numbers.calendar import UNTIL
from taldau.numbers.words import read_word
from taldau.numbers.years import YEAR_CUES

ANNIVERSARY = "жылдық"  # жылдығы, жылдығына: "its anniversary", the lemma of a name's years
MAX_BETWEEN = 4  # lowercase words between an event's capitalised words and its head: басшыларының саммиті
MAX_NAME = 3  # capitalised words that begin an event's name: Орта Азия мемлекеттері
STARTS = frozenset({"GPE", "LOCATION", "NORP", "EVENT"})  # the CRF's names an event's name may begin with (Әлем |)
HOLIDAY = "мереке"  # Наурыз мерекесі: KazNERD's EVENT is the holiday's name alone
# English nouns of an event that end its name, head-final as Kazakh ones are: Astana Media Week, Google Science Fair
# (KazNERD's train + dev: Latin runs of two words or more ending in one an EVENT 3 of 3; Awards left out, ART there)
LATIN_EVENTS = frozenset({"week", "forum", "summit", "festival", "fest", "fair", "expo", "games", "cup", "championship",
                          "congress", "conference", "olympiad", "marathon"})
# a studio's, a magazine's head word, which heads.tsv does not list as a body's: Rockstar Games | студиясы
MEDIA = frozenset({"студия", "журнал"})
WAR, WORLD, HOMELAND = "соғыс", "дүниежүзілік", "Отан"  # Екінші дүниежүзілік соғыс, Ұлы Отан соғысы: wars by name
NEW, YEAR = "жаңа", "жыл"  # Жаңа жыл: the New Year holiday, or a time (жаңа жылдан бастап)
# what makes a lowercase new year the holiday: its eve, its feast, its night, seeing it in, greeting, celebrating it
HOLIDAY_CUES = ("қарсаң", "мереке", "түн", "тойла", "қарсы", "құттықта")
# a time's bound or a date's cue after it (the numbers' own): Жаңа жылдан бастап, жаңа жылға қарай, a DATE
TIME_BOUNDS = frozenset(UNTIL) | frozenset(YEAR_CUES)


def world_wars(words: Sequence[str], labels: list[str]) -> list[str]:
    """Екінші дүниежүзілік соғысқа, 2-нші дүниежүзілік соғыстан, Ұлы Отан соғысында: a world war by its ordinal (in
    words or digits) and the Patriotic War are one EVENT, whatever the CRF read in them or left out (KazNERD's train +
    dev: 9 of 9 such names an EVENT or inside a longer one, the ordinal and Ұлы inside)."""
    out = list(labels)
    for k, word in enumerate(words):
        if not (k and word.startswith(WAR) and w.lemma(word) == WAR):
            continue
        if words[k - 1] == WORLD and k > 1 and _ordinal(words[k - 2]):
            first = k - 2
        elif words[k - 1] == HOMELAND and w.possessed(word):  # Отан соғысында; not Отан соғысқа (a homeland, to war)
            first = k - 2 if k > 1 and words[k - 2] == "Ұлы" else k - 1
        else:
            continue
        if (first and out[first].startswith("I-")) or (k + 1 < len(out) and out[k + 1].startswith("I-")):
            continue  # inside a longer name: Ұлы Отан соғысындағы жеңістің 75 жылдығы
        out[first : k + 1] = ["B-EVENT"] + ["I-EVENT"] * (k - first)
    return out


def _ordinal(word: str) -> bool:
    read = read_word(word.lower())
    return read is not None and read.ordinal


def anniversaries(words: Sequence[str], labels: list[str]) -> list[str]:
    """Абайдың 175 жылдығына, «Ақ жол» партиясының он бес жылдығы, Ұлы жеңістің 75 жылдығы: a name in the genitive,
    then a number and жылдығы ("its anniversary"), is one EVENT with the number inside, as KazNERD writes it (train +
    dev: 16 of 16), which ends there (жылдығы | қарсаңындағы съезі); a common noun's anniversary (қайраткердің 80
    жылдығы) and one with a word between (алдағы 25 жылдығы) stay a DATE."""
    out = list(labels)
    for k, word in enumerate(words):
        if not word.islower() or not word.startswith(ANNIVERSARY[:-1]) or w.lemma(word) != ANNIVERSARY:
            continue
        j = k
        while j > 0 and words[j - 1][:1].isalnum() and read_word(words[j - 1]) is not None:  # not a comma
            j -= 1
        start = _owner(words, out, j - 1) if 0 < j < k and w.genitive(words[j - 1]) else None
        if start is not None:
            out[start : k + 1] = ["B-EVENT"] + ["I-EVENT"] * (k - start)
            end = k + 1
            while end < len(out) and out[end].startswith("I-"):  # жылдығы | қарсаңындағы съезі: the CRF ran on
                out[end] = "O"
                end += 1
    return out


def _owner(words: Sequence[str], labels: Sequence[str], g: int) -> int | None:
    """Where the name whose genitive is at `g` begins: the start of the CRF's name there, a capitalised word itself
    (Абайдың), or the name before a lowercase head in the genitive (Ұлы | жеңістің, «Ақ жол» | партиясының);
    None for a common noun's."""
    if labels[g] != "O":
        return None if labels[g][2:] in NUMERIC else _start(labels, g)
    if words[g][:1].isupper():
        return g
    if g == 0:
        return None
    before = g - 1
    if words[before] in CLOSE_QUOTES:
        return next((q for q in range(before - 1, -1, -1) if words[q] in OPEN_QUOTES), None)
    if labels[before] != "O":
        return None if labels[before][2:] in NUMERIC else _start(labels, before)
    return before if words[before][:1].isupper() and words[before].isalpha() else None


def _start(labels: Sequence[str], k: int) -> int:
    """The first token of the entity that holds token `k`."""
    while k > 0 and labels[k].startswith("I-"):
        k -= 1
    return k


def named_events(words: Sequence[str], labels: list[str]) -> list[str]:
    """Азия қаламгерлерінің бірінші форумы, Орта Азия мемлекеттері басшыларының саммиті, Баку саммитінің, Тұрақты даму
    мақсаттары бойынша саммит: capitalised words in the nominative (a place's or a field's, the CRF's place, its
    event cut short or none), lowercase words in no oblique case and ordinals, up to an event's head word (`heads.tsv`:
    форумы, саммиті, съезі) are one EVENT, as KazNERD writes them, where the CRF left the head out. Not a place in an
    oblique case (Астанада өткен форумда: where it is held), a genitive capitalised word (Қырғызстанның аймақаралық
    форумы: whose), a demonstrative (Бұл | Баку саммитінің), a conjunction or a word of likeness (Қытай секілді ірі
    елдердің сауда соғысы), nor a common word first in a sentence (Депутаттар | сессия өткізді)."""
    out = list(labels)
    for h, word in enumerate(words):
        if labels[h] != "O" or not _event_head(word) or h + 1 < len(words) and labels[h + 1].startswith("I-"):
            continue
        k = h - 1
        while k >= 0 and h - 1 - k < MAX_BETWEEN and labels[k] in ("O", "B-ORDINAL", "I-ORDINAL") \
                and words[k].islower() and words[k].replace("-", "").isalnum() and not w.oblique(words[k]) \
                and not _joins(words[k]):
            k -= 1
        first = k
        while first >= 0 and k - first < MAX_NAME and words[first][:1].isupper() and words[first].isalpha() \
                and (labels[first] == "O" or labels[first][2:] in STARTS) and _nominative(words[first]) \
                and not _demonstrative(words[first]) and not _joins(words[first].lower()):
            first -= 1
        first += 1
        if first <= k and labels[first] == "O" and _opening(words, first) and _common(words[first]):
            first += 1  # Депутаттар | сессия, Халықаралық ғылыми-практикалық конференция: capitalised as any first word
        if first <= k and words[first][:1].isupper() and not labels[first].startswith("I-"):
            out[first : h + 1] = ["B-EVENT"] + ["I-EVENT"] * (h - first)
    return out


def _event_head(word: str) -> bool:
    """An event's head word, lowercase, possessed or bare (форумы, саммитінің, саяси форум), no anniversary's (жылдығы)
    or holiday's (мерекесі), nor one in the attributive that modifies a noun after it (соғысындағы жеңіс)."""
    return word.islower() and heads.head(word) == "event" and (w.possessed(word) or w.cases(word) == {"Nom"}) \
        and w.lemma(word) not in (ANNIVERSARY, HOLIDAY) and not w.attributive(word)


def _joins(word: str) -> bool:
    """A conjunction or a word of likeness (және, секілді: Қытай секілді елдер compares), which joins or compares names
    and begins no event's."""
    readings = analyze(word)
    return bool(readings) and (readings[0].upos in ("CCONJ", "SCONJ") or readings[0].lemma in SIMILATIVES)


def _demonstrative(word: str) -> bool:
    """Бұл, Осы: a pronoun or a determiner, capitalised first in a sentence, that begins no event's name."""
    return any(a.upos in ("PRON", "DET") for a in analyze(word.lower())[:1])


def _nominative(word: str) -> bool:
    """A word some reading of which is in the nominative (Тұрақты, not тұрақ-ты alone), or one the dictionary does not
    read; not Қырғызстанның."""
    found = w.cases(word)
    return not found or "Nom" in found


def _opening(words: Sequence[str], k: int) -> bool:
    """Whether the word at `k` begins the sentence or follows punctuation, where any word is capitalised."""
    return k == 0 or not words[k - 1][:1].isalnum()


def _common(word: str) -> bool:
    """A word the dictionary reads first as a common one (Депутаттар, Халықаралық, Жастар), not guessed."""
    readings = analyze(word)
    return bool(readings) and not readings[0].guessed and readings[0].upos != "PROPN"


def latin_events(words: Sequence[str], labels: list[str]) -> list[str]:
    """Astana Media Week-тың, Central Asia Forum: a name of Latin words only, two or more, the last an English noun of
    an event (`LATIN_EVENTS`, before any Kazakh ending after a hyphen), is an EVENT, whatever class the CRF gave it
    (a company, by its Latin letters); not one word alone (EXPO: the event or its grounds), nor a name before a body's
    or a magazine's head word (Epic Games компаниясы, Vanity Fair журналы: a company, a magazine)."""
    out = list(labels)
    for kind, first, last in spans(labels):
        if kind != "EVENT" and kind not in NUMERIC and last - first > 1 and all(map(w.latin, words[first:last])) \
                and split_hyphen(words[last - 1])[0].lower() in LATIN_EVENTS and not _body_after(words, last):
            out[first:last] = ["B-EVENT"] + ["I-EVENT"] * (last - first - 1)
    return out


def _body_after(words: Sequence[str], k: int) -> bool:
    """The word at `k` is a body's head word (компаниясы) or a studio's, a magazine's (`MEDIA`)."""
    low = words[k].lower() if k < len(words) else ""
    return bool(low) and (heads.head(low) == "org" or w.lemma(low) in MEDIA)


def new_year(words: Sequence[str], labels: list[str]) -> list[str]:
    """Жаңа жыл қарсаңында, Жаңа жылды тойлау, жаңа жылды қарсы алу: the new year capitalised, or before a word of the
    holiday (`HOLIDAY_CUES`), is the holiday, one EVENT of the two words, whatever the CRF read there (a DATE of жыл,
    an EVENT run on over quoted speech: «Жаңа жылды бірге тойлайық»); not before a time's bound (Жаңа жылдан бастап,
    жаңа жылға дейін: a DATE), nor possessed (жаңа жылы), inside a longer name or beginning a quoted title (`_title`)
    (KazNERD's train + dev: 16 of 16 such an EVENT of the two words, the 5 before a bound or lowercase with no cue a
    DATE)."""
    out = list(labels)
    if not any(word.lower() == NEW for word in words[:-1]):  # most sentences
        return out
    for k in range(len(words) - 1):
        after = words[k + 2].lower() if k + 2 < len(words) else ""
        if words[k].lower() != NEW or not _bare_year(words[k + 1]) or after in TIME_BOUNDS \
                or labels[k].startswith("I-") or not (words[k][0].isupper() or after.startswith(HOLIDAY_CUES)) \
                or _title(words, labels, k):
            continue
        for _, first, last in spans(out):
            if first < k + 2 and k < last:  # the CRF's names on the two words go: the holiday is its own name
                out[first:last] = ["O"] * (last - first)
        out[k : k + 2] = ["B-EVENT", "I-EVENT"]
    return out


def _bare_year(word: str) -> bool:
    """жыл in lower case with a case ending or none, not possessed nor plural (жылды, жылдың; not жылы, жылдар)."""
    readings = analyze(word)
    return word.islower() and bool(readings) and readings[0].lemma == YEAR and "psor" not in readings[0].feats \
        and "Plur" not in readings[0].feats


def _title(words: Sequence[str], labels: Sequence[str], k: int) -> bool:
    """«Жаңа жыл ертегісі» атты спектакль: a name the CRF began at the new year's first word inside quotes and ran on to
    the closing quote is a title when it ends in a noun (speech quoted ends in a verb: «Жаңа жылды бірге тойлайық»)."""
    last = next((last for _, first, last in spans(labels) if first == k), 0)
    if not k or words[k - 1] not in OPEN_QUOTES or last <= k + 2 or last == len(words) or words[last] not in CLOSE_QUOTES:
        return False
    readings = analyze(words[last - 1].lower())
    return bool(readings) and readings[0].upos in ("NOUN", "PROPN")
