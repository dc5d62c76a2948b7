"""Who speaks, sentence by sentence: the person whose words a first-person stance is (Мен бұл шешімді қолдаймын).

A sentence's speaker is the person its quotation is attributed to («... қолдаймыз», — деді Асқар Мамин; Асқар Мамин:
«...»; «...», — дейді ол: the sentence before's speaker, else the person it named as its subject; Асқар Мамин «...» деді;
«...» деді Асқар Мамин, the name right after the verb),
else, in an interview, the person interviewed (экономист Арман Бекмұхамедовпен сұхбаттастық: the one named in
the instrumental), from the sentence that says so on. A first-person stance with no speaker is nobody's the text
names, and no relation.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from taldau.doc import Doc, Span, Token
from taldau.stances import words as w
from taldau.stances.antecedents import antecedent, reach
from taldau.stances.posts import post_holder
from taldau.stances.words import CLOSING_QUOTES, OPENING_QUOTES

SPEAKERS = frozenset({"PERSON", "POSITION", "ORGANISATION", "GPE"})  # a post speaks where the text names no one
# (Өнеркәсіп министрі: «...»), and a body or a country in its own words (Министрлік: «Біз ... қолдаймыз»)
INTERVIEW = "сұхбат"  # сұхбаттастық, сұхбат берді: an interview
JOURNALIST = "тілші"  # Тілші Айгүл Серікова: the one who holds the interview
MAX_ADJUNCTS = 3  # words between a speaker and the quotation (Асқар Мамин бүгін жиында «...» деді)


def speakers(doc: Doc) -> list[Span | None]:
    """The speaker of each sentence of `doc`, or None (all None without a person in the text)."""
    speaking = [e for e in doc.entities if e.label in SPEAKERS]
    if not speaking:
        return [None] * len(doc.sentences)
    starts = [p.start for p in speaking]
    posts = _post_words(doc)
    out: list[Span | None] = []
    interviewee = subject = None
    for index, sentence in enumerate(doc.sentences):
        tokens = doc.sentence_tokens(sentence)
        inside = speaking[bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)]
        if posts:
            inside = sorted([*inside, *_holders(doc, tokens, index, posts)], key=lambda p: p.start)
        persons = [p for p in inside if p.label == "PERSON"]
        if interviewee is None and any(t.norm.lower().startswith(INTERVIEW) for t in tokens):
            interviewee = _interviewed(tokens, persons)
        speaker = _attributed(tokens, inside, out[-1] if out and out[-1] else subject) or interviewee
        if speaker is not None and speaker.label == "POSITION":
            speaker = post_holder(doc, speaker) or speaker  # — деді Қазақстан Президенті: the president the text named
        out.append(speaker)
        subject = _subject(tokens, persons)
    return out


def _post_words(doc: Doc) -> frozenset[str]:
    """The head words of the posts that introduce a person in `doc` (министр in Цифрлық даму министрі Жаслан Мәдиев)."""
    out = set()
    for person in (e for e in doc.entities if e.label == "PERSON"):
        at = bisect_left(doc.tokens, person.start, key=lambda t: t.start)
        if at > 0 and doc.tokens[at - 1].upos == "NOUN":
            out.add(w.lemma(doc.tokens[at - 1]))
    return frozenset(out)


def _holders(doc: Doc, tokens: Sequence[Token], index: int, posts: frozenset[str]) -> list[Span]:
    """A post's bare head word that ends the sentence right after a saying verb (— деді министр.), as the person
    that post introduced; not деді министр орынбасары, деді бұрынғы министр, министрге: someone else."""
    out = []
    for k, token in enumerate(tokens[1:], 1):
        if token.upos == "NOUN" and w.lemma(token) in posts and w.case(token) == "Nom" and not w.plural(token) \
                and not w.possessed(token) and w.lemma(tokens[k - 1]) in w.SAYING \
                and (k + 1 == len(tokens) or w.punct(tokens[k + 1])):
            before = bisect_left(doc.entities, token.start, key=lambda e: e.start)
            person = antecedent(doc, w.lemma(token), before, doc.sentences[reach(doc, index)].start)
            if person is not None and person.label == "PERSON":
                out.append(Span("PERSON", token.start, token.end, token.text, person.canonical, person.link))
    return out


def _subject(tokens: Sequence[Token], persons: Sequence[Span]) -> Span | None:
    """The first person of the sentence named in the nominative outside any quotation: whom ол after it means."""
    depth, quoted = 0, set()
    for t in tokens:
        depth += (t.norm in OPENING_QUOTES) - (t.norm in CLOSING_QUOTES and depth > 0)
        if depth:
            quoted.add(t.start)
    for person in persons:
        if person.start not in quoted and w.case(_last_word(tokens, person)) in ("Nom", None):
            return person
    return None


def _interviewed(tokens: Sequence[Token], persons: Sequence[Span]) -> Span | None:
    """The person an interview is with: the one named in the instrumental (Бекмұхамедовпен сұхбаттастық), else the
    first named right after no journalist's title (X тілшімізге сұхбат берді; not Тілші Айгүл Серікова)."""
    with_whom = [p for p in persons if w.case(_last_word(tokens, p)) == "Ins"]
    if with_whom:
        return with_whom[-1]
    before = {p: next((t for t in reversed(tokens) if t.end <= p.start), None) for p in persons}
    given = [p for p in persons if (t := before[p]) is None or w.lemma(t) != JOURNALIST]
    return given[0] if given else None


def _attributed(tokens: Sequence[Token], persons: Sequence[Span], before: Span | None) -> Span | None:
    """The person a quotation of the sentence is attributed to: after the closing quote and a dash with a saying verb
    («...», — деді X), or the saying verb right after it («...» деді X), `before` for ол there («...», — дейді ол: the speaker of the sentence before, else the subject
    it named), or before a colon and the opening quote (X: «...»); a person, else a post (министр: «...»)."""
    closing = _quotation_end(tokens)
    dashed = closing is not None and any(t.norm in w.DASHES and t.start >= closing for t in tokens)
    if closing is not None and (dashed and any(t.start >= closing and w.lemma(t) in w.SAYING for t in tokens)
                                or _said_right_after(tokens, closing)):
        after = [p for p in persons if p.start >= closing]
        if not dashed:  # «...» деді X: X right after the verb
            verb = next(k for k, t in enumerate(tokens) if t.start >= closing)
            while verb + 1 < len(tokens) and w.lemma(tokens[verb + 1]) in w.SAYING:  # деп мәлімдеді X
                verb += 1
            after = [p for p in after if verb + 1 < len(tokens) and p.start == tokens[verb + 1].start
                     and w.case(_last_word(tokens, p)) in ("Nom", None)]
        person = next((p for p in after if p.label == "PERSON"), None)
        if person or after and _may_speak(tokens, after[0], after_verb=True):
            return person or _head_of_run(tokens, after)  # the person rather than the post before the name (— деді
            # министр Марат Қарабаев); a body's name run from the verb on (— деді Ресей Сыртқы істер министрлігі)
        if any(t.start >= closing and t.norm.lower() == "ол" for t in tokens):
            return before
    for person in (p for p in persons if _may_speak(tokens, p)):
        following = [t for t in tokens if t.start >= person.end][: MAX_ADJUNCTS + 1]
        if len(following) >= 2 and following[0].norm == ":" and following[1].norm in OPENING_QUOTES:
            return person
        opening = next((t for t in following if not _adjunct(t)), None)
        if opening is not None and opening.norm in OPENING_QUOTES and _said_after(tokens, opening.start) \
                and w.case(_last_word(tokens, person)) in ("Nom", None):
            return person  # X «...» деді, X жиында «...» деді: the press's most common order (not X-қа «...» деді,
            # the one addressed)
    return None


def _quotation_end(tokens: Sequence[Token]) -> int | None:
    """Where the quotation ends: the last closing quote before a saying verb, past a comma and a dash («...», — деді),
    else, for speech unquoted, the comma before a dash and a saying verb (Мен ... қолдаймын, — деді X, also before a
    quoted name in X's title: — деді «Жер-Ана» ЖШС директоры), else the last closing quote."""
    ends = [i for i, t in enumerate(tokens) if i and t.norm in CLOSING_QUOTES]
    for i in reversed(ends):
        if _saying_after(tokens, i + 1) is not None:
            return tokens[i].end
    unquoted = next((tokens[i].end for i in range(1, len(tokens) - 2) if tokens[i].norm == ","  # speech unquoted:
                     and tokens[i + 1].norm in w.DASHES and _saying_after(tokens, i + 1) is not None), None)
    return tokens[ends[-1]].end if unquoted is None and ends else unquoted


def _saying_after(tokens: Sequence[Token], k: int) -> Token | None:
    """The saying verb at `k`, past the commas and dashes that close a quotation («...», — деді), or None."""
    while k < len(tokens) and (tokens[k].norm == "," or tokens[k].norm in w.DASHES):
        k += 1
    return tokens[k] if k < len(tokens) and w.lemma(tokens[k]) in w.SAYING else None


def _adjunct(token: Token) -> bool:
    """A word between a speaker and the quotation that says where, when or to whom it was said (жиында, бүгін,
    журналистерге), not one of another clause (a subject, an object, a verb, punctuation)."""
    return token.upos in ("NOUN", "PROPN", "ADJ", "ADV", "DET", "PRON") and w.case(token) in ("Loc", "Dat", None) \
        and not (token.upos == "NOUN" and w.case(token) is None) and token.norm not in OPENING_QUOTES


def _may_speak(tokens: Sequence[Token], span: Span, after_verb: bool = False) -> bool:
    """A person or a post speaks wherever it is named; a body or a country only in the nominative, and after the
    closing quote right after the saying verb (— деді Ресей Сыртқы істер министрлігі; not — деді Астанада министрлік
    өкілі, Қытайдан келген қонақ, Ресейдің өкілі: a place, or whose someone is)."""
    if span.label in ("PERSON", "POSITION"):
        return True
    if w.case(_last_word(tokens, span)) not in ("Nom", None):
        return False
    before = next((t for t in reversed(tokens) if t.end <= span.start), None)
    return not after_verb or before is not None and w.lemma(before) in w.SAYING


def _head_of_run(tokens: Sequence[Token], spans: Sequence[Span]) -> Span:
    """The last of the names run together from the first, linked to the country among them (Ресей | Сыртқы істер
    министрлігі: Russia's ministry speaks)."""
    run = spans[0]
    for span in spans[1:]:
        if any(run.end <= t.start < span.start for t in tokens):
            break
        run = span if span.link or not run.link else replace(span, link=run.link)
    return run


def _last_word(tokens: Sequence[Token], span: Span) -> Token:
    """The last token of a span of the sentence's `tokens`, whose case is the span's."""
    return next(t for t in reversed(tokens) if t.start < span.end)


def _said_right_after(tokens: Sequence[Token], closing: int) -> bool:
    """The quotation closing at `closing` is followed at once by a finite saying verb («...» деді X; not «...» деген
    сөз)."""
    after = next((t for t in tokens if t.start >= closing), None)
    return after is not None and w.lemma(after) in w.SAYING and w.verb_form(after) != "Part"


def _said_after(tokens: Sequence[Token], opening: int) -> bool:
    """The quotation opened at `opening` closes right before a saying verb that says it (X «Біз ... қолдаймыз» деді,
    X «...», — деді), not a participle that names it (X «...» деген сөзге қарсы шықты: a quote X opposes)."""
    depth = 0
    for i, t in enumerate(tokens):
        if t.start <= opening:
            continue
        if t.norm == "«":  # a quotation inside (« also closes „Хабар“ elsewhere, not after an opening «)
            depth += 1
        elif t.norm in CLOSING_QUOTES:
            if depth == 0:
                verb = _saying_after(tokens, i + 1)
                return verb is not None and w.verb_form(verb) != "Part"
            depth -= 1
    return False
