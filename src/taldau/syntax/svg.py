"""A sentence's dependency tree as a small self-contained SVG arc diagram (words in a row, one arc per
relation from head to dependent, labelled), drawn at analysis time for the HTML report."""
from __future__ import annotations

from collections.abc import Sequence
from html import escape

from taldau.doc import Token

CHAR, GAP, LEVEL, FONT = 8, 18, 22, 13  # px: width of a character, between words, per arc level; font size


def arcs_svg(tokens: Sequence[Token], first: int) -> str:
    """SVG of one sentence; `tokens` are the sentence's, `first` the index in Doc.tokens of tokens[0]."""
    xs, x = [], 10
    for token in tokens:
        width = max(len(token.text), len(token.upos or "")) * CHAR
        xs.append(x + width / 2)
        x += width + GAP
    levels = [abs(t.head - first - i) for i, t in enumerate(tokens) if t.head is not None and t.head - first != i]
    top = (min(max(levels, default=1), 12) + 1) * LEVEL
    baseline = top + 20
    parts = []
    for i, token in enumerate(tokens):
        parts.append(f'<text x="{xs[i]:.0f}" y="{baseline}" text-anchor="middle">{escape(token.text)}</text>'
                     f'<text x="{xs[i]:.0f}" y="{baseline + 16}" text-anchor="middle" class="upos">'
                     f'{escape(token.upos or "")}</text>')
        if token.head is None or not 0 <= token.head - first < len(tokens):
            continue
        head = token.head - first
        if head == i:  # the root: a line from above
            parts.append(f'<line x1="{xs[i]:.0f}" y1="4" x2="{xs[i]:.0f}" y2="{baseline - 14}" class="arc"/>'
                         f'<text x="{xs[i] + 4:.0f}" y="12" class="rel">root</text>')
            continue
        y = baseline - 14 - min(abs(head - i), 12) * LEVEL
        a, b = xs[head], xs[i]
        parts.append(f'<path d="M{a:.0f},{baseline - 14} C{a:.0f},{y} {b:.0f},{y} {b:.0f},{baseline - 18}" class="arc"/>'
                     f'<path d="M{b - 4:.0f},{baseline - 22} L{b:.0f},{baseline - 14} L{b + 4:.0f},{baseline - 22}" class="arc"/>'
                     f'<text x="{(a + b) / 2:.0f}" y="{(baseline - 14 + 3 * y) / 4 - 3:.0f}" text-anchor="middle" '
                     f'class="rel">{escape(token.deprel or "")}</text>')
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="tree" width="{x:.0f}" height="{baseline + 24}" '
            f'font-size="{FONT}">{"".join(parts)}</svg>')
