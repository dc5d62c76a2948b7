"""A stance clause's target: the nearest word before the predicate in the case the predicate governs (игеруге
мүдделі, бастаманы қолдамайды), with its dependents: a verbal noun takes everything back to the subject (Арал теңізінің
су қорын сақтауды), a noun its modifiers; a target coordinated by және or a comma is a second target.
"""
from __future__ import annotations

from collections.abc import Sequence

from taldau.doc import Token
from taldau.morph import suffixes
from taldau.stances import lexicon
from taldau.stances import words as w
from taldau.stances.clauses import Found
from taldau.stances.mentions import Mention
from taldau.stances.words import CLOSING_QUOTES, OPENING_QUOTES

AREA_WORDS = frozenset({"сала", "сектор", "өнеркәсіп", "индустрия", "шаруашылық", "жоба"})  # саласында, өнеркәсібінде,
# жобасында: the field of cooperation, the project worked on
AREA_POSTPOSITIONS = frozenset({"бойынша", "жөнінде", "жөніндегі", "туралы"})  # жөніндегі меморандум: its topic
TOPIC_POSTPOSITIONS = frozenset({"туралы", "жөнінде"})  # ABOUT: what discontent is about (not бойынша: a source)
CAUSE_POSTPOSITIONS = frozenset({"үшін", "жолында"})  # FOR: what is fought for (тәуелсіздік үшін, бейбітшілік жолында)
POSTPOSITIONS = frozenset({"арқылы", "үшін", "туралы", "бойынша", "қарсы", "жөнінде", "арасында",
                           "арасындағы", "бірге", "дейін", "кейін", "қарай"}) | w.SIMILATIVES
CASES = {"DAT": "Dat", "ACC": "Acc", "NOM": "Nom", "INS": "Ins", "ABL": "Abl", "DATV": "Dat", "ACCV": "Acc",  # -V: a verbal noun
         "DATN": "Dat",  # -N: no verbal noun (елге көмектесті, not нығайтуға көмектеседі: helps to strengthen)
         "DATT": "Dat",  # -T: a thing, no actor (шешімге шағымданды; сотқа шағымданды: the court is complained to)
         "GEN": "Gen"}  # GEN: an actor only, the possessor of a stance noun (Компанияның ... ниеті бар)
OBLIGED = frozenset({"тиіс", "керек", "қажет"})  # жасалуы тиіс бастамаларға: initiatives that must be taken
TOGETHER = frozenset({"бірге", "бірлесіп"})  # (концернімен) бірге, бірлесіп: together (with), the partner's word
SENTENCE_ADVERBS = frozenset({"сондай-ақ", "сонымен", "қатар", "сондықтан", "әлі", "де", "да", "тағы"}) | w.FOR_NOW \
    | TOGETHER
BESIDES = frozenset({"қоса", "бөлек", "басқа", "тыс"})  # бұған қоса, одан бөлек: "besides this", after a pronoun


def find_targets(tokens: Sequence[Token], inside: Sequence[Mention], found: Found, floor: int,
                 before: int | None = None) -> list[tuple[int, int]]:
    """Targets between `floor` and the predicate (or `before`, for a target ahead of the subject)."""
    predicate = found.predicate
    before = found.first if before is None else before
    if "SELF" in predicate.targets:  # Алматыда зауыт салмақ
        first = _after_source(tokens, floor, found.first)
        first = past_adverbs(tokens, first, found.first)
        return [(first, found.first + 1)]
    if modal(tokens, found):
        return []
    heads = {wanted: _head(tokens, inside, before, floor, wanted) for wanted in predicate.targets if wanted != "QUOTE"}
    head = next((h for h in heads.values() if h is not None), None)
    if head is None:
        quote = _quoted_before(tokens, before, floor) if "QUOTE" in predicate.targets else None
        return [quote] if quote else []
    area = heads.get("AREA")
    if area is not None and area > head and not w.verbal_noun(tokens[head]):
        head = area  # ЖШС-ге ... жеткізу жөнінде келісті: the topic nearer the verb, the dative noun a party
    targets = _coordinated(tokens, head, floor)
    return [_past_partner(tokens, inside, t) for t in targets] if predicate.kind == "cooperation" else targets


def _quoted_before(tokens: Sequence[Token], before: int, floor: int) -> tuple[int, int] | None:
    """The words of a quotation closed right before деп and the predicate («келер жылы бастаймыз» деп уәде берді: what
    was promised), or None."""
    close = before - 2
    if close <= floor or tokens[before - 1].norm.lower() != "деп" or tokens[close].norm not in CLOSING_QUOTES:
        return None
    opening = next((k for k in range(close - 1, floor - 1, -1) if tokens[k].norm in OPENING_QUOTES), None)
    return (opening + 1, close) if opening is not None and opening + 1 < close else None


def _past_partner(tokens: Sequence[Token], inside: Sequence[Mention], target: tuple[int, int]) -> tuple[int, int]:
    """A cooperation's target without the partner that opens it (Қазақстанмен | машина жасау саласында ынтымақтасады:
    the partner is listed apart; not Қытаймен шекаралас аудандарды дамытуды қолдайды, where Қытаймен is no partner), nor
    the бірге or бірлесіп after it (концернімен | бірге | жүйе орнатуға келісті)."""
    first, last = target
    partner = next((m for m in inside if m.first == first and w.case(tokens[m.last - 1]) == "Ins"), None)
    if partner is not None and partner.last < last:
        first = partner.last
    if first + 1 < last and tokens[first].norm.lower() in TOGETHER and first and w.case(tokens[first - 1]) == "Ins":
        first += 1
    return first, last


def _after_source(tokens: Sequence[Token], first: int, end: int) -> int:
    """Where a clause's own words start after the source it is told by (Ректордың сөзінше, | оқу орны ... ашпақ;
    Министрдің айтуынша, | ...): past the comma after a word "according to" (-ынша, any of its readings)."""
    for j in range(end - 1, first, -1):
        if tokens[j].norm == "," and any(w.according(t) for t in tokens[first:j]):
            return j + 1
    return first


def _head(tokens: Sequence[Token], inside: Sequence[Mention], before: int, floor: int, wanted: str) -> int | None:
    """The nearest word before `before` (and after `floor`) that can head a target of this kind."""
    # a pronoun is no target; nor, in the instrumental, a partner (Ресеймен келісті: agreed with Russia)
    if wanted == "GER":  # зауыт салу ниетін: the bare verbal noun right before the possessed stance noun; or the
        verbal = tokens[before - 1] if before > floor else None  # intentional future (жұмсамақ ниетте)
        return before - 1 if verbal is not None and ("INTENT" in w.glosses(verbal) or w.verbal_noun(verbal)
                                                     and w.case(verbal) == "Nom" and not w.possessed(verbal)
                                                     and w.possessed(tokens[before])) else None
    actors = {i for m in inside if m.label == "ANAPHOR" or wanted in ("INS", "DATT") for i in range(m.first, m.last)}
    aside = parenthesised(tokens, floor, before)
    for_act = False
    for i in range(before - 1, floor - 1, -1):
        token = tokens[i]
        if i in actors or i in aside or w.punct(token) or w.adverbial(token) or duration(tokens, i) \
                or (i + 1 < before and w.lemma(tokens[i + 1]) in POSTPOSITIONS):
            continue  # (not жемқорлыққа қарсы күрес агенттігі: a complement of a postposition; not ауадай, an adverb;
            # not алты айға тыйым салды: for how long)
        if i + 1 == before and (tokens[before].upos == "NOUN" or _possessed_verbal(tokens[before], token)) \
                and not w.verbal_noun(token) and wanted not in ("AREA", "ABOUT", "FOR") \
                and any(a.upos == "ADJ" for a in token.analyses) and w.case(token) in ("Nom", "Acc", None):
            continue  # басты мақсат етті: an adjective of the predicate's noun (басты also read бас-ты; not кәсіпкерлікке)
        if wanted == "AREA":
            if (w.lemma(token) in AREA_WORDS and w.case(token) == "Loc") \
                    or AREA_POSTPOSITIONS.intersection((w.lemma(token), token.norm.lower())):  # жөнінде read as жөн
                return i
        elif wanted == "ABOUT":
            if TOPIC_POSTPOSITIONS.intersection((w.lemma(token), token.norm.lower())):
                return i
        elif wanted == "FOR":
            if token.norm.lower() in CAUSE_POSTPOSITIONS and i > floor and _cause(tokens[i - 1]):
                return i
        elif w.case_reading(token, CASES[wanted]) and _can_head(tokens, i, wanted, before):
            if wanted != "DATN" or not for_act or any(m.first <= i < m.last for m in inside):
                return i
        elif wanted == "DATN" and w.case(token) == "Dat" and w.verbal_noun(token):
            for_act = True  # Қазақстанға су тазартуға көмектесті: past what the help is for, only a named party
        elif wanted == "ACC" and i + 1 == before and w.bare_noun(token) and not any(
                m.first <= i < m.last for m in inside):
            return i
    return None


def own_act(token: Token) -> bool:
    """A verbal noun without a possessive, the actor's own act (ашуды армандайды: dreams of opening one; not балалық
    шағын армандады, of his childhood, nor балаларының ... болуын or климаттың өзгеруін, another's act or an event)."""
    return w.verbal_noun(token) and not w.possessed(token)


def abstract(token: Token) -> bool:
    """Neither a pronoun, a name nor a person's word (палуанымен, министрмен): what a stance in the instrumental can be
    about."""
    return token.upos not in ("PRON", "PROPN") and w.lemma(token) not in lexicon.load().people


def addressee(token: Token) -> bool:
    """A pronoun, a name or an actor's word (сотқа, әкімге, оған шағымданды): in the dative, whom a complaint goes to,
    not what it is about (DATT)."""
    return not abstract(token) or w.lemma(token) in lexicon.load().actor_heads


def _cause(before: Token) -> bool:
    """The word before үшін / жолында names a cause, not a reason (сол үшін: therefore) nor a road (Шымкент жолында)."""
    return before.upos != "PROPN" and w.feats(before).get("PronType") != "Dem" and w.case(before) in ("Nom", "Gen", None)


def duration(tokens: Sequence[Token], i: int) -> bool:
    """A number and a time word in the dative: how long (алты айға, 2 жылға), an adverbial of the clause."""
    return i > 0 and w.lemma(tokens[i]) in w.TIME_WORDS and w.case(tokens[i]) == "Dat" and tokens[i - 1].upos == "NUM"


def _possessed_verbal(head: Token, before: Token) -> bool:
    """A stance noun that is a possessed verbal noun after a caseless word: an adjective of it (зор қолдауына; not
    келісімді қолдаған, an object also read as an adjective)."""
    return w.verb_form(head) == "Ger" and w.possessed(head) and w.case(before) in ("Nom", None)


def parenthesised(tokens: Sequence[Token], floor: int, before: int) -> set[int]:
    """Words in brackets, an aside that heads nothing: қан (ІІ) ... керек needs blood, not "ІІ"."""
    aside, depth = set(), 0
    for i in range(floor, before):
        depth += tokens[i].norm == "("
        if depth:
            aside.add(i)
        depth -= tokens[i].norm == ")" and depth > 0
    return aside


def _can_head(tokens: Sequence[Token], i: int, wanted: str, before: int) -> bool:
    token = tokens[i]
    if wanted == "INS" and not abstract(token):
        return False  # бір-бірімен, жапон палуанымен күресті: whom one wrestles or agrees with is a partner, no target
    if wanted == "ACCV":
        return own_act(token)
    if wanted == "DATT" and addressee(token):
        return False
    if wanted == "DATN" and w.verbal_noun(token):
        return False  # нығайтуға көмектеседі: what the help is for, no one helped
    if wanted == "DATV":  # салуға дайын (ready to build: a stance), not емтиханға дайын (ready for the exam), nor
        return w.verbal_noun(token) and not governed_dative(tokens, i)  # салуға қатысты шешім (a decision about it)
    if wanted == "NOM":  # 20 мың инженер қажет: a noun, not its modifier (but модель қажет, қажет read as a noun)
        last = all(w.adverbial(t) for t in tokens[i + 1 : before])  # (су ауадай қажет: an adverb between)
        described = _described(tokens, i)  # мемлекеттік қолдау қажет
        noun = token.upos in ("NOUN", "PROPN") or described or (last and token.upos == "ADJ" and any(
            a.upos == "NOUN" and "Case=Nom" in a.feats for a in token.analyses))  # су қажет, су read as an adjective
        return noun and i + 1 < len(tokens) \
            and (last or tokens[i + 1].upos != "NOUN") and (w.verb_form(token) != "Ger" or described)
    return token.upos in ("NOUN", "PROPN", "VERB", "AUX", "PRON", "ADJ") and not w.attributive(token) \
        and not w.adverbial(token)


def governed_dative(tokens: Sequence[Token], i: int) -> bool:
    """A dative that a postposition after it governs (салуға қатысты, өсуіне байланысты): no complement of the verb."""
    return i + 1 < len(tokens) and tokens[i + 1].norm.lower() in w.DATIVE_GOVERNORS


def modal(tokens: Sequence[Token], found: Found) -> bool:
    """қарастыру керек, кем болуы керек: керек / қажет after a verb is a modal (must), not a need."""
    before = found.first - 1
    if before > 0 and tokens[before].norm == ")":  # жол салу (жөндеу) қажет: the word before the aside
        before = min(parenthesised(tokens, found.start, found.first), default=before) - 1
    return "NOM" in found.predicate.targets and before >= 0 and _verbal(tokens[before]) \
        and not _described(tokens, before)


def _described(tokens: Sequence[Token], i: int) -> bool:
    """A verbal noun after a word that is only an adjective is a noun (мемлекеттік қолдау қажет: state support is
    needed), as an adjective describes no verb (not тез шешу керек, an adverb: must be solved quickly)."""
    return i > 0 and any(a.upos == "NOUN" for a in tokens[i].analyses) and tokens[i - 1].upos == "ADJ" \
        and w.case(tokens[i - 1]) in ("Nom", None) and all(a.upos == "ADJ" for a in tokens[i - 1].analyses)


def _verbal(token: Token) -> bool:
    return token.upos in ("VERB", "AUX") or w.verb_form(token) == "Ger"


def _coordinated(tokens: Sequence[Token], head: int, floor: int) -> list[tuple[int, int]]:
    """The target at `head` with its dependents, and the targets coordinated before it."""
    ranges = []
    while head is not None:
        first, other = _extent(tokens, head, floor)
        first = past_adverbs(tokens, first, head)  # (сондай-ақ) Ақтөбеде зауыт салуды
        ranges.append((first, head + 1))
        head = other
    return ranges[::-1]


def past_adverbs(tokens: Sequence[Token], first: int, end: int) -> int:
    """The first word of a target after the sentence adverbs that open it (сондай-ақ, бұған қоса, бүгін); a quote that
    opens a name stays («Эйр Астана» мен KEGOC акцияларын)."""
    while first < end:
        if first + 1 < end and tokens[first].upos == "PRON" and w.lemma(tokens[first + 1]) in BESIDES \
                and w.case(tokens[first]) in ("Dat", "Abl"):
            first += 2
        elif _sentence_adverb(tokens[first]) and tokens[first].norm not in OPENING_QUOTES \
                or w.lemma(tokens[first]) in w.NOW_WORDS and not w.may_be_attributive(tokens[first]):
            # Бүгін | ТКШ-ны жаңғыртуға: when, of the whole clause (not биылғы жоспарды, this year's plan)
            first += 1
        else:
            break
    return first


def _sentence_adverb(token: Token) -> bool:
    return token.upos in ("CCONJ", "PUNCT", "PART") or not SENTENCE_ADVERBS.isdisjoint(w.keys(token))


def _extent(tokens: Sequence[Token], head: int, floor: int) -> tuple[int, int | None]:
    """(first token of the phrase headed at `head`, head of a target coordinated before it or None)."""
    verbal = tokens[head].upos == "VERB" or w.verbal_noun(tokens[head])
    case = w.case(tokens[head])
    if verbal and case not in ("Nom", None):
        listed = _listed_verbal(tokens, head, floor, case)
        if listed is not None:
            return listed + 1, listed - 1
    i, topic = head, False
    while i > floor:
        token = tokens[i - 1]
        if token.norm.lower() in ("және", ",") and i - 2 >= floor and w.case(tokens[i - 2]) == case \
                and (tokens[i - 2].upos == tokens[head].upos or verbal and w.verbal_noun(tokens[i - 2])):
            return i, i - 2  # (салуға және пайдалануға: verbal nouns, one read as a noun)
        if token.norm.lower() in ("және", "мен", ",") and i - 2 >= floor and tokens[i].upos == "ADJ" == tokens[i - 2].upos:
            i -= 1  # шағын және орта бизнесті: adjectives listed inside the phrase, one noun
            continue
        if not verbal and w.verbal_noun(token) and w.case(token) == "Nom" and not w.possessed(token) \
                and w.possessed(tokens[i]):
            verbal = True  # қатынасты қалпына келтіру саясатын: a verbal noun's clause describes the noun
        if topic and (_object(token) or (token.upos == "ADV" or w.verb_form(token) == "Conv")
                      and i - 2 >= floor and _object(tokens[i - 2])):
            i -= 1  # Ақтау портын кеңейту туралы, су ресурстарын бірлесіп басқару туралы (келісім): the object of a
            continue  # postposition's verbal noun is in its topic, and an adverb after that object (not бүгін | ...)
        if (i == head and tokens[head].upos == "ADP" or tokens[i].norm.lower() in AREA_POSTPOSITIONS) \
                and w.verbal_noun(token) and w.case(token) == "Nom":
            topic = True  # (not a partner before it: банкпен | мектептер салу жөнінде)
        if _listed_bare(tokens, i, floor) or token.norm in OPENING_QUOTES | CLOSING_QUOTES:
            i -= 1  # «Эйр Астана» мен KEGOC акцияларын, ағылшын және орыс тілдерінде: bare words listed inside the
            continue  # phrase, sharing its head and ending; a quoted name in it («Ақ жол» жобасын)
        if not (verbal or _noun_modifier(tokens, i - 1)):
            break
        if verbal and w.lemma(token) == "және" and _listed_bare_verbal(tokens, i, head, floor):
            i -= 1  # су ресурстарын пайдалану және жобаларды іске асыру мәселелерінде: bare verbal nouns listed
            continue  # inside one noun phrase
        if verbal and (w.punct(token) and token.norm != "-" and not _name_dash(tokens, i - 1)
                       or w.lemma(token) in ("және",)):
            break
        if verbal and (token.upos == "ADP" or w.case(token) == "Loc" and not w.attributive(token)) and i - 2 >= floor \
                and w.feats(tokens[i - 2]).get("PronType") == "Dem":
            break  # бұл үшін, осы мақсатта | бюджет шығыстарын қысқартуға: "for this", an adverbial of the clause
        i -= 1
    return i, None


def _listed_bare(tokens: Sequence[Token], i: int, floor: int) -> bool:
    """A coordinator before token i joins two bare nominals (no case, no possessive; the left one maybe quoted)."""
    def bare(token: Token) -> bool:
        return token.upos in ("NOUN", "PROPN", "ADJ") and w.case(token) in ("Nom", None) and not w.possessed(token)

    left = i - 3 if i - 2 >= 0 and tokens[i - 2].norm in CLOSING_QUOTES else i - 2
    joint = tokens[i - 1].norm.lower()
    return left >= floor and joint != "," and joint in suffixes.coordinators() and bare(tokens[i]) and bare(tokens[left])


def _object(token: Token) -> bool:
    return token.upos in ("NOUN", "PROPN") and w.case(token) in ("Acc", "Nom")


def _name_dash(tokens: Sequence[Token], i: int) -> bool:
    """A dash between two capitalised words joins a name (Баку – Тбилиси – Жейхан құбыры), no clause break."""
    return tokens[i].norm in ("–", "—") and 0 < i < len(tokens) - 1 \
        and tokens[i - 1].text[:1].isupper() and tokens[i + 1].text[:1].isupper()


def _listed_bare_verbal(tokens: Sequence[Token], i: int, head: int, floor: int) -> bool:
    """The және before token i lists bare verbal nouns (no case, no possessive) that modify a noun before the head:
    ... пайдалану және ... іске асыру мәселелерінде."""
    def bare_verbal(token: Token) -> bool:
        return w.verbal_noun(token) and w.case(token) in ("Nom", None) and not w.possessed(token)

    return i - 2 >= floor and bare_verbal(tokens[i - 2]) and any(bare_verbal(t) for t in tokens[i:head])


def _listed_verbal(tokens: Sequence[Token], head: int, floor: int, case: str) -> int | None:
    """The comma or және after a verbal noun in the head's case that the head is listed with, however long the
    head's own phrase (жүргізуді, ... көлік, туризм және спорт салалары бойынша ... дамытуды: the
    commas and және inside it list nouns), or None; a finite verb between ends the search."""
    for j in range(head - 1, floor, -1):
        token = tokens[j]
        if token.upos in ("VERB", "AUX") and w.verb_form(token) == "Fin":
            return None
        if token.norm.lower() in ("және", ",") and j - 1 >= floor and w.verbal_noun(tokens[j - 1]) \
                and w.case(tokens[j - 1]) == case:
            return j
    return None


def _noun_modifier(tokens: Sequence[Token], i: int) -> bool:
    """Words inside a noun phrase before its head: бұл, жаңа, екі, Қазақстанның, сауда, -дағы, өтетін, Ресейге қарсы,
    жасалуы (тиіс): an obligation that describes the noun."""
    token = tokens[i]
    if token.upos in ("ADJ", "NUM", "DET") or w.attributive(token) or w.verb_form(token) == "Part":
        return True
    if w.verbal_noun(token) and w.possessed(token) and i + 1 < len(tokens) and w.lemma(tokens[i + 1]) in OBLIGED:
        return True
    if token.norm.lower() in w.AS:
        return False  # серіктес ретінде | бұл жобаны: "as a partner", the subject's role
    if token.norm == "-" or w.lemma(token) == "қарсы" or (token.upos == "ADP" and (
            w.lemma(token) != "арқылы" or i + 1 < len(tokens) and w.verb_form(tokens[i + 1]) == "Part")):
        return True  # (арқылы, "through", only before a participle: Каспий арқылы өтетін құбырларға)
    if i + 1 < len(tokens) and (tokens[i + 1].upos == "ADP" or w.lemma(tokens[i + 1]) == "қарсы"):
        return True  # Ресейге (қарсы), whether қарсы was read as a postposition or an adjective
    return token.upos in ("NOUN", "PROPN") and w.case(token) in ("Nom", "Gen")
