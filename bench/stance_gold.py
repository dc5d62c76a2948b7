"""The stance gold set's parts (tests/stances/): our own sentences, and the real ones named by hash.

`dev.txt` and `test.txt` hold sentences written for taldau with their relations; the real parts (`real*.tsv`)
name KazNERD, official-site, UD Kazakh-KTB, Apertium Wikipedia or segmentation-corpus sentences by the SHA-1 of their
text, so that the sentences stay in ../shared/data: the sources' loaders here find them again by hash, and
bench.stance_draws says how each real part was picked.
"""
from __future__ import annotations

import hashlib
import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

from bench.common import DEFAULT_DATA, ROOT

GOLD = ROOT / "tests" / "stances"
OFFICIAL = DEFAULT_DATA / "apertium_kaz_rus" / "kaz-rus.parallel.tsv"  # official sites' texts, GPL: named by hash
OFFICIAL_PARTS = ("real5", "officialdev", "real7", "real9")  # the real parts drawn from OFFICIAL, not from KazNERD
KTB = DEFAULT_DATA / "ud_kazakh_ktb"  # UD Kazakh-KTB: news, addresses, fiction, Wikipedia (CC BY-SA)
WIKIPEDIA = DEFAULT_DATA / "apertium_kaz_texts"  # Apertium's hand-disambiguated Wikipedia articles (CC BY-SA)
OTHER_PARTS = ("real11",)  # the real parts drawn by draw_other from KTB, WIKIPEDIA and OFFICIAL
SEGMENTED = DEFAULT_DATA / "apertium_kaz_lexicon" / "segmentation_corpus.tsv"  # encyclopedia, history, law (GPL)
SEGMENTED_PARTS = ("real12",)  # the real parts drawn by draw_segmented from SEGMENTED
LEXICON_PARTS = ("real14",)  # the real parts drawn by draw_lexicon from draw_other's sources and SEGMENTED
WIDER_PARTS = ("real16", "real17", "real18")  # by draw_wider or draw_fifth from KazNERD's train part and draw_lexicon's
KINDS = ("interest", "goal", "need", "cooperation", "support", "opposition")  # issue 13's kinds, for checking the gold
FLAGS = ("negated", "implicit")  # and with=PARTNER


class Gold(NamedTuple):
    sentence: int  # index within its document
    actor: str
    kind: str
    head: str  # the target's last word as written, "-" for none
    flags: frozenset[str]


class Document(NamedTuple):
    text: str
    sentences: list[str]
    relations: list[Gold]


def read_gold(path: Path) -> list[Document]:
    """Documents of a gold file: sentence lines, tab-indented relation lines, blank lines between documents."""
    documents: list[Document] = []
    sentences: list[str] = []
    relations: list[Gold] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("#"):
            continue
        if line.startswith("\t"):
            actor, kind, head, *flags = line.strip("\t").split("\t")
            relations.append(Gold(len(sentences) - 1, actor, kind, head, frozenset(" ".join(flags).split())))
        elif line.strip():
            sentences.append(line.strip())
        elif sentences:
            documents.append(Document(" ".join(sentences), sentences, relations))
            sentences, relations = [], []
    return documents


def read_real(path: Path) -> list[Document] | None:
    """A real part: sentences named by hash in `path` (KazNERD's, the official sites' for OFFICIAL_PARTS, draw_other's
    sources' for OTHER_PARTS, the segmentation corpus's for SEGMENTED_PARTS), each its own document; None without
    data; draw_lexicon's sources for LEXICON_PARTS, and theirs with KazNERD's for WIDER_PARTS)."""
    texts = (official_texts() if path.stem in OFFICIAL_PARTS else other_texts() if path.stem in OTHER_PARTS
             else segmented_texts() if path.stem in SEGMENTED_PARTS else lexicon_texts() if path.stem in LEXICON_PARTS
             else wider_texts() if path.stem in WIDER_PARTS else kaznerd_texts())
    if texts is None:
        return None
    documents = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        key, relations = line.split("\t")
        if key not in texts:
            raise ValueError(f"{path.name}: no sentence hashes to {key} (data or sentence splitting changed?)")
        gold = [_real_gold(r) for r in relations.split(";") if r.strip() != "-"]
        documents.append(Document(texts[key], [texts[key]], gold))
    return documents


def _real_gold(relation: str) -> Gold:
    """"actor|kind|target head", with an optional fourth field of flags as in the gold files: negated with=KZ."""
    actor, kind, head, *flags = relation.strip().split("|")
    return Gold(0, actor, kind, head, frozenset(" ".join(flags).split()))


def hash_of(text: str) -> str:
    """The name of a real sentence in a part: the first 12 hex digits of the SHA-1 of its text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def part_keys(name: str) -> list[str]:
    """The hashes of the sentences of a real part (a file name in tests/stances), in its order."""
    lines = (GOLD / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t")[0] for line in lines if line.strip() and not line.startswith("#")]


def taken(*names: str) -> set[str]:
    """The hashes of the sentences of these real parts (file names in tests/stances)."""
    return {key for name in names for key in part_keys(name)}


@cache
def kaznerd_texts() -> dict[str, str] | None:
    """KazNERD's sentences (words joined by spaces) by hash; None without data."""
    from taldau.ner.data import load_split

    try:
        parts = load_split()
    except FileNotFoundError:
        return None
    return {hash_of(text): text for sentences in parts.values() for text in (" ".join(w) for w, _ in sentences)}


@cache
def official_sentences() -> tuple[str, ...] | None:
    """The Kazakh side of apertium_kaz_rus's sample from official Kazakhstani sites, cut by taldau.sentenize, each
    sentence once in file order (Russian and short ones too: the draw filters); None without data."""
    import csv

    from taldau import sentenize

    if not OFFICIAL.is_file():
        return None
    with open(OFFICIAL, encoding="utf-8") as f:
        lines = [row["kaz"] for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)]
    return tuple(dict.fromkeys(line[s.start:s.end] for line in lines for s in sentenize(line)))


def official_texts() -> dict[str, str] | None:
    sentences = official_sentences()
    return None if sentences is None else {hash_of(text): text for text in sentences}


def ktb_sentences(folder: Path = KTB) -> tuple[str, ...] | None:
    """UD Kazakh-KTB's train and dev sentences (their `text` comments; the test part is withheld); None without data."""
    import conllu

    files = [folder / f"kk_ktb-ud-{part}.conllu" for part in ("train", "dev")]
    if not all(f.is_file() for f in files):
        return None
    return tuple(s.metadata["text"] for f in files for s in conllu.parse(f.read_text(encoding="utf-8")))


def wikipedia_sentences(folder: Path = WIKIPEDIA) -> tuple[str, ...] | None:
    """Apertium's Wikipedia articles: the raw ones cut by taldau.sentenize, then the sentences of the articles found
    only in kaz_disambiguated.tsv, their forms joined by spaces (as KazNERD's words are); None without data."""
    from taldau import sentenize

    raw, table = sorted((folder / "raw").glob("*.raw.txt")), folder / "kaz_disambiguated.tsv"
    if not raw or not table.is_file():
        return None
    texts = [line[s.start:s.end] for path in raw for line in path.read_text(encoding="utf-8").splitlines()
             for s in sentenize(line)]
    have, article, forms = {path.name.removesuffix(".raw.txt") for path in raw}, "", []
    for line in [*table.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("# doc = "):
            article = line.removeprefix("# doc = ").split(".tagged")[0]
        elif line.strip() and not line.startswith("#"):
            forms.append(line.split("\t")[0])
        elif not line.strip():
            texts += [" ".join(forms)] if forms and article not in have else []
            forms = []
    return tuple(texts)


@cache
def source_sentences() -> dict[str, tuple[str, ...]] | None:
    """draw_other's sources by name (ktb, wikipedia, official), each sentence once across them all: the same words
    (lower case, punctuation aside) are the same sentence, kept by the first source (KTB before Wikipedia, whose
    articles it shares); None without data."""
    sources = {"ktb": ktb_sentences(), "wikipedia": wikipedia_sentences(), "official": official_sentences()}
    if any(texts is None for texts in sources.values()):
        return None
    seen: set[tuple[str, ...]] = set()
    unique = {name: [t for t in texts if (key := words_key(t)) not in seen
                     and not seen.add(key)] for name, texts in sources.items()}
    return {name: tuple(texts) for name, texts in unique.items()}


def other_texts() -> dict[str, str] | None:
    """The sentences of draw_other's sources by hash; None without data."""
    sources = source_sentences()
    return None if sources is None else {hash_of(t): t for texts in sources.values() for t in texts}


def source_of(key: str) -> str | None:
    """The source (ktb, wikipedia, official) of the sentence named by hash `key`, None when no source holds it."""
    return _sources_by_hash().get(key)


@cache
def _sources_by_hash() -> dict[str, str]:
    return {hash_of(t): name for name, texts in (source_sentences() or {}).items() for t in texts}


@cache
def segmented_sentences(path: Path = SEGMENTED) -> tuple[str, ...] | None:
    """The sentences of Apertium's morpheme-segmentation corpus (tokens joined by spaces, as written there) that no
    other source holds (the same lower-case words as a sentence of KazNERD or of draw_other's sources), each text
    once in file order (two texts that differ by a dash stay two: real12 holds one such pair); None without data."""
    others, kaznerd = source_sentences(), kaznerd_texts()
    if not path.is_file() or others is None or kaznerd is None:
        return None
    seen = {words_key(t) for texts in (*others.values(), kaznerd.values()) for t in texts}
    rows = (line.split("\t")[0] for line in path.read_text(encoding="utf-8").splitlines()[1:] if line.strip())
    return tuple(t for t in dict.fromkeys(rows) if words_key(t) not in seen)


def words_key(text: str) -> tuple[str, ...]:
    """A sentence's lower-case words, punctuation aside: texts with the same key are the same sentence."""
    return tuple(re.findall(r"\w+", text.lower()))


def segmented_texts() -> dict[str, str] | None:
    sentences = segmented_sentences()
    return None if sentences is None else {hash_of(text): text for text in sentences}


def lexicon_texts() -> dict[str, str] | None:
    """The sentences of draw_other's sources and of the segmentation corpus by hash (draw_lexicon's pool); None
    without data."""
    others, segmented = other_texts(), segmented_texts()
    return None if others is None or segmented is None else {**others, **segmented}


def wider_texts() -> dict[str, str] | None:
    """draw_wider's pool by hash: KazNERD's sentences and draw_lexicon's sources'; None without data."""
    kaznerd, others = kaznerd_texts(), lexicon_texts()
    return None if kaznerd is None or others is None else {**kaznerd, **others}
