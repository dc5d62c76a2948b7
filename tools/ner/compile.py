"""Compile the NER tables a fresh process would otherwise parse from TSV: `python -m tools.ner.compile`.

Writes `clusters.marshal.gz` and `lexicon.marshal.gz` beside their sources in src/taldau/ner; run it after
`tools.ner.build_clusters` or `tools.ner.build_lexicon` (tests/ner/test_compiled.py checks they are current).
"""
from __future__ import annotations

from taldau import compiled
from taldau.ner import clusters, gazetteer


def main() -> None:
    for path, source, read in ((clusters.COMPILED, clusters.FILE, clusters.read),
                               (gazetteer.LEXICON_COMPILED, gazetteer.LEXICON, gazetteer.read_lexicon)):
        print(f"{len(compiled.compile_table(path, (source,), read))} rows -> {path}")


if __name__ == "__main__":
    main()
