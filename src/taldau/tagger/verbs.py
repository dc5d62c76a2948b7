"""Rules after the ranker between a verb's readings where UD Kazakh-KTB's choice is a convention of its own, each on
one sentence's readings (first chosen) and returning them reordered; no reading is added or dropped."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from taldau.doc import Analysis
from taldau.morph import ADDITIVE, ASPECT_AUXILIARIES, VECTORS
from taldau.morph.derivation import passive_by_form
from taldau.tagger.order import first_where, promote

RECIPROCAL = "Voice=Rcp"
PASSIVE = "Voice=Pass"
# Verbs in -ыс/-іс/-с whose root means something else, so that the whole verb is the word: кездес-, meet (кезде-, aim)
WHOLE_RECIPROCALS = frozenset({"кездес"})
LEANED_ON = ASPECT_AUXILIARIES | VECTORS  # the verbs a converb before them leans on (`infinitives_before_vectors`)


def _voiced_twin(first: Analysis, voice: str) -> Callable[[Analysis], bool]:
    """A test for a reading that spells `first`'s word as a shorter root with `voice` and the same features
    otherwise (қатысты: қат + -ыс beside the lexicon's verb қатыс; соғысты: соғ-, the root соқ, + -ыс)."""
    want = set(first.feats.split("|")) - {""} | {voice}
    return lambda a: a.upos == first.upos and len(a.lemma) < len(first.lemma) and bool(a.morphemes) \
        and first.lemma.lower().startswith(a.morphemes[0][0].lower()) and set(a.feats.split("|")) == want


def _roots_first(sentence: Sequence[tuple[Analysis, ...]], voice: str,
                 applies: Callable[[Analysis], bool]) -> list[tuple[Analysis, ...]]:
    """Each verb whose first reading `applies`, with no voice or with `voice`, gets its shortest root with `voice`
    first, where it has one shorter than its lemma: UD KTB writes -ыс/-іс, -ыл/-іл after a consonant where the
    word spells either (танысты: тан + -ыс, not таны + -с; құрылуы: құр + -ыл)."""
    out = []
    for r in sentence:
        first = r[0] if r else None
        if first is None or first.upos != "VERB" or not applies(first) \
                or ("Voice=" in first.feats and voice not in first.feats):
            out.append(r)
            continue
        test = _voiced_twin(first, voice)
        roots = sorted((len(a.lemma), k) for k, a in enumerate(r) if test(a))
        out.append(promote(r, roots[0][1]) if roots else r)
    return out


def reciprocal_roots(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """Where a verb with the cooperative -ыс/-іс/-с was read as the lexicon's whole verb (қатысты, келісті,
    бөлісеміз) or on a root in a vowel (таны + -с), its root in a consonant with Voice=Rcp goes first: UD KTB keeps
    voice out of the lemma (қат, кел, бөл, тан, соқ: 4 of 4 in news and Wikipedia where the word spells both roots),
    but for the verbs of `WHOLE_RECIPROCALS`."""
    return _roots_first(sentence, RECIPROCAL, lambda a: a.lemma not in WHOLE_RECIPROCALS)


def passive_verbal_nouns(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """Where a verbal noun with the passive -ыл/-іл/-л/-н was read as the lexicon's whole verb (аяқталуы, сақталуда),
    its root with Voice=Pass goes first, as the ranker already chooses for the finite forms (аяқталды: аяқта-)."""
    return _roots_first(sentence, PASSIVE, lambda a: "VerbForm=Ger" in a.feats)


def _reflexive(reading: Analysis) -> str | None:
    """The whole verb a reading spells as root + passive when its suffix is the reflexive by form (`morph.derivation.
    passive_by_form`: мақта-н-у, сез-ін-), None otherwise."""
    if PASSIVE not in reading.feats or len(reading.morphemes) < 2 or reading.morphemes[1][1] != "PASS":
        return None
    (stem, _), (suffix, _) = reading.morphemes[:2]
    return None if passive_by_form(stem.lower(), suffix) else (stem + suffix).lower()


def reflexive_verbs(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """Where a verb was read as a root with a passive that is the reflexive by form (мақтануға, be proud: not мақта-,
    praise, whose passive is мақтал-; сезінеміз, we feel), the lexicon's whole verb with the same features otherwise
    goes first. A true passive keeps its root (жоспарланып: жоспарла-, сайланды: сайла-)."""
    out = []
    for r in sentence:
        whole = _reflexive(r[0]) if r and r[0].upos == "VERB" else None
        out.append(r if whole is None else first_where(r, _whole_verb(r[0], whole)))
    return out


def _whole_verb(first: Analysis, whole: str) -> Callable[[Analysis], bool]:
    """A test for the lexicon's verb `whole` with `first`'s features but the passive."""
    want = set(first.feats.split("|")) - {PASSIVE}
    return lambda a: a.upos == "VERB" and a.lemma.lower() == whole and set(a.feats.split("|")) == want


def _leaned_on(sentence: Sequence[tuple[Analysis, ...]], i: int) -> bool:
    """Whether the verb after the i-th word, past a particle "too" (оқып та шықты), is an aspect auxiliary or a vector
    verb (`LEANED_ON`) that a converb leans on."""
    j = i + 1
    if j < len(sentence) and sentence[j] and sentence[j][0].lemma in ADDITIVE:
        j += 1
    after = sentence[j] if j < len(sentence) else ()
    return bool(after) and after[0].upos in ("VERB", "AUX") and after[0].lemma in LEANED_ON


def infinitives_before_vectors(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """Where a converb in -ып/-а/-й (`Aspect` set) stands before a verb it leans on (`_leaned_on`: арта түсті, аралап
    көрді, өндіріп те жатыр), its twin with VerbForm=Inf goes first: UD Kazakh-KTB's form there. Before a verb of
    its own (деп атады, болып табылады) it stays the converb."""
    out = list(sentence)
    for i, r in enumerate(out):
        if r and r[0].upos in ("VERB", "AUX") and "VerbForm=Conv" in r[0].feats and "Aspect=" in r[0].feats \
                and _leaned_on(out, i):
            out[i] = first_where(r, _twin_in(r[0], "Inf"))
    return out


def _twin_in(reading: Analysis, form: str) -> Callable[[Analysis], bool]:
    """A test for the reading that is `reading` with VerbForm `form` (Inf for a converb, Conv for an infinitive)."""
    have = next(f for f in reading.feats.split("|") if f.startswith("VerbForm="))
    want = (reading.upos, reading.lemma, reading.feats.replace(have, f"VerbForm={form}"))
    return lambda a: (a.upos, a.lemma, a.feats) == want


def converbs_before_verbs(sentence: Sequence[tuple[Analysis, ...]]) -> list[tuple[Analysis, ...]]:
    """Where a converb in -ып/-а/-й was read with VerbForm=Inf, the form UD KTB gives one before an auxiliary, but
    neither an auxiliary nor a verb it leans on follows (`_leaned_on`: деп атап өтті, said and noted; жүгіріп үйге
    кірді), its twin with VerbForm=Conv goes first: the mirror of `infinitives_before_vectors` (KTB: Conv before
    any other verb, деп 7 of 7)."""
    out = list(sentence)
    for i, r in enumerate(out):
        if not r or r[0].upos not in ("VERB", "AUX") or "VerbForm=Inf" not in r[0].feats or "Aspect=" not in r[0].feats:
            continue
        after = out[i + 1] if i + 1 < len(out) else ()
        if not _leaned_on(out, i) and not (after and after[0].upos == "AUX"):
            out[i] = first_where(r, _twin_in(r[0], "Conv"))
    return out


RULES = (reciprocal_roots, passive_verbal_nouns, reflexive_verbs, infinitives_before_vectors, converbs_before_verbs)
