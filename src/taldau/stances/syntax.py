"""A stance clause's arguments from a dependency parse, where the tokens carry one.

The parser (the `syntax` component) gives each token `head` (the index in `Doc.tokens` of its head,
spaCy's convention; itself or None for the root) and `deprel` (a UD relation). The subject is the
`nsubj` of a predicate word, with its `conj` dependents; the target is its nearest `obj`, `obl`,
`ccomp` or `xcomp` in the case the predicate governs, with that word's whole subtree. What the parse
does not give (no nsubj, no such dependent) is read by the morphology rules (`arguments`).
"""
from __future__ import annotations

from collections.abc import Sequence

from taldau.doc import Token
from taldau.stances import arguments
from taldau.stances import words as w
from taldau.stances.arguments import CASES, Arguments
from taldau.stances.clauses import Found
from taldau.stances.mentions import Mention

TARGET_RELATIONS = ("obj", "obl", "ccomp", "xcomp", "iobj")


def parsed(tokens: Sequence[Token]) -> bool:
    """True when the tokens carry a dependency parse."""
    return bool(tokens) and getattr(tokens[0], "deprel", None) is not None


def read(tokens: Sequence[Token], offset: int, mentions: Sequence[Mention], found: Found) -> Arguments:
    """Arguments of the clause `found` from the parse; `offset`: index in Doc.tokens of tokens[0]."""
    rules = arguments.read(tokens, mentions, found)
    heads = [_head(t, offset, i) for i, t in enumerate(tokens)]
    predicate = set(range(found.first, found.end))
    subject_words = [i for i, t in enumerate(tokens) if heads[i] in predicate and t.deprel.startswith("nsubj")]
    subject_words += [i for i, t in enumerate(tokens) if t.deprel == "conj" and heads[i] in subject_words]
    subjects = [m for m in mentions if any(m.first <= i < m.last for i in subject_words)]
    targets = _targets(tokens, heads, predicate, found)
    return Arguments(subjects or rules.subjects, targets or rules.targets, rules.partners,
                     rules.overt and not subjects)


def _head(token: Token, offset: int, i: int) -> int | None:
    head = getattr(token, "head", None)
    return None if head is None or head - offset == i else head - offset


def _targets(tokens, heads, predicate: set[int], found: Found) -> list[tuple[int, int]]:
    wanted = {CASES[c] for c in found.predicate.targets if c in CASES}
    candidates = [i for i, t in enumerate(tokens) if heads[i] in predicate and i not in predicate
                  and t.deprel.split(":")[0] in TARGET_RELATIONS and i < found.first
                  and (not wanted or w.case(t) in wanted)]
    if not candidates:
        return []
    head = max(candidates)
    subtree = _subtree(heads, head)
    return [(min(subtree), head + 1)]


def _subtree(heads: list[int | None], root: int) -> set[int]:
    inside = {root}
    changed = True
    while changed:
        changed = False
        for i, h in enumerate(heads):
            if h in inside and i not in inside:
                inside.add(i)
                changed = True
    return inside
