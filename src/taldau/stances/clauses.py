"""Stance predicates in a sentence and the clause each one closes.

A predicate is a lexicon head (a verb stem, or a word such as мүдделі, қарсы) followed by its light
verbs (қолдау көрсет-, қарсы шық-), or a verb in the intentional future (салмақ) or the desiderative
(салғысы келеді). It counts only where it ends a clause, in a form that states something:
    Түркия бұл бастаманы қолдамайды        finite verb                          yes
    Ресей газ құбырын салуды жоспарлап отыр converb + auxiliary                yes
    ... қолдамайтынын мәлімдеді             verbal noun + possessive: reported  yes
    ... қолдаған жоқ                        participle + жоқ                     yes
    ... жоспарлаған екен, ... келіскен.      participle ending the clause         yes
    ... азайтуға тырысқанымен, ...          concessive (participle + -ымен)      yes
    ... қолдауды тапсырды                   verbal noun complement               no
    ... қолдай алады, қарсы емес пе?        ability, a question                  no
    ... дайын болуы мүмкін                  a hedge or an obligation after it    no
    ... қолдайды деп күтілуде               an expectation, hearsay (деген хабар) no
    делегацияны қарсы алды                  қарсы before a verb it does not take no
    шетелдік инвесторларды тарту жоспарланған  passive: no actor                 no
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from taldau.doc import Token
from taldau.morph import suffixes
from taldau.stances import chains
from taldau.stances import words as w
from taldau.stances.lexicon import Lexicon, Predicate
from taldau.stances.words import CLOSING_QUOTES, OPENING_QUOTES

CLAUSE_CONJUNCTIONS = frozenset({"ал", "бірақ", "алайда", "дегенмен", "әйтсе", "ендеше"})
QUOTES = OPENING_QUOTES | CLOSING_QUOTES
HEDGES = frozenset({"мүмкін", "ықтимал", "екіталай", "тиіс", "керек", "қажет"})  # may, likely, unlikely, must
EXPECTED = frozenset({"күт", "күтіл", "болжа", "болжан"})  # ... деп күтілуде, болжануда: expected, not stated
HEARSAY = frozenset({"ақпарат", "хабар", "болжам", "қауесет", "күдік", "сыбыс"})  # ... деген ақпарат тарады
UNSTATED = EXPECTED | HEARSAY  # what a quoted predicate before деп / деген is, when it states no stance
ADVERBIAL_WORDS = w.TIME_WORDS | w.ONLY  # time words and тек (only), whatever they are read as
INSIDE_PREDICATE = w.PARTICLES | w.INTENSIFIERS  # between a stance noun and its light word: қажеттілігі өте зор
MAX_ADVERBIALS = 5  # words between an object and its light verb (тек 2004 ж. 12 наурызда)
MAX_FRONTED = 10  # words between an object put first and its light verb, the subject among them
THIRD, SPEAKING = frozenset({"3"}), frozenset({"1", "3"})  # persons whose stance a clause states, without and with a speaker
MAX_CLAUSE = 60  # tokens looked back from a predicate: text without punctuation stays linear
ALTERNATIVE_GAP = 3  # tokens between two alternatives: қолдаса да, қолдамаса да


class Found(NamedTuple):
    predicate: Predicate
    first: int  # the predicate's first token (sentence-relative)
    last: int  # its last token, light verbs included
    end: int  # after the auxiliaries that follow (отыр, емес, екенін)
    start: int  # the clause's first token
    negated: bool
    speaker: bool = False  # the predicate is in the first person: the stance of whoever speaks (мен ... қолдаймын)


def find(tokens: Sequence[Token], lexicon: Lexicon, speaking: bool = False) -> list[Found]:
    """The stance predicates of a sentence, in order, each with its clause; `speaking`: a speaker is known, so a
    predicate in the first person states the speaker's stance (else it is nobody's the text names)."""
    found: list[Found] = []
    i = 0
    table = lexicon.predicates
    persons = SPEAKING if speaking else THIRD
    while i < len(tokens):
        match = _match(tokens, i, table, persons) if _candidate(tokens[i], table) else None
        if match is None:
            i += 1
            continue
        predicate, last = match
        end = _auxiliaries(tokens, last + 1)
        wisher = chains.wisher(tokens[i]) if predicate.head == "+DES" else None
        if wisher is not None and wisher not in persons:  # жеткізгіміз келеді with nobody speaking
            i = end
            continue
        if any(w.person(t) not in persons or w.feats(t).get("Person[psor]", "3") != "3" for t in tokens[last + 1 : end]) \
                or _attributive(tokens, end) or _relative_chain(tokens, end) or _unasserted(tokens, last, end) \
                or _titled(tokens, i, end) or _listed_attribute(tokens, i, end) \
                or not (predicate.kind or any(w.negative(t) for t in tokens[i:end])):  # разы: a stance only negated
            # жоспарлап отырмыз, көрсетіп жүргеніңіз: ours, yours; таппақ болған 2 азаматты, салаға ұмтылып кейін ... өзгерткен жобалар:
            # a relative clause
            i = end
            continue
        start = clause_start(tokens, i, found[-1].end if found else 0)
        negated = sum(w.negative(t) for t in tokens[i:end]) % 2 == 1  # (қызығушылығы жоқ емес: two undo each other)
        speaker = wisher == "1" or any(w.person(t) == "1" for t in tokens[last:end])
        found.append(Found(predicate, fronted_first(tokens, i, predicate, last), last, end, start, negated, speaker))
        i = end
    return found


Table = dict[str, tuple[Predicate, ...]]


def _candidate(token: Token, table: Table) -> bool:
    """A quick test first: a lexicon head among the word and its readings' lemmas (a superset of w.keys), or a verb in
    the desiderative mood (-мақ, -ғысы)."""
    if not token.analyses:
        return False
    if token.norm.lower() in table:
        return True
    for a in token.analyses:  # the first reading's lemma among them
        if a.lemma.lower() in table or "Mood=Des" in a.feats:
            return True
    return False


def _match(tokens: Sequence[Token], i: int, table: Table, persons: frozenset[str]) -> tuple[Predicate, int] | None:
    """The predicate starting at token i and its last token, if it is one here, in one of `persons`."""
    token = tokens[i]
    for rule in (_lexical, chains.intentional, chains.desiderative):
        match = rule(tokens, i, table)
        if match is None or rule is _lexical and _planned_act(match[0]) and chains.intentional(tokens, i, table):
            continue  # азайтпақ: a plan to reduce, the intentional future's goal
        match = chains.continued(tokens, match)
        for predicate in _readings(match[0], table):
            if _states(tokens, (predicate, match[1]), token, persons):
                return predicate, match[1]
    return None


def _planned_act(predicate: Predicate) -> bool:
    """An opposition that is an act on its object (азайт-, теже-, шекте-: reducing imports opposes them), which in the
    intentional future is a plan (азайтпақ: will reduce) rather than an attitude (қарсы шықпақ, келіспек keep theirs)."""
    return predicate.kind == "opposition" and not predicate.light and "ACC" in predicate.targets


def _readings(predicate: Predicate, table: Table) -> list[Predicate]:
    """The predicate, then the other rows of its words: an agreement signed by a subject, else between parties."""
    return [predicate, *(p for p in table.get(predicate.head, ()) if p.light == predicate.light and p is not predicate)]


def _lexical(tokens: Sequence[Token], i: int, table: Table) -> tuple[Predicate, int] | None:
    # қолдау көрсетеді: the head, then each light verb by its lemma; a particle or an intensifier may stand between
    # them (қолдау да көрсетеді, қарсы ғана емес, қажеттілігі өте зор); the longest match of the word's keys
    # (қолдауларын білдірді: қолдау білдір-, not қолда-)
    best = None
    for key in dict.fromkeys(w.keys(tokens[i])):
        for predicate in table.get(key, ()):
            n = len(predicate.light)
            skip = int(n > 0 and i + 1 < len(tokens) and tokens[i + 1].norm.lower() in INSIDE_PREDICATE)
            if n and (w.case(tokens[i]) in ("Acc", "Dat") or predicate.actor == "BETWEEN"):  # келісімді тағы бір
                skip = _adverbials(tokens, i + 1)  # жылға ұзартты, келісімге 2025 жылғы 20 сәуірде қол қойды, келісім
                # Астанада жасалды: adverbials after the object, or the passive's subject
                if not _light_at(tokens, i + 1 + skip, predicate.light) and w.case(tokens[i]) in ("Acc", "Dat") \
                        and n > 1:  # a light verb with its own noun (қол қой-): a noun before it is no object of it
                    skip = _fronted(tokens, i + 1, predicate.light)  # (not қолдауға ниет білдірді)
            if _light_at(tokens, i + 1 + skip, predicate.light):
                if best is None or n > len(best[0].light):
                    best = predicate, i + skip + n
                break
    return best


def _active_stem(token: Token, stem: str) -> bool:
    """The lexicon's stem is a verb of its own among the word's readings: міндеттенді is міндеттен- (undertook), though
    chosen as the passive of міндетте- (was obliged)."""
    return any(a.upos == "VERB" and a.lemma.lower() == stem and "Voice=Pass" not in a.feats for a in token.analyses)


def _light_at(tokens: Sequence[Token], k: int, light: tuple[str, ...]) -> bool:
    """The light verb's words stand from k on."""
    following = tokens[k : k + len(light)]
    return len(following) == len(light) and all(w.lemma(t) == v for t, v in zip(following, light))


def _adverbials(tokens: Sequence[Token], i: int) -> int:
    """How many words from i can stand between an object and its verb: adverbials (`_adverbial`), at most
    MAX_ADVERBIALS."""
    k = i
    while k < min(len(tokens), i + MAX_ADVERBIALS) and _adverbial(tokens, k, i):
        k += 1
    return k - i


def _adverbial(tokens: Sequence[Token], k: int, i: int) -> bool:
    """Word k, of a stretch from i, is an adverbial: an adverb (осылай, though read as осы), a number, a particle,
    a time word, a noun in the dative, locative or instrumental (тағы 1 жылға, 18 елмен), a place name in the
    locative (Астанада) or a postposition after a dative or an ablative (2025 жылға дейін)."""
    token = tokens[k]
    return token.upos in ("ADV", "NUM", "PART") or w.lemma(token) in ADVERBIAL_WORDS \
        or (token.upos == "ADP" and k > i and w.case(tokens[k - 1]) in ("Dat", "Abl")) \
        or (token.upos == "ADJ" and k > i and tokens[k - 1].upos == "NUM") \
        or (token.upos == "PRON" and any(a.upos == "ADV" for a in token.analyses[:2])) \
        or (token.upos == "NOUN" and w.case(token) in ("Dat", "Loc", "Ins")) \
        or (token.upos == "PROPN" and w.case(token) == "Loc")


def _fronted(tokens: Sequence[Token], i: int, light: tuple[str, ...]) -> int:
    """How many words from i stand between an object put first and its light verb when the subject stands between
    them (Келісімге Қазақстан мен Франция Парижде қол қойды): the subject's noun phrase with its possessors (екі елдің
    министрлері), quoted names, partners (Қытаймен) and adverbials, at most MAX_FRONTED; 0 without a noun in the nominative."""
    k, subject = i, False
    while k < min(len(tokens), i + MAX_FRONTED) and not _light_at(tokens, k, light) and (
            _adverbial(tokens, k, i) or tokens[k].upos in ("ADJ", "DET", "CCONJ") or tokens[k].norm in QUOTES
            or tokens[k].upos in ("NOUN", "PROPN") and w.case(tokens[k]) in ("Nom", "Gen", "Ins")):
        subject = subject or _subject_word(tokens[k])
        k += 1
    return k - i if subject else 0


def _subject_word(token: Token) -> bool:
    """A noun in the nominative that can be a subject: not a time word (мақсатты жыл басында алға қойды: жыл is when)."""
    return token.upos in ("NOUN", "PROPN") and w.case(token) == "Nom" and w.lemma(token) not in ADVERBIAL_WORDS


def fronted_first(tokens: Sequence[Token], i: int, predicate: Predicate, last: int) -> int:
    """Where the predicate whose head is at i starts: at its light verb when the subject stands between the two
    (`_fronted`: the subject is then looked for before the light verb), else at i."""
    light = last + 1 - len(predicate.light)
    if predicate.light and any(_subject_word(t) for t in tokens[i + 1 : light]):
        return light
    return i


def _states(tokens: Sequence[Token], match: tuple[Predicate, int], head: Token, persons: frozenset[str]) -> bool:
    """The predicate ending at `last` asserts something: a clause ends there, not a noun phrase."""
    predicate, last = match
    token = tokens[last]
    if predicate.verb and head.upos != "VERB":
        return False  # бізге қызық емес: "interesting to us", the adjective of a verb predicate
    if token is head and predicate.head == token.norm.lower() != w.lemma(token):
        # дайын, ниетті matched as written (read as дай-ын, ниет-ті), but not a verb stem matched as a bare form:
        # жақта is the imperative of жақта- or жақ-та "on the side", never "supports"
        verb = any(a.lemma.lower() == predicate.head and a.upos in ("VERB", "AUX") for a in token.analyses)
        return not verb and _clause_ends(tokens, last + 1)
    if token is head and not predicate.light and token.upos in ("NOUN", "PROPN") and w.possessed(token) \
            and not w.verbal_noun(token) and w.lemma(token) == predicate.head:
        return False  # Павлодар қаласы: a possessed noun (city) that shares a verb stem's form (қала-, want)
    passive = w.passive(token, tokens[last - 1] if last else None) and predicate.actor not in ("BETWEEN", "GEN") \
        and predicate.head != "+DES" and not _active_stem(token, predicate.head)
    if passive or w.person(token) not in persons or "PTCP.AGENT" in w.glosses(token):
        # тырысамыз: the speaker's own aim, nobody's the text names unless it names the speaker; a passive states no actor's stance, but A мен B арасында ... жасалды does,
        # and so does a holder's stance noun (Халықтың ... қызығушылығы байқалды); кел- of a desiderative is never
        # passive (қалғысы келетінін, chosen as ке-л-етін);
        # негізін қалаушы, қолдаушы: an agent noun (the founder, a supporter) names someone, it states nothing
        return False
    if token.upos == "VERB" or (token.upos == "AUX" and last > 0 and head is not token):
        return _verb_states(tokens, last)
    return _clause_ends(tokens, last + 1)


def _attributive(tokens: Sequence[Token], end: int) -> bool:
    """The predicate's last word is a bare participle before a noun phrase: it describes that noun
    (қолдаған адамдар, таппақ болған бір азамат), it asserts nothing; so does a -ған form chosen as a finite past before
    an oblique noun (қарсылық білдірген адамның: a finite verb is followed by no noun of another clause's case)."""
    last = tokens[end - 1]
    following = tokens[end] if end < len(tokens) else None
    if following is None or w.possessed(last) or w.case(last) not in ("Nom", None):
        return False
    return w.verb_form(last) == "Part" and following.upos in ("NOUN", "PROPN", "NUM", "ADJ", "DET") \
        or following.upos in ("NOUN", "PROPN") and w.case(following) not in ("Nom", None) \
        and any("VerbForm=Part" in a.feats for a in last.analyses)


def _listed_attribute(tokens: Sequence[Token], first: int, end: int) -> bool:
    """The predicate word ends an item listed by commas before the same word describing a noun: each item describes
    that noun (езгіге қарсы, соғысқа қарсы күресі: the struggle against oppression and war), none ends a clause; not
    a new clause that uses the word again (санкцияларға қарсы, сондықтан қарсы шаралар қабылдады)."""
    if end >= len(tokens) or tokens[end].norm != "," or first == 0:
        return False
    word, item = w.lemma(tokens[first]), w.case(tokens[first - 1])
    for k in range(end + 1, min(end + 4, len(tokens) - 1)):  # the next item, one or two words, then the word again
        if w.lemma(tokens[k]) == word:
            between = tokens[end + 1 : k]
            return bool(between) and all(t.upos in ("NOUN", "PROPN", "ADJ") for t in between) \
                and w.case(between[-1]) == item and tokens[k + 1].upos == "NOUN"
    return False


def _unasserted(tokens: Sequence[Token], last: int, end: int) -> bool:
    """The predicate states no stance though it ends a clause: ability (қолдай алады; not қолдап алды, the -ып
    converb), a question (қарсы емес пе?, қай өңірде ... орнатты?), a hedge or an obligation after it (дайын болуы мүмкін), an expectation or
    hearsay that quotes it (қолдайды деп күтілуде, қолдайды деген ақпарат тарады), a quotation that names a thing
    («... бас тартты» деген сылтаумен), a condition or a wish in its auxiliary
    (қажет ететін болса: if one needs; оларға риза болсын: a blessing, "may he be pleased with them")."""
    head = tokens[last]
    if last + 1 < len(tokens) and w.lemma(tokens[last + 1]) == "ал" and "CONV.IMPF" in w.glosses(head):
        return True  # қолдай алады (not қолдап алды: CONV.PRF)
    if any(t.norm.lower() in w.question_particles() or w.feats(t).get("Mood") in ("Cnd", "Opt")
           for t in tokens[last + 1 : end + 1]):
        return True
    if _chain_unasserted(tokens, end):
        return True
    following = tokens[end] if end < len(tokens) else None
    if following is None:
        return False
    if following.norm == "?" and any(w.feats(t).get("PronType") == "Int" for t in tokens[:last]):
        return True  # a question asked with қай, қандай, кім...: Серіктестер қай өңірде ынтымақтастық орнатты?
    if following.norm.lower() in ("деп", "деген") and end + 1 < len(tokens):
        return w.lemma(tokens[end + 1]) in UNSTATED
    if following.norm in CLOSING_QUOTES and end + 2 < len(tokens) and tokens[end + 1].norm.lower() == "деген":
        return True  # «... қызметтен бас тартты» деген сылтаумен: the quotation names a pretext, a slogan, a promise
    return w.lemma(following) in HEDGES


def _chain_unasserted(tokens: Sequence[Token], end: int) -> bool:
    """A -ып converb takes the mood of the verb that ends its chain: a condition (мақұлдап, ... қол қойса) or an
    obligation of its subject (алдын алып, ... келтіруі тиіс.) states no stance. A clause of its own on the way is
    another's: a new subject, a conjunction or the copula of another predicate (қолдап, тұрғындар қатысса, ...; егер
    ... табылса; қажет болса: if need be); a verbal noun another verb governs is passed (асыру қажет екенін айтты)."""
    if w.verb_form(tokens[end - 1]) != "Conv":
        return False
    for i in range(end, len(tokens)):
        token, hedged = tokens[i], i + 1 < len(tokens) and w.lemma(tokens[i + 1]) in HEDGES
        if token.norm in (".", "!", "?", ";") or conjunction(token) or w.lemma(token) in ("егер", "бол") \
                or w.opens_clause(token):
            return False
        if token.upos in ("VERB", "AUX") and w.feats(token).get("Mood") in ("Cnd", "Opt"):  # қойса, read as a converb too
            return True
        if w.verb_form(token) in ("Ger", "Part"):
            if hedged and w.possessed(token) and (i + 2 == len(tokens) or w.punct(tokens[i + 2])):
                return True
        elif token.upos in ("VERB", "AUX") and w.verb_form(token) != "Conv":
            return hedged
    return False


def _titled(tokens: Sequence[Token], first: int, end: int) -> bool:
    """The predicate closes a quotation that names something («Балалар – жемқорлыққа қарсы» ұранымен, «... өнер
    шашпақ» атты оқулар): a noun or adjective follows the closing quote, not a verb of saying or punctuation."""
    if end + 1 >= len(tokens) or tokens[end].norm not in CLOSING_QUOTES:
        return False
    opened = next((k for k in range(first - 1, -1, -1) if tokens[k].norm in QUOTES), None)
    return opened is not None and tokens[opened].norm in OPENING_QUOTES \
        and tokens[end + 1].upos in ("NOUN", "ADJ", "PROPN") and w.lemma(tokens[end + 1]) != "де"


def _relative_chain(tokens: Sequence[Token], end: int) -> bool:
    """The predicate is a converb whose chain, with no comma, ends in a participle before a noun: the
    converb's clause is inside a relative clause (салаға ұмтылып кейін бағытын өзгерткен жобалар)."""
    if w.verb_form(tokens[end - 1]) != "Conv":
        return False
    for i in range(end, len(tokens)):
        token = tokens[i]
        if w.punct(token):
            return False
        if token.upos in ("VERB", "AUX") and w.verb_form(token) != "Conv":
            return _attributive(tokens, i + 1)
    return False


def _verb_states(tokens: Sequence[Token], last: int) -> bool:
    token = tokens[last]
    form = w.verb_form(token)
    if w.feats(token).get("Mood") in ("Cnd", "Imp", "Opt"):  # қолдаса: a condition; қолдау көрсетсін: a request
        return _concessive(tokens, last + 1) and not _unstated_concession(tokens, last)
    if form in (None, "Fin", "Conv"):
        return True
    if form in ("Ger", "Part"):
        case = w.case(token)
        if {"GER", "PL"} <= set(w.glosses(token)):
            return False  # шектеулерін алып тастады: a plural -у verbal noun names things (restrictions), no clause
        if w.possessed(token) and case == "Acc":  # қолдайтынын айтты (not қолдауы жоқ: no support)
            return True
        if case == "Loc" and form == "Ger":  # жоспарлауда (not қорғаудағы: -ғы makes it a modifier, "in defending")
            return not w.attributive(token)
        if case == "Ins" and w.possessed(token) and w.feats(token).get("Tense") == "Past":  # тырысқанымен: although
            return True
        if form != "Part" or w.possessed(token) or case not in ("Nom", None):
            return False
        following = tokens[last + 1] if last + 1 < len(tokens) else None
        if following is not None and w.lemma(following) in w.NEGATORS:  # қолдаған жоқ
            return True
        if w.feats(token).get("Aspect") == "Imp" and (following is None or w.punct(following)):
            return False  # ... жасауды көздейтін (a sentence cut off): the -атын participle ends no clause alone
        return _clause_ends(tokens, last + 1)  # жоспарлаған екен, келіскен.: the past participle as a finite verb
    return False


def _concessive(tokens: Sequence[Token], i: int) -> bool:
    """да/де at i after a conditional verb: "although" (қолдаса да, ... қарсы), a clause of its own that states (not
    before бол-/жара-: қолдаса да болады, "may well")."""
    return 0 < i < len(tokens) and w.lemma(tokens[i]) in w.ALTHOUGH and w.feats(tokens[i - 1]).get("Mood") == "Cnd" \
        and not (i + 1 < len(tokens) and w.lemma(tokens[i + 1]) in w.PERMITTED)


def _nominative(tokens: Sequence[Token], i: int) -> bool:
    """A noun or pronoun in the nominative at i that heads its phrase: a new subject after a concessive clause
    (қолдаса да, Иран ...; ауыл тұрғындары ...), which otherwise shares its own (тұрғындар ... болса да, көмекті
    алғысы келеді; баспа ... өссе де, балалар кітаптарының бағасын ...: a possessor's modifier, the object's)."""
    while i + 1 < len(tokens) and tokens[i + 1].upos == "NOUN" and w.possessed(tokens[i + 1]):
        i += 1  # along the possessive chain to its head
    return i < len(tokens) and tokens[i].upos in ("NOUN", "PROPN", "PRON") and w.case(tokens[i]) in ("Nom", None)


def _unstated_concession(tokens: Sequence[Token], last: int) -> bool:
    """A concessive verb at last that states nothing: "even if" or "whoever" in its clause (тіпті АҚШ қолдаса да, қанша
    ел қолдаса да), or one of two alternatives (қолдаса да, қолдамаса да: "whether or not")."""
    lemma = w.lemma(tokens[last])
    if any(k != last and w.lemma(tokens[k]) == lemma and _concessive(tokens, k + 1)
           for k in range(max(0, last - ALTERNATIVE_GAP), min(len(tokens), last + ALTERNATIVE_GAP + 1))):
        return True
    for token in reversed(tokens[max(0, last - MAX_CLAUSE):last]):
        if token.norm in w.CLAUSE_PUNCT or token.norm in (".", "!", "?"):
            return False
        if w.lemma(token) in w.UNSTATED_CONCESSION:
            return True
    return False


def _clause_ends(tokens: Sequence[Token], i: int) -> bool:
    """Nothing follows but punctuation, an auxiliary, a copula or a clause conjunction."""
    if i >= len(tokens):
        return True
    token = tokens[i]
    return w.punct(token) or w.auxiliary(token) or conjunction(token) or w.lemma(token) == "және" \
        or _quoting(tokens, i) or w.lemma(token).startswith("екен") \
        or (w.lemma(token) == "де" and w.verb_form(token) == "Fin")  # ... қажет дейді


def _quoting(tokens: Sequence[Token], i: int) -> bool:
    """деп closing what is said or thought (қажет деп есептейді, қажет деп санаған.), not what a relative clause's
    participle says of the noun after it (Қазақстанға қажет деп санайтын жобалар: the projects thought needed)."""
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    return tokens[i].norm.lower() == "деп" and not (
        following is not None and w.verb_form(following) == "Part" and w.case(following) in ("Nom", None)
        and not w.possessed(following) and not _clause_ends(tokens, i + 2))


def _auxiliaries(tokens: Sequence[Token], i: int) -> int:
    while i < len(tokens) and (w.auxiliary(tokens[i]) or w.lemma(tokens[i]).startswith("екен")):
        i += 1
    return i


def clause_start(tokens: Sequence[Token], i: int, floor: int) -> int:
    """The first token of the clause that ends in the predicate at i: after the previous predicate,
    a clause conjunction (ал, бірақ), or a comma, dash or colon that closes a verb or a predicate."""
    j = i - 1
    lowest = max(floor, i - MAX_CLAUSE)
    while j >= lowest:
        token = tokens[j]
        if token.norm == ")":  # (шыны және керамика бұйымдары өндірісі): an aside, whatever it holds
            j = next((k for k in range(j - 1, lowest - 1, -1) if tokens[k].norm == "("), j) - 1
            continue
        if token.norm in w.CLOSING_QUOTES and j + 1 < i and (tokens[j + 1].norm.lower() == "деп" or _names(tokens[j + 1])):
            j = next((k for k in range(j - 1, lowest - 1, -1) if tokens[k].norm in w.OPENING_QUOTES), j) - 1
            continue  # «келер жылы бастаймыз» деп уәде берді: the quotation is the clause's complement; «Ауылды
            # сақтайық» қоғамдық бірлестігі: a name, whatever verb it holds
        if conjunction(token):
            return j + 1
        if token.norm in w.CLAUSE_PUNCT and j > 0 and (_closes(tokens[j - 1]) or _new_subject(tokens, j)
                                                       or _concessive(tokens, j - 1) and _nominative(tokens, j + 1)
                                                       or token.norm == "," and _copular(tokens, lowest, j)):
            return j + 1
        if token.upos == "VERB" and w.verb_form(token) == "Fin" and _clause_ends(tokens, j + 1):
            return j + 1
        j -= 1
    return lowest


def _names(after: Token) -> bool:
    """The word after a closing quote makes the quotation a name or a word's modifier (қоғамдық бірлестігі, деген
    бағдарлама), not speech its own verb ends (деді, punctuation)."""
    return not w.punct(after) and w.verb_form(after) != "Fin" and after.upos in ("NOUN", "ADJ", "PROPN", "VERB")


def conjunction(token: Token) -> bool:
    """ал, бірақ starting a clause (not the verb ал-: қарсы алды)."""
    return w.lemma(token) in CLAUSE_CONJUNCTIONS and token.upos in ("CCONJ", "SCONJ", "ADV", "PART")


def _new_subject(tokens: Sequence[Token], comma: int) -> bool:
    """A comma after a verbal noun still closes a clause when a new subject opens what follows, its verb left out
    before the comma (енгізуге, Ресей газ сатуға мүдделі): a proper noun in the nominative that goes on in no list
    and modifies no possessed noun (not жүргізуді, мектеп, аурухана ... салуды; not Қазақстан аумағында)."""
    if comma + 2 >= len(tokens) or w.verb_form(tokens[comma - 1]) != "Ger":
        return False
    name, following = tokens[comma + 1], tokens[comma + 2]
    return name.upos == "PROPN" and w.case(name) == "Nom" and not w.punct(following) \
        and following.norm.lower() not in suffixes.coordinators() and not w.possessed(following)


def _copular(tokens: Sequence[Token], first: int, comma: int) -> bool:
    """A comma closes a nominal clause whose subject a dash set off before it, when a new subject follows (Шымкент
    қаласы — үшінші мегаполис, | әкімдік ...; not Қазақстан — бейбітшіл мемлекет, ядролық қаруға қарсы: the same
    subject's): the dash right after a noun, not between numbers (2020–2025) nor names (Баку – Тбилиси құбыры)."""
    following = tokens[comma + 1] if comma + 1 < len(tokens) else None
    if following is None or following.upos not in ("NOUN", "PROPN") or w.case(following) not in ("Nom", None):
        return False
    return any(tokens[k].norm in w.DASHES and tokens[k - 1].end < tokens[k].start  # spaced: not жеміс-көкөніс
               and tokens[k - 1].upos in ("NOUN", "PROPN") and tokens[k + 1].upos != "PROPN"
               for k in range(max(first, 1), comma))


def _closes(token: Token) -> bool:
    """A word before a comma that ends a clause: a verb (қолдап,), an auxiliary, or a state word; not a verbal noun
    in any case, an item of a list (әлеуетті дамыту, ... енгізуге бағытталған ... орнатуға ынталы; жүргізуді, ...
    ұлғайтуды жоспарлап отыр: objects listed before one verb)."""
    if w.verb_form(token) == "Ger" and not w.possessed(token) or w.verb_form(token) in ("Ger", "Part") and w.case(token) == "Acc":
        return False  # (... ие болғанын, ... екенін анықтауға тырысты: objects listed before their verb)
    if token.text[:1].isupper() and token.analyses and all(a.guessed for a in token.analyses):
        return False  # Баку – Тбилиси – Жейхан: a name the dictionary lacks, only guessed to be a verb
    return token.upos in ("VERB", "AUX") or w.lemma(token) in ("жоқ", "емес") or token.norm == ":"
