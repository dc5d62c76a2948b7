"""Labelled text from /work/shared/data for the build and the benchmark (build time only).

Each reader yields plain strings. `split` puts every text in train, dev or test by a seeded hash of the
text itself, so duplicates land together and the build and the benchmark agree without a file list.
The test part is never read by the build.
"""
from __future__ import annotations

import csv
import hashlib
import random
import re
from collections.abc import Iterator
from pathlib import Path

from taldau.langid import latin

SPLIT_SEED = "taldau-langid-1"
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_ENGLISH_GLOSS = re.compile(r"[A-Za-z][A-Za-z '-]*")

SOURCES = {
    "kaznerd": ("IS2AI/KazNERD", "bd4333d0f5952b9fafb2ef2ac2fefa0ad3c0333f", "CC BY 4.0"),
    "apertium_kaz_texts": ("apertium/apertium-kaz texts/", "95c6dd0d8536ee69a7058634b03a3e82100b6b6e", "CC BY-SA 4.0"),
    "apertium_kaz_lexicon": ("apertium/apertium-kaz", "95c6dd0d8536ee69a7058634b03a3e82100b6b6e", "GPL-3.0"),
    "kazsandra": ("IS2AI/KazSAnDRA", "d769cf7f7bd62b59f88915508d4bc062310b54d6", "CC BY 4.0"),
    "apertium_kaz_rus": ("apertium/apertium-kaz-rus", "7bd16ebbd005838988fd9c0d47a31e2564921b07", "GPL-3.0"),
    "apertium_eng_kaz": ("apertium/apertium-eng-kaz", "6bc53165235a65c7c0da3a75a892b1b1aa19cdf1", "GPL-3.0"),
}


def split(text: str) -> str:
    """'train' (80%), 'dev' (10%) or 'test' (10%), fixed by SPLIT_SEED."""
    bucket = int.from_bytes(hashlib.sha1(f"{SPLIT_SEED}\t{text}".encode()).digest()[:8], "big") % 10
    return "test" if bucket == 0 else "dev" if bucket == 1 else "train"


def _tsv(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)


def kaznerd(data: Path) -> Iterator[str]:
    """News sentences, tokens joined by spaces."""
    for name in ("IOB2_valid.txt", "IOB2_test_part1.txt"):
        words: list[str] = []
        for line in (data / "kaznerd" / name).open(encoding="utf-8"):
            if line.strip():
                words.append(line.rstrip("\n").rsplit(" ", 1)[0])
            elif words:
                yield " ".join(words)
                words = []
        if words:
            yield " ".join(words)


def kaz_texts(data: Path) -> Iterator[str]:
    """Wikipedia sentences of the hand-disambiguated Apertium texts."""
    words: list[str] = []
    for line in (data / "apertium_kaz_texts" / "kaz_disambiguated.tsv").open(encoding="utf-8"):
        if line.startswith("#"):
            continue
        if line.strip():
            words.append(line.split("\t", 1)[0])
        elif words:
            yield " ".join(words)
            words = []
    if words:
        yield " ".join(words)


def segmentation(data: Path) -> Iterator[str]:
    """Sentences of the Apertium morpheme-segmentation corpus."""
    for row in _tsv(data / "apertium_kaz_lexicon" / "segmentation_corpus.tsv"):
        yield row["sentence"]


def kazsandra(data: Path) -> Iterator[str]:
    """User reviews, deduplicated: mostly Cyrillic Kazakh, some Latin, some code-switching."""
    seen: set[str] = set()
    for name in ("03_pc_train_rus.csv", "04_pc_valid.csv"):
        with (data / "kazsandra" / name).open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                text = row["text"].strip()
                if text and text not in seen:
                    seen.add(text)
                    yield text


def is_latin(text: str) -> bool:
    """More Latin than Cyrillic letters: how kazsandra reviews are sorted into kk-Latn."""
    return len(_LATIN.findall(text)) > len(_CYRILLIC.findall(text))


def parallel(data: Path) -> Iterator[tuple[str, str]]:
    """(Kazakh, Russian) line pairs from official websites."""
    for row in _tsv(data / "apertium_kaz_rus" / "kaz-rus.parallel.tsv"):
        yield row["kaz"], row["rus"]


def russian_glosses(data: Path) -> Iterator[str]:
    """Russian words and phrases glossing Kazakh dictionary entries."""
    for row in _tsv(data / "apertium_kaz_rus" / "kaz-rus.bidix.tsv"):
        yield row["rus"]
    for row in _tsv(data / "apertium_kaz_lexicon" / "lexicon_kaz_rus_extra.tsv"):
        if _CYRILLIC.search(row["gloss_ru"] or ""):
            yield row["gloss_ru"]


def english_glosses(data: Path) -> Iterator[str]:
    """English words and phrases of the dictionaries, without proper names (mostly Kazakh names)."""
    for row in _tsv(data / "apertium_eng_kaz" / "eng-kaz.bidix.tsv"):
        if not row["eng_tags"].startswith("np"):
            yield row["eng"].replace("#", "")
    for row in _tsv(data / "apertium_kaz_lexicon" / "kaz_lexicon.tsv"):
        gloss = row["gloss_en"] or ""
        if row["upos"] != "PROPN" and _ENGLISH_GLOSS.fullmatch(gloss):
            yield gloss


# Keyboards without Kazakh letters: "өте жақсы" typed as "оте жаксы".
PLAIN_CYRL = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")


def labelled(data: Path, part: str) -> Iterator[tuple[str, str, str]]:
    """(source, class, text) of one split; classes are kk-Cyrl, kk-Latn, ru, en.

    Kazakh sentences of the split are also re-spelled: in the 2021 Latin alphabet, in informal Latin and
    in Cyrillic without Kazakh letters, each for a seeded third of them.
    """
    rng = random.Random(f"{SPLIT_SEED}:{part}")
    kazakh = [("kaznerd", t) for t in kaznerd(data)] + [("apertium_kaz_texts", t) for t in kaz_texts(data)]
    kazakh += [("apertium_segmentation", t) for t in segmentation(data)]
    kazakh += [("apertium_kaz_rus:kaz", k) for k, _ in parallel(data)]
    for source, text in kazakh:
        if split(text) != part:
            continue
        yield source, "kk-Cyrl", text
        respell = rng.randrange(3)
        if respell == 0:
            yield source + ">2021", "kk-Latn", latin.to_2021(text)
        elif respell == 1:
            yield source + ">informal", "kk-Latn", latin.to_informal(text, rng)
        else:
            yield source + ">plain", "kk-Cyrl", text.translate(PLAIN_CYRL)
    for text in kazsandra(data):
        if split(text) == part:
            yield ("kazsandra:latin", "kk-Latn", text) if is_latin(text) else ("kazsandra", "kk-Cyrl", text)
    for kaz, rus in parallel(data):
        if split(kaz) == part:
            yield "apertium_kaz_rus:rus", "ru", rus
    for text in dict.fromkeys(russian_glosses(data)):
        if split(text) == part:
            yield "russian_glosses", "ru", text
    for text in dict.fromkeys(english_glosses(data)):
        if split(text) == part:
            yield "english_glosses", "en", text
