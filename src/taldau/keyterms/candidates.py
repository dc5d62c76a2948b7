"""Candidate terms of a Doc: its entities by canonical name, then every noun phrase outside them and each tail of
it, as (key, token range) mentions counted by lemma. Apart from the scoring (`taldau.keyterms`) because what
counts as a mention is Kazakh grammar (a phrase's head last, modifiers bare, no verb's argument or postposition
inside), while ranking is counting.
"""
from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache

from taldau.cache import CHEAP_WORDS
from taldau.doc import Doc, Span, Token
from taldau.langid import identify
from taldau.morph import POSTPOSITION_CASES, abbreviation
from taldau.morph.phrases import followers
from taldau.morph.suffixes import CASE_GLOSSES
from taldau.ner.canonical import NUMERIC

HEADS = frozenset({"NOUN", "PROPN"})
MODIFIERS = HEADS | {"ADJ"}
CASES = CASE_GLOSSES  # morpheme glosses dropped from a head
POSSESSIVES = frozenset({"PX1SG", "PX2SG", "PX2SG.FORM", "PX1PL", "PX2PL", "PX3"})  # ... and after adjectives only
MAX_WORDS = 4
MIN_LETTERS = 3
# existence, modality, the copula's verbal noun (мүдделі екендігін "that it is interested") and the words that state a
# stance (ниетті, зәру, мұқтаж, мүдделі; әзірге "for now"): never terms (not дайын, of дайын өнім "finished goods")
PREDICATES = frozenset({"бар", "жоқ", "керек", "тиіс", "мүмкін", "қажет", "екендік", "ниет", "ниетті", "зәру", "мұқтаж",
                        "мүдделі", "әзір"})
# adjectives that judge or measure (a new plant, a big city, many rivers) and so name no kind of thing: a phrase
# does not begin with them (жаңа зауыт -> зауыт), while classifying ones stay (жасанды интеллект, ауыр өнеркәсіп)
EVALUATIVE = frozenset({"жаңа", "ескі", "жақсы", "жаман", "үлкен", "кіші", "кішкентай", "ірі", "көп", "аз", "әдемі",
                        "көрікті", "керемет", "тамаша", "маңызды", "басты", "түрлі", "әртүрлі", "көптеген",
                        "бірнеше", "барлық", "бүкіл", "кейбір", "белгілі", "қазіргі", "ұзақ", "қысқа"})
CONTACT_SIGNS = ("@", "://", "www.")  # an e-mail address or a link, not a site named by its domain (Kolesa.kz)
VERB_ARGUMENTS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl"})  # relations of no noun modifier
CLAUSE_WORDS = 5
FOREIGN = frozenset({"ru", "en"})  # sentences in these languages give no candidates

Range = tuple[int, int]  # token indices [first, last)
Key = tuple[str, ...]


def lemma_key(token: Token) -> str | None:
    """The lower-cased lemma of a word that can be part of a term (noun, proper noun, adjective)."""
    if not token.analyses:
        return None
    reading = token.analyses[0]  # what token.lemma and token.upos read, without their two calls
    return _lemma_key(reading.lemma, reading.upos)


@lru_cache(maxsize=CHEAP_WORDS)
def _lemma_key(lemma: str | None, upos: str | None) -> str | None:
    """`lemma_key` of a lemma and UPOS, worked out once: a document asks for each of its words several times."""
    if upos not in MODIFIERS or not lemma or not (lemma.isalpha() or any(ch.isalpha() for ch in lemma)):
        return None  # isalpha() first: a lemma of letters alone (most) is answered without a loop over them
    if lemma.endswith("."):  # a word cut short names no term of its own: т.б., мөлш., реж.
        return None
    if len(lemma) < MIN_LETTERS and not lemma.isupper():  # ат, ел, әс; but ЕО, АҚШ
        return None
    lemma = lemma.lower()
    return None if lemma in PREDICATES else lemma



def find_candidates(doc: Doc) -> Iterator[tuple[Key, Range]]:
    """Every mention of every candidate term: the entities, then the noun phrases outside them."""
    tokens = doc.tokens
    entities = list(entity_ranges(doc))
    foreign = [(s.first, s.last) for s in doc.sentences if s.lang in FOREIGN]  # token ranges, in order

    def in_foreign(i: int) -> bool:
        k = bisect_right(foreign, (i, math.inf)) - 1
        return k >= 0 and i < foreign[k][1]

    for e, first, last in entities:
        if e.label not in NUMERIC and not _address(e) and not in_foreign(first) and not _quoted_clause(e.text, last - first):
            name = (e.canonical or e.text).lower()
            alone = tokens[first] if last - first == 1 else None  # a common noun the recogniser took for a name
            kind = "word" if alone and _kind(alone) == "word" and lemma_key(alone) == name else "name"
            yield (kind, name), (first, last)
    next_entity = 0  # entities and sentences are both in text order
    for sentence in doc.sentences:
        if sentence.lang in FOREIGN:
            continue
        run: list[int] = []  # token indices of the modifiers read so far
        for i in range(sentence.first, sentence.last):
            while next_entity < len(entities) and entities[next_entity][2] <= i:
                next_entity += 1
            t = tokens[i]
            inside = next_entity < len(entities) and entities[next_entity][1] <= i
            if run and _argument(tokens, run[-1]):  # тарап | сотқа (жүгінеді): a subject, not a modifier
                yield from _phrases(tokens, run)
                run = []
            if inside or lemma_key(t) is None or _light_verb_noun(tokens, i) or _postposition(tokens, i):
                yield from _phrases(tokens, run)
                run = []
            elif _attributive(t) or run and not _bare(t) and tokens[run[-1]].upos in HEADS \
                    and (abbreviation(t.analyses[0]) or _unheaded_name(tokens, run, t)):
                # экономикадағы өзгеріс: a mention of экономика, never a phrase's head; тапшылық ЖІӨ-нің: an
                # abbreviation in a case heads no phrase (its possessive ending is not written); әл-Фараби дүниеге
                # (келді): a name modifies a possessed noun only (Қазақстан экономикасы)
                yield from _phrases(tokens, run)
                yield from _phrases(tokens, [i])
                run = []
            elif _bare(t):
                run.append(i)
            else:
                yield from _phrases(tokens, [*run, i] if t.upos in HEADS else run)
                run = []
        yield from _phrases(tokens, run)


def _address(e: Span) -> bool:
    """A telephone number, an e-mail address or a link: how to reach something, never what a text is about."""
    return e.label == "CONTACT" and (any(c.isdigit() for c in e.text) or any(s in e.text for s in CONTACT_SIGNS))


def entity_ranges(doc: Doc) -> Iterator[tuple[Span, int, int]]:
    """Each entity with the tokens [first, last) it covers; entities do not overlap and come in text order."""
    tokens, i = doc.tokens, 0
    for e in doc.entities:
        while i < len(tokens) and tokens[i].end <= e.start:
            i += 1
        j = i
        while j < len(tokens) and tokens[j].start < e.end:
            j += 1
        if i < j:
            yield e, i, j


def _phrases(tokens: tuple[Token, ...], run: list[int]) -> Iterator[tuple[Key, Range]]:
    """Every tail of a run that ends on a noun, up to MAX_WORDS words."""
    while run and tokens[run[-1]].upos not in HEADS:
        run = run[:-1]  # trailing adjectives have no head
    if not run:
        return
    last = run[-1] + 1
    for i in run[:-1]:  # a noun modifying another is a mention of it too: мұнай in мұнай бағасы
        if tokens[i].upos in HEADS:
            yield (_kind(tokens[i]), lemma_key(tokens[i]) or ""), (i, i + 1)
    run = run[_adjectives_start(tokens, run):]
    while len(run) > 1 and (tokens[run[0]].lemma or "").lower() in EVALUATIVE and tokens[run[1]].upos in HEADS:
        run = run[1:]  # жаңа зауыт: a plant; not ұзақ мерзімді жоспар, көп қабатты үй (one adjective of two words)
    for first in run[-MAX_WORDS:]:
        if first < last - 1:  # a phrase is the same term as an entity of that name: Ұлттық қордың, Ұлттық қор
            yield ("name", phrase_text(tokens[first:last]).lower()), (first, last)
        else:
            yield (_kind(tokens[first]), lemma_key(tokens[first]) or ""), (first, last)


def _adjectives_start(tokens: tuple[Token, ...], run: list[int]) -> int:
    """Where a phrase may start in `run`: a bare noun reaches its head across adjectives only when the head is
    possessed (Қазақстан ұлттық құрамасы); before an unpossessed head, the adjectives begin the phrase (Инфляция |
    жылдық көрсеткіште, whatever the parse made of Инфляция)."""
    if "psor" in (tokens[run[-1]].feats or ""):
        return 0
    return next((k + 1 for k in range(len(run) - 2, -1, -1)
                 if tokens[run[k]].upos == "NOUN" and tokens[run[k + 1]].upos == "ADJ"), 0)


def _quoted_clause(text: str, words: int) -> bool:
    """A long Russian "name" is mostly a quoted clause the entity recogniser took for an organisation."""
    if words < CLAUSE_WORDS:
        return False
    guess = identify(text)
    return guess.lang == "ru" and guess.confidence >= 0.9


def _kind(t: Token) -> str:
    """A proper noun or an abbreviation alone is the same term as a name the entity recogniser found."""
    return "name" if t.upos == "PROPN" or len(t.text) > 1 and t.text.isupper() else "word"


def _bare(t: Token) -> bool:
    """A word that can modify the next one: an adjective, or a noun with no case ending and no possessive."""
    feats = t.feats or ""
    return ("Case=" not in feats or "Case=Nom" in feats) and "psor" not in feats


def _argument(tokens: tuple[Token, ...], i: int) -> bool:
    """Whether the noun modifies no noun after it: a plural (журналистер | вакцинация мәселесін), or one the parse (when
    it ran) makes a verb's subject or object or hangs on a word before it (шал мен кемпір | өмір сүріпті)."""
    t = tokens[i]
    if t.upos == "NOUN" and "Number=Plur" in (t.feats or "") and "psor" not in (t.feats or ""):
        return True
    return t.head is not None and t.upos in HEADS and (t.deprel in VERB_ARGUMENTS or t.head <= i)


def _light_verb_noun(tokens: tuple[Token, ...], i: int) -> bool:
    """The noun of a light verb right after it (талап етеді, назар аударды, көмек көрсетті): part of a verb, no term."""
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    return following is not None and following.upos in ("VERB", "AUX") and tokens[i].upos in HEADS \
        and (following.lemma or "").lower() in followers(tokens[i].norm)


def _postposition(tokens: tuple[Token, ...], i: int) -> bool:
    """A word that may be a postposition right after a word in an oblique case (бөлігіне сәйкес, келісімге
    байланысты) is that word's postposition, whatever reading was chosen: no modifier of the noun after it
    (бөлігіне сәйкес | қоғамдық орында; жылдың сәйкес кезеңі, after a genitive, keeps its adjective)."""
    if not i or not any(a.upos == "ADP" for a in tokens[i].analyses):
        return False
    feats = tokens[i - 1].feats or ""
    return any(f"Case={case}" in feats for case in POSTPOSITION_CASES)


def _unheaded_name(tokens: tuple[Token, ...], run: list[int], t: Token) -> bool:
    return tokens[run[-1]].upos == "PROPN" and "psor" not in (t.feats or "")



def _attributive(t: Token) -> bool:
    """A locative + -ғы/-гі word (экономикадағы, елдегі) modifies the next noun; UD tags it Case=Loc."""
    return bool(t.analyses) and any(gloss == "ATTR" for _, gloss in t.analyses[0].morphemes)


def phrase_text(tokens: tuple[Token, ...]) -> str:
    """A noun phrase with the case ending taken off its head: ұлттық қордың -> ұлттық қор. The head keeps its
    possessive after a noun (сауда айналымы, a compound) but not after adjectives only, where it agrees with a
    genitive outside the phrase: жылдың сәйкес кезеңімен -> сәйкес кезең."""
    words = [cased(t, t.norm) for t in tokens[:-1]]  # norm: Cyrillic for a Latin-script word, as the head
    reading = tokens[-1].analyses[0]
    possessed = any(gloss in POSSESSIVES for _, gloss in reading.morphemes)
    if possessed and reading.lemma and not any(t.upos in HEADS for t in tokens[:-1]):
        # жаңа мектебі -> жаңа мектеп (the lemma, not the stem's surface мектеб), then what follows the stem but its
        # cases and possessives (жаңа мектептері -> жаңа мектептер)
        head = reading.lemma + "".join(s for s, gloss in reading.morphemes[1:] if gloss not in CASES | POSSESSIVES)
    else:
        head = "".join(s for s, gloss in reading.morphemes if gloss not in CASES).rstrip("-") or reading.lemma
    return " ".join([*words, cased(tokens[-1], head)])


def cased(token: Token, word: str) -> str:
    """`word` lower-cased unless the token is a name, an abbreviation or an unknown word with a capital."""
    if token.upos == "PROPN" or len(token.text) > 1 and token.text.isupper():
        return word
    if token.analyses[0].guessed and token.text[:1].isupper():
        return word[:1].upper() + word[1:]
    first, hyphen, rest = word.partition("-")
    if hyphen and len(first) > 1 and first.isupper():  # IT-маман: an abbreviation before a hyphen keeps its capitals
        return f"{first}-{rest.lower()}"
    return word.lower()
