"""Contextual disambiguation: each word's readings reordered so the one its context calls for comes first.

    >>> disambiguate(["Ол", "қызыл", "алма", "алды", "."])[2][0].upos   # an apple, not "don't take"
    'NOUN'

A linear ranker (`taldau.tagger.ranker`, trained by `tools.tagger.train` on UD Kazakh-KTB and the
hand-disambiguated Apertium texts) scores every reading taldau.morph gives a word, lemma, UPOS and
features together, in the context of its neighbours; the best one moves to the front and the others keep
their order behind it. No reading is ever added or dropped.
"""
from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from taldau.doc import Analysis
from taldau.morph import (ADDITIVE, ASPECT_AUXILIARIES, AUXILIARIES, CONCESSIVE, COPULAS, COUNTED, ENCLITICS,
                          GOVERNING, INDEFINITE, NOMINALISING, NOMINATIVE_JOINERS, ORDINAL_HEADS, SPEAKERS, SUPPOSITIVE,
                          YEAR_HEADS, postposition_fits)
from taldau.morph.phrases import followers
from taldau.tagger import conventions, nominals, verbs
from taldau.tagger.order import first_where, promote, word_of
from taldau.tagger.speech import OPEN_QUOTES, interjections, opens_utterance, quoted_names

__all__ = ["disambiguate", "fit_sentence", "promote"]

SAME = frozenset({"сол", "осы"})  # "that same", "this very": demonstratives that may determine a name (сол Айпара)
BROUGHT = "кел"  # after алып, "taking": алып кел, bring (`_bringing`)


def stray_postpositions(readings: Sequence[Sequence[Analysis]]) -> list[tuple[Analysis, ...]]:
    """The words' readings (first chosen), where a postposition stands after a word in no case it governs with its
    adverb or adjective twin put first (Үкімет бұрын қолдаған: formerly; соғыстан бұрын: before the war; басқа
    жолмен: another way): `morph.postposition_fits`."""
    out = [tuple(r) for r in readings]
    for i, r in enumerate(out):
        if r and r[0].upos == "ADP" and not postposition_fits(r[0], out[i - 1] if i else ()):
            k = next((k for k, a in enumerate(r) if a.upos in ("ADV", "ADJ") and a.lemma == r[0].lemma), 0)
            out[i] = promote(r, k)
    return out


def gerunds_before_postpositions(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """One sentence's readings (first chosen), where a participle stands before a postposition that takes a verbal
    noun (`morph.NOMINALISING`: шыққан соң, after it came out; өскен сайын, the more it grows) with its verbal noun
    in the nominative first: the postposition's complement is a noun (UD KTB: VerbForm=Ger, Case=Nom)."""
    out = list(sentence)
    for i, r in enumerate(out[:-1]):
        if not r or r[0].upos not in ("VERB", "AUX") or not any(
                a.upos == "ADP" and a.lemma in NOMINALISING for a in out[i + 1]):
            continue
        want = _tense_and_voice(r[0].feats) | {"VerbForm=Ger", "Case=Nom"}  # біткен соң: not "it has ended"
        k = next((k for k, a in enumerate(r) if (a.lemma, a.upos) == (r[0].lemma, r[0].upos)
                  and _tense_and_voice(a.feats) | {"VerbForm=Ger", "Case=Nom"} == set(a.feats.split("|")) == want), 0)
        out[i] = promote(r, k)
    return out


def _tense_and_voice(feats: str) -> set[str]:
    """The items of a verb's FEATS that its participle, finite form and verbal noun share (the -ған of біткен)."""
    return {f for f in feats.split("|") if f.startswith(("Tense=", "Voice=", "Polarity=", "Aspect="))}


_QUOTES = frozenset('«»"“”„‘’()')  # punctuation inside a clause: «Үмітсіз» кредиттер


def _polite_copula(reading: Analysis) -> bool:
    """A noun or adjective read with the copula of the polite "you": тілсіз as тіл + сіз, "you are a tongue"."""
    return reading.upos in ("NOUN", "PROPN", "ADJ") and "Polite=Form" in reading.feats


def polite_copulas(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """One sentence's readings (first chosen), where a word that may be a noun with the copula of the polite "you"
    (тілсіз: тіл + сіз, "you are a tongue") is read so only as a predicate: not at the end of a clause (a word
    other than a particle follows before punctuation), its adjective in -сыз/-сіз goes first (тілсіз жаулар,
    tongueless foes); at the end of one, beside another polite "you", the copula does (Сіз мұғалімсіз, ал мен...:
    you are a teacher). The ranker has seen almost no such copula (KTB has none); the privative adjective is common."""
    out = list(sentence)
    polite = [i for i, r in enumerate(out) if r and "Polite=Form" in r[0].feats]
    if not polite:
        return out
    for i, r in enumerate(out):
        copula = next((k for k, a in enumerate(r) if _polite_copula(a)), None)
        if copula is None:
            continue
        after = next((a[0].upos for a in out[i + 1:] if a and a[0].upos != "PART" and a[0].lemma not in _QUOTES),
                     "PUNCT")
        if after == "PUNCT" and any(j != i for j in polite):
            out[i] = promote(r, copula)
        elif copula == 0 and after != "PUNCT":
            word = word_of(r)
            k = next((k for k, a in enumerate(r) if a.upos == "ADJ" and not a.feats and a.lemma.lower() == word), 0)
            out[i] = promote(r, k)
    return out


_OPENING = frozenset('«“„‘(')  # punctuation that may open a noun phrase: осы «Болашақ» бағдарламасы
_NOT_IN_PHRASE = frozenset({"PUNCT", "AUX", "VERB", "PRON", "CCONJ", "SCONJ", "PART", "ADP", "INTJ"})


def _ends_phrase(word: Sequence[Analysis]) -> bool:
    """Whether a word (first reading chosen) cannot go on a noun phrase begun before it: punctuation but an opening
    quote, a finite verb or converb, a pronoun but the reflexive өз, a conjunction, particle or postposition."""
    if not word:
        return True
    first = word[0]
    if first.upos not in _NOT_IN_PHRASE or first.lemma in _OPENING or "Reflex=Yes" in first.feats:
        return False
    return first.upos not in ("VERB", "AUX") or not any(f in first.feats for f in ("VerbForm=Part", "VerbForm=Ger"))


def demonstrative_pronouns(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """One sentence's readings (first chosen), where a demonstrative read as a determiner has no noun phrase after it
    to determine (Бұл еді. Сол кім? Бұл біздің жетістігіміз; not бұл жаңа кітап, осы айтылған сөз), or a proper name,
    which бұл or ол does not determine (Бұл Қазақстанның жетістігі: this is Kazakhstan's; but сол Айпара, that same
    Aipara: `SAME`), with its pronoun in the nominative first."""
    out = list(sentence)
    for i, r in enumerate(out):
        after = out[i + 1] if i + 1 < len(out) else ()
        if not r or r[0].upos != "DET" or "PronType=Dem" not in r[0].feats or not (
                _ends_phrase(after) or (after[0].upos == "PROPN" and r[0].lemma not in SAME)):
            continue
        k = next((k for k, a in enumerate(r) if a.upos == "PRON" and a.lemma == r[0].lemma and "Case=Nom" in a.feats), 0)
        out[i] = promote(r, k)
    return out


def interrogative_determiners(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """One sentence's readings (first chosen), where an interrogative read as a pronoun in the nominative stands
    right before a noun (не пайда, қай қазақ: what use, which Kazakh) with its determiner first; before a verb it
    stays a pronoun (не істедің?), and so does one whose word comes again later in the sentence: the paired
    conjunction (не ақылы, не күші жоқ: neither wits nor strength)."""
    out = list(sentence)
    for i, r in enumerate(out[:-1]):
        if not r or r[0].upos != "PRON" or "Case=Nom" not in r[0].feats or not out[i + 1] \
                or out[i + 1][0].upos != "NOUN" or any(w and w[0].lemma == r[0].lemma for w in out[i + 1:]):
            continue
        k = next((k for k, a in enumerate(r)
                  if a.upos == "DET" and a.lemma == r[0].lemma and "PronType=Int" in a.feats), 0)
        out[i] = promote(r, k)
    return out


def interrogative_pronouns(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """One sentence's readings (first chosen), where a word read as a determiner that may be an interrogative pronoun
    has no noun phrase after it to determine (`_ends_phrase`: Мұны кім жазды? Сен не дедің? Ол қайсы?) with its
    pronoun in the nominative first: the mirror of `interrogative_determiners`."""
    out = list(sentence)
    for i, r in enumerate(out):
        if r and r[0].upos == "DET" and _ends_phrase(out[i + 1] if i + 1 < len(out) else ()):
            out[i] = first_where(r, lambda a, lemma=r[0].lemma: a.upos == "PRON" and a.lemma == lemma
                                 and {"PronType=Int", "Case=Nom"} <= set(a.feats.split("|")))
    return out


def _nominal(word: Sequence[Analysis]) -> bool:
    """Whether a word (first reading chosen) may be joined by мен: a word, not punctuation but a closing quote, in
    the nominative or in no case, not a finite verb, converb or postposition."""
    if not word:
        return False
    first = word[0]
    if first.upos == "PUNCT":
        return first.lemma in '»”"’)'
    case = next((f for f in first.feats.split("|") if f.startswith("Case=")), "Case=Nom")
    return case == "Case=Nom" and first.upos != "ADP" and not (
        first.upos in ("VERB", "AUX") and any(f in first.feats for f in ("VerbForm=Fin", "VerbForm=Conv")))


def joiners_as_pronouns(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """One sentence's readings (first chosen), where мен read as "and" or "with" (`morph.NOMINATIVE_JOINERS`) has no
    nominal before it to join (at the head of a clause, after a case ending, a verb or a postposition: Парламентте
    мен сөйледім) with the pronoun "I" first."""
    out = list(sentence)
    for i, r in enumerate(out):
        if r and r[0].upos in ("CCONJ", "ADP") and r[0].lemma in NOMINATIVE_JOINERS and not _nominal(
                out[i - 1] if i else ()):
            out[i] = first_where(r, lambda a: a.upos == "PRON" and "Person=1" in a.feats)
        elif r and r[0].upos == "PRON" and i and i + 1 < len(out) and _names_joined(out[i - 1], out[i + 1]):
            out[i] = first_where(r, lambda a: a.upos == "CCONJ" and a.lemma in NOMINATIVE_JOINERS)
    return out


def _names_joined(before: Sequence[Analysis], after: Sequence[Analysis]) -> bool:
    """Whether мен stands between a name in the nominative and a noun or name (Сербия мен Қазақстан): "and", as no
    subject "I" follows a bare name with no comma (Асан, мен келдім)."""
    return bool(before) and bool(after) and before[0].upos == "PROPN" and "Case=Nom" in before[0].feats \
        and after[0].upos in ("NOUN", "PROPN")


def concessive_particles(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """One sentence's readings (first chosen), where да (`morph.CONCESSIVE`) read as "and" follows a conditional verb
    (жалынса да, "even if she begged": no second conjunct) with its particle reading (UD KTB: ADV) first."""
    out = list(sentence)
    for i, r in enumerate(out[1:], 1):
        if r and r[0].upos == "CCONJ" and r[0].lemma in CONCESSIVE and out[i - 1] and "Mood=Cnd" in out[i - 1][0].feats:
            out[i] = first_where(r, lambda a: a.upos == "ADV" and a.lemma == r[0].lemma)
    return out


def additive_particles(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """One sentence's readings (first chosen), where да or сондай-ақ (`morph.ADDITIVE`) inside a sentence is read as
    a conjunction only between two adjectives, adverbs or verbs (қайырлы да құтты) or when it comes twice in one
    clause (үйде де, түзде де; not Ол да келді, мен де келдім), else as the adverb "too, also" (біз де келдік, Компания сондай-ақ...); after a conditional it is
    `concessive_particles`' to read, and at a sentence's head it stays as chosen (Сондай-ақ, ...: KTB CCONJ)."""
    out = list(sentence)
    for i, r in enumerate(out):
        if not r or r[0].upos not in ("CCONJ", "ADV") or r[0].lemma not in ADDITIVE or opens_utterance(out, i) \
                or (out[i - 1] and "Mood=Cnd" in out[i - 1][0].feats):
            continue
        before, after = out[i - 1], out[i + 1] if i + 1 < len(out) else ()
        like = before and after and before[0].upos == after[0].upos and before[0].upos in ("ADJ", "ADV", "VERB")
        twice = any(out[j] and out[j][0].lemma == r[0].lemma and not _verb_between(out, i, j)
                    for j in range(max(0, i - 5), min(len(out), i + 6)) if j != i)
        want = "CCONJ" if like or twice else "ADV"
        out[i] = first_where(r, lambda a: (a.upos, a.lemma) == (want, r[0].lemma))
    return out


def _verb_between(sentence: Sequence[Sequence[Analysis]], i: int, j: int) -> bool:
    """A finite verb between two words: they are in two clauses (Ол да келді, мен де келдім; not үйде де, түзде де)."""
    return any(w and w[0].upos in ("VERB", "AUX") and "VerbForm=Fin" in w[0].feats
               for w in sentence[min(i, j) + 1 : max(i, j)])


def _converb(word: Sequence[Analysis]) -> bool:
    """Whether a word (first reading chosen) is a converb in -ып or -а that a verb follows (not a conditional)."""
    return bool(word) and word[0].upos in ("VERB", "AUX") and "Aspect=" in word[0].feats and "Mood=" not in word[0].feats \
        and any(f in word[0].feats for f in ("VerbForm=Conv", "VerbForm=Inf"))


def verbs_after_converbs(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """One sentence's readings (first chosen), where a word that may be a verb follows a converb but was read as a
    noun or adjective, and no verb follows it (ағып түсті: not the adjective "coloured"; but барып нан алды, went and
    bought bread) with its first verb reading first: a converb leans on the verb after it."""
    out = list(sentence)
    for i, r in enumerate(out[1:], 1):
        after = out[i + 1] if i + 1 < len(out) else ()
        if r and r[0].upos in ("NOUN", "ADJ") and _converb(out[i - 1]) and not (
                after and after[0].upos in ("VERB", "AUX")):
            out[i] = first_where(r, lambda a: a.upos in ("VERB", "AUX"))
    return out


def _predicate(word: Sequence[Analysis], copula: str) -> bool:
    """Whether a word (first reading chosen) is a nominal a copula may follow: a noun, adjective, pronoun or numeral
    that does not make a light verb of the lexicon with it (пайда бол, ие бол)."""
    if not word or word[0].upos not in ("NOUN", "PROPN", "ADJ", "PRON", "NUM"):
        return False
    return copula not in followers(word_of(word))


def _bringing(before: Sequence[Analysis], lemma: str) -> bool:
    """Whether кел after the converb of ал makes "bring" with it (алып келді, ала кел: took and came), кел a verb of
    motion of its own, not its aspect (жүріп келеді, has been walking; UD KTB: VERB 2 of 2 after алып)."""
    return lemma == BROUGHT and _converb(before) and before[0].lemma == "ал"


def _leans(sentence: Sequence[Sequence[Analysis]], i: int) -> bool:
    """Whether the i-th word follows a converb or a desiderative (жазып отыр, айтқым келеді), past a particle "too"
    between them (оқып та жүр): what an aspect auxiliary leans on."""
    j = i - 1 if i < 2 or not sentence[i - 1] or sentence[i - 1][0].lemma not in ADDITIVE else i - 2
    before = sentence[j] if j >= 0 else ()
    return _converb(before) or (bool(before) and "Mood=Des" in before[0].feats)


def auxiliaries(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """One sentence's readings (first chosen), where a verb is read AUX or VERB against UD Kazakh-KTB's auxiliaries
    (`morph.AUXILIARIES`) with its twin of the same lemma and features first: a verb that is none of them is VERB
    (оқып шықты, алып кетті: not AUX), an aspect auxiliary right after a converb or a desiderative is AUX (жазып
    отыр, келе жатыр, оқып та жүр; айтқым келеді, I want to say: KTB 7 of 7) but кел after алып (`_bringing`),
    and so is a copula right after a nominal (жау болып, жас болды) but in a light verb of the lexicon (пайда бол).
    An auxiliary with nothing to lean on is `unsupported_auxiliaries`' to read."""
    out = list(sentence)
    for i, r in enumerate(out):
        if not r or r[0].upos not in ("VERB", "AUX"):
            continue
        first = r[0]
        if first.upos == "AUX" and (first.lemma not in AUXILIARIES or i and _bringing(out[i - 1], first.lemma)):
            want = "VERB"
        elif first.upos == "VERB" and first.lemma in ASPECT_AUXILIARIES and _leans(out, i) \
                and not _bringing(out[i - 1], first.lemma):
            want = "AUX"
        elif first.upos == "VERB" and first.lemma in COPULAS and i and _predicate(out[i - 1], first.lemma):
            want = "AUX"
        else:
            continue
        k = next((k for k, a in enumerate(r) if (a.upos, a.lemma, a.feats) == (want, first.lemma, first.feats)), 0)
        out[i] = promote(r, k)
    return out


def unsupported_auxiliaries(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """One sentence's readings (first chosen), where an aspect auxiliary (`morph.ASPECT_AUXILIARIES`) read AUX has
    no converb or desiderative before it to lean on (`_leans`: атасы үйде отыр, sits; біз көшеде жүрміз; ол ауылда
    тұрады, lives) with its VERB twin of the same features first: UD KTB tags 23 of 24 such verbs VERB in news and
    Wikipedia. It runs after the rules that may turn the word before into a converb (`conventions.equatives`:
    қолдай береді)."""
    out = list(sentence)
    for i, r in enumerate(out):
        if r and r[0].upos == "AUX" and r[0].lemma in ASPECT_AUXILIARIES and not _leans(out, i):
            out[i] = first_where(r, lambda a, first=r[0]: (a.upos, a.lemma, a.feats) == ("VERB", first.lemma,
                                                                                         first.feats))
    return out


def numbers_in_digits(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """One sentence's readings (first chosen), where a number in digits, cardinal or ordinal, stands before a noun:
    an ordinal before a month, a century or, with four digits, a year (`morph.ORDINAL_HEADS`, `YEAR_HEADS`: 24
    қаңтарда, 2008 жылы), else a cardinal (156 мектеп, 940 адамға). A hyphen between them writes the ordinal before
    a noun (17-үйде, in house 17; 1-кезеңі, its first stage: UD KTB Ord 3 of 3) and the count before an adjective
    it makes (15-жылдығы, its 15th anniversary; 3-бөлмелі, three-roomed: Card)."""
    out = list(sentence)
    for i, r in enumerate(out[:-1]):
        after = out[i + 1]
        if not r or not after or not r[0].lemma.isdigit():
            continue
        hyphen = after[0].lemma == "-" and i + 2 < len(out) and bool(out[i + 2])
        if hyphen and out[i + 2][0].upos in ("NOUN", "ADJ"):
            kind = "Ord" if out[i + 2][0].upos == "NOUN" else "Card"
        elif after[0].upos in ("NOUN", "PROPN"):
            head = after[0].lemma.lower()
            kind = "Ord" if head in ORDINAL_HEADS or (head in YEAR_HEADS and len(r[0].lemma) == 4) else "Card"
        else:
            continue
        out[i] = first_where(r, lambda a: a.upos == "NUM" and f"NumType={kind}" in a.feats)
    return out


def names_inside_sentences(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """One sentence's readings (first chosen), where a word capitalised past the sentence's first word and read as a
    verb reads as the name it is: one the analyser does not know and guessed a verb (Антониу Кошта, Жоау Лоуренсу:
    not the verbs антониы, лоуренс), or one it knows only as a verb form, to which `morph` gave a name's reading
    inside a sentence (Биыл Қашаған кен орнында: not "who fled")."""
    out = list(sentence)
    for i, r in enumerate(out[1:], 1):
        if r and r[0].upos == "VERB" and (r[0].guessed or any(a.guessed and a.upos == "PROPN" for a in r)):
            k = next((k for k, a in enumerate(r) if a.upos == "PROPN" and a.lemma[:1].isupper()), 0)
            out[i] = promote(r, k)
    return out


def light_verb_nouns(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """One sentence's readings (first chosen), where a word read as a noun stands before a word that continues a
    multi-word entry of the lexicon with it (назар аударды, ие болды, дүниеге келді, жыл сайын: `morph.phrases`)
    with its X reading first: UD Kazakh-KTB tags the non-final words of such a phrase X (37 times, NOUN 10 times,
    where a noun or X goes before a word that continues its phrase). The word's lemma is then the written form, as KTB
    writes it (дүниеге, no case): the noun's reading stays among the word's readings for whoever needs it. So does a
    word read as a command there (қайтыс болды, died: not "come back to each other!", which no verb of a phrase follows)."""
    out = list(sentence)
    for i, r in enumerate(out[:-1]):
        if not r or not out[i + 1] or (r[0].upos != "NOUN" and not (r[0].upos == "VERB" and "Mood=Imp" in r[0].feats)):
            continue
        following = followers(word_of(r))
        if following and following & {word_of(out[i + 1]), *(a.lemma.lower() for a in out[i + 1])}:
            out[i] = first_where(r, lambda a: a.upos == "X")
    return out


def _adjectival(word: Sequence[Analysis]) -> bool:
    """Whether a word (first reading chosen) may be a predicate that a particle of supposition follows: in no case
    but the nominative, with an adjective or past participle among its readings (дұрыс, жөн, келген)."""
    return bool(word) and all(f in ("Case=Nom", "") for f in word[0].feats.split("|") if f.startswith("Case=")) \
        and any(a.upos == "ADJ" or {"VerbForm=Part", "Tense=Past"} <= set(a.feats.split("|")) for a in word)


def suppositions(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """One sentence's readings (first chosen), where шығар (`morph.SUPPOSITIVE`) ends a clause after an adjective or a
    past participle (бұл дұрыс шығар, ол келген шығар: probably) with its particle first (UD KTB: PART); after an
    object or a noun it stays a verb (кітапты шығар; ертең күн шығар)."""
    out = list(sentence)
    for i, r in enumerate(out[1:], 1):
        after = out[i + 1] if i + 1 < len(out) else ()
        if r and r[0].upos != "PART" and (not after or after[0].upos == "PUNCT") and word_of(r) in SUPPOSITIVE \
                and _adjectival(out[i - 1]):  # the word spelt last: most words end no clause
            out[i] = first_where(r, lambda a: a.upos == "PART")
    return out


def indefinite_articles(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """One sentence's readings (first chosen), where бір (`morph.INDEFINITE`) read as a numeral stands before a noun or
    adjective that counts nothing (бір жаман сезім, бір үйде: "a") with its determiner first; before a number, a half or
    a unit of time or of times (`morph.COUNTED`) it stays "one" (бір мың, бір жарым, тағы бір жылға)."""
    out = list(sentence)
    for i, r in enumerate(out[:-1]):
        after = out[i + 1]
        if r and r[0].upos == "NUM" and r[0].lemma in INDEFINITE and after and after[0].upos in ("NOUN", "ADJ") \
                and not any(a.upos == "NUM" or a.lemma.lower() in COUNTED for a in after):
            out[i] = first_where(r, lambda a: a.upos == "DET" and a.lemma == r[0].lemma)
    return out


SENTENCE_RULES = (polite_copulas, gerunds_before_postpositions, demonstrative_pronouns, interrogative_determiners,
                  interrogative_pronouns,
                  joiners_as_pronouns, concessive_particles, additive_particles, verbs_after_converbs,
                  conventions.converbs_of_ability, auxiliaries,
                  numbers_in_digits, names_inside_sentences, light_verb_nouns, interjections, quoted_names, suppositions,
                  indefinite_articles, *conventions.RULES, *nominals.RULES, unsupported_auxiliaries, *verbs.RULES)


# Rules that change a word only where the sentence has a reading of one of these lemmas (the rule's own test):
# a sentence without any skips them with the same readings, as the rules reorder readings and never add one.
LEMMA_GATES: dict[Callable, Collection[str]] = {
    concessive_particles: CONCESSIVE, additive_particles: ADDITIVE, indefinite_articles: INDEFINITE,
    conventions.counting_one: INDEFINITE, joiners_as_pronouns: NOMINATIVE_JOINERS,
    gerunds_before_postpositions: NOMINALISING, conventions.light_verbs: COPULAS,
    conventions.totals_as_adjectives: conventions.TOTALS, conventions.together: {conventions.TOGETHER},
    conventions.only_opening: conventions.ONLY, conventions.objects_of_making: conventions.MAKING,
    conventions.enclitics_opening: ENCLITICS, conventions.participles_before_copulas: {conventions.PAST_COPULA},
    conventions.postpositions_after_their_case: GOVERNING, verbs.infinitives_before_vectors: verbs.LEANED_ON,
    conventions.converbs_of_ability: conventions.ABILITY, nominals.places: nominals.PLACES,
    nominals.habitual_pasts: {conventions.PAST_COPULA}, quoted_names: OPEN_QUOTES,
    nominals.possessed_after_pronouns: SPEAKERS,
}
_GATED_RULES = tuple((rule, LEMMA_GATES.get(rule)) for rule in SENTENCE_RULES)


def fit_sentence(sentence: Sequence[Sequence[Analysis]]) -> list[tuple[Analysis, ...]]:
    """One sentence's readings (first chosen by the ranker) after each rule of SENTENCE_RULES in turn: made tuples
    once here, so that each rule copies only the list; a rule of `LEMMA_GATES` runs only where one of its lemmas is
    among the readings."""
    out = [tuple(r) for r in sentence]
    lemmas = {a.lemma for r in out for a in r}
    for rule, gate in _GATED_RULES:
        if gate is None or not lemmas.isdisjoint(gate):
            out = rule(out)
    return out


def disambiguate(words: Sequence[str]) -> list[tuple[Analysis, ...]]:
    """The readings of each word of one sentence, reordered by context."""
    from taldau.morph import analyze_many
    from taldau.tagger.component import Tagger

    readings = analyze_many(words)
    best = Tagger().ranker.choose(list(zip(words, readings)))
    chosen = stray_postpositions([promote(r, k) for r, k in zip(readings, best)])
    return fit_sentence(chosen)
