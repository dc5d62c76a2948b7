"""The stances of a whole document: clause by clause, with actors carried over between sentences.

A clause without an actor of its own (Ол сондай-ақ ... жоспарлап отыр; бұл ел; no subject at all)
takes the last actor named as a subject in the previous few sentences, marked `implicit`; бұл ел and
ел take the last country. A clause in the first person (мен ... қолдаймын) is its speaker's (`speakers`), also
`implicit`. Sentences in Russian or English are skipped.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from taldau.doc import Doc, Relation, Span, Token
from taldau.morph import analyze
from taldau.stances import (
    arguments,
    clauses,
    mentions,
    parties,
    phrases,
    purpose,
    syntax,
)
from taldau.stances import words as w
from taldau.stances.antecedents import (
    ANTECEDENT_SENTENCES,
    BODY_WORDS,
    antecedent,
    kin,
    partner_before,
    reach,
    topic,
    unit_body,
)
from taldau.stances.lexicon import Lexicon
from taldau.stances.mentions import COUNTRY_HEADS, ITSELF, Mention
from taldau.stances.places import city_state
from taldau.stances.posts import post_holders
from taldau.stances.speakers import speakers

FOREIGN = frozenset({"ru", "en"})
APART = frozenset({"BETWEEN", "BY"})  # predicates whose actors are named apart from the subject (parties.py)
CARRY_SENTENCES = 3  # an actor is carried over this many sentences after it was last named
PARTNERS = frozenset({"серіктес"})  # "the partner", the party an agreement before named in -мен


class _Memory:
    """The last actors named as subjects, and the last countries among them. A sentence without a
    stance is read for its subject only when a later clause needs it (most sentences have no stance)."""

    def __init__(self, doc: Doc, lexicon: Lexicon, starts: list[int]) -> None:
        self.doc, self.lexicon, self.starts = doc, lexicon, starts
        self.actors: list[Span] = []
        self.countries: list[Span] = []
        self.sentence = -CARRY_SENTENCES - 1
        self.unread: list[tuple[int, Sequence[Token], Sequence[Mention] | None]] = []
        self.bodies: list[tuple[int, Span]] = []  # actors named in more than one word, for a bare head word later
        self.sources: dict[int, Span] = {}  # a sentence's person named "according to" (Министрдің айтуынша)

    def remember(self, actors: list[Span], sentence: int) -> None:
        self.actors, self.sentence, self.unread = actors, sentence, []
        self.bodies += [(sentence, a) for a in actors if a.canonical and " " in a.canonical]
        countries = [a for a in actors if a.label == "GPE" and a.link and len(a.link) == 2] \
            or [Span(a.label, a.start, a.end, a.text, *state) for a in actors
                if a.label == "GPE" and (state := city_state(a.canonical))]  # Анкара ... Бұл ел: Turkey
        if countries:
            self.countries = countries

    def pass_over(self, sentence: int, tokens: Sequence[Token], found: Sequence[Mention] | None) -> None:
        self.unread = [*self.unread[-CARRY_SENTENCES + 1 :], (sentence, tokens, found)]

    def recall(self, sentence: int, country: bool, lexicon: Lexicon, starts: list[int]) -> list[Span]:
        for index, tokens, found in reversed(self.unread):
            if found is None:
                found = mentions.find(tokens, _entities(self.doc, tokens, starts), lexicon)
            subject = arguments.sentence_subject(tokens, found)
            if subject and subject[0].label != "ANAPHOR":
                self.remember([_named(self.doc, tokens, m, index, starts, self) for m in subject], index)  # Ведомство
                break
            if not country and _thing_subject(tokens, self.doc.sentences[index].first, found):
                self.actors, self.sentence = [], index  # Жаңа заң ... күшіне енеді. Ол ...: ол is the law, no actor
                break
            named = [m for m in found if m.country and not _attributive(tokens, m)] if country and not subject else []
            if len(named) == 1:  # Өзбекстан үшін бұл келісімнің маңызы зор. Бұл ел ...: the one country named
                self.countries, self.sentence = [_named(self.doc, tokens, named[0], index, starts, self)], index
                break
        self.unread = []
        if sentence - self.sentence > CARRY_SENTENCES:
            return []
        return self.countries if country else self.actors


def _attributive(tokens: Sequence[Token], mention: Mention) -> bool:
    """A country's name bare before a noun describes it (Қытай тауарларының үлесі, Ресей газы: Chinese goods, Russian
    gas), naming no country a later бұл ел could be; Өзбекстан үшін, Жапонияда, Жапонияның do."""
    return w.case(tokens[mention.last - 1]) == "Nom" and mention.last < len(tokens) \
        and tokens[mention.last].upos == "NOUN"


def _thing_subject(tokens: Sequence[Token], offset: int, found: Sequence[Mention]) -> bool:
    """The parse gives the sentence's main verb a document for its subject, in the singular and no actor (Жаңа заң
    келесі жылы күшіне енеді): what the next sentence's ол or omitted subject is, rather than an actor named before
    (not an event or a time, Сапар екі күнге созылды, nor a plural, which ол does not name)."""
    if not syntax.parsed(tokens):
        return False
    roots = {i for i, t in enumerate(tokens) if t.head is None or t.head == offset + i}
    return any(t.deprel == "nsubj" and t.head - offset in roots and t.upos == "NOUN" and w.case(t) == "Nom"
               and not w.plural(t)
               and w.lemma(t) in w.DOCUMENTS and not any(m.first <= i < m.last for m in found)
               for i, t in enumerate(tokens) if t.head is not None)


def read(doc: Doc, lexicon: Lexicon) -> tuple[Relation, ...]:
    found: list[Relation] = []
    starts = [e.start for e in doc.entities]  # merge_spans keeps them in text order
    memory = _Memory(doc, lexicon, starts)
    who = speakers(doc)
    for index, sentence in enumerate(doc.sentences):
        if sentence.lang in FOREIGN:
            continue
        tokens = doc.sentence_tokens(sentence)
        stance_clauses = clauses.find(tokens, lexicon, speaking=who[index] is not None)
        sentence_mentions = mentions.find(tokens, _entities(doc, tokens, starts), lexicon) if stance_clauses else None
        if (source := _source(doc, tokens, index, sentence_mentions, memory)) is not None:
            memory.sources[index] = source
        named, previous = False, None
        for found_clause in stance_clauses:
            reading = _arguments(tokens, sentence.first, sentence_mentions, found_clause, lexicon)
            if reading is None:
                continue
            clause, args = reading
            if "ABL" in clause.predicate.targets and arguments.comment_refused(tokens, args.targets):
                continue  # түсініктеме беруден бас тартты: refused to comment
            if arguments.other_sense(tokens, clause.predicate.head, args.targets):
                continue  # негізін қалаған: founded; диссертациясын қорғады: defended a thesis
            if previous and not args.targets and _chained(tokens, previous[0], clause):
                if previous[0].predicate.kind == clause.predicate.kind:  # қарсы шығып, наразылық білдірді: one stance
                    continue
                args = args._replace(targets=previous[1].targets)  # the first verb's target is the second one's
            previous = clause, args
            if clause.speaker:  # Мен бұл шешімді қолдаймын: the speaker's stance, carried from who speaks
                targets = [(_past_speaker(tokens, first, last), last) for first, last in args.targets]
                found += _relations(doc, tokens, index, clause, args._replace(targets=[t for t in targets if t[0] < t[1]]),
                                    [_spoken(doc, tokens, clause, who[index])], True, (starts, memory))
                continue
            actors, implicit = _actors(doc, tokens, args, clause, (memory, index, lexicon, starts))
            if actors and not implicit:
                memory.remember(actors, index)
                named = True
            found += _relations(doc, tokens, index, clause, args, actors, implicit, (starts, memory))
        if purpose.candidate(tokens):  # Орталық қызметінің мақсаты ... болып табылады
            if sentence_mentions is None:
                sentence_mentions = mentions.find(tokens, _entities(doc, tokens, starts), lexicon)
            found += [_purpose(doc, tokens, index, p) for p in purpose.find(tokens, sentence_mentions, lexicon)]
        if parties.nominal_candidate(tokens):  # Моңғолия мен Қазақстан арасындағы ынтымақтастық кеңейіп келеді
            if sentence_mentions is None:
                sentence_mentions = mentions.find(tokens, _entities(doc, tokens, starts), lexicon)
            for nominal in parties.nominal(tokens, sentence_mentions):
                found += _cooperation(doc, tokens, index, nominal, found)
        if not named:
            memory.pass_over(index, tokens, sentence_mentions)
    return tuple(found)


def _arguments(tokens, offset: int, found: Sequence[Mention], clause: clauses.Found, lexicon: Lexicon):
    """(clause, arguments) under the reading of its predicate whose required target is there (келісті
    with a dative: agreed to do, cooperation; with an instrumental: agreed with, support), the target nearest
    the predicate first (туралы шешіммен келіспейді: the instrumental next to the verb, not the туралы inside
    it), or None."""
    apart = clause.predicate.actor in APART  # A мен B арасында ... жасалды: the parties, not a subject
    same = [p for p in lexicon.predicates.get(clause.predicate.head, ())
            if p.light == clause.predicate.light and (p.actor in APART) == apart]
    readings = []
    for predicate in same or [clause.predicate]:
        reading = clause._replace(predicate=predicate)
        args = (parties.read(tokens, found, reading) if apart
                else syntax.read(tokens, offset, found, reading) if syntax.parsed(tokens)
                else arguments.read(tokens, found, reading))
        if args.targets or not predicate.required:
            readings.append((reading, args))
    return max(readings, key=lambda r: r[1].targets[-1][1] if r[1].targets else -1, default=None)


def _chained(tokens: Sequence[Token], first: clauses.Found, second: clauses.Found) -> bool:
    """The second clause follows the first one's converb and a comma (қолдап, ...) and names nobody of its own
    (not Заңды 80 депутат қолдап, 20-сы қарсы шыққан): one subject, one matter."""
    return second.start == first.end + 1 and tokens[first.end].norm == "," \
        and w.verb_form(tokens[first.end - 1]) == "Conv" \
        and not any(t.upos in w.NOMINALS and w.case(t) == "Nom" for t in tokens[second.start : second.first])


def _actors(doc, tokens, args, clause, context) -> tuple[list[Span], bool]:
    """The clause's actors as Spans and whether they were carried over."""
    named = [m for m in args.subjects if m.label != "ANAPHOR"]
    if named:
        return [_named(doc, tokens, m, context[1], context[3], context[0]) for m in named], False
    anaphor = next((m for m in args.subjects if m.label == "ANAPHOR"), None)
    if args.overt or clause.predicate.actor != "NOM" and (anaphor is None or anaphor.last - anaphor.first < 2):
        return [], False  # (an actor in another case is carried over only when pointed at: Бұл елге ... қажет; a bare
        # елге may be the writer's own country as well as the one named last)
    at = next((k for k in range(anaphor.first, anaphor.last) if w.lemma(tokens[k]) in COUNTRY_HEADS), None) \
        if anaphor is not None else None
    memory, index, lexicon, starts = context
    antecedents = memory.recall(index, at is not None, lexicon, starts)
    if anaphor is None:
        return antecedents, True
    if anaphor.last - anaphor.first == 1 and tokens[anaphor.first].norm.lower() == "ол":
        antecedents = [a for a in antecedents if not _plural_noun(doc, a)]  # ол is one: not Балалар, Компаниялар (олар)
        if memory.sentence in memory.sources and any(w.lemma(t) in w.SAYING for t in tokens[clause.end :]):
            antecedents = [memory.sources[memory.sentence]]  # Министрдің айтуынша, ведомство ... . Ол ... екенін
            # жеткізді: who says it is the person the last sentence was told by, not the body it told of
    start, end = tokens[anaphor.first].start, tokens[anaphor.last - 1].end
    own = " ".join(t.norm for t in tokens[at + 1 : anaphor.last]) if at is not None else ""  # (бұл елдің) компаниялары
    return [Span(a.label, start, end, doc.text[start:end], f"{a.canonical} {own}" if own else a.canonical, a.link)
            for a in antecedents], True


def _plural_noun(doc: Doc, actor: Span) -> bool:
    """The actor is named by a plural common noun (Балалар, шетелдік компаниялар), by its last word's reading in context."""
    token = doc.tokens[bisect_right(doc.tokens, actor.end - 1, key=lambda t: t.start) - 1]
    return actor.link is None and actor.label == "ACTOR" and token.upos == "NOUN" and w.plural(token)


def _source(doc: Doc, tokens: Sequence[Token], index: int, found: Sequence[Mention] | None,
            memory: _Memory) -> Span | None:
    """The person a sentence is told by, named in the genitive before "according to" (Министрдің айтуынша, Асқар
    Нұрлановтың сөзінше): a person, a post the text introduced with its holder, or a post alone."""
    at = next((k for k, t in enumerate(tokens) if k and w.according(t) and w.case(tokens[k - 1]) == "Gen"), None)
    if at is None:
        return None
    if found is None:
        found = mentions.find(tokens, _entities(doc, tokens, memory.starts), memory.lexicon)
    mention = next((m for m in found if m.last == at), None)
    span = _named(doc, tokens, mention, index, memory.starts, memory) if mention is not None else None
    return span if span is not None and (span.label == "PERSON" or phrases.person_word(tokens[at - 1])) else None


def _spoken(doc: Doc, tokens: Sequence[Token], clause: clauses.Found, speaker: Span) -> Span:
    """The speaker as the actor of a first-person clause, at its pronoun (мен, біз) or else at its predicate."""
    at = next((t for t in tokens[clause.start : clause.first] if w.first_person(t)), tokens[clause.first])
    return Span(speaker.label, at.start, at.end, doc.text[at.start : at.end], speaker.canonical, speaker.link)


def _relations(doc, tokens, index, clause, args, actors: list[Span], implicit: bool, context) -> list[Relation]:
    """The clause's relations, one an actor and target; its partners named as its actors are (әкімдікпен: the akimat
    named before); `context`: the entities' starts and the memory of actors."""
    predicate = _predicate(doc, tokens, clause)
    starts, memory = context
    partners = [_named(doc, tokens, m, index, starts, memory) for m in args.partners]
    targets = [_range_span(doc, tokens, _target_start(tokens, args.subjects, first, last, implicit), last, "TARGET")
               for first, last in args.targets] or [None]
    out = []
    kind, negated = clause.predicate.kind, clause.negated
    if negated and clause.predicate.negated_kind and not partners:  # келіспеді: disagreed, an opposition rather than a
        kind, negated = clause.predicate.negated_kind, False  # negated support (with a partner, Ресей Қазақстанмен ...
        # келіспеді: the two did not agree, a negated cooperation)
    for actor in actors:
        with_whom = partners
        if not with_whom and kind == "cooperation":  # Қазақстан мен Ресей ... келісті
            with_whom = [a for a in actors if a is not actor]
        for target in targets:
            relation = Relation(index, kind, actor, predicate, target, tuple(with_whom), negated, implicit)
            if relation not in out:  # Қазақстан мен Қазақстан ... олар қолдайды: one antecedent, carried once
                out.append(relation)
    return out


def _past_speaker(tokens: Sequence[Token], first: int, last: int) -> int:
    """Where a first-person clause's target starts past its pronoun and the quote before it («Біз | ... дайынбыз), and
    past what the speaker's own words before the quote say (журналистерге «Біз | тарифтің өсуіне қарсымыз»); a quoted
    name, closed before the predicate, stays (Біз | «Жасыл Ел» жобасын қолдаймыз)."""
    i = max((k + 1 for k in range(first, last - 1) if tokens[k].norm in w.OPENING_QUOTES
             and not any(t.norm in w.CLOSING_QUOTES for t in tokens[k + 1 : last])), default=first)
    return i + 1 if i < last - 1 and w.first_person(tokens[i]) else i


def _past_subjects(subjects: Sequence[Mention], first: int, last: int) -> int:
    """Where a target starts past a subject its words ran over (X: «Қазақстан | бейбіт келіссөздерді қолдайды»)."""
    return max((m.last for m in subjects if first <= m.first and m.last < last), default=first)


def _past_topic(tokens: Sequence[Token], first: int, last: int) -> int:
    """Where a target starts past the particle that marks its actor as the topic (Берлин болса | Орталық Азиямен ...:
    "as for Berlin"), or a comma after it, or өзі after a genitive actor (Компанияның өзі | ... ұлғайтуды: "itself");
    not past the quote that opens a name («Эйр Астана» мен KEGOC ...)."""
    while first < last - 1 and (tokens[first].norm.lower() in w.TOPIC_PARTICLES
                                or w.punct(tokens[first]) and tokens[first].norm not in w.OPENING_QUOTES
                                or tokens[first].norm.lower() in ITSELF and w.case(tokens[first - 1]) == "Gen"):
        first += 1
    return first


def _target_start(tokens: Sequence[Token], subjects: Sequence[Mention], first: int, last: int, implicit: bool) -> int:
    """Where a target starts past its clause's subjects and topic (`_past_subjects`, `_past_topic`), and past a personal
    pronoun in the nominative opening the target of a carried-over actor: the subject it stands for (Ол | дәрігер
    болуды армандады; not олар салған зауытты, a relative clause's own subject after a named one)."""
    first = _past_topic(tokens, _past_subjects(subjects, first, last), last)
    token = tokens[first]
    personal = token.upos == "PRON" and w.case(token) == "Nom" and w.feats(token).get("PronType") == "Prs"
    return first + 1 if implicit and personal and first < last - 1 else first


def _purpose(doc: Doc, tokens: Sequence[Token], index: int, found: purpose.Purpose) -> Relation:
    span = _range_span(doc, tokens, *found.predicate, "PREDICATE")
    predicate = Span(span.label, span.start, span.end, span.text, purpose.GOAL)
    target = _range_span(doc, tokens, *found.target, "TARGET")
    return Relation(index, "goal", _span(doc, tokens, found.actor), predicate, target, (), False, False)


def _cooperation(doc, tokens, index: int, nominal: parties.Nominal, found: list[Relation]) -> list[Relation]:
    """Each party of a cooperation noun cooperates with the others, unless a clause of the sentence has it already
    (A мен B арасындағы ынтымақтастық дамып, екі ел ... келісті)."""
    predicate = _range_span(doc, tokens, nominal.noun, nominal.noun + 1, "PREDICATE")
    predicate = Span(predicate.label, predicate.start, predicate.end, predicate.text, "ынтымақтастық")
    actors = [_span(doc, tokens, m) for m in nominal.parties]
    target = _range_span(doc, tokens, *nominal.field, "TARGET") if nominal.field else None
    have = {(r.actor.start, r.actor.end) for r in found if r.sentence == index and r.kind == "cooperation"}
    return [Relation(index, "cooperation", actor, predicate, target, tuple(a for a in actors if a is not actor),
                     nominal.negated) for actor in actors if (actor.start, actor.end) not in have]


def _predicate(doc: Doc, tokens: Sequence[Token], clause: clauses.Found) -> Span:
    p = clause.predicate
    lemma = " ".join([p.head, *p.light]) if not p.head.startswith("+") else w.lemma(tokens[clause.first])
    span = _range_span(doc, tokens, clause.first, clause.end, "PREDICATE")
    return Span(span.label, span.start, span.end, span.text, lemma)




def _named(doc: Doc, tokens: Sequence[Token], mention: Mention, sentence: int, starts: list[int],
           memory: _Memory) -> Span:
    """The mention as a Span; a post named alone, as the person the text introduced with it (`post_holder`); a bare
    head noun in the singular (Қор, Компания; not Компаниялар, companies at large; Одақ read as a place too)
    names the organisation one of the few sentences before named with that head word (Chevron компаниясы,
    «Самұрық-Қазына» қоры), or its own sentence when it opens a clause of its own (Көлік министрлігі ..., бірақ
    министрлік ...; not ... серіктесі болған компания, біздің министрлік), else the one body of that kind the text
    names however far back in the paragraph or in a heading (`topic`), and takes its name and link."""
    span = _span(doc, tokens, mention)
    at = bisect_left(starts, span.start)
    post = doc.entities[at] if at < len(starts) else None
    if mention.label == "ACTOR" and post is not None and post.label == "POSITION" \
            and (post.start, post.end) == (span.start, span.end) and (holders := post_holders(doc, post)):
        # Мемлекет басшысы, the person the text introduced with it; Президент after Тоқаев and Байден were introduced
        # as presidents: which one is not said
        return Span("PERSON", span.start, span.end, span.text, holders[0].canonical, holders[0].link) \
            if len(holders) == 1 else span
    word = tokens[mention.first]
    back, head = reach(doc, sentence), w.lemma(word)
    last = tokens[mention.last - 1]
    if mention.label == "ACTOR" and w.lemma(last) in PARTNERS and not w.plural(last) and not w.possessed(last) \
            and (partner := partner_before(doc, bisect_left(starts, tokens[0].start), doc.sentences[back].start)):
        return Span(partner.label, span.start, span.end, span.text, partner.canonical, partner.link)  # Серіктес ...
    if not mention.link and (named := unit_body(doc, tokens[mention.first : mention.last],
                                                bisect_left(starts, word.start), doc.sentences[back].start)):
        return Span(named.label, span.start, span.end, span.text, named.canonical, named.link)  # Облыс әкімдігі
    if mention.label != "ACTOR" and head not in BODY_WORDS or mention.last - mention.first != 1 or mention.link \
            or w.plural(word):
        return span  # (Одақ read as a place or a person by the recogniser is still a union's head word)
    opens = mention.first > 0 and (clauses.conjunction(tokens[mention.first - 1]) or tokens[mention.first - 1].norm == ",")
    upto = word.start if opens else tokens[0].start
    named = antecedent(doc, head, bisect_left(starts, upto), doc.sentences[back].start) \
        or _antecedent_actor(memory, head, sentence, back) \
        or _antecedent_phrase(memory, head, sentence, back, upto) \
        or topic(doc, head, bisect_left(starts, upto), upto)
    if named is not None and named.start >= tokens[0].start and (
            rival := antecedent(doc, head, bisect_left(starts, named.start), tokens[0].start)) \
            and rival.canonical != named.canonical:
        return span  # Энергетика министрлігі мен Қаржы министрлігі ..., бірақ министрлік: which one is not said
    return span if named is None else Span(named.label, span.start, span.end, span.text, named.canonical, named.link)


def _antecedent_actor(memory: _Memory, head: str, sentence: int, back: int) -> Span | None:
    """The last actor of a stance named with that head word in the singular, from sentence `back` on, where
    the recogniser named no organisation (Облыс әкімдігі ... Әкімдік; not Жапония компаниялары ... Компания: one of
    them, or another), or named by that bare word before, in an earlier paragraph too (Компания ... жоспарлап отыр,
    then partners listed, then компания ... тартпақ: the company the text calls so)."""
    for at, actor in reversed(memory.bodies):
        if at < sentence - ANTECEDENT_SENTENCES:
            break
        words = [actor.text.lower(), actor.canonical.rsplit(" ", 1)[1]] if at >= back else [actor.text.lower()]
        for readings in map(analyze, words):
            if readings and readings[0].lemma.lower() in kin(head) and "Number=Plur" not in (readings[0].feats or ""):
                return actor
    return None


def _antecedent_phrase(memory: _Memory, head: str, sentence: int, back: int, before: int) -> Span | None:
    """The last body named in more than one word with that head word in the singular before the offset `before`, in
    its sentence or those before, none a stance's (Облыстық денсаулық сақтау басқармасы ... мәлімдеді. Басқарма ...
    жоспарлап отыр; Автокөлік иелері одағы ... қарсы емес, бірақ одақ ... қалайды), from sentence `back` on: read only
    when a bare head word needs it."""
    doc = memory.doc
    for k in range(sentence, back - 1, -1):
        tokens = doc.sentence_tokens(doc.sentences[k])
        for m in reversed(mentions.find(tokens, _entities(doc, tokens, memory.starts), memory.lexicon)):
            last = tokens[m.last - 1]
            if m.label == "ACTOR" and m.last - m.first > 1 and w.lemma(last) in kin(head) and not w.plural(last) \
                    and last.end <= before:
                return _span(doc, tokens, m)
    return None


def _span(doc: Doc, tokens: Sequence[Token], mention: Mention) -> Span:
    span = _range_span(doc, tokens, mention.first, mention.last, mention.label)
    return Span(mention.label, span.start, span.end, span.text, mention.canonical, mention.link)


def _range_span(doc: Doc, tokens: Sequence[Token], first: int, last: int, label: str) -> Span:
    start, end = tokens[first].start, tokens[last - 1].end
    return Span(label, start, end, doc.text[start:end])


def _entities(doc: Doc, tokens: Sequence[Token], starts: list[int]) -> list[tuple[int, int, Span]]:
    """The document's entities inside these tokens, as (first, last) token ranges; `starts`: entity starts."""
    if not tokens:
        return []
    token_starts = [t.start for t in tokens]
    token_ends = [t.end for t in tokens]
    out = []
    i = bisect_left(starts, tokens[0].start)
    while i < len(starts) and starts[i] < tokens[-1].end:
        span = doc.entities[i]
        first, last = bisect_left(token_starts, span.start), bisect_right(token_ends, span.end)
        if first < last:
            out.append((first, last, span))
        i += 1
    return out
