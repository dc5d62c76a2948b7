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
Reported clauses (... қолдайтынын айтты) are read by `taldau.stances.reported`, targets by `taldau.stances.targets`,
whether a mention can be a subject at all by `taldau.stances.subjects`.
When the tokens carry a dependency parse, `taldau.stances.syntax` answers instead.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from taldau.doc import Token
from taldau.morph import suffixes
from taldau.stances import words as w
from taldau.stances.clauses import Found, conjunction
from taldau.stances.mentions import Mention, find_places
from taldau.stances.mentions import case as mention_case
from taldau.stances.phrases import group
from taldau.stances.reported import genitive_subject, nominalised, own_country, quoted, reports
from taldau.stances.subjects import fits_subject, incorporated, joined, postposition
from taldau.stances.targets import CASES, find_targets, governed_dative, parenthesised

SPEECH_ACTS = frozenset({"түсініктеме", "жауап", "сұхбат", "пікір", "мәлімдеме", "ақпарат"})  # ... беруден бас тартты
# Objects that show a stance verb in another sense: қала- "lay" (a homonym of "want": негізін қалады, founded), қорға-
# "defend" a thesis, a goal or a title (диссертациясын, қақпаны, белбеуін, ел намысын қорғады: in a contest), not protect
# what one stands for; concern for a good (балалардың қауіпсіздігіне, денсаулығына алаңдайды), not against it
CONCERNED_FOR = frozenset({"қауіпсіздік", "денсаулық", "өмір", "тағдыр", "амандық"})
OTHER_SENSES = {"қала": frozenset({"негіз", "іргетас", "кірпіш", "от"}),
                "қорға": frozenset({"диссертация", "диплом", "қақпа", "атақ", "титул", "белбеу", "чемпиондық", "намыс"}),
                "алаңда": CONCERNED_FOR, "алаңдаушылық": CONCERNED_FOR}
# ... or the word right before the object: a degree's work (дипломдық жұмысын, магистрлік жобасын), a title
OTHER_SENSE_MODIFIERS = {"қорға": frozenset({"дипломдық", "магистрлік", "докторлық", "кандидаттық", "чемпиондық"}),
                         "қала": frozenset({"ірге"})}  # ірге тасын қалады: laid the foundation stone
# ... or a postposition that governs the dative: талас- about something (мәселеге қатысты таласты: argued), not for it
ARGUED = frozenset({"талас"})


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
                           or postposition(tokens[i]) and w.lemma(tokens[i - 1]) in w.TIME_WORDS  # жыл сайын
                           or (i == subjects[0].first - 1 and w.case(tokens[i]) == "Gen")  # шығуына оның әкесі
                           or w.lemma(tokens[i]) == found.predicate.head  # туралы келісімге Франция қол қойды: its
                           # own noun put first (`clauses.fronted_first`)
                           for i in range(fronted[-1][1], subjects[0].first)):
            targets = fronted  # (not ... әкімшілікке ауыстыру ұсынысымен депутаттар: a dependent of another word)
    if found.predicate.actor == "DAT" and subjects and any(
            t.upos == "PRON" and w.case(t) == "Dat" for t in tokens[subjects[-1].last : found.first]):
        subjects = []  # адамдарға қызмет жасағаннан осы сала маған ұнайды: the pronoun nearer is who likes it
    if found.predicate.actor in ("DAT", "GEN") and not subjects:  # Қазақстан үшін маңызды: nobody's need
        return Arguments([], targets, [], overt=True)
    reported = reports(tokens, found)
    criticised = reported and w.criticises(tokens, found.end)
    own = own_country(tokens, [*subjects, *inside], floor, found.first) if reported else None
    embedded = own[0] if own else genitive_subject(tokens, floor, found.first) \
        if reported or not subjects and nominalised(tokens, found) else None
    if embedded is not None:  # the reported (or nominalised) clause's own subject, in the genitive
        subjects = own[1] if own else _group_at(tokens, inside, embedded)
        targets = find_targets(tokens, inside, found, embedded + 1)
        if not subjects:
            return Arguments([], targets, [], overt=True)
    elif criticised:  # Фермерлер Үкіметтің экспортқа шектеу қоюын сынады: the critics hold no stance of their own
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
    """The mention at token `index` with the mentions coordinated before it (Асқар Нұрланов пен Ерболат Сейітовтің)."""
    k = next((k for k, m in enumerate(inside) if m.first <= index < m.last), None)
    if k is None:
        return []
    first = k
    while first > 0 and joined(tokens, inside[first - 1], inside[first]):
        first -= 1
    return list(inside[first : k + 1])


def other_sense(tokens: Sequence[Token], predicate: str, targets: list[tuple[int, int]]) -> bool:
    """The object, the word right before it or the postposition after it shows the verb in a sense that is no stance
    (негізін қалады: founded; дипломдық жұмысын қорғады: a thesis; бұл мәселеге қатысты таласты: argued)."""
    if not targets:
        return False
    first, last = targets[-1]
    return w.lemma(tokens[last - 1]) in OTHER_SENSES.get(predicate, ()) \
        or last - 2 >= first and w.lemma(tokens[last - 2]) in OTHER_SENSE_MODIFIERS.get(predicate, ()) \
        or predicate in ARGUED and governed_dative(tokens, last - 1)


def comment_refused(tokens: Sequence[Token], targets: list[tuple[int, int]]) -> bool:
    """The target is a speech act (түсініктеме беруден, жауап беруден бас тартты): refusing to comment states
    no stance on anything."""
    head = targets[-1][1] - 1 if targets else 0
    return head > 0 and w.verbal_noun(tokens[head]) and w.lemma(tokens[head - 1]) in SPEECH_ACTS


def _after_clause(tokens: Sequence[Token], start: int, inside: Sequence[Mention], before: int) -> bool:
    """The clause follows a verb and a comma: a converb (шығып,) or a condition (болса,), whose subject is
    the main clause's; or a finite verb (алысты,; жеткізді және ...: two predicates joined; қатысты, бірақ ...: the
    second in contrast) when this clause has no noun where a subject stands."""
    joint = start < len(tokens) and tokens[start].norm.lower() == "және"
    contrast = start >= 3 and conjunction(tokens[start - 1]) and tokens[start - 2].norm == ","
    if not (joint and start >= 1 or contrast or start >= 2 and tokens[start - 1].norm == ","):
        return False
    verb = tokens[start - 1] if joint else tokens[start - 3] if contrast else tokens[start - 2]
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
                or w.verb_form(token) == "Ger" or w.lemma(token) in w.TIME_WORDS or postposition(following):
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
        if _document_opening(tokens, i, start) and (
                w.case(following) == "Gen" and not w.possessed(following) or _chain_after(tokens, i + 1, before)
                or w.lemma(following) in w.TIME_WORDS or following.upos == "PROPN" and not w.possessed(following)
                or _listed_fields(tokens, i + 1, before) or _bare_object(tokens, i + 1, before)):
            return i  # Бағдарлама | мамандардың санын, Бағдарлама | мамандар санын, Жоба | жыл сайын, Келісім |
            # Байқоңыр қаласында, Бұл заң | ауыл шаруашылығы жерлерін, Меморандум | энергетика мен цифрландыру
            # салаларындағы, Бұл заң | жер сатуға: a document opening the clause envisages (not Ол заң | бұзушылықтардың ..., жоба |
            # қатысушыларының санын: the noun it modifies; nor Жоба | Астана қаласы: the city's project)
        if w.lemma(token) in w.DOCUMENTS and w.case(following) in ("Acc", "Dat") and not w.possessed(following) \
                and not w.verbal_noun(following):  # (not жаңа бағдарлама | әзірлеуді: the verbal noun's object)
            return i  # Заңның 5-бабы | субсидияны, Қаулы | шаруашылықтарға: a document's point (not заң | жобасын)
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
    it (мөлшерлемені көтеру | экономикалық өсуді, жаңа салық | бизнесті, канал | өзен ағысын; not зауыт салуды, a verbal
    noun's bare object; no actor's word), between the last punctuation before the target's head and that head (not бағасы of
    ... бағасы қымбат болса да, бұл жобаны: a condition's subject)."""
    taken = {i for m in inside for i in range(m.first, m.last)}
    start = max([start, *(i + 1 for i in range(start, before) if w.punct(tokens[i]))])  # the target's own clause
    for i in range(start, before):
        token, following = tokens[i], tokens[i + 1]
        if i not in taken and token.upos in ("NOUN", "VERB") and w.lemma(token) not in w.TIME_WORDS and w.case(token) == "Nom" and not w.possessed(following) \
                and not w.verbal_noun(following) \
                and (following.upos in ("ADJ", "DET", "ADV", "NUM") or w.case(following) in ("Acc", "Dat")
                     or token.deprel == "nsubj" and _chain_after(tokens, i + 1, before)):
            return True
    return False


def _document_opening(tokens: Sequence[Token], i: int, start: int) -> bool:
    """A bare document noun opens its clause: first, after a demonstrative (Бұл заң) or after the participle that
    describes it (қол қойылған меморандум, қабылданған декларация)."""
    if w.lemma(tokens[i]) not in w.DOCUMENTS or w.possessed(tokens[i]):
        return False
    return i == start or i > start and (w.anaphoric(tokens[i - 1]) and i == start + 1
                                        or w.verb_form(tokens[i - 1]) == "Part" and w.case(tokens[i - 1]) in ("Nom", None))


def _bare_object(tokens: Sequence[Token], i: int, before: int) -> bool:
    """A bare noun, then the verbal noun it is the object of, start at i (жер | сатуға, мектеп | салуды): the act a
    document is about, not a noun the document's word modifies."""
    return i + 1 <= before and tokens[i].upos == "NOUN" and w.case(tokens[i]) == "Nom" and not w.possessed(tokens[i]) \
        and w.verbal_noun(tokens[i + 1]) and w.case(tokens[i + 1]) not in ("Nom", None)


def _listed_fields(tokens: Sequence[Token], i: int, before: int) -> bool:
    """Bare nouns joined by a conjunction, then a possessed one, start at i (энергетика мен цифрландыру салаларындағы):
    the fields a document's object is in, not a document's name."""
    if i + 3 > before:
        return False
    first, joint, _, head = tokens[i : i + 4]
    return first.upos == "NOUN" and w.case(first) == "Nom" and not w.possessed(first) \
        and joint.norm.lower() in suffixes.coordinators() and w.possessed(head)


def _chain_after(tokens: Sequence[Token], i: int, before: int) -> bool:
    """A bare noun then its possessed head start at i (канал | өзен ағысын азайтады: the river's flow), so the noun
    before them, which the parse calls a subject, is one (not темір | жол вагондарын, a compound the parse joins)."""
    return i + 1 <= before and tokens[i].upos == "NOUN" and w.case(tokens[i]) == "Nom" and not w.possessed(tokens[i]) \
        and w.possessed(tokens[i + 1])


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
    i, fitting, source = 0, [], []
    while i < len(inside):
        group = [inside[i]]
        while i + 1 < len(inside) and joined(tokens, group[-1], inside[i + 1]):
            i += 1
            group.append(inside[i])
        if fits_subject(tokens, group[-1], case, predicate):
            if group[-1].last < len(tokens) and tokens[group[-1].last].norm == ":" and not source:
                source = group  # СІМ: Қазақстан ... мүдделі: a headline's source, the subject after it
            elif case != "Gen":
                return group
            else:
                fitting = group
        i += 1
    return fitting or source


