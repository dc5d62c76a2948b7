"""Actor phrases around a head word of the lexicons: Ресей үкіметі, жапон компаниялары, екі тарап, облыс әкімі.

Modifiers (adjectives, numbers, demonyms, a possessor before a possessed head) and a head noun from actors.tsv or
people.tsv; a country or demonym among the modifiers links the phrase to its country; бұл ел is an anaphor.
"""
from __future__ import annotations

from collections.abc import Sequence
from itertools import takewhile

from taldau.doc import Analysis, Span, Token
from taldau.morph import suffixes
from taldau.morph.phrases import followers
from taldau.ner import heads as ner_heads
from taldau.ner.canonical import canonical
from taldau.stances import words as w
from taldau.stances.lexicon import Lexicon
from taldau.stances.places import ADMIN_HEADS, COUNTRY_HEADS, PLACE_LABELS, Mention

ACTOR_CASES = frozenset({"Nom", "Gen", "Dat", "Ins", "Abl"})  # subject, reported subject, who needs, partner, source
OBLIQUE = frozenset({"Dat", "Loc", "Abl", "Ins"})  # a noun's complements (жобаға, елде): no adjective's noun
SIDES = frozenset({"тарап"})  # Ресей тарапы, "the Russian side": the country itself
APPROXIMATORS = frozenset({"астам", "жуық", "аса", "артық"})  # мыңнан астам, елуге жуық: more than, nearly
MEMBER = frozenset({"мүше"})  # X-ке мүше елдер: member countries of X, the dative inside the actor's phrase
COMPOUNDS = frozenset({("тұрғын", "үй"), ("тұрғын", "жай")})  # an actor word that is the first half of a term: housing
HAVING = frozenset({"ие"})  # ұқсас ұстанымдарға ие: "has", a bare predicate after the dative (зауытқа иесі: its owner)
MAX_REMIT = 4  # words of what a body deals with, before жөніндегі
MAX_LISTED_REMIT = 8  # words of the remits a body's name lists before its head (X, Y және Z министрлігі)
LISTED_BODIES = frozenset({"министрлік", "агенттік", "комитет", "департамент", "басқарма", "қызмет"})
WORLDWIDE = frozenset({"дүниежүзілік", "халықаралық", "әлемдік"})  # the first word of a body no country owns
OWNED_HEADS = frozenset({"әкімшілік"})  # a body only as someone's (АҚШ әкімшілігі); bare, "administrative" (кедергілер)
RELATIONAL = frozenset({"көрші", "серіктес", "одақтас", "мүше"})  # көршілеріміз: our neighbours, others than the speaker
# әрбір бесінші зейнеткер, кез келген компания, қай елге де: anyone, no actor
DISTRIBUTIVES = frozenset({"әр", "әрбір", "кез келген", "қай"})


def find(tokens: Sequence[Token], places: list[Mention], lexicon: Lexicon,
         entities: Sequence[tuple[int, int, Span]]) -> list[Mention]:
    """Actor phrases around a head word of the lexicons (`entities`: the recogniser's, as token ranges)."""
    ends = {last for _, last, _ in entities}
    starts = {first for first, _, _ in entities}
    places_at = {first for first, _, span in entities if span.label in PLACE_LABELS}
    places_end = {last for _, last, span in entities if span.label in PLACE_LABELS}
    # a body's name in an oblique case right after a person's, holding the head, is no phrase of the person's (Ердоған |
    # Түркі мемлекеттері ұйымының рөлін ... қолдайды; but Асқар Мамин Үкімет басшысының орынбасары: his post, and
    # Ахмет Байтұрсынұлы Қостанай өңірлік университеті: a body named after him)
    persons_end = {last for _, last, span in entities if span.label == "PERSON"}
    after_persons = {first: last for first, last, span in entities if first in persons_end and span.label != "POSITION"
                     and w.case(tokens[last - 1]) not in ("Nom", None)}
    # Ресей үкіметі, жапон компаниялары, екі тарап; бұл ел is an anaphor
    demonyms = lexicon.demonyms
    peoples = {w.lemma(t) for t in tokens if w.plural(t) and (
        t.upos == "NOUN" and (w.lemma(t) in demonyms or "AGENT" in w.glosses(t))  # жапондар, асырушылар
        or t.upos == "ADJ" and suffixes.of_a_name(w.lemma(t)))}  # оралдықтар, қазақстандықтар: a place's people
    posts = {w.lemma(tokens[last - 1]) for _, last, span in entities if span.label == "POSITION"}  # Германия канцлері:
    # a post the recogniser found is held by someone, whether the lexicons know its word or not
    heads = lexicon.actor_heads | peoples | posts if peoples or posts else lexicon.actor_heads
    named = _quoted_names(tokens)
    found = []
    for j, token in enumerate(tokens):
        if j in named or not _nominal(tokens, j, heads) or heads.isdisjoint((*w.keys(token), *_nominal_lemmas(token))) \
                or _modifies_next(tokens, j, heads) \
                or w.case(token) not in ACTOR_CASES \
                or w.feats(token).get("Person[psor]") in ("1", "2") and (
                    w.lemma(token) not in RELATIONAL or _named_after(tokens, j, starts)) \
                or token.norm.lower() in w.BY or w.lemma(token) in OWNED_HEADS and not w.possessed(token) \
                or j + 1 < len(tokens) and tokens[j + 1].norm.lower() in w.AS | w.FRAMES \
                or w.lemma(token) in HAVING and not w.possessed(token) and j and w.case(tokens[j - 1]) == "Dat":
            continue  # (еліміз, компаниямыз: the speaker's own, as біз; депутаттар тарапынан: by them, not a side;
            # ЕАЭО-ға мүше ретінде: "as a member", what the subject is; ұйымы аясында: within its framework;
            # ұстанымдарына ие: "has", no owner)
        first, head_body = j, body(token)
        while first > 0 and (_modifier(tokens[first - 1], w.possessed(token), demonyms, first == j, head_body)
                             or _modifies_next(tokens, first - 1, heads) or _compound_hyphen(tokens, first - 1)) \
                and not _apart(tokens, first - 1) and not _body_before_name(tokens, first - 1, j) \
                and not own_relations(tokens[first - 1], token) and not _before_governed_name(tokens, first, j) \
                and not _anaphor_before_name(tokens, first, j) and after_persons.get(first, 0) <= j \
                and not (first in starts and _country_before_countries(tokens, first, token, places_end)) \
                and not (tokens[first - 1].upos == "NOUN" and "PL" in w.glosses(tokens[first - 1])
                         and not w.possessed(tokens[first]) and tokens[first].norm.lower() != "бір"):  # a plural noun modifies a possessed noun right after it:
            first -= 1  # нысандар құрылысының, not Мәселелер | Үкімет мүшелерінің (but депутаттарының бір тобы)
        if first > 1 and _remit(tokens[first - 1]):
            first = _remit_start(tokens, first - 1)  # Жастар ісі жөніндегі комитет: a body named by what it deals with
        elif w.lemma(token) in LISTED_BODIES and w.possessed(token):
            first = _listed_remit_start(tokens, first, heads)  # Қаржы нарығын реттеу және дамыту агенттігі
        first = _object_of_remit(tokens, first, token)  # Бәсекелестікті қорғау агенттігі: the body's object too
        first = _compound_field(tokens, first, token)  # Ойын бизнесі қауымдастығы: the field it unites, a compound
        if first == j and w.lemma(token) in lexicon.people and _bearer(tokens, j, places):
            first -= 1  # Абылай хан, Ақтайлақ би: the name before a bare title is its bearer's
        if _light_verb_noun(tokens, first):
            first -= 1  # іске асырушылар, жүзеге асырушы мекемелер: the doers of іске асыр, not of асыр
        elif first < j and w.agent(tokens[first]) and first and tokens[first - 1].upos == "NOUN" \
                and w.case(tokens[first - 1]) == "Nom" and not w.possessed(tokens[first - 1]):
            first += 1  # Мұнай өндіруші | компаниялар: an agent with an object of its own stays out
        before = w.lemma(tokens[first - 1]) if first else ""
        pointed = first > 0 and w.anaphoric(tokens[first - 1])  # бұл ел, аталған елдер
        if w.lemma(token) in COUNTRY_HEADS and (first == j) and (pointed or not before
                                                                 or not tokens[first - 1].text.isalpha()):
            start = first - 1 if pointed else first
            found.append(Mention(start, j + 1, "ANAPHOR", " ".join(t.norm for t in tokens[start : j + 1]), None))
            continue
        if first < j and pointed and w.lemma(tokens[first]) in COUNTRY_HEADS \
                and w.case(tokens[first]) in ("Gen", "Nom"):  # бұл елдің компаниялары, бұл ел үкіметі: that country's
            found.append(Mention(first - 1, j + 1, "ANAPHOR", " ".join(t.norm for t in tokens[first - 1 : j + 1]), None))
            continue
        if {before, w.lemma(tokens[first]), " ".join(t.norm.lower() for t in tokens[max(first - 2, 0) : first])} \
                & DISTRIBUTIVES:
            continue
        if first > 0 and w.lemma(tokens[first]) in MEMBER and w.case(tokens[first - 1]) == "Dat":
            first = _bare_phrase(tokens, first - 1)  # Еуроодаққа мүше елдер: the members, their union named inside
        countries = [p for p in places if p.country and first <= p.first < j]
        if len(countries) > 1:  # Қазақстан Францияның компаниясымен: the subject, then France's company
            first = countries[-1].first
        elif (inner := [k for k in range(first + 1, j) if k in places_at and k in ends]) \
                and w.case(tokens[inner[0] - 1]) == "Nom":
            first = inner[0]  # Жапония | Азия елдерімен, Еуропалық одақ | Орталық Азия елдерімен: a place's countries
        opener = first < j - int(w.possessed(token)) and not w.possessed(tokens[first]) and not _after_pronoun(tokens, first) \
            and not heads.isdisjoint(w.keys(tokens[first])) \
            and any(a.upos == "NOUN" and "Case=Nom" in a.feats for a in tokens[first].analyses)  # (Министрлік: also ADJ)
        # (not Мемлекет басшылары, Компания басшылығы: a noun right before a possessed head is its modifier)
        found.append(_phrase(tokens, first, j + 1, places, demonyms)._replace(opener=opener))
    return found


def _listed_remit_start(tokens: Sequence[Token], first: int, heads: frozenset[str]) -> int:
    """The capitalised first word of a state body's name that lists its remits with және and commas before its head
    (Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі; Қаржы нарығын реттеу және дамыту агенттігі),
    when only lower-case words, commas and one және stand between, no actor word (`heads`) among them (not
    Жергілікті атқарушы органдар, ұлттық компаниялар және энергетика министрлігі: a list of actors); `first` as it was
    otherwise."""
    joints = 0
    for k in range(first - 1, max(first - MAX_LISTED_REMIT, 0) - 1, -1):
        token = tokens[k]
        if token.norm.lower() == "және" or token.norm == ",":
            joints += token.norm != ","
            continue
        if not token.text.isalpha() or joints > 1 or not heads.isdisjoint((*w.keys(token), *_nominal_lemmas(token))):
            return first
        if token.text[:1].isupper():
            return k if joints and token.upos in ("NOUN", "ADJ", "PROPN") and w.lemma(token) not in w.TIME_WORDS \
                else first
    return first


def _object_of_remit(tokens: Sequence[Token], first: int, head: Token) -> int:
    """Where a body's name starts that says what the body does as a verbal noun with its object before its head word
    (Бәсекелестікті қорғау агенттігі, Тұтынушылардың құқықтарын қорғау комитеті): at the object in the accusative, or
    at its possessor in the genitive; `first` as it was otherwise."""
    if not (0 < first and w.verbal_noun(tokens[first]) and w.possessed(head) and body(head)
            and w.case(tokens[first - 1]) == "Acc"):
        return first
    first -= 1
    if first and w.possessed(tokens[first]) and w.case(tokens[first - 1]) == "Gen":
        first -= 1
    return first


def _compound_field(tokens: Sequence[Token], first: int, head: Token) -> int:
    """Where a body's name starts whose field is a compound noun before its possessed head word (Ойын бизнесі
    қауымдастығы, Мұнай өнеркәсібі одағы: a bare noun, then a possessed one): at the bare noun; `first` otherwise."""
    if 1 < first and w.possessed(head) and body(head) and w.bare_noun(tokens[first - 2]) \
            and tokens[first - 1].upos == "NOUN" and w.case(tokens[first - 1]) == "Nom" and w.possessed(tokens[first - 1]):
        return first - 2
    return first


def _remit(token: Token) -> bool:
    """жөніндегі "dealing with", the attributive of жөнінде: what a committee or an agency is for."""
    return w.lemma(token) == "жөн" and "ATTR" in w.glosses(token)


def _remit_start(tokens: Sequence[Token], remit: int) -> int:
    """The first word of the noun phrase before жөніндегі (Жастар ісі, Мемлекеттік қызмет істері), at most MAX_REMIT
    nominative or genitive nouns and adjectives; the phrase's own start when there is none."""
    k = remit
    while k > 0 and remit - k < MAX_REMIT and tokens[k - 1].upos in ("NOUN", "ADJ") \
            and w.case(tokens[k - 1]) in ("Nom", "Gen", None) \
            and not any("Case=Acc" in a.feats for a in tokens[k - 1].analyses):
        k -= 1  # (not a name before it, Қазақстан | Дін істері ..., nor an object, Жаңа заңды | Жастар ісі ...)
    return k if k < remit else remit + 1


def _compound_hyphen(tokens: Sequence[Token], j: int) -> bool:
    """The hyphen of a compound adjective the tokenizer split (халықтық | - | демократиялық партиясы)."""
    return tokens[j].norm == "-" and j > 0 and tokens[j - 1].upos == "ADJ" == tokens[j + 1].upos \
        and tokens[j - 1].end == tokens[j].start and tokens[j].end == tokens[j + 1].start


def _light_verb_noun(tokens: Sequence[Token], agent: int) -> bool:
    """The word before an agent noun is the noun of its light verb (іске асырушылар, жүзеге асырушы)."""
    if not agent or not w.agent(tokens[agent]):
        return False
    morphemes = tokens[agent].analyses[0].morphemes
    verb = "".join(surface for surface, _ in takewhile(lambda m: m[1] not in w.AGENTS, morphemes)).lower()
    after = followers(tokens[agent - 1].norm)
    return verb in after or tokens[agent].analyses[0].lemma.lower() in after  # қол қоюшы: қо+юшы, lemma қой


def _bare_phrase(tokens: Sequence[Token], head: int) -> int:
    """The first word of the noun phrase headed at `head`, nominatives before it (Шанхай ынтымақтастық ұйымына, Ұжымдық
    қауіпсіздік шарты ұйымына; not Қырғызстан тарапы | ЕАЭО-ға: a side is a party of its own)."""
    first = head
    while first > 0 and tokens[first - 1].upos in ("PROPN", "NOUN", "ADJ") and w.case(tokens[first - 1]) in ("Nom", None) \
            and not (w.possessed(tokens[first - 1]) and w.lemma(tokens[first - 1]) in SIDES):
        first -= 1
    return first


def group(tokens: Sequence[Token], head: int) -> Mention | None:
    """A group named by a plural noun outside the lexicons, with its modifiers (Бұл сауда нүктелері,
    Қалалық емханалар), where a clause's subject names no known actor; None for a singular noun, or for events named by
    a verbal noun (кездесулер, meetings, show what others support; they hold no stance)."""
    token = tokens[head]
    if token.upos != "NOUN" or not w.plural(token) or w.verbal_noun(token):
        return None
    first = head
    while first > 0 and _modifier(tokens[first - 1], w.possessed(token), {}, first == head):
        first -= 1
    return _phrase(tokens, first, head + 1, [], {})


def written(tokens: Sequence[Token], first: int, last: int) -> list[str]:
    """The words of tokens[first:last] as written: Цифрлық даму, инновациялар (a comma glued to its word)."""
    words: list[str] = []
    for k in range(first, last):
        if k > first and not tokens[k - 1].space_after:
            words[-1] += tokens[k].norm
        else:
            words.append(tokens[k].norm)
    return words


def _phrase(tokens: Sequence[Token], first: int, last: int, places: list[Mention], demonyms: dict[str, str]) -> Mention:
    words = written(tokens, first, last)
    reading = tokens[last - 1].analyses[:1]
    name, _ = canonical(words, "ACTOR", reading[0].morphemes if reading else ())
    country = next((p for p in places if first <= p.first < last and p.country), None)
    if country and country.first == first and country.last == last - 1 and w.lemma(tokens[last - 1]) in SIDES:
        return Mention(first, last, "GPE", name or " ".join(words), country.link, True)  # the country itself
    link = country.link if country else None
    if not link:
        link = next((demonyms.get(t.norm.lower()) or demonyms[w.lemma(t)] for t in tokens[first:last]
                     if t.norm.lower() in demonyms or w.lemma(t) in demonyms
                     and (w.plural(t) or w.case(t) == "Gen")), None)  # жапондар, француздың (компаниясы): JP, FR
        abroad = first > 0 and "ATTR" in w.glosses(tokens[first - 1]) and any(
            p.last == first and p.country and p.link != link for p in places)
        link = None if abroad else link  # Қазақстандағы орыстар: a people in another country, not Russia
    return Mention(first, last, "ACTOR", name or " ".join(words), link)


def titled(tokens: Sequence[Token], person: Mention, phrase: Mention, places: list[Mention]) -> bool:
    """The phrase is the person's name and one title it bears (Кенесары хан): the phrase names the actor."""
    return phrase.last == person.last + 1 and _bearer(tokens, person.last, places)


def _bearer(tokens: Sequence[Token], j: int, places: list[Mention]) -> bool:
    """A title alone in the nominative, singular and without a possessive, right after a name in the nominative that
    is no country (Абылай хан, Төле би; not Ресей тарапы, Қытай компаниясы): the name is the title's bearer."""
    title, name = tokens[j], tokens[j - 1] if j else None
    return name is not None and name.upos == "PROPN" and name.norm[:1].isupper() and name.text.isalpha() \
        and w.case(name) in ("Nom", None) and not w.possessed(name) and w.case(title) == "Nom" \
        and not w.possessed(title) and not w.plural(title) and not any(p.country and p.first < j <= p.last for p in places)


def _nominal_lemmas(token: Token) -> list[str]:
    """The lemmas of a word's other noun and adjective readings: белсенділері chosen as белсенд-, also белсенді."""
    return [a.lemma.lower() for a in token.analyses[1:] if a.upos in ("NOUN", "ADJ")]


def _nominal(tokens: Sequence[Token], j: int, heads: frozenset[str]) -> bool:
    """A noun, or an adjective used as one: сарапшылар (read as an adjective in the plural), тұрғын with a noun
    reading and no noun after it but an object (мыңнан астам тұрғын ... қарсы шықты; Министрлік жобаны қолдайды; not
    тұрғын үй, a residential house), a partner before a complement (серіктес жобаға ... дайын; not серіктес елдерге)."""
    token = tokens[j]
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    if following is not None and (w.lemma(token), w.lemma(following)) in COMPOUNDS:
        return False  # көпқабатты тұрғын үйлердің: housing, not residents
    if token.upos in ("NOUN", "PROPN") or (token.upos == "ADJ" and w.feats(token).get("Number") == "Plur"):
        return True
    return token.upos == "ADJ" and (following is None or following.upos != "NOUN" or w.case(following) == "Acc"
                                    or w.lemma(token) in RELATIONAL and w.case(following) in OBLIQUE
                                    and w.lemma(following) not in heads
                                    or w.lemma(following) in w.TIME_WORDS) \
        and any(a.upos == "NOUN" and "Case=Nom" in a.feats for a in token.analyses[1:])  # Министрлік | жобаны;
    # Басқарма | биыл: a time word is no noun it could modify


def _named_after(tokens: Sequence[Token], j: int, starts: set[int]) -> bool:
    """A name follows the word, which is its apposition (көршіміз Қытай, серіктесіміз «Samsung» компаниясы): the name
    is the actor."""
    k = j + 1 + (j + 1 < len(tokens) and tokens[j + 1].norm in w.OPENING_QUOTES)
    return k < len(tokens) and (k in starts or j + 1 in starts)


def _country_before_countries(tokens: Sequence[Token], first: int, head: Token, places_end: set[int]) -> bool:
    """A place named in the nominative right before a name of countries or of a body of the world is the subject,
    not their possessor (Қазақстан | ОПЕК+ елдерімен ынтымақтасады; Қытай | Дүниежүзілік сауда ұйымына шағымданды;
    but Ресей Сыртқы істер министрлігі, a body of the country)."""
    return first in places_end and w.case(tokens[first - 1]) == "Nom" \
        and (w.lemma(head) in COUNTRY_HEADS or w.lemma(tokens[first]) in WORLDWIDE)


def _modifier(token: Token, head_possessed: bool, demonyms: dict[str, str], next_to_head: bool,
              head_body: bool = False) -> bool:
    """A word that can stand before an actor head inside its phrase: шетелдік, екі; and before a possessed
    head only, a noun (мұнай компаниялары, Ресей үкіметі, Қытайдың ірі компаниялары), бір (депутаттардың бір тобы: a
    group of them), or right before it a place's possessed head word (Сарыағаш ауданы | тұрғындары; not Павлодар облысы
    | Қазақстан халқы: a place, then a body) or the people a body unites (Отбасы мүшелері | одағы)."""
    if head_possessed and next_to_head and token.norm.lower() == "бір":
        return True
    if token.norm.lower() in demonyms:  # Түркімен тарапы, though read as Түркі + -мен
        return True
    if token.upos in ("ADJ", "NUM"):
        return w.case(token) in ("Nom", None) and not w.plural(token)  # (Оралдықтар | кәсіпкердің: a plural stands alone)
    if w.agent(token) and w.case(token) in ("Nom", None) and not w.possessed(token) and not w.plural(token):
        return True  # қатысушы елдер, жүзеге асырушы мекемелер: an agent noun as an adjective
    if w.case(token) == "Nom" and w.possessed(token):  # Ресей тарапы | Шығыс елдеріне: a possessed noun heads its own phrase,
        return head_possessed and next_to_head and (w.lemma(token) in ADMIN_HEADS or head_body and w.plural(token))
    return head_possessed and token.upos in ("NOUN", "PROPN") and w.case(token) in ("Nom", "Gen") \
        and w.lemma(token) not in w.PRONOUNS


def _apart(tokens: Sequence[Token], j: int) -> bool:
    """A word that belongs to what precedes the phrase: the approximator of a number (мыңнан астам | тұрғын, елуге
    жуық | кәсіпкер), a similative after examples (Мамин сынды | саясаткерлер), a word governing the dative before it (өсуіне байланысты | тұрғындар; not an adjective of the
    phrase: Облысқа | шетелдік инвесторлар), or a bare noun before a genitive without a possessive of its own, which
    closes another phrase (ұйым | елдің жауы: the organisation, the country's enemy; not Қазақстан Республикасының Президенті)."""
    following = tokens[j + 1]
    if tokens[j].norm.lower() in APPROXIMATORS | w.SIMILATIVES or (j > 0 and w.case(tokens[j - 1]) == "Dat" and (
            tokens[j].upos == "ADP" or tokens[j].norm.lower() in w.DATIVE_GOVERNORS)):  # заңға сәйкес | тұрғындар
        return True
    return tokens[j].upos == "NOUN" and w.case(tokens[j]) == "Nom" and not w.possessed(tokens[j]) \
        and w.case(following) == "Gen" and not w.possessed(following)


def _quoted_names(tokens: Sequence[Token]) -> set[int]:
    """The words inside quotes that a possessed noun after them names («Бала — болашақ» жобасы, «Нұр Отан»
    партиясы): a name's words, no actor of their own (the named body is the recogniser's)."""
    out: set[int] = set()
    opening = None
    for k, token in enumerate(tokens):
        if token.norm in w.OPENING_QUOTES and opening is None:
            opening = k
        elif token.norm in w.CLOSING_QUOTES and opening is not None:
            if k + 1 < len(tokens) and tokens[k + 1].upos == "NOUN" and w.possessed(tokens[k + 1]):
                out.update(range(opening + 1, k))
            opening = None
    return out


def _modifies_next(tokens: Sequence[Token], j: int, heads: frozenset[str]) -> bool:
    """банк секторына: the head word is itself a modifier of a following possessed noun, or of another
    actor head (жетекші партия, серіктес елдер: a leading party, partner countries), or the object of a
    verbal noun (маман даярлау: training specialists)."""
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    if following is None or w.case(tokens[j]) != "Nom" or w.possessed(tokens[j]) or "PL" in w.glosses(tokens[j]) \
            or following.norm.lower() in w.BY | w.BETWEEN:  # үкімет тарапынан: by the government, not its side;
        # банк арасында: the bank, a party (not банк секторына)
        return False
    if following.upos == "VERB" and w.verb_form(following) == "Ger" and w.case(following) == "Nom":
        return True  # маман даярлау ісі
    if following.upos != "NOUN":
        return False
    if w.possessed(following):
        return not w.rate(following) and not fronted_subject(tokens, j)  # (Компания жылына: a rate, no company's year)
    # серіктес елдер; before an oblique head only a word that can be an adjective or a participle (серіктес
    # елдерге, мұнай өндіруші компаниялардың) or a relational noun (көрші елдердің), else
    # the subject before its object (Әкімдік тұрғындарды, Атқарушы билік кәсіпкерлерге)
    # (a name is never such a modifier: Олжас Бектенов үкімет ... қолдайды деп)
    # (nor a noun that is neither: Бастама депутаттар тарапынан, the initiative, then who backs it)
    if _after_pronoun(tokens, j):
        return True  # ол науқас балаларға: he ... the sick children, not the sick one
    if w.case(following) == "Gen" and tokens[j].upos == "NOUN" and tokens[j].deprel == "nsubj" and _opens(tokens, j):
        return False  # Сот | талапкердің өтінішін: the parse's subject, then another's object (not its modifier)
    return w.lemma(following) in heads and tokens[j].upos != "PROPN" \
        and ((w.case(following) == "Nom" or w.lemma(tokens[j]) in RELATIONAL) and w.lemma(tokens[j]) in heads
             and not person_word(tokens[j])  # Министр | үкімет, Министр | ауыл
             and not _before_possessed(tokens, j + 1)  # (Серіктестік | ауыл мектебінің: the next noun a modifier too)
             or any((a.upos == "ADJ" or "VerbForm=Part" in a.feats) and _bare(a) for a in tokens[j].analyses)) \
        and not (tokens[j].upos == "NOUN" and body(tokens[j]))  # (Министрлік | компаниямен, Компания | зауыт салмақ:
    # a body, then another party or its object)


def _before_possessed(tokens: Sequence[Token], j: int) -> bool:
    """The bare noun at j stands before a possessed noun, whose modifier it is (ауыл | мектебінің)."""
    return j + 1 < len(tokens) and tokens[j + 1].upos == "NOUN" and w.possessed(tokens[j + 1])


def _before_governed_name(tokens: Sequence[Token], first: int, j: int) -> bool:
    """A name in the nominative before a body's own capitalised name that a postposition governs is the subject, not
    the body's owner (Түркия | Түркі мемлекеттері ұйымы арқылы ... ұмтылады: Turkey, through the organisation)."""
    name = tokens[first - 1]
    return name.upos == "PROPN" and w.case(name) in ("Nom", None) and tokens[first].norm[:1].isupper() \
        and j + 1 < len(tokens) and tokens[j + 1].upos == "ADP"


def _anaphor_before_name(tokens: Sequence[Token], first: int, j: int) -> bool:
    """бұл ел before a body's capitalised name in an oblique case is the subject, the country meant, not the body's
    owner (Бұл ел | Дүниежүзілік сауда ұйымына кіруді көздейді; but Бұл ел Сыртқы істер министрлігі ...: its own)."""
    return first < j and first > 1 and tokens[first].norm[:1].isupper() and w.case(tokens[j]) not in ("Nom", None) \
        and w.lemma(tokens[first - 1]) in COUNTRY_HEADS and w.anaphoric(tokens[first - 2])


def own_relations(name: Token, head: Token) -> bool:
    """A name in the nominative before its relations in an oblique case is the subject, the relations its own
    (Анкара көршілерімен дауды шешті: Ankara settled with its neighbours), not their possessor."""
    return name.upos == "PROPN" and w.case(name) in ("Nom", None) and w.lemma(head) in RELATIONAL \
        and w.case(head) == "Ins"


def _bare(analysis: Analysis) -> bool:
    """A reading with no ending of case or possession, as a word before its head takes (not ақын read ақ-ын: white, in
    the accusative)."""
    found = w.reading_feats(analysis)
    return "Person[psor]" not in found and found.get("Case", "Nom") == "Nom"


def _body_before_name(tokens: Sequence[Token], j: int, head: int) -> bool:
    """A bare organisation noun before a name is an actor of its own (Министрлік | Қазақстан фермерлер одағымен), and
    a bare body or post before a plain noun that opens another's phrase (Министр | ауыл тұрғындарының, Әкімдік | ауыл
    тұрғындарын; not Компания басқарма төрағасы, whose second noun names a body too, nor a subject that is the body's
    own unit or post: Министрлік ақпарат департаменті, Компания бас директоры)."""
    token, following = tokens[j], tokens[j + 1]
    if token.upos != "NOUN" or w.case(token) != "Nom" or w.possessed(token):
        return False
    if following.upos == "PROPN":
        return body(token)
    return j + 1 < head and ner_heads.head(token.norm.lower()) in ("org", "pos") and following.upos == "NOUN" \
        and w.case(following) == "Nom" and not w.possessed(following) and not ner_heads.head(following.norm.lower()) \
        and not (w.case(tokens[head]) == "Nom" and ner_heads.head(tokens[head].norm.lower()) in ("org", "pos"))


def person_word(token: Token) -> bool:
    """A word naming a person or a post (министр, сарапшы), by the recogniser's head words."""
    return ner_heads.head(token.norm.lower()) in ("per", "pos")


def body(token: Token) -> bool:
    """An organisation's head noun (министрлік, компания), read so by the recogniser's head words."""
    return ner_heads.head(token.norm.lower()) == "org"


def _after_pronoun(tokens: Sequence[Token], j: int) -> bool:
    """After ол / олар, the clause's subject, a bare actor noun opens no phrase (ол зейнеткер азаматтарға)."""
    return j > 0 and w.lemma(tokens[j - 1]) in w.PRONOUNS and w.case(tokens[j - 1]) == "Nom"


def fronted_subject(tokens: Sequence[Token], j: int) -> bool:
    """A bare noun that opens a clause before a possessed noun in the accusative is the subject, and the possessed
    noun its object (Компания өнімін экспорттайды, Қазақстан экспортын арттырмақ: its own products, its exports),
    not the possessor of an object (... Қазақстан экспортын арттыруға: mid-clause)."""
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    return _opens(tokens, j) and following is not None and w.case(following) == "Acc" and w.possessed(following)


def _opens(tokens: Sequence[Token], j: int) -> bool:
    """The word at j opens a clause: first, or after punctuation, a conjunction or an adverb."""
    return j == 0 or w.punct(tokens[j - 1]) or tokens[j - 1].upos in ("CCONJ", "SCONJ", "ADV")
