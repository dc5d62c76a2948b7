"""A self-contained HTML report of a Doc: sentences, tokens (lemma and features on hover), entities and
quantities highlighted, a legend that filters entities by label, the actors (entities grouped by name,
with their ISO 3166 code) and the quantities with their values. One file, no scripts, no external resources."""
from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from functools import cache
from html import escape
from pathlib import Path

from taldau.doc import Doc, Quantity, Span, Token

_CSS = Path(__file__).with_name("report.css")
NUMERIC = frozenset({"CARDINAL", "ORDINAL", "MONEY", "PERCENTAGE", "QUANTITY", "DATE", "TIME"})  # in quantities


@cache
def _names() -> dict[str, tuple[str, str]]:
    """Label or quantity kind -> (Kazakh, English) name, from labels.tsv."""
    rows = Path(__file__).with_name("labels.tsv").read_text(encoding="utf-8").splitlines()
    return {label: (kk, en) for label, kk, en in (r.split("\t") for r in rows if r and not r.startswith("#"))}


def label_name(label: str) -> str:
    """`GPE` -> `ел, елді мекен · country, city`: a label as a reader of either language reads it."""
    kk, en = _names().get(label, (label, label))
    return f"{kk} · {en}"


def value_text(value: object) -> str:
    """A quantity's value as a person writes it: 1 500 000, 2,9, 2011-05, 10 – 12 (not as JSON)."""
    if isinstance(value, (list, tuple)):
        return " – ".join("…" if v is None else value_text(v) for v in value)
    if isinstance(value, bool) or value is None:
        return "" if value is None else str(value)
    if isinstance(value, int):
        return f"{value:,}".replace(",", "\u202f")
    if isinstance(value, float):
        return f"{value:,.10g}".replace(",", "\u202f").replace(".", ",") if abs(value) < 1e15 else f"{value:g}"
    return str(value)


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
            title += escape(f" [{quantity.kind}: {value_text(quantity.value)} {quantity.unit or ''}]")
        out.append(f'<span class="{classes}" title="{title}">{escape(token.text)}</span>')
        pos = token.end
        if open_entity is not None and token.end >= open_entity.end:
            out.append("</mark>")
            open_entity = None
    if open_entity is not None:
        out.append("</mark>")
    meta = f"{index + 1}" + (f" · {sentence.lang}" if sentence.lang else "")
    return f'<p class="sentence" id="s{index + 1}"><span class="meta">{escape(meta)}</span>{"".join(out)}</p>' + _tree(doc, sentence)


def _tree(doc: Doc, sentence) -> str:
    """The sentence's dependency tree, folded away until asked for; nothing when it was not parsed."""
    tokens = doc.sentence_tokens(sentence)
    if not tokens or tokens[0].head is None:
        return ""
    from taldau.syntax.svg import arcs_svg

    return f'<details class="tree"><summary>tree</summary>{arcs_svg(tokens, sentence.first)}</details>'


def _actor_rows(entities: tuple[Span, ...]) -> str:
    """One row per actor (label, name, code), most mentioned first, with the forms it was written in."""
    forms: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for e in entities:
        if e.label not in NUMERIC:
            forms[(e.label, e.canonical or e.text, e.link or "")].append(e.text)
    return "".join(
        f'<tr class="{label}"><td>{escape(name)}</td><td>{escape(link)}</td>'
        f'<td title="{label}">{escape(label_name(label))}</td><td>{len(seen)}</td>'
        f"<td>{escape(', '.join(dict.fromkeys(seen)))}</td></tr>"
        for (label, name, link), seen in sorted(forms.items(), key=lambda item: -len(item[1]))
    )


def _legend(entities: tuple[Span, ...]) -> tuple[str, str]:
    """Checkboxes, one per label present, that hide that label's marks and rows when unticked (CSS :has)."""
    labels = sorted({e.label for e in entities})
    boxes = "".join(
        f'<label><input type="checkbox" checked data-filter="{label}"> <mark class="{label}">{label}</mark> '
        f"{escape(label_name(label))}</label>" for label in labels
    )
    rules = "".join(
        f'body:has(input[data-filter="{label}"]:not(:checked)) :is(mark.{label}:not(.key), tr.{label})'
        f" {{ background: none; }} body:has(input[data-filter=\"{label}\"]:not(:checked)) tr.{label},"
        f' body:has(input[data-filter="{label}"]:not(:checked)) mark.{label}:not(.key)::after {{ display: none; }}\n'
        for label in labels
    )
    return f'<fieldset class="legend"><legend>Entities · атаулар</legend>{boxes}</fieldset>', rules


ACTOR_COLUMNS = (("wants", ("goal", "interest", "need")), ("cooperates", ("cooperation",)),
                 ("supports", ("support",)), ("opposes", ("opposition",)))


def _actors_html(doc: Doc) -> str:
    """The "Actors" section: who wants, supports, opposes what, each stance linked to its sentence; a graph."""
    if not doc.relations:
        return ""
    from taldau.stances import actors
    from taldau.stances.graph import svg
    from taldau.stances.summary import stance_text

    found = actors(doc)
    rows = []
    for actor in found:
        cells = ["<br>".join(f'<a href="#s{r.sentence + 1}">{escape(stance_text(r).split(": ", 1)[1])}</a>'
                             + (" <i>(not)</i>" if r.negated else "") for r in actor.relations if r.kind in kinds)
                 for _, kinds in ACTOR_COLUMNS]
        rows.append(f"<tr><td>{escape(actor.name)}</td><td>{escape(actor.link or '')}</td><td>{len(actor.mentions)}</td>"
                    + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    header = "".join(f"<th>{name}</th>" for name, _ in ACTOR_COLUMNS)
    return (f'<h2>Actors · кім не қалайды</h2>\n<table class="stances"><tr><th>actor</th><th>ISO</th><th>mentions</th>{header}</tr>'
            f'{"".join(rows)}</table>\n<figure class="graph">{svg(found)}</figure>')


def to_html(doc: Doc, title: str = "taldau report") -> str:
    quantity_rows = "".join(
        f"<tr><td>{escape(q.text)}</td><td class=\"value\">{escape(value_text(q.value))}</td><td>{escape(q.unit or '')}</td>"
        f'<td title="{q.kind}">{escape(label_name(q.kind))}</td>'
        f"<td>{'≈' if q.approx else ''}{escape(' '.join(filter(None, (q.bound, q.qualifier))))}</td></tr>"
        for q in doc.quantities
    )
    keyterm_rows = "".join(
        f"<tr><td>{escape(k.text)}</td><td>{escape(label_name(k.label) if k.label else '')}</td><td>{k.count}</td><td>{k.score:.1f}</td></tr>"
        for k in doc.keyterms
    )
    entity_at = {e.start: e for e in reversed(doc.entities)}  # the first entity starting at an offset wins
    quantity_at = _quantity_of_token(doc)
    sentences = "\n".join(_sentence_html(doc, i, entity_at, quantity_at) for i in range(len(doc.sentences)))
    legend, filters = _legend(doc.entities)
    return f"""<!doctype html>
<html lang="kk"><head><meta charset="utf-8"><title>{escape(title)}</title>
<style>{_CSS.read_text(encoding="utf-8")}{filters}</style></head>
<body><h1>{escape(title)}</h1>
<p class="summary"><span>{len(doc.sentences)} sentences · сөйлем</span><span>{len(doc.tokens)} tokens · сөз</span>
<span>{len(doc.entities)} entities · атау</span><span>{len(doc.quantities)} quantities · шама</span></p>
{_actors_html(doc)}
<h2>Key terms · негізгі терминдер</h2>
<table class="keyterms"><tr><th>term</th><th>entity</th><th>mentions</th><th>score</th></tr>{keyterm_rows}</table>
<h2>Text · мәтін</h2>
{legend}
{sentences}
<h2>Entities · атаулар</h2>
<table class="entities"><tr><th>name · атауы</th><th>ISO 3166</th><th>label · түрі</th><th>mentions · саны</th><th>written as · жазылуы</th></tr>{_actor_rows(doc.entities)}</table>
<h2>Quantities · сандар</h2>
<table class="quantities"><tr><th>text · мәтін</th><th>value · мәні</th><th>unit · өлшем</th><th>kind · түрі</th><th>qualifier</th></tr>{quantity_rows}</table>
</body></html>
"""
