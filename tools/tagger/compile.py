"""Compile the tagger's ids of frequent words (`taldau.tagger.rows`): `python -m tools.tagger.compile`.

For the word forms of `taldau.morph.forms`, with the readings the analyser gives them, the bundled ranker's
ids as it works them out; each checked to come back as made. Run it after `tools.tagger.train` or
`tools.morph.compile` (tests/tagger/test_rows.py checks the table is current).
"""
from __future__ import annotations

import numpy as np

from taldau import compiled
from taldau.morph import _analyze, forms
from taldau.tagger import rows
from taldau.tagger.ranker import Ranker


def same(a: rows.Ids | None, b: rows.Ids) -> bool:
    """Whether two words' ids are equal, their columns (arrays) included."""
    return a is not None and a[:2] == b[:2] and (a[2] is None) == (b[2] is None) and (
        a[2] is None or (a[2].dtype == b[2].dtype and np.array_equal(a[2], b[2])))


def main() -> None:
    words = forms.table()
    if words is None:
        raise SystemExit("taldau.morph's forms table is stale: run `python -m tools.morph.compile` first")
    ranker = Ranker.from_disk()
    made = {word: ranker._made(word, _analyze(word))[1:4] for word in sorted(words.index)}
    columns = rows.columns(made)
    back = rows.read(columns)
    wrong = [word for word, ids in made.items() if back is None or not same(back.ids(word), ids)]
    if wrong:
        raise ValueError(f"{len(wrong)} words' ids do not come back as made, e.g. {wrong[:3]}")
    compiled.dump(rows.PATH, rows.source_stamp(), columns)
    rows.table.cache_clear()
    print(f"{len(made)} words -> {rows.PATH}")


if __name__ == "__main__":
    main()
