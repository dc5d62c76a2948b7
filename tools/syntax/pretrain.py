"""Pretrain the parser's tok2vec on raw Kazakh text read by taldau (spaCy's `pretrain`, characters objective).

    nice python -m tools.syntax.pretrain [--data ../shared/data] [--epochs 4] [--out /tmp/taldau-syntax-pretrain]

Text: KazNERD's train and dev parts (never its test part), the Apertium segmentation corpus, the Kazakh side of
the Apertium kaz-rus sentences and the Apertium Wikipedia texts; a sentence that is one of KTB's is left out. Each
line goes through taldau's segmentation, morphology and tagger, and each sentence is stored as the spaCy Doc the
parser trains on (`taldau.syntax.features.spacy_doc`), so pretraining embeds the same NORM, affixes, shape and
reading (POS, TAG, MORPH, LEMMA). The tok2vec learns to give each word a vector in context from which its first
and last four characters can be told (`spacy.PretrainCharacters.v1`); `tools.syntax.train.train(...,
pretrained=OUT / "model-last.bin")` starts the parser from those weights (the same network, so the numpy runtime
is unchanged), and so do the settings "pretrained characters..." of `tools.syntax.search`. Tried in
docs/bench/syntax_sources.md's sixth round and not kept: the bundled model is trained without it.
"""
from __future__ import annotations

import argparse
import csv
from collections.abc import Iterator
from pathlib import Path

from tools.syntax.train import CONFIG, ROOT
from tools.syntax.treebank import ktb

PRETRAINED = Path("/tmp/taldau-syntax-pretrain")  # the default --out
SOURCES = ("kaznerd train + dev parts", "apertium_kaz_lexicon/segmentation_corpus.tsv",
           "apertium_kaz_rus/kaz-rus.parallel.tsv (kaz)", "apertium_kaz_texts/raw/*.txt")


def lines(data: Path) -> Iterator[str]:
    """The raw text of `SOURCES`, a sentence or paragraph a line."""
    from taldau.ner.data import load_split

    parts = load_split(data / "kaznerd")
    yield from (" ".join(words) for part in ("train", "dev") for words, _ in parts[part])
    with (data / "apertium_kaz_lexicon" / "segmentation_corpus.tsv").open(encoding="utf-8") as f:
        yield from (row["sentence"] for row in csv.DictReader(f, delimiter="\t"))
    with (data / "apertium_kaz_rus" / "kaz-rus.parallel.tsv").open(encoding="utf-8") as f:
        yield from (row["kaz"] for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    for path in sorted((data / "apertium_kaz_texts" / "raw").glob("*.txt")):
        yield from path.read_text(encoding="utf-8").splitlines()


def squeeze(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


def docbin(data: Path):
    """Every sentence of `lines` not in KTB, read by taldau, as a spaCy DocBin."""
    import spacy
    from spacy.tokens import DocBin

    from taldau.pipeline import Pipeline
    from taldau.syntax.features import spacy_doc

    gold = {squeeze("".join(t.form for t in s.tokens)) for s in ktb(data)}
    texts = [line for line in dict.fromkeys(lines(data)) if line.strip()]
    vocab, out = spacy.blank("xx").vocab, DocBin()
    for doc in Pipeline(["morph", "tagger"]).pipe(texts):
        for sentence in doc.sentences:
            tokens = doc.tokens[sentence.first:sentence.last]
            if tokens and squeeze("".join(t.text for t in tokens)) not in gold:
                out.add(spacy_doc(vocab, tokens))
    return out


def pretraining_config(corpus: Path, epochs: int, objective: str = "spacy.PretrainCharacters.v1"):
    """spaCy's [pretraining] defaults over a pipeline of one `tok2vec` component built as config.cfg builds the
    parser's own (the parser's tok2vec ends in a projection spaCy cannot pretrain), reading `corpus`."""
    from spacy.language import DEFAULT_CONFIG_PRETRAIN_PATH
    from spacy.util import load_config, load_model_from_config

    config = load_config(CONFIG)
    config["nlp"]["pipeline"] = ["tok2vec"]
    config["components"] = {"tok2vec": {"factory": "tok2vec",
                                        "model": config["components"]["parser"]["model"]["tok2vec"]}}
    config = load_model_from_config(config, auto_fill=True).config.merge(load_config(DEFAULT_CONFIG_PRETRAIN_PATH))
    config["pretraining"].update({"component": "tok2vec", "layer": "", "max_epochs": epochs})
    config["pretraining"]["objective"]["@architectures"] = objective
    config["corpora"]["pretrain"] = {"@readers": "spacy.Corpus.v1", "path": str(corpus), "gold_preproc": False,
                                     "max_length": 0, "limit": 0, "augmenter": None}
    return config


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--out", type=Path, default=PRETRAINED)
    args = parser.parse_args()
    from spacy.training.pretrain import pretrain

    args.out.mkdir(parents=True, exist_ok=True)
    corpus = args.out / "docs.spacy"
    if not corpus.exists():
        docs = docbin(args.data)
        docs.to_disk(corpus)
        print(f"{len(docs)} sentences read by taldau -> {corpus}", flush=True)
    pretrain(pretraining_config(corpus, args.epochs), args.out, silent=False)
    print(f"pretrained tok2vec: {args.out / 'model-last.bin'}")


if __name__ == "__main__":
    main()
