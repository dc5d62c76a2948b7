"""Who can hold a stance in a sentence: its actor mentions.

    Жапония, АҚШ, Америка Құрама Штаттары   a country: the gazetteer's name and ISO code (one actor, US)
    Алматы, Берлин                           a city or region: itself, never its country
    Ұлттық банк, Тоқаев                      an organisation or person the entity recogniser found
    Ресей үкіметі, жапон компаниялары,       an actor phrase (`phrases`): modifiers and a head noun from actors.tsv
      мамандар, облыс әкімі                    or people.tsv (nouns naming people, from the Apertium glosses);
      шетелдік инвесторлар, екі тарап          a country or demonym among the modifiers gives the link
    ол, олар, бұл ел                         an anaphor: the actor is carried over from before
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from taldau.doc import Span, Token
from taldau.morph import generate, suffixes
from taldau.ner.canonical import canonical
from taldau.ner.companies import LEGAL_FORMS
from taldau.ner.endings import split_hyphen, strip_case
from taldau.ner.historical import TITLES_AFTER_NAMES
from taldau.stances import abbreviations, phrases
from taldau.stances import words as w
from taldau.stances.lexicon import Lexicon
from taldau.stances.places import COUNTRY_HEADS, PLACE_LABELS, Mention, find_places, with_head
from taldau.stances.words import CLOSING_QUOTES, OPENING_QUOTES

ENTITY_ACTORS = frozenset({"ORGANISATION", "PERSON", "GPE"})
ITSELF = frozenset({"өзі", "өздері"})  # after a genitive: X itself, X themselves (елдердің өздері)
SEATS = {("Кремль",): ("Кремль", "RU"), ("Ақ", "үй"): ("Ақ үй", "US"), ("Ақорда",): ("Ақорда", "KZ")}  # _seats
MAX_KIND_WORDS = 2  # «Адал азамат» қоғамдық бірлестігі, «Береке» шаруа қожалығы: words between a name and its head
MAX_QUOTED_WORDS = 4
LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9&.+-]*")  # a company's name in Latin letters (CNPC, Air Astana)
ROUTE_HEADS = ("жол", "теміржол", "автожол", "тасжол", "құбыр", "газқұбыр", "мұнайқұбыр", "маршрут", "рейс", "дәліз",
               "магистраль", "трасса", "әуе")  # what a route of places names
# names whose places may act: actors, places, and positions (Германия канцлері speaks for Germany)
HOLDING_PLACES = ENTITY_ACTORS | PLACE_LABELS | {"POSITION"}
ONE_PER_PLACE = frozenset({"әкімдік", "әкімшілік", "үкімет", "парламент", "мәслихат"})  # a place's own body: one each


def find(tokens: Sequence[Token], entities: Sequence[tuple[int, int, Span]], lexicon: Lexicon) -> list[Mention]:
    """Actor mentions of a sentence in order; `entities` as (first, last, span) token ranges. A place inside the name
    of a thing, not its first word (Баку – Тбилиси – Жейхан құбыры: a FACILITY), is no actor; the first may be a
    subject the recogniser ran into the name (Бразилия | Сан-Паулу көрмесіне қатысады)."""
    things = [(first, last) for first, last, span in entities if span.label not in HOLDING_PLACES]
    places = [p for p in find_places(tokens) if not any(a < p.first and p.last <= b for a, b in things)]
    route = _route(tokens, places)
    places = [with_head(tokens, p) for p in places if p.first not in route]
    named = [with_head(tokens, m) for m in _entities(tokens, entities, places) if m.first not in route]
    persons = {m.first: m for m in named if m.label == "PERSON" and w.case(tokens[m.last - 1]) == "Nom"}
    actor_phrases = [persons[p.first]._replace(last=p.last)
                     if persons.get(p.first, p).last < p.last and not phrases.titled(tokens, persons[p.first], p, places)
                     else p for p in phrases.find(tokens, places, lexicon, entities)]
    actor_phrases = [_headed_name(tokens, p, named, places, lexicon.demonyms) for p in actor_phrases]
    # (Асқар Мамин Үкімет басшысының орынбасары: the person; Кенесары хан: the name with its bearer's title)
    candidates = _seats(tokens) + places + named + actor_phrases + _pronouns(tokens) + abbreviations.find(tokens)
    candidates += _countries_bodies(tokens, places, candidates)
    candidates = [m for m in candidates if not _copula_complement(tokens, m.last)]  # (Украина | НАТО-ға мүше болуды)
    kept: list[Mention] = []
    taken: set[int] = set()
    for mention in sorted(candidates, key=lambda m: m.first - m.last):  # longest first
        span = range(mention.first, mention.last)
        if not taken.intersection(span):
            kept.append(mention)
            taken.update(span)
    return _shared_possessors(tokens, _appositions(tokens, _listed_names(tokens, sorted(kept))), places)


def _seats(tokens: Sequence[Token]) -> list[Mention]:
    """The seats of power that news names for their governments (Кремль, Ақ үй, Ақорда: Russia's, the United States',
    Kazakhstan's), each an actor linked to its country, inflected or not (Кремльдің, Ақ үйге)."""
    found = []
    for i, token in enumerate(tokens):
        if not token.norm[:1].isupper():
            continue
        for words, (name, code) in SEATS.items():
            last = i + len(words) - 1
            if last < len(tokens) and [t.norm for t in tokens[i:last]] == list(words[:-1]) \
                    and words[-1] in strip_case(tokens[last].norm):
                found.append(Mention(i, last + 1, "ORGANISATION", name, code))
    return found


def _route(tokens: Sequence[Token], places: list[Mention]) -> set[int]:
    """Where places joined by dashes before a road, railway or pipeline start: a route's name, no actor (Қытай –
    Қырғызстан – Өзбекстан теміржолы; not Қазақстан – Германия форумы, whose countries stay)."""
    on_route: set[int] = set()
    chain: set[int] = set()
    for left, right in zip(places, places[1:]):
        if right.first == left.last + 1 and tokens[left.last].norm in w.DASHES:
            chain.update((left.first, right.first))
            following = tokens[right.last] if right.last < len(tokens) else None
            if following is not None and w.lemma(following).startswith(ROUTE_HEADS):
                on_route |= chain
        else:
            chain = set()
    return on_route


def _quoted_name(tokens: Sequence[Token], head: int) -> Mention | None:
    """A name in quotes before a body's head word and the words that say what kind of body it is, a name the
    recogniser left («Адал азамат» қоғамдық бірлестігі, «Береке» шаруа қожалығы: Адал азамат, Береке), or None."""
    close = head - 1
    while close > head - 1 - MAX_KIND_WORDS and close >= 0 and tokens[close].norm not in CLOSING_QUOTES \
            and tokens[close].upos in ("ADJ", "NOUN") and w.case(tokens[close]) in ("Nom", None) \
            and not w.possessed(tokens[close]):
        close -= 1
    if close < 2 or tokens[close].norm not in CLOSING_QUOTES:
        return None
    opening = next((o for o in range(close - 1, max(close - 1 - MAX_QUOTED_WORDS, -1), -1)
                    if tokens[o].norm in OPENING_QUOTES), None)
    if opening is None or opening + 1 == close:
        return None
    return Mention(opening + 1, close, "ORGANISATION", " ".join(t.norm for t in tokens[opening + 1 : close]), None)


def _itself(tokens: Sequence[Token], i: int) -> bool:
    return i < len(tokens) and tokens[i].norm.lower() in ITSELF


def _headed_name(tokens: Sequence[Token], phrase: Mention, named: Sequence[Mention], places: Sequence[Mention],
                 demonyms: dict[str, str]) -> Mention:
    """KEGOC компаниясы, Қытайдың «China Power» компаниясы, Неміс «Svevind Energy» компаниясы: a head word possessed right
    after an organisation's name makes one actor with the name alone (KEGOC), linked to the country named or meant by
    the word before the name, if any (CN, DE); so do CNPC корпорациясы read as one entity (CNPC) and a quoted name the
    recogniser left before the words of its kind («Адал азамат» қоғамдық бірлестігі: Адал азамат)."""
    head = phrase.last - 1
    quoted = _quoted_name(tokens, head)  # «Береке» шаруа қожалығы: a body by its quoted name, whatever its head
    if phrase.label != "ACTOR" or not w.possessed(tokens[head]) \
            or not phrases.body(tokens[head]) and quoted is None \
            or w.case(tokens[head]) == "Gen" and not _itself(tokens, phrase.last):
        return phrase  # (Үкімет мүшелері: its members; «Ауыл» партиясының өкілдері: the party's people, no party;
        # but Air Astana компаниясының өзі, "the company itself")
    name = next((m for m in named if m.label == "ORGANISATION" and m.first < head
                 and (m.last == head or m.last + 1 == head and tokens[m.last].norm in CLOSING_QUOTES)), None)
    whole = next((m for m in named if m.label == "ORGANISATION" and m.first < head and m.last == head + 1
                  and all(LATIN_NAME.fullmatch(t.text) for t in tokens[m.first : head])), None)
    if name is None and whole is not None:  # CNPC корпорациясы as one entity: the name is CNPC all the same
        name = whole._replace(last=head, canonical=" ".join(t.text for t in tokens[whole.first : head]))
    name = name or quoted
    if name is None:
        return phrase
    start = min(phrase.first, name.first - int(name.first > 0 and tokens[name.first - 1].norm in OPENING_QUOTES))
    before = tokens[start - 1] if start else None
    origin = next((p.link for p in places if p.country and p.last == start), None)
    if before is not None and origin is None:
        origin = demonyms.get(before.norm.lower())
    first = start - 1 if origin else start  # the country's word before the name belongs to the actor
    return Mention(first, phrase.last, "ORGANISATION", name.canonical, phrase.link or origin or name.link)


def _listed_names(tokens: Sequence[Token], found: list[Mention]) -> list[Mention]:
    """A name between commas in a list of actors is one of them, though no lexicon knows it (АҚШ, Батыс Еуропа, Ресей
    және Өзбекстан елдері): capitalised words in the nominative, a comma before them, a comma or a coordinator after."""
    out = list(found)
    for left, right in zip(found, found[1:]):
        gap = tokens[left.last : right.first]
        if 3 <= len(gap) <= 5 and gap[0].norm == "," and gap[-1].norm.lower() in suffixes.coordinators() \
                and left.label != "ANAPHOR" and right.label != "ANAPHOR" \
                and all(t.norm[:1].isupper() and t.text.isalpha() for t in gap[1:-1]) and w.case(gap[-2]) == "Nom":
            name = " ".join(t.norm for t in gap[1:-1])
            out.append(Mention(left.last + 1, right.first - 1, "GPE" if left.label == "GPE" else "ACTOR", name, None))
    return sorted(out + _list_tail(tokens, found))


def _list_tail(tokens: Sequence[Token], found: list[Mention]) -> list[Mention]:
    """A list of two known actors or more goes on with single capitalised names no lexicon knows, each after a comma
    or a coordinator (Азия даму банкі, Дүниежүзілік банк, ИДБ және ЕҚДБ): names of the same kind."""
    if len(found) < 2 or not _coordinated(tokens[found[-2].last : found[-1].first]) or "ANAPHOR" in (found[-1].label,
                                                                                                      found[-2].label):
        return []
    out, k = [], found[-1].last
    while k + 1 < len(tokens) and _coordinated(tokens[k : k + 1]) and tokens[k + 1].norm[:1].isupper() \
            and tokens[k + 1].text.isalpha() and w.case(tokens[k + 1]) == "Nom" and not w.possessed(tokens[k + 1]):
        out.append(Mention(k + 1, k + 2, found[-1].label, tokens[k + 1].norm, None))
        k += 2
    return out


def _appositions(tokens: Sequence[Token], found: list[Mention]) -> list[Mention]:
    """A title before a name is in apposition to it: the person or organisation is the actor (Мемлекет басшысы
    Қасым-Жомарт Тоқаев, компания басшысы Нұрлан Жұмасұлтанов, құрылыстың бас мердігері «Бек» компаниясы), the span
    covers both. A name in quotes before the head noun phrase it names is one actor («Самұрық-Қазына» қоры): the name,
    the span with the head; so are an organisation and its people after it (бөлімі өкілдері). A place in the
    attributive locative before a mention is part of it (Алматыдағы АҚШ елшілігі)."""
    out: list[Mention] = []
    for mention in found:
        before = out[-1] if out else None
        if before and before.last == mention.first and "ATTR" in w.glosses(tokens[before.last - 1]):
            out[-1] = mention._replace(first=before.first)  # Өскемендегі | РФ бас консулы: a place where, no actor
        elif before and before.last == mention.first and _regional(tokens, before, mention):
            out[-1] = mention._replace(first=before.first)  # Павлодар облысы | Қазақстан халқы Ассамблеясы
        elif before and mention.label in ("PERSON", "ORGANISATION") and before.label == "ACTOR" \
                and all(t.norm in OPENING_QUOTES for t in tokens[before.last : mention.first]) \
                and w.case(tokens[before.last - 1]) == "Nom" \
                and (w.possessed(tokens[before.last - 1]) or case(tokens, mention) == "Nom"):
            # (not ұжым Нұрсұлтан Назарбаевтың есімін: a bare noun before a genitive name is no title)
            out[-1] = mention._replace(first=before.first)
        elif before and before.label in ENTITY_ACTORS and mention.label == "ACTOR" \
                and w.possessed(tokens[mention.last - 1]) and (
                    mention.first > before.last and all(t.norm in CLOSING_QUOTES for t in tokens[before.last : mention.first])
                    or before.label == "ORGANISATION" and before.last == mention.first == mention.last - 1
                    and (w.case(tokens[before.last - 1]) == "Gen" or w.possessed(tokens[before.last - 1]))):
            opened = mention.first > before.last and before.first > 0 and tokens[before.first - 1].norm in OPENING_QUOTES
            out[-1] = before._replace(first=before.first - int(opened), last=mention.last)  # «Бек» өкілдері, ... бөлімі
            # өкілдері: its people act for it; the span takes the name's opening quote with its closing one
        else:
            out.append(mention)
    return out


def _coordinated(between: Sequence[Token]) -> bool:  # мен, және or a comma between two conjuncts
    return len(between) == 1 and between[0].norm.lower() in suffixes.coordinators()


def _countries_bodies(tokens: Sequence[Token], places: Sequence[Mention], candidates: Sequence[Mention]) -> list[Mention]:
    """A country in the nominative right before a body's capital abbreviation, the subject (Ресей СІМ бұған наразылық
    білдірді: Russia's foreign ministry), is one actor linked to the country; not before a noun the abbreviation
    modifies (Ресей НАТО бастамасын) nor an abbreviation in another case (Ресей НАТО-ға қарсы: two parties)."""
    out = []
    for place in places:
        at = place.last
        if not place.country or at + 1 >= len(tokens) or w.case(tokens[at - 1]) != "Nom" or w.possessed(tokens[at - 1]):
            continue
        word = tokens[at]
        if word.norm.isupper() and word.norm.isalpha() and w.case(word) in ("Nom", None) \
                and not abbreviations.modifies(tokens[at + 1]) \
                and any(m.first == at and m.last == at + 1 and m.label == "ORGANISATION" for m in candidates):
            out.append(Mention(place.first, at + 1, "ORGANISATION", f"{place.canonical} {word.norm}", place.link))
    return out


def _regional(tokens: Sequence[Token], place: Mention, organisation: Mention) -> bool:
    """A region or city named with its possessed head (облысы, қаласы) right before an organisation's possessed name,
    the subject or a possessor, is the branch's place, no actor of its own (Павлодар облысы Қазақстан халқы
    Ассамблеясы); not a country, not before a partner (Алматы облысы «Бек» компаниясымен: two parties)."""
    return place.label == "GPE" and not place.country and w.possessed(tokens[place.last - 1]) \
        and organisation.label == "ORGANISATION" and w.possessed(tokens[organisation.last - 1]) \
        and case(tokens, organisation) in ("Nom", "Gen")


def _shared_possessors(tokens: Sequence[Token], found: list[Mention], places: list[Mention]) -> list[Mention]:
    """Places coordinated before the place that opens an actor phrase possess its head too: Жапония мен
    Кореяның балық аулаушылары, Жапония мен Корея компаниялары are Japan's fishermen and Korea's, Japan's companies and
    Korea's, one actor each, named alike (Жапония балық аулаушылары, Корея балық аулаушылары; linked JP, KR); Алматы мен
    Шымкент әкімдіктері, the two cities' akimats, not the city Алматы."""
    out = list(found)
    opening = {p.first: p for p in places}
    for k in range(len(out) - 1, 0, -1):
        phrase = out[k]
        place = opening.get(phrase.first)
        if phrase.label != "ACTOR" or place is None or place.last >= phrase.last \
                or (w.case(tokens[place.last - 1]) != "Gen" and not w.possessed(tokens[phrase.last - 1])):
            continue
        if place.country and place.last + 1 == phrase.last and w.lemma(tokens[place.last]) in COUNTRY_HEADS \
                and w.case(tokens[place.last - 1]) != "Gen":  # АҚШ, Ресей және Өзбекстан елдері: the countries
            out[k] = place._replace(last=phrase.last)
            continue
        head = _one_each(tokens[place.last : phrase.last])
        j = k
        while j > 0 and out[j - 1].label == "GPE" and out[j - 1].country == place.country \
                and case(tokens, out[j - 1]) == "Nom" \
                and _coordinated(tokens[out[j - 1].last : out[j].first]):
            j -= 1
            out[j] = out[j]._replace(label="ACTOR", canonical=f"{out[j].canonical} {head}", country=False)
        if j < k:
            out[k] = phrase._replace(canonical=f"{place.canonical} {head}", link=phrase.link or place.link)  # Кореяның -> Корея
    return out


def _one_each(words: Sequence[Token]) -> str:
    """A shared head as each place's own: a body a place has one of in the singular (Алматы мен Шымкент әкімдіктері:
    Алматы әкімдігі), other heads as written (Жапония мен Корея компаниялары: many companies each)."""
    *left, last = words
    if w.lemma(last) in ONE_PER_PLACE and w.plural(last):  # the word's own reading, in the nominative, less its plural
        own = [f for f in (last.analyses[0].feats or "").split("|") if f != "Number=Plur" and not f.startswith("Case=")]
        singular = generate(w.lemma(last), "|".join(["Case=Nom", *own]))
        return " ".join([*(t.norm for t in left), *singular[:1]] if singular else (t.norm for t in words))
    return " ".join(t.norm for t in words)


def case(tokens: Sequence[Token], mention: Mention) -> str | None:
    """The mention's case: its last word's; a name is a noun whatever its ending looks like (Шони, read шоны-й: Nom);
    a name in brackets right after a word, that word's (банкімен (АДБ): the abbreviation of who is named before); a
    genitive before өзі, the nominative ("X itself")."""
    if 1 < mention.first and mention.last < len(tokens) and tokens[mention.first - 1].norm == "(" \
            and tokens[mention.last].norm == ")" and tokens[mention.first - 2].text.isalpha():
        return w.case(tokens[mention.first - 2])
    last = tokens[mention.last - 1]
    if mention.last < len(tokens) and tokens[mention.last].norm.lower() in ITSELF and w.case(last) == "Gen" \
            and next((w.verb_form(t) for t in tokens[mention.last + 1 :] if w.verb_form(t)), None) != "Part":
        return "Nom"  # Үкіметтің өзі, Samsung компаниясының өзі: "X itself", the subject (not Үкіметтің өзі 2020 жылы
        # бекіткен бағдарлама: the relative clause's)
    if _compound_half(tokens, mention.last):
        return None  # EXPO-қалашығының маңында: the name is the first half of a word, no argument of its own
    found = w.case(last)
    if found in (None, "Nom") and mention.label in ENTITY_ACTORS and _inflected(last, mention):
        return None  # Бакуде, guessed a nominative name
    if found is None and mention.label in ENTITY_ACTORS and last.norm[:1].isupper():
        return "Nom"
    return found


def _inflected(last: Token, mention: Mention) -> bool:
    """A name the analyser cannot read that the recogniser named by its stem, a case ending after it (Бакуде: Баку and
    a locative the lexicon's harmony does not give, guessed a name in the nominative): no subject."""
    stem = (mention.canonical or "").rsplit(" ", 1)[-1].lower()
    low = last.norm.lower()
    return bool(stem) and low != stem and low.startswith(stem) and low[len(stem):] in suffixes.case_endings()


def _legal_form(tokens: Sequence[Token], after: int) -> int | None:
    """Where the abbreviations of a company's legal form right after a name end, past its closing quote (ЖШС-ге, ҰК
    АҚ), or None."""
    k = after + (after < len(tokens) and tokens[after].norm in CLOSING_QUOTES)
    if k >= len(tokens) or split_hyphen(tokens[k].norm)[0] not in LEGAL_FORMS:
        return None
    while k + 1 < len(tokens) and split_hyphen(tokens[k + 1].norm)[0] in LEGAL_FORMS:
        k += 1
    return k


def _copula_complement(tokens: Sequence[Token], after: int) -> bool:
    """The mention stands bare before a verbal noun of бол- (ұшқыш болуды, мүше болуға): the copula's complement, what
    one is to become (дәрігер болуды армандаған), no actor; the name before it stays one (Украина | НАТО-ға мүше)."""
    return after < len(tokens) and w.lemma(tokens[after]) == "бол" and w.verb_form(tokens[after]) == "Ger" \
        and w.case(tokens[after - 1]) in (None, "Nom")


def _compound_half(tokens: Sequence[Token], after: int) -> bool:
    """A hyphen glued on both sides to a lower-case word follows: EXPO-қалашығы, a compound the name modifies."""
    if after + 1 >= len(tokens) or tokens[after].norm != "-":
        return False
    hyphen, word = tokens[after], tokens[after + 1]
    return tokens[after - 1].end == hyphen.start and hyphen.end == word.start and word.text[:1].islower()


def _entities(tokens, entities, places: list[Mention]) -> list[Mention]:
    # Ұлттық банк, Тоқаев; "Қазақстан ЕАЭО" read as one name: the place, then ЕАЭО alone
    place_at = {p.first: p for p in places}
    titles = _titles_after_names(tokens, entities)
    found = []
    for first, last, span in entities:
        if span.label not in ENTITY_ACTORS:
            continue
        place, span_first = place_at.get(first), first
        quoted = first > 0 and tokens[first - 1].norm in OPENING_QUOTES  # «Астана банк» АҚ: the place is the name's
        if place and place.last < last and not w.possessed(tokens[last - 1]) and not quoted:
            first = place.last
        if place and place.last >= last:
            continue
        words = phrases.written(tokens, first, last)
        reading = tokens[last - 1].analyses[:1]
        name, _ = canonical(words, "ORGANISATION", reading[0].morphemes if reading else ())
        if first == span_first and span.canonical and " " in span.canonical and split_hyphen(span.text)[0].isupper():
            name = span.canonical  # an abbreviation the text defines: Халықаралық валюта қоры (ХВҚ) ... ХВҚ-ның
        elif span.label == "PERSON" and first == span_first and span.canonical \
                and len(span.canonical.split()) > len(words):
            name = span.canonical  # a last name alone, of a person the text named in full: Сүлейменов -> Тимур Сүлейменов
        link = place.link if place and place.country and first == place.first else None
        if span.label == "PERSON" and last in titles:  # Орыс | хан (KazNERD's PERSON and POSITION): one bearer
            name, last = f"{name or ' '.join(words)} {w.lemma(tokens[last])}", last + 1
        elif span.label == "PERSON" and last < len(tokens) and w.honorific(tokens[last]):
            last += 1  # Анналена Бербок ханым, Смит мырзаның: the person, named without the honorific
        if (form := _legal_form(tokens, last)) is not None:  # «Сарыарқа Мыс» ЖШС-ге: the company with its legal form
            last = form + 1
            first -= first > 0 and tokens[first - 1].norm in OPENING_QUOTES
        found.append(Mention(first, last, span.label, name or " ".join(words), link))
    return found


def _titles_after_names(tokens: Sequence[Token], entities) -> set[int]:
    """Where a ruler's title (`ner.historical.TITLES_AFTER_NAMES`) follows a person's name, as the recogniser writes
    it (Абылай | хан, Орыс | ханға: KazNERD's POSITION after the PERSON): the name and the title are one actor, named
    with the title; not another post in apposition (Асқар Мамин | премьер-министр ретінде: the person alone)."""
    persons_end = {last for _, last, span in entities if span.label == "PERSON"}
    return {first for first, last, span in entities if span.label == "POSITION" and first in persons_end
            and last == first + 1 and tokens[first].norm.islower() and w.lemma(tokens[first]) in TITLES_AFTER_NAMES}


def _pronouns(tokens: Sequence[Token]) -> list[Mention]:
    # ол, олар; not ол before a noun (ол жобалар: those projects) unless the parse makes it the subject and the noun
    # no subject of its own (ол облыс атқару комитетінің төрағасы болды: he)
    return [Mention(i, i + 1, "ANAPHOR", t.norm, None) for i, t in enumerate(tokens)
            if t.norm.lower() in w.PRONOUNS and t.upos == "PRON"
            and (not (i + 1 < len(tokens) and tokens[i + 1].upos == "NOUN" and w.case(tokens[i + 1]) == "Nom")
                 or _subject_before_modifier(tokens, i))]


def _subject_before_modifier(tokens: Sequence[Token], i: int) -> bool:
    """ол at `i` is the subject the parse makes it, and the noun after it a word inside its predicate or object (ол
    облыс атқару комитетінің төрағасы болды, ол су құбырын салуды қолдады: he): from that noun up to ол's head the
    parse passes no subject (ол ел ... мүдделі, ол облыс әкімдігі ... жоспарлап отыр: that country, that akimat) and
    no bare noun leaning on a noun not possessed (ол елдер санкцияларды, ол министр жобаны: those countries, that
    minister; a bare noun modifies a possessed one only), and ол does not lean on the noun itself (ол ұйым)."""
    offset = _first_index(tokens)
    if tokens[i].deprel != "nsubj" or offset is None:
        return False
    k, predicate = i + 1, tokens[i].head - offset
    for _ in tokens:  # up the noun's heads, at most once per token
        if k == predicate:
            return k != i + 1
        token = tokens[k]
        head = k if token.head is None else token.head - offset
        if not 0 <= head < len(tokens) or head == k or token.deprel == "nsubj" \
                or token.deprel == "nmod:poss" and not w.possessed(tokens[head]):
            return False
        k = head
    return False


def _first_index(tokens: Sequence[Token]) -> int | None:
    """The index in Doc.tokens of tokens[0] (the parse's heads count from the document's start), read off the root,
    which is its own head; None without a parse."""
    return next((t.head - k for k, t in enumerate(tokens) if t.deprel == "root" and t.head is not None), None)
