"""Rules for definitions as an encyclopedia writes them, "X — Y": Ертіс — Қазақстандағы ең ұзын өзен. The dash is no
part of the name, and the noun that ends the definition says what the name is (a river: a LOCATION). Each takes a
sentence's words and IOB2 labels and returns new labels, as `taldau.ner.rules` runs them.
"""
from __future__ import annotations

from collections.abc import Sequence

from taldau.morph import analyze
from taldau.ner import gazetteer, heads
from taldau.ner import words as w
from taldau.ner.canonical import NUMERIC
from taldau.ner.features import OPEN_QUOTES
from taldau.ner.labels import spans

DASHES = frozenset({"—", "–", "-"})
LONG_DASHES = frozenset({"—", "–"})  # a hyphen written apart joins a name's parts (Астана - бір)
ENDS = frozenset(".!?;")  # where a definition ends
HEAD_CLASSES = {kind: heads.LABELS[kind] for kind in ("loc", "fac", "org")}  # `heads.tsv` classes -> the name's
# Nouns a definition ends in that no name ends in (`heads.tsv` has those), lemma -> what they define
PREDICATES = {
    "қала": "GPE", "ауыл": "GPE", "кент": "GPE", "мемлекет": "GPE", "ел": "GPE", "облыс": "GPE", "аудан": "GPE",
    "орын": "LOCATION", "курорт": "LOCATION", "аймақ": "LOCATION", "өңір": "LOCATION", "жер": "LOCATION",
    "тау": "LOCATION", "көл": "LOCATION", "шың": "LOCATION", "жота": "LOCATION", "ойыс": "LOCATION",
    "жартас": "LOCATION", "үңгір": "LOCATION", "шоқы": "LOCATION", "асу": "LOCATION", "арал": "LOCATION",
}
PLACES = frozenset({"GPE", "LOCATION", "FACILITY"})  # classes of a subject the definition may correct


def bare_dashes(words: Sequence[str], labels: list[str]) -> list[str]:
    """Ертіс — Қазақстандағы, Ертіс — ұзын өзен: a name never begins or ends at a dash written apart, nor does one
    that begins a sentence go on across a long dash into lowercase words (a definition's); a name of names does
    (Алматы – Бішкек тас жолы, a road's), and so does one with a number (COVID – он тоғыз, «Бизнес – жиырма жиырма»)."""
    out = list(labels)
    if not DASHES.intersection(words):  # most sentences
        return out
    for kind, first, last in spans(labels):
        cut = next((k for k in range(first + 1, last - 1) if words[k] in LONG_DASHES and _defining(words[k + 1])), None)
        if cut is not None and kind not in NUMERIC and _starts_sentence(words, first):
            out[cut:last] = ["O"] * (last - cut)
            last = cut
        a, b = first, last
        while a < b and words[a] in DASHES:
            a += 1
        while b > a and words[b - 1] in DASHES:
            b -= 1
        if (a, b) != (first, last):
            out[first:last] = ["O"] * (last - first)
            if b > a:
                out[a:b] = [f"B-{kind}"] + [f"I-{kind}"] * (b - a - 1)
    return out


def hyphenated_names(words: Sequence[str], labels: list[str]) -> list[str]:
    """Халықаралық қазақ - түрік университеті: a hyphen written apart between two lowercase words joins them (a pair
    segmentation splits), so a name cut there goes on to the head word that ends it (университеті) when the CRF saw
    nothing but a people's or no name between; not a name its head already ended."""
    out = list(labels)
    if "-" not in words:  # most sentences
        return out
    for kind, first, last in spans(labels):
        if kind not in HEAD_CLASSES.values() or last + 1 >= len(words) or words[last] != "-" \
                or not words[last - 1][:1].islower() or not words[last + 1][:1].islower() \
                or heads.head(words[last - 1].lower()):  # (Астана банкі - ел банкі: a name ended by its head)
            continue
        end = next((k + 1 for k in range(last + 1, min(last + 1 + heads.AHEAD, len(words)))
                    if heads.head(words[k].lower()) in HEAD_CLASSES and words[k][:1].islower()), None)
        if end is not None and all(label == "O" or label.endswith("NORP") for label in out[last:end]) \
                and (end == len(out) or not out[end].startswith("I-")):
            out[last:end] = [f"I-{kind}"] * (end - last)
    return out


def _defining(word: str) -> bool:
    """A lowercase word that is no number: what a definition goes on with (ұзын, not он тоғыз)."""
    readings = analyze(word)
    return word[:1].islower() and not any(ch.isdigit() for ch in word) and not (readings and readings[0].upos == "NUM")


def _starts_sentence(words: Sequence[str], first: int) -> bool:
    """Whether only quotes or dashes come before `first`."""
    return all(word in OPEN_QUOTES or word in DASHES for word in words[:first])


def defined_subjects(words: Sequence[str], labels: list[str]) -> list[str]:
    """Бурабай — Ақмола облысындағы ең танымал демалыс орны, Ертіс — Қазақстандағы ең ұзын өзен: a capitalised
    name that begins a sentence before a dash takes the class of the noun that ends the definition (өзен: a LOCATION,
    қала: a GPE, `PREDICATES` and the head words of `heads.tsv`), whatever the CRF read it as (a person, a facility)
    or where it read none, when it may be one (`_may_be_place`); a definition by another noun (Абай — ұлы ақын) leaves
    it alone."""
    out = list(labels)
    if not DASHES.intersection(words):  # no dash: most sentences
        return out
    first = 0
    while first < len(words) and (words[first] in OPEN_QUOTES or words[first] in DASHES):
        first += 1
    dash = first + 1
    while dash < len(words) and dash - first <= 3 and words[dash] not in DASHES:
        dash += 1
    if dash >= len(words) or words[dash] not in DASHES or not words[first][:1].isupper() \
            or not _one_name(labels, first, dash):
        return out
    end = next((k for k in range(dash + 1, len(words)) if words[k] in ENDS), len(words))
    # the noun before a comma or the end: Ертіс — ең ұзын өзен, ол ...; Бурабай — облысындағы, ... маңындағы курорт
    kind = next((found for k in range(dash + 2, end + 1) if (k == end or words[k] == ",")
                 and (found := _defined_as(words[k - 1]))), "")
    if kind and _may_be_place(words[first:dash], labels[first]) and not (kind not in PLACES and (
            labels[first][2:] == "GPE" or gazetteer.match(tuple(words[first:dash])))) \
            and not (kind == "FACILITY" and labels[first][2:] in PLACES):  # Бурабай — ұлттық саябақ: a place already
        # (Семей — Абай облысының орталығы: a city the gazetteer or the CRF knows is no body its definition names)
        out[first:dash] = [f"B-{kind}"] + [f"I-{kind}"] * (dash - first - 1)
    return out


def _may_be_place(name: Sequence[str], label: str) -> bool:
    """Whether the subject may be the place or thing its definition says: a facility, a place the CRF saw; a person
    or a word it left out only when the lexicon knows it as a place name (Бурабай, Ертіс) or not at all (Жұмбақтас),
    never a pronoun (Ол — ...) or a given name alone (Айгүл); no body (Назарбаев университеті — оқу орны)."""
    kind = label[2:] if label != "O" else ""
    if kind in PLACES:
        return True
    tags = gazetteer.word_tags(name[-1])
    return "topo" in tags or kind == "" and not tags


def _one_name(labels: Sequence[str], first: int, dash: int) -> bool:
    """Whether the words before the dash are one name the CRF saw that ends there, or no entity at all."""
    if labels[dash].startswith("I-"):  # Алматы – Бішкек тас жолы: a road's name goes on across its dash
        return False
    found = spans(labels[first:dash])
    if not found:
        return dash == first + 1  # a word the CRF left out: one word only
    kind, a, b = found[0]
    return len(found) == 1 and (a, b) == (0, dash - first) and kind not in NUMERIC


def _defined_as(word: str) -> str:
    """The class a definition ending in `word` gives its subject, or "": a noun in the nominative (өзен, орны), not
    a word that modifies another (облысындағы, маңындағы курорт)."""
    if not w.cases(word) <= {"Nom"} or w.attributive(word):
        return ""
    return HEAD_CLASSES.get(heads.head(word.lower()), "") or PREDICATES.get(w.lemma(word), "")
