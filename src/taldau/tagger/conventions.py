"""Rules after the ranker for readings that UD Kazakh-KTB fixes by convention, each on one sentence's readings (first
chosen) and returning them with the reading the convention calls for first; no reading is added or dropped."""
from __future__ import annotations

from collections.abc import Sequence

from taldau.doc import Analysis
from taldau.morph import (ASPECT_AUXILIARIES, COMPARING, COPULAS, COUNTED, DATIVE_GOVERNORS, ENCLITICS, GOVERNING,
                          INDEFINITE, REOPENING, suffixes)
from taldau.morph.phonology import attach
from taldau.morph.phrases import followers
from taldau.tagger.order import first_where, promote, word_of

TOTALS = frozenset({"барлық", "барша"})  # "all": KTB tags them ADJ (10 of 11), not DET as бүкіл, әр
ABILITY = frozenset({"ал", "біл"})  # after a converb: can, know how to (түсіне алмады, жаза біледі)
LEADING = frozenset({"әкел", "апар"})  # verbs of leading to, with a dative: неге әкеледі, "what does it lead to"
DEMONSTRATIVES = frozenset({"бұл", "осы", "сол", "ол", "мына", "осынау", "сонау"})  # мұнда, осында, содан: PRON in KTB
MAKING = frozenset({"жаса", "көрсет"})  # make, show: their noun is an object (жұмыс жасады, қызмет көрсету), no X
RANKS = frozenset({"алғашқы", "үздік", "соңғы", "таңдаулы", "бірінші"})  # first, best, last: алғашқы ондағы, top ten
ONLY = frozenset({"тек"})  # "only" as an adverb, "but" as a conjunction inside a sentence
TOGETHER = "бірге"  # "together": an adverb after the instrumental
PAST_COPULA = "е"  # the copula of келген еді, айтатын еді
_OBLIQUE = ("Case=Acc", "Case=Dat", "Case=Loc", "Case=Abl", "Case=Ins")


def light_verbs(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """Where бол read as the copula ends a light verb of the lexicon begun by the word before it (ие болды, пайда
    болды, қайтыс болды: `morph.phrases`), its VERB twin goes first: the phrase's verb, not a copula (UD KTB: VERB
    4 of 4 after such a word tagged X; AUX after a nominal predicate, жас болды, is `auxiliaries`' to read)."""
    out = list(sentence)
    for i, r in enumerate(out[1:], 1):
        if r and r[0].upos == "AUX" and r[0].lemma in COPULAS and out[i - 1] \
                and r[0].lemma in followers(word_of(out[i - 1])):
            out[i] = first_where(r, lambda a: (a.upos, a.lemma, a.feats) == ("VERB", r[0].lemma, r[0].feats))
    return out


def participles_before_copulas(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """Where a verb read as finite stands right before the copula е (келген еді, айтатын еді, қорқушы еді: had come,
    used to say) and may be a participle, the participle goes first: е makes the tense, the word before it is
    no finite verb of its own (UD KTB: 7 of 7 verbs before е are non-finite, 6 of them participles)."""
    out = list(sentence)
    for i, r in enumerate(out[:-1]):
        after = out[i + 1]
        if not r or r[0].upos not in ("VERB", "AUX") or "VerbForm=Fin" not in r[0].feats or not after \
                or (after[0].upos, after[0].lemma) != ("AUX", PAST_COPULA):
            continue
        out[i] = first_where(r, lambda a: (a.upos, a.lemma) == (r[0].upos, r[0].lemma) and "VerbForm=Part" in a.feats)
    return out


def totals_as_adjectives(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """Where барлық or барша ("all", TOTALS) was read as a determiner, its adjective goes first (барлық мәселе):
    UD KTB's convention for these two words."""
    out = list(sentence)
    for i, r in enumerate(out):
        if r and r[0].upos == "DET" and r[0].lemma in TOTALS:
            out[i] = first_where(r, lambda a: (a.upos, a.lemma) == ("ADJ", r[0].lemma))
    return out


def _imperative(reading: Analysis) -> bool:
    """Whether a reading is a verb's bare command to one person (дала: "paint!", кел: "come!")."""
    return reading.upos in ("VERB", "AUX") and "Mood=Imp" in reading.feats and "Person=2" in reading.feats


def nouns_after_adjectives(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """Where a word read as a command (`_imperative`) follows an adjective in no case, its noun goes first (қу дала,
    жаңа үй, тығыз байланыс: an adjective qualifies a noun, not an imperative; UD KTB: of the words after an
    adjective that may be such a command, 22 are nouns, 3 particles, 1 an auxiliary, none the command). After an
    adjective with a case ending, a noun's stand-in, the command stays (жаңасын ал: take the new one)."""
    out = list(sentence)
    for i, r in enumerate(out[1:], 1):
        before = out[i - 1]
        if r and _imperative(r[0]) and before and before[0].upos == "ADJ" \
                and ("Case=" not in before[0].feats or "Case=Nom" in before[0].feats):
            out[i] = first_where(r, lambda a: a.upos == "NOUN")
    return out


def _converb(reading: Analysis) -> bool:
    """Whether a reading is a verb in -ып/-а/-й, a converb or KTB's infinitive before an auxiliary (тастай, барып)."""
    return reading.upos in ("VERB", "AUX") and any(f in reading.feats for f in ("VerbForm=Conv", "VerbForm=Inf"))


def _equative(reading: Analysis) -> bool:
    """Whether a reading is a noun in the equative -дай/-тай (тастай: "like a stone")."""
    return reading.upos == "NOUN" and bool(reading.morphemes) and reading.morphemes[-1][1] == "EQU"


def equatives(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """Where a word read as a converb in -й may be a noun in the equative -дай/-тай (тастай: "like a stone", not
    "throwing"; адымдай: "about a step") and no finite verb or auxiliary follows it to lean on, the equative goes
    first (тастай қараңғы, адымдай жерге); before one the converb stays (тастай салды, threw it away). UD KTB: 3
    such words, all nouns. The other way round, a word read as the equative right before an auxiliary takes its
    converb: an auxiliary leans on a converb, not on a noun (қолдай береді: keeps supporting, not "like a hand"); a
    copula stays the noun's (тастай еді, тастай болды: was, became like a stone)."""
    out = list(sentence)
    for i, r in enumerate(out):
        after = out[i + 1] if i + 1 < len(out) else ()
        if r and _equative(r[0]) and after and after[0].upos == "AUX" and after[0].lemma in ASPECT_AUXILIARIES:
            out[i] = first_where(r, _converb)
        if not r or not _converb(r[0]) or (after and after[0].upos in ("VERB", "AUX") and not _converb(after[0])):
            continue
        out[i] = first_where(r, _equative)
    return out


def postpositions_after_their_case(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """Where a word that may be a postposition of `morph.GOVERNING` was read otherwise right after a word in the case
    that postposition governs, the postposition goes first (миллион долларға жуық, about a million dollars; жарынан
    басқа, but for her husband; дағдарысқа қарсы бағдарлама); elsewhere the twin stays (басқа адам, another person)."""
    out = list(sentence)
    for i, r in enumerate(out[1:], 1):
        before = out[i - 1]
        if not r or r[0].upos == "ADP" or not before:
            continue
        for k, a in enumerate(r):  # a loop, not next() over a generator: every word asks
            if a.upos == "ADP" and a.lemma in GOVERNING and f"Case={GOVERNING[a.lemma]}" in before[0].feats:
                out[i] = promote(r, k)
                break
    return out


def _capitalised(word: Sequence[Analysis]) -> bool | None:
    """Whether a word (first reading chosen) is written with a capital; None when its readings do not spell it."""
    return word[0].morphemes[0][0][:1].isupper() if word and word[0].morphemes else None


def _inside(sentence: Sequence[Sequence[Analysis]], i: int) -> bool:
    """Whether the i-th word stands where a capital is no sentence's or quotation's (not first, not after an
    opening quote, colon or dash: `morph.REOPENING`)."""
    before = sentence[i - 1] if i else ()
    return bool(before) and before[0].lemma not in REOPENING and any(w and w[0].upos != "PUNCT" for w in sentence[:i])


def _twin(readings: Sequence[Analysis], lemma: str, upos: str, feats: str) -> int | None:
    """The reading with this lemma, part of speech and features, if the word has one."""
    return next((k for k, a in enumerate(readings) if (a.lemma, a.upos, a.feats) == (lemma, upos, feats)), None)


def _common(readings: Sequence[Analysis]) -> int | None:
    """A common noun's reading (қожаның: қожа, жағаны: жаға) or a bare adjective's (асқар тау: lofty); not a verb's
    or an inflected adjective's that a place name's letters also spell (маңғыстау: маңғыста-у, ертістің: ерт-іс-тің,
    есілдің: есіл in the genitive)."""
    return next((k for k, a in enumerate(readings) if a.lemma[:1].islower() and (
        a.upos == "NOUN" or a.upos == "ADJ" and not a.feats)), None)


def writers_case(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """Where the lemma chosen is not in the case the text writes the word in, a reading in that case goes first. A
    word in lower case is no name (қожаның: қожа, a master, not Қожа; UD KTB: 368 lower-case words whose readings
    hold both, none lemmatised with a capital). A word capitalised inside a sentence keeps the capital of a twin of
    the same part of speech and features (Олимпиаданың, Құранның: Олимпиада, Құран); at a sentence's head the
    capital is the place's (Мал: мал). A capitalised word read as a name with "my" or "your" is the common noun
    written with reverence, if it may be one (Отаным, Отанымыз: отан, homeland; UD KTB: 12 capitalised words with a
    first or second person possessor, no name among them); Алматым, with no such noun, stays the city."""
    out = list(sentence)
    for i, r in enumerate(out):
        written = _capitalised(r)
        if written is None or not r[0].lemma[:1].isalpha():
            continue
        first, k = r[0], None
        if not written and first.lemma[:1].isupper() and not first.lemma.isupper():
            k = _twin(r, first.lemma.lower(), first.upos, first.feats)
            k = _common(r) if k is None else k
        elif written and first.lemma[:1].islower() and first.upos in ("NOUN", "ADJ", "PROPN") and _inside(out, i):
            k = _twin(r, first.lemma[:1].upper() + first.lemma[1:], first.upos, first.feats)
        elif written and first.upos == "PROPN" and any(f"Person[psor]={p}" in first.feats for p in "12"):
            feats = "|".join(f for f in first.feats.split("|") if not f.startswith("Gender="))
            k = _twin(r, first.lemma.lower(), "NOUN", feats)
        if k:
            out[i] = promote(r, k)
    return out


def enclitics_opening(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """Where the word that opens a sentence or a line of speech was read as a particle that leans on the word before
    it (`morph.ENCLITICS`: ғой, ма), or as one spelt against that word's last sound (қой is ғой after a vowel or a
    voiced sound, as the dative's ғ: жоқ қой, келді ғой; so қораға қой айдады is a sheep), another reading goes first.
    Before a word its noun, if it has one (Қой саны артты: sheep), else its first other reading (Қой, болды!: "stop",
    the verb қой)."""
    out = list(sentence)
    for i, r in enumerate(out):
        if r and r[0].upos == "PART" and r[0].lemma in ENCLITICS and (
                all(not w or w[0].upos == "PUNCT" for w in out[:i]) or _unassimilated(out[i - 1], word_of(r))):
            worded = i + 1 < len(out) and out[i + 1] and out[i + 1][0].upos != "PUNCT"
            noun = next((k for k, a in enumerate(r) if a.upos == "NOUN"), None) if worded else None
            out[i] = promote(r, noun if noun is not None else next((k for k, a in enumerate(r) if a.upos != "PART"), 0))
    return out


def _unassimilated(before: Sequence[Analysis], particle: str) -> bool:
    """Whether a particle that begins with ғ/қ is spelt against the last sound of the word before it."""
    last = word_of(before)[-1:] if before else ""
    return particle[:1] in "ғқ" and last.isalpha() and attach(last, "G", back=True)[-1] != particle[0]


def _modifier(word: Sequence[Analysis]) -> bool:
    """Whether a word (first reading chosen) may modify the noun after it: an adjective, determiner, numeral,
    participle, or a demonstrative in the nominative read as a pronoun (ол жылы, бұл жылы: that year)."""
    if not word:
        return False
    first = word[0]
    return first.upos in ("ADJ", "DET", "NUM") or "VerbForm=Part" in first.feats or (
        first.lemma.lower() in DEMONSTRATIVES and "Case=" not in first.feats.replace("Case=Nom", ""))


def _bare_noun(word: Sequence[Analysis]) -> bool:
    """Whether a word (first reading chosen) is a noun or verbal noun in the nominative with no possessive (оқу,
    қаржы): the possessor of a compound's head (оқу жылы, the school year)."""
    return bool(word) and (word[0].upos == "NOUN" or "VerbForm=Ger" in word[0].feats) \
        and "Case=Nom" in word[0].feats and "Person[psor]" not in word[0].feats


def adjectives_not_possessives(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """Where a noun with the possessive "his, its" spells a bare adjective of the lexicon (ұл-ы, his son: ұлы, great;
    жыл-ы, its year: жылы, warm) and stands before a noun or name in the nominative, the adjective goes first (Ұлы
    Абай, халықтың ұлы мерекесі, ұлы Ресей: UD KTB ADJ 3 of 3). After a modifier it stays the noun (келесі жылы,
    өткен жылы, ол жылы: the year), after a bare noun in the nominative, whose possessive it is (оқу жылы, қаржы
    жылы: the school, financial year), and after a genitive with no possessive after it too (Абайдың ұлы Тұрағұл: his
    son)."""
    out = list(sentence)
    for i, r in enumerate(out[:-1]):
        before, after = out[i - 1] if i else (), out[i + 1]
        if not r or not after or r[0].upos != "NOUN" or "Person[psor]=3" not in r[0].feats \
                or "Case=Nom" not in r[0].feats or after[0].upos not in ("NOUN", "PROPN") \
                or "Case=Nom" not in after[0].feats or _modifier(before) or _bare_noun(before) \
                or (before and "Case=Gen" in before[0].feats and "Person[psor]" not in after[0].feats):
            continue
        word = word_of(r)
        out[i] = first_where(r, lambda a: (a.upos, a.lemma, a.feats) == ("ADJ", word, ""))
    return out


def _infinitive(reading: Analysis) -> bool:
    """Whether a reading is a verb in -а/-е/-й or -ып before an auxiliary (UD KTB: VerbForm=Inf there)."""
    return reading.upos == "VERB" and "VerbForm=Inf" in reading.feats


def converbs_of_ability(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """Where a word read as a noun or adjective may be a converb and stands before ал or біл of ability (`ABILITY`)
    after a word in an oblique case, its converb goes first (сөзін түсіне алмады: could not understand, not "to his
    dream"; оны түсіндіре білу: to know how to explain): "can" and "know how" follow a converb. At a clause's head the
    word stays (Ата алды: the grandfather took it), and so does it after an ablative, the source it is received from
    (соттан жаза алды: got a sentence from the court), and before алып, which takes an object and goes on (бата алып,
    жолға шықты: having received a blessing)."""
    out = list(sentence)
    for i, r in enumerate(out[1:-1], 1):
        after, before = out[i + 1], out[i - 1]
        if r and after and before and r[0].upos in ("NOUN", "ADJ") and after[0].upos in ("VERB", "AUX") \
                and after[0].lemma in ABILITY and any(c in before[0].feats for c in _OBLIQUE) \
                and "Case=Abl" not in before[0].feats and word_of(after) != "алып":
            out[i] = first_where(r, _infinitive)
    return out


def _governs_dative(sentence: Sequence[Sequence[Analysis]], i: int) -> bool:
    """Whether the i-th word governs a dative before it (`morph.DATIVE_GOVERNORS`, or `morph.GOVERNING`'s in the dative:
    байланысты, қарсы) or is a verb of leading (`LEADING`: әкеледі; алып келеді, алып барады: brings, takes to)."""
    word = sentence[i] if i < len(sentence) else ()
    if not word:
        return False
    after = sentence[i + 1] if i + 1 < len(sentence) else ()
    return word_of(word) in DATIVE_GOVERNORS or any(a.upos == "ADP" and GOVERNING.get(a.lemma) == "Dat" for a in word) \
        or any(a.upos == "VERB" and a.lemma in LEADING for a in word) \
        or (word_of(word) == "алып" and bool(after) and any(a.lemma in ("кел", "бар") for a in after))


def adverbs_of_pronouns(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """Where a pronoun or numeral in an oblique case spells an adverb of the lexicon (кей-де: кейде, sometimes; бір-ден:
    бірден, at once; не-ге: неге, why), the adverb goes first (UD KTB: ADV 9 of 10 such words). Demonstratives keep
    their case (мұнда, осында, содан: `DEMONSTRATIVES`, PRON 11 of 14 in KTB), and so does a numeral before a number
    (бірден онға дейін: from one to ten) or a word that compares with it (`morph.COMPARING`: бірден аз, less than
    one), and a dative before a word that governs it (`_governs_dative`: неге байланысты, on what) or a verb
    of leading (`LEADING`: неге әкеледі, неге алып келеді: what it leads to)."""
    out = list(sentence)
    for i, r in enumerate(out):
        after = out[i + 1] if i + 1 < len(out) else ()
        if not r or r[0].upos not in ("PRON", "NUM") or not any(c in r[0].feats for c in _OBLIQUE) \
                or r[0].lemma.lower() in DEMONSTRATIVES or (after and after[0].upos == "NUM") \
                or (after and word_of(after) in COMPARING) or ("Case=Dat" in r[0].feats and _governs_dative(out, i + 1)):
            continue
        word = word_of(r)
        out[i] = first_where(r, lambda a: a.upos == "ADV" and a.lemma == word)
    return out


def _passive(word: Sequence[Analysis]) -> bool:
    """Whether a word (first reading chosen) is a verb in the passive voice (аяқталды; not жылына, "per year", that
    a reading also spells as жыл-ын-а)."""
    return bool(word) and word[0].upos in ("VERB", "AUX") and "Voice=Pass" in word[0].feats


def modifiers_of_passives(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """Where a word read as a noun in the accusative stands right before a passive verb, its bare adjective, or else
    adverb, goes first (кезең табысты аяқталды: ended successfully, not "the income"): a passive verb takes no
    object. Before an active verb the object stays (табысты бөлді: shared the income)."""
    out = list(sentence)
    for i, r in enumerate(out[:-1]):
        if not r or r[0].upos not in ("NOUN", "PROPN") or "Case=Acc" not in r[0].feats or not _passive(out[i + 1]):
            continue
        k = next((k for upos in ("ADJ", "ADV") for k, a in enumerate(r) if (a.upos, a.feats) == (upos, "")), 0)
        out[i] = promote(r, k)
    return out


def counting_one(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """Where бір (`morph.INDEFINITE`) was read as the article before a cardinal number, a half or a unit it counts
    (`morph.COUNTED`: бір жарым есе, one and a half times; бір жыл), the numeral goes first: the other way round from
    `tagger.indefinite_articles`. Before an ordinal it stays the article (жат бір үшінші адам: some third person)."""
    out = list(sentence)
    for i, r in enumerate(out[:-1]):
        after = out[i + 1]
        if r and r[0].upos == "DET" and r[0].lemma in INDEFINITE and after and any(
                (a.upos == "NUM" and "NumType=Ord" not in a.feats) or a.lemma.lower() in COUNTED for a in after):
            out[i] = first_where(r, lambda a: (a.upos, a.lemma) == ("NUM", r[0].lemma))
    return out


def together(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """Where бірге ("together") was read as a postposition after a word in the instrumental (халықпен бірге), its
    adverb goes first: -мен carries the relation (UD KTB: ADV 2 of 2 there)."""
    out = list(sentence)
    for i, r in enumerate(out[1:], 1):
        if r and r[0].upos == "ADP" and r[0].lemma == TOGETHER and out[i - 1] and "Case=Ins" in out[i - 1][0].feats:
            out[i] = first_where(r, lambda a: (a.upos, a.lemma) == ("ADV", TOGETHER))
    return out


def objects_before_verbs(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """Where a word read as a finite verb in the indicative stands right before another verb but де, its noun in an
    oblique case goes first (Біз жұмысты бастадық: the work, not "they closed their eyes together"): a finite verb
    ends its clause, and two clauses are joined by a comma, a conjunction or the де of reported speech (келді деді).
    UD KTB: of 336 such verbs none has a verb but де right after it."""
    out = list(sentence)
    for i, r in enumerate(out[:-1]):
        after = out[i + 1]
        if r and after and r[0].upos == "VERB" and "VerbForm=Fin" in r[0].feats and "Mood=Ind" in r[0].feats \
                and after[0].upos == "VERB" and after[0].lemma != "де":
            out[i] = first_where(r, lambda a: a.upos == "NOUN" and any(c in a.feats for c in _OBLIQUE))
    return out


def objects_of_making(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """Where a noun was read X as the first word of a multi-word entry whose verb is one of making or showing
    (`MAKING`: жұмыс жасаймыз, жағдай жасалды, қызмет көрсету), its noun goes first: the verb keeps its own sense
    and the noun is its object, as KTB tags them (NOUN 3 of 3); light verbs proper stay X (жұмыс істейміз,
    назар аударды, қол қойды)."""
    out = list(sentence)
    for i, r in enumerate(out[:-1]):
        after = out[i + 1]
        if r and after and r[0].upos == "X" and after[0].upos == "VERB" and after[0].lemma in MAKING:
            out[i] = first_where(r, lambda a: a.upos == "NOUN" and a.lemma == r[0].lemma)
    return out


def qualities_before_nouns(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """Where a demonstrative of quality (мұндай, сондай, осындай: such) was read as the pronoun it is lemmatised to
    (мұндайды: бұл) right before a noun or adjective, its determiner goes first, lemma the word itself (мұндай
    тәжірибе: such an experience; KTB DET); standing alone it stays the pronoun (Мұндай болмайды)."""
    out = list(sentence)
    for i, r in enumerate(out[:-1]):
        after = out[i + 1]
        if r and after and r[0].upos == "PRON" and "PronType=Dem" in r[0].feats and "Case=Nom" in r[0].feats \
                and after[0].upos in ("NOUN", "ADJ") and r[0].lemma.lower() != (word := word_of(r)):
            out[i] = first_where(r, lambda a: (a.upos, a.lemma.lower()) == ("DET", word))
    return out


def only_opening(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """Where тек (`ONLY`) opens a sentence but was read as a conjunction, its adverb goes first (Тек биыл...: only
    this year; KTB ADV 2 of 2 there): "but" joins what stands before it, and at a sentence's head nothing does."""
    out = list(sentence)
    for i, r in enumerate(out):
        if r and r[0].lemma in ONLY and r[0].upos in ("CCONJ", "SCONJ") and all(
                not w or w[0].upos == "PUNCT" for w in out[:i]):
            out[i] = first_where(r, lambda a: (a.upos, a.lemma) == ("ADV", r[0].lemma))
    return out


def tens_of_ranks(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """Where ондағы was read as the pronoun ол ("there") after an adjective of rank or an ordinal (`RANKS`: алғашқы
    ондағы орны, үздік ондағы командалар), its numeral он goes first: the top ten. Мұндағы, осындағы have no
    numeral's reading and stay pronouns."""
    out = list(sentence)
    for i, r in enumerate(out[1:], 1):
        before = out[i - 1]
        if r and before and r[0].upos == "PRON" and any(a.lemma in RANKS or "NumType=Ord" in a.feats for a in before):
            k = next((k for k, a in enumerate(r) if a.upos == "NUM" and "NumType=Card" in a.feats), None)
            if k is not None:
                out[i] = promote(r, k)
    return out


def unpunctuated_ends(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """Where a sentence ends with no punctuation (a headline: Екі ел ынтымақтасуға келісті) in a word read as an
    adjective in no case that may be a finite verb, the verb goes first: a Kazakh clause ends in its predicate, and
    -ды/-ті makes both the past (келісті: agreed) and adjectives of having (келісті: shapely); with a full stop after
    it the ranker sees the clause's end itself."""
    out = list(sentence)
    last = out[-1] if out else None
    if last and last[0].upos == "ADJ" and "Case=" not in last[0].feats and len(out) > 1:
        out[-1] = first_where(last, _reported_past)
    return out


def _reported_past(analysis: Analysis) -> bool:
    """A finite verb of the third person in the indicative, what a headline reports (келісті: agreed); not an
    imperative (Деректер толық: the data are complete, not "be filled")."""
    return analysis.upos == "VERB" and {"VerbForm=Fin", "Mood=Ind", "Person=3"} <= set(analysis.feats.split("|"))


def names_with_instrumentals(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """Where a name inside a sentence was read whole in the nominative though it ends in the instrumental and may be
    a name of four letters or more with that ending (Қор Қазгидрометпен келісті: with Kazhydromet), the inflected
    name goes first: a name the lexicon lacks is guessed whole, and -мен/-пен/-бен ends few names."""
    out = list(sentence)
    for i, r in enumerate(out[1:], 1):
        if r and r[0].upos == "PROPN" and r[0].guessed and "Case=Nom" in r[0].feats \
                and (word := word_of(r)) == r[0].lemma.lower() and word.endswith(tuple(suffixes.endings("INS"))):
            out[i] = first_where(r, lambda a: a.upos == "PROPN" and "Case=Ins" in a.feats and len(a.lemma) >= 4)
    return out


# converbs_of_ability runs before `taldau.tagger.auxiliaries` (see SENTENCE_RULES there), which reads its ал as AUX
RULES = (light_verbs, participles_before_copulas, totals_as_adjectives, nouns_after_adjectives, equatives,
         postpositions_after_their_case, writers_case, enclitics_opening, adjectives_not_possessives,
         adverbs_of_pronouns, modifiers_of_passives, counting_one, together, objects_before_verbs,
         objects_of_making, qualities_before_nouns, only_opening, tens_of_ranks, unpunctuated_ends,
         names_with_instrumentals)
