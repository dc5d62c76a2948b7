"""Russian and English sentences inside Kazakh text: the Kazakh model is not run on them, and the gazetteer's places
are their only entities (России, Казахстана, Kazakhstan)."""
from __future__ import annotations

from collections.abc import Sequence

from taldau.doc import Token
from taldau.ner import gazetteer

FOREIGN = frozenset({"ru", "en"})  # Sentence.lang values the Kazakh model is not run on
RUSSIAN_CASES = ("ом", "ем", "ой", "ей", "ою", "а", "я", "у", "ю", "е", "ы", "и")


def read_as_foreign(tokens: Sequence[Token]) -> bool:
    """taldau.morph gave every word of the sentence a Foreign=Yes reading (it decides what langid's label is worth)."""
    words = [t for t in tokens if t.norm[:1].isalpha()]
    return bool(words) and all("Foreign=Yes" in (t.feats or "") for t in words)


def russian_forms(word: str) -> list[str]:
    """The word and its nominatives by Russian case endings: России -> Россия, Москве -> Москва, Казахстана -> Казахстан."""
    out = [word]
    for ending in RUSSIAN_CASES:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            out += [stem, stem + "а", stem + "я"]
    return out


def places(words: Sequence[str]) -> list[tuple[int, int, gazetteer.Place]]:
    """(first, last+1, place) of the gazetteer's places in a Russian or English sentence (России, Казахстана):
    the Kazakh model would read its words as Kazakh names, so these are its only entities. A place with a Kazakh
    ending is one too (Нью-Делиге: a short Kazakh sentence of foreign words that langid took for Russian)."""
    table = gazetteer.places()
    out = []
    i = 0
    while i < len(words):
        for size in range(min(gazetteer.MAX_WORDS, len(words) - i), 0, -1):
            head = tuple(words[i : i + size - 1])
            place = next((table[head + (f,)] for f in russian_forms(words[i + size - 1]) if head + (f,) in table), None)
            if place is None and words[i][:1].isupper() and (found := gazetteer.match(tuple(words[i : i + size]))):
                place = found[1]
            if place:
                out.append((i, i + size, place))
                i += size - 1
                break
        i += 1
    return out
