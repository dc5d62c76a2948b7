"""Compile `taldau/segment/compounds.txt`: hyphenated words kept as one token (қарым-қатынас, жер-су).

Kazakh writes paired words with a hyphen (ата-ана, жеміс-жидек); UD Kazakh-KTB keeps one whole when it
is a lexical unit and splits a free pair (кітап - дәптер, ауыл - ауылдан, бес - алты). A pair counts as a
lexical unit on evidence, not by hand:
  * a dictionary lists it: the Apertium stem lexicon, its list of words not yet in the analyser, or the
    Kazakh side of the Kazakh-Russian and English-Kazakh dictionaries;
  * or running text writes it with a hyphen in at least MIN_SENTENCES distinct sentences (KazNERD news,
    the Kazakh-Russian sentence pairs, the Apertium Wikipedia texts and segmentation corpus), both parts
    being dictionary words, the first uninflected (not ауыл-ауылдан), the two different and neither a
    numeral (not бес-алты).
KazNERD repeats sentences with numbers written as digits and as words: sentences are counted once per
twin group (taldau.ner.data.twin_key, as the NER split does). The meta gives the counts behind every
corpus pair.
Run: python -m tools.segment.build_compounds [--data ../shared/data]
"""
from __future__ import annotations

import argparse
import csv
import json
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from taldau.morph.phonology import VOWELS
from taldau.ner.data import FILES, read_iob2, twin_key
from taldau.normalize import normalize

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "src" / "taldau" / "segment"
MIN_SENTENCES = 3  # chosen before measuring: fewer is one writer's habit
SOURCE_COMMITS = {"apertium": "95c6dd0d", "kaznerd": "bd4333d0"}
_PAIR = re.compile(r"(?<![\w-])([^\W\d_]+)-([^\W\d_]+)(?![\w-])")
NUMERALS = frozenset("бір екі үш төрт бес алты жеті сегіз тоғыз он жиырма отыз қырық елу жүз мың".split())


def _norm(word: str) -> str:
    return normalize(word).text.lower()


def _tsv(path: Path, *columns: str) -> Iterator[tuple[str, ...]]:
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row.get(columns[0]):
                yield tuple(row.get(c) or "" for c in columns)


# dictionary -> (file, headword column, part-of-speech column)
DICTIONARIES = {
    "apertium lexicon": ("apertium_kaz_lexicon/kaz_lexicon.tsv", "lemma", "upos"),
    "apertium extra words": ("apertium_kaz_lexicon/lexicon_kaz_rus_extra.tsv", "lemma", "pos"),
    "kaz-rus dictionary": ("apertium_kaz_rus/kaz-rus.bidix.tsv", "kaz", "kaz_tags"),
    "eng-kaz dictionary": ("apertium_eng_kaz/eng-kaz.bidix.tsv", "kaz", "kaz_tags"),
}
# parts of speech of content words, in the two lexicons' tag sets (not abbreviations, names or endings)
CONTENT = frozenset({"NOUN", "ADJ", "VERB", "ADV", "N", "A", "V"})


def dictionaries(data: Path) -> tuple[dict[str, set[str]], set[str]]:
    """Hyphenated headwords -> the dictionaries listing them; and the single content words of the lexicons."""
    listed, words = defaultdict(set), set()
    for name, (path, column, pos) in DICTIONARIES.items():
        for entry, tag in _tsv(data / path, column, pos):
            if " " in entry or set(entry) & set("<>()%_#"):
                continue
            if "-" in entry.strip("-") or entry == "-ақ":
                listed[_norm(entry)].add(name)
            elif entry.isalpha() and tag in CONTENT:
                words.add(_norm(entry))
    return listed, words


def sentences(data: Path) -> Iterator[tuple[str, str, str]]:
    """(source, sentence, twin group) of the running texts; KazNERD's twins share a group."""
    for name in FILES:
        for words, labels in read_iob2(data / "kaznerd" / name):
            yield "KazNERD", " ".join(words), twin_key(words, labels)
    for (text,) in _tsv(data / "apertium_kaz_rus" / "kaz-rus.parallel.tsv", "kaz"):
        yield "kaz-rus sentences", text, text
    for path in sorted((data / "apertium_kaz_texts" / "raw").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            yield "Apertium Wikipedia texts", line, line
    for (text,) in _tsv(data / "apertium_kaz_lexicon" / "segmentation_corpus.tsv", "sentence"):
        text = text.replace(" - ", "-")  # it spaces every hyphen
        yield "Apertium segmentation corpus", text, text


def attested(data: Path, words: set[str]) -> dict[str, dict[str, int]]:
    """Pair -> source -> distinct sentences writing it hyphenated, in lowercase (not АЭС-і, not Нұр-Сұлтан).
    A pair is its first part and the longest dictionary word its second part starts with: жер-су from
    жер-суы, мекен-жай from мекен-жайына."""
    seen: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for source, text, twin in sentences(data):
        for m in _PAIR.finditer(normalize(text).text):
            first, second = m.group(1).lower(), m.group(2).lower()
            if m.group(1).isupper() or m.group(2)[0].isupper() or first not in words or first in NUMERALS:
                continue  # an abbreviation with its ending (АЭС-і), a name (Нұр-Сұлтан), a number (екі-үш)
            if not VOWELS & set(first):  # км-ге, млн-да: a unit with its ending
                continue
            stem = next((second[:n] for n in range(len(second), 1, -1) if second[:n] in words), "")
            if stem and stem != first and stem not in NUMERALS:
                seen[f"{first}-{stem}"][source].add(twin)
    return {pair: {s: len(v) for s, v in by.items()} for pair, by in seen.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    listed, words = dictionaries(args.data)
    counts = attested(args.data, words)
    corpus = {p: c for p, c in counts.items() if sum(c.values()) >= MIN_SENTENCES and p not in listed}
    header = (
        "# Hyphenated words kept as one token. Built by tools/segment/build_compounds.py: listed in a\n"
        f"# dictionary, or written hyphenated in >= {MIN_SENTENCES} distinct sentences of running text\n"
        "# (see compounds.meta.json for the sources and each corpus pair's counts).\n"
    )
    (OUT / "compounds.txt").write_text(header + "\n".join(sorted({*listed, *corpus})) + "\n", encoding="utf-8")
    meta = {
        "format": 1,
        "built_by": "tools/segment/build_compounds.py",
        "rule": __doc__.split("Run:")[0].strip(),
        "min_sentences": MIN_SENTENCES,
        "sources": {"apertium-kaz (lexicon, texts, segmentation corpus), apertium-kaz-rus, apertium-eng-kaz":
                    f"commit {SOURCE_COMMITS['apertium']}, GPL-3.0 / CC BY-SA 4.0",
                    "KazNERD valid + test part 1": f"commit {SOURCE_COMMITS['kaznerd']}, CC BY 4.0"},
        "dictionary_pairs": {name: sum(name in by for by in listed.values()) for name in DICTIONARIES},
        "corpus_pairs": dict(sorted(corpus.items())),
    }
    (OUT / "compounds.meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(listed)} dictionary pairs + {len(corpus)} corpus pairs written")


if __name__ == "__main__":
    main()
