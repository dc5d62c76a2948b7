"""A self-contained HTML report of a Doc: sentences, tokens (lemma and features on hover), entities and
quantities highlighted, and tables of both. One file, no scripts, no external resources."""
from __future__ import annotations

import json
from bisect import bisect_left
from collections import Counter
from html import escape
from pathlib import Path

from taldau.doc import Doc, Quantity, Span, Token

_CSS = Path(__file__).with_name("report.css")


def _title(token: Token) -> str:
    if not token.analyses:
        return ""
    readings = [f"{a.lemma} {a.upos} {a.feats}".strip() + (" (guessed)" if a.guessed else "") for a in token.analyses]
    return escape(" | ".join(readings), quote=True)


def _quantity_of_token(doc: Doc) -> dict[int, Quantity]:
    """Token start -> the quantity covering that token, found in one pass (bisect per quantity)."""
    starts = [t.start for t in doc.tokens]
    covered: dict[int, Quantity] = {}
    for quantity in doc.quantities:
        i = bisect_left(starts, quantity.start)
        while i < len(doc.tokens) and doc.tokens[i].end <= quantity.end:
            covered[doc.tokens[i].start] = quantity
            i += 1
    return covered


def _sentence_html(doc: Doc, index: int, entity_at: dict[int, Span], quantity_at: dict[int, Quantity]) -> str:
    sentence = doc.sentences[index]
    out, pos, open_entity = [], sentence.start, None
    for token in doc.sentence_tokens(sentence):
        out.append(escape(doc.text[pos : token.start]))
        if open_entity is None and token.start in entity_at:
            open_entity = entity_at[token.start]
            note = escape(open_entity.canonical or "", quote=True)
            out.append(f'<mark class="{open_entity.label}" data-label="{open_entity.label}" title="{note}">')
        quantity = quantity_at.get(token.start)
        classes = "tok q" if quantity else "tok"
        title = _title(token)
        if quantity:
            title += escape(f" [{quantity.kind}: {json.dumps(quantity.value, ensure_ascii=False)} {quantity.unit or ''}]")
        out.append(f'<span class="{classes}" title="{title}">{escape(token.text)}</span>')
        pos = token.end
        if open_entity is not None and token.end >= open_entity.end:
            out.append("</mark>")
            open_entity = None
    if open_entity is not None:
        out.append("</mark>")
    meta = f"{index + 1}" + (f" · {sentence.lang}" if sentence.lang else "")
    return f'<p class="sentence"><span class="meta">{escape(meta)}</span>{"".join(out)}</p>' + _tree(doc, sentence)


def _tree(doc: Doc, sentence) -> str:
    """The sentence's dependency tree, folded away until asked for; nothing when it was not parsed."""
    tokens = doc.sentence_tokens(sentence)
    if not tokens or tokens[0].head is None:
        return ""
    from taldau.syntax.svg import arcs_svg

    return f'<details class="tree"><summary>tree</summary>{arcs_svg(tokens, sentence.first)}</details>'


def to_html(doc: Doc, title: str = "taldau report") -> str:
    entities = Counter((e.label, e.canonical or e.text) for e in doc.entities)
    entity_rows = "".join(
        f"<tr><td>{escape(label)}</td><td>{escape(name)}</td><td>{n}</td></tr>"
        for (label, name), n in entities.most_common()
    )
    quantity_rows = "".join(
        f"<tr><td>{escape(q.kind)}</td><td>{escape(q.text)}</td>"
        f"<td>{escape(json.dumps(q.value, ensure_ascii=False))}</td><td>{escape(q.unit or '')}</td>"
        f"<td>{'≈' if q.approx else ''}{escape(q.bound or '')}</td></tr>"
        for q in doc.quantities
    )
    keyterm_rows = "".join(
        f"<tr><td>{escape(k.text)}</td><td>{escape(k.label or '')}</td><td>{k.count}</td><td>{k.score:.1f}</td></tr>"
        for k in doc.keyterms
    )
    entity_at = {e.start: e for e in reversed(doc.entities)}  # the first entity starting at an offset wins
    quantity_at = _quantity_of_token(doc)
    sentences = "\n".join(_sentence_html(doc, i, entity_at, quantity_at) for i in range(len(doc.sentences)))
    return f"""<!doctype html>
<html lang="kk"><head><meta charset="utf-8"><title>{escape(title)}</title>
<style>{_CSS.read_text(encoding="utf-8")}</style></head>
<body><h1>{escape(title)}</h1>
<p class="summary"><span>{len(doc.sentences)} sentences</span><span>{len(doc.tokens)} tokens</span>
<span>{len(doc.entities)} entities</span><span>{len(doc.quantities)} quantities</span></p>
<h2>Key terms</h2>
<table><tr><th>term</th><th>entity</th><th>mentions</th><th>score</th></tr>{keyterm_rows}</table>
<h2>Text</h2>
{sentences}
<h2>Entities</h2>
<table><tr><th>label</th><th>name</th><th>mentions</th></tr>{entity_rows}</table>
<h2>Quantities</h2>
<table><tr><th>kind</th><th>text</th><th>value</th><th>unit</th><th>qualifier</th></tr>{quantity_rows}</table>
</body></html>
"""
