"""What a sentence is indexed under, and what a query asks for: lemmas in three columns.

`chosen` holds the lemma of the reading chosen in context, one per word in order (so a "phrase" is a
phrase of chosen lemmas); `other` the other readings' lemmas (an ambiguous word is still found, ranked
lower), one group per word joined by | ("|" for none); `latin` each chosen lemma in Latin letters without
diacritics (мұнай -> munai), so a query typed on a Latin keyboard without Kazakh letters (munai,
qazaqstan) finds the Cyrillic lemma. The three stay aligned word by word, so a hit's words are marked
from them without analysing the sentence again.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from taldau.doc import Token

WEIGHTS = (10.0, 1.0, 1.0)  # BM25 weight of a match in chosen, other, latin; set before measuring, not tuned
_LATIN = re.compile(r"[A-Za-z]")
_PHRASE = re.compile(r'"([^"]*)"|(\S+)')


def lemmas(token: Token) -> list[str]:
    """Every distinct lemma of a word, the chosen reading's first, lower-cased; a word without readings
    stands for itself."""
    found = [a.lemma.lower() for a in token.analyses] or [token.norm.lower()]
    return list(dict.fromkeys(found))


@lru_cache(maxsize=65_536)
def latin_key(lemma: str) -> str:
    """A lemma in the 2021 Latin alphabet, lower-case, diacritics and the dotless ı folded: мұнай -> munai."""
    from taldau.translit import translit

    spelled = unicodedata.normalize("NFD", translit(lemma, to="latin", alphabet="2021").lower().replace("ı", "i"))
    return "".join(ch for ch in spelled if not unicodedata.combining(ch))


def words(tokens: Sequence[Token]) -> list[Token]:
    """The tokens indexed: punctuation left out."""
    return [t for t in tokens if any(c.isalnum() for c in t.text)]


def _one(lemma: str) -> str:
    return lemma.replace(" ", "_").replace("|", "_")  # one field whatever the lemma holds: "_" and "|" split words alike


def columns(tokens: Sequence[Token]) -> tuple[str, str, str]:
    """The chosen, other and latin columns of a sentence's words."""
    found = [[_one(x) for x in lemmas(t)] for t in words(tokens)]
    return (" ".join(each[0] for each in found), " ".join("|".join(each[1:]) or "|" for each in found),
            " ".join(_one(latin_key(each[0])) for each in found))


def aligned(chosen: str, other: str, latin: str) -> list[set[str]]:
    """Per word, what it is indexed under: its lemmas and the Latin key of the chosen one."""
    return [{c, k, *o.split("|")} - {""} for c, o, k in zip(chosen.split(" "), other.split(" "), latin.split(" "))]


def _term(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _any(words: list[str], latin: bool) -> str:
    """One query word: any of its lemmas, in chosen or other; in latin too when typed in Latin letters."""
    found = "{chosen other} : (" + " OR ".join(map(_term, words)) + ")"
    if latin:
        found += " OR latin : (" + " OR ".join(_term(latin_key(w)) for w in words) + ")"
    return "(" + found + ")"


def _meant(token: Token) -> list[str]:
    """A query word's lemmas, the one it most likely means first. A dictionary form read as itself in
    context (жаса, not жас + а) means that lemma alone; another word, any of its readings' lemmas."""
    found = lemmas(token)
    return found[:1] if found[0] == token.norm.lower() else found


def fts_query(text: str, read) -> tuple[str, str]:
    """The FTS5 queries for a user's query, its words read by `read` (text -> tokens): what matches (every
    word required, each by any of its lemmas; a "quoted phrase" as a phrase of chosen lemmas), and what
    ranks first (each word by the lemma it most likely means, as the chosen reading of the sentence's word)."""
    found, best = [], []
    for phrase, word in _PHRASE.findall(text):
        words = [(_meant(t), bool(_LATIN.search(t.text))) for t in read(phrase or word) if any(c.isalnum() for c in t.text)]
        if phrase and words:
            found.append("chosen : (" + " + ".join(_term(meant[0]) for meant, _ in words) + ")")
            best.append(found[-1])
            continue
        found += [_any(meant, latin) for meant, latin in words]
        best += [f"latin : {_term(latin_key(meant[0]))}" if latin else f"chosen : {_term(meant[0])}" for meant, latin in words]
    if not found:
        raise ValueError(f"nothing to search for in {text!r}")
    return " AND ".join(found), " AND ".join(best)


def wanted(text: str, read) -> set[str]:
    """The lemmas (and Latin keys of Latin-typed words) whose words a hit marks."""
    found = set()
    for token in read(text.replace('"', " ")):
        found.update(_meant(token))
        if _LATIN.search(token.text):
            found.update(map(latin_key, _meant(token)))
    return found


def marks(token: Token, asked: set[str]) -> bool:
    """Whether a word of a hit is one the query asked for, read from its analyses."""
    found = lemmas(token)
    return bool(asked.intersection(found) or asked.intersection(map(latin_key, found)))
