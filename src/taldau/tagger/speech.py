"""Sentence rules of the tagger about speech and quotation: an interjection that opens a line of speech, a quoted
name read as the proper noun it is. Each takes one sentence's readings (first chosen) and returns them reordered.
"""
from __future__ import annotations

from collections.abc import Sequence

from taldau.doc import Analysis
from taldau.morph import MIN_QUOTED, SAYING
from taldau.tagger.order import first_where, promote

_SPEECH = frozenset("—–-:")  # marks after which a word opens what someone says: — Е! Ол: «...»
OPEN_QUOTES = frozenset('«“„"')
_CLOSE_QUOTES = frozenset('»”"')


def opens_utterance(out: Sequence[Sequence[Analysis]], i: int) -> bool:
    """Whether only punctuation stands before the i-th word of a sentence (its first word, — Е!, «Қане...)."""
    return all(not w or w[0].upos == "PUNCT" for w in out[:i])


def interjections(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """One sentence's readings (first chosen), where a word that may be an interjection opens the sentence or a line
    of speech and a comma or an exclamation mark follows it (Е, сен келдің бе? — Жоқ, бармаймын. Міне, біз келдік)
    with its interjection first: so set off, it stands outside the clause (UD KTB: INTJ, 7 of 7); inside a clause the
    word keeps its reading (ақшасы жоқ, үйі жоқ; біз, міне, келдік)."""
    out = list(sentence)
    for i, r in enumerate(out[:-1]):
        after = out[i + 1]
        if r and r[0].upos not in ("INTJ", "PUNCT") and after and after[0].lemma in (",", "!") \
                and opens_utterance(out, i):
            out[i] = first_where(r, lambda a: a.upos == "INTJ")
    return out


def quoted_names(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """One sentence's readings (first chosen), where a capitalised word right after an opening quote inside a
    sentence (not one that opens quoted speech after a colon or dash) was read as a common noun or adjective with a
    proper noun of its spelling among its readings: the quoted name of a firm, a paper, a team (біз «Алма» дүкеніне
    бардық: the shop called Алма), read as that name (UD KTB: PROPN, 4 of 5 such words); so is one word quoted alone
    after a dash or colon with more after it (— «Алма» биыл ашылды), not a one-word line of speech (— «Алма!» — деді)
    nor the first word of a quoted saying (`_quoted_clause`: Ол «Бала келді» деді; Абай «Адам болу қиын», — дейді)."""
    out = list(sentence)
    for i, r in enumerate(out[2:], 2):
        quote, before = out[i - 1], out[i - 2]
        if not r or r[0].upos not in ("NOUN", "ADJ") or not r[0].morphemes or not r[0].morphemes[0][0][:1].isupper() \
                or not quote or quote[0].lemma not in OPEN_QUOTES:
            continue
        speech = bool(before) and before[0].lemma in _SPEECH  # asked only of a capitalised word after a quote
        if ((opens_utterance(out, i - 1) or speech) and not (speech and _named(out, i))) or _quoted_clause(out, i):
            continue
        surface = r[0].morphemes[0][0]
        names = [k for k, a in enumerate(r) if a.upos == "PROPN" and a.lemma.lower() == r[0].lemma.lower()
                 and a.lemma.isupper() == surface.isupper()]  # (not «Ақ жол» read as АҚ, a company's form)
        if names:
            out[i] = promote(r, next((k for k in names if r[k].feats == r[0].feats), names[0]))
    return out


def _quoted_clause(sentence: Sequence[Sequence[Analysis]], i: int) -> bool:
    """Whether the i-th word opens a quotation of `MIN_QUOTED` words or more that punctuation, the end or a verb of
    saying follows (Ол «Бала келді» деді; «Адамның ұлылығы ұстазынан», ...): someone's words, not a name's."""
    close = next((j for j in range(i + 1, len(sentence)) if sentence[j] and sentence[j][0].lemma in _CLOSE_QUOTES),
                 None)
    if close is None or close - i < MIN_QUOTED:
        return False
    after = sentence[close + 1] if close + 1 < len(sentence) else ()
    return not after or after[0].upos == "PUNCT" or after[0].lemma in SAYING


def _named(sentence: Sequence[Sequence[Analysis]], i: int) -> bool:
    """Whether the i-th word is quoted alone and a word, not punctuation, follows the closing quote (— «Алма» биыл...)."""
    after = sentence[i + 1 : i + 3]
    return len(after) == 2 and all(after) and after[0][0].lemma in _CLOSE_QUOTES and after[1][0].upos != "PUNCT"
