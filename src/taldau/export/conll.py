"""CoNLL-U in and out, through the `conllu` package.

Out: one block per sentence with `# sent_id` and `# text`; FORM is the token as written, LEMMA/UPOS/FEATS
from the chosen reading ("_" when unknown), HEAD/DEPREL
from the parser ("_" before it has run), MISC carries `SpaceAfter=No` and the character span
`TokenRange=start:end` into the document text. In: a CoNLL-U string becomes a Doc whose text is rebuilt
from the forms (spaced as SpaceAfter says, one sentence per line), with offsets into it.
"""
from __future__ import annotations

import re

import conllu

from taldau.doc import Analysis, Doc, Sentence, Token

_BREAKS = re.compile(r"[\t\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")  # one CoNLL-U line, tab-separated


def _feats(feats: str | None) -> dict[str, str] | None:
    if not feats:
        return None
    return dict(pair.split("=", 1) for pair in feats.split("|") if "=" in pair)


def _head(token: Token, sentence: Sentence, i: int) -> int | None:
    """HEAD: 0 for the root, else the 1-based position of the head in the sentence; None before parsing."""
    if token.head is None:
        return None
    return 0 if token.head == sentence.first + i - 1 else token.head - sentence.first + 1


def to_conllu(doc: Doc, doc_id: str = "doc") -> str:
    blocks = []
    for n, sentence in enumerate(doc.sentences, 1):
        rows = []
        for i, token in enumerate(doc.sentence_tokens(sentence), 1):
            misc = {"TokenRange": f"{token.start}:{token.end}"}
            if not token.space_after:
                misc["SpaceAfter"] = "No"
            rows.append(conllu.Token({
                "id": i, "form": _BREAKS.sub(" ", token.text), "lemma": token.lemma or "_",
                "upos": token.upos or "_", "xpos": None, "feats": _feats(token.feats), "head": _head(token, sentence, i),
                "deprel": token.deprel, "deps": None, "misc": misc,
            }))
        text = _BREAKS.sub(" ", doc.text[sentence.start : sentence.end])
        blocks.append(conllu.TokenList(rows, metadata={"sent_id": f"{doc_id}-{n}", "text": text}).serialize())
    return "".join(blocks)


def from_conllu(data: str) -> Doc:
    """A Doc from CoNLL-U; multiword-token ranges become one token, their words its readings."""
    pieces: list[str] = []
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    offset = 0
    for tokenlist in conllu.parse(data):
        first = len(tokens)
        start = offset
        words = {t["id"]: t for t in tokenlist if isinstance(t["id"], int)}
        skip = 0
        for row in tokenlist:
            rid = row["id"]
            if isinstance(rid, tuple) and rid[1] == "-":
                parts = [words[i] for i in range(rid[0], rid[2] + 1) if i in words]
                skip = rid[2]
            elif isinstance(rid, int) and rid > skip:
                parts = [row]
            else:
                continue
            form = row["form"]
            analyses = tuple(
                Analysis(p["lemma"], p["upos"] or "X", "|".join(f"{k}={v}" for k, v in (p["feats"] or {}).items()))
                for p in parts if p["lemma"] not in (None, "_")
            )
            space = not (row["misc"] or {}).get("SpaceAfter") == "No"
            tokens.append(Token(form, offset, offset + len(form), form, space, analyses))
            pieces.append(form + (" " if space else ""))
            offset += len(form) + (1 if space else 0)
        if len(tokens) > first:
            end = tokens[-1].end
            sentences.append(Sentence(start, end, first, len(tokens)))
            if pieces and not pieces[-1].endswith(" "):
                pieces.append("\n")
                offset += 1
            elif pieces:
                pieces[-1] = pieces[-1][:-1] + "\n"
    return Doc("".join(pieces), tuple(tokens), tuple(sentences))
