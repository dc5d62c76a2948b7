"""Compile what taldau.morph would otherwise rebuild at every start: `python -m tools.morph.compile`.

Writes, beside the sources they derive from, the lexicon grouped by stem (`data/lexicon.marshal.gz`,
from `data/lexicon.tsv.gz`), the guesser's stem models counted over it (`data/guesser.marshal.gz`) and
the realised endings table (`data/endings.marshal.gz`, from the
morphotactics) and, last, the whole-form table for the words it already holds (`data/forms.marshal.gz`,
stamped with all of the above; `tools.morph.forms` chooses the words); `python -m tools.morph.build` runs it
after writing the lexicon. The tests check that
all are up to date (tests/morph/test_compiled.py).
"""
from __future__ import annotations

from taldau import compiled
from taldau.morph import compiled_endings, endings, guesser, lexicon
from tools.morph import forms


def main() -> None:
    rows = lexicon.stem_rows()
    compiled.dump(lexicon.COMPILED, lexicon.source_stamp(), ("\n".join(rows), "\n".join(rows.values())))
    print(f"{len(rows)} stems -> {lexicon.COMPILED}")
    compiled.dump(guesser.MODELS, lexicon.source_stamp(), guesser.stem_models(lexicon.stems()))
    print(f"the guesser's stem models -> {guesser.MODELS}")
    table = endings.realised_table()
    compiled_endings.write(table)
    print(f"{sum(map(len, table.values()))} readings of {len(table)} endings -> {compiled_endings.PATH}")
    print(f"{forms.write(forms.compiled_words())} word forms -> {forms.forms.PATH}")


if __name__ == "__main__":
    main()
