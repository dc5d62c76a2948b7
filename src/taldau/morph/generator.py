"""Generation: lemma + features (UD or UniMorph, see `tags`) -> word forms.

The chains of the lemma's paradigm whose features equal the request are realised on the stem,
with the stem alternations of the lexicon (мектеп -> мектебі, орын -> орны). Irregular forms
(pronouns, copula) come from the same full-form table analysis uses.
"""
from __future__ import annotations

from functools import cache

from . import endings
from .endings import chain_feats, parse_feats, realise
from .lexicon import Lexeme, by_lemma, forms
from .morphotactics import NONFINITE
from .phonology import SOFTENING, VOWELS, attach, epenthesis, is_back, soften, syncope, unsoften
from .shapes import pronunciation
from .tags import Request, parse, verb_stems

_NON_NOMINAL_BARE = frozenset({"ADJ", "NUM", "DET", "ADV"})
_PASSIVE = {True: "л", False: "Yл"}  # after a vowel / a consonant; -ын after л


def realise_word(stem: str, chain, flags: str = "") -> str:
    """Attach `chain` to `stem` with the lexicon's stem alternations."""
    word, morphemes = realise(stem, chain)
    if morphemes and epenthesis(stem) != stem:
        word, morphemes = realise(epenthesis(stem), chain)  # факт -> фактіге, фактісі
    if morphemes and morphemes[0][0][:2] in ("ып", "іп") and _cvp(stem):
        return stem[:2] + "у" + word[3:]  # тап -> тауып, жап -> жауып, теп -> теуіп
    if morphemes and morphemes[0][0][:1] in SOFTENING and word.startswith(stem):
        rest = word[len(stem):]
        if "y" in flags:
            return syncope(stem) + rest
        return soften(stem) + rest
    return word


def _cvp(stem: str) -> bool:
    """A one-syllable verb in vowel + п, whose п becomes у before -ып: тап, жап, шап, қап, теп, сеп."""
    return len(stem) == 3 and stem[2] == "п" and stem[1] in VOWELS and stem[0] not in VOWELS


_UNMARKED = frozenset({"EQU", "ATTR"})  # -дай, -дағы: no UD feature tells them apart, so never generated


@cache
def _index(paradigm: str) -> tuple[tuple[tuple, dict[str, str], frozenset[str]], ...]:
    return tuple((c, dict(chain_feats(c)), frozenset(s.gloss for s in c)) for c in endings.chains(paradigm)
                 if not _UNMARKED & {s.gloss for s in c} and not any(s.variant for s in c))


def _lexemes(lemma: str, upos: str | None) -> list[tuple[str, Lexeme]]:
    """(stem, lexeme) pairs for `lemma`; a -у citation form maps to the verb stem."""
    found = [(s, lex) for s, lex in by_lemma().get(lemma.lower(), ())
             if lex.paradigm in ("N", "V", "P") and not {"b", "x"} & set(lex.flags)]
    if upos == "VERB" or (upos is None and not found and lemma.endswith(("у", "ю"))):
        verbs = [(s, lex) for s, lex in found if lex.paradigm == "V"]
        if upos == "VERB" and lemma.endswith(("у", "ю")) or not verbs:
            candidates = [(s, lex) for stem in verb_stems(lemma.lower())
                          for s, lex in by_lemma().get(stem, ()) if lex.paradigm == "V"]
            softened = unsoften(lemma.lower()[:-1]) if lemma.endswith("у") else None
            hard = [c for c in candidates if c[0] == softened]  # жабу -> жап: no verb stem ends in б
            if candidates:  # оқу: the stem оқы is far more frequent than оқ
                verbs = [max(hard or candidates, key=lambda c: c[1].freq)]
        if not verbs:
            stem = verb_stems(lemma.lower())[0]
            verbs = [(stem, Lexeme(stem, "VERB", "V"))]
        return verbs
    if upos == "NOUN":
        found = [(s, lex) for s, lex in found if lex.paradigm == "N"] or [(lemma.lower(), Lexeme(lemma, "NOUN", "N"))]
    return found


def _matches(request: Request, lex: Lexeme, chain, feats: dict[str, str], glosses: frozenset[str]) -> bool:
    want = dict(request.feats)
    want.pop("Voice", None)
    have = dict(feats)
    have.update((k, v) for k, v in parse_feats(lex.feats).items() if k in want)  # Gender only when asked
    if lex.upos in _NON_NOMINAL_BARE and len(chain) == 1 and chain[0].gloss == "NOM":
        have.pop("Case", None)
    if request.gloss is None:
        return have.keys() == want.keys() and all(_values(want[k]) <= _values(have[k]) for k in want)
    if request.gloss == "PROG" or not ({request.gloss, "NEG." + request.gloss} & glosses):
        return False
    if have.get("VerbForm") != "Fin" and request.gloss != "PST.HAB":
        return False
    if want.get("Person") == "3":
        want["Number"] = "Sing"  # the 3rd person plural is not marked: олар барды
    return all(have.get(k) == want.get(k) for k in ("Number", "Person", "Polite", "Polarity"))


def _values(value: str) -> set[str]:
    """A feature's values: the 3rd-person possessive is Number[psor]=Plur,Sing, so either one fits it."""
    return set(value.split(","))


def _voiced(stem: str, feats: dict[str, str]) -> str:
    voice = feats.get("Voice")
    if voice == "Pass":
        return attach(stem, "Yн" if stem.endswith("л") else _PASSIVE[stem[-1] in VOWELS])
    if voice == "Rcp":
        return attach(stem, "Yс")
    return stem


_PROGRESSIVE_AUX = ("отыр", "жатыр", "тұр", "жүр")  # the present of отыр, жат, тұр, жүр
_MOTION = frozenset({"бар", "кел"})  # verbs of motion: the -а converb + жатыр (бара жатыр, келе жатыр)


def _progressive(stem: str, request: Request) -> list[str]:
    """UniMorph PROG;PRS: the -ып converb + a posture verb (оқып отырмын, оқып жатырмын, оқып тұр);
    a posture verb is its own progressive (тұрсың, жатырмын; тұрмаймын), бар and кел take -а + жатыр
    first (бара жатырмын)."""
    converb = realise_word(stem, (NONFINITE[0][0],))
    neg = request.feats.get("Polarity") == "Neg"
    person = {("Sing", "1"): "MIн", ("Sing", "2"): "сIң", ("Plur", "1"): "PIз", ("Plur", "2"): "сIңдAр"}
    key = (request.feats.get("Number"), request.feats.get("Person"))
    tail = person.get(key, "")
    if request.feats.get("Polite") == "Form":
        tail = "сIз" if key[0] == "Sing" else "сIздAр"
    tail = ("PAй" if neg else "") + tail
    own = [attach(stem if neg else s, tail) for s, lex in by_lemma().get(stem, ()) if lex.paradigm == "P"]
    if stem in _MOTION:
        own.append(f"{realise_word(stem, (NONFINITE[2][0],))} {attach('жатыр', tail)}")
    return list(dict.fromkeys(own)) + [f"{converb} {attach(aux, tail)}" for aux in _PROGRESSIVE_AUX]


def _hyphenated(lemma: str, request: Request) -> list[str] | None:
    """Numbers, abbreviations and hyphenated compounds: 2001-ден, АҚШ-тың, 9-орынды."""
    spoken = pronunciation(lemma)
    if spoken is not None:
        want = {k: v for k, v in request.feats.items() if k != "NumType"}
        if request.feats.get("NumType") == "Ord" and not want:  # 55-ші, 1990-шы
            return [f"{lemma}-{'шы' if is_back(spoken) else 'ші'}"]
        if want in ({"Case": "Nom"}, {}):
            return [lemma]
        nominal = Lexeme(lemma, "NOUN", "N")
        return [f"{lemma}-{realise(spoken, c)[0][len(spoken):]}" for c, f, g in _index("N")
                if _matches(request._replace(feats=want), nominal, c, f, g)]
    if "-" in lemma.strip("-"):
        left, right = lemma.rsplit("-", 1)
        return [f"{left}-{form}" for form in generate(right, _feats_string(request))]
    return None


# Features a pronoun's lemma fixes, which a request may leave out (мен + Case=Acc -> мені); the Number
# of a demonstrative is inflection (бұл -> бұлар), that of a personal pronoun its lemma (біз, олар).
_PRONOUN_LEXICAL = frozenset({"PronType", "Person", "Polite", "Number[psor]", "Person[psor]"})


def _irregular(lemma: str, request: Request) -> list[str]:
    """Forms of the full-form tables (pronouns, copula) before the regular endings: мен -> мені, маған."""
    if request.gloss is not None:
        return []
    out = []
    for form, readings in forms().items():
        for r in readings:
            have = parse_feats(r.feats)
            lexical = _PRONOUN_LEXICAL | ({"Number"} if have.get("PronType") == "Prs" else set())
            left_out = {k: v for k, v in have.items() if k not in request.feats and (r.upos == "PRON" and k in lexical
                                                                                    or k == "PronType")}
            if r.lemma == lemma and not r.variant and have == request.feats | left_out:
                out.append(form)
    return list(dict.fromkeys(out))  # ол is personal and demonstrative: оның once


def _feats_string(request: Request) -> str:
    return "|".join(f"{k}={v}" for k, v in request.feats.items())


def generate(lemma: str, feats: str) -> list[str]:
    """Word forms of `lemma` with `feats` (UD "Case=Gen|Number=Plur" or UniMorph "N;GEN;PL")."""
    request = parse(feats)
    if " " in lemma.strip():  # қаза табу: the last word inflects
        head, last = lemma.strip().rsplit(" ", 1)
        return [f"{head} {form}" for form in generate(last, feats)]
    if request.gloss is None and (pronunciation(lemma) is not None or not by_lemma().get(lemma.lower())):
        shaped = _hyphenated(lemma, request)
        if shaped is not None:
            return shaped
    out = _irregular(lemma.lower(), request)
    if out:
        return out
    pairs = _lexemes(lemma, request.upos)
    for stem, lex in pairs:
        if stem != lex.lemma.lower() and "Gender=Fem" in lex.feats and "Gender" not in request.feats:
            continue  # Сәтбаева is Сәтбаев with Gender=Fem
        if stem != lex.lemma.lower() and (lex.lemma.lower(), lex) in pairs:
            continue  # another spelling analysis reads (журналис for журналист): generate the lemma's
        if request.gloss == "PROG":
            if lex.paradigm == "P":
                continue
            out += _progressive(stem, request)
            continue
        if lex.lemma.lower() == stem:
            stem = lex.lemma  # keep the capital of a proper noun: Жапонияның
        elif lex.lemma[:1].isupper():
            stem = stem[:1].upper() + stem[1:]  # Иванова, Gender=Fem of Иванов
        base = _voiced(stem, request.feats) if lex.paradigm == "V" else stem
        for chain, chain_f, glosses in _index(lex.paradigm):
            if _matches(request, lex, chain, chain_f, glosses):
                out.append(realise_word(base, chain, lex.flags))
    if not out and request.upos is None and "VerbForm" not in request.feats:
        unknown = Lexeme(lemma, "NOUN", "N")
        out = [realise_word(lemma.lower(), c, "") for c, f, g in _index("N") if _matches(request, unknown, c, f, g)]
    seen: set[str] = set()
    return [w for w in out if not (w in seen or seen.add(w))]
