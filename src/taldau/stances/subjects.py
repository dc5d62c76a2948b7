"""Whether an actor mention can be a clause's subject: governed by nothing but the predicate (not Қазақстан арқылы,
not Қазақстанның as a possessor), outside a relative clause, not a bare object before its verb, coordinated to the
mentions beside it by мен, және or a comma (`joined`).
"""
from __future__ import annotations

from collections.abc import Sequence

from taldau.doc import Token
from taldau.morph import GOVERNED_CASES, suffixes
from taldau.stances import lexicon
from taldau.stances import words as w
from taldau.stances.clauses import Found
from taldau.stances.mentions import Mention
from taldau.stances.mentions import case as mention_case
from taldau.stances.phrases import fronted_subject, own_relations
from taldau.stances.targets import POSTPOSITIONS
from taldau.stances.words import CLOSING_QUOTES, OPENING_QUOTES


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
    governed by nothing but the predicate, neither inside a relative clause nor a bare object before its verb (a
    name is never one, a bare object being indefinite: құрылысын Дүниежүзілік банк қаржыландыруға дайын).
    `headed`: the parse makes it the predicate's subject, so a title after it read as possessed is no head of it
    (зауыт жұмысшылары Елбасының еңбегін; not Азия елдері аумағының, a chain the parse misses)."""
    following = tokens[last.last] if last.last < len(tokens) else None
    return mention_case(tokens, last) == case and not _owner_before_subject(tokens, last.last, predicate) and (
        past_quotes(tokens, last.last) == predicate or not governed(tokens, last.last)
        or headed and following is not None and following.norm[:1].isupper()) \
        and not predicative(tokens, last.last, predicate) \
        and not (last.label == "ACTOR" and bare_object(tokens, last, predicate)) \
        and (case != "Nom" or not _suspended(tokens, last.last) and not _so_called(tokens, last.last)
             and not (last.label == "ACTOR" and _complement(tokens, last.last))) \
        and not (case == "Gen" and (_possessor(tokens, last.last, predicate)
                                    or 0 <= predicate < len(tokens) and not w.possessed(tokens[predicate]))) \
        and not (case == "Dat" and following is not None and w.verb_form(following) in ("Ger", "Part")
                 and w.lemma(following) in w.DATIVE_VERBS)
    # (a holder in the genitive possesses the stance noun: шешімі наразылық тудырды names none; a dative before a verb
    # of entering is where, not who needs: аймағына кіруге рұқсат қажет; before a verb of helping, whom it helps:
    # адамдарға көмектесу үшін маған көлік керек)


def _possessor(tokens: Sequence[Token], after: int, predicate: int = -1) -> bool:
    """A genitive before a possessed noun other than the stance noun, its adjectives between, in another case than the
    accusative is that noun's possessor (Қазақстанның астанасында, Министрліктің бұл бастамасы), not the stance noun's
    (Компанияның өнімдерін экспорттау ниеті: its products), numbers between too (берушілердің жетпіс проценті: a share
    of them); not a time word (Компанияның 2025 жылы ... ниеті: "in 2025", an adverbial)."""
    k = after
    while k < len(tokens) and k != predicate and tokens[k].upos in ("ADJ", "DET", "NUM"):
        k += 1
    following = tokens[k] if k < len(tokens) and k != predicate else None
    return following is not None and following.upos == "NOUN" and w.possessed(following) and w.case(following) != "Acc" \
        and w.lemma(following) not in w.TIME_WORDS


def _relative(tokens: Sequence[Token], i: int) -> bool:
    """A bare active participle before a noun phrase: a relative clause ends at i (қараған Конституциялық заң,
    ұсынған бұл бастамаға; not жеңілдетілген несиеге, a passive participle, an adjective of its noun)."""
    token = tokens[i]
    return token.upos == "VERB" and w.verb_form(token) == "Part" and not w.possessed(token) \
        and not w.passive(token, tokens[i - 1] if i else None) \
        and w.case(token) in ("Nom", None) and tokens[i + 1].upos in ("NOUN", "ADJ", "NUM", "DET") \
        and w.lemma(tokens[i + 1]) not in w.TIME_WORDS and token.norm.lower() not in w.ADJECTIVAL_PARTICIPLES
    # (not комитеті келер жылы: "next year", a time adverbial; not Әзірбайжан бірлескен жаттығулар: joint exercises)


def bare_object(tokens: Sequence[Token], mention: Mention, predicate: int) -> bool:
    """The mention stands bare right before a verbal noun that is not the predicate: that verb's object
    (бірлескен кәсіпорындар ашуға дайын: ready to open joint ventures); never a name (Асан Бекұлы білуге тырысты) nor a
    possessed noun, whose object would take the accusative (басқарма басшылары түсіндіруге тырысты), nor before a verb
    of acting together (`words.RECIPROCAL`), nor after the verb's object fronted in the accusative (Зауытты компания
    сатуды жоспарлап отыр: the company plans to sell the plant; a verb takes one object)."""
    after = mention.last
    fronted = mention.first > 0 and w.case(tokens[mention.first - 1]) == "Acc"
    return after != predicate and after < len(tokens) and tokens[after].upos == "VERB" and tokens[after - 1].upos != "PROPN" \
        and not w.possessed(tokens[after - 1]) and w.lemma(tokens[after]) not in w.RECIPROCAL and not fronted \
        and w.verb_form(tokens[after]) == "Ger" and w.case(tokens[after]) not in ("Nom", None)


def predicative(tokens: Sequence[Token], after: int, predicate: int) -> bool:
    """The mention belongs to a relative clause: its subject right before the participle (Мәжіліс қараған заң
    жобасы), or the predicate noun of its copula (көмекші, жақын серік болатын адамдарды: people who are
    helpers), the first verb after it being бол- as a participle before a noun; an oblique one, of a purpose clause
    (балаларға түсінікті ету үшін қажет: the adjective's, not who needs; not Фермерлерге өнімді сақтау үшін)."""
    bare = int(after + 2 < len(tokens) and (w.bare_noun(tokens[after]) or tokens[after].upos == "X")
               and w.lemma(tokens[after]) not in lexicon.load().actor_heads)  # адам еңбек ететін ұжым, жұмыс істейтін
    # (X: a light verb's noun); not Компания үкімет бекіткен жобаны: an actor is a subject
    own = w.case(tokens[after - 1])
    if after + bare != predicate and after + bare + 1 < len(tokens) and _relative(tokens, after + bare) \
            and own in ("Nom", None):  # (not Фермерлерге | газ өңдейтін жаңа зауыттар керек: a dative is no subject)
        return not (bare and object_before(tokens, after + bare + 1, predicate))  # (Назарбаев құрған партия: its own)
    for i in range(after, predicate if predicate > after else len(tokens)):
        token = tokens[i]
        if i > after and token.upos == "NOUN" and w.case(token) == "Nom" and w.possessed(token):
            return False  # қуаты 1 гигаватт болатын станция: the relative clause's own subject ("whose power")
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
    if any(w.lemma(t) in w.PRONOUNS and w.case(t) == "Nom" for t in before):
        return True
    described = any(t.upos in ("ADJ", "DET", "NUM") for t in tokens[max(start, mention.first - 1) : mention.last - 1])
    return described and any(w.case(t) in ("Loc", "Dat", "Abl", "Ins") or w.lemma(t) in w.TIME_WORDS for t in before)


def object_before(tokens: Sequence[Token], head: int, predicate: int) -> bool:
    """The relative clause's noun stands bare right before an active predicate, as its object: the mention before the
    clause is the predicate's subject («CITIC» корпорациясы хром өндіретін кәсіпорын салмақ), not the clause's."""
    if tokens[head].upos == "NOUN" and w.case(tokens[head]) == "Acc" and not _subject_between(tokens, head, predicate):
        return True  # Азия даму банкі су үнемдейтін технологияларды енгізуге ... ниетті: an object, and no other subject
    return head + 1 == predicate and tokens[head].upos == "NOUN" and w.case(tokens[head]) == "Nom" \
        and not w.possessed(tokens[head]) and not w.passive(tokens[predicate], tokens[predicate - 1])


def _subject_between(tokens: Sequence[Token], head: int, predicate: int) -> bool:
    """A name or an actor's noun in the nominative after the relative clause's noun: the subject (Мәжіліс қараған заң
    жобасын Сенат қолдады), so the mention before the clause is the clause's own."""
    actor_heads = lexicon.load().actor_heads  # (load checks its files' dates: once, not a word at a time)
    return any(w.case(t) == "Nom" and (t.upos == "PROPN" or t.upos == "NOUN" and w.lemma(t) in actor_heads)
               for t in tokens[head + 1 : predicate])


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
    if postposition(following):  # «Қазпошта» арқылы too
        return True
    if after > last + 1:  # «ҚазМұнайГаз» акцияларының; «Айқын» газетіне (берген сұхбатында): the head's oblique case
        return following.upos == "NOUN" and w.possessed(following) and (w.case(following) == "Gen" or w.case(
            following) not in ("Nom", "Acc", None) and after + 1 < len(tokens) and w.verb_form(tokens[after + 1]) == "Part")
    # (not «ҚазМұнайГаз» жылына ... өндіруді көздейді: an adverb, the name the subject)
    # Азия елдері аумағының; not тұрғындары отын (misread от-ын): a noun possessed by a
    return following.upos == "NOUN" and w.possessed(following) and w.case(before) == "Nom" \
        and not fronted_subject(tokens, last) and not w.rate(following) and not own_relations(before, following) \
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


def postposition(token: Token) -> bool:
    """Арқылы, үшін, қарсы; арасындағы read as the noun ара: a postposition by its lemma or its written form; not
    an adverb twin the tagger chose after a word in no case it governs (Компания кейін ...: later)."""
    if token.upos == "ADV" and w.lemma(token) in GOVERNED_CASES:
        return False
    return w.lemma(token) in POSTPOSITIONS or token.norm.lower() in POSTPOSITIONS or token.upos == "ADP"
