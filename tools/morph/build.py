"""Compile the lexicon offline: `python -m tools.morph.build [--data ../shared/data]`.

Sources, in order of trust: the Apertium stem lexicon, hand-written closed classes (`lang/`), the
words of Apertium's multi-word entries (light verbs: назар аудар), the Apertium bilingual
dictionaries and extra word list, the UniMorph lemmas outside the held-out fifth (`heldout`), and
Debian's hunspell-kk word list (new stems only; skipped with a warning when not installed:
`apt-get install hunspell-kk`). A later source never adds a bound stem of a known word (ауз of
ауыз). UD Kazakh-KTB is never read: it is evaluation data. Word frequencies from KazNERD and the
raw Apertium texts rank readings (`frequencies.py`).

Writes `data/lexicon.tsv.gz` (stem, lemma, upos, paradigm, feats, flags, frequency), `data/meta.json`, the
word pairs of the multi-word entries (`data/phrases.tsv.gz`, `tools/morph/phrases.py`) and the compiled
tables derived from them (`tools/morph/compile.py`);
the irregular forms (`lang/pronouns.tsv`, `lang/copula.tsv`, `lang/closed_forms.tsv`) are read where they
are written.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from taldau.morph.lexicon import DATA_DIR, FORMAT_VERSION, LANG_DIR, Lexeme, entries
from taldau.morph.names import PATRONYMIC_ENDINGS, patronymic_gender
from taldau.morph.phonology import VOWELS, harden, is_back, restore_syncope, syncope

HUNSPELL_DIC = Path("/usr/share/hunspell/kk_KZ.dic")
_CYRILLIC_WORD = re.compile(r"^[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі][А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІіA-Za-z-]*$")
_UPOS_PARADIGM = {"NOUN": "N", "PROPN": "N", "ADJ": "N", "NUM": "N", "PRON": "N", "VERB": "V", "AUX": "V"}
_TAG_UPOS = {"n": "NOUN", "np": "PROPN", "adj": "ADJ", "v": "VERB", "adv": "ADV", "num": "NUM", "post": "ADP",
             "prn": "PRON", "det": "DET", "abbr": "PROPN", "cnjcoo": "CCONJ", "cnjsub": "SCONJ", "ij": "INTJ",
             "interj": "INTJ", "vaux": "AUX", "vblex": "VERB", "cnjadv": "ADV"}
_EXTRA_UPOS = {"N": "NOUN", "V": "VERB", "A": "ADJ", "ADV": "ADV", "N,persn": "PROPN", "N,famn": "PROPN",
               "N,topn": "PROPN", "INTJ": "INTJ", "PRO": "PRON", "NUM": "NUM", "CONJ": "CCONJ", "PART": "PART"}
_CLASS_GENDER = {"NP-ANT-M": "Masc", "NP-COG-M": "Masc", "NP-PAT-VICH": "Masc", "NP-ANT-F": "Fem"}
_SURNAME_CLASSES = {"NP-COG-OB", "NP-COG-MF", "NP-COG-IN"}  # -ов/-ев/-ин: masculine lemma, feminine in -а
# UD Kazakh-KTB tags a connective ADV, CCONJ or SCONJ from one sentence to the next (сондықтан, алайда,
# әрі), and a nationality attributively ADJ (британ): each gets every reading the treebank uses.
_CONNECTIVE = ("ADV", "CCONJ", "SCONJ")
_CLASS_EXTRA_UPOS = {"CA": _CONNECTIVE, "CC": _CONNECTIVE, "CC-SOYED": _CONNECTIVE, "CC-PROTIV": _CONNECTIVE,
                     "CC-RAZDEL": _CONNECTIVE, "CS": _CONNECTIVE, "N1-NAT": ("ADJ",)}
_TRUNCATED_STEMS = {"NP-PAT-VICH", "ABBR", "N-INFL-NKI"}  # Apertium stems that are not words: Александро


def heldout(lemma: str) -> bool:
    """The fifth of UniMorph lemmas kept for evaluation, chosen by a stable hash (seed "taldau")."""
    return hashlib.md5(("taldau:" + lemma).encode()).digest()[0] % 5 == 0


def verb_stem(citation: str) -> str:
    """UniMorph/hunspell -у citation form to the UD stem: бару -> бар, қарау -> қара, қою -> қой,
    жию -> жи (и is ій), шығу -> шық (no verb stem ends in a voiced ғ, г, б after a vowel)."""
    if citation.endswith("ию"):
        return citation[:-1]
    if citation.endswith("ю"):
        return citation[:-1] + "й"
    if citation.endswith("у") and len(citation) > 2:
        return harden(citation[:-1])
    return citation


def _lexeme(lemma: str, upos: str, feats: str = "", flags: str = "") -> Lexeme:
    return Lexeme(lemma, upos, _UPOS_PARADIGM.get(upos, "-"), feats, flags)


def _word_ok(word: str) -> bool:
    return bool(_CYRILLIC_WORD.match(word)) and " " not in word


def apertium(data: Path) -> Iterator[tuple[str, Lexeme]]:
    with open(data / "apertium_kaz_lexicon/kaz_lexicon.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            lemma, upos, cls = row["lemma"], row["upos"], row["apertium_class"]
            if " " in lemma or not lemma or lemma.startswith("<"):
                continue
            if upos == "X":  # abbreviations: АҚШ, ТМД are names, ж. (жыл), млн are nouns
                upos = "PROPN" if lemma[:1].isupper() else "NOUN"
            feats = f"Gender={_CLASS_GENDER[cls]}" if cls in _CLASS_GENDER else ""
            for extra_upos in _CLASS_EXTRA_UPOS.get(cls, ()):
                yield lemma.lower(), _lexeme(lemma, extra_upos)
            if cls in _SURNAME_CLASSES:  # UD lemmatises Сәтбаева to Сәтбаев, Gender=Fem
                feats = "Gender=Masc"
                yield (lemma + "а").lower(), _lexeme(lemma, upos, "Gender=Fem")
            if cls == "NUM":
                feats = "NumType=Card"
            lex = _lexeme(lemma, upos, feats)
            if cls.startswith("ADV-WITH-KI"):  # қазір -> қазіргі; бері (stem бер) -> бергі
                lex = lex._replace(paradigm="A")
            stem = row["stem"].lower()
            if stem == lemma.lower() or " " in stem or cls in _TRUNCATED_STEMS:
                yield lemma.lower(), lex
            elif len(lemma) > 2 and stem == syncope(lemma.lower()) and lemma[-2] in "ыі":
                yield lemma.lower(), lex._replace(flags="y")  # орын ~ орн-ы
            elif cls.startswith("ADV-WITH-KI"):
                yield lemma.lower(), lex._replace(paradigm="-")
                yield stem, lex._replace(flags="b")  # a bound stem: never a word alone
            elif cls == "N-COMPOUND-PX":  # отбасы: отбас + the 3rd-person possessive
                yield lemma.lower(), lex
                yield stem, lex._replace(flags="x")
            else:  # another spelling: Алмата for Алматы, мешпет for бешпет, де for да
                yield lemma.lower(), lex
                if lex.paradigm != "V":  # a verb's other stem is a derivation: көр, stem көрін
                    yield stem, lex


def phrases(data: Path) -> Iterator[tuple[list[str], str]]:
    """(words, UPOS) of Apertium's multi-word light verbs and adverbial phrases (назар аудар, жыл сайын)."""
    with open(data / "apertium_kaz_lexicon/kaz_lexicon.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            words, upos = row["lemma"].split(), row["upos"]
            if len(words) >= 2 and upos in ("VERB", "ADV") and all(map(_word_ok, words)):
                yield words, upos


def light_verbs(data: Path) -> Iterator[tuple[str, Lexeme]]:
    """UD tags the non-final words of a light-verb or adverbial phrase X (назар аудар, іске ас, жыл
    сайын) and lemmatises them as written; the last word of an adverbial phrase is ADV (шын жүректен)."""
    for words, upos in phrases(data):
        for word in words[:-1]:
            yield word.lower(), Lexeme(word, "X", "-")
        if upos == "ADV":
            yield words[-1].lower(), Lexeme(words[-1], "ADV", "-")


def closed(_: Path) -> Iterator[tuple[str, Lexeme]]:
    for upos, paradigm, feats, stems in _read_tsv(LANG_DIR / "closed_lexemes.tsv"):
        for stem, lemma in entries(stems):
            yield stem, Lexeme(lemma, upos, paradigm, "" if feats == "-" else feats)


def bidix(data: Path) -> Iterator[tuple[str, Lexeme]]:
    for path, word_col, tag_col in (("apertium_kaz_rus/kaz-rus.bidix.tsv", 0, 1),
                                    ("apertium_eng_kaz/eng-kaz.bidix.tsv", 2, 3)):
        for row in _read_tsv(data / path, skip_header=True):
            word, tags = row[word_col], row[tag_col].split(".")
            upos = _TAG_UPOS.get(tags[0])
            if upos and _word_ok(word) and "#" not in word:
                if upos == "PROPN" and "ant" in tags:
                    feats = "Gender=Fem" if "f" in tags else "Gender=Masc"
                else:
                    feats = ""
                yield word.lower(), _lexeme(word, upos, feats)


def extra(data: Path) -> Iterator[tuple[str, Lexeme]]:
    for row in _read_tsv(data / "apertium_kaz_lexicon/lexicon_kaz_rus_extra.tsv", skip_header=True):
        upos, lemma = _EXTRA_UPOS.get(row[0]), row[1]
        if upos and _word_ok(lemma):
            if upos == "VERB":
                lemma = verb_stem(lemma)
            yield lemma.lower(), _lexeme(lemma, upos)


def hunspell(_: Path) -> Iterator[tuple[str, Lexeme]]:
    if not HUNSPELL_DIC.exists():
        print(f"warning: {HUNSPELL_DIC} not found (apt-get install hunspell-kk); skipping hunspell", file=sys.stderr)
        return
    for line in HUNSPELL_DIC.read_text(encoding="utf-8-sig").splitlines()[1:]:
        word, _, flags = line.partition("/")
        if not _word_ok(word):
            continue
        if flags.startswith("M"):  # verb in the -у citation form
            yield verb_stem(word).lower(), _lexeme(verb_stem(word), "VERB")
        elif flags:
            upos = "PROPN" if word[0].isupper() else "NOUN"
            yield word.lower(), _lexeme(word, upos)
        else:  # no affix flags: mostly -лық adjectives
            yield word.lower(), _lexeme(word, "ADJ")


def unimorph(data: Path) -> Iterator[tuple[str, Lexeme]]:
    """UniMorph lemmas outside the held-out fifth; verb stems read off the 3sg past (оқыды -> оқы)."""
    past: dict[str, str] = {}
    pos: dict[str, str] = {}
    for lemma, form, tags in _read_tsv(data / "unimorph_kaz/kaz.inflection.tsv"):
        if heldout(lemma):
            continue
        pos[lemma] = tags.split(";")[0]
        if tags.split(";") == ["V", "SG", "3", "PST"] and form[-2:] in ("ды", "ді", "ты", "ті"):
            past[lemma] = form[:-2]
    for lemma, p in pos.items():
        if p == "N":
            yield lemma.lower(), _lexeme(lemma, "NOUN")
        elif p == "V":
            stem = past.get(lemma, verb_stem(lemma))
            yield stem.lower(), _lexeme(stem, "VERB")


SOURCES = (("apertium-kaz lexicon", apertium), ("closed classes (taldau)", closed), ("apertium phrases", light_verbs),
           ("apertium bilingual dictionaries", bidix), ("apertium extra", extra),
           ("unimorph (80% of lemmas)", unimorph))


def patronymics(lexicon: dict[str, list[Lexeme]]) -> None:
    """In place, a lexeme spelt as a patronymic (`names.patronymic_gender`: Өтемісұлы, Ахметқызы) is the proper noun
    with the gender its ending gives, as `names` reads one the lexicon lacks: the sources list many as common nouns
    (Apertium's extra words, NP-UNK) and Apertium's surnames of both genders give Қанышқызы Gender=Masc and a
    feminine Қанышқызыа, which goes. A daughter or son of a common noun stays one (ханқызы, a princess)."""
    for stem in list(lexicon):
        kept = []
        for lex in lexicon[stem]:
            gender = patronymic_gender(lex.lemma) if lex.upos in ("NOUN", "PROPN") else None
            if gender is None or _common_compound(lex.lemma, lexicon):
                kept.append(lex)
            elif stem == lex.lemma.lower():  # not a surname's feminine in -а
                kept.append(_lexeme(lex.lemma[:1].upper() + lex.lemma[1:], "PROPN", f"Gender={gender}", lex.flags))
        lexicon[stem] = list(dict.fromkeys(kept))
        if not kept:
            del lexicon[stem]


def _common_compound(lemma: str, lexicon: dict[str, list[Lexeme]]) -> bool:
    """A lowercase ...ұлы or ...қызы after a common noun: that noun's son or daughter (ханқызы), no patronymic."""
    low = lemma.lower()
    base = next(low[: -len(suffix)] for suffix in PATRONYMIC_ENDINGS if low.endswith(suffix))
    return lemma.islower() and any(lex.upos == "NOUN" and lex.lemma.islower() for lex in lexicon.get(base, ()))


def _read_tsv(path: Path, skip_header: bool = False) -> Iterator[list[str]]:
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if (skip_header and i == 0) or line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


def collect(data: Path, sources=SOURCES, lexicon: dict[str, list[Lexeme]] | None = None) -> dict[str, list[Lexeme]]:
    """Stem -> lexemes, first source first; a later source only adds lemma+POS pairs not yet seen."""
    lexicon = {} if lexicon is None else lexicon
    seen = {(stem, *lex[:4]) for stem, lexemes in lexicon.items() for lex in lexemes}
    counts = {}
    for name, source in sources:
        n = 0
        for stem, lex in source(data):
            if not stem or (lex.paradigm == "V" and not any(c in VOWELS or c == "у" for c in stem)):  # қу, ту
                continue
            key = (stem, *lex[:4])
            if _bound(stem, lex, lexicon):
                continue
            if key in seen:
                if lex.flags:  # a second Apertium row that marks the syncope stem
                    entries = lexicon[stem]
                    entries[:] = [e._replace(flags=lex.flags) if e[:4] == lex[:4] else e for e in entries]
                continue
            seen.add(key)
            lexicon.setdefault(stem, []).append(lex)
            n += 1
        counts[name] = n
    print("lexemes per source:", counts, file=sys.stderr)
    return lexicon


def _bound(stem: str, lex: Lexeme, lexicon: dict[str, list[Lexeme]]) -> bool:
    """`stem` is listed as a word but is the form a known word takes before a vowel: ауз of ауыз."""
    if stem != lex.lemma.lower() or lex.paradigm not in ("N", "V"):
        return False
    fuller = {restore_syncope(stem, True), restore_syncope(stem, False)} - {None}
    return any("y" in e.flags and e.paradigm == lex.paradigm for f in fuller for e in lexicon.get(f, ()))


def write(lexicon: dict[str, list[Lexeme]], freqs: dict[tuple[str, str], int], out: Path, data: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    lines = []
    for stem in sorted(lexicon):
        for lex in lexicon[stem]:
            f = freqs.get((lex.lemma, lex.upos), 0)
            lines.append("\t".join((stem, lex.lemma, lex.upos, lex.paradigm, lex.feats, lex.flags, str(f))) + "\n")
    with gzip.GzipFile(out / "lexicon.tsv.gz", "wb", compresslevel=9, mtime=0) as f:  # same input, same bytes
        f.write("".join(lines).encode("utf-8"))
    meta = {
        "format_version": FORMAT_VERSION,
        "entries": len(lines),
        "sources": _provenance(data),
        "licence": "GPL-3.0-or-later (derived from GPL-3.0 Apertium data and GPL-2+/LGPL/MPL hunspell-kk; "
        "UniMorph lemmas CC BY-SA 3.0)",
        "build": "python -m tools.morph.build",
    }
    (out / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _provenance(data: Path) -> list[dict[str, str]]:
    out = []
    for folder, licence in (("apertium_kaz_lexicon", "GPL-3.0"), ("apertium_kaz_rus", "GPL-3.0"),
                            ("apertium_eng_kaz", "GPL-3.0"), ("unimorph_kaz", "CC BY-SA 3.0"),
                            ("kaznerd", "CC BY 4.0 (frequencies only)"),
                            ("apertium_kaz_texts", "CC BY-SA 4.0 (frequencies only)")):
        readme = (data / folder / "README.md").read_text(encoding="utf-8")
        repo = re.search(r"Source repository: `([^`]+)`", readme)
        commit = re.search(r"Commit: `([0-9a-f]+)`", readme)
        out.append({"dataset": folder, "repository": repo.group(1) if repo else "",
                    "commit": commit.group(1) if commit else "", "licence": licence})
    hun = "hunspell-kk (Debian package, /usr/share/hunspell/kk_KZ.dic)"
    out.append({"dataset": hun, "repository": "debian:hunspell-kk", "commit": _debian_version("hunspell-kk"),
                "licence": "GPL-2+ or LGPL-2.1+ or MPL-1.1", "used": str(HUNSPELL_DIC.exists())})
    return out


def _debian_version(package: str) -> str:
    status = Path("/var/lib/dpkg/status")
    if not status.exists():
        return ""
    m = re.search(rf"Package: {package}\n(?:.+\n)*?Version: (\S+)", status.read_text(encoding="utf-8", errors="replace"))
    return m.group(1) if m else ""


def _unknown(source):
    """Keep only the words the lexicon cannot read yet: hunspell-kk also lists inflected forms
    (есептемелер beside есептеме) and bound stems (ауз beside ауыз)."""
    from taldau.morph.lexicon import stems
    from taldau.morph.lookup import lookup

    def filtered(data: Path) -> Iterator[tuple[str, Lexeme]]:
        entries = list(source(data))
        words = {stem for stem, _ in entries}
        for stem, lex in entries:
            if lex.paradigm == "V":
                known = any(x.paradigm == "V" for x in stems().get(stem, ()))
            else:
                known = lookup(stem) or restore_syncope(stem) in stems() or _inflected(stem, words)
                known = known or (lex.upos != "PROPN" and _cut(stem))
            if not known:
                yield stem, lex

    return filtered


def _cut(stem: str) -> bool:
    """`stem` is a known word's form cut before its last vowel, as hunspell-kk also lists: жөндеуд (жөндеу|ді),
    беред (бер|еді), демеуш (де|меуші), бюджетт, деңгейдег, or a known word cut of its last vowel: белг (белгі),
    себеб (себебі), күрдел (күрделі); each would read the word whole as itself plus ы/і, a possessive (береді as
    беред|і, a noun; белгісі as белг|і|сі)."""
    from taldau.morph.lookup import lookup

    if stem[-1] in VOWELS:
        return False
    whole = stem + ("ы" if is_back(stem) else "і")
    return any(len(a.lemma) < len(stem) and stem.startswith(a.lemma.lower())
               or a.lemma.lower() == whole and len(a.morphemes) == 1 for a in lookup(whole))  # not трибуна|лы


SHORT_VERB = 3  # hunspell-kk's verbs of up to this many letters need forms in the corpus (`_drop_unattested`)
# The forms that attest a verb, as сал- shows them: its past, -ып converb, -ған participle and present
ATTESTING = ("сал", ("салды", "салып", "салған", "салады"))


def _drop_unattested(lexicon: dict[str, list[Lexeme]], verbs: set[str], counts: Counter[str]) -> None:
    """Take out the short verb stems of `verbs` none of whose past, -ып converb, -ған participle or present is a
    word of the corpus (`counts`) that no other lexeme reads. hunspell-kk flags nouns in -у as verbs in the -у
    citation form (жау, бау, тау, ару, елу), so their stems жа, ба, та, ар, ел became verbs that read frequent
    words anew: жаулар as жа|у|лар, бар as ба|р, белгісі as бе|л|гісі."""
    from taldau.morph import generate
    from taldau.morph.lookup import lookup

    model, forms = ATTESTING
    attesting = {a.feats for form in forms for a in lookup(form) if a.lemma == model and a.upos == "VERB"}
    words = Counter()
    for word, n in counts.items():
        words[word.lower()] += n
    for stem in sorted(verbs):
        attested = any(words[form] and all(a.lemma.lower() == stem and a.upos in ("VERB", "AUX") for a in lookup(form))
                       for feats in sorted(attesting) for form in generate(stem, feats))
        if not attested and stem in lexicon:
            lexicon[stem] = [lex for lex in lexicon[stem] if lex.paradigm != "V"]
            if not lexicon[stem]:
                del lexicon[stem]


def _inflected(word: str, words: set[str]) -> bool:
    """`word` is another of `words` with a nominal ending: есептемелер <- есептеме."""
    from taldau.morph.endings import table

    for i in range(len(word) - 1, 1, -1):
        for e in table().get(word[i:], ()):
            if e.paradigm == "N" and not e.bare and word[:i] + e.stem_tail in words:
                return True
    return False


def _rewrite(lexicon: dict[str, list[Lexeme]], freqs: dict[tuple[str, str], int], data: Path) -> None:
    from taldau.morph import lexicon as lexicon_module
    from taldau.morph.lookup import _resolve

    write(lexicon, freqs, DATA_DIR, data)
    for cached in (lexicon_module.meta, lexicon_module.stems, lexicon_module.forms, lexicon_module.by_lemma, _resolve):
        cached.cache_clear()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    root = Path(__file__).resolve().parents[2]
    parser.add_argument("--data", type=Path, default=root.parent / "shared" / "data")
    args = parser.parse_args(argv)
    if not (args.data / "apertium_kaz_lexicon").exists():
        sys.exit(f"no data at {args.data}; pass --data PATH (the folder with apertium_kaz_lexicon/)")
    from tools.morph.compile import main as compile_tables
    from tools.morph.frequencies import lemma_frequencies, word_counts
    from tools.morph.phrases import write as write_phrases

    lexicon = collect(args.data)
    _rewrite(lexicon, {}, args.data)  # the analyser needs a lexicon to filter hunspell and count lemmas
    new = list(_unknown(hunspell)(args.data))
    collect(args.data, (("hunspell-kk (new stems only)", lambda _: new),), lexicon)
    _rewrite(lexicon, {}, args.data)
    _drop_unattested(lexicon, {stem for stem, lex in new if lex.paradigm == "V" and len(stem) <= SHORT_VERB},
                     word_counts(args.data))
    patronymics(lexicon)
    _rewrite(lexicon, {}, args.data)
    _rewrite(lexicon, lemma_frequencies(args.data), args.data)  # the tables below read the lexicon as written
    write_phrases(args.data)
    compile_tables()
    print(f"wrote {DATA_DIR}", file=sys.stderr)


if __name__ == "__main__":
    main()
