"""Training labels from Apertium's hand-disambiguated texts (`apertium_kaz_texts/kaz_disambiguated.tsv`).

Each token's gold analysis (`қала<n><px3sp><loc>`) is matched to one of taldau.morph's readings of the word;
that reading's coarse tag is the label. Used by training and the benchmark only, never at run time.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from taldau.doc import Analysis
from tools.tagger.crf_features import coarse

FILE = Path("apertium_kaz_texts") / "kaz_disambiguated.tsv"
# Apertium part of speech -> the UPOS taldau.morph may give the same word, the likelier first
# (Apertium's `vaux` is UD's AUX, its `v` mostly VERB).
UPOS = {
    "n": ("NOUN",), "np": ("PROPN",), "adj": ("ADJ",), "adv": ("ADV",), "advj": ("ADV", "ADJ"),
    "v": ("VERB", "AUX"), "vaux": ("AUX", "VERB"), "cop": ("AUX",), "prn": ("PRON",), "det": ("DET",),
    "num": ("NUM",), "post": ("ADP",), "postadv": ("ADV", "ADP"), "cnjcoo": ("CCONJ",), "cnjsub": ("SCONJ",),
    "cnjadv": ("ADV", "CCONJ", "SCONJ"), "ij": ("INTJ",), "qst": ("PART",), "abbr": ("NOUN", "PROPN", "X"),
    **{p: ("PUNCT", "SYM") for p in ("sent", "cm", "guio", "lquot", "rquot", "lpar", "rpar", "apos", "sim")},
}
CASES = {"nom": "Nom", "gen": "Gen", "dat": "Dat", "acc": "Acc", "loc": "Loc", "abl": "Abl", "ins": "Ins"}
_TAG = re.compile(r"<([^>]+)>")


class Word(NamedTuple):
    form: str
    gold: str  # the Apertium analysis, "қала<n><px3sp><loc>"


def read(data: Path) -> dict[str, list[list[Word]]]:
    """Sentences of each document, by document name (the file name without `.tagged...`)."""
    docs: dict[str, list[list[Word]]] = {}
    sentence: list[Word] = []
    name = ""
    with open(data / FILE, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# doc = "):
                name = line[8:].split(".tagged")[0]
            elif line and not line.startswith("#"):
                form, _, gold = line.partition("\t")
                if form.strip():  # three empty forms in the upstream files
                    sentence.append(Word(form, gold))
            elif not line and sentence:
                docs.setdefault(name, []).append(sentence)
                sentence = []
    if sentence:
        docs.setdefault(name, []).append(sentence)
    return docs


def gold_parts(gold: str) -> tuple[str, str, str | None]:
    """(lemma, Apertium part of speech, UD case or None) of the first reading's first part."""
    head = gold.split(" | ")[0].split("+")[0]
    lemma = head.split("<", 1)[0].lstrip("*")
    tags = _TAG.findall(head)
    case = next((CASES[t] for t in reversed(tags) if t in CASES), None)
    return lemma, (tags[0] if tags else ""), case


def compatible(reading: Analysis, pos: str, case: str | None) -> bool:
    if reading.upos not in UPOS.get(pos, ()):
        return False
    tag_case = coarse(reading).split("|")[1]
    return tag_case == case or (case in (None, "Nom") and tag_case in ("-", "Nom"))


def label(gold: str, readings: Sequence[Analysis]) -> tuple[str, str]:
    """(coarse tag, how it was found): "lemma" (lemma, POS and case agree), "pos" (POS and case agree,
    lemmas spelt differently: 55-ші is 55 to Apertium), or "none" (the first reading's tag)."""
    lemma, pos, case = gold_parts(gold)
    order = UPOS.get(pos, ())
    fits = sorted((r for r in readings if compatible(r, pos, case)), key=lambda r: order.index(r.upos))
    same = [r for r in fits if r.lemma.lower() == lemma.lower()]
    if same:
        return coarse(same[0]), "lemma"
    if fits:
        return coarse(fits[0]), "pos"
    return coarse(readings[0]), "none"


def held_out(names: Sequence[str]) -> list[str]:
    """The test part: every 7th document in code-point order of names (Жасуша, Қазақстан)."""
    return sorted(names)[6::7]


def dev(names: Sequence[str]) -> list[str]:
    """What tuning looked at: every 7th of the rest from the 3rd (Ахмет_Байтұрсынұлы, Мұқағали_...)."""
    rest = [n for n in sorted(names) if n not in held_out(names)]
    return rest[2::7]

