"""The organisation or person a bare head word names (Компания, Министрлік, Ведомство, Министр): the last one of the
document's entities before it, within reach, whose own head word is of that kind (a company's legal form too: «Алтын
Дән» АҚ ... Компания), the body a post names (Энергетика министрі -> Энергетика министрлігі), or the person a post
introduced (Көлік министрі Бауыржан Есенов ... Министр). `reader` asks it first, before the actors its stances named;
failing all, the one body of that kind the whole text names (`topic`)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from taldau.doc import Doc, Span, Token
from taldau.morph import suffixes
from taldau.ner.canonical import canonical
from taldau.ner.chambers import CHAMBERS
from taldau.ner.companies import LEGAL_FORMS
from taldau.ner.endings import split_hyphen
from taldau.ner.places import SEAT_UNITS, SETTLEMENTS
from taldau.stances import words as w
from taldau.stances.phrases import LISTED_BODIES
from taldau.stances.posts import surname

BLANK_LINE = re.compile(r"\r?\n\r?\n")  # what ends a paragraph
LINE = re.compile(r"^[^\r\n]*\S[^\r\n]*\r?$", re.MULTILINE)  # a line with some text (\r\n ends one too)
LEAD_CHARS = 100  # a paragraph longer than this is prose (a lead), not a title or a dateline
ANTECEDENT_SENTENCES = 10  # Компания names the last company named with that head word this many sentences back at most
# (further back, only the text's one company of that kind: `topic`)
BODIES_OF_POSTS = {"министрлік": ("министр", "министрлігі"), "әкімдік": ("әкім", "әкімдігі")}  # the post, the body
STATE_BODIES = LISTED_BODIES | {"ведомство"}  # Ведомство: the ministry, the agency ... named before
GOVERNMENT = STATE_BODIES | CHAMBERS | {"әкімдік", "әкімшілік"}  # a state's bodies: no company's words
COMPARED = frozenset({"кейінгі", "кейін", "басқа", "бұрын", "бұрынғы", "гөрі", "артық", "кем"})  # X-тан кейінгі ...
COMPANIES = frozenset({  # Иволга Холдинг ... Компания; «X» ЖШС (a partnership) ... Серіктестік
    "компания", "холдинг", "корпорация", "концерн", "фирма", "серіктестік"})
FORMED = COMPANIES | {"кәсіпорын"}  # what a legal form names (the enterprise too: «X» ЖШС деп аталатын кәсіпорын)
INSTITUTIONS = frozenset({  # bodies a text names once and then by their head word alone (Түркі мемлекеттері ұйымы ...
    "ұйым", "институт", "университет", "академия", "банк", "қор", "палата", "одақ", "қауымдастық"})  # Ұйым ...)
BODY_WORDS = FORMED | GOVERNMENT | INSTITUTIONS  # the head words that name a body the text named before
UNIT_KINDS = frozenset(SEAT_UNITS) | SETTLEMENTS  # Облыс әкімдігі: the region's akimat named before


def antecedent(doc: Doc, head: str, before: int, floor: int) -> Span | None:
    """The last organisation among the document's first `before` entities, none before `floor`, whose head word has
    the lemma `head`: its own last word, or a noun after it (past a closing quote and adjectives) that is not a
    genitive of its own, or one that is the name's own head in the genitive (партиясының фракциясы: both heads);
    failing one, the body a post names (`_body_of_post`). A post's word (Министр) names the person last introduced
    with it (`_holder`). A company named as a partner in -мен beside a subject of its own is the antecedent (Үкімет
    Eni компаниясымен ...: Eni); beside none, the company named before it, if any (X АҚ ... Ол Y компаниясымен ...:
    X)."""
    post = partner = bare = None
    for entity in reversed(doc.entities[:before]):
        if entity.start < floor:
            return partner or post or bare or _named_again(doc, head, before, floor)
        if entity.label == "POSITION" and post is None:
            post = _body_of_post(doc, entity, head)
        if entity.label == "PERSON" and head not in FORMED | STATE_BODIES and _holder(doc, entity, head):
            return None if _rival_holder(doc, entity, head, floor) else entity
        if entity.label != "ORGANISATION":
            continue
        last = bisect_right(doc.tokens, entity.end - 1, key=lambda t: t.start) - 1
        if bare is None and head in COMPANIES and _bare_company(doc, entity, last) \
                and not _coordinated(doc, entity, before):
            bare = entity  # ҚазМұнайГаз ... мүдделі. Компания ...: a company the press names without a kind word
        heads = _heads(doc, last)
        if _named_as(heads, head) and not _compared(doc.tokens, last):
            # (not Eni, Shell және Inpex компанияларына: one of several, which the singular word is not)
            if _coordinated(doc, entity, before):
                return None  # «Алтын Дән» АҚ пен «Береке» ЖШС ... Компания: which one is not said
            if w.case(heads[-1]) != "Ins":
                return entity
            if _kind_subject(doc, entity, head):
                continue  # компания X концернімен бірге ...: the company meant then is meant again, not its partner
            if (beside := _subject_beside(doc, entity, before)) is not entity or _own_subject(doc, entity):
                return beside
            partner = partner or entity  # a partner in -мен beside no subject (Ол, Біз, a passive): the text's company
            # named before it, if any, is still the topic
    return partner or post or bare


def unit_body(doc: Doc, words: Sequence[Token], before: int, floor: int) -> Span | None:
    """A unit's kind word then a body's head word (Облыс әкімдігі, Қала әкімдігі): the body of that kind of unit the
    text named last (`antecedent`: Түркістан облысының әкімдігі; failing one, the text's one body of that kind, `topic`),
    not a body of its own; None for other words."""
    if len(words) != 2 or w.lemma(words[0]) not in UNIT_KINDS or w.case(words[0]) not in ("Nom", None) \
            or not w.possessed(words[1]) or w.lemma(words[1]) not in BODY_WORDS:
        return None
    head = w.lemma(words[1])
    named = antecedent(doc, head, before, floor) or topic(doc, head, before, words[0].start)
    if named is None:
        return None
    first = bisect_left(doc.tokens, named.start, key=lambda t: t.start)
    last = bisect_right(doc.tokens, named.end - 1, key=lambda t: t.start)
    own = doc.tokens[first:last]
    if not any(w.lemma(t) == w.lemma(words[0]) for t in own) or _other_unit(doc, own, last, words[0]):
        return None
    return named


def _other_unit(doc: Doc, own: Sequence[Token], after: int, kind: Token) -> bool:
    """A unit of the same kind with another name stands between the body and the unit's word (Алматы облысының
    әкімдігі ... Түркістан облысының әкімі ... Облыс әкімдігі: the region named last is Түркістан's)."""
    names = {t.norm for t in own}
    tokens = doc.tokens
    return any(w.lemma(tokens[k]) == w.lemma(kind) and tokens[k - 1].norm[:1].isupper() and tokens[k - 1].norm not in names
               for k in range(after + 1, bisect_left(tokens, kind.start, key=lambda t: t.start)))


def topic(doc: Doc, head: str, before: int, at: int) -> Span | None:
    """The one body of the kind `head` names that the text has named before its first `before` entities (by its name or
    in a post's, X қорының директоры), however far
    back in the paragraph of the offset `at`, in the text's title and lead, in a heading, or before a section heading
    (an annual report names its company once, in its title, and calls it Компания in every section after; a law names
    its ministry in one article and calls it Министрлік in the next section); of two or more, the one the text's title
    names (the text's own), else None; None too when it was named only in an earlier paragraph's sentences with no
    section between (a digest's earlier item) unless a headline opens the text, and for a post's word (which minister
    is not said)."""
    if head not in BODY_WORDS:
        return None
    named: dict[str, list[Span]] = {}
    for entity in doc.entities[:before]:
        if entity.label == "ORGANISATION":
            last = bisect_right(doc.tokens, entity.end - 1, key=lambda t: t.start) - 1
            if _named_as(_heads(doc, last), head):
                named.setdefault(entity.canonical or entity.text, []).append(entity)
        elif entity.label == "POSITION" and (body := _body_of_post(doc, entity, head)):
            named.setdefault(body.canonical or body.text, []).append(body)  # «Таза Балқаш» қорының директоры
    if len(named) > 1:  # a farming ministry in the title, a digital one in the lead, Министрлік after: the farming one
        titled = [found for found in named.values() if any(_in_title(doc.text, m.start) for m in found)]
        return titled[0][-1] if len(titled) == 1 else None
    if not named:
        return None
    (mentions,) = named.values()
    opening, paragraph = _lead_end(doc.text), paragraph_start(doc.text, at)
    return mentions[-1] if any(
        m.start >= paragraph or m.start < opening or _heading(doc.text, m.start) or _section_between(doc, m.end, at)
        for m in mentions) or _headlined(doc) else None


def _headlined(doc: Doc) -> bool:
    """The text opens with a news item's headline (Қазақстан бидай экспортын арттырды) and has no other: one article,
    whose paragraphs all go on about the same bodies (a digest opens with a rubric, Өңір жаңалықтары, or gives each
    item a headline of its own, and its items are news of their own)."""
    first = LINE.search(doc.text)
    headlines = [line for line in LINE.finditer(doc.text) if _heading(doc.text, line.start()) and _finite(doc, line)]
    return len(headlines) == 1 and first is not None and headlines[0].start() == first.start()


def _finite(doc: Doc, line: re.Match[str]) -> bool:
    """The line has a finite verb (a headline: Алматыда наубайхана ашылды; not a section's title, Тарихы)."""
    first = bisect_left(doc.tokens, line.start(), key=lambda t: t.start)
    last = bisect_left(doc.tokens, line.end(), key=lambda t: t.start)
    return any(w.verb_form(t) == "Fin" for t in doc.tokens[first:last])


def _in_title(text: str, offset: int) -> bool:
    """The offset is in the text's title: its first line, a heading of its own (no sentence's stop)."""
    end = text.find("\n")
    return 0 <= offset < end and _heading(text, 0)


def _lead_end(text: str) -> int:
    """Where the text's title and lead end: after its first paragraph of prose (past a title and a dateline, short
    lines), or at 0 for a text of one paragraph, which has no lead apart from its body."""
    start = 0
    for blank in BLANK_LINE.finditer(text):
        if blank.start() - start > LEAD_CHARS:
            return blank.start()
        start = blank.end()
    return 0


def paragraph_start(text: str, offset: int) -> int:
    """Where the paragraph holding `offset` starts: after the last blank line before it."""
    return max((blank.end() for blank in BLANK_LINE.finditer(text, 0, offset)), default=0)


def _heading(text: str, offset: int) -> bool:
    """The line holding `offset` is a heading: a line of its own that ends with no sentence's stop."""
    start, end = text.rfind("\n", 0, offset) + 1, text.find("\n", offset)
    line = text[start : end if end >= 0 else len(text)].strip()
    return bool(line) and line[-1] not in ".!?…:;" and (start == 0 or end >= 0)


def _section_between(doc: Doc, start: int, end: int) -> bool:
    """A section heading stands between two offsets: a line of its own with no sentence's stop and no finite verb that
    names a part of the document's subject (Тарихы, Заңның қабылдануы; not a news item's headline, Алматыда наубайхана
    ашылды, nor a digest's rubric, Аймақтық жаңалықтар): the text goes on as sections of one document, not as the items
    of a digest."""
    for line in LINE.finditer(doc.text, start, end):
        if line.start() > start and _heading(doc.text, line.start()) and not _finite(doc, line):
            first = bisect_left(doc.tokens, line.start(), key=lambda t: t.start)
            if _of_subject(doc.tokens[first : bisect_left(doc.tokens, line.end(), key=lambda t: t.start)]):
                return True
    return False


def _of_subject(words: Sequence[Token]) -> bool:
    """A heading's possessed noun first in its line or after a genitive or an adjective names a part of what the text
    is about (Тарихы: its history; Заңның қабылдануы; Негізгі көрсеткіштері); a digest's rubric names a field, with
    no possessive or as a compound (Аймақтық жаңалықтар, Экономика, Спорт жаңалықтары, Ауыл шаруашылығы)."""
    return any(t.upos == "NOUN" and w.possessed(t) and (k == 0 or w.punct(words[k - 1]) or words[k - 1].upos == "ADJ"
                                                        or w.case(words[k - 1]) == "Gen")
               for k, t in enumerate(words))


def _named_as(heads: Sequence[Token], head: str) -> bool:
    """One of a name's head words (`_heads`) is of the kind `head` names, in the singular (not Eni, Shell және Inpex
    компанияларына: one of several)."""
    return any(_of_kind(t, head) and not w.plural(t) for t in heads)


def _heads(doc: Doc, last: int) -> list[Token]:
    """The words that head a name whose last word is at `last`: that word, and the head words after it, past a closing
    quote and adjectives («QazaqGaz» ұлттық компаниясы; «Ауыл» партиясының фракциясы; not Үкімет | компанияның), unless
    the name ends in a body's own head word (Су ресурстары министрлігі | облыс әкімдігінің: another body's)."""
    own = doc.tokens[last]
    if w.lemma(own) in BODY_WORDS and w.possessed(own) and w.case(own) in ("Nom", None):
        return [own]
    after = [doc.tokens[i] for i in range(last + 1, min(last + 5, len(doc.tokens)))]
    if after and after[0].norm in w.CLOSING_QUOTES:
        after = after[1:]
    heads = [doc.tokens[last]]
    for k, token in enumerate(after):
        if token.upos == "ADJ" and not _legal_form(token):  # АҚ read as ақ (white) is still the form
            continue
        if _kind_before_head(after[k:]):
            heads.append(token)  # «Алем Пэй» финтех компаниясы: a kind before the head
            continue
        genitive = w.case(token) == "Gen"
        if _legal_form(token):  # «Береке» ЖШС-ның директоры: the form, whatever its case
            heads.append(token)
            break
        if not w.possessed(token) and w.case(token) not in ("Nom", None):
            break  # (not Halyk Bank шетелдік компанияны: its object; not Үкімет | компанияның)
        heads.append(token)
        if not genitive:
            break
    return heads


def _bare_company(doc: Doc, entity: Span, last: int) -> bool:
    """A one-word name written as companies write theirs, a capital inside it (ҚазМұнайГаз, QazaqGaz as a subject; not
    Greenpeace, Reuters, nor an abbreviation, БҰҰ, ЕАЭО), in the nominative, no kind word after it: the company a later
    Компания means, failing one named with its kind."""
    token = doc.tokens[last]
    following = doc.tokens[last + 1] if last + 1 < len(doc.tokens) else None
    inner = any(a.islower() and b.isupper() for a, b in zip(token.norm, token.norm[1:]))
    return entity.end == token.end and entity.start == token.start and inner \
        and token.upos == "PROPN" and w.case(token) in ("Nom", None) and w.lemma(token) not in GOVERNMENT \
        and not (following is not None and following.upos == "NOUN" and w.possessed(following))


def partner_before(doc: Doc, before: int, floor: int) -> Span | None:
    """The organisation last named as a party's partner, in the instrumental, among the document's first `before`
    entities and none before `floor`: whom "the partner" (серіктес, Америкалық серіктес) means after an agreement (X
    компаниясы Y корпорациясымен келісімге қол қойды. Серіктес ...)."""
    for entity in reversed(doc.entities[:before]):
        if entity.start < floor:
            return None
        last = bisect_right(doc.tokens, entity.end - 1, key=lambda t: t.start) - 1
        if entity.label == "ORGANISATION" and any(w.case(t) == "Ins" for t in _heads(doc, last)):
            return entity
    return None


def reach(doc: Doc, sentence: int) -> int:
    """The first sentence a bare head word may look back to for the last body of its kind: ANTECEDENT_SENTENCES back
    at most, and within its paragraph (a blank line between news items ends it; `topic` still reaches the one body
    of that kind the text names)."""
    back = max(0, sentence - ANTECEDENT_SENTENCES)
    blank = paragraph_start(doc.text, doc.sentences[sentence].start)
    while back < sentence and doc.sentences[back].start < blank:
        back += 1
    return back


def _named_again(doc: Doc, head: str, before: int, floor: int) -> Span | None:
    """The person a post introduced before `floor` whom the text names again by surname since (Денсаулық сақтау
    министрі Ақмарал Әлназарова ... ⏎⏎ Бұл туралы Әлназарова айтты. Министр ...): a post stays its holder's in a later
    paragraph or sentence that names them again; None for a company's or a body's head word, or for the last holder
    of the post when the text has not named them since."""
    if head in FORMED | STATE_BODIES:
        return None
    entities = doc.entities[:before]
    since = {surname(e) for e in entities if e.label == "PERSON" and e.start >= floor}
    for entity in reversed(entities):
        if entity.start < floor and entity.label == "PERSON" and _holder(doc, entity, head):
            return entity if surname(entity) in since else None
    return None


def _of_kind(token: Token, head: str) -> bool:
    """A head word of the kind `head` names; for a company, its legal form too (АҚ, ЖШС-ның)."""
    return w.lemma(token) in kin(head) or head in FORMED and _legal_form(token)


def _legal_form(token: Token) -> bool:
    return split_hyphen(token.norm)[0] in LEGAL_FORMS


def _holder(doc: Doc, person: Span, head: str) -> bool:
    """A person right after a post whose head word is `head` (Көлік министрі Бауыржан Есенов, for Министр), not in the
    genitive (Институт Шоқанның мұрасын ...: the institute's subject, then whose legacy)."""
    at = bisect_left(doc.tokens, person.start, key=lambda t: t.start)
    last = bisect_right(doc.tokens, person.end - 1, key=lambda t: t.start) - 1
    return at > 0 and w.lemma(doc.tokens[at - 1]) == head and doc.tokens[at - 1].upos == "NOUN" \
        and w.case(doc.tokens[last]) != "Gen"


def _coordinated(doc: Doc, organisation: Span, before: int) -> bool:
    """Another organisation joined to this one by a coordinator, only quotes, legal forms, head words and adjectives
    between (X компаниясы мен Y компаниясы, «А» АҚ пен «Б» ЖШС, «ҚТЖ» ұлттық компаниясы мен қытайлық COSCO)."""
    at = bisect_left(doc.entities, organisation.start, hi=before, key=lambda e: e.start)
    while at > 0 and doc.entities[at - 1].label == "NORP":  # қытайлық COSCO: a people's adjective before the name
        at -= 1
    if at == 0 or doc.entities[at - 1].label != "ORGANISATION":
        return False
    first = bisect_right(doc.tokens, doc.entities[at - 1].end - 1, key=lambda t: t.start) + 1
    last = bisect_left(doc.tokens, organisation.start, key=lambda t: t.start)
    between = doc.tokens[first:last]
    return any(t.norm.lower() in suffixes.coordinators() for t in between) and all(
        t.norm.lower() in suffixes.coordinators() or t.norm in w.CLOSING_QUOTES or t.norm in w.OPENING_QUOTES
        or _legal_form(t) or w.lemma(t) in COMPANIES | STATE_BODIES or t.upos == "ADJ" for t in between)


def _rival_holder(doc: Doc, person: Span, head: str, floor: int) -> bool:
    """Another holder of the post in the same sentence before `person` (Көлік министрі X пен Қаржы министрі Y ...
    Министр: which one is not said)."""
    sentence = doc.sentences[bisect_right(doc.sentences, person.start, key=lambda s: s.start) - 1]
    return any(e.label == "PERSON" and e.start >= max(sentence.start, floor) and _holder(doc, e, head)
               for e in doc.entities if e.start < person.start)


def _subject_beside(doc: Doc, partner: Span, before: int) -> Span:
    """The organisation named in the nominative right before the partner named in the instrumental, only its quotes
    and head words between (the subject: «Алем Пэй» Google компаниясымен ынтымақтасады. Компания ...: Алем Пэй), else
    the partner (Қазақстан Chevron компаниясымен ... Компания: Chevron; not a government's body, Үкімет Eni
    компаниясымен; not a source, Ұлттық банк мәліметінше, министрлік Visa компаниясымен, nor a second partner, Kaspi
    банкі мен Visa компаниясымен)."""
    at = bisect_left(doc.entities, partner.start, hi=before, key=lambda e: e.start)
    if at == 0 or (subject := doc.entities[at - 1]).label != "ORGANISATION":
        return partner
    last = bisect_right(doc.tokens, subject.end - 1, key=lambda t: t.start) - 1
    first = bisect_left(doc.tokens, partner.start, key=lambda t: t.start)
    between = doc.tokens[last + 1 : first]
    heads = all(t.norm in w.CLOSING_QUOTES or t.upos == "NOUN" and w.case(t) == "Nom" for t in between)
    company = w.lemma(doc.tokens[last]) not in GOVERNMENT  # (not Үкімет | Eni компаниясымен: the government is none)
    return subject if heads and company and w.case(doc.tokens[last]) in ("Nom", None) else partner


def _own_subject(doc: Doc, partner: Span) -> bool:
    """The partner's sentence names a subject of its own before it, a noun or a name in the nominative (Үкімет Eni
    компаниясымен ...), not a pronoun (Ол, Біз ... компаниясымен) nor none (... компаниясымен келісім жасалды)."""
    return any(t.upos in ("NOUN", "PROPN") and w.case(t) == "Nom" and not w.possessed(t) and t.text[:1].isupper()
               for t in _before_in_sentence(doc, partner))


def _kind_subject(doc: Doc, partner: Span, head: str) -> bool:
    """The partner's sentence has for its subject a bare head word of the same kind (компания Siemens Energy
    концернімен бірге ... келісті), itself naming a company named before; not a verb's bare object (жаңа компания құру
    үшін X концернімен келісті: the company to be founded)."""
    before = _before_in_sentence(doc, partner)
    return any(w.lemma(t) == head and w.case(t) == "Nom" and not w.possessed(t) and not w.plural(t)
               and (following is None or following.upos != "VERB")  # (the last is followed by the partner)
               for t, following in zip(before, [*before[1:], None]))


def _before_in_sentence(doc: Doc, span: Span) -> Sequence[Token]:
    """The tokens of the span's sentence before it."""
    first = bisect_left(doc.tokens, span.start, key=lambda t: t.start)
    sentence = doc.sentences[bisect_right(doc.sentences, span.start, key=lambda s: s.start) - 1]
    return doc.tokens[bisect_left(doc.tokens, sentence.start, key=lambda t: t.start) : first]


def _kind_before_head(words: Sequence[Token]) -> bool:
    """A bare noun before a possessed one: the kind of body before its head word (финтех | компаниясы)."""
    return len(words) > 1 and words[0].upos == "NOUN" and w.case(words[0]) == "Nom" and not w.possessed(words[0]) \
        and words[1].upos == "NOUN" and w.possessed(words[1])


def _body_of_post(doc: Doc, post: Span, head: str) -> Span | None:
    """The body a post names in the genitive, by that head word (Астық одағының төрағасы -> Астық одағы), or the body
    a post heads (Энергетика министрі -> Энергетика министрлігі), or None."""
    first = bisect_left(doc.tokens, post.start, key=lambda t: t.start)
    last = bisect_right(doc.tokens, post.end - 1, key=lambda t: t.start) - 1
    words = [t.norm for t in doc.tokens[first : last + 1]]
    if len(words) > 1 and head in BODIES_OF_POSTS and w.lemma(doc.tokens[last]) == BODIES_OF_POSTS[head][0]:
        name, link = canonical([*words[:-1], BODIES_OF_POSTS[head][1]], "ORGANISATION")  # Ресейдің ... -> RU
        return Span("ORGANISATION", post.start, post.end, post.text, name, link)
    for k in range(first + 1, last):
        token = doc.tokens[k]
        if w.lemma(token) in kin(head) and w.case(token) == "Gen" and w.possessed(token):
            words = [t.norm for t in doc.tokens[first : k + 1]]
            quoted = _quoted(words)  # «Таза Балқаш» қорының: the body is its quoted name, as the recogniser spans it
            name, link = canonical(quoted, "ORGANISATION") if quoted else \
                canonical(words, "ORGANISATION", token.analyses[0].morphemes if token.analyses else ())
            return Span("ORGANISATION", post.start, token.end, doc.text[post.start : token.end], name, link)
    return None


def _quoted(words: Sequence[str]) -> list[str]:
    """The words between the first opening quote and its closing one, or none."""
    opening = next((k for k, word in enumerate(words) if word in w.OPENING_QUOTES), None)
    if opening is None:
        return []
    closing = next((k for k in range(opening + 1, len(words)) if words[k] in w.CLOSING_QUOTES), None)
    return list(words[opening + 1 : closing]) if closing is not None else []


def _compared(tokens: Sequence[Token], last: int) -> bool:
    """A body named in the ablative before a word of comparison or time is a point of reference, not the topic (Ол
    БҰҰ-нан кейінгі ірі ұйым: the largest after the UN)."""
    return w.case(tokens[last]) == "Abl" and last + 1 < len(tokens) and w.lemma(tokens[last + 1]) in COMPARED


def kin(head: str) -> frozenset[str]:
    """The head words that name the same kind of body as `head` (a holding or a corporation is a company; ведомство,
    "the department", any state body)."""
    return COMPANIES if head in COMPANIES else STATE_BODIES if head == "ведомство" else frozenset({head})
