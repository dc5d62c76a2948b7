"""Draw the sentences of the seen real-news part `realdev` (tests/stances/realdev.tsv) for annotation by hand.

KazNERD sentences of taldau's NER train and dev parts only (never the test part, from which the blind real parts
are drawn), ranked by SHA-1 of a seed and the text, among those with a word of bench.stance_draws' broad stance-stem
list; the sentences of real.tsv and their number-twins are left out, one sentence per twin group. Prints
"hash <TAB> text" for the annotator; the repository keeps only the hashes and the annotations.

    python -m tools.stances.realdev > /tmp/realdev.txt
"""
from __future__ import annotations

from bench.stance_draws import has_stance_word, ranked
from bench.stance_gold import hash_of, taken
from taldau.ner.data import group_key, load_split

SEED = "realdev-20261205"
# The second draw: stems that more often name a stance than the broad list's (not керек, қажет, талап, мақсат,
# which are mostly modal or nominal), so that the part holds enough stances to learn from.
NARROW = ("мүдде", "ниет", "қызығушылық", "көзде", "жоспарла", "ұмтыл", "тырыс", "зәру", "мұқтаж", "ынтымақтас",
          "келіс", "уағдалас", "әріптестік", "қолда", "жақта", "қарсы", "тыйым", "теже", "азайт", "шекте", "дайын")


def draw(count: int, stems: tuple[str, ...] | None = None,
         exclude: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """(hash, text) of the first `count` train/dev sentences with a stance word (the broad list and the intentional
    future, or only a word of `stems`), in seeded hash order; real.tsv's and `exclude`'s sentences and twins left
    out. Twins by `group_key`, as the NER split grouped them when the part was drawn (it now uses `twin_key`: 21
    of the part's sentences sit in today's NER test part, and a draw today picks others: the part is its file)."""
    parts = load_split()
    groups = {" ".join(words): group_key(words, labels) for part in ("train", "dev") for words, labels in parts[part]}
    keyed = {hash_of(t): t for t in groups}
    seen = {groups[keyed[k]] for k in taken("real.tsv") | exclude if k in keyed}
    chosen = []
    for text in ranked(SEED, groups):
        words = text.lower().split()
        stance = has_stance_word(words) if stems is None else has_stance_word(words, stems, ())
        if stance and groups[text] not in seen:
            seen.add(groups[text])
            chosen.append((hash_of(text), text))
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
