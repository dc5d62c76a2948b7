"""Compile exceptions.tsv, suffixes.txt and meta.json from Apertium's Kazakh data (offline).

    python -m tools.translit.build [--data ../shared/data]

Every Kazakh word of the sources is written in 2021 Latin and read back; the words the rules
(or a wrongly matched stem) get wrong become exceptions, the most frequent word winning when
two share one Latin spelling. Suffixes come from the segmentation corpus (флора·сын·а).
The sources and so the outputs are GPL-3.0.
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from taldau.translit import lexicon
from taldau.translit.cyrillic import read
from taldau.translit.latin import to_latin
from taldau.translit.policy import Policy

HERE = Path(lexicon.__file__).parent
# (dataset folder under --data, file, column holding Kazakh text)
SOURCES = (
    ("apertium_kaz_lexicon", "kaz_lexicon.tsv", 0),
    ("apertium_kaz_lexicon", "lexicon_kaz_rus_extra.tsv", 1),
    ("apertium_kaz_lexicon", "segmentation_corpus.tsv", 0),
    ("apertium_kaz_rus", "kaz-rus.bidix.tsv", 0),
    ("apertium_kaz_rus", "kaz-rus.parallel.tsv", 0),
    ("apertium_eng_kaz", "eng-kaz.bidix.tsv", 2),
)
_WORD = re.compile(r"[а-яёәғқңөұүһі]+")
MIN_SUFFIX_COUNT = 2  # suffixes seen once are mostly segmentation noise


def latin(word: str) -> str:
    return to_latin(word, "2021", Policy())


def read_words(data: Path, sources=SOURCES) -> Counter[str]:
    """Lowercase Kazakh Cyrillic words of the sources with their counts (hyphenated parts apart)."""
    words: Counter[str] = Counter()
    for folder, name, column in sources:
        lines = (data / folder / name).read_text(encoding="utf-8").splitlines()[1:]
        for line in lines:
            cells = line.split("\t")
            if len(cells) > column:
                words.update(_WORD.findall(cells[column].lower()))
    return words


def read_suffixes(data: Path) -> set[str]:
    """Latin suffixes seen after a stem in the segmentation corpus: флора·сын·а -> syn, a."""
    morphs: Counter[str] = Counter()
    lines = (data / "apertium_kaz_lexicon" / "segmentation_corpus.tsv").read_text(encoding="utf-8").splitlines()[1:]
    for line in lines:
        for token in line.split("\t")[-1].lower().split():
            morphs.update(latin(m) for m in token.split("·")[1:] if _WORD.fullmatch(m))
    return {m for m, n in morphs.items() if n >= MIN_SUFFIX_COUNT}


def read_back(word: str, table: dict[str, str], morphs: frozenset[str]) -> str:
    """What Latin -> Cyrillic makes of a lowercase Latin word with this exception table."""
    return "".join(cyr for _, _, cyr, _ in read(word, table, morphs, {}))


def compile_exceptions(words: Counter[str], morphs: frozenset[str]) -> dict[str, str]:
    """{Latin: Cyrillic} for the words read back wrongly; repeated until no stem breaks another word.

    Of two words with one Latin spelling (ел, эль: el) the more frequent owns it.
    """
    owners: dict[str, str] = {}
    for word in sorted(words, key=lambda w: (-words[w], w)):
        owners.setdefault(latin(word), word)
    table: dict[str, str] = {}
    changed = True
    while changed:
        changed = False
        for key, word in owners.items():
            if key not in table and read_back(key, table, morphs) != word:
                table[key] = word
                changed = True
    return table


def provenance(data: Path, folder: str) -> dict[str, str]:
    """Upstream repository and commit, as the dataset's README states them."""
    readme = (data / folder / "README.md").read_text(encoding="utf-8")
    repository = re.search(r"Source repository: `([^`]+)`", readme)
    commit = re.search(r"Commit: `([0-9a-f]{40})`", readme)
    return {"repository": repository.group(1) if repository else folder, "commit": commit.group(1) if commit else "unknown"}


def write(name: str, what: str, lines: list[str]) -> None:
    header = f"# {what}. GPL-3.0, from Apertium data; see meta.json.\n"
    (HERE / name).write_text(header + "".join(f"{line}\n" for line in lines), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).parents[2] / ".." / "shared" / "data")
    data = parser.parse_args().data.resolve()
    if not (data / "apertium_kaz_lexicon").is_dir():
        parser.error(f"no apertium_kaz_lexicon/ under {data}; pass --data with the shared datasets folder")
    words = read_words(data)
    morphs = frozenset(read_suffixes(data))
    table = compile_exceptions(words, morphs)
    write(
        "exceptions.tsv",
        "Kazakh words the 2021 Latin -> Cyrillic rules read back wrongly, or whose stem would mislead them",
        sorted(table.values()),
    )
    write("suffixes.txt", "Latin-2021 suffix morphs from Apertium's segmentation corpus", sorted(morphs))
    meta = {
        "format_version": lexicon.FORMAT_VERSION,
        "licence": "GPL-3.0",
        "built_by": "python -m tools.translit.build",
        "sources": [
{**provenance(data, folder), "file": name} for folder, name, _ in SOURCES
        ],
        "words_read": len(words),
        "exceptions": len(table),
        "suffix_morphs": len(morphs),
    }
    (HERE / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{len(words)} words read, {len(table)} exceptions, {len(morphs)} suffix morphs -> {HERE}")


if __name__ == "__main__":
    main()
