"""Draw the sentences of the seen real-news part `realdev` (tests/stances/realdev.tsv) for annotation by hand.

KazNERD sentences of taldau's NER train and dev parts only (never the test part, from which the blind real parts
are drawn), ranked by SHA-1 of a seed and the text, among those with a word of bench.stances' broad stance-stem
list; the sentences of real.tsv and their number-twins are left out, one sentence per twin group. Prints
"hash <TAB> text" for the annotator; the repository keeps only the hashes and the annotations.

    python -m tools.stances.realdev > /tmp/realdev.txt
"""
from __future__ import annotations

import hashlib

from bench.stance_gold import DRAW_ENDINGS, DRAW_STEMS, GOLD
from taldau.ner.data import group_key, load_split

SEED = "realdev-20261205"
# The second draw: stems that more often name a stance than the broad list's (not керек, қажет, талап, мақсат,
# which are mostly modal or nominal), so that the part holds enough stances to learn from.
NARROW = ("мүдде", "ниет", "қызығушылық", "көзде", "жоспарла", "ұмтыл", "тырыс", "зәру", "мұқтаж", "ынтымақтас",
          "келіс", "уағдалас", "әріптестік", "қолда", "жақта", "қарсы", "тыйым", "теже", "азайт", "шекте", "дайын")


def draw(count: int, stems: tuple[str, ...] = DRAW_STEMS, exclude: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """(hash, text) of the first `count` train/dev sentences with a word of `stems` (or an intentional-future
    ending with the broad list), in seeded hash order; real.tsv's and `exclude`'s sentences and twins left out."""
    parts = load_split()
    groups = {" ".join(words): group_key(words, labels) for part in ("train", "dev") for words, labels in parts[part]}
    keyed = {hashlib.sha1(t.encode("utf-8")).hexdigest()[:12]: t for t in groups}
    taken = {line.split("\t")[0] for line in (GOLD / "real.tsv").read_text(encoding="utf-8").splitlines()} | exclude
    seen = {groups[keyed[k]] for k in taken if k in keyed}
    chosen = []
    for text in sorted(groups, key=lambda t: hashlib.sha1(f"{SEED}:{t}".encode("utf-8")).hexdigest()):
        words = text.lower().split()
        stance = any(s in word for word in words for s in stems) or (
            stems == DRAW_STEMS and any(x.endswith(DRAW_ENDINGS) for x in words))
        if stance and groups[text] not in seen:
            seen.add(groups[text])
            chosen.append((hashlib.sha1(text.encode("utf-8")).hexdigest()[:12], text))
            if len(chosen) == count:
                break
    return chosen


def realdev() -> list[tuple[str, str]]:
    """The part as annotated: 160 of the broad draw, then 180 of the narrow one (the first 100 annotated first, 80 more after)."""
    broad = draw(160)
    return broad + draw(180, NARROW, frozenset(key for key, _ in broad))


if __name__ == "__main__":
    for key, text in realdev():
        print(f"{key}\t{text}")
