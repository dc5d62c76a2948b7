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
from taldau.morph import GOVERNING, suffixes
from taldau.stances import arguments
from taldau.stances import words as w
from taldau.stances.arguments import Arguments
from taldau.stances.clauses import Found
from taldau.stances.mentions import Mention
from taldau.stances.mentions import case as mention_case
from taldau.stances.phrases import group as phrase_group
from taldau.stances.reported import quoted, reports
from taldau.stances.subjects import fits_subject, incorporated, joined, object_before
from taldau.stances.targets import CASES, abstract, addressee, duration, governed_dative, modal, own_act, past_adverbs

TARGET_RELATIONS = ("obj", "obl", "ccomp", "xcomp", "iobj")
TIME_POSTPOSITIONS = frozenset({"дейін", "шейін", "кейін", "соң", "бері"})  # бастағанға дейін: until it began
UNTIL = frozenset(p for p in TIME_POSTPOSITIONS if GOVERNING.get(p) == "Dat")  # дейін, шейін: after a dative
NOMINATIVE_TARGETS = ("nsubj", "obj")  # Қазақстанға модель қажет: what is needed is қажет's subject in UD


def parsed(tokens: Sequence[Token]) -> bool:
    """True when the tokens carry a dependency parse."""
    return bool(tokens) and getattr(tokens[0], "deprel", None) is not None


def read(tokens: Sequence[Token], offset: int, mentions: Sequence[Mention], found: Found) -> Arguments:
    """Arguments of the clause `found` from the parse; `offset`: index in Doc.tokens of tokens[0].

    The parse is trusted where morphology agrees with it: a subject in the case the predicate wants
    and governed by no postposition (not Қазақстан арқылы, not Қазақстанның), a target in the case it
    governs; what it gets wrong by those checks, or does not give, the rules read."""
    rules = arguments.read(tokens, mentions, found)
    if rules.overt and not rules.subjects and (reports(tokens, found) or quoted(tokens, found.end)):
        return rules  # a reported clause whose own subject is no actor (мөлшерлемені көтеру ... тежейді деп есептейді)
    heads = {i: _head(tokens[i], offset, i) for i in range(found.start, found.end)}  # the clause only
    predicate = set(range(found.first, found.end))
    subjects = _subjects(tokens, heads, predicate, mentions, found, rules.subjects)
    if subjects and rules.subjects and rules.subjects[0].first >= subjects[-1].last \
            and (reports(tokens, found) or quoted(tokens, found.end)):
        subjects = []  # Министр ... өз елінің қолдайтынын айтты, ... инвесторлар қолдау көрсетіп жатыр деді: the
        # reported clause's own subject, after the speaker
    if subjects and rules.subjects and rules.subjects[-1].last <= subjects[0].first \
            and object_before(tokens, subjects[-1].last - 1, found.first):
        subjects = []  # «CITIC» корпорациясы ... кәсіпорын салмақ: the parse's subject is the verb's bare object
    if subjects and incorporated(tokens, subjects[-1], found):
        subjects = []  # Алматыда жаңа кәсіпорын ашпақ: the verb's bare object
    targets = _targets(tokens, heads, predicate, found, mentions)
    if not subjects and rules.subjects and _subordinate(tokens, heads, rules.subjects[-1], predicate) \
            and any(t.upos in ("NOUN", "PRON") and w.case(t) == "Nom" and w.lemma(t) not in w.TIME_WORDS
                    for t in tokens[found.start : rules.subjects[0].first]):  # the main clause's own subject before it
        rules = rules._replace(subjects=[], overt=True)  # басшылар жұмыс істей бастағанға дейін, ... жақтады
    group = (subjects or rules.subjects)[-1:]
    if group and group[0] not in mentions:
        # a group outside the lexicons (агенттігіндегілер бұл шешіммен келіспейді): its target follows it
        rules = rules._replace(targets=_after(rules.targets, group[0].last))
        targets = _after(targets, group[0].last)
    if subjects and targets and not _before(subjects[-1], targets[0]):
        targets = []  # a subject inside the target: the parse and the case marking disagree
    elif rules.subjects and targets and rules.subjects[-1].first <= targets[-1][1] - 1 < rules.subjects[-1].last:
        targets = []  # the target's head inside the subject (Еуроодаққа мүше елдер: the members' union)
    if targets and rules.targets and (rules.targets[-1][1] == targets[-1][1]
                                      or rules.targets[-1][0] <= targets[-1][1] - 1 < rules.targets[-1][1]):
        targets = rules.targets  # the same head, or a conjunct inside the rules' phrase (жаңа технологиялар мен
        # білікті мамандар): the rules' reading keeps the targets coordinated to it
    elif targets and rules.targets and rules.targets[-1][1] > targets[-1][1] and (
            w.verbal_noun(tokens[rules.targets[-1][1] - 1]) or _ahead(targets[-1], subjects or rules.subjects)):
        # Қазақстанға ... көбейтуге: the verbal noun next to the predicate, not a word of its clause;
        # Шама-шарқына қарай ... азаматтар суға зәру: the complement after the subject, not an adverbial before it
        targets = rules.targets
    return Arguments(subjects or rules.subjects, targets or rules.targets, rules.partners,
                     rules.overt and not subjects)


def _subjects(tokens, heads, predicate: set[int], mentions: Sequence[Mention], found: Found,
              agreed: Sequence[Mention]) -> list[Mention]:
    """The nsubj of the predicate if it is an actor in the right case, with the actors coordinated to it: by the parse,
    or, where the parse ties the mention before to nothing outside it and the subject, by the case marking's reading
    (`agreed`: аудан әкімі Ерлан Сейітов пен ... консулы Мехмет Йылмаз, the name read as the first title's apposition;
    Дүниежүзілік банк пен Азия даму банкі, the first name hung inside the second)."""
    case = CASES[found.predicate.actor]
    words = [i for i in range(found.start, found.first)
             if heads[i] in predicate and (tokens[i].deprel or "").startswith("nsubj")]
    words = [i for i in words if tokens[i + 1].norm != ":" or i == words[-1]]  # СІМ: Қазақстан ...: a headline's source
    inside = [m for m in mentions if found.start <= m.first and m.last <= found.first]
    words += _naming(tokens, heads, words, inside)
    for i, mention in enumerate(inside):
        if any(mention.first <= word < mention.last for word in words):
            group, j = [mention], i
            while j > 0 and joined(tokens, inside[j - 1], group[0]) \
                    and (tokens[inside[j - 1].last - 1].deprel in ("conj", "nmod:poss")
                         or _subject_of_noun(tokens, heads, inside[j - 1], group[0])
                         or _written_apart(tokens, heads, predicate, inside[j - 1])
                         or _unattached(heads, inside[j - 1], group[-1].last, words)
                         and inside[j - 1] in agreed and group[0] in agreed):
                j -= 1  # Қазақстан мен Қытайдың компаниялары (nsubj): a conjunct or a shared possessor before it
                group.insert(0, inside[j])
            while i + 1 < len(inside) and joined(tokens, group[-1], inside[i + 1]):
                i += 1
                group.append(inside[i])
            if fits_subject(tokens, group[-1], case, found.first, group[-1].last - 1 in words):
                return group
    if any(mention_case(tokens, m) == case for m in inside) or found.predicate.known_actor or case != "Nom":
        return []
    # no actor in the clause's case (a partner aside: ... корпорациясымен жасалған): the subject is a group named by a
    # plural noun (Жергілікті дүкендер ... келісті)
    groups = [phrase_group(tokens, i) for i in words  # not Алдағы жылдары; not кәсіпорындар ашуға (a bare
              if w.case(tokens[i]) == "Nom" and w.lemma(tokens[i]) not in w.TIME_WORDS  # object before its verb)
              and not (i + 1 < len(tokens) and tokens[i + 1].upos == "VERB")]
    return [g for g in groups if g is not None][:1]


def _subordinate(tokens, heads, mention: Mention, predicate: set[int]) -> bool:
    """The parse puts the mention inside an adverbial clause of time, a verbal noun in the dative or ablative before
    дейін, кейін, соң (басшылар жұмыс істей бастағанға дейін, ...): that clause's subject, not the predicate's."""
    k = heads.get(mention.last - 1)
    for _ in range(8):  # up the tree to the predicate
        if k is None or k in predicate:
            return False
        if tokens[k].upos == "VERB" and w.case(tokens[k]) in ("Dat", "Abl") \
                and any(heads.get(j) == k and w.lemma(tokens[j]) in TIME_POSTPOSITIONS for j in (k + 1, k + 2)):
            return True
        k = heads.get(k)
    return False


def _subject_of_noun(tokens, heads, mention: Mention, following: Mention) -> bool:
    """The parse makes the mention the nsubj of a noun inside the next name (Еуропа ... банкі, Азия даму банкі ...
    қызығушылық танытты): a noun takes no subject, so the two are conjuncts, not a name and its modifier."""
    head = heads.get(mention.last - 1)
    return (tokens[mention.last - 1].deprel or "").startswith("nsubj") and head is not None \
        and following.first <= head < following.last and tokens[head].upos in ("NOUN", "PROPN")


def _written_apart(tokens, heads, predicate: set[int], mention: Mention) -> bool:
    """A nominative mention before the comitative written apart (Назарбаев университеті мен Оңтүстік Кореяның ...
    институты ... келісті), which the parse may read as "with" it (an obl of the predicate): the spelling makes it
    "and", a conjunct of the subject (as "with", it would be written joined: университетімен); not мен, "I"."""
    joint = tokens[mention.last]
    return heads.get(mention.last - 1) in predicate and mention_case(tokens, mention) == "Nom" and joint.upos != "PRON" \
        and joint.norm.lower() in suffixes.comitatives()


def _unattached(heads: dict[int, int | None], mention: Mention, end: int, subjects: list[int]) -> bool:
    """The parse hangs the mention's last word inside the mention itself (a name's flat:name, a title's appos) or on
    a word inside the next name up to `end` other than the subject word itself: a misread name (Дүниежүзілік банк
    пен Азия даму банкі, банк hung on даму), not a dependent of the subject (Қазақстан as nmod of Ресей)."""
    head = heads.get(mention.last - 1)
    return head is not None and (mention.first <= head < mention.last or mention.last <= head < end
                                 and head not in subjects)


def _naming(tokens, heads, words: list[int], mentions: Sequence[Mention]) -> list[int]:
    """Words of a name that a lone actor head stands for («Бек Эйр» компаниясы, Ақорда әкімшілігі): the
    name, a dependent of the subject ending right before it (quotes between), is the actor."""
    bare = {m.first for m in mentions if m.label == "ACTOR" and m.last - m.first == 1}
    names = [m for m in mentions if m.label not in ("ACTOR", "ANAPHOR")]
    return [i for m in names for i in range(m.first, m.last)
            if heads.get(i) in bare and heads[i] in words
            and all(not t.text.isalnum() for t in tokens[m.last : heads[i]])]


def _before(subject: Mention, target: tuple[int, int]) -> bool:
    return subject.last <= target[0] or subject.first >= target[1]


def _after(targets: list[tuple[int, int]], start: int) -> list[tuple[int, int]]:
    """The targets headed after `start`, cut to begin there."""
    return [(max(first, start), last) for first, last in targets if last - 1 >= start]


def _ahead(target: tuple[int, int], subjects: Sequence[Mention]) -> bool:
    """The target ends before the subject begins."""
    return bool(subjects) and target[1] <= subjects[0].first


def _head(token: Token, offset: int, i: int) -> int | None:
    head = getattr(token, "head", None)
    return None if head is None or head - offset == i else head - offset


def _targets(tokens, heads, predicate: set[int], found: Found, mentions: Sequence[Mention]) -> list[tuple[int, int]]:
    if "SELF" in found.predicate.targets or modal(tokens, found):  # салмақ: the verb's own phrase, as
        return []  # the rules read it; кем болуы керек: a modal, no need
    wanted = {CASES[c] for c in found.predicate.targets if c in CASES}
    if not wanted:  # a field of cooperation (саласында, бойынша): the rules' AREA
        return []
    thing = "DATT" in found.predicate.targets  # шешімге шағымданды: not сотқа, whom the complaint goes to
    partners = {i for m in mentions for i in range(m.first, m.last)} if "Ins" in wanted or thing else set()
    relations = NOMINATIVE_TARGETS if wanted == {"Nom"} else TARGET_RELATIONS
    verbal = "DATV" in found.predicate.targets  # салуға дайын: only a verbal noun
    own = "ACCV" in found.predicate.targets  # ашуды армандайды: only the actor's own act
    nominal = "DATN" in found.predicate.targets  # елге көмектесті: no verbal noun (нығайтуға көмектеседі)
    candidates = [i for i in range(found.start, found.first) if heads[i] in predicate and i not in partners
                  and not w.adverbial(tokens[i]) and not duration(tokens, i)  # толығымен келісті: agreed fully
                  and not _until(tokens, i)  # бұған дейін ... наразылық танытқан: before this, no target
                  and (tokens[i].deprel or "").split(":")[0] in relations and w.case(tokens[i]) in wanted
                  and (not verbal or w.verbal_noun(tokens[i]) and not governed_dative(tokens, i))
                  and (not own or own_act(tokens[i]))
                  and (not nominal or not w.verbal_noun(tokens[i]))
                  and (not thing or not addressee(tokens[i]))
                  and (w.case(tokens[i]) != "Ins" or abstract(tokens[i]))
                  and (wanted != {"Nom"} or tokens[i].upos in ("NOUN", "PROPN"))]  # 250 миллион текше метр су қажет
    if not candidates:
        return []
    head = max(candidates)
    return [(past_adverbs(tokens, _subtree_start(heads, head, found.start), head), head + 1)]  # (бірлесіп) жөндеуге


def _until(tokens: Sequence[Token], i: int) -> bool:
    """A dative дейін or шейін governs (бұған дейін, сайлауға шейін): when, never what the stance is about (not
    тарифке кейін қарсы шықты: кейін governs the ablative, "later")."""
    return i + 1 < len(tokens) and w.lemma(tokens[i + 1]) in UNTIL


def _subtree_start(heads: dict[int, int | None], root: int, start: int) -> int:
    """The first word of the subtree of `root` within the clause: Kazakh dependents precede their heads."""
    inside = {root}
    for i in range(root - 1, start - 1, -1):
        if heads[i] in inside:
            inside.add(i)
    return min(inside)
