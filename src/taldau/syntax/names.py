"""A person's name, and the post named before it, as KTB draws them, kept after any parser.

KTB heads a name of several words by its first (Болат Сейітовтің: Сейітовтің flat:name of Болат) and hangs a name
on the post before it, as its appos (ауданның әкімі Болат Сейітов) or, after a bare title, as its flat:name
(профессор Болат Сейітов); the parser, from a few hundred sentences, often hangs each word of a name apart. The
words of a person's name are those taldau reads with Gender (given names, surnames) and initials. The counts are
of KTB's news and Wikipedia documents (train + dev).
"""
from __future__ import annotations

from collections.abc import Sequence

from taldau.doc import Token
from taldau.morph.endings import parse_feats
from taldau.syntax.labels import DASHES
from taldau.syntax.tree import below

ROMAN = frozenset("IVXLC")  # the letters of a monarch's numeral before the name (II Николай)


def names(heads: list[int], deprels: list[str], tokens: Sequence[Token]) -> bool:
    """A person's name of several words (Болат Сейітовтің, Б. Сейітов) is headed by its first word, the others its
    flat:name, as KTB draws 23 of the 27 such names in its news and Wikipedia (the other 4 follow a title: `titles`):
    the first word takes the head and relation of the name's top word, the last one that bears the case. Changes
    `heads` and `deprels` in place and says whether it did."""
    changed, i = False, 0
    for start in _starts(tokens):
        if start < i:  # inside the name before
            continue
        end = _name_end(tokens, start)
        if end - start > 1:
            changed |= _headed_by_first(heads, deprels, range(start, end))
        i = max(end, start + 1)
    return changed


def _starts(tokens: Sequence[Token]) -> list[int]:
    """Where a person's name may begin: a proper noun or a numeral (`_name_end` gives any other word no name). Most
    words are neither: both rules of names look only there, not at every word twice."""
    return [k for k, token in enumerate(tokens) if token.upos in ("PROPN", "NUM")]


def _name_end(tokens: Sequence[Token], start: int) -> int:
    """Where the person's name beginning at `start` ends: its words are given names, surnames (read with Gender) or
    initials, after a monarch's Roman numeral (II Николайдың); every one but the last in the nominative, the last in the
    nominative or the genitive (Болат Айгүлге: two people)."""
    regnal = tokens[start].upos == "NUM" and set(tokens[start].text) <= ROMAN and start + 1 < len(tokens)
    end = start + 1 if regnal and _person_word(tokens[start + 1]) else start
    while end < len(tokens) and _person_word(tokens[end]):
        end += 1
        case = parse_feats(tokens[end - 1].feats or "").get("Case")
        if case not in (None, "Nom"):
            return end if case == "Gen" or end - 1 == start else end - 1
    return end


def _person_word(token: Token) -> bool:
    """A given name or a surname (taldau reads them with Gender) or an initial (Г.)."""
    text = token.text
    initial = len(text) == 2 and text[0].isupper() and text[1] == "."
    return token.upos == "PROPN" and (initial or "Gender=" in (token.feats or ""))


def _headed_by_first(heads: list[int], deprels: list[str], name: range) -> bool:
    """The words of `name` as one node headed by its first word; what hung on another of its words hangs on it."""
    first, inside = name[0], set(name)
    tops = [k for k in name if not any(m != k and below(k, m, heads) for m in name)]  # no other word above them
    top = next((k for k in reversed(tops) if deprels[k] != "flat:name"), tops[-1])  # the last: it bears the case
    wanted = [(first, "flat:name")] * (len(name) - 1)
    if top == first and [(heads[k], deprels[k]) for k in name[1:]] == wanted:
        return False
    heads[first], deprels[first] = (first, "root") if heads[top] == top else (heads[top], deprels[top])
    for k in name[1:]:
        heads[k], deprels[k] = first, "flat:name"
    for k in range(len(heads)):
        if k not in inside and heads[k] in inside:
            heads[k] = first
    return True


def titles(heads: list[int], deprels: list[str], tokens: Sequence[Token]) -> bool:
    """A person's name right after a noun that names their post takes that noun as its head, and the noun takes the
    place of the pair, the name's. After a possessed noun (ауданның әкімі Болат Сейітов, директоры — Айгүл)
    the name is its appos: 9 of 9 in KTB's news and Wikipedia; after a bare one (профессор Болат Сейітов) the name's
    words are the noun's flat:name: 4 of 5. A name in another case than the nominative or genitive, or before a
    capitalised word (Сейітов Университеті), is left to the parser. Runs after `names`. Changes `heads` and
    `deprels` in place and says whether it did."""
    changed = False
    for first in _starts(tokens):
        if first == 0:
            continue
        dashed = tokens[first - 1].text in DASHES
        title, end = first - 1 - dashed, _name_end(tokens, first)
        if title < 0 or end == first or heads[first] == first or not _holder(tokens, end):
            continue
        if _post(tokens[title]):
            changed |= _hang_name(heads, deprels, title, range(first, first + 1), "appos")
        elif _bare(tokens[title]) and not dashed:
            changed |= _hang_name(heads, deprels, title, range(first, end), "flat:name")
    return changed


def _holder(tokens: Sequence[Token], end: int) -> bool:
    """Whether the name ending at `end` can name a post's holder: it ends in the nominative or the genitive, and no
    capitalised word continues it (Сейітов Университеті)."""
    case = parse_feats(tokens[end - 1].feats or "").get("Case")
    return case in ("Nom", "Gen") and not (end < len(tokens) and tokens[end].text[:1].isupper())


def _hang_name(heads: list[int], deprels: list[str], title: int, words: range, deprel: str) -> bool:
    """`words` of a name hung on `title` as `deprel`, the title in the place the name held."""
    first = words[0]
    if all(heads[k] == title and deprels[k] == deprel for k in words):
        return False
    outer = heads[first] not in range(title, words[-1] + 1) and deprels[first] != "flat:name"  # flat:name: no place
    if outer and not below(heads[first], title, heads):
        heads[title], deprels[title] = heads[first], deprels[first]
    changed = False
    for k in words:
        if not below(title, k, heads):
            heads[k], deprels[k], changed = title, deprel, True
    return changed


def _bare(token: Token) -> bool:
    """A common noun in the nominative without a possessive: a title before a name (академик, профессор)."""
    feats = token.feats or ""
    return token.upos == "NOUN" and token.text.isalpha() and "Case=Nom" in feats and "Person[psor]" not in feats


def _post(token: Token) -> bool:
    """A noun in the nominative with the third person's possessive: a post (басшысы, патшасы) or a kinship (ағасы)."""
    feats = token.feats or ""
    return token.upos == "NOUN" and "Case=Nom" in feats and "Person[psor]=3" in feats
