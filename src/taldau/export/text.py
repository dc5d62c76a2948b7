"""Plain text: one sentence per line, tokens separated by spaces; with `analyses`, token/lemma/UPOS."""
from __future__ import annotations

from taldau.doc import Doc


def to_text(doc: Doc) -> str:
    lines = []
    for sentence in doc.sentences:
        tokens = doc.sentence_tokens(sentence)
        lines.append(" ".join(f"{t.text}/{t.lemma}/{t.upos}" if t.lemma else t.text for t in tokens))
    return "\n".join(lines) + ("\n" if lines else "")
