"""Feature notations: UD FEATS (Case=Gen|Number=Plur) and UniMorph (N;GEN;PL, V;PST;3;SG;NEG).

UniMorph cites verbs in the -у form (оқу, келу, қою), UD by the bare stem (оқы, кел, қой):
`verb_stems("оқу")` gives the candidate stems; the lexicon decides between оқ and оқы.
UniMorph's tense tags name Kazakh forms that UD features do not tell apart, so a UniMorph
request also selects the form by its gloss:

    PST -> -ды (PST)          PRF;PST -> -ған (PRF)       PRS -> -а/-й + person (PRS)
    PROG;PST -> -атын (PST.HAB)    SBJV;FUT -> -ар (FUT)     PROG;PRS -> -ып отыр (analytic)
    IMP -> imperative/optative      FRML -> Polite=Form          NEG -> Polarity=Neg
"""
from __future__ import annotations

from typing import NamedTuple

from .phonology import harden


_CASES = {"NOM": "Nom", "GEN": "Gen", "DAT": "Dat", "ACC": "Acc", "LOC": "Loc", "ABL": "Abl", "INST": "Ins",
          "INS": "Ins"}
_POSSESSORS = {"PSS1S": ("Sing", "1"), "PSS2S": ("Sing", "2"), "PSS1P": ("Plur", "1"),
               "PSS2P": ("Sing", "2"), "PSS3S": ("Plur,Sing", "3"), "PSS3P": ("Plur,Sing", "3")}
_TENSE_GLOSS = {("PST",): "PST", ("PRF", "PST"): "PRF", ("PRS",): "PRS", ("PROG", "PST"): "PST.HAB",
                ("FUT", "SBJV"): "FUT", ("PROG", "PRS"): "PROG"}


class Request(NamedTuple):
    upos: str | None  # "NOUN" or "VERB" when the notation says so
    feats: dict[str, str]
    gloss: str | None = None  # the tense/mood suffix to use (UniMorph only)


def is_unimorph(features: str) -> bool:
    return ";" in features or (features.isupper() and "=" not in features)


def parse(features: str) -> Request:
    """Either notation to UD features; raises ValueError on an unknown UniMorph tag."""
    if not is_unimorph(features):
        return Request(None, dict(f.split("=", 1) for f in features.split("|") if f))
    tags = features.split(";")
    pos, rest = tags[0], set(tags[1:])
    if pos == "N":
        return Request("NOUN", _noun(rest))
    if pos == "V":
        return _verb(rest)
    raise ValueError(f"unknown UniMorph part of speech {pos!r} in {features!r}; choose N or V")


def _noun(tags: set[str]) -> dict[str, str]:
    feats = {"Case": "Nom"}
    for tag in tags:
        if tag in _CASES:
            feats["Case"] = _CASES[tag]
        elif tag == "PL":
            feats["Number"] = "Plur"
        elif tag in _POSSESSORS:
            feats["Number[psor]"], feats["Person[psor]"] = _POSSESSORS[tag]
        elif tag == "LSSPEC2":
            feats["Polite"] = "Form"
        elif tag not in ("SG", "LSSPEC1"):
            raise ValueError(f"unknown UniMorph noun tag {tag!r}")
    return feats


def _verb(tags: set[str]) -> Request:
    feats: dict[str, str] = {}
    if "NEG" in tags:
        feats["Polarity"] = "Neg"
    if "FRML" in tags:
        feats["Polite"] = "Form"
    for person in ("1", "2", "3"):
        if person in tags:
            feats["Person"] = person
    feats["Number"] = "Plur" if "PL" in tags else "Sing"
    if "IMP" in tags:
        feats["Mood"] = "Opt" if feats.get("Person") in ("1", "3") else "Imp"
        feats["VerbForm"] = "Fin"
        return Request("VERB", feats, None)
    key = tuple(sorted(tags & {"PST", "PRF", "PRS", "PROG", "FUT", "SBJV"}))
    if key not in _TENSE_GLOSS:
        raise ValueError(f"unsupported UniMorph verb tags {sorted(tags)}")
    return Request("VERB", feats, _TENSE_GLOSS[key])


def verb_stems(citation: str) -> list[str]:
    """Stems a -у citation form can come from, likeliest first: оқу -> [оқ, оқы], қою -> [қой],
    жию -> [жи], қарау -> [қара], шығу -> [шық, шығ] (no verb stem ends in ғ, г, б after a vowel)."""
    if citation.endswith("ию"):
        return [citation[:-1]]
    if citation.endswith("ю"):
        return [citation[:-1] + "й"]
    if citation.endswith("у") and len(citation) > 2:
        stem = citation[:-1]
        if stem[-1] in "аәеоөұүыіяи":
            return [stem]
        if harden(stem) != stem:
            return [harden(stem), stem]
        back = any(c in "аоұыя" for c in stem) and not any(c in "әеөүі" for c in stem[-2:])
        return [stem, stem + ("ы" if back else "і")]
    return [citation]
