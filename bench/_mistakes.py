"""Mistakes of the numbers benchmark by kind, to tell boundary errors from class errors (dev part only).

    python -m bench.numbers --part dev --classes
"""
from __future__ import annotations

from collections import Counter

from taldau.doc import Doc
from taldau.numbers import as_entities, extract


def mistakes(docs: list[tuple[Doc, set]]) -> Counter:
    """Mistakes by kind, to tell boundary errors from class errors: ("boundary", "DATE", "+күні") says a
    predicted DATE overlapped a gold DATE that went on with күні; ("label", "DATE>CARDINAL", "") a span
    found with the right bounds and the wrong label; ("missed"/"spurious", label, words)."""
    found = Counter()
    for doc, gold in docs:
        predicted = {(s.label, s.start, s.end) for s in as_entities(extract(doc))}
        for g in gold - predicted:
            over = [p for p in predicted - gold if p[1] < g[2] and g[1] < p[2]]
            if not over:
                found["missed", g[0], doc.text[g[1]:g[2]].lower()] += 1
            for p in over:
                if (p[1], p[2]) == (g[1], g[2]):
                    found["label", f"{g[0]}>{p[0]}", ""] += 1
                else:
                    kind = "boundary" if p[0] == g[0] else "label+boundary"
                    found[kind, g[0] if p[0] == g[0] else f"{g[0]}>{p[0]}", _edge(doc.text, g, p)] += 1
        for p in predicted - gold:
            if not any(p[1] < g[2] and g[1] < p[2] for g in gold):
                found["spurious", p[0], doc.text[p[1]:p[2]].lower()] += 1
    return found


def _edge(text: str, gold: tuple, predicted: tuple) -> str:
    """How a predicted span's ends differ from the gold one: "+күні" (gold goes on), "-бастап" (we go on)."""
    parts = []
    for a, b, sign in ((gold[1], predicted[1], "<"), (predicted[2], gold[2], ">")):
        if a != b:
            lo, hi = min(a, b), max(a, b)
            parts.append(f"{sign}{'+' if a < b else '-'}{text[lo:hi].strip().lower()}")
    return " ".join(parts)


def print_mistakes(found: Counter, top: int = 25) -> None:
    """The counts of each kind and label, then the most frequent words of each kind."""
    by_kind = Counter()
    for (kind, label, _), n in found.items():
        by_kind[kind, label] += n
    for (kind, label), n in by_kind.most_common():
        print(f"{n:5d}  {kind:15s} {label}")
    for kind in ("boundary", "label+boundary", "missed", "spurious"):
        rows = [(k, n) for k, n in found.most_common() if k[0] == kind][:top]
        print(f"\n{kind}:\n" + "\n".join(f"{n:5d}  {label:10s} {words}" for (_, label, words), n in rows))
