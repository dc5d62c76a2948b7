"""What the stance rules read from a token's chosen reading (taldau.morph's analysis): case, verb form,
negation, possession. Rules ask these small questions and never look at suffixes themselves."""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from taldau.doc import Analysis, Token
from taldau.morph import DATIVE_GOVERNORS as DATIVE_GOVERNORS  # the stance rules read w.DATIVE_GOVERNORS
from taldau.morph import NEGATORS as NEGATORS  # the stance rules read it as w.NEGATORS
from taldau.morph import SIMILATIVES as SIMILATIVES  # X, Y сынды саясаткерлер: "such as" (w.SIMILATIVES)
from taldau.morph import suffixes
from taldau.morph.endings import parse_feats
from taldau.ner.persons import KIN as ADDRESS  # words of address after a name: Смит мырза, Клара апа, Ерлан аға

NOMINALS = frozenset({"NOUN", "PROPN", "PRON", "ADJ", "NUM"})
CLAUSE_PUNCT = frozenset(",;:–—")
NOT_BEING = "еместік"  # қарсы еместігін айтты: "its not being against", the negative copula as a noun
AUXILIARIES = frozenset({"отыр", "жатыр", "тұр", "жүр", "кел", "бол", "е", "емес", "жоқ", "еді", "екен", NOT_BEING})
ALTHOUGH = frozenset({"да", "де", "та", "те"})  # after a conditional, қолдаса да: "although"
PARTICLES = ALTHOUGH | {"ғана", "қана", "гана", "кана", "ақ", "-ақ"}  # қолдау да көрсетеді
# Before a concessive verb, what makes it state nothing: "(even) if" (егер, тіпті АҚШ қолдаса да) or "whoever,
# however many" (кім қолдаса да, қанша ел қолдаса да)
UNSTATED_CONCESSION = frozenset({"егер", "тіпті", "тіптен", "кім", "не", "қай", "қандай", "қанша"})
PERMITTED = frozenset({"бол", "жара"})  # қолдаса да болады, қолдаса да жарайды: "may well", nothing stated
# a dash: between places, a route (Алматы – Бішкек жолы); after a quotation, its speaker; after a subject, a nominal
# predicate (мақсаты – ..., Шымкент – мегаполис)
DASHES = frozenset({"–", "—", "-"})
INTENSIFIERS = frozenset({"өте", "аса", "тым", "барынша", "мейлінше", "айрықша", "ерекше", "қатты"})  # өте зор, қатты ұнады
BY = frozenset({"тарапынан"})  # депутаттар тарапынан: by the deputies (not үкімет тарапы, the government's side)
BEHALF = frozenset({"атынан"})  # студенттер атынан: on behalf of the students, who hold the stance the speaker states
BETWEEN = frozenset({"арасында", "арасындағы"})  # the parties of an agreement: A мен B арасында
ONLY = frozenset({"тек"})  # келісім тек 2004 жылы жасалды: "only", read as a conjunction
NOW_WORDS = frozenset({"бүгін", "кеше", "ертең", "биыл", "былтыр", "қазір"})  # today, this year: said of the clause
TIME_WORDS = NOW_WORDS | {"жыл", "ж.", "ай", "апта", "күн", "кез"}  # ж.: жыл abbreviated (1994 ж.)
ALSO = frozenset({"сондай-ақ", "сонымен", "қатар"})  # "as well as" inside a list: қор, сондай-ақ, шетелдік серіктестер
OTHERS = frozenset({"өзге", "басқа"})  # емханалар мен өзге де ұйымдар: "and other", inside a list
PRONOUNS = frozenset({"ол", "олар"})  # he, she, it, they: anaphors
ANAPHORIC_DETERMINERS = frozenset({"бұл", "осы", "аталған", "сол", "мұндай"})  # бұл ел, осы заң: the one named
AS = frozenset({"ретінде"})  # серіктес ретінде: "as a partner", an adverbial
FRAMES = frozenset({"аясында", "шеңберінде", "аясындағы", "шеңберіндегі"})  # ұйымы аясында: within its framework
# verbs of going in, joining or turning to, whose verbal noun governs the dative before it (аймаққа кіруге рұқсат
# қажет: to enter the zone, not the zone's need)
DATIVE_VERBS = frozenset({"кір", "бар", "кел", "шық", "жет", "ен", "көш", "қосыл", "қатыс", "жүгін", "өт",  # where to
                          "көмектес", "жәрдемдес"})  # whom one helps
ADJECTIVAL_PARTICIPLES = frozenset({"бірлескен", "біріккен", "ұйымдасқан"})  # joint, united, organised: adjectives
AGENTS = frozenset({"AGENT", "PTCP.AGENT"})  # taldau.morph's glosses of -ушы/-уші
# Verbs of acting together take no object: a bare noun before their verbal noun is no object of it but the subject of
# what follows (Екі ел ынтымақтасуға келісті: the two countries agreed to cooperate).
RECIPROCAL = frozenset({"ынтымақтас", "серіктес", "әріптес", "уағдалас", "келіс", "кездес", "бірік", "бірлес"})
WHOLE = frozenset({"толық", "түгел", "бүтін"})  # толығымен, түгелімен: "fully", "entirely", adverbs, no complement
OPENING_QUOTES = frozenset({"«", '"'})  # of token.norm, where “ „ ‟ are «
CLOSING_QUOTES = frozenset({"»", '"', "'", "«"})  # of token.norm: ” is », “ is « (closing „Хабар“), ’ is '
SAYING = frozenset({"де", "айт", "мәлімде", "хабарла", "жеткіз", "түсіндір", "атап"})  # деді, айтты, атап өтті
CRITICISING = frozenset({"сына", "айыпта"})  # X-тың ... қоюын сынады: the critic holds none of X's stances
FOR_NOW = frozenset({"әзірге", "қазірге", "әзірше"})  # "for now": datives made adverbs, no target
ADVERBS = FOR_NOW | INTENSIFIERS  # words that are adverbs whatever their readings: no complement


@cache
def question_particles() -> frozenset[str]:
    """ма, ме, ба, бе, па, пе: the question particle (қарсы емес пе?)."""
    return frozenset(suffixes.surfaces("MA"))


@lru_cache(maxsize=4096)
def _feats(feats: str) -> dict[str, str]:
    return parse_feats(feats)


FIRST_PERSONS = frozenset({"мен", "біз", "біздер"})  # I, we: who speaks
TOPIC_PARTICLES = frozenset({"болса", "болсақ", "ше"})  # Берлин болса ...: as for Berlin
PARTITIVES = frozenset({"көп", "көпшілік", "басым", "бөлік", "жарты", "пайыз", "астам", "жуық", "аз", "азшылық", "үлес"})  # most, nearly (жартысына жуығы)
# Words of saying and knowing whose similative names a source (сөзінше, айтуынша, мәліметінше, пікірінше, бағалауынша)
SOURCES = frozenset({"сөз", "айт", "айту", "пікір", "мәлімет", "ой", "дерек", "хабар", "хабарла", "есеп", "баға",
                     "бағала", "болжам", "болжа", "түсінік", "мәлімде", "есепте", "талда", "зертте", "түсіндір",
                     "пайымда", "ақпарат"})


def feats(token: Token) -> dict[str, str]:
    return _feats(token.feats or "")


def reading_feats(analysis: Analysis) -> dict[str, str]:
    """The features of one of a token's readings, as `feats` gives the chosen one's."""
    return _feats(analysis.feats)


def person(token: Token) -> str:
    """The person of a verb, "3" when none; an auxiliary's bare stem (жатыр, отыр after a converb) is the third person
    of the progressive, though the tagger may choose the imperative that shares its form."""
    found = feats(token)
    if found.get("Mood") == "Imp" and token.upos == "AUX" and token.norm.lower() == lemma(token):
        return "3"
    return found.get("Person", "3")


def glosses(token: Token) -> tuple[str, ...]:
    return _glosses(token.analyses[0].morphemes) if token.analyses else ()


def rate(token: Token) -> bool:
    """жылына, айына, күніне, сағатына: "a year, a month..." (a time word possessed, in the dative), an adverbial of
    rate, no noun a name before it possesses."""
    return lemma(token) in TIME_WORDS and case(token) == "Dat" and possessed(token)


def anaphoric(token: Token) -> bool:
    """бұл, осы, аталған ("the named", a participle as well) before a noun: the one named before."""
    return token.norm.lower() in ANAPHORIC_DETERMINERS or lemma(token) in ANAPHORIC_DETERMINERS


def first_person(token: Token) -> bool:
    """мен, біз as pronouns (мен is also "and": Қазақстан мен Ресей)."""
    return token.norm.lower() in FIRST_PERSONS and token.upos == "PRON"


def according(token: Token) -> bool:
    """сөзінше, мәліметінше, айтуынша: "according to" a source (the similative of a word of saying or knowing), by any
    reading; not мүмкіндігінше, "as far as possible". The word's ending is asked first: most words have none."""
    return token.norm.lower().endswith(_similative_endings()) and any(
        a.lemma.lower() in SOURCES and any(gloss == "SIM" for _, gloss in a.morphemes) for a in token.analyses)


@cache
def _similative_endings() -> tuple[str, ...]:
    return tuple(suffixes.endings("SIM"))


@lru_cache(maxsize=4096)
def _glosses(morphemes: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    return tuple(g for _, g in morphemes[1:])


def agent(token: Token) -> bool:
    """A word in -ушы/-уші, the one who does (қатысушы, асырушы), read as a noun or as a participle."""
    return not AGENTS.isdisjoint(glosses(token))


def criticises(tokens: Sequence[Token], k: int) -> bool:
    """The verb at `k`, past adverbs (қатты сынады), is one of criticism: сынады, айыптады, сынға алды (not сынға
    қарамастан, "despite criticism")."""
    while k < len(tokens) and tokens[k].upos in ("ADV", "ADJ"):  # қатты, өткір: how
        k += 1
    return k < len(tokens) and (lemma(tokens[k]) in CRITICISING or tokens[k].norm.lower() == "сынға"
                                and k + 1 < len(tokens) and lemma(tokens[k + 1]) == "ал")


def lemma(token: Token) -> str:
    return (token.lemma or token.norm).lower()


def honorific(token: Token) -> bool:
    """A word of address after a name (мырза, ханым, апа, аға), by any reading (ханым is chosen as хан + my in a
    sentence of names)."""
    return token.upos == "NOUN" and any(a.lemma.lower() in ADDRESS for a in token.analyses)


def keys(token: Token) -> tuple[str, ...]:
    """The word as written and its lemma, lower-cased (ниетті is read as a noun in the accusative), and for a
    verb the stems of its other verb readings (тырысып chosen as тыр-ыс-ып, also тырыс-ып), and for a verbal noun its
    noun's (қолдауларын: қолда-у and the noun қолдау, which heads қолдау білдір-)."""
    if token.upos != "VERB":
        return token.norm.lower(), lemma(token)
    chosen = [] if token.analyses and _lexicalised(token.analyses[0], token.analyses) else [lemma(token)]
    verbs = [a.lemma.lower() for a in token.analyses[1:] if a.upos == "VERB" and not _lexicalised(a, token.analyses)]
    nouns = [a.lemma.lower() for a in token.analyses[1:] if a.upos == "NOUN" and "VerbForm=Ger" in token.analyses[0].feats]
    return (token.norm.lower(), *chosen, *verbs, *nouns)  # қолдауларын білдірді: the noun қолдау too


def _lexicalised(reading, analyses) -> bool:
    """A reciprocal reading whose form is also a verb of its own: шектеседі is шектес- (border), not the reciprocal
    of шекте- (restrict)."""
    stem = reading.lemma.lower()
    return "Voice=Rcp" in reading.feats and any(
        a.upos == "VERB" and "Voice" not in a.feats and a.lemma.lower().startswith(stem) and a.lemma.lower() != stem
        for a in analyses)


def case_reading(token: Token, wanted: str) -> bool:
    """The word is in case `wanted` by its chosen reading, or by a noun reading when the chosen one has no
    case: бұл мақсатты (chosen as the adjective мақсатты), бастамасын (chosen as the optative of баста-)."""
    if case(token) == wanted:
        return True
    if token.upos not in ("ADJ", "VERB") or "Case" in feats(token):
        return False
    return any(a.upos == "NOUN" and f"Case={wanted}" in a.feats.split("|") for a in token.analyses[1:])


def case(token: Token) -> str | None:
    """"Nom", "Dat", ... for nominals and verbal nouns; None for finite verbs, particles, punctuation."""
    found = feats(token).get("Case")
    if found:
        return found
    return "Nom" if token.upos in NOMINALS else None


def possessed(token: Token) -> bool:
    return "Person[psor]" in feats(token)


def plural(token: Token) -> bool:
    return "PL" in glosses(token) or feats(token).get("Number") == "Plur"


def bare_noun(token: Token) -> bool:
    """A singular common noun in the nominative, not possessed, not a time word: an indefinite direct object right
    before its verb (ұсыныс қолдайды), or the first word of a compound (мұнай өнеркәсібі одағы)."""
    return token.upos == "NOUN" and case(token) == "Nom" and not possessed(token) and not plural(token) \
        and lemma(token) not in TIME_WORDS


def attributive(token: Token) -> bool:
    """-дағы/-дегі: a locative made a modifier (Қазақстандағы жобалар)."""
    return "ATTR" in glosses(token)


def may_be_attributive(token: Token) -> bool:
    """Some reading of the word is a modifier made by -ғы/-дағы (дейінгі, read first as an adjective)."""
    return any("ATTR" in _glosses(a.morphemes) for a in token.analyses)


NEGATING = NEGATORS | {NOT_BEING}


def negative(token: Token) -> bool:
    return feats(token).get("Polarity") == "Neg" or lemma(token) in NEGATING


# Verbs passive in form, an agent's own act in meaning: қосылмақ "will join" (not қос-ыл "be added"; but іске
# қосылмақ "will be launched", `passive`'s word before)
ACTIVE_IN_PASSIVE_FORM = frozenset({"қосыл"})
LAUNCHED = frozenset({"іске"})
# Documents that envisage or provide for things (Заң жобасы ... көздейді): subjects, but no actors
DOCUMENTS = frozenset({"жоба", "жоспар", "бастама", "реформа", "бағдарлама", "құжат", "заң", "қаулы", "стратегия",
                       "тұжырымдама", "ереже", "кодекс",
                       "жарлық", "бап", "тармақ", "тармақша", "қарар",  # and a document's article, point, subpoint
                       "келісім", "келісімшарт", "шарт", "меморандум", "декларация", "конвенция", "хаттама"})  # treaties


def passive(token: Token, before: Token | None = None) -> bool:
    """The chosen reading is passive, or its stem is another reading's passive stem: жүргізілмек is read
    жүргізіл+мек, and also жүргіз+іл+мек (салды is not: са+л is too short a verb to count)."""
    if not token.analyses:
        return False
    if any(a.lemma in ACTIVE_IN_PASSIVE_FORM for a in token.analyses):
        return before is not None and before.norm.lower() in LAUNCHED
    chosen = token.analyses[0]
    return "Voice=Pass" in chosen.feats or any(
        "Voice=Pass" in a.feats and len(a.lemma) >= 3 and chosen.lemma.startswith(a.lemma) and chosen.lemma != a.lemma
        for a in token.analyses[1:])


def verb_form(token: Token) -> str | None:
    """VerbForm of the chosen reading; the -ып and -а forms before an auxiliary, which UD KTB calls Inf
    (Aspect=Perf|VerbForm=Inf: жоспарлап отыр; Aspect=Imp: келісе бермейді), are read as the converbs they are."""
    found = feats(token)
    if found.get("VerbForm") == "Inf" and found.get("Aspect") in ("Perf", "Imp"):
        return "Conv"
    return found.get("VerbForm")


def verbal_noun(token: Token) -> bool:
    """A verbal noun in any of its readings: сақтауды is read as the noun сақтау, and as сақта-у-ды."""
    return any("VerbForm=Ger" in a.feats for a in token.analyses)


def auxiliary(token: Token) -> bool:
    """AUX, or a verb of `AUXILIARIES` with no voice: келіспейді (disagrees) is кел- with the reciprocal to the
    tagger, as UD KTB writes it, and no auxiliary."""
    return token.upos == "AUX" or (lemma(token) in AUXILIARIES and "Voice" not in feats(token))


def punct(token: Token) -> bool:
    return token.upos == "PUNCT" or not any(ch.isalnum() for ch in token.text)


def adverbial(token: Token) -> bool:
    """A possessed instrumental of a word of wholeness (толығымен келісті: agreed fully), a word in the equative
    (ауадай қажет: needed like air), a dative of "now" (әзірге, қазірге: for now) or an intensifier (қатты ұнады) is
    an adverb, no complement."""
    return token.norm.lower() in ADVERBS or any(a.lemma.lower() in WHOLE and "Case=Ins" in a.feats for a in token.analyses) \
        or (lemma(token) in WHOLE and case(token) == "Ins") \
        or bool(token.analyses) and all("EQU" in _glosses(a.morphemes) for a in token.analyses)  # not бидай


def opens_clause(token: Token) -> bool:
    """A word that can open a clause of its own as its subject: a personal pronoun, a name or a plural in the
    nominative (тұрғындар; not қол of қол қойса, a light verb's bare object)."""
    return case(token) == "Nom" and (feats(token).get("PronType") == "Prs" or token.upos == "PROPN"
                                     or token.upos in ("NOUN", "ADJ") and plural(token))
