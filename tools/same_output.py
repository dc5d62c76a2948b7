"""Check that a speed change changed nothing: the whole pipeline's JSON export, this tree against another.

    python -m tools.same_output --before OLD/src [--data ../shared/data] [--sentences N]

Both trees (`src` folders) analyse the same texts in fresh processes (`PYTHONPATH` set to each): KazNERD
validation sentences in documents of 20, as `bench.speed` joins them, and the raw Apertium Wikipedia texts.
Every document's JSON export (`taldau.export.json.to_json`: tokens, every reading in order, heads, entities,
quantities, key terms, relations) must be the same string. By default all 11,167 validation sentences, more
than the speed bench reads, so that the per-word caches also fill up and forget (about 2 minutes for both trees).
Exits 1 at the first document that differs.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from bench.common import DEFAULT_DATA, ROOT
from bench.speed import news, run_python, wikipedia

EXPORT = """
import json, sys
from taldau.export.json import to_json
from taldau.pipeline import Pipeline
pipeline = Pipeline()
for text in json.loads(sys.stdin.read()):
    print(json.dumps(to_json(pipeline(text), indent=None), ensure_ascii=False))
"""


def exports(src: Path, texts: list[str]) -> list[str]:
    """The JSON export of every text by the tree at `src`, one line each."""
    out, _ = run_python(src, EXPORT, json.dumps(texts), timeout=3600)
    return [json.loads(line) for line in out.splitlines()]


def first_difference(a: str, b: str) -> str:
    at = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return f"at character {at}: {a[max(0, at - 80):at + 80]!r} / {b[max(0, at - 80):at + 80]!r}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, required=True, help="the src folder of the tree compared with")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with the shared datasets")
    parser.add_argument("--sentences", type=int, default=20_000, help="KazNERD sentences read (at most)")
    args = parser.parse_args()
    if not (args.data / "kaznerd").is_dir():
        print(f"skipped: dataset folder {args.data} not found (pass --data PATH)")
        return
    corpora = {"news": news(args.data, args.sentences), "wikipedia": wikipedia(args.data, 10**6)}
    for name, texts in corpora.items():
        before, after = exports(args.before, texts), exports(ROOT / "src", texts)
        tokens = sum(len(json.loads(doc)["tokens"]) for doc in after)
        digest = hashlib.sha256("\n".join(after).encode()).hexdigest()[:12]
        for i, (old, new) in enumerate(zip(before, after)):
            if old != new:
                sys.exit(f"{name}: document {i} differs {first_difference(old, new)}")
        if len(before) != len(after):
            sys.exit(f"{name}: {len(before)} documents before, {len(after)} after")
        print(f"{name}: {len(after)} documents, {tokens:,} tokens, identical exports (sha256 {digest})")


if __name__ == "__main__":
    main()
