"""Compile the NER tables a fresh process would otherwise parse from TSV: `python -m tools.ner.compile`.

Writes `clusters.marshal.gz` and `lexicon.marshal.gz` beside their sources in src/taldau/ner, and
`model.features.marshal.gz` (the features the model has weights for) beside `model.crfsuite`; run it after
`tools.ner.build_clusters`, `tools.ner.build_lexicon` or `tools.ner.train` (tests/ner/test_compiled.py checks
they are current).
"""
from __future__ import annotations

from taldau import compiled
from taldau.ner import clusters, gazetteer, model


def main() -> None:
    for path, source, read in ((clusters.COMPILED, clusters.FILE, clusters.read),
                               (gazetteer.LEXICON_COMPILED, gazetteer.LEXICON, gazetteer.read_lexicon),
                               (model.KNOWN, model.MODEL, lambda: model._known_table(model.MODEL))):
        print(f"{len(compiled.compile_table(path, (source,), read))} rows -> {path}")


if __name__ == "__main__":
    main()
