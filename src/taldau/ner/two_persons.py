"""Two persons named side by side that the CRF read as one name: the subject and the possessor of the object after it
(Әлкей Марғұлан Шоқанның еңбектерін жинады "Әлкей Марғұлан collected Шоқан's works"; Марғұлан Шоқан мұрасын қорғады).
The document tells them apart: the last word is the given name another person of the text is named by in full (Шоқан
Уәлиханов), and the words before it are no surname of that person (not Уәлиханов Шоқан, a surname written first).
"""
from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from taldau.doc import Span

ROUNDS = 2  # Марғұлан Шоқан is told apart once Әлкей Марғұлан | Шоқанның is: Марғұлан is then a known last name


def persons_apart(found: Sequence[Span]) -> tuple[Span, ...]:
    """`found` with each PERSON that glues two persons' names split in two."""
    out = tuple(found)
    for _ in range(ROUNDS):
        out = _apart_once(out)
    return out


def _apart_once(found: tuple[Span, ...]) -> tuple[Span, ...]:
    full = [words for span in found if span.label == "PERSON" and len(words := _words(span)) > 1]
    lasts = {words[-1] for words in full}  # the last words of persons named in two words or more
    firsts = {words[0] for words in full}
    named: dict[str, set[str]] = {}  # a given name -> the last words of the persons named in full with it first
    for words in full:
        if words[-1] not in firsts:  # not a glued name itself (Марғұлан Шоқан, when Шоқан Уәлиханов is in the text)
            named.setdefault(words[0], set()).add(words[-1])
    out: list[Span] = []
    for span in found:
        words = _words(span)
        if span.label == "PERSON" and len(words) > 1 and span.text.count(" ") == len(words) - 1 \
                and words[-1] in named and words[0] != words[-1] and not named[words[-1]] & set(words[:-1]) \
                and (len(words) > 2 or words[0] in lasts):
            out += _split(span, words)
        else:
            out.append(span)
    return tuple(out)


def _words(span: Span) -> list[str]:
    """The name's words, the last without its case ending (Әлкей Марғұлан Шоқанның -> ..., Шоқан)."""
    return (span.canonical or span.text).split()


def _split(span: Span, words: list[str]) -> list[Span]:
    cut = span.text.rfind(" ")
    head = span.text[:cut]
    return [dataclasses.replace(span, end=span.start + cut, text=head, canonical=" ".join(words[:-1]), link=None),
            dataclasses.replace(span, start=span.start + cut + 1, text=span.text[cut + 1:], canonical=words[-1],
                                link=None)]
