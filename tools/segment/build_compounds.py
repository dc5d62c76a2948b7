"""Compile `compounds.txt`: hyphenated dictionary words that stay one token (қарым-қатынас, сондай-ақ).

Source: the Apertium Kazakh stem lexicon (GPL-3.0, apertium/apertium-kaz @ 95c6dd0d), which UD Kazakh-KTB
follows: a hyphenated word is one token when it is a dictionary entry, two words and a hyphen otherwise.
Run: python -m tools.segment.build_compounds [--data ../shared/data]
"""
from __future__ import annotations

import argparse
import csv
from pathlib import Path

from taldau import segment
from taldau.normalize import normalize

HERE = Path(segment.__file__).resolve().parent  # compounds.txt lives beside the segmenter that reads it


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=HERE.parents[3] / "shared" / "data")
    args = parser.parse_args()
    lexicon = args.data / "apertium_kaz_lexicon" / "kaz_lexicon.tsv"
    with lexicon.open(encoding="utf-8") as f:
        lemmas = {row["lemma"] for row in csv.DictReader(f, delimiter="\t")}
    words = sorted(
        {normalize(w).text.lower() for w in lemmas if "-" in w and " " not in w and not set(w) & set("<>()%")}
    )
    header = "# Hyphenated dictionary words kept as one token; built by tools.segment.build_compounds\n"
    header += "# from apertium-kaz kaz_lexicon.tsv (commit 95c6dd0d, GPL-3.0)\n"
    (HERE / "compounds.txt").write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} compounds written")


if __name__ == "__main__":
    main()
