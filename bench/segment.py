"""Tokenization and sentence segmentation on UD Kazakh-KTB, against peers, overall and by genre.

Run from the repository root: python -m bench.segment [--data ../shared/data] [--check]

Sentences are joined with one space into running text; a token or sentence counts as right when its
character span is exactly the gold one. Multiword tokens (UD ranges such as `қуаныштымын`) count as one
surface token, as written. Speed is tokens per second over the same running text, repeated.

Genres come from the source document in each `sent_id` (see the dataset's README). The rules were
written while reading news and encyclopedia errors; fiction was set aside as the untouched part before
the rules of issue 12 were changed, and was run once at the end (`--hide-untouched` keeps it out of sight).
`--check` computes taldau's figures only and exits 1 when one falls below its floor.
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

import conllu

from bench.common import DEFAULT_DATA, best_times, f1, publish, table

FILES = ("kk_ktb-ud-train.conllu", "kk_ktb-ud-dev.conllu")
# source document (sent_id prefix) -> genre
GENRES = {
    "akorda-random": "news", "wikipedia-news": "news",
    "Elizabeth-II": "encyclopedia", "Eurovision_ән_конкурсы_2010": "encyclopedia",
    "Махамбет_Өтемісұлы": "encyclopedia",
    "kdt": "fiction", "sholpan": "fiction", "әртүрлі": "fiction",
}
UNTOUCHED = "fiction"
# (part, measure) -> floor; `--check` and every run exit 1 below it
FLOORS = {
    ("train + dev", "tokens"): 0.993, ("train + dev", "sentences"): 0.985,
    ("news", "tokens"): 0.993, ("news", "sentences"): 0.985,
    ("encyclopedia", "tokens"): 0.98, ("encyclopedia", "sentences"): 0.9,
    ("fiction", "tokens"): 0.993, ("fiction", "sentences"): 0.98,
}


CAVEATS = """\
Caveats. The genre split is within train + dev: UD KTB's withheld half (encyclopedia, travel, tales, \
fiction, law) is not here; issue 12 reports 0.986 / 0.963 on it for the rules before this split. The \
fiction part was untouched while the issue-12 rules were written, but the earlier rules had been written \
on all of train + dev, fiction included. Encyclopedia has 11 sentences: one error moves it by ~0.01. \
Failures that remain on news: UD's multiword tokens with a space (`болған емес`) are two tokens here; \
headlines and datelines without final punctuation run into the next sentence once lines are joined \
(a title line such as `Елорда жаңалықтары` before `Бүгін кеңес өтті.`); paired words follow evidence, not UD's every choice \
(`жеміс-жидектер` is written hyphenated in 10 distinct corpus sentences, so it stays whole where UD splits \
it; `мекен-жай` is in three dictionaries, UD splits it). Hyphenated pairs are kept whole when a dictionary \
lists them or running text writes them hyphenated in >= 3 distinct sentences \
(`src/taldau/segment/compounds.meta.json`).

Before the issue-12 rules (commit dd7a8d9), measured once at the end: train + dev 0.9958 / 0.9919, \
news 0.9956 / 0.9863, encyclopedia 0.9896 / 1.0000, fiction 0.9969 / 1.0000. The one fiction token that \
changed is `аман-есен`, which the Kazakh-Russian dictionary lists and KazNERD writes hyphenated: now one \
token, two and a hyphen in UD. The issue-12 rules (% and °С on the number, abbreviations before numbers \
and initials, article labels, list items, quotations before деп) meet no case in train + dev: they are \
checked by `tests/segment/*.txt`, sentences written for them."""


@dataclass
class Part:
    """Running text of some sentences with their gold token and sentence spans."""

    texts: list[str] = field(default_factory=list)
    tokens: set = field(default_factory=set)
    sentences: set = field(default_factory=set)
    size: int = 0

    def add(self, text: str, token_spans: list[tuple[int, int]]) -> None:
        offset = self.size + (1 if self.texts else 0)
        self.tokens |= {(offset + a, offset + b) for a, b in token_spans}
        self.sentences.add((offset, offset + len(text)))
        self.texts.append(text)
        self.size = offset + len(text)

    @property
    def text(self) -> str:
        return " ".join(self.texts)


def token_spans(sentence: conllu.TokenList) -> list[tuple[int, int]]:
    """Character spans of the surface tokens of one sentence (a multiword token counts once)."""
    text, spans, skip_until, pos = sentence.metadata["text"], [], 0, 0
    for token in sentence:
        if isinstance(token["id"], tuple) and token["id"][1] == "-":
            skip_until = token["id"][2]
        elif not isinstance(token["id"], int) or token["id"] <= skip_until:
            continue
        start = text.index(token["form"], pos)
        pos = start + len(token["form"])
        spans.append((start, pos))
    return spans


def read_parts(ud: Path) -> dict[str, Part]:
    """'train + dev' and one part per genre, in file order."""
    parts: dict[str, Part] = {"train + dev": Part()}
    for name in FILES:
        for sentence in conllu.parse((ud / name).read_text(encoding="utf-8")):
            genre = GENRES[sentence.metadata["sent_id"].split(".tagged")[0]]
            spans = token_spans(sentence)
            for part in (parts["train + dev"], parts.setdefault(genre, Part())):
                part.add(sentence.metadata["text"], spans)
    return parts


def peers(only_ours: bool = False) -> dict[str, tuple[object, object]]:
    """name -> (tokenize(text) -> spans, sentenize(text) -> spans or None), for installed peers."""
    import taldau.segment as ours

    found = {
        "taldau": (
            lambda t: [(x.start, x.end) for x in ours.tokenize(t)],
            lambda t: [(s.start, s.end) for s in ours.sentenize(t)],
        )
    }
    if only_ours:
        return found
    try:
        import razdel

        found["razdel"] = (
            lambda t: [(x.start, x.stop) for x in razdel.tokenize(t)],
            lambda t: [(s.start, s.stop) for s in razdel.sentenize(t)],
        )
    except ImportError:
        pass
    try:
        import spacy

        nlp = spacy.blank("xx")
        nlp.add_pipe("sentencizer")
        nlp.max_length = 10**8
        found["spaCy xx"] = (
            lambda t: [(x.idx, x.idx + len(x)) for x in nlp.tokenizer(t)],
            lambda t: [(s.start_char, s.end_char) for s in nlp(t).sents],
        )
    except ImportError:
        pass
    try:
        from qaznltk import qaznltk as qnltk

        q = qnltk.QazNLTK()
        # qaznltk's tokenize() returns lowercased (word, count) pairs without punctuation: sentences only
        found["qaznltk"] = (None, lambda t: _locate(t, q.sent_tokenize(t)))
    except Exception:  # noqa: BLE001 - a peer that fails to load is skipped, not fatal
        pass
    return found


def _locate(text: str, pieces: list[str]) -> list[tuple[int, int]]:
    """Spans of `pieces` found in order in `text` (for peers that return strings only)."""
    spans, pos = [], 0
    for piece in pieces:
        piece = piece.strip()
        start = text.find(piece, pos)
        if start < 0 or not piece:
            continue
        spans.append((start, start + len(piece)))
        pos = start + len(piece)
    return spans


def scores(part: Part, tok, sent) -> tuple[float | None, float]:
    """Token F1 (None for a peer without a tokenizer) and sentence F1 on one part."""
    text = part.text
    token_f1 = f1(part.tokens, set(tok(text)))[2] if tok is not None else None
    return token_f1, f1(part.sentences, set(sent(text)))[2]


def _cell(value: float | None, floor: float | None = None) -> str:
    if value is None:
        return "n/a"
    return f"{value:.4f}" + (f" (≥ {floor})" if floor is not None else "")


def below_floors(parts: dict[str, Part], tok, sent) -> list[str]:
    """taldau's figures that fall below their floor, as messages."""
    failures = []
    for name, part in parts.items():
        for measure, value in zip(("tokens", "sentences"), scores(part, tok, sent)):
            floor = FLOORS.get((name, measure))
            if floor is not None and value < floor:
                failures.append(f"{name} {measure} F1 {value:.4f} < floor {floor}")
    return failures


def overall_table(part: Part, found: dict) -> str:
    big = " ".join([part.text] * 20)
    tokenizers = {name: tok for name, (tok, _) in found.items() if tok is not None}
    times = best_times({name: (lambda tok=tok: tok(big)) for name, tok in tokenizers.items()})
    speeds = {name: len(tok(big)) / times[name] for name, tok in tokenizers.items()}
    base = speeds.get("spaCy xx")
    rows = []
    for name, (tok, sent) in found.items():
        tf1, sf1 = scores(part, tok, sent)
        speed = f"{speeds[name]:,.0f}" if name in speeds else "n/a"
        ratio = f"{speeds[name] / base:.2f}x" if base and name in speeds else "n/a"
        rows.append([name, _cell(tf1), _cell(sf1), speed, ratio])
    return table(["tokenizer", "token F1", "sentence F1", "tokens/s", "speed vs spaCy xx"], rows)


def genre_table(parts: dict[str, Part], found: dict) -> str:
    names = list(found)
    header = ["genre (sentences)"] + [f"{n} tokens / sentences" for n in names]
    rows = []
    for genre, part in parts.items():
        if genre == "train + dev":
            continue
        label = f"{genre} ({len(part.sentences)})" + (" **untouched**" if genre == UNTOUCHED else "")
        cells = []
        for name in names:
            tf1, sf1 = scores(part, *found[name])
            ours = name == "taldau"  # floors are ours only
            floors = [FLOORS.get((genre, measure)) if ours else None for measure in ("tokens", "sentences")]
            cells.append(f"{_cell(tf1, floors[0])} / {_cell(sf1, floors[1])}")
        rows.append([label] + cells)
    return table(header, rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with the shared datasets")
    parser.add_argument("--check", action="store_true", help="taldau's floors only, no peers, no timing")
    parser.add_argument("--hide-untouched", action="store_true", help=f"leave out '{UNTOUCHED}' and the total")
    args = parser.parse_args()
    ud = args.data / "ud_kazakh_ktb"
    if not ud.is_dir():
        print(f"skipped: dataset folder {ud} not found (pass --data PATH)")
        return 0
    parts = read_parts(ud)
    if args.hide_untouched:
        parts = {name: part for name, part in parts.items() if name not in (UNTOUCHED, "train + dev")}
    found = peers(only_ours=args.check or args.hide_untouched)
    failures = below_floors(parts, *found["taldau"])
    if args.check:
        print("\n".join(failures) or f"segment: all {sum(1 for k in FLOORS if k[0] in parts)} floors met")
        return 1 if failures else 0
    overall = parts.get("train + dev")
    markdown = "\n".join([
        "## Tokenization and sentence segmentation (UD Kazakh-KTB train + dev)",
        "",
        *([
            f"{len(overall.sentences)} sentences, {len(overall.tokens)} surface tokens, joined into running text. "
            "Exact character-span match. Speed: tokens/s on the text repeated 20 times, best of 7 interleaved rounds, "
            "one process.",
            "",
            overall_table(overall, found),
            "",
        ] if overall else []),
        "By genre (source document of each sentence; each genre's sentences joined into its own running text). "
        f"Rules were written on news and encyclopedia errors; {UNTOUCHED} was kept untouched and run once at the "
        "end. Floors in brackets; the script exits 1 below them.",
        "",
        genre_table(parts, found),
        "",
        CAVEATS,
        "",
    ])
    if args.hide_untouched:
        print(markdown)
    else:
        publish("segment", markdown)
    print("\n".join(failures), file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
