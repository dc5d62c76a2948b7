"""Compile the whole-form table (`taldau.morph.forms`): `python -m tools.morph.forms [--data ../shared/data]`.

Counts the Cyrillic word forms of news and administrative text, as the pipeline's tokens give them
(KazNERD's first test half, the Kazakh side of Apertium's Kazakh-Russian sentences), and writes the
readings the analyser gives each form seen at least `--min-count` times, with `data/forms.meta.json`.
KazNERD's validation split and the Apertium Wikipedia texts, which bench/speed.py reads, are left
out, so that the bench measures the table on words it was not built from.
`python -m tools.morph.compile` rewrites the table for the words already in it (no data needed).
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from taldau import compiled
from taldau.langid.letters import KAZAKH_CYRL, RUSSIAN
from taldau.morph import _analyze, _search, forms
from taldau.ner.data import read_iob2
from taldau.segment import segment

_LETTER = f"[{RUSSIAN}{KAZAKH_CYRL}{RUSSIAN.upper()}{KAZAKH_CYRL.upper()}]"
_CYRILLIC_WORD = re.compile(f"{_LETTER}+(?:-{_LETTER}+)*")
ROOT = Path(__file__).resolve().parents[2]


def texts(data: Path) -> Iterator[str]:
    """KazNERD's first test half, a sentence at a time, then the Kazakh column of the parallel sentences."""
    yield from (" ".join(words) for words, _ in read_iob2(data / "kaznerd" / "IOB2_test_part1.txt"))
    lines = (data / "apertium_kaz_rus" / "kaz-rus.parallel.tsv").read_text(encoding="utf-8").splitlines()
    yield from (line.split("\t", 1)[0] for line in lines[1:])  # the first line names the columns


def counts(data: Path) -> Counter[str]:
    """How often each Cyrillic word form occurs among the tokens' norms (what morph analyses)."""
    found: Counter[str] = Counter()
    for text in texts(data):
        found.update(t.norm for t in segment(text)[0] if _CYRILLIC_WORD.fullmatch(t.norm))
    return found


def write(words: Iterable[str]) -> int:
    """Compile the readings of `words` (sorted, so that the same words give the same bytes), and check
    that each comes back from the compiled columns as the analyser gave it."""
    forms.table.cache_clear()  # the sub-words the units ask for: as the files are now, else not compiled
    _analyze.cache_clear()
    found = {word: _search(word) for word in sorted(set(words))}
    columns = forms.columns(found)
    back = forms.read(columns)
    wrong = [w for w, readings in found.items() if back is None or forms.decode(back.row(w) or "", back.shapes) != readings]
    if wrong:
        raise ValueError(f"{len(wrong)} words do not come back as analysed, e.g. {wrong[:3]}")
    compiled.dump(forms.PATH, forms.source_stamp(), columns)
    forms.table.cache_clear()
    return len(found)


def compiled_words() -> list[str]:
    """The words of the table as committed, stale or not: what `tools.morph.compile` compiles again."""
    found = compiled.load(forms.PATH)
    return found[0].split("\n") if forms.read(found) is not None else []


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--min-count", type=int, default=1, help="occurrences a form needs to be compiled")
    args = parser.parse_args(argv)
    if not (args.data / "kaznerd").is_dir():
        sys.exit(f"no data at {args.data}; pass --data PATH (the folder with kaznerd/ and apertium_kaz_rus/)")
    found = counts(args.data)
    n = write(w for w, c in found.items() if c >= args.min_count)
    commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                            check=False).stdout.strip()
    meta = {
        "data": {"kaznerd": "IOB2_test_part1.txt (commit bd4333d0f5952b9fafb2ef2ac2fefa0ad3c0333f)",
                 "apertium_kaz_rus": "kaz-rus.parallel.tsv, Kazakh column (commit 7bd16ebbd005838988fd9c0d47a31e2564921b07)"},
        "settings": {"min_count": args.min_count, "words": "Cyrillic letters and hyphens, as the tokens' norms"},
        "forms": n, "tokens_counted": sum(found.values()), "code_commit": commit,
        "built_by": "python -m tools.morph.forms", "recompiled_by": "python -m tools.morph.compile",
        "licence": "readings of the morph lexicon (GPL-3.0-or-later); word forms counted from CC BY 4.0 and GPL-3.0 text",
    }
    forms.META.write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{n} word forms -> {forms.PATH}", file=sys.stderr)


if __name__ == "__main__":
    main()
