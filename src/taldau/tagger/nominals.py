"""Rules after the ranker between a word's noun and its other readings where UD Kazakh-KTB's choice follows from the
words around it, each on one sentence's readings (first chosen) and returning them reordered; no reading is added or
dropped."""
from __future__ import annotations

from collections.abc import Sequence

from taldau.doc import Analysis
from taldau.morph import COPULAS, SAYING
from taldau.tagger.conventions import PAST_COPULA
from taldau.tagger.order import first_where, promote

# The nouns of place that take a possessive and a case after a genitive (үйдің алдында, in front of the house; қасына,
# to his side): KTB tags every such word NOUN with the root as lemma (ішінде 4, ішінен 2, артында, жанында, қасында...).
PLACES = frozenset({"алд", "арт", "үст", "аст", "іш", "сырт", "қас", "жан", "маң", "орта", "ара", "түб", "бас"})
_SPATIAL = ("Case=Loc", "Case=Abl", "Case=Dat")
# The participles UD KTB tags VERB before a noun even where the lexicon lists the word as an adjective or noun: -ған,
# -атын, -ушы (not the future -ар nor -арлық, whose words are adjectives: безер, қанағаттанарлық).
PARTICIPLES = frozenset({"PTCP.PST", "PTCP.IMPF", "PTCP.AGENT"})
_OBLIQUE = ("Case=Acc", "Case=Dat", "Case=Loc", "Case=Abl", "Case=Ins")


def places(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """Where a noun of place with its possessive and a case of place (`PLACES`: артында, behind him; алдынан) was read
    as the adverb or postposition the lexicon lists the whole word as, the noun goes first: UD KTB's convention."""
    out = list(sentence)
    for i, r in enumerate(out):
        if r and r[0].upos in ("ADV", "ADP"):
            k = next((k for k, a in enumerate(r) if a.upos == "NOUN" and a.lemma in PLACES
                      and "Person[psor]=3" in a.feats and any(c in a.feats for c in _SPATIAL)), None)
            if k is not None:
                out[i] = promote(r, k)
    return out


def _modifier(word: Sequence[Analysis]) -> bool:
    """Whether a word (first reading chosen) only modifies a noun after it: a determiner or a participle (an
    adjective may qualify a verb too: мақсатты толық қолдаймыз, we fully support the aim)."""
    return bool(word) and (word[0].upos == "DET" or "VerbForm=Part" in word[0].feats)


def heads_of_phrases(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """Where a bare word read as an adjective stands after a modifier (`_modifier`) and right before a verb that is
    no copula, its noun twin goes first: the phrase has no noun left for it to qualify, so it is the phrase's head,
    the verb's subject or object (бір дөңес көрінеді, a hillock shows; созылған сай, the stretching ravine; KTB NOUN 2
    of 2). Before a copula it may be the predicate (үлкен бай болды), and so before a verb of saying, which ends a
    clause it reports (жаңа несие қажет деді: new credit is needed, he said); before a noun it qualifies it."""
    out = list(sentence)
    for i, r in enumerate(out[1:-1], 1):
        after = out[i + 1]
        if r and r[0].upos == "ADJ" and not r[0].feats and _modifier(out[i - 1]) and after \
                and after[0].upos == "VERB" and after[0].lemma not in COPULAS and after[0].lemma not in SAYING:
            out[i] = first_where(r, lambda a: (a.upos, a.lemma) == ("NOUN", r[0].lemma))
    return out


def _adverbial(word: Sequence[Analysis]) -> bool:
    """Whether a word (first reading chosen) is one only a verb takes: an adverb or particle, a converb, a noun in an
    oblique case (ғана, деп, аузымен)."""
    return bool(word) and (word[0].upos in ("ADV", "PART") or "VerbForm=Conv" in word[0].feats
                           or "VerbForm=Inf" in word[0].feats or any(c in word[0].feats for c in _OBLIQUE))


def habitual_pasts(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """Where a bare agent noun in -ушы (айтушы, a teller) stands right before the copula е after a word only a verb
    takes (`_adverbial`: ғана айтушы еді, деп қорқушы еді), its participle goes first: -ушы еді is a tale's past of
    habit, "used to say" (UD KTB: VERB 3 of 3 before е). After a nominative, an adjective or a determiner it stays the
    noun (Ол жақсы оқушы еді: a good pupil)."""
    out = list(sentence)
    for i, r in enumerate(out[1:-1], 1):
        after = out[i + 1]
        if r and r[0].upos == "NOUN" and r[0].feats == "Case=Nom" and after and (after[0].upos, after[0].lemma) == (
                "AUX", PAST_COPULA) and _adverbial(out[i - 1]):
            out[i] = first_where(r, lambda a: a.upos == "VERB" and any(g == "PTCP.AGENT" for _, g in a.morphemes))
    return out


def participles_before_nouns(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """Where a bare word read as the lexicon's adjective or noun spells a participle (`PARTICIPLES`: қорықпайтын,
    fearless; туған, a relative) and stands right before a noun, the participle goes first: before a noun it opens a
    relative clause (қорықпайтын кісі, a man who fears nothing; туған күн, the day one was born; UD KTB: VERB or AUX
    49 of the 50 participles before a noun, the other the determiner көптеген, which this leaves)."""
    out = list(sentence)
    for i, r in enumerate(out[:-1]):
        after = out[i + 1]
        if r and r[0].upos in ("ADJ", "NOUN") and r[0].feats in ("", "Case=Nom") and after and after[0].upos == "NOUN":
            k = next((k for k, a in enumerate(r) if a.upos == "VERB" and "VerbForm=Part" in a.feats
                      and a.morphemes and a.morphemes[-1][1] in PARTICIPLES), None)
            if k is not None:
                out[i] = promote(r, k)
    return out


def _case(reading: Analysis) -> str:
    """A reading's case feature ("Case=Loc"), or "" where it has none."""
    return next((f for f in reading.feats.split("|") if f.startswith("Case=")), "")


def verbal_nouns_after_adjectives(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """Where a verbal noun in -у (кездесу, meeting) read as the verb stands after a bare adjective or a determiner, its
    noun in the same case goes first: an adjective qualifies a noun, a verb takes an adverb (маңызды кездесу, an
    important meeting; ешқандай айыптау, no accusation; UD KTB: NOUN 9 of 12 after an adjective or determiner). After
    a word that may be a postposition it stays the verb (қарсы алу, to welcome), and so it does with its object in the
    accusative before the adjective (жұмыстарды жүйелі жүргізу, to do the work steadily: an adverb then)."""
    out = list(sentence)
    for i, r in enumerate(out[1:], 1):
        before = out[i - 1]
        if r and before and r[0].upos == "VERB" and "VerbForm=Ger" in r[0].feats and "Tense=" not in r[0].feats \
                and (before[0].upos == "DET" or (before[0].upos, before[0].feats) == ("ADJ", "")) \
                and not any(a.upos == "ADP" for a in before) \
                and not (i > 1 and out[i - 2] and "Case=Acc" in out[i - 2][0].feats):
            out[i] = first_where(r, lambda a: a.upos == "NOUN" and _case(a) == _case(r[0]))
    return out


def _possessor(word: Sequence[Analysis]) -> frozenset[str] | None:
    """The possessive features a noun takes after a word read as a first or second person pronoun in the genitive
    (менің: Person[psor]=1, Number[psor]=Sing; біздің: 1, Plur; сіздің: 2, Sing), None after any other word (оның,
    the 3rd person's, is a possessed noun's default anyway)."""
    if not word or word[0].upos != "PRON" or "Case=Gen" not in word[0].feats:
        return None
    for a in word:
        feats = dict(f.split("=") for f in a.feats.split("|") if "=" in f)
        if a.upos == "PRON" and feats.get("PronType") == "Prs" and feats.get("Person") in ("1", "2"):
            return frozenset({f"Person[psor]={feats['Person']}", f"Number[psor]={feats.get('Number', 'Sing')}"})
    return None


def possessed_after_pronouns(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """Where a first or second person pronoun in the genitive (менің, сенің, біздің, сіздің) stands before a noun
    that may bear its person's possessive, that reading goes first: the possessed noun agrees with its possessor
    (Сіздің съездің: съезд + your, not the genitive of a съез; менің жазам, my punishment: not "I shall write"),
    past the words that qualify it (`_qualifier`: менің ең жақсы жазам). A noun with no such reading keeps its own
    (біздің ауыл, our village: the possessive left out, as speech often does), and so does every word after it."""
    out = list(sentence)
    for i, r in enumerate(out[:-1]):
        want = _possessor(r)
        if want is None:
            continue
        for j in range(i + 1, min(i + 4, len(out))):
            word = out[j]
            k = next((k for k, a in enumerate(word) if want <= set(a.feats.split("|"))), None)
            if k is not None:
                out[j] = promote(word, k)
            if k is not None or not _qualifier(out, j):
                break
    return out


def _qualifier(sentence: Sequence[Sequence[Analysis]], j: int) -> bool:
    """Whether the j-th word (first reading chosen) may qualify a noun after it: an adjective, numeral, determiner or
    participle, or an adverb before one of those (ең жақсы, өте үлкен)."""
    word = sentence[j]
    if word and word[0].upos == "ADV" and j + 1 < len(sentence):
        word = sentence[j + 1]
    return bool(word) and (word[0].upos in ("ADJ", "NUM", "DET") or "VerbForm=Part" in word[0].feats)


RULES = (places, heads_of_phrases, habitual_pasts, participles_before_nouns, verbal_nouns_after_adjectives,
         possessed_after_pronouns)
