"""Write `taldau/morph/data/phrases.tsv.gz`, the word pairs of the lexicon's multi-word entries (`taldau.morph.phrases`):

    python -m tools.morph.phrases [--data ../shared/data]     # tools.morph.build runs it too

Each line is a word of an Apertium light verb or adverbial phrase and the word after it (назар<TAB>аудар,
жыл<TAB>сайын), lower-cased and sorted, so the same lexicon gives the same bytes.
"""
from __future__ import annotations

import argparse
import gzip
from pathlib import Path

from taldau.morph.phrases import PATH
from tools.morph.build import phrases


def write(data: Path, out: Path = PATH) -> int:
    pairs = sorted({(a.lower(), b.lower()) for words, _ in phrases(data) for a, b in zip(words, words[1:])})
    with gzip.GzipFile(out, "wb", compresslevel=9, mtime=0) as f:
        f.write("".join(f"{a}\t{b}\n" for a, b in pairs).encode("utf-8"))
    return len(pairs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2].parent / "shared" / "data")
    print(f"{write(parser.parse_args().data)} word pairs -> {PATH}")


if __name__ == "__main__":
    main()
