"""Build background.tsv: in how many background sentences each lemma occurs (its document frequency),
and how often it is a noun with a possessive ending (көлемі, деңгейі), of all its uses as a noun.

The background is news and official text: KazNERD's sentences (transcribed TV news) and the Kazakh
side of apertium_kaz_rus (official websites). Each sentence counts as one document. Lemmas come from
the same pipeline that reads user documents (morph + tagger, first reading, lower-cased), so the
keys match at run time. Lemmas seen in one sentence only are left out; they read as unseen.

    python -m tools.keyterms.build [--data ../shared/data]
"""
from __future__ import annotations

import argparse
import csv
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from taldau.keyterms import BACKGROUND, lemma_key
from taldau.pipeline import Pipeline

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
BATCH = 2000  # sentences per pipeline call, one per line


def kaznerd(data: Path) -> Iterator[str]:
    for name in ("IOB2_valid.txt", "IOB2_test_part1.txt"):
        words: list[str] = []
        for line in (data / "kaznerd" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                words.append(line.rsplit(" ", 1)[0])
            elif words:
                yield " ".join(words)
                words = []
        if words:
            yield " ".join(words)


def kaz_rus(data: Path) -> Iterator[str]:
    with open(data / "apertium_kaz_rus" / "kaz-rus.parallel.tsv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            yield row["kaz"]


def counts(sentences: list[str]) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """Per lemma: sentences it occurs in, its uses as a noun, and those with a possessive ending."""
    nlp = Pipeline(["morph", "tagger"], lines=True)
    df: Counter[str] = Counter()
    nouns: Counter[str] = Counter()
    possessed: Counter[str] = Counter()
    for i in range(0, len(sentences), BATCH):
        doc = nlp("\n".join(s.replace("\n", " ") for s in sentences[i : i + BATCH]))
        for sentence in doc.sentences:
            keyed = [(key, t) for t in doc.sentence_tokens(sentence) if (key := lemma_key(t))]
            df.update({key for key, _ in keyed})
            for key, t in keyed:
                if t.upos == "NOUN":
                    nouns[key] += 1
                    possessed[key] += "psor" in (t.feats or "")
    return df, nouns, possessed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    args = ap.parse_args()
    sentences = list(dict.fromkeys([*kaznerd(args.data), *kaz_rus(args.data)]))  # duplicates once
    df, nouns, possessed = counts(sentences)
    with open(BACKGROUND, "w", encoding="utf-8") as out:
        out.write(f"# documents\t{len(sentences)}\tnoun uses\tpossessed\n")
        for lemma, n in sorted(df.items(), key=lambda kv: (-kv[1], kv[0])):
            if n > 1:
                out.write(f"{lemma}\t{n}\t{nouns[lemma]}\t{possessed[lemma]}\n")
    print(f"{len(sentences)} sentences, {sum(n > 1 for n in df.values())} lemmas -> {BACKGROUND}")


if __name__ == "__main__":
    main()
