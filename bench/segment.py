"""Tokenization and sentence segmentation on UD Kazakh-KTB (train + dev), against peers.

Run from the repository root: python -m bench.segment [--data ../shared/data]

Sentences are joined with one space into running text; a token or sentence counts as right when its
character span is exactly the gold one. Multiword tokens (UD ranges such as `қуаныштымын`) count as one
surface token, as written. Speed is tokens per second over the same running text, repeated.
"""
from __future__ import annotations

from pathlib import Path

import conllu

from bench.common import best_times, data_dir, f1, publish, table


def gold(path: Path) -> tuple[str, set, set]:
    """Running text, token spans and sentence spans from CoNLL-U files."""
    texts, tokens, sentences, offset = [], set(), set(), 0
    for sentence in conllu.parse(path.read_text(encoding="utf-8")):
        text = sentence.metadata["text"]
        skip_until, pos = 0, 0
        for token in sentence:
            if isinstance(token["id"], tuple) and token["id"][1] == "-":
                skip_until = token["id"][2]
            elif not isinstance(token["id"], int) or token["id"] <= skip_until:
                continue
            start = text.index(token["form"], pos)
            pos = start + len(token["form"])
            tokens.add((offset + start, offset + pos))
        sentences.add((offset, offset + len(text)))
        texts.append(text)
        offset += len(text) + 1
    return " ".join(texts), tokens, sentences


def peers() -> dict[str, tuple[object, object]]:
    """name -> (tokenize(text) -> spans, sentenize(text) -> spans or None), for installed peers."""
    import taldau.segment as ours

    found = {
        "taldau": (
            lambda t: [(x.start, x.end) for x in ours.tokenize(t)],
            lambda t: [(s.start, s.end) for s in ours.sentenize(t)],
        )
    }
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


def main() -> None:
    data, _ = data_dir(__doc__)
    ud = data / "ud_kazakh_ktb"
    texts, gold_tokens, gold_sentences = [], set(), set()
    offset = 0
    for name in ("kk_ktb-ud-train.conllu", "kk_ktb-ud-dev.conllu"):
        text, toks, sents = gold(ud / name)
        gold_tokens |= {(a + offset, b + offset) for a, b in toks}
        gold_sentences |= {(a + offset, b + offset) for a, b in sents}
        texts.append(text)
        offset += len(text) + 1
    text = " ".join(texts)
    big = " ".join([text] * 20)
    rows, found = [], peers()
    tokenizers = {name: tok for name, (tok, _) in found.items() if tok is not None}
    times = best_times({name: (lambda tok=tok: tok(big)) for name, tok in tokenizers.items()})
    speeds = {name: len(tok(big)) / times[name] for name, tok in tokenizers.items()}
    for name, (tok, sent) in found.items():
        _, _, sf1 = f1(gold_sentences, set(sent(text)))
        if tok is None:
            rows.append([name, "n/a", f"{sf1:.4f}", "n/a"])
            continue
        _, _, tf1 = f1(gold_tokens, set(tok(text)))
        rows.append([name, f"{tf1:.4f}", f"{sf1:.4f}", f"{speeds[name]:,.0f}"])
    base = speeds.get("spaCy xx")
    for row in rows:
        row.append(f"{speeds[row[0]] / base:.2f}x" if base and row[0] in speeds else "n/a")
    markdown = "\n".join([
        "## Tokenization and sentence segmentation (UD Kazakh-KTB train + dev)",
        "",
        f"{len(gold_sentences)} sentences, {len(gold_tokens)} surface tokens, joined into running text. "
        "Exact character-span match. Speed: tokens/s on the text repeated 20 times, best of 7 interleaved rounds, one process.",
        "",
        table(["tokenizer", "token F1", "sentence F1", "tokens/s", "speed vs spaCy xx"], rows),
        "",
    ])
    publish("segment", markdown)


if __name__ == "__main__":
    main()
