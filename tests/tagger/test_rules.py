"""The rules after the ranker, on readings put in a chosen order (whatever the ranker would choose)."""
import pytest

from taldau.morph import analyze
from taldau.tagger.conventions import (enclitics_opening, equatives, light_verbs, nouns_after_adjectives,
                                      participles_before_copulas, postpositions_after_their_case, totals_as_adjectives,
                                      writers_case)
from taldau.tagger import (LEMMA_GATES, SENTENCE_RULES, additive_particles, auxiliaries, concessive_particles,
                           demonstrative_pronouns, fit_sentence, indefinite_articles, interjections, interrogative_determiners,
                           interrogative_pronouns, joiners_as_pronouns, unsupported_auxiliaries,
                           light_verb_nouns, names_inside_sentences, numbers_in_digits, promote, quoted_names,
                           stray_postpositions, suppositions, verbs_after_converbs)


def chosen(text: str, word: str, upos: str) -> list[tuple]:
    """The sentence's readings in the analyser's order, with `word`'s first reading of `upos` put first."""
    out = [tuple(analyze(w)) for w in text.split()]
    i = text.split().index(word)
    out[i] = promote(out[i], next(k for k, a in enumerate(out[i]) if a.upos == upos))
    return out


@pytest.mark.parametrize("text, upos", [
    ("Бұл еді .", "PRON"),  # before a copula: nothing to determine
    ("Сол кім ?", "PRON"),
    ("Бұл біздің үлкен жетістігіміз .", "PRON"),
    ("Менің айтарым осы .", "PRON"),
    ("Біз бұл кітапты оқыдық .", "DET"),
    ("Осы айтылған сөз дұрыс .", "DET"),  # a participle opens the noun phrase
    ("Осы « Болашақ » бағдарламасы .", "DET"),  # so does an opening quote
    ("Бұл Қазақстанның ең үлкен көлі .", "PRON"),  # before a name: "this is Kazakhstan's", no "this Kazakhstan"
    ("Бұл қаланың ең үлкен көлі .", "DET"),  # before a common noun it may determine it: "this city's"
    ("Сол Қазақстанның ең үлкен көлі .", "DET"),  # сол, "that same", may determine a name
])
def test_demonstrative_before_what_ends_a_phrase(text, upos):
    word = next(w for w in text.split() if w.lower() in ("бұл", "сол", "осы"))
    out = demonstrative_pronouns(chosen(text, word, "DET"))
    assert out[text.split().index(word)][0].upos == upos


@pytest.mark.parametrize("text, upos", [
    ("Бұдан не пайда бар ?", "DET"),  # what use: before a noun
    ("Сен қай ауылдансың ?", "DET"),
    ("Сен не істедің ?", "PRON"),  # before a verb: the object "what"
    ("Бұл не ?", "PRON"),
    ("Оның не ақылы , не күші жоқ .", "PRON"),  # не ... не: neither ... nor, not "what wits"
])
def test_interrogative_before_a_noun(text, upos):
    word = next(w for w in text.split() if w in ("не", "қай"))
    out = interrogative_determiners(chosen(text, word, "PRON"))
    assert out[text.split().index(word)][0].upos == upos


@pytest.mark.parametrize("text, word, upos", [
    ("Атам бақшада отыр .", "отыр", "VERB"),  # after a locative, no converb to lean on: sits
    ("Біз қалада тұрамыз .", "тұрамыз", "VERB"),  # we live in the town
    ("Олар үйге жаяу жүрді .", "жүрді", "VERB"),  # after an adverb: walked
    ("Ол кітап оқып та жүр .", "жүр", "AUX"),  # a particle "too" between the converb and it
    ("Бала ұйықтап жатыр .", "жатыр", "AUX"),  # after a converb: stays
    ("Менің әнді тыңдағым келеді .", "келеді", "AUX"),  # after a desiderative: stays
    ("Ол жаңа үй салып берді .", "берді", "AUX"),  # бер after a converb: built it for them
])
def test_an_aspect_auxiliary_with_nothing_to_lean_on_is_a_verb(text, word, upos):
    out = unsupported_auxiliaries(chosen(text, word, "AUX"))
    i = text.split().index(word)
    assert out[i][0].upos == upos
    assert out[i][0].feats == chosen(text, word, "AUX")[i][0].feats  # the twin: lemma and features kept


@pytest.mark.parametrize("text, word, upos", [
    ("Бұл хатты кім жазды ?", "кім", "PRON"),  # before a verb: who wrote it
    ("Кім ?", "Кім", "PRON"),  # nothing after it
    ("Сен кім , мен кім ?", "кім", "PRON"),  # before a comma
    ("Қай кітап жақсы ?", "Қай", "DET"),  # before a noun it determines: which book
    ("Кім болса да келсін .", "Кім", "PRON"),  # before a copula
])
def test_interrogative_with_nothing_to_determine(text, word, upos):
    words = text.split()
    out = interrogative_pronouns([promote(r, next((k for k, a in enumerate(r) if a.upos == "DET"), 0))
                                  for r in (tuple(analyze(w)) for w in words)])
    assert out[words.index(word)][0].upos == upos


@pytest.mark.parametrize("text, upos", [
    ("Парламентте мен сөз сөйледім .", "PRON"),  # after a locative
    ("Оған қарамастан мен келдім .", "PRON"),  # after a postposition
    ("« Мен келдім » деді .", "PRON"),  # after an opening quote
    ("Әкем мен шешем келді .", "CCONJ"),
    ("« Шеврон » мен « Болашақ » келді .", "CCONJ"),  # after a closing quote
])
def test_joiner_after_no_nominal(text, upos):
    word = next(w for w in text.split() if w.lower() == "мен")
    out = joiners_as_pronouns(chosen(text, word, "CCONJ"))
    assert out[text.split().index(word)][0].upos == upos


@pytest.mark.parametrize("text, upos", [
    ("Франция мен Германия келісті .", "CCONJ"),  # between two names: "and"
    ("Қазақстан мен көрші елдер келісті .", "CCONJ"),  # a name and a noun
    ("Кеше мен Астанаға бардым .", "PRON"),  # after an adverb of time: "I"
    ("Асан , мен келдім .", "PRON"),  # a comma after the name: the subject "I"
])
def test_joiner_between_a_name_and_a_noun(text, upos):
    out = joiners_as_pronouns(chosen(text, "мен", "PRON"))
    assert out[text.split().index("мен")][0].upos == upos


@pytest.mark.parametrize("text, upos", [
    ("Ол келсе де , біз кетеміз .", "ADV"),  # even if he comes
    ("Қанша сұраса да бермеді .", "ADV"),
    ("Бұл қайырлы да құтты іс .", "CCONJ"),  # between two adjectives: and
])
def test_particle_after_a_conditional(text, upos):
    word = next(w for w in text.split() if w in ("да", "де"))
    out = concessive_particles(chosen(text, word, "CCONJ"))
    assert out[text.split().index(word)][0].upos == upos


@pytest.mark.parametrize("text, word, read, upos", [
    ("Торғай ағып түсті .", "түсті", "ADJ", "VERB"),  # fell flowing down, not "coloured"
    ("Ол үйге барып нан алды .", "нан", "NOUN", "NOUN"),  # a verb follows: the word may be its object
    ("Ол келсе түсті көйлек киеді .", "түсті", "ADJ", "ADJ"),  # after a conditional a new clause starts
])
def test_verb_after_a_converb(text, word, read, upos):
    out = verbs_after_converbs(chosen(text, word, read))
    assert out[text.split().index(word)][0].upos == upos


@pytest.mark.parametrize("text, word, read, upos", [
    ("Ол кітапты оқып шықты .", "шықты", "AUX", "VERB"),  # read it through: шық is no UD auxiliary
    ("Біз қонақтарды шығарып салдық .", "салдық", "AUX", "VERB"),
    ("Бала хат жазып отыр .", "отыр", "VERB", "AUX"),  # an aspect auxiliary after a converb
    ("Олар әні айта береді .", "береді", "VERB", "AUX"),
    ("Ол маған кітап берді .", "берді", "VERB", "VERB"),  # no converb before it: the full verb "gave"
    ("Сен жазып , отыр .", "отыр", "VERB", "VERB"),  # a comma between: two clauses
    ("Ол мұғалім болды .", "болды", "VERB", "AUX"),  # a copula after a nominal predicate
    ("Күн суық болып тұр .", "болып", "VERB", "AUX"),
    ("Жаңа қала пайда болды .", "болды", "VERB", "VERB"),  # пайда бол: a light verb of the lexicon
    ("Ол үйде болды .", "болды", "AUX", "AUX"),  # left as chosen: no rule reads бол as VERB
    ("Менің әнді тыңдағым келеді .", "келеді", "VERB", "AUX"),  # after a desiderative: I want to listen
    ("Інім ауылдан келеді .", "келеді", "VERB", "VERB"),  # after a noun: comes from the village
    ("Ол базардан ет алып келді .", "келді", "AUX", "VERB"),  # алып кел: brought, кел a verb of its own
    ("Ол үйге жүгіріп келді .", "келді", "VERB", "AUX"),  # after another converb: came running
    ("Ол кітап оқып та жүр .", "жүр", "VERB", "AUX"),  # a particle "too" between the converb and it
])
def test_auxiliaries_as_ud_kazakh_ktb_has_them(text, word, read, upos):
    out = auxiliaries(chosen(text, word, read))
    i = text.split().index(word)
    assert out[i][0].upos == upos
    assert out[i][0].feats == chosen(text, word, read)[i][0].feats  # the twin: lemma and features kept


@pytest.mark.parametrize("text, number, read, kind", [
    ("Жиын 15 наурызда өтеді .", "15", "Card", "Ord"),  # the 15th of March
    ("Зауыт 1987 жылы салынған .", "1987", "Card", "Ord"),  # a year
    ("Бұл 21 ғасырдың ісі .", "21", "Card", "Ord"),  # a century
    ("Ол 30 жыл жұмыс істеді .", "30", "Ord", "Card"),  # thirty years: no year of four digits
    ("Ауылда 120 үй бар .", "120", "Ord", "Card"),  # a count of houses
    ("Ол 15 , 16 наурызда келді .", "15", "Ord", "Ord"),  # no noun right after it: left as chosen
    ("Біз 7 - сыныпта оқимыз .", "7", "Card", "Ord"),  # 7-сыныпта, in the seventh form: a hyphen writes the ordinal
    ("Бізде 3 - бөлмелі пәтер бар .", "3", "Ord", "Card"),  # 3-бөлмелі, three-roomed: an adjective of the count
    ("Бағасы 20 - 30 теңге .", "20", "Ord", "Ord"),  # a range, 20-30: no noun after the hyphen, left as chosen
])
def test_numbers_in_digits_before_a_noun(text, number, read, kind):
    words = text.split()
    out = [tuple(analyze(w)) for w in words]
    i = words.index(number)
    out[i] = promote(out[i], next(k for k, a in enumerate(out[i]) if f"NumType={read}" in a.feats))
    assert f"NumType={kind}" in numbers_in_digits(out)[i][0].feats


@pytest.mark.parametrize("text, word, upos", [
    ("Төраға Антониу Кошта келді .", "Антониу", "PROPN"),  # an unknown capitalised word inside the sentence: a name
    ("Лоуренсу келді .", "Лоуренсу", "VERB"),  # the sentence's first word may be capitalised for that alone
    ("Ол біздің Ауылға келді .", "Ауылға", "NOUN"),  # a known word keeps its reading
])
def test_an_unknown_capitalised_word_inside_a_sentence_is_a_name(text, word, upos):
    out = names_inside_sentences(chosen(text, word, "VERB" if word != "Ауылға" else "NOUN"))
    assert out[text.split().index(word)][0].upos == upos


@pytest.mark.parametrize("text, word, upos", [
    ("Мұғалім балаларға назар аударды .", "назар", "X"),  # a light verb of the lexicon: назар аудар
    ("Қыз дүниеге келді .", "дүниеге", "X"),
    ("Ауыл үлкен табысқа ие болды .", "ие", "X"),
    ("Оның назар салған жері .", "назар", "NOUN"),  # салған continues no phrase of назар
    ("Ол ие емес .", "ие", "NOUN"),
])
def test_a_noun_before_its_light_verb_is_x(text, word, upos):
    out = light_verb_nouns(chosen(text, word, "NOUN"))
    assert out[text.split().index(word)][0].upos == upos


@pytest.mark.parametrize("text, word, upos", [
    ("Е , сен келдің бе ?", "Е", "INTJ"),  # set off at the head of a sentence: outside the clause
    ("— Жоқ , мен бармаймын .", "Жоқ", "INTJ"),  # at the head of a line of speech
    ("Міне , біз де келдік !", "Міне", "INTJ"),
    ("Біз , міне , келдік .", "міне", "ADV"),  # inside the clause it keeps its reading
    ("Оның ақшасы жоқ , үйі жоқ .", "жоқ", "ADJ"),
    ("Жоқ адамды іздеді .", "Жоқ", "ADJ"),  # no comma after it: part of the clause
])
def test_a_word_set_off_at_the_head_of_a_sentence_is_an_interjection(text, word, upos):
    out = interjections(chosen(text, word, "ADV" if word == "міне" else "PROPN" if word == "Е" else
                               "VERB" if word == "Міне" else "ADJ"))
    assert out[text.split().index(word)][0].upos == upos


@pytest.mark.parametrize("text, upos", [
    ("Біз « Алма » дүкенінен нан алдық .", "PROPN"),  # a quoted name inside the sentence
    ("« Алма » дүкені жабық .", "NOUN"),  # the sentence's first word may be capitalised for that alone
    ("Апам : « Алма ал » деді .", "NOUN"),  # quoted speech after a colon opens its own sentence
    ("Апам « Алма пісті » деді .", "NOUN"),  # quoted words before a verb of saying: a saying, no name
    ("Ақын « Алма ағашы гүлдейді » , деп жазды .", "NOUN"),  # two words or more, then punctuation
    ("Біз « Алма » деген дүкенге бардық .", "PROPN"),  # one word quoted before деген: a name
    ("Біз « Алма Ата » дүкеніне бардық .", "PROPN"),  # two words before a noun: a name
])
def test_a_capitalised_word_after_an_opening_quote_inside_a_sentence_is_a_name(text, upos):
    out = quoted_names(chosen(text, "Алма", "NOUN"))
    assert out[text.split().index("Алма")][0].upos == upos


def test_a_quoted_name_keeps_its_spelling():
    """«Ақ жол» is no АҚ (a company's legal form) though the analyser reads that proper noun too."""
    out = quoted_names(chosen("Біз « Ақ жол » партиясына бардық .", "Ақ", "ADJ"))
    assert out[3][0].lemma != "АҚ"


@pytest.mark.parametrize("text, upos", [
    ("Бұл жол дұрыс шығар .", "PART"),  # after an adjective that ends the clause: "probably"
    ("Ол үйге келген шығар ?", "PART"),  # after a past participle
    ("Сен кітапты шығар .", "VERB"),  # after an object: take it out
    ("Ертең күн шығар .", "VERB"),  # after a noun: the sun will rise
    ("Бұл дұрыс шығар ма екен ?", "VERB"),  # a particle follows, not the clause's end
])
def test_shygar_ending_a_clause_after_an_adjective_is_a_particle(text, upos):
    out = suppositions(chosen(text, "шығар", "VERB"))
    assert out[text.split().index("шығар")][0].upos == upos


@pytest.mark.parametrize("text, read, upos", [
    ("Біз де келдік .", "CCONJ", "ADV"),  # "we too": nothing to join
    ("Фирма сондай-ақ жаңа зауыт салды .", "CCONJ", "ADV"),
    ("Бұл қала үлкен де әдемі .", "ADV", "CCONJ"),  # between two adjectives: "and"
    ("Ол үйде де , түзде де жұмыс істейді .", "ADV", "CCONJ"),  # twice: "both ... and"
    ("Сондай-ақ , біз жаңа жол салдық .", "CCONJ", "CCONJ"),  # at the sentence's head: as chosen
    ("Ол шақырса да , біз бармадық .", "ADV", "ADV"),  # after a conditional: the concessive rule's
    ("Ол да келді , мен де келдім .", "CCONJ", "ADV"),  # twice, but in two clauses: "too" each time
])
def test_too_also_inside_a_sentence_is_an_adverb(text, read, upos):
    word = next(w for w in text.split() if w.lower() in ("де", "да", "сондай-ақ"))
    out = additive_particles(chosen(text, word, read))
    assert out[text.split().index(word)][0].upos == upos


@pytest.mark.parametrize("text, upos", [
    ("Ауылда бір қарт адам тұрды .", "DET"),  # before a noun phrase: the indefinite article
    ("Біз бір үйде тұрамыз .", "DET"),
    ("Жол бір жарым сағатқа созылды .", "NUM"),  # before a half: one and a half
    ("Оған бір мың теңге берді .", "NUM"),  # before a number
    ("Олар шартты тағы бір жылға созды .", "NUM"),  # before a unit of time: one year
    ("Бала бір айналып келді .", "NUM"),  # before a verb: no noun phrase to open
])
def test_bir_before_a_noun_phrase_is_the_indefinite_article(text, upos):
    out = indefinite_articles(chosen(text, "бір", "NUM"))
    assert out[text.split().index("бір")][0].upos == upos


@pytest.mark.parametrize("text, upos", [
    ("Ауылда жаңа мектеп пайда болды .", "VERB"),  # a light verb of the lexicon: its verb
    ("Ол үлкен байлыққа ие болды .", "VERB"),
    ("Ол мұғалім болды .", "AUX"),  # after a nominal predicate: the copula stays
    ("Бұл жол қиын болды .", "AUX"),
])
def test_bol_ending_a_light_verb_is_its_verb(text, upos):
    out = light_verbs(chosen(text, "болды", "AUX"))
    assert out[text.split().index("болды")][0].upos == upos


@pytest.mark.parametrize("text, word, form", [
    ("Ол бұл хатты ертерек жазған еді .", "жазған", "VerbForm=Part"),  # before е: a participle, е the tense
    ("Біз кешке кітап оқитын едік .", "оқитын", "VerbForm=Part"),
    ("Ол хатты жазған , біз оқыдық .", "жазған", "VerbForm=Fin"),  # no copula after it: finite as chosen
    ("Ол келді еді деп ойладым .", "келді", "VerbForm=Fin"),  # no participle among its readings
])
def test_a_finite_verb_before_the_copula_e_is_its_participle(text, word, form):
    i = text.split().index(word)
    out = chosen(text, word, "VERB")
    out[i] = promote(out[i], next(k for k, a in enumerate(out[i]) if "VerbForm=Fin" in a.feats))
    assert form in participles_before_copulas(out)[i][0].feats


@pytest.mark.parametrize("text, word, upos", [
    ("Барлық мектептер жабық .", "Барлық", "ADJ"),  # UD KTB's convention for "all"
    ("Біз барша халықты шақырдық .", "барша", "ADJ"),
    ("Бүкіл ел тойлады .", "Бүкіл", "DET"),  # бүкіл stays a determiner
])
def test_barlyq_and_barsha_are_adjectives(text, word, upos):
    out = totals_as_adjectives(chosen(text, word, "DET"))
    assert out[text.split().index(word)][0].upos == upos


@pytest.mark.parametrize("text, word, upos", [
    ("Алдымызда қу дала жатыр .", "дала", "NOUN"),  # after an adjective: the steppe, not "paint!"
    ("Олар тығыз байланыс орнатты .", "байланыс", "NOUN"),
    ("Сен үйді дала !", "дала", "VERB"),  # after an object: the command stays
    ("Сен кішісін қу !", "қу", "VERB"),  # after an adjective with a case ending: "chase the little one"
])
def test_a_command_after_an_adjective_is_a_noun(text, word, upos):
    i = text.split().index(word)
    out = [tuple(analyze(w)) for w in text.split()]
    out[i] = promote(out[i], next(k for k, a in enumerate(out[i]) if "Mood=Imp" in a.feats))
    before = out[i - 1]
    out[i - 1] = promote(before, next((k for k, a in enumerate(before) if a.upos == "ADJ"), 0))
    assert nouns_after_adjectives(out)[i][0].upos == upos


@pytest.mark.parametrize("text, upos", [
    ("Үйдің іші тастай суық .", "NOUN"),  # before an adjective: "cold as a stone"
    ("Құс тастай құлап түсті .", "NOUN"),  # before a converb: "fell like a stone"
    ("Ол кітапты тастай салды .", "VERB"),  # before the verb it leans on: "threw the book away"
])
def test_a_converb_that_may_be_an_equative_noun_with_no_verb_after_it(text, upos):
    out = equatives(chosen(text, "тастай", "VERB"))
    assert out[text.split().index("тастай")][0].upos == upos


@pytest.mark.parametrize("text, upos", [
    ("Жапония бұл бастаманы қолдай береді .", "VERB"),  # before an aspect auxiliary: keeps supporting
    ("Үйдің іші тастай суық .", "NOUN"),  # before an adjective: "cold as a stone"
    ("Құс тастай құлады .", "NOUN"),  # before a verb of its own: "fell like a stone"
    ("Жер тастай болды .", "NOUN"),  # before a copula: "became like a stone"
    ("Жер тастай еді .", "NOUN"),  # "was like a stone"
])
def test_an_equative_noun_before_an_auxiliary_is_its_converb(text, upos):
    word = next(w for w in text.split() if w.endswith("ай"))
    out, i = chosen(text, word, "NOUN"), text.split().index(word)
    after = out[i + 1]
    out[i + 1] = promote(after, next((k for k, a in enumerate(after) if a.upos == "AUX"), 0))
    assert equatives(out)[i][0].upos == upos


@pytest.mark.parametrize("text, word, upos", [
    ("Зауыт жүз адамға жуық жұмысшы алды .", "жуық", "ADP"),  # after the dative it governs: about a hundred
    ("Ол інісінен басқа ешкімді шақырмады .", "басқа", "ADP"),  # after the ablative: but for his brother
    ("Үкімет су тасқынына қарсы жоспар бекітті .", "қарсы", "ADP"),
    ("Бізге басқа жол керек .", "басқа", "ADJ"),  # after a dative that басқа does not govern: another road
    ("Біз басқа қалаға көштік .", "басқа", "ADJ"),  # after a nominative
])
def test_a_postposition_after_the_case_it_governs(text, word, upos):
    out = postpositions_after_their_case(chosen(text, word, "ADJ"))
    assert out[text.split().index(word)][0].upos == upos


def _first(text: str, word: str, pick) -> list[tuple]:
    """The sentence's readings in the analyser's order, with `word`'s first reading that `pick` accepts put first."""
    out = [tuple(analyze(w)) for w in text.split()]
    i = text.split().index(word)
    out[i] = promote(out[i], next(k for k, a in enumerate(out[i]) if pick(a)))
    return out


@pytest.mark.parametrize("text, word, chosen_lemma, lemma, upos", [
    ("Көршінің қатыны мен қожаның сөзі тарады .", "қожаның", "Қожа", "қожа", "NOUN"),  # lower case: no name
    ("Ол асқар тауға шықты .", "асқар", "Асқар", "асқар", "ADJ"),
    ("Біз алматыда тұрамыз .", "алматыда", "Алматы", "Алматы", "PROPN"),  # no reading in lower case: stays
    ("Спортшылар Олимпиаданың алтынын алды .", "Олимпиаданың", "олимпиада", "Олимпиада", "NOUN"),  # the capital kept
    ("Ол Құдайдың атын атады .", "Құдайдың", "құдай", "Құдай", "NOUN"),
    ("Олимпиаданың алтынын алды .", "Олимпиаданың", "олимпиада", "олимпиада", "NOUN"),  # the head's capital
    ("Қазақстан менің Отаным .", "Отаным", "Отан", "отан", "NOUN"),  # a name with "my": the noun, with reverence
    ("Біздің Отанымыз – Қазақстан .", "Отанымыз", "Отан", "отан", "NOUN"),
    ("Мен Алматымды сағындым .", "Алматымды", "Алматы", "Алматы", "PROPN"),  # no such noun: the city stays
    ("Отан соғысы аяқталды .", "Отан", "Отан", "Отан", "PROPN"),  # no possessor: the name stays
    # a place in lower case whose letters spell only a verb or an inflected adjective stays the place
    ("маңғыстау облысында зауыт ашылды .", "маңғыстау", "Маңғыстау", "Маңғыстау", "PROPN"),
    ("ертістің суы азайды .", "ертістің", "Ертіс", "Ертіс", "PROPN"),
    ("есілдің жағасында серуендедік .", "есілдің", "Есіл", "Есіл", "PROPN"),
    ("Олар жағаны қоршап алды .", "жағаны", "Жаған", "жаға", "NOUN"),  # a common noun in another case: the noun
])
def test_the_lemma_follows_the_case_the_word_is_written_in(text, word, chosen_lemma, lemma, upos):
    out = writers_case(_first(text, word, lambda a: a.lemma == chosen_lemma))
    first = out[text.split().index(word)][0]
    assert (first.lemma, first.upos) == (lemma, upos)


@pytest.mark.parametrize("text, word, upos", [
    ("Қой , болды !", "Қой", "VERB"),  # nothing before it to lean on: "stop!"
    ("- Қой , жетеді !", "Қой", "VERB"),  # a line of speech
    ("Ол кеше жоқ қой .", "қой", "PART"),  # after a voiceless sound: the particle "after all"
    ("Ол кеше келді ғой .", "ғой", "PART"),  # after a vowel the particle is spelt ғой
    ("Бала қораға қой айдады .", "қой", "NOUN"),  # so қой after a vowel is another word: sheep
    ("Бала ауылдан қой әкелді .", "қой", "NOUN"),  # after a voiced sound too
    ("Қой саны артты .", "Қой", "NOUN"),  # before a word: its noun, sheep
])
def test_a_particle_that_leans_on_a_word_never_opens_a_sentence(text, word, upos):
    out = enclitics_opening(_first(text, word, lambda a: a.upos == "PART"))
    assert out[text.split().index(word)][0].upos == upos


@pytest.mark.parametrize("text, upos", [
    ("- « Алма » биыл жаңа дүкен ашты .", "PROPN"),  # one word quoted alone, more after it: a name
    ("« Алма » дүкені ашылды .", "NOUN"),  # at the sentence's head the capital may be the place's
    ("- « Алма ! » - деді ол .", "NOUN"),  # a line of speech
    ("« Алма » - деді ол .", "NOUN"),  # quoted speech before a dash
])
def test_one_word_quoted_alone_where_speech_may_open(text, upos):
    out = quoted_names(_first(text, "Алма", lambda a: a.upos == "NOUN"))
    assert out[text.split().index("Алма")][0].upos == upos


@pytest.mark.parametrize("text, word, upos", [
    ("Белгілі ақын кеше қайтыс болды .", "қайтыс", "X"),  # a command before its phrase's verb: the light verb
    ("Сен үйге қайт , біз күтеміз .", "қайт", "VERB"),  # no phrase after it: the command stays
])
def test_a_command_before_the_verb_of_its_phrase_is_a_light_verb_noun(text, word, upos):
    out = light_verb_nouns(_first(text, word, lambda a: a.upos == "VERB"))
    assert out[text.split().index(word)][0].upos == upos


@pytest.mark.parametrize("text, word, upos", [
    ("Біз мәселеге басқа жолмен қарадық .", "басқа", "ADJ"),  # after a dative: "another way", no "but for"
    ("Үкімет бұрын қолдаған .", "бұрын", "ADV"),  # after a nominative: "formerly"
    ("Бұдан басқа жол жоқ .", "басқа", "ADP"),  # after an ablative: "but for this", the postposition stays
    ("Соғыстан бұрын келді .", "бұрын", "ADP"),
])
def test_a_postposition_after_no_case_it_governs_takes_its_twin(text, word, upos):
    out = stray_postpositions(chosen(text, word, "ADP"))
    assert out[text.split().index(word)][0].upos == upos


GATED_SENTENCES = [  # sentences of our own, with and without the gates' lemmas
    "Ол барса да , біз келеміз .",
    "Біз де келдік , олар да келді .",
    "Бір үйде екі бала тұрады .",
    "Асқар мен Айгүл мектепке барды .",
    "Үй салынған соң біз көштік .",
    "Ол мұғалім болды .",
    "Барлық мәселе шешілді .",
    "Ол халықпен бірге жұмыс істеді .",
    "Тек биыл жаңа мектеп ашылды .",
    "Олар жұмыс жасады .",
    "Қой саны артты .",
    "Ол келген еді .",
    "Миллион долларға жуық қаржы бөлінді .",
    "Баға арта түсті .",
    "Ол менің сөзімді түсіне алмады .",
    "Кеше қалада үлкен жиын өтті .",
    "Жаңа жолдар салынып жатыр .",
    "Үйдің алдында бала ойнап жүр .",
    "Ол ғана айтушы еді .",
    "Біз « Алма » дүкеніне бардық .",
]


def _rotated(text: str, shift: int) -> list[tuple]:
    """The sentence's readings, each word's turned by `shift`: every reading comes first in some case, for the rules
    to act on."""
    out = []
    for word in text.split():
        readings = tuple(analyze(word))
        k = shift % len(readings) if readings else 0
        out.append(readings[k:] + readings[:k])
    return out


@pytest.mark.parametrize("text", GATED_SENTENCES)
@pytest.mark.parametrize("shift", [0, 1, 2])
def test_lemma_gates_skip_only_rules_that_would_change_nothing(text, shift):
    out = _rotated(text, shift)
    lemmas = {a.lemma for r in out for a in r}
    skipped = [rule for rule, gate in LEMMA_GATES.items() if lemmas.isdisjoint(gate)]
    assert all(rule(out) == out for rule in skipped)
    ungated = out
    for rule in SENTENCE_RULES:
        ungated = rule(ungated)
    assert fit_sentence(out) == ungated
