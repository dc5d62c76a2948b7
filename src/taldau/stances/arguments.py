"""A stance clause's arguments by rules over morphology: its subject, its target, its partners.

Kazakh is verb-final and marks roles by case, so within the clause that a predicate closes:
    subject   the first actor mention in the nominative (the dative for қажет, керек, маңызды), with
              the mentions coordinated to it by мен, және or a comma (Ресей мен Қытай);
    target    the nearest word before the predicate in the case the predicate governs (игеруге
              мүдделі, бастаманы қолдамайды) with its dependents: a verbal noun takes everything back
              to the subject (Арал теңізінің су қорын сақтауды), a noun its modifiers; a target
              coordinated by және or a comma is a second target;
    partners  actor mentions in the instrumental (Қазақстанмен, Германиямен бірге).
Actors named apart from the subject (A мен B арасында, X тарапынан) are read by `taldau.stances.parties`.
Reported clauses (... қолдайтынын айтты) are read by `taldau.stances.reported`, targets by `taldau.stances.targets`.
When the tokens carry a dependency parse, `taldau.stances.syntax` answers instead.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from taldau.doc import Token
from taldau.morph import GOVERNED_CASES, suffixes
from taldau.stances import words as w
from taldau.stances.clauses import Found
from taldau.stances.mentions import Mention, find_places
from taldau.stances.mentions import case as mention_case
from taldau.stances.phrases import PRONOUNS, fronted_subject, group
from taldau.stances.reported import genitive_subject, nominalised, own_country, quoted, reports
from taldau.stances.targets import CASES, POSTPOSITIONS, bare_noun, find_targets, parenthesised
from taldau.stances.words import CLOSING_QUOTES, OPENING_QUOTES

SPEECH_ACTS = frozenset({"түсініктеме", "жауап", "сұхбат", "пікір", "мәлімдеме", "ақпарат"})  # ... беруден бас тартты
LAID = frozenset({"негіз", "іргетас", "кірпіш", "от"})  # the objects of қала- "lay" (a homonym of "want")


class Arguments(NamedTuple):
    subjects: list[Mention]
    targets: list[tuple[int, int]]  # token ranges [first, last); the head is the last token
    partners: list[Mention]
    overt: bool = False  # the clause names a subject that is no actor (бұл шешімнің): nothing to carry over


def read(tokens: Sequence[Token], mentions: Sequence[Mention], found: Found) -> Arguments:
    inside = [m for m in mentions if found.start <= m.first and m.last <= found.first]
    subjects = _subjects(tokens, inside, CASES[found.predicate.actor], found.first)
    if not subjects and _after_clause(tokens, found.start, inside, found.first):
        # Эльмира ... шығып, баяндап бермек; ғалымдар қолдау болса, ... дайын; пікір алысты, келісімдер
        # жасасты; алғысын жеткізді және ... дайындығын білдірді: a clause that names no subject shares the one before
        subjects = _subjects(tokens, [m for m in mentions if m.last <= found.start], CASES[found.predicate.actor])
    if not subjects and found.predicate.actor == "NOM":  # Қазақстан ... ұйымының жобаларына, Қор ауыл ... дайын
        subjects = leading_actor(tokens, inside)
    if not subjects and found.predicate.actor == "GEN":  # өзге ұлт өкілдері тарапынан (оқушылар арасында) ...
        subjects = [m for m in inside if m.last < found.first  # қызығушылық зор: the holder, by or among whom
                    and tokens[m.last].norm.lower() in w.BY | {"арасында"}][-1:]
    if not subjects and found.predicate.actor == "GEN" and w.possessed(tokens[found.first]) \
            and w.case(tokens[found.first]) == "Nom":  # Қытай компаниялары ... салуға ниеті бар: the topic holds it
        topics = [m for m in inside if not (m.last < len(tokens) and tokens[m.last].upos == "NOUN"
                                            and w.possessed(tokens[m.last]))]  # not Ресей газын: a modifier
        subjects = _subjects(tokens, topics, "Nom", found.first)
    subjects = _represented(tokens, mentions, subjects, found.first)
    if subjects and incorporated(tokens, subjects[-1], found):
        subjects = []
    floor = subjects[-1].last if subjects and subjects[-1].last > found.start else found.start
    targets = find_targets(tokens, inside, found, floor)
    if not targets and subjects and subjects[0].first > found.start:  # Бұл жобаны Парламент қолдады: a fronted target
        fronted = find_targets(tokens, inside, found, found.start, subjects[0].first)
        aside = parenthesised(tokens, found.start, subjects[0].first)  # қан (ІІ) науқастарға керек
        if fronted and all(w.punct(tokens[i]) or tokens[i].upos in ("PART", "CCONJ", "ADV", "DET") or i in aside
                           or (tokens[i].upos == "ADJ" and i + 2 >= subjects[0].first)  # бастамаға өзге де мемлекеттер
                           or w.lemma(tokens[i]) in w.TIME_WORDS  # Олардың бұл өтінішіне кеше Сенат төрағасы
                           or _postposition(tokens[i]) and w.lemma(tokens[i - 1]) in w.TIME_WORDS  # жыл сайын
                           or (i == subjects[0].first - 1 and w.case(tokens[i]) == "Gen")  # шығуына оның әкесі
                           for i in range(fronted[-1][1], subjects[0].first)):
            targets = fronted  # (not ... әкімшілікке ауыстыру ұсынысымен депутаттар: a dependent of another word)
    if found.predicate.actor in ("DAT", "GEN") and not subjects:  # Қазақстан үшін маңызды: nobody's need
        return Arguments([], targets, [], overt=True)
    reported = reports(tokens, found)
    own = own_country(tokens, [*subjects, *inside], floor, found.first) if reported else None
    embedded = own[0] if own else genitive_subject(tokens, floor, found.first) \
        if reported or not subjects and nominalised(tokens, found) else None
    if embedded is not None:  # the reported (or nominalised) clause's own subject, in the genitive
        subjects = own[1] if own else _group_at(tokens, inside, embedded)
        targets = find_targets(tokens, inside, found, embedded + 1)
        if not subjects:
            return Arguments([], targets, [], overt=True)
    elif subjects and (reported or quoted(tokens, found.end)):
        # Сауда министрі үкімет экспортты арттыруды көздейтінін айтты; ... үкімет қолдайды деп мәлімдеді: the
        # reported clause's own subject stands nearest its predicate, after the speaker's
        nearer = _subjects(tokens, [m for m in inside if m.first >= subjects[-1].last], CASES[found.predicate.actor],
                           found.first)
        if nearer:  # its target after it, or fronted before it (бұл жобаны Ресей мен Қытай қолдайтынын)
            targets = find_targets(tokens, inside, found, nearer[-1].last) \
                or find_targets(tokens, inside, found, subjects[-1].last, nearer[0].first)
            subjects = nearer
        elif _thing_subject(tokens, subjects[-1].last, targets[-1][1] - 1 if targets else found.first, inside):
            # Талдаушылар мөлшерлемені көтеру өсуді тежейді деп есептейді: what a thing does, as someone believes it
            return Arguments([], targets, [], overt=True)
    if not subjects:
        other = _other_subject(tokens, found.start, targets[0][-1] - 1 if targets else found.first, inside)
        named = group(tokens, other) if other is not None and not found.predicate.known_actor else None
        if other is not None and named is None:  # Жазушы бұл аудармасын аяқтауды көздеп отыр: a subject, but no actor
            return Arguments([], find_targets(tokens, inside, found, other + 1), [], overt=True)
        if named is not None:  # Бұл сауда нүктелері ... асырмауға келісті: a group outside the lexicons
            subjects, targets = [named], find_targets(tokens, inside, found, other + 1)
        elif _converb_alone(tokens, found):  # жобаны қолдап 5000 адам қол қойған: the subject follows
            return Arguments([], targets, [], overt=True)
    partners = [m for m in inside if mention_case(tokens, m) == "Ins" and m.label != "ANAPHOR"
                and not (m.last < len(tokens) and w.attributive(tokens[m.last]))]  # (Ауғанстанмен шекарадағы: a border)
    return Arguments(subjects, targets, _shared_ending(tokens, inside, partners, subjects))


def _shared_ending(tokens: Sequence[Token], inside: Sequence[Mention], partners: list[Mention],
                   subjects: Sequence[Mention]) -> list[Mention]:
    """The partners with the bare conjuncts before each, which share its ending (Өзбекстан және Қырғызстанмен,
    Huawei, Microsoft және Yandex компанияларымен: Kazakh puts the case on the last conjunct only)."""
    out = list(partners)
    for partner in partners:
        k = inside.index(partner)
        while k > 0 and joined(tokens, inside[k - 1], inside[k]) and inside[k - 1] not in subjects \
                and inside[k - 1] not in out and mention_case(tokens, inside[k - 1]) == "Nom":
            k -= 1
            out.append(inside[k])
    named = {}
    for mention in sorted(out):  # банкімен (ЕҚДБ): one partner under its two names
        named.setdefault(mention.canonical, mention)
    return list(named.values())


def leading_actor(tokens: Sequence[Token], inside: Sequence[Mention]) -> list[Mention]:
    """The actor that opens the clause's first mention, run into what follows it: a country before an organisation
    name or an actor phrase in the genitive (Қазақстан Шанхай ынтымақтастық ұйымының жобаларына ... дайын), a bare
    actor noun before an actor phrase (Қор ауыл кәсіпкерлеріне ... дайын, Министрлік жастар бастамаларын ...). Where
    the clause has no subject, that actor in the nominative is it; [] otherwise, and where the phrase is the
    possessor of the clause's subject (Қор ауыл кәсіпкерлерінің көпшілігі ... дайын: most of them are)."""
    name = inside[0] if inside else None
    if name is not None and _possessor_of_subject(tokens, name):
        return []
    if name is not None and name.opener:
        return [Mention(name.first, name.first + 1, "ACTOR", tokens[name.first].norm, None)]
    if name is None or name.label not in ("ORGANISATION", "ACTOR") or mention_case(tokens, name) != "Gen":
        return []
    place = next((p for p in find_places(tokens[name.first : name.last]) if p.first == 0), None)
    if place is None or not place.country or place.last >= name.last - 1 \
            or w.case(tokens[name.first + place.last - 1]) != "Nom":
        return []
    return [place._replace(first=name.first, last=name.first + place.last)]


def _possessor_of_subject(tokens: Sequence[Token], mention: Mention) -> bool:
    """A mention in the genitive whose head, after its adjectives, is possessed and in the nominative: together they
    are a subject (кәсіпкерлерінің басым көпшілігі, қызметкерлерінің бірі)."""
    if mention_case(tokens, mention) != "Gen":
        return False
    head = next((t for t in tokens[mention.last : mention.last + 3] if t.upos != "ADJ"), None)
    return head is not None and head.upos in ("NOUN", "PRON", "NUM") and w.possessed(head) and w.case(head) == "Nom"


def _represented(tokens: Sequence[Token], mentions: Sequence[Mention], subjects: list[Mention],
                 before: int) -> list[Mention]:
    """The group a subject speaks or acts for (X атынан, on behalf of X) holds the stance: Министр үкімет атынан
    бастаманы қолдайтынын айтты is the government's support."""
    for mention in mentions:
        if subjects and subjects[-1].last <= mention.first and mention.last < before \
                and tokens[mention.last].norm.lower() in w.BEHALF:
            return [mention]
    return subjects


def _group_at(tokens: Sequence[Token], inside: Sequence[Mention], index: int) -> list[Mention]:
    """The mention at token `index` with the mentions coordinated before it (Әли Оқапов пен Батырхан Шүкеновтың)."""
    k = next((k for k, m in enumerate(inside) if m.first <= index < m.last), None)
    if k is None:
        return []
    first = k
    while first > 0 and joined(tokens, inside[first - 1], inside[first]):
        first -= 1
    return list(inside[first : k + 1])


def laid(tokens: Sequence[Token], predicate: str, targets: list[tuple[int, int]]) -> bool:
    """қала- "lay", not қала- "want": its object is what is laid (негізін қалады: founded; іргетасын қалады)."""
    return predicate == "қала" and bool(targets) and w.lemma(tokens[targets[-1][1] - 1]) in LAID


def comment_refused(tokens: Sequence[Token], targets: list[tuple[int, int]]) -> bool:
    """The target is a speech act (түсініктеме беруден, жауап беруден бас тартты): refusing to comment states
    no stance on anything."""
    head = targets[-1][1] - 1 if targets else 0
    return head > 0 and w.verbal_noun(tokens[head]) and w.lemma(tokens[head - 1]) in SPEECH_ACTS


def _after_clause(tokens: Sequence[Token], start: int, inside: Sequence[Mention], before: int) -> bool:
    """The clause follows a verb and a comma: a converb (шығып,) or a condition (болса,), whose subject is
    the main clause's; or a finite verb (алысты,; жеткізді және ...: two predicates joined) when this clause has no
    noun where a subject stands."""
    joint = start < len(tokens) and tokens[start].norm.lower() == "және"
    if not (joint and start >= 1 or start >= 2 and tokens[start - 1].norm == ","):
        return False
    verb = tokens[start - 1] if joint else tokens[start - 2]
    if any(_quantifier(t) for t in tokens[start:before]):
        return False  # Жобаны елу депутат қолдап, отызы қарсы шыққан: a subject of its own, a quantifier
    if w.verb_form(verb) == "Conv":
        return True
    return verb.upos in ("VERB", "AUX") and w.verb_form(verb) == "Fin" \
        and _other_subject(tokens, start, before, inside) is None


def _quantifier(token: Token) -> bool:
    """A possessed numeral or word of quantity in the nominative stands for a part of a group: отызы (thirty of them),
    Депутаттардың көбі, халықтың көпшілігі, 71 пайыздан астамы (most, the majority, over 71 %): a subject, no actor."""
    return (token.upos == "NUM" or w.lemma(token) in w.PARTITIVES) and w.possessed(token) and w.case(token) == "Nom"


def _other_subject(tokens: Sequence[Token], start: int, before: int, inside: Sequence[Mention]) -> int | None:
    """A nominative noun that is no actor but stands where a subject does: before a determiner, an
    adjective, an adverb or an oblique noun, not before the noun it modifies (көмір өндіруді)."""
    taken = {i for m in inside for i in range(m.first, m.last)}
    for i in range(start, before):
        token, following = tokens[i], tokens[i + 1]
        if _quantifier(token):
            return i  # отызы қарсы дауыс берді: a quantifier subject
        if _action_subject(tokens, i, start):
            return i  # Салықты төмендету | зауыттардың жұмысын тежейді: an action as the subject
        if i in taken or token.upos not in ("NOUN", "PROPN") or w.case(token) != "Nom" \
                or w.verb_form(token) == "Ger" or w.lemma(token) in w.TIME_WORDS or _postposition(following):
            continue  # (тайпалары арасындағы дауды: governed by a postposition, no subject)
        if following.upos in ("ADJ", "DET", "ADV", "NUM", "PRON", "PART") or (
                following.upos == "CCONJ" and following.norm.lower() not in suffixes.coordinators()) or (
                following.upos == "NOUN" and w.case(following) in ("Dat", "Loc", "Abl", "Ins")
                and (w.possessed(token) or not w.possessed(following))):  # (not технологиялар саласында: izafet)
            return i
        if w.case(following) == "Gen" and (w.possessed(token) or "PL" in w.glosses(token)):
            return i  # ұландары аталарының ерлігін: a possessed or plural noun before a genitive
        if w.lemma(token) in w.DOCUMENTS and w.possessed(token) and following.upos == "NOUN" \
                and not w.possessed(following) and w.case(following) == "Nom":
            return i  # Заң жобасы | салық мөлшерлемесін: a document that envisages (not Ауыл шаруашылығы тауар ...)
        if "PL" in w.glosses(token) and following.upos == "NOUN" and w.case(following) == "Nom" \
                and not w.possessed(following) and i > start and tokens[i - 1].upos == "ADJ":
            return i  # отандық диірмендер | ұн экспортын: a plural phrase of its own (not мүгедектер спорт кешендерін)
    return None


def _action_subject(tokens: Sequence[Token], i: int, start: int) -> bool:
    """A verbal noun in the nominative after its own object, before a word it cannot modify (a genitive, an unpossessed
    noun, an adjective): the clause's subject (Салықты төмендету зауыттардың жұмысын тежейді; not Салықты төмендету
    мәселесін, the verbal noun naming the matter)."""
    token, following = tokens[i], tokens[i + 1]
    return i > start and w.verbal_noun(token) and w.case(token) == "Nom" and not w.possessed(token) \
        and w.case(tokens[i - 1]) == "Acc" and (w.case(following) == "Gen" or following.upos in ("ADJ", "DET", "ADV")
                                                or following.upos == "NOUN" and not w.possessed(following))


def _thing_subject(tokens: Sequence[Token], start: int, before: int, inside: Sequence[Mention]) -> bool:
    """A reported clause's own subject that is no actor: a nominative noun or verbal noun that modifies nothing after
    it (мөлшерлемені көтеру | экономикалық өсуді, жаңа салық | бизнесті; not зауыт салуды, a verbal noun's bare
    object; no actor's word), between the last punctuation before the target's head and that head (not бағасы of
    ... бағасы қымбат болса да, бұл жобаны: a condition's subject)."""
    taken = {i for m in inside for i in range(m.first, m.last)}
    start = max([start, *(i + 1 for i in range(start, before) if w.punct(tokens[i]))])  # the target's own clause
    for i in range(start, before):
        token, following = tokens[i], tokens[i + 1]
        if i not in taken and token.upos in ("NOUN", "VERB") and w.lemma(token) not in w.TIME_WORDS and w.case(token) == "Nom" and not w.possessed(following) \
                and not w.verbal_noun(following) \
                and (following.upos in ("ADJ", "DET", "ADV", "NUM") or w.case(following) in ("Acc", "Dat")):
            return True
    return False


def _converb_alone(tokens: Sequence[Token], found: Found) -> bool:
    """The predicate ends in a converb (қолдап, қуантпақ болып): its clause goes on past it."""
    return w.verb_form(tokens[found.end - 1]) == "Conv"


def sentence_subject(tokens: Sequence[Token], mentions: Sequence[Mention]) -> list[Mention]:
    """The first nominative actor mentions of a sentence that has no stance: who it is about."""
    return _subjects(tokens, mentions, "Nom")


def _subjects(tokens: Sequence[Token], inside: Sequence[Mention], case: str, predicate: int = -1) -> list[Mention]:
    """The first group of coordinated mentions whose last one is in `case` and governed by nothing (the
    predicate is no postposition: қатысуға ұстаздар қарсы емес); in the genitive, the last one, the holder nearest
    its stance noun («Нұр Отан» партиясының ... талқылау барысында халықтың ... қызығушылығы: the people's)."""
    i, fitting = 0, []
    while i < len(inside):
        group = [inside[i]]
        while i + 1 < len(inside) and joined(tokens, group[-1], inside[i + 1]):
            i += 1
            group.append(inside[i])
        if fits_subject(tokens, group[-1], case, predicate):
            if case != "Gen":
                return group
            fitting = group
        i += 1
    return fitting


def _suspended(tokens: Sequence[Token], after: int) -> bool:
    """The comitative мен joins the mention to a noun phrase in an oblique case, whose ending both conjuncts share
    (тобы мен қала кедейлерінің мүддесі: the group's and the poor's interest; ұйымы мен Орталық Азия арасындағы: both
    between): the mention is in that case too."""
    if after + 1 >= len(tokens) or tokens[after].norm.lower() not in suffixes.coordinators() - {"және", ","}:
        return False
    k = after + 1
    while k < min(len(tokens) - 1, after + 4) and w.case(tokens[k]) == "Nom" and tokens[k].upos in ("NOUN", "ADJ", "PROPN"):
        k += 1
    return w.case(tokens[k]) not in ("Nom", None)


def _complement(tokens: Sequence[Token], after: int) -> bool:
    """A noun right before the copula's converb is what the subject is (топтың көсемі болып, ...: being its leader; a
    name with its title is the subject itself: Асан Бекұлы зауыт директоры болып)."""
    return after < len(tokens) and w.lemma(tokens[after]) == "бол" and w.verb_form(tokens[after]) == "Conv"


def _so_called(tokens: Sequence[Token], after: int) -> bool:
    """A name before деп аталатын (so-called, quotes between) names the noun after it: «Жасыл ел» деп аталатын топтың."""
    k = next((k for k in range(after, min(after + 3, len(tokens))) if tokens[k].norm not in CLOSING_QUOTES), None)
    return k is not None and k + 1 < len(tokens) and tokens[k].norm.lower() == "деп" \
        and tokens[k + 1].norm.lower().startswith("атал")  # the passive of ата-, to name


def fits_subject(tokens: Sequence[Token], last: Mention, case: str, predicate: int, headed: bool = False) -> bool:
    """The last mention of a group can be the subject of the predicate at `predicate`: in the actor's case,
    governed by nothing but the predicate, neither inside a relative clause nor a bare object before its verb.
    `headed`: the parse makes it the predicate's subject, so a title after it read as possessed is no head of it
    (зауыт жұмысшылары Елбасының еңбегін; not Азия елдері аумағының, a chain the parse misses)."""
    following = tokens[last.last] if last.last < len(tokens) else None
    return mention_case(tokens, last) == case and not _owner_before_subject(tokens, last.last, predicate) and (
        past_quotes(tokens, last.last) == predicate or not governed(tokens, last.last)
        or headed and following is not None and following.norm[:1].isupper()) \
        and not predicative(tokens, last.last, predicate) and not bare_object(tokens, last.last, predicate) \
        and (case != "Nom" or not _suspended(tokens, last.last) and not _so_called(tokens, last.last)
             and not (last.label == "ACTOR" and _complement(tokens, last.last))) \
        and not (case == "Gen" and (_possessor(tokens, last.last, predicate)
                                    or 0 <= predicate < len(tokens) and not w.possessed(tokens[predicate])))
    # (a holder in the genitive possesses the stance noun: шешімі наразылық тудырды names none)


def _possessor(tokens: Sequence[Token], after: int, predicate: int = -1) -> bool:
    """A genitive before a possessed noun other than the stance noun, its adjectives between, in another case than the
    accusative is that noun's possessor (Қазақстанның астанасында, Министрліктің бұл бастамасы), not the stance noun's
    (Компанияның өнімдерін экспорттау ниеті: its products)."""
    k = after
    while k < len(tokens) and k != predicate and tokens[k].upos in ("ADJ", "DET"):
        k += 1
    following = tokens[k] if k < len(tokens) and k != predicate else None
    return following is not None and following.upos == "NOUN" and w.possessed(following) and w.case(following) != "Acc"


def _relative(tokens: Sequence[Token], i: int) -> bool:
    """A bare active participle before a noun phrase: a relative clause ends at i (қараған Конституциялық заң,
    ұсынған бұл бастамаға; not жеңілдетілген несиеге, a passive participle, an adjective of its noun)."""
    token = tokens[i]
    return token.upos == "VERB" and w.verb_form(token) == "Part" and not w.possessed(token) \
        and not w.passive(token, tokens[i - 1] if i else None) \
        and w.case(token) in ("Nom", None) and tokens[i + 1].upos in ("NOUN", "ADJ", "NUM", "DET") \
        and w.lemma(tokens[i + 1]) not in w.TIME_WORDS and token.norm.lower() not in w.ADJECTIVAL_PARTICIPLES
    # (not комитеті келер жылы: "next year", a time adverbial; not Әзірбайжан бірлескен жаттығулар: joint exercises)


def bare_object(tokens: Sequence[Token], after: int, predicate: int) -> bool:
    """The mention stands bare right before a verbal noun that is not the predicate: that verb's object
    (бірлескен кәсіпорындар ашуға дайын: ready to open joint ventures); never a name (Асан Бекұлы білуге тырысты) nor a
    possessed noun, whose object would take the accusative (басқарма басшылары түсіндіруге тырысты), nor before a verb
    of acting together (`words.RECIPROCAL`)."""
    return after != predicate and after < len(tokens) and tokens[after].upos == "VERB" and tokens[after - 1].upos != "PROPN" \
        and not w.possessed(tokens[after - 1]) and w.lemma(tokens[after]) not in w.RECIPROCAL \
        and w.verb_form(tokens[after]) == "Ger" and w.case(tokens[after]) not in ("Nom", None)


def predicative(tokens: Sequence[Token], after: int, predicate: int) -> bool:
    """The mention belongs to a relative clause: its subject right before the participle (Мәжіліс қараған заң
    жобасы), or the predicate noun of its copula (көмекші, жақын серік болатын адамдарды: people who are
    helpers), the first verb after it being бол- as a participle before a noun; an oblique one, of a purpose clause
    (балаларға түсінікті ету үшін қажет: the adjective's, not who needs; not Фермерлерге өнімді сақтау үшін)."""
    bare = int(after + 2 < len(tokens) and bare_noun(tokens[after]))  # адам еңбек ететін ұжым
    if after + bare != predicate and after + bare + 1 < len(tokens) and _relative(tokens, after + bare):
        return not (bare and object_before(tokens, after + bare + 1, predicate))  # (Назарбаев құрған партия: its own)
    own = w.case(tokens[after - 1])
    for i in range(after, predicate if predicate > after else len(tokens)):
        token = tokens[i]
        if token.upos in ("VERB", "AUX"):
            following = tokens[i + 1] if i + 1 < len(tokens) else None
            if w.verb_form(token) != "Part" or following is None or following.upos not in ("NOUN", "ADJ", "NUM"):
                return own not in ("Nom", None) and following is not None and w.lemma(following) == "үшін" \
                    and w.lemma(token) in ("ет", "бол") and all(t.upos == "ADJ" for t in tokens[after:i])
            # тұрғындарға көмек беретін жаңа мекемелерге (қажет): the noun the clause describes takes the
            # mention's oblique case (not Қазақстанға шетелде оқыған мамандар қажет: the target's modifier)
            noun = next((t for t in tokens[i + 1 : predicate] if t.upos == "NOUN"), None)
            return w.lemma(token) == "бол" or (own not in ("Nom", None) and noun is not None and w.case(noun) == own)
        if not (w.punct(token) or token.upos in ("CCONJ", "DET") or w.case(token) in ("Nom", None)
                or any(a.upos == "ADJ" for a in token.analyses)):  # сенімді (read сен-ім-ді, also an adjective)
            return False  # (not Министрлік алдағы уақытта ... болатын: an oblique word ends the noun phrase)
    return False


def incorporated(tokens: Sequence[Token], mention: Mention, found: Found) -> bool:
    """A bare singular group noun right before an intentional future is the verb's object, not its subject, where a
    pronoun subject stands before it in its clause (олар ... кездесіп, кеңес алмақ: will take advice), or where an
    adjective describes it after an adverbial (Алматыда жаңа кәсіпорын ашпақ: will open a new plant). Not Келесі
    жылы ұйым кеңеймек (a subject, with no word to describe it), nor Батырдың ерлігін халық ұмытпақ емес (the verb has its
    object in the accusative)."""
    if "SELF" not in found.predicate.targets or mention.label != "ACTOR" or mention.last != found.first \
            or w.plural(tokens[mention.last - 1]) or not object_before(tokens, mention.last - 1, found.first):
        return False
    start = found.start
    if start > 1 and tokens[start - 1].norm == "," and w.verb_form(tokens[start - 2]) == "Conv":
        start = 0  # кездесіп, кеңес алмақ: the converb's clause shares the subject
    before = tokens[start : mention.first]
    if any(w.case(t) == "Acc" for t in before):
        return False
    if any(w.lemma(t) in PRONOUNS and w.case(t) == "Nom" for t in before):
        return True
    described = any(t.upos in ("ADJ", "DET", "NUM") for t in tokens[max(start, mention.first - 1) : mention.last - 1])
    return described and any(w.case(t) in ("Loc", "Dat", "Abl", "Ins") or w.lemma(t) in w.TIME_WORDS for t in before)


def object_before(tokens: Sequence[Token], head: int, predicate: int) -> bool:
    """The relative clause's noun stands bare right before an active predicate, as its object: the mention before the
    clause is the predicate's subject («CITIC» корпорациясы хром өндіретін кәсіпорын салмақ), not the clause's."""
    return head + 1 == predicate and tokens[head].upos == "NOUN" and w.case(tokens[head]) == "Nom" \
        and not w.possessed(tokens[head]) and not w.passive(tokens[predicate], tokens[predicate - 1])


def joined(tokens: Sequence[Token], left: Mention, right: Mention) -> bool:
    between = [t for t in tokens[left.last : right.first]  # мен « Хабар »; «Х» және «Y»; қор, сондай-ақ, шетелдік
               if t.norm not in OPENING_QUOTES and t.norm not in CLOSING_QUOTES  # серіктестер; Жапония да, Корея да;
               # ауруханалар мен өзге де мекемелер
               and t.norm.lower() not in w.ALSO | w.PARTICLES | w.OTHERS]
    return 0 < len(between) <= 2 and all(t.norm.lower() in suffixes.coordinators() for t in between)


def governed(tokens: Sequence[Token], after: int) -> bool:
    """Қазақстан арқылы, Қазақстан үшін; Қазақстан құрамасы, «ҚазМұнайГаз» акцияларының (the mention modifies a
    possessed noun; after its closing quote, a genitive one: «Қазақфильм» киностудиясы is the studio's name, and
    «Қазақтелеком» тарифтерін көтеруге ниетті the company's own object)."""
    last = after - 1
    before = tokens[last]
    after = past_quotes(tokens, after)
    if after >= len(tokens):
        return False
    following = tokens[after]
    if _postposition(following):  # «Қазпошта» арқылы too
        return True
    if after > last + 1:  # «ҚазМұнайГаз» акцияларының; «Айқын» газетіне (берген сұхбатында): the head's oblique case
        return following.upos == "NOUN" and w.possessed(following) and (w.case(following) == "Gen" or w.case(
            following) not in ("Nom", "Acc", None) and after + 1 < len(tokens) and w.verb_form(tokens[after + 1]) == "Part")
    # (not «ҚазМұнайГаз» жылына ... өндіруді көздейді: an adverb, the name the subject)
    # Азия елдері аумағының; not тұрғындары отын (misread от-ын): a noun possessed by a
    return following.upos == "NOUN" and w.possessed(following) and w.case(before) == "Nom" \
        and not fronted_subject(tokens, last) and not w.rate(following) \
        and (w.feats(before).get("Person[psor]") != "3" or w.case(following) == "Gen")  # third person modifies only a
    # genitive chain (a first person read in a name, Қырым as қыр-ым, is no possessive: Қырым хандығымен)


def _owner_before_subject(tokens: Sequence[Token], after: int, predicate: int) -> bool:
    """A quoted name before its possessed object, a nominative after them (the subject): «Қазатомөнеркәсіп»
    акцияларын инвесторлар сатып алуға ниетті names the shares' owner, not who wants them (but «Қазақтелеком»
    тарифтерін көтеруге ниетті: the company itself, nothing nominative after)."""
    k = past_quotes(tokens, after)
    if k == after or k >= len(tokens) or not (w.possessed(tokens[k]) and w.case(tokens[k]) == "Acc"):
        return False
    return any(t.upos in ("NOUN", "PROPN") and w.case(t) == "Nom" for t in tokens[k + 1 : predicate])


def past_quotes(tokens: Sequence[Token], after: int) -> int:
    """The index of the word after a name's closing quotes («Бек Эйр» | қарсы): `after` when there are none."""
    if after and tokens[after - 1].norm in CLOSING_QUOTES:
        return after
    while after < len(tokens) - 1 and tokens[after].norm in CLOSING_QUOTES:
        after += 1
    return after


def _postposition(token: Token) -> bool:
    """Арқылы, үшін, қарсы; арасындағы read as the noun ара: a postposition by its lemma or its written form; not
    an adverb twin the tagger chose after a word in no case it governs (Компания кейін ...: later)."""
    if token.upos == "ADV" and w.lemma(token) in GOVERNED_CASES:
        return False
    return w.lemma(token) in POSTPOSITIONS or token.norm.lower() in POSTPOSITIONS or token.upos == "ADP"
