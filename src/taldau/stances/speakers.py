"""Who speaks, sentence by sentence: the person whose words a first-person stance is (Мен бұл шешімді қолдаймын).

A sentence's speaker is the person its quotation is attributed to («... қолдаймыз», — деді Асқар Мамин; Асқар Мамин:
«...»), else, in an interview, the person interviewed (... экономист Арман Бекмұхамедовпен сұхбаттастық), from the
sentence that says so on. A first-person stance with no speaker is nobody's the text names, and no relation.
"""
from __future__ import annotations

from bisect import bisect_left

from taldau.doc import Doc, Span

SAYING = frozenset({"де", "айт", "мәлімде", "хабарла", "жеткіз", "түсіндір", "атап"})  # деді, айтты, атап өтті
INTERVIEW = "сұхбат"  # сұхбаттастық, сұхбат берді: an interview
OPENING, CLOSING, DASHES = frozenset({"«", '"', "“"}), frozenset({"»", '"', "”"}), frozenset({"—", "–", "-"})


def speakers(doc: Doc) -> list[Span | None]:
    """The speaker of each sentence of `doc`, or None."""
    starts = [e.start for e in doc.entities]
    out: list[Span | None] = []
    interviewee = None
    for sentence in doc.sentences:
        tokens = doc.sentence_tokens(sentence)
        persons = [e for e in doc.entities[bisect_left(starts, sentence.start) :] if e.start < sentence.end
                   and e.label == "PERSON"]
        attributed = _attributed(doc, tokens, persons)
        if interviewee is None and persons and (
                any(t.norm.lower().startswith(INTERVIEW) for t in tokens) or attributed and sentence.first == 0):
            interviewee = persons[0] if not attributed or sentence.first else attributed
        out.append(attributed or interviewee)
    return out


def _attributed(doc: Doc, tokens, persons: list[Span]) -> Span | None:
    """The person a quotation of the sentence is attributed to: after the closing quote and a dash with a saying verb
    («...», — деді X), or before a colon and the opening quote (X: «...»)."""
    if not persons:
        return None
    closing = max((t.end for t in tokens if t.norm in CLOSING and t.text not in OPENING or t.text == "»"), default=None)
    if closing is not None and any(t.norm in DASHES and t.start >= closing for t in tokens) \
            and any(t.start >= closing and (t.lemma or "").lower() in SAYING for t in tokens):
        after = [p for p in persons if p.start >= closing]
        if after:
            return after[0]
    for person in persons:
        following = [t for t in tokens if t.start >= person.end][:2]
        if [t.norm for t in following][:1] == [":"] and len(following) == 2 and following[1].norm in OPENING:
            return person
    return None
