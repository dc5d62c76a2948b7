"""Compile the NER tables a fresh process would otherwise parse from TSV: `python -m tools.ner.compile`.

Writes `clusters.marshal.gz` and `lexicon.marshal.gz` beside their sources in src/taldau/ner,
`model.features.marshal.gz` (the features the model has weights for) beside `model.crfsuite`, and
`rows.marshal.gz` (what the model keeps of frequent words' spelling, for the word forms of
`taldau.morph.forms`); run it after `tools.ner.build_clusters`, `tools.ner.build_lexicon`, `tools.ner.train`
or `tools.morph.compile` (tests/ner/test_compiled.py and tests/ner/test_rows.py check they are current).
"""
from __future__ import annotations

from taldau import compiled
from taldau.morph import forms
from taldau.ner import clusters, gazetteer, model, rows


def compile_rows() -> int:
    """`taldau.ner.rows` for the words of morph's compiled forms, each checked to come back as it was made."""
    words = forms.table()
    if words is None:
        raise SystemExit("taldau.morph's forms table is stale: run `python -m tools.morph.compile` first")
    made = rows.rows_of(list(words.index))
    columns = rows.columns(made)
    back = rows.read(columns)
    wrong = [word for word, row in made.items() if back is None or back.row(word) != row]
    if wrong:
        raise ValueError(f"{len(wrong)} rows do not come back as made, e.g. {wrong[:3]}")
    compiled.dump(rows.PATH, rows.source_stamp(), columns)
    rows.table.cache_clear()
    return len(made)


def main() -> None:
    for path, source, read in ((clusters.COMPILED, clusters.FILE, clusters.read),
                               (gazetteer.LEXICON_COMPILED, gazetteer.LEXICON, gazetteer.read_lexicon),
                               (model.KNOWN, model.MODEL, lambda: model._known_table(model.MODEL))):
        print(f"{len(compiled.compile_table(path, (source,), read))} rows -> {path}")
    print(f"{compile_rows()} words -> {rows.PATH}")


if __name__ == "__main__":
    main()
