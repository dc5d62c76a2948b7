"""Kazakh morphology: analysis, generation and lemmatisation.

    >>> analyze("қазақстанның")[0]
    Analysis(lemma='Қазақстан', upos='PROPN', feats='Case=Gen', ...)
    >>> generate("бала", "Case=Gen|Number=Plur")
    ['балалардың']

A frequent word form's readings are read as compiled at build time (`forms`, the same readings);
any other word runs a chain of units, each a module, ending in a guesser that always answers: shape (punctuation, numbers) -> dictionary (`lookup`) -> hesitations and abbreviations (`shapes`) ->
Latin-script Kazakh through its Cyrillic spelling (`latin`) -> hyphenated words, ё for е (`shapes`) ->
patronymics and surnames (`names`) -> compounds of a quantity and a known adjective (`prefixes`: көпвекторлы) ->
misspellings of a dictionary word, read with Typo=Yes
(`misspellings`) -> `guesser`.
The lexicon is compiled offline (`python -m tools.morph.build`) and loaded on first use.
Lemmas follow UD Kazakh-KTB: verb stems without -у (оқы), proper nouns capitalised.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache

from ..cache import COSTLY_WORDS
from ..component import Component
from ..doc import Analysis, Doc
from ..langid.letters import KAZAKH_CYRL
from . import forms, latin, lookup, names  # units as modules: `taldau.morph.lookup` is the module, not its function
from .guesser import guess
from .misspellings import misspelt
from .prefixes import prefixed
from .shapes import hyphenated, number, punctuation, respelled, sounds

__all__ = ["Analysis", "Morphology", "abbreviation", "analyze", "analyze_many", "annotate", "generate", "lemmatize",
           "postposition_fits"]


@lru_cache(maxsize=COSTLY_WORDS)
def _analyze(word: str) -> tuple[Analysis, ...]:
    return forms.readings(word) or _search(word)


def _search(word: str) -> tuple[Analysis, ...]:
    """The readings the chain of units gives `word` (what the whole-form table compiles)."""
    if not word:
        raise ValueError("cannot analyse an empty string")
    for unit in (punctuation, number, lookup.lookup, sounds):
        readings = unit(word)
        if readings:
            return tuple(readings)
    readings = (latin.latin(word, _analyze) or hyphenated(word, _analyze) or respelled(word, _analyze)
                or names.names(word) or prefixed(word, lookup.lookup))
    if readings:
        return tuple(readings)
    readings = misspelt(word)
    if readings and not word[:1].isupper():
        return tuple(readings)
    return tuple(readings + guess(word))  # a capitalised word the lexicon lacks may be a name (Танысбай)


# Postpositions that are adverbs too, and the case they govern as postpositions: соғыстан бұрын "before the war", but
# Үкімет бұрын қолдаған "the government formerly supported"; 2030 жылға дейін.
GOVERNED_CASES = {"бұрын": "Abl", "кейін": "Abl", "бері": "Abl"}
# All postpositions the tagger may take for a twin of theirs (жуық "near", басқа "other", қарсы "opposite"; дейінгі,
# кейінгі attributive), and the case they govern: after a word in it they are postpositions (долларға жуық, жарынан
# басқа, дағдарысқа қарсы, соғыстан кейінгі; UD KTB: ADP 22 of 23 there; астам left out, ADJ 3 of 4 after -нан).
GOVERNING = {**GOVERNED_CASES, "жуық": "Dat", "басқа": "Abl", "қарсы": "Dat", "дейін": "Dat", "шейін": "Dat",
             "таман": "Dat", "қарай": "Dat", "гөрі": "Abl"}
# The words that govern a dative before them, postpositions or their adjective twins: өсуіне байланысты, заңға сәйкес,
# неге қатысты ("on what"); the tagger and the stance rules read them.
DATIVE_GOVERNORS = frozenset({"байланысты", "сәйкес", "қатысты", "қарай", "дейін", "орай"})
# Postpositions of likeness, "like, such as": the phrase they close qualifies the noun after it (X, Y сынды
# саясаткерлер; мереке сияқты күн "a day like a holiday"), where other postpositions close the phrase before them.
SIMILATIVES = frozenset({"сияқты", "сынды", "секілді", "тәрізді", "іспетті"})
NOMINALISING = frozenset({"соң", "сайын"})  # postpositions after which a participle is a verbal noun: келген соң
POSTPOSITION_CASES = frozenset({"Dat", "Abl", "Ins"})  # what postpositions govern: бөлігіне сәйкес, соғыстан кейін
NOMINATIVE_JOINERS = frozenset({"мен"})  # the conjunction and postposition мен/бен/пен join a bare nominal: әкем мен шешем
CONCESSIVE = frozenset({"да"})  # the particle that makes a conditional concessive: барса да, "even if he goes"
# The particles "too, also" that are conjunctions only between like words (қайырлы да құтты; Алматыда да, Астанада да):
# біз де келдік, халық та, Компания сондай-ақ... are adverbs (UD KTB: да ADV 27 times, CCONJ 5; сондай-ақ inside
# a sentence ADV 3 of 3).
ADDITIVE = frozenset({"да", "сондай-ақ"})
# The numeral that is also the indefinite article before a noun phrase (бір жаман сезім, бір үйде: UD KTB DET 10 times
# there, NUM 4); "one" before a number, a half, or a unit of time or of times (бір мың, бір жарым, тағы бір жылға,
# бір рет): what it counts.
INDEFINITE = frozenset({"бір"})
# The words that compare an amount with an ablative: бірден аз, "less than one"; оннан астам, "more than ten".
COMPARING = frozenset({"аз", "көп", "артық", "кем", "астам"})
COUNTED = frozenset({"жарым", "жарты", "жыл", "ай", "апта", "күн", "тәулік", "сағат", "минут", "секунд", "ғасыр",
                     "рет", "есе"})
# The verbs UD Kazakh-KTB ever tags AUX: the copulas бол and е, and the aspect auxiliaries after a converb (жазып
# отыр, келе жатыр, айта бер, түсіне алмады). Other verbs after a converb stay VERB there (оқып шықты, алып кетті,
# өлтіріп тастады, аудара бастады), though the analyser gives кет, шық, таста... an AUX reading too.
ASPECT_AUXILIARIES = frozenset({"отыр", "жат", "тұр", "жүр", "қал", "ал", "бер", "кел"})
# The other verbs that, after a converb, add a manner or a phase to it (оқып шықты, read through; арта түсті, grew more;
# аралап көрді, looked round; аудара бастады, began to turn): UD Kazakh-KTB tags them VERB, but the converb before
# them, as before an aspect auxiliary, VerbForm=Inf (news and Wikipedia: 9 of 9; Conv 20 of 20 before other verbs).
VECTORS = frozenset({"шық", "түс", "көр", "кет", "баста", "біл", "таста", "жібер", "сал", "қой"})
COPULAS = frozenset({"бол"})  # after a nominal predicate (жас болды, жау болып кетті; KTB: AUX 61 of 69)
AUXILIARIES = ASPECT_AUXILIARIES | COPULAS | {"е"}
NEGATORS = frozenset({"емес", "жоқ"})
# The particle of supposition after a predicate that ends a clause: дұрыс шығар, келген шығар ("probably right", "has
# probably come"); elsewhere the same word is a verb (кітапты шығар, take the book out; күн шығар, the sun will rise).
SUPPOSITIVE = frozenset({"шығар"})
# The particles that lean on the word before them and never open a clause: келді ғой ("he did come"), келді ме? ("did
# he come?"), сен ше? ("and you?"); at a sentence's head the same spelling is another word (Қой!, "stop!").
ENCLITICS = frozenset({"ғой", "ма", "ше"})
# The nouns after which a number in digits is an ordinal (UD KTB: NumType=Ord): a month after its day (24 қаңтар, the
# 24th of January), a century (21 ғасыр); a year (2008 жыл, 1939 ж.) when it has four digits (30 жыл: thirty years).
MONTHS = frozenset({"қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
                    "қараша", "желтоқсан"})
ORDINAL_HEADS = MONTHS | {"ғасыр", "ғ."}
# The lemmas of the first and second person pronouns (the table lemmatises сендердің to сен or сендер): a noun after
# their genitive bears their person (менің үйім, сіздің еліңіз).
SPEAKERS = frozenset({"мен", "сен", "біз", "сіз", "сендер", "сіздер"})
YEAR_HEADS = frozenset({"жыл", "ж."})  # the words that negate what stands before them: қолдаған жоқ, асқан жоқ


def postposition_fits(reading: Analysis, before: Sequence[Analysis]) -> bool:
    """Whether a reading may stand after a word of these readings: a postposition of `GOVERNING` only after a word
    one of whose readings is in the case it governs (not Үкімет бұрын, an adverb after a nominative; not тарихқа
    басқа қырынан, the adjective "other")."""
    case = GOVERNING.get(reading.lemma) if reading.upos == "ADP" else None
    return case is None or any(f"Case={case}" in (a.feats or "") for a in before)


def abbreviation(reading: Analysis) -> bool:
    """A reading of a capital abbreviation (НАТО, ЖІӨ, ЕҚДБ-ның): its lemma is written in capitals."""
    return len(reading.lemma) > 1 and reading.lemma.isupper()


def analyze(word: str) -> list[Analysis]:
    """Readings of one word, most likely first; never empty (guessed readings say so)."""
    return list(_analyze(word))


def analyze_many(words: Iterable[str]) -> list[list[Analysis]]:
    """Readings for each word of a text; repeated words are analysed once."""
    return [list(_analyze(w)) for w in words]


def generate(lemma: str, feats: str) -> list[str]:
    """Word forms of `lemma` with `feats` (UD "Case=Gen|Number=Plur" or UniMorph "N;GEN;PL"); the
    generator is imported on first use, as analysis never needs it."""
    from .generator import generate as forms

    return forms(lemma, feats)


def lemmatize(word: str) -> str:
    return _analyze(word)[0].lemma


FOREIGN = frozenset({"ru", "en"})  # Sentence.lang of sentences whose words get no Kazakh reading


def _punct(norm: str) -> bool:
    return all(a.upos == "PUNCT" for a in _analyze(norm))


def annotate(doc: Doc) -> Doc:
    """Pipeline component: every token gets its readings (the most likely first); the words of a sentence
    `taldau.langid` marked Russian or English get one reading, Foreign=Yes, not a Kazakh guess.
    Punctuation keeps its own spelling as lemma (UD KTB: – stays –, though normalised to —)."""
    foreign = {i for s in doc.sentences for i in (
        range(s.first, s.last) if _foreign_sentence(s, doc)
        else _foreign_quotes(doc, s.first, s.last) if not QUOTES.isdisjoint(doc.text[s.start : s.end]) else ())}
    readings = [_foreign(t.norm) if i in foreign
                else _analyze(t.text if t.norm != t.text and _punct(t.norm) else t.norm)
                for i, t in enumerate(doc.tokens)]
    for s in doc.sentences:
        for i in range(s.first + 1, s.last):
            if doc.tokens[i].text[:1].isupper():  # most words are not: no call
                readings[i] += _names_beside_verbs(doc.tokens[i].text, readings[i], doc.tokens[i - 1].norm)
    tokens = tuple(t.with_analyses(r) for t, r in zip(doc.tokens, readings))
    return replace(doc, tokens=tokens)


REOPENING = frozenset('«“„‘(:—–-')  # punctuation after which a capital may begin a sentence again: «Келдік», — деді


def _names_beside_verbs(word: str, readings: Sequence[Analysis], before: str) -> tuple[Analysis, ...]:
    """The guesser's proper-noun readings of a capitalised word inside a sentence that the dictionary reads only as a
    verb form: it may be a name (Қашаған, an oil field, not "the one who fled"; Қашағанда). Only inside a sentence
    (not after `REOPENING` punctuation either), where a verb is seldom capitalised; `analyze` alone never adds them,
    so the ranker learns nothing from them (a name's reading beside every verb that begins a sentence cost it genre
    UPOS and lemmas)."""
    if word[:1].isupper() and not word.isupper() and before not in REOPENING and all(
            a.upos in ("VERB", "AUX") for a in readings):
        return tuple(a for a in guess(word) if a.upos == "PROPN")
    return ()


def _foreign_sentence(sentence, doc: Doc) -> bool:
    """Russian or English for langid, and no word with a letter only Kazakh writes: "Бұдан өзге Кония,
    Кастамону..." is a Kazakh sentence of Turkish names that langid takes for Russian."""
    return sentence.lang in FOREIGN and not any(c in KAZAKH_CYRL for t in doc.sentence_tokens(sentence) for c in t.norm.lower())


OPENING = {"«": "»", "“": "”", "„": "“", '"': '"'}
QUOTES = frozenset(OPENING)  # a sentence without one quotes nothing: most sentences
MIN_QUOTED = 2  # words: one word in quotes is mostly a name («Самұрық»), which langid cannot tell
SAYING = ("де", "айт")  # «...», — деді ол; «...» деп айтты: what ends a quotation, besides punctuation


def _foreign_quotes(doc: Doc, first: int, last: int) -> list[int]:
    """The words of a Russian or English quotation inside a Kazakh sentence («Мы поддерживаем этот проект», —
    деді ол): quotes with no quotes inside, closed before punctuation, a saying verb or the end (not a name:
    «Казахстанская правда» газеті), langid sure of the quoted words alone, none with a letter only Kazakh writes."""
    from ..langid import identify  # langid reads morph's sound classes: imported when a sentence quotes

    tokens, out, opened = doc.tokens, [], None
    for j in range(first, last):
        norm = tokens[j].norm
        if opened is not None and norm == OPENING[tokens[opened].norm]:
            after = tokens[j + 1] if j + 1 < last else None
            quoted = tokens[opened + 1 : j]
            closes = after is None or after.norm[:1] in ",.;:!?—–-" or after.norm.lower().startswith(SAYING)
            text = doc.text[quoted[0].start : quoted[-1].end] if quoted else ""
            if closes and sum(t.norm.isalpha() for t in quoted) >= MIN_QUOTED \
                    and not any(c in KAZAKH_CYRL for c in text.lower()):
                guess = identify(text)
                if guess.lang in FOREIGN and guess.confidence >= 0.9:
                    out += range(opened + 1, j)
            opened = None
        elif norm in OPENING:
            opened = j  # the innermost opening so far: an outer quotation around it is never read
    return out


def _foreign(word: str) -> tuple[Analysis, ...]:
    """Punctuation and numbers as usual; a word as itself, X with Foreign=Yes (Казахстана, not a Kazakh noun)."""
    return tuple(punctuation(word) or number(word)) or (Analysis(word, "X", "Foreign=Yes", guessed=True),)


class Morphology(Component):
    """The `morph` component: every token gets its readings, the most likely first."""

    name, requires, assigns = "morph", ("tokens",), ("readings",)

    def __call__(self, doc: Doc) -> Doc:
        return annotate(doc)
