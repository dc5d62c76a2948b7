"""Key terms: the nouns, noun phrases and named entities a document is about, most salient first.

Kazakh noun phrases put modifiers before the head noun, so a candidate is a run of adjectives and bare
nouns closed by a noun in any form, and every tail of that run: "сыртқы сауда айналымының" gives
"сыртқы сауда айналымы", "сауда айналымы" and "айналым". Named entities count by their canonical name
(АҚШ-тың and АҚШ are one term); the words inside any entity, numeric ones included, are not read again.
Mentions count by lemma, so мұнайды and мұнайдың are one term.

A term scores count x idf, with the idf of its rarest word in a background of news sentences
(background.tsv, built by `python -m tools.keyterms.build`); a term whose every mention lies inside
the mentions of a better one (айналым inside сауда айналымы) is left out. A possessed noun alone
(жұмыстардың көлемі, "the volume of work") counts less the more the background uses it possessed: it is
mostly a relation (volume, level, part of something), not what the text is about.
"""
from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import replace
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

from taldau.cache import CHEAP_WORDS
from taldau.component import Component
from taldau.doc import Doc, KeyTerm, Span, Token
from taldau.langid import identify
from taldau.langid.features import CYRL, LATN
from taldau.morph import POSTPOSITION_CASES, abbreviation, lemmatize, names
from taldau.morph.phrases import followers
from taldau.morph.suffixes import CASE_GLOSSES
from taldau.ner.canonical import NUMERIC
from taldau.translit import translit
from taldau.translit.alphabets import written_in

BACKGROUND = Path(__file__).with_name("background.tsv")
HEADS = frozenset({"NOUN", "PROPN"})
MODIFIERS = HEADS | {"ADJ"}
CASES = CASE_GLOSSES  # morpheme glosses dropped from a head
POSSESSIVES = frozenset({"PX1SG", "PX2SG", "PX2SG.FORM", "PX1PL", "PX2PL", "PX3"})  # ... and after adjectives only
MAX_WORDS = 4
MIN_LETTERS = 3
QUOTES = "\"'«»“”„ "
# existence, modality, the copula's verbal noun (мүдделі екендігін "that it is interested") and the words that state a
# stance (ниетті, зәру, мұқтаж, мүдделі; әзірге "for now"): never terms (not дайын, of дайын өнім "finished goods")
PREDICATES = frozenset({"бар", "жоқ", "керек", "тиіс", "мүмкін", "қажет", "екендік", "ниет", "ниетті", "зәру", "мұқтаж",
                        "мүдделі", "әзір"})
TOP = 20
# adjectives that judge or measure (a new plant, a big city, many rivers) and so name no kind of thing: a phrase
# does not begin with them (жаңа зауыт -> зауыт), while classifying ones stay (жасанды интеллект, ауыр өнеркәсіп)
EVALUATIVE = frozenset({"жаңа", "ескі", "жақсы", "жаман", "үлкен", "кіші", "кішкентай", "ірі", "көп", "аз", "әдемі",
                        "көрікті", "керемет", "тамаша", "маңызды", "басты", "түрлі", "әртүрлі", "көптеген",
                        "бірнеше", "барлық", "бүкіл", "кейбір", "белгілі", "қазіргі", "ұзақ", "қысқа"})
CONTACT_SIGNS = ("@", "://", "www.")  # an e-mail address or a link, not a site named by its domain (Kolesa.kz)
VERB_ARGUMENTS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl"})  # relations of no noun modifier
CLAUSE_WORDS = 5
FOREIGN = frozenset({"ru", "en"})  # sentences in these languages give no candidates
COMMON_NAMES = frozenset({"DISEASE"})  # entities named by a common noun, capitalised only first in a sentence

Range = tuple[int, int]  # token indices [first, last)
Key = tuple[str, ...]


class Background(NamedTuple):
    documents: int
    df: dict[str, int]  # lemma -> number of documents it occurs in
    possessed: dict[str, float]  # noun lemma -> share of its uses with a possessive ending


@cache
def background() -> Background:
    """The background counts (background.tsv: lemma, documents, noun uses, possessed noun uses)."""
    lines = BACKGROUND.read_text(encoding="utf-8").splitlines()
    df, possessed = {}, {}
    for line in lines[1:]:
        lemma, n, nouns, owned = line.split("\t")
        df[lemma] = int(n)
        if int(nouns):
            possessed[lemma] = int(owned) / int(nouns)
    return Background(int(lines[0].split("\t")[1]), df, possessed)


def idf(lemma: str) -> float:
    """Smoothed inverse document frequency; a lemma the background never saw twice gets the highest."""
    documents, df, _ = background()
    return math.log((documents + 1) / (df.get(lemma, 0) + 1)) + 1


def lemma_key(token: Token) -> str | None:
    """The lower-cased lemma of a word that can be part of a term (noun, proper noun, adjective)."""
    if not token.analyses:
        return None
    reading = token.analyses[0]  # what token.lemma and token.upos read, without their two calls
    return _lemma_key(reading.lemma, reading.upos)


@lru_cache(maxsize=CHEAP_WORDS)
def _lemma_key(lemma: str | None, upos: str | None) -> str | None:
    """`lemma_key` of a lemma and UPOS, worked out once: a document asks for each of its words several times."""
    if upos not in MODIFIERS or not lemma or not any(ch.isalpha() for ch in lemma):
        return None
    if lemma.endswith("."):  # a word cut short names no term of its own: т.б., мөлш., реж.
        return None
    if len(lemma) < MIN_LETTERS and not lemma.isupper():  # ат, ел, әс; but ЕО, АҚШ
        return None
    lemma = lemma.lower()
    return None if lemma in PREDICATES else lemma


def keyterms(doc: Doc, top: int = TOP) -> tuple[KeyTerm, ...]:
    """The `top` key terms of an analysed Doc (morph, and ner for entities, must have run)."""
    counts: Counter[Key] = Counter()
    example: dict[Key, Range] = {}
    candidates = _merged(doc, list(_candidates(doc)))  # read twice, found once
    for key, span in candidates:
        counts[key] += _weight(doc.tokens, span)
        example.setdefault(key, span)
    scores = {key: n * _rarity(doc, example[key]) for key, n in counts.items()}
    ranked = sorted(scores, key=lambda k: (-scores[k], -_length(k), k))[: 4 * top]  # room for the subsumed
    wanted = set(ranked)
    mentions: dict[Key, list[Range]] = defaultdict(list)
    for key, span in candidates:
        if key in wanted:
            mentions[key].append(span)
    names = {(e.start, e.end): e for e in doc.entities}
    kept: list[KeyTerm] = []
    covered: set[int] = set()
    alphabet = None  # the text's Latin alphabet, read once a term needs it
    for key in ranked:
        spans = mentions[key]
        if all(covered.issuperset(range(*span)) for span in spans):
            continue
        covered.update(i for span in spans for i in range(*span))
        offsets = [(doc.tokens[a].start, doc.tokens[b - 1].end) for a, b in spans]
        labels = Counter(e.label for o in offsets if (e := names.get(o)))
        texts = Counter(_text(doc.tokens[a:b], names.get(o)) for (a, b), o in zip(spans, offsets)).most_common()
        # the mentions' commonest writing of the key's own words (Ахмет Байтұрсынұлы, not Байтұрсынұлы; гипертензия, not
        # Гипертензия first in a sentence), in the script they are written in (Özbekstan in a 2021 text, O'zbekstan in
        # a 2017 one: a Kazakh text in Latin letters is read in Cyrillic)
        text = next((t for t, _ in texts if t == key[1] or key[0] == "name" and t.lower() == key[1]), texts[0][0])
        if CYRL.search(text) and _latin([doc.text[a:b] for a, b in offsets]):
            alphabet = alphabet or written_in(doc.text.split()) or "2021"
            text = translit(text, alphabet=alphabet)
        kept.append(KeyTerm(
            text=text,
            score=round(scores[key], 3),
            count=len(spans),
            mentions=tuple(offsets),
            label=labels.most_common(1)[0][0] if labels else None,
        ))
        if len(kept) == top:
            break
    return tuple(kept)


def _latin(written: list[str]) -> bool:
    """Most of a term's mentions are written in Latin letters."""
    return 2 * sum(bool(LATN.search(m.lower())) and not CYRL.search(m) for m in written) > len(written)


def annotate(doc: Doc) -> Doc:
    """Pipeline component: fills `doc.keyterms`."""
    return replace(doc, keyterms=keyterms(doc))


def _candidates(doc: Doc) -> Iterator[tuple[Key, Range]]:
    """Every mention of every candidate term: the entities, then the noun phrases outside them."""
    tokens = doc.tokens
    entities = list(_entity_ranges(doc))
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


def _merged(doc: Doc, candidates: list[tuple[Key, Range]]) -> list[tuple[Key, Range]]:
    """One term per thing: a surname alone is the person the text names in full (Байтұрсынұлы -> Ахмет Байтұрсынұлы,
    when one person of the text bears it; a first name alone may be another's: Махамбет), and a word capitalised by its
    place alone (Гипертензия first in a sentence) is the common word the text also writes (гипертензия; a country is no
    demonym: Қытай, қытай); a bare singular head word is the organisation the text names most with it (`_bodies`)."""
    proper = {(e.canonical or e.text).lower() for e in doc.entities if e.label not in COMMON_NAMES}  # Қытай, not қытай
    persons: dict[str, set[str]] = defaultdict(set)  # a last name -> the full names ending with it
    for e in doc.entities:
        words = (e.canonical or e.text).lower().split()
        if e.label == "PERSON" and len(words) > 1:
            persons[words[-1]].add(" ".join(words))
    keys = {key for key, _ in candidates}
    alias: dict[Key, Key] = {}
    for kind, text in keys:
        if kind != "name" or " " in text:
            continue
        if len(persons.get(text, ())) == 1 and names.names(text[:1].upper() + text[1:]):  # a surname, not Махамбет
            alias[(kind, text)] = ("name", next(iter(persons[text])))
        elif ("word", text) in keys and text not in proper:
            alias[(kind, text)] = ("word", text)
    bodies = _bodies(doc, candidates)  # Ұйым -> Ислам ынтымақтастығы ұйымы
    if not (alias or bodies):
        return candidates
    merged = []
    for key, span in candidates:
        body = bodies.get(key) if _the(doc.tokens, span) else None
        merged.append((body or alias.get(key, key), span))
    return merged


def _the(tokens: tuple[Token, ...], span: Range) -> bool:
    """A bare head word that can point at one body: one word, singular, after no determiner or number (Ұйым ...; not
    ұйымдар, әр ұйым, бір ұйым: organisations at large)."""
    first, last = span
    before = tokens[first - 1] if first else None
    return last - first == 1 and "Number=Plur" not in (tokens[first].analyses[0].feats or "") \
        and not (before is not None and before.upos in ("DET", "NUM"))


def _bodies(doc: Doc, candidates: list[tuple[Key, Range]]) -> dict[Key, Key]:
    """A bare head word (ұйым, одақ) as the organisation the text names most with that head, when it is named twice
    or more and at least twice as often as any other with that head: the body the text is about (Ислам
    ынтымақтастығы ұйымы ... Ұйым)."""
    mentions: Counter[str] = Counter()  # by canonical name: ИЫҰ counts for Ислам ынтымақтастығы ұйымы
    heads: dict[str, str] = {}
    for e, first, last in _entity_ranges(doc):
        if e.label == "ORGANISATION":
            mentions[name := (e.canonical or e.text).lower()] += 1
            if " " in name:  # the canonical name's last word (ЕАЭО: Еуразиялық экономикалық одақ)
                heads[name] = lemmatize(name.rsplit(" ", 1)[1]).lower()
    named: dict[str, Counter[str]] = defaultdict(Counter)
    for name, head in heads.items():
        named[head][name] = mentions[name]
    out = {}
    for head, names_of in named.items():
        (name, n), *others = names_of.most_common()
        if n >= 2 and (not others or n >= 2 * others[0][1]) and ("word", head) in {key for key, _ in candidates}:
            out[("word", head)] = ("name", name)
    return out


def _address(e: Span) -> bool:
    """A telephone number, an e-mail address or a link: how to reach something, never what a text is about."""
    return e.label == "CONTACT" and (any(c.isdigit() for c in e.text) or any(s in e.text for s in CONTACT_SIGNS))


def _entity_ranges(doc: Doc) -> Iterator[tuple[Span, int, int]]:
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
            yield ("name", _phrase_text(tokens[first:last]).lower()), (first, last)
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


def _weight(tokens: tuple[Token, ...], span: Range) -> float:
    """How much a mention counts. A possessed noun alone (көлемі, "its volume") names a relation to
    something else, as often as the background uses that noun possessed: көлем 0.9, экономика 0.2."""
    first, last = span
    t = tokens[first]
    if last - first > 1 or "psor" not in (t.feats or ""):
        return 1.0
    return 1.0 - background().possessed.get(lemma_key(t) or "", 0.0)


def _length(key: Key) -> int:
    return len(key[1].split())


def _rarity(doc: Doc, span: Range) -> float:
    """The idf of the term's rarest word."""
    lemmas = [k for t in doc.tokens[span[0] : span[1]] if (k := lemma_key(t))]
    return max((idf(lemma) for lemma in lemmas), default=idf(""))


def _text(tokens: tuple[Token, ...], entity: Span | None) -> str:
    """How a mention is written without its case ending: Ресейдің -> Ресей, мұнайды -> мұнай."""
    if entity is not None:
        return " ".join((entity.canonical or entity.text).strip(QUOTES).split())
    if len(tokens) > 1:
        return _phrase_text(tokens)
    return _cased(tokens[0], tokens[0].lemma or tokens[0].text)


def _phrase_text(tokens: tuple[Token, ...]) -> str:
    """A noun phrase with the case ending taken off its head: ұлттық қордың -> ұлттық қор. The head keeps its
    possessive after a noun (сауда айналымы, a compound) but not after adjectives only, where it agrees with a
    genitive outside the phrase: жылдың сәйкес кезеңімен -> сәйкес кезең."""
    words = [_cased(t, t.norm) for t in tokens[:-1]]  # norm: Cyrillic for a Latin-script word, as the head
    reading = tokens[-1].analyses[0]
    possessed = any(gloss in POSSESSIVES for _, gloss in reading.morphemes)
    if possessed and reading.lemma and not any(t.upos in HEADS for t in tokens[:-1]):
        # жаңа мектебі -> жаңа мектеп (the lemma, not the stem's surface мектеб), then what follows the stem but its
        # cases and possessives (жаңа мектептері -> жаңа мектептер)
        head = reading.lemma + "".join(s for s, gloss in reading.morphemes[1:] if gloss not in CASES | POSSESSIVES)
    else:
        head = "".join(s for s, gloss in reading.morphemes if gloss not in CASES).rstrip("-") or reading.lemma
    return " ".join([*words, _cased(tokens[-1], head)])


def _cased(token: Token, word: str) -> str:
    """`word` lower-cased unless the token is a name, an abbreviation or an unknown word with a capital."""
    if token.upos == "PROPN" or len(token.text) > 1 and token.text.isupper():
        return word
    if token.analyses[0].guessed and token.text[:1].isupper():
        return word[:1].upper() + word[1:]
    first, hyphen, rest = word.partition("-")
    if hyphen and len(first) > 1 and first.isupper():  # IT-маман: an abbreviation before a hyphen keeps its capitals
        return f"{first}-{rest.lower()}"
    return word.lower()


class KeyTerms(Component):
    """The `keyterms` component: the nouns, phrases and entities the document is about."""

    name, requires, assigns = "keyterms", ("sentences", "readings", "entities"), ("keyterms",)

    def __call__(self, doc: Doc) -> Doc:
        return annotate(doc)
