"""taldau.morph against hand-written gold tables, in both directions (analysis and generation)."""
from __future__ import annotations

from pathlib import Path

import pytest

import taldau
from taldau.morph import analyze, analyze_many, generate, lemmatize
from taldau.morph.lexicon import CASES, PERSONS, paradigm

HERE = Path(__file__).parent


def rows(name: str) -> list[tuple[str, ...]]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]


def readings(name: str) -> list[tuple[str, str, str, str]]:
    """(form, lemma, upos, feats) of a table of readings, each row a reading and then its form."""
    return [(form, lemma, upos, feats) for lemma, upos, feats, form in rows(name)]


def paradigms(name: str, slots: tuple[str, ...]) -> list[tuple[str, str, str, str]]:
    """(form, lemma, upos, feats) of a paradigm table, one column per slot."""
    return [(form, f.lemma, f.upos, f.feats) for form, f in paradigm(HERE / name, slots)]


BOTH_WAYS = paradigms("nouns.tsv", CASES) + paradigms("verbs.tsv", PERSONS) + readings("special.tsv")


@pytest.mark.parametrize("form, lemma, upos, feats", BOTH_WAYS + readings("analysis_only.tsv"))
def test_analysis_has_reading(form, lemma, upos, feats):
    readings = {(a.lemma, a.upos, a.feats) for a in analyze(form)}
    assert (lemma, upos, feats) in readings


@pytest.mark.parametrize("form, lemma, upos, feats", BOTH_WAYS)
def test_generation_has_form(form, lemma, upos, feats):
    assert form.lower() in [f.lower() for f in generate(lemma, feats)]


@pytest.mark.parametrize("lemma, features, form", [
    ("бала", "N;GEN;PL", "балалардың"),
    ("мектеп", "N;PSS1S;SG", "мектебім"),
    ("үй", "N;PSS2S;PL;LSSPEC2", "үйлеріңіз"),
    ("оқу", "V;SG;3;PRS", "оқиды"),  # -у citation form -> stem оқы
    ("келу", "V;SG;1;PST", "келдім"),
    ("жазу", "V;SG;3;NEG;PST", "жазбады"),
    ("келу", "V;PRF;SG;1;PST", "келгенмін"),
    ("бару", "V;SBJV;SG;1;FUT", "барармын"),
    ("келу", "V;FRML;IMP;SG;2", "келіңіз"),
    ("жабу", "V;SG;3;PST", "жапты"),  # the citation form is softened: жабу <- жап
    ("жабу", "V;PROG;SG;3;PRS", "жауып отыр"),  # жап -> жауып before -ып
    ("жату", "V;PROG;SG;2;INFM;PRS", "жатырсың"),  # a posture verb is its own progressive
    ("бару", "V;PRF;PL;1;PST", "барғанбыз"),  # -быз after н
    ("кию", "V;SG;3;PST", "киді"),  # -ию citation form -> stem ки
    ("ән салу", "V;SG;3;PST", "ән салды"),  # a phrase inflects its last word
    ("бару", "V;PROG;SG;1;PRS", "бара жатырмын"),  # a verb of motion: -а + жатыр
    ("аю", "N;DAT;SG", "аюға"),  # ю after a vowel is native йу: back harmony from а
])
def test_unimorph_notation(lemma, features, form):
    assert form in generate(lemma, features)


@pytest.mark.parametrize("lemma, features, forms", rows("generated.tsv"))
def test_generation_writes_exactly(lemma, features, forms):
    assert sorted({f.lower() for f in generate(lemma, features)}) == sorted(forms.lower().split(","))


@pytest.mark.parametrize("form, lemma, upos, feats, standard", rows("misspelt.tsv"))
def test_misspelling_is_read_not_written(form, lemma, upos, feats, standard):
    assert (lemma, upos, feats) in {(a.lemma, a.upos, a.feats) for a in analyze(form)}
    written = generate(lemma, feats.replace("Typo=Yes|", ""))
    assert standard in written and form not in written


def test_capitalised_misspelling_may_be_a_name():
    readings = analyze("Тартбай")  # тарт|пай misspelt, or a name
    assert any("Typo=Yes" in a.feats for a in readings)
    assert ("Тартбай", "PROPN", True) in {(a.lemma, a.upos, a.guessed) for a in readings}


@pytest.mark.parametrize("lemma, feats, form", [
    ("бол", "Aspect=Perf|VerbForm=Conv", "болып"),  # not боп
    ("ол", "Case=Abl|PronType=Dem", "одан"),  # not онан
    ("бұл", "Case=Nom|PronType=Dem", "бұл"),  # not бұ
])
def test_variant_full_forms_are_not_generated(lemma, feats, form):
    assert generate(lemma, feats) == [form]


@pytest.mark.parametrize("lemma, feats, forms", [
    ("көр", "Aspect=Hab|Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin", ["көремін"]),  # not көрем
    ("ал", "Aspect=Imp|Polarity=Neg|VerbForm=Part", ["алмайтын"]),  # not алматын
    ("бар", "Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin", ["бардық", "барғанбыз", "баратынбыз"]),
])
def test_generation_writes_standard_forms_only(lemma, feats, forms):
    assert generate(lemma, feats) == forms


def test_unknown_unimorph_tag_is_an_error():
    with pytest.raises(ValueError, match="UniMorph"):
        generate("бала", "ADJ;GEN")


@pytest.mark.parametrize("word", ["геосаясиландырылмағандықтан", "Борбасовтың", "xyzzy", "ъъъ"])
def test_unknown_words_get_guessed_readings(word):
    readings = analyze(word)
    assert readings and all(a.guessed for a in readings)


@pytest.mark.parametrize("word, lemma, upos", [
    ("құмпайлардан", "құмпай", "NOUN"),  # invented words: the guesser splits off the ending
    ("жұлқылдадым", "жұлқылда", "VERB"),
    ("Құмпайбектерге", "Құмпайбек", "PROPN"),
])
def test_guesser_finds_the_stem_first(word, lemma, upos):
    best = analyze(word)[0]
    assert (best.lemma, best.upos, best.guessed) == (lemma, upos, True)


@pytest.mark.parametrize("word, lemma", [
    ("балалардың", "бала"), ("жазбадым", "жаз"), ("Қазақстанда", "Қазақстан"), ("мектебімізде", "мектеп"),
])
def test_lemmatize(word, lemma):
    assert lemmatize(word) == lemma


@pytest.mark.parametrize("word, lemma", [("құдайға", "құдай"), ("исламның", "ислам"), ("бейсенбіде", "бейсенбі")])
def test_lower_case_word_reads_as_written(word, lemma):
    # the lexicon spells these lemmas both ways (Құдай and құдай): a word written in lower case gets its lemma
    # in lower case before the capitalised twin, as KTB writes it; the twin stays a reading
    twins = [a.lemma for a in analyze(word) if a.lemma.lower() == lemma]
    assert twins[0] == lemma and lemma.capitalize() in twins
    assert lemmatize(word) == lemma


@pytest.mark.parametrize("word", ["Тбилиси", "Қарабиси", "Сарыбели"])
def test_capitalised_unknown_word_may_be_a_name_as_written(word):
    # the guesser's likeliest stems may all be verbs (тбилисы, converbs in -и): a name as written stays a reading
    assert (word, "PROPN", "Case=Nom") in {(a.lemma, a.upos, a.feats) for a in analyze(word)}


@pytest.mark.parametrize("word, name", [("Кельмистің", "Кельмис"), ("Дорнеридің", "Дорнери"),
                                        ("Фарнсвордтың", "Фарнсворд")])
def test_unknown_name_in_the_genitive_before_a_name_with_your(word, name):
    # made-up names: -тің/-дің is the genitive of the name, before "your Кельмист" (a name seldom takes "your")
    readings = [(a.lemma, a.feats) for a in analyze(word) if a.upos == "PROPN"]
    assert readings[0] == (name, "Case=Gen")


@pytest.mark.parametrize("word", ["ЕҚДБ", "ИДБ", "ХЖҚО"])
def test_unknown_capital_abbreviation_is_a_name(word):
    # an abbreviation the lexicon lacks: one guessed name as written, not an imperative of a made-up verb
    assert [(a.lemma, a.upos, a.feats, a.guessed) for a in analyze(word)] == [(word, "PROPN", "Case=Nom", True)]


@pytest.mark.parametrize("word", ["жөндеуді", "береді", "елді", "бюджетті", "деңгейдегі", "демеуші", "зерттеуді"])
def test_no_stem_is_a_word_cut_before_its_ending(word):
    # hunspell-kk lists such cuts as stems (жөндеуд, беред): the word whole read as the cut plus a possessive і
    assert word[:-1] not in {a.lemma.lower() for a in analyze(word)}


@pytest.mark.parametrize("word, cut", [("белгісі", "белг"), ("себебі", "себеб"), ("күрделі", "күрдел"),
                                       ("түбегейлі", "түбегейл"), ("мүдделі", "мүддел")])
def test_no_stem_is_a_word_cut_of_its_last_vowel(word, cut):
    # hunspell-kk also lists белг (of белгі), себеб, күрдел: белгісі would read as белг|і|сі
    assert cut not in {a.lemma.lower() for a in analyze(word)}


# (word, a short verb stem it must not read as): hunspell-kk's nouns in -у taken for verbs in the -у citation form
BOGUS_VERBS = [("жаулар", "жа"), ("белгісі", "бе"), ("бар", "ба"), ("май", "ма"), ("дау", "да"), ("ел", "ел"),
               ("ай", "ай"), ("тап", "та"), ("келді", "ке"), ("бала", "ба"), ("екеуінің", "еке")]


@pytest.mark.parametrize("word, stem", BOGUS_VERBS)
def test_no_short_verb_without_forms_in_running_text(word, stem):
    assert stem not in {a.lemma for a in analyze(word) if a.upos in ("VERB", "AUX")}


@pytest.mark.parametrize("word, lemma", [("жаудың", "жау"), ("сеніп", "сен"), ("ұнайды", "ұна"), ("деді", "де"),
                                         ("жеді", "же"), ("қуып", "қу")])
def test_short_verbs_with_forms_in_running_text_stay(word, lemma):
    assert lemma in {a.lemma for a in analyze(word)}


@pytest.mark.parametrize("word, lemma", [("ЖОБА", "жоба"), ("ЖІӨ", "ЖІӨ"), ("ЖОБАЛАРЫН", "жоба")])
def test_capitals_the_lexicon_knows_keep_their_reading(word, lemma):
    assert analyze(word)[0].lemma == lemma and not analyze(word)[0].guessed


@pytest.mark.parametrize("word, lemma", [("бидай", "бидай"), ("маңдай", "маңдай"), ("Кедей", "кедей"),
                                         ("тақтай", "тақтай")])
def test_a_noun_of_the_lexicon_is_no_equative_of_a_shorter_stem(word, lemma):
    # бидай (wheat) is not би + дай (like a judge), Кедей not Ке + дей; an equative of a word the lexicon lacks stays
    readings = analyze(word)
    assert lemma in {a.lemma for a in readings} and not any(m == "EQU" for a in readings for _, m in a.morphemes)
    assert ("тас", "NOUN") in {(a.lemma, a.upos) for a in analyze("тастай")}  # like a stone


@pytest.mark.parametrize("word", ["мені", "менің", "сені", "сенің"])
def test_personal_pronouns_take_no_possessive_ending(word):
    # мені is "me" (the pronoun table), not мен + і "its I"; the reflexive өз is declined so (өзі)
    assert not any(a.upos == "PRON" and "[psor]" in a.feats for a in analyze(word))
    assert any(a.upos == "PRON" and "Person[psor]=3" in a.feats for a in analyze("өзі"))


@pytest.mark.parametrize("word, lemma", [("ондағы", "ол"), ("мұндағы", "бұл"), ("осындағы", "осы"), ("біздегі", "біз")])
def test_a_pronoun_in_the_locative_takes_the_attribute_ending(word, lemma):
    # ондағы адамдар, "the people there": the locative, as a noun's -дағы reads (үйдегі: үй, Case=Loc)
    assert any((a.lemma, a.upos) == (lemma, "PRON") and "Case=Loc" in a.feats for a in analyze(word))
    assert word not in generate(lemma, "Case=Loc")  # онда is the locative written; ондағы is only read


@pytest.mark.parametrize("word, feats", [("экономистер", "Case=Nom|Number=Plur"),
                                         ("экономистерге", "Case=Dat|Number=Plur"), ("текстте", "Case=Loc")])
def test_a_loan_in_st_loses_t_before_an_ending_in_t(word, feats):
    # экономист + тер is written экономистер (журналистер, турист...)
    assert (word[:word.index("ст") + 2], "NOUN", feats) in {(a.lemma, a.upos, a.feats) for a in analyze(word)}


def test_a_capitalised_verb_form_may_be_a_name_inside_a_sentence():
    # the dictionary reads Қашаған only as a form of қаша (to flee): inside a sentence a name's reading is offered
    # after the verb's; not by analyze, nor first in a sentence, nor after an opening quote
    from taldau.pipeline import Pipeline

    doc = Pipeline(["morph"])("Қашаған жау. Биыл Қашағанда «Қашаған» жұмыс істейді.")
    names = [any(a.upos == "PROPN" and a.lemma == "Қашаған" and a.guessed for a in t.analyses)
             for t in doc.tokens if t.text.startswith("Қашаған")]
    assert names == [False, True, False]
    assert all(a.upos == "VERB" for a in analyze("Қашаған")) and not doc.tokens[0].analyses[0].guessed


def test_morphemes_spell_the_word():
    for word in ("инвестициялармен", "мектебімізде", "оқиды", "АҚШ-тың", "9-орынды", "актёрлер", "Асанқызына",
                 "5-ншіден", "тауып", "жияды", "отбасында", "үлкенірек", "құмпайлардан", "құмпайласып", "келмедың",
                 "ойлаыңыз"):
        for a in analyze(word):
            assert "".join(surface for surface, _ in a.morphemes).lower() == word.lower()


def test_morpheme_glosses():
    best = analyze("инвестициялармен")[0]
    assert best.morphemes == (("инвестиция", "STEM"), ("лар", "PL"), ("мен", "INS"))
    assert best.as_dict()["feats"] == "Case=Ins|Number=Plur"


def test_analyze_many_matches_analyze():
    words = ["бала", "балалар", "бала", ".", "2001-ден"]
    assert analyze_many(words) == [analyze(w) for w in words]


def test_empty_word_is_an_error():
    with pytest.raises(ValueError):
        analyze("")


@pytest.mark.parametrize("latin, cyrillic", [
    ("paiyzğa", "пайызға"), ("jyly", "жылы"), ("Qazaqstannyñ", "Қазақстанның"), ("AQŞ-tyñ", "АҚШ-тың"),
    ("2001-den", "2001-ден"), ("mūnaidy", "мұнайды"), ("qarym-qatynastary", "қарым-қатынастары"),
])
def test_latin_kazakh_reads_as_its_cyrillic_spelling(latin: str, cyrillic: str) -> None:
    assert [(a.lemma, a.upos, a.feats) for a in analyze(latin)] == [(a.lemma, a.upos, a.feats) for a in analyze(cyrillic)]


@pytest.mark.parametrize("word", ["Business", "Trump", "iPhone"])
def test_foreign_words_in_latin_letters_are_not_transliterated(word: str) -> None:
    assert all(a.lemma.isascii() for a in analyze(word))


@pytest.mark.parametrize("text, foreign", [
    ("«Мы поддерживаем этот проект», – деді ол.", ["Мы", "поддерживаем", "этот", "проект"]),
    ('Ол "We support this project" деді.', ["We", "support", "this", "project"]),
    ("Министр «Бұл жоба маңызды» деді.", []),  # a Kazakh quotation
    ("Ол «Самұрық-Қазына» қорында, «Казахмыс» компаниясында істеген.", []),  # names in quotes
    ("Ол «Вечерний Алматы» газетін, «Game of Thrones» сериалын ұнатады.", []),  # ... of several words
    ("«Мен «Казахстанская правда» газетінде істедім», — деді ол.", []),  # a quotation around a name
])
def test_a_russian_or_english_quotation_in_a_kazakh_sentence_gets_foreign_readings(text: str, foreign: list[str]) -> None:
    doc = taldau.analyze(text)
    assert [t.text for t in doc.tokens if t.feats == "Foreign=Yes"] == foreign
    assert all(t.upos != "X" for t in doc.tokens if t.text in ("деді", "Ол", "ол", "Министр", "қорында"))


@pytest.mark.parametrize("word, lemma, upos", [("сондай-ақ", "сондай-ақ", "CCONJ"), ("Нью-Йоркке", "Нью-Йорк", "PROPN"),
                                               ("Алматы-мен", "Алматы", "PROPN")])
def test_a_hyphen_before_an_ending_inflects_a_name_only(word, lemma, upos):
    # Microsoft-пен is Microsoft with "with"; a lowercase word keeps its own reading (сондай-ақ: "as well as"), and a
    # compound inflects its last part (Нью-Йорк)
    first = analyze(word)[0]
    assert (first.lemma, first.upos) == (lemma, upos)


def test_prefixed_compounds_need_a_known_bare_adjective():
    from taldau.morph import lookup
    from taldau.morph.prefixes import prefixed

    assert [a.lemma for a in prefixed("көпсалалы", lookup.lookup)] == ["көпсалалы"]
    assert prefixed("көпті", lookup.lookup) == []  # too short a rest: көп-ті, "many" in the accusative
    assert prefixed("бірлестікке", lookup.lookup) == []  # the rest no bare adjective
    assert prefixed("Жетіқара", lookup.lookup) == []  # a capitalised word may be a place or a surname of that shape
    assert all(a.guessed for a in prefixed("көпсалалы", lookup.lookup))  # inferred, not the dictionary's
