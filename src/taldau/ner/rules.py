"""Rules over the CRF's labels, each for a case KazNERD's transcribed news never shows the model.

Each rule takes the sentence's normalised words and IOB2 labels and returns new labels; `apply`
runs them in order (`RULES`), each rule in the module of its concept: those for laws live in `taldau.ner.laws`, for
where a post's name begins and ends in `taldau.ner.positions`, where a body's in `taldau.ner.body_edges`, for bodies
and posts named by their field in `taldau.ner.fields`, for a state's chambers in `taldau.ner.chambers`, for quoted
names in `taldau.ner.quoted`, for places and their bodies in `taldau.ner.places`, for places listed side by side in
`taldau.ner.listed_places`, for abbreviations in
`taldau.ner.abbreviations`, for persons' names in `taldau.ner.persons`, for companies by how their name is written in
`taldau.ner.companies`, for names as the press writes them in `taldau.ner.written`, for common words read as names in
`taldau.ner.commons`, for encyclopedia definitions (X — Y) in `taldau.ner.definitions`, for diseases by name in
`taldau.ner.diseases`, for landmarks by their head word or number in `taldau.ner.landmarks`, for events in
`taldau.ner.events`, for peoples and their languages in `taldau.ner.nations`, for titles of one office in
`taldau.ner.offices`, for rivers and lakes by name in `taldau.ner.waters`, for names of a historical text in
`taldau.ner.historical`, for places beside another name and Arabic names in `taldau.ner.adjacent`, for where a name
begins and ends in `taldau.ner.edges`, a person's in `taldau.ner.person_edges`. A sentence in Russian or English
is not given to the CRF at all (`taldau.ner.foreign`).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache, reduce
from itertools import compress
from operator import or_

from taldau.cache import COSTLY_WORDS
from taldau.morph import suffixes
from taldau.ner import gazetteer, heads
from taldau.ner import words as w
from taldau.ner.adjacent import (
    arabic_names, arabic_particle, articles_begin_names, places_begin_no_persons, places_first_in_sentence,
)
from taldau.ner.abbreviations import (
    abbreviations_read_as_places, coordinated_names, defined_abbreviations, ministries_abbreviated, ministry,
)
from taldau.ner.body_edges import (
    bodies_begun_by_adjectives, bodies_end_at_head, bodies_end_before_local_bodies, bodies_end_before_members,
    bodies_reach_their_head, countries_own_bodies, listed_bodies_end, places_before_bare_heads, places_before_names,
    places_begin_bodies, positions_of_members, unfinished_bodies,
)
from taldau.ner.chambers import CHAMBER_CAPITALS, CHAMBER_STARTS, state_chambers
from taldau.ner.commons import (
    FORMULAS, GREAT, HORDE, ambiguous_months, back_references, formulas, great_names, hordes, indefinite_ones, lowercase_names,
    members_bodies, plural_bodies,
)
from taldau.ner.companies import (
    LEGAL_FORMS, capital_companies, latin_companies, latin_names_begin, latin_names_end, latin_names_no_titles,
    legal_forms,
)
from taldau.ner.definitions import DASHES, bare_dashes, defined_subjects, hyphenated_names
from taldau.ner.diseases import disease_word, diseases
from taldau.ner.edges import (
    DEMONSTRATIVES, MONTH_STARTS, STATE_FORMS, YEAR_ADVERB, countries_before_bodies, demonstratives_begin_no_names,
    demonstratives_end_names, longer_places, names_end_at_place_cases, places_end_at_their_name, pronouns_are_no_names,
    states_by_their_form, words_begin_no_names, years_in_names,
)
from taldau.ner.endings import split_hyphen
from taldau.ner.events import ANNIVERSARY, NEW, WAR, anniversaries, latin_events, named_events, new_year, world_wars
from taldau.ner.features import CLOSE_QUOTES
from taldau.ner.fields import BODIES, VICE, field_bodies, field_head, listed_fields, national_bodies
from taldau.ner.labels import begun
from taldau.ner.historical import KHAN, historical_places, khanates, khans, may_start_place
from taldau.ner.landmarks import (
    NUMBER, landmark_head, landmarks, local_facilities, named_facilities, numbered_facilities,
)
from taldau.ner.laws import (
    ARTICLE_STARTS, BASIC, DOCUMENT_STARTS, articles, basic_law, city_documents, code_word, codes, country_laws,
    law_titles, law_word,
)
from taldau.ner.nations import (
    LANGUAGE_HEAD, MANNER, PEOPLE_STARTS, PEOPLES, SOVIET, demonym, demonyms_before_bodies, demonyms_before_latin,
    demonyms_in_names, joined_peoples, languages_by_manner, listed_languages, peoples_before_persons, peoples_left_out,
    place_demonyms, republic, soviet_republics, soviets,
)
from taldau.ner.offices import (
    CHIEF, HONOUR_STARTS, PRESIDENT, RANK_STARTS, TITLE_STARTS, chief_officers, holders_after_titles,
    honorary_titles, military_ranks, presidents, titles_before_persons,
)
from taldau.ner.person_edges import (
    NAMED_AFTER, countries_end_persons, named_after, persons_before_bodies, persons_end_at_case, persons_start_at_names,
)
from taldau.ner.persons import (
    COUPLED, FAMILY, KIN_STARTS, capitals, coordinated_persons, couples, given_names, initials, patronymic, patronymics, persons_after_first_nouns,
    persons_before_abbreviations, persons_before_kin, persons_end_at_surname, surnames_alone,
)
from taldau.ner.places import DASHES as LONG_DASHES
from taldau.ner.listed_places import (
    coordinated_places, listed_natural_places, listed_regions, places_listed_before,
)
from taldau.ner.places import (
    AREA, EARTH, REGION, SEAT_UNITS, UNIT_ADJECTIVES, VILLAGE_STARTS, areas, countries_left_out, country_of_ours,
    defining_dashes, local_bodies, natural_places, places_end_before_where, places_read_as_persons, regional_bodies,
    regions_read_as_bodies, seats, the_earth, unnamed_local_bodies, villages,
)
from taldau.ner.positions import (
    BODY_TITLE_STARTS, headless_positions, places_begin_names, positions_end_at_head, positions_end_at_title,
    posts_of_unnamed_bodies, quoted_bodies_in_positions,
    titles_of_bodies, titles_of_countries,
)
from taldau.ner.quoted import (
    PARTY_HEADS, awards, listed_quotations, parties, quoted_by_head, quoted_places, quoted_speech, titled_works,
)
from taldau.ner.sites import ORE, SITE_STARTS, STREET_STARTS, routes, sites, streets, streets_named_by_words
from taldau.ner.waters import water, waters
from taldau.ner.written import (
    ASCII_LETTER, CONTACT_CHARACTERS, agencies, body_start, contacts, foreign_names, given_name, known_bodies,
    national_companies,
    national_company, power_plant, power_plants, products,
)


RULES = (
    initials, defining_dashes, bare_dashes, hyphenated_names, defined_subjects, hordes, ambiguous_months, given_names,
    persons_before_kin,
    patronymics, persons_before_abbreviations, holders_after_titles, titles_before_persons, surnames_alone,
    coordinated_persons,
    indefinite_ones, formulas, diseases, places_end_at_their_name, named_facilities, natural_places, the_earth, landmarks, sites, routes, streets,
    streets_named_by_words, waters, known_bodies,
    agencies, foreign_names, contacts, power_plants, products, national_companies, latin_names_end, latin_companies,
    demonyms_before_latin, latin_names_no_titles, capital_companies, legal_forms, named_after, parties,
    quoted_by_head, awards, titled_works, listed_quotations,
    quoted_places, countries_end_persons, years_in_names, demonyms_in_names, demonyms_before_bodies, latin_names_begin,
    latin_events,
    demonstratives_begin_no_names,
    demonstratives_end_names, words_begin_no_names, persons_start_at_names, persons_after_first_nouns,
    persons_end_at_case, persons_end_at_surname, couples, persons_before_bodies, countries_before_bodies,
    countries_left_out, places_read_as_persons, places_end_before_where, state_chambers, longer_places,
    states_by_their_form, areas, villages,
    coordinated_names, abbreviations_read_as_places, ministries_abbreviated, coordinated_places, places_listed_before,
    listed_regions,
    listed_natural_places, peoples_left_out,
    languages_by_manner, joined_peoples, listed_languages, peoples_before_persons, place_demonyms, soviets,
    soviet_republics, regional_bodies, local_bodies, local_facilities, world_wars, anniversaries, numbered_facilities, named_events, field_bodies,
    listed_fields, national_bodies, seats,
    regions_read_as_bodies, codes, basic_law, law_titles, country_laws, city_documents, articles, chief_officers,
    military_ranks, presidents,
    honorary_titles, quoted_bodies_in_positions,
    titles_of_bodies,
    titles_of_countries, positions_end_at_head, positions_end_at_title, bodies_end_at_head, listed_bodies_end,
    bodies_end_before_local_bodies,
    bodies_end_before_members, bodies_begun_by_adjectives,
    bodies_reach_their_head, unfinished_bodies, places_begin_bodies, places_before_bare_heads, headless_positions,
    posts_of_unnamed_bodies,
    countries_own_bodies,
    places_before_names, places_begin_names, defined_abbreviations, positions_of_members, quoted_speech,
    great_names, names_end_at_place_cases, pronouns_are_no_names, plural_bodies, members_bodies,
    unnamed_local_bodies, new_year,
    back_references, places_first_in_sentence, places_begin_no_persons, khanates, khans, historical_places, arabic_names,
    articles_begin_names, lowercase_names,
)


# Rules that change labels only at a word of their own kind, in the order of `_needed`'s tests: a sentence with no
# such word (most sentences) skips the rule, with the same labels. Rules left out look at the labels first, as cheaply.
GATED = ("initials", "hordes", "formulas", "foreign_names", "products", "contacts", "parties", "coordinated_names",
         "codes", "law_titles", "defined_abbreviations", "power_plants", "known_bodies", "named_facilities",
         "natural_places", "local_bodies", "landmarks", "field_bodies", "given_names", "countries_left_out", "waters",
         "national_companies", "agencies", "anniversaries", "numbered_facilities", "named_events",
         "states_by_their_form",
         "local_facilities", "titles_of_bodies", "latin_companies", "capital_companies", "legal_forms",
         "latin_names_end", "latin_names_no_titles", "coordinated_places", "listed_regions", "place_demonyms",
         "couples",
         "basic_law", "regions_read_as_bodies", "longer_places", "bodies_reach_their_head", "peoples_left_out",
         "languages_by_manner", "military_ranks", "presidents", "world_wars", "chief_officers", "state_chambers",
         "areas", "villages", "holders_after_titles", "honorary_titles", "abbreviations_read_as_places",
         "latin_names_begin", "latin_events", "sites", "routes", "streets", "regional_bodies", "country_laws", "soviets",
         # these ask first whether the sentence holds a word of theirs: asked once a word here, with the rest
         "defining_dashes", "bare_dashes", "defined_subjects", "hyphenated_names", "named_after", "quoted_by_head",
         "awards", "quoted_places", "years_in_names", "articles", "quoted_speech", "diseases", "patronymics",
         "listed_languages", "coordinated_persons",
         # these change a label only at a word of their kind: an abbreviation in capitals, a body's or a post's head
         "persons_before_abbreviations", "listed_fields",
         # and these at a word they look for first: жаңа (жыл), a demonstrative, a Latin word, a ministry's initials,
         # Ұлы, a hyphen
         "new_year", "demonstratives_end_names", "demonyms_before_latin", "ministries_abbreviated", "great_names",
         "joined_peoples",
         # and these at a particle of an Arabic name, хан, a historical place, a closing quote
         "arabic_names", "khans", "khanates", "historical_places", "listed_quotations",
         # and these at a closing quote, a kinsman's word, a street's word
         "titled_works", "persons_before_kin", "streets_named_by_words",
         # and these at a Soviet republic's abbreviation, a body's head
         "soviet_republics", "members_bodies",
         # and these at a document's word after a town, Жер
         "city_documents", "the_earth")
_BITS = {name: 1 << k for k, name in enumerate(GATED)}
SURNAMED = frozenset({persons_before_abbreviations, holders_after_titles, surnames_alone})  # rules that read `surnames`
_POWERS = tuple(_BITS.values())


@lru_cache(maxsize=COSTLY_WORDS)
def _needed(word: str) -> int:
    """The bits (`_BITS`) of the rules this word lets run: what each rule itself first asks of a word."""
    low = word.lower()
    head = heads.head(low)
    capital = word[:1].isupper()
    latin, joint, facility = ASCII_LETTER.search(word) is not None, low in suffixes.coordinators(), head == "fac"
    body, law, hyphen_head = body_start(word), law_word(word), split_hyphen(word)[0]
    field = (head or low.startswith(VICE)) and field_head(word)
    tests = (
        len(word) == 2 and word[1] == ".",  # initials: Н.Ә.
        HORDE in low,  # Ұлы жүз
        low in FORMULAS,  # Рахмет
        latin, latin,  # foreign names and products: Air Astana, NVIDIA H100
        CONTACT_CHARACTERS.search(word),  # khabar.kz, 8 (727)
        low.startswith(PARTY_HEADS) or word in CLOSE_QUOTES,  # партиясы, «Абай» романы
        joint,  # және, мен, a comma
        code_word(word), law,  # кодексі, Конституция; заңы
        word == "(",  # defined abbreviations: (ХВҚ)
        power_plant(word),  # ГЭС-і
        body,  # БҰҰ, Шанхай
        facility, head == "loc", head in BODIES,  # named facilities, natural places, local bodies
        head and landmark_head(word), field,  # шатқалы, министрлігі
        capital and word.isalpha() and given_name(word),  # Айгүл
        capital and (w.country((word,)) or country_of_ours(word)),  # countries left out: Жапония, Қазақстаныма
        capital and water(word),  # Сырдария, Ертістің
        capital and national_company(word),  # Қазгидромет
        body,  # БҰҰ Даму бағдарламасы
        low.startswith(ANNIVERSARY[:-1]),  # жылдығы
        low.startswith(NUMBER),  # нөмірі
        head == "event",  # форумы
        low.startswith(STATE_FORMS),  # Республикасы, Корольдігі
        facility, head == "pos" or low.startswith(BODY_TITLE_STARTS),  # зауытында; titles of bodies: төрағасы
        latin, hyphen_head.isupper() and len(hyphen_head) > 3,  # Latin and capital companies: Shell, КАМАЗ, НАТО-ның
        hyphen_head in LEGAL_FORMS,  # ЖШС-ның
        latin, latin,  # Latin names end, and hold no title: IndiGo компаниясы
        joint,  # Тараз бен Меркіде
        low.startswith(SEAT_UNITS),  # Арал, Қазалы және Жалағаш аудандарында
        word.islower() and demonym(word),  # маңғыстаулықтар
        FAMILY.search(word) is not None,  # Сапаровтар
        word == BASIC,  # Ата Заң
        low.startswith(REGION),  # облысын
        word in gazetteer.first_words(),  # Шығыс | Қазақстан
        head == "org",  # ассамблеясының
        word.islower() and low.startswith(PEOPLE_STARTS),  # армяндар
        low.endswith(MANNER) and low[:-2] in PEOPLES,  # немісше
        low.startswith(RANK_STARTS),  # полковник
        low.startswith(PRESIDENT),  # Президентіміздің; президент сайлауы
        low.startswith(WAR),  # соғысқа
        low == CHIEF,  # бас прокурор
        word[:1] in CHAMBER_CAPITALS and low.startswith(CHAMBER_STARTS),  # Үкіметімен
        low.startswith(AREA),  # өңірінде
        low.startswith(VILLAGE_STARTS),  # аулында
        head == "pos" or low.startswith(TITLE_STARTS),  # министрі, Канцлер: a title before its holder's name
        low in HONOUR_STARTS,  # халық әртісі
        hyphen_head.isupper(),  # ҚТЖ read as a place
        latin,  # Үкімет | Eni компаниясымен
        latin,  # Astana Media Week-тың
        low == ORE or low.startswith(SITE_STARTS),  # кен орны, порты, бекінісі
        word in LONG_DASHES,  # Аягөз – Бақты тас жолы
        low.startswith(STREET_STARTS),  # көшелерінің
        low in UNIT_ADJECTIVES,  # облыстық мәслихаты
        law,  # «...» Қазақстан Республикасының Заңына
        word == SOVIET,  # Кеңес Одағы
        word in LONG_DASHES, word in DASHES, word in DASHES, word == "-",  # Ертіс — өзен; Астана - бір
        word == NAMED_AFTER,  # Сәтбаев атындағы
        word == "»", word == "»", word == "»",  # «Астана» қаласы, «Құрмет» орденімен
        word == YEAR_ADVERB or word.startswith(MONTH_STARTS),  # 2022 жылы, 20 сәуірде
        word[:3] in ARTICLE_STARTS,  # 24-бабы
        word in CLOSE_QUOTES,  # «...» деп, «...», — деді
        disease_word(word),  # инфарктқа
        capital and patronymic(word),  # Жақсылыққызы
        word.islower() and word.startswith(LANGUAGE_HEAD),  # орыс, қазақ тілдеріне
        word in COUPLED,  # Макрон мен Шольц
        capitals(word),  # Ердоған | НАТО-ның саммитіне
        field,  # Білім, ғылым және ирригация министрі
        low == NEW,  # Жаңа жыл
        low in DEMONSTRATIVES,  # Ресей | бұл одаққа
        w.latin(word),  # ресейлік | Yandex компаниясы
        ministry(word),  # ДСМ-нің
        word == GREAT,  # Ұлы Жібек жолы
        word == "-",  # қазақ - герман
        arabic_particle(word),  # ибн, ад-Дин
        word.startswith(KHAN), word.startswith(KHAN),  # Абылай хан, Қазақ хандығы
        may_start_place(word),  # Сығанақ
        word == "»",  # «Синьхуа» және «Қамқор» агенттіктері
        word == "»",  # «Жаңа толқын» атты кітабы
        word.islower() and word.startswith(KIN_STARTS),  # Клара | апамыз
        low.startswith(STREET_STARTS),  # Бейбітшілік | даңғылы
        republic(word),  # Қазақ | КСР-інің
        head == "org",  # Кәсіпкерлер | одағы
        word.startswith(DOCUMENT_STARTS),  # Париж | келісімі
        word.startswith(EARTH),  # Жердің серігі
    )
    return sum(compress(_POWERS, tests))


_ANY = 1 << len(GATED)  # the bit every sentence holds: that of the rules left out of GATED


@lru_cache(maxsize=4)
def _gated(rules: tuple[Callable, ...]) -> tuple[tuple[Callable, int, bool], ...]:
    """Each rule with the bit a sentence must hold for it to run and whether it reads `surnames`, worked out once:
    a sentence asks it of every rule."""
    return tuple((rule, _BITS.get(rule.__name__, _ANY), rule in SURNAMED) for rule in rules)


def apply(words: Sequence[str], labels: Sequence[str], surnames: frozenset[str] | None = None) -> list[str]:
    """`RULES` in order over one sentence; `surnames`, those the rules of persons know (`persons.known_surnames` of the
    model that gave `labels`; the shipped model's by default)."""
    held = reduce(or_, map(_needed, words), _ANY)
    out = begun(labels)
    for rule, bit, surnamed in _gated(RULES):
        if held & bit:
            out = rule(words, out, surnames) if surnamed else rule(words, out)
    return out
