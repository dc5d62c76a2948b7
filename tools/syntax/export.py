"""Export a trained spaCy parser to what `taldau.syntax.network` runs with numpy alone.

    python -m tools.syntax.export [--model src/taldau/syntax/model] [--check ../shared/data]

Reads `<model>/spacy` (a pipeline with one `parser`: TransitionBasedParser.v2 over Tok2Vec.v2 with
MultiHashEmbed + MaxoutWindowEncoder) and writes beside it `parser.npz` (the weights) and `parser.json`
(its moves, the hash seeds and table order, spaCy's reserved symbols and base norms), then sets
meta.json's format. `tools.syntax.train` calls `export` after saving. `--check`: the numpy parser's heads
and labels against spaCy's on every UD Kazakh-KTB sentence (train + dev + test), with taldau's readings.
"""
from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from taldau.doc import Token
from taldau.syntax.component import FORMAT, MODEL, Model
from taldau.syntax.features import spacy_doc
from taldau.syntax.network import ATTRS, layout


def export(folder: Path, nlp=None) -> None:
    """Write parser.npz and parser.json into `folder` from `nlp` (default: the pipeline in folder/spacy)."""
    import spacy
    from spacy.lang.norm_exceptions import BASE_NORMS
    from spacy.symbols import IDS

    nlp = nlp or spacy.load(folder / "spacy")
    parser = nlp.get_pipe("parser")
    model = parser.model
    config = nlp.config["components"]["parser"]["model"]
    embed = config["tok2vec"]["embed"]
    encode = config["tok2vec"]["encode"]
    if (embed["attrs"] != list(ATTRS) or config["state_type"] != "parser" or config["extra_state_tokens"]
            or not config["use_upper"] or embed["include_static_vectors"]):
        raise ValueError(f"{folder}: taldau.syntax.network runs {ATTRS} without static vectors, 8 state tokens "
                         "and an upper layer; retrain with tools/syntax/config.cfg")
    names = layout(encode["depth"])
    nodes: dict[str, list] = {}
    for node in model.walk(order="dfs_pre"):
        nodes.setdefault(node.name, []).append(node)
    if {name: len(found) for name, found in nodes.items() if name in names} != {
            name: len(keys) for name, keys in names.items()}:
        raise ValueError(f"{folder}: layers differ from {names}")
    weights = {}
    for name, keys in names.items():
        for node, key in zip(nodes[name], keys):
            for param in node.param_names:
                weights[f"{key}.{param}"] = np.asarray(node.get_param(param), dtype=np.float32)
    moves = parser.moves
    classes = [moves.get_class_name(i) for i in range(moves.n_moves)]
    settings = {
        "attrs": list(ATTRS),
        "window": encode["window_size"],
        "seeds": [node.attrs["seed"] for node in nodes["hashembed"]],
        "classes": [[name[0], name[2:]] for name in classes],  # move letter (S D L R B), label
        "unseen": sorted(model.attrs["unseen_classes"]),
        "symbols": {name: int(i) for name, i in IDS.items() if name},
        "norms": dict(BASE_NORMS),
        "spacy": spacy.__version__,
    }
    np.savez(folder / "parser.npz", **weights)  # stored: floats hardly compress, and unzipping costs load time
    (folder / "parser.json").write_text(json.dumps(settings, ensure_ascii=False) + "\n", encoding="utf-8")
    meta_path = folder / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["format"] = FORMAT
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def spacy_parse(nlp, sentences: Sequence[Sequence[Token]]) -> list[tuple[list[int], list[str]]]:
    """0-based heads and labels of each sentence as the spaCy pipeline `nlp` parses it: the reference."""
    out = []
    for parsed in nlp.pipe(spacy_doc(nlp.vocab, tokens) for tokens in sentences):
        out.append(([t.head.i for t in parsed], [t.dep_ for t in parsed]))
    return out


def check(folder: Path, data: Path) -> tuple[int, int, int]:
    """(sentences, sentences parsed alike, tokens parsed differently) over UD Kazakh-KTB."""
    import spacy

    from tools.syntax.train import readings
    from tools.syntax.treebank import read

    files = sorted((data / "ud_kazakh_ktb").glob("*.conllu"))
    sentences = readings([s for path in files for s in read(path)])
    expected = spacy_parse(spacy.load(folder / "spacy"), sentences)
    found = Model(folder).parse(sentences)
    alike = sum(e == f for e, f in zip(expected, found))
    tokens = sum(h1 != h2 or l1 != l2 for (hs1, ls1), (hs2, ls2) in zip(expected, found)
                 for h1, h2, l1, l2 in zip(hs1, hs2, ls1, ls2))
    return len(sentences), alike, tokens


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=MODEL)
    parser.add_argument("--check", type=Path, metavar="DATA", help="compare with spaCy on KTB under DATA")
    args = parser.parse_args()
    if args.check:
        total, alike, tokens = check(args.model, args.check)
        print(f"KTB: {alike}/{total} sentences ({alike / total:.2%}) parsed as spaCy parses them; "
              f"{tokens} tokens differ")
        raise SystemExit(alike != total)
    export(args.model)
    size = (args.model / "parser.npz").stat().st_size + (args.model / "parser.json").stat().st_size
    print(f"exported {args.model}: parser.npz + parser.json, {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
