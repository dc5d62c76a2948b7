"""The actors of a document and their stances as a picture: plain SVG, drawn without any library.

Actors stand in a column on the left, what they want, need, support or oppose in a column on the right,
and one line per stance joins them, coloured by kind (dashed when negated); cooperation partners are
joined by arcs on the left. Twenty actors and their targets stay readable (one row each).
"""
from __future__ import annotations

from html import escape

from taldau.doc import Relation
from taldau.stances.summary import Actor, actor_key

COLOURS = {"goal": "#1d6fb8", "interest": "#2a9d8f", "need": "#e9a23b", "cooperation": "#6a4c93",
           "support": "#3a9d3a", "opposition": "#c0392b"}
ROW, WIDTH, LEFT, RIGHT, TOP = 24, 840, 230, 500, 30
MAX_ACTORS, MAX_TARGETS, LABEL = 20, 40, 30


def svg(actors: list[Actor]) -> str:
    actors = actors[:MAX_ACTORS]
    targets: list[str] = []
    for actor in actors:
        for relation in actor.relations:
            label = _target(relation)
            if label not in targets and len(targets) < MAX_TARGETS:
                targets.append(label)
    rows = max(len(actors), len(targets), 1)
    height = TOP + rows * ROW + 40
    y_actor = {a.key: TOP + i * ROW for i, a in enumerate(actors)}
    y_target = {t: TOP + i * ROW for i, t in enumerate(targets)}
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
             f'viewBox="0 0 {WIDTH} {height}" font-family="sans-serif" font-size="12" role="img" '
             f'aria-label="actors and their stances">']
    for actor in actors:
        for relation in actor.relations:
            parts.append(_edge(y_actor[actor.key], y_target.get(_target(relation)), relation, y_actor))
    parts += [f'<text x="{LEFT - 8}" y="{y + 4}" text-anchor="end" font-weight="bold">{escape(_short(a.name))}</text>'
              for a, y in zip(actors, y_actor.values())]
    parts += [f'<text x="{RIGHT + 8}" y="{y + 4}">{escape(t)}</text>' for t, y in y_target.items()]
    parts.append(_legend(height - 14))  # legend: one colour per kind, dashed = negated
    return "\n".join(parts + ["</svg>"])


def _edge(y: int, target_y: int | None, relation: Relation, y_actor: dict[str, int]) -> str:
    colour = COLOURS[relation.kind]
    dash = ' stroke-dasharray="5 4"' if relation.negated else ""
    title = f"<title>{escape(relation.kind + (' (not)' if relation.negated else ''))}</title>"
    lines = []
    if target_y is not None:
        lines.append(f'<path d="M{LEFT} {y} C{LEFT + 150} {y} {RIGHT - 150} {target_y} {RIGHT} {target_y}" '
                     f'fill="none" stroke="{colour}" stroke-width="2"{dash}>{title}</path>')
    for partner in relation.partners:
        other = y_actor.get(actor_key(partner))
        if other is not None and other != y:
            bend = LEFT + 40 + abs(other - y) // 3
            lines.append(f'<path d="M{LEFT} {y} C{bend} {y} {bend} {other} {LEFT} {other}" fill="none" '
                         f'stroke="{colour}" stroke-width="1.5"{dash}>{title}</path>')
    return "\n".join(lines)


def _legend(y: int) -> str:
    items = [f'<rect x="{10 + i * 125}" y="{y - 9}" width="12" height="12" fill="{c}"/>'
             f'<text x="{26 + i * 125}" y="{y + 1}">{k}</text>' for i, (k, c) in enumerate(COLOURS.items())]
    return "".join(items)


def _target(relation: Relation) -> str:
    text = relation.target.text if relation.target else relation.predicate.text
    return _short(text)


def _short(text: str) -> str:
    """At most LABEL characters: the last whole words, which carry the head (…су қорын сақтауды)."""
    if len(text) <= LABEL:
        return text
    words = text.split()
    while len(" ".join(words)) > LABEL - 1 and len(words) > 1:
        words.pop(0)
    return "…" + " ".join(words)[-(LABEL - 1):]

