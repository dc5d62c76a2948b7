"""Compile `lexicon.tsv` (word classes for NER features) from the Apertium Kazakh stem lexicon.

Offline step, run once: `python -m tools.ner.build_lexicon [--data ../shared/data]`. The output
keeps only lowercase lemma -> coarse classes (first name, surname, toponym, noun, ...), the part of
the lexicon the NER features use. Apertium's lexicon is GPL-3.0; so is the derived file.
"""
from __future__ import annotations

import argparse
import csv
from collections import defaultdict
from pathlib import Path

from taldau.ner import data
from taldau.ner.data import default_dir

SUBTYPES = {  # Apertium subtype of proper nouns -> class
    "first_name_male": "first",
    "first_name_female": "first",
    "surname": "sur",
    "patronymic": "patr",
    "toponym": "topo",
    "organisation": "org",
    "other_proper": "propn",
}
UPOS = {"NOUN": "noun", "ADJ": "adj", "VERB": "verb", "ADV": "adv", "NUM": "num", "X": "abbr"}
HEADER = """# Word classes for NER features: lowercase lemma <TAB> classes (comma-separated).
# Derived by tools/ner/build_lexicon.py from the Apertium Kazakh lexicon (apertium/apertium-kaz,
# commit 95c6dd0d8536ee69a7058634b03a3e82100b6b6e, lexc lexicons Common, Proper, Abbreviations).
# Licence: GPL-3.0, as its source. Closed-class words are "fn" (function word).
"""


def build(source: Path, target: Path) -> int:
    classes: dict[str, set[str]] = defaultdict(set)
    with source.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            lemma = row["lemma"].strip().lower()
            if not lemma or " " in lemma or "<" in lemma:
                continue
            if row["upos"] == "PROPN":
                classes[lemma].add(SUBTYPES.get(row["subtype"], "propn"))
            else:
                classes[lemma].add(UPOS.get(row["upos"], "fn"))
    with target.open("w", encoding="utf-8") as f:
        f.write(HEADER)
        for lemma in sorted(classes):
            f.write(f"{lemma}\t{','.join(sorted(classes[lemma]))}\n")
    return len(classes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=default_dir().parent, help="shared data folder")
    args = parser.parse_args()
    source = args.data / "apertium_kaz_lexicon" / "kaz_lexicon.tsv"
    target = Path(data.__file__).with_name("lexicon.tsv")
    print(f"{build(source, target)} words -> {target}")


if __name__ == "__main__":
    main()
