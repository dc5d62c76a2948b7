"""Kazakh in Latin letters is analysed as its Cyrillic spelling would be; text and offsets stay as written."""
from __future__ import annotations

import pytest

import taldau
from taldau.translit import translit

ARTICLE = [
    "Қазақстанның экономикасы 2025 жылы 4,8 пайызға өсті.",
    "АҚШ-тың үлесі 30 пайызға жуық болды.",
    "Үкімет мұнайды Ресейге 15 триллион теңгеге сатты.",
    "Тимур Сүлейменов Ұлттық банк төрағасы болып тағайындалды.",
]


def _reading(doc: taldau.Doc) -> tuple:
    return (
        [t.lemma.lower() for t in doc.tokens],
        [t.upos for t in doc.tokens],
        [(e.label, e.canonical, e.link) for e in doc.entities],
        [(q.kind, q.value, q.unit) for q in doc.quantities],
    )


@pytest.mark.parametrize("alphabet", ["2021", "2018", "2017"])
@pytest.mark.parametrize("sentence", ARTICLE)
def test_latin_kazakh_reads_as_its_cyrillic(sentence: str, alphabet: str) -> None:
    latin = translit(sentence, alphabet=alphabet)  # 2018 told by its own letters (á ǵ ń ó ú ý), 2017 by apostrophes
    doc = taldau.analyze(latin)
    assert [(s.lang, s.script) for s in doc.sentences] == [("kk", "Latn")]
    assert _reading(doc) == _reading(taldau.analyze(sentence))
    assert all(latin[t.start : t.end] == t.text for t in doc.tokens)
    assert all(latin[e.start : e.end] == e.text for e in doc.entities)


def test_only_latin_kazakh_sentences_get_cyrillic_norms() -> None:
    text = "Мұнай бағасы өсті. Mūnai bağasy östı. Oil prices rose."
    doc = taldau.analyze(text)
    norms = [[t.norm for t in doc.sentence_tokens(s)] for s in doc.sentences]
    assert norms == [["Мұнай", "бағасы", "өсті", "."], ["Мұнай", "бағасы", "өсті", "."], ["Oil", "prices", "rose", "."]]
    assert {t.lemma for t in doc.tokens if t.text in ("Мұнай", "Mūnai")} == {"мұнай"}


def test_taldau_translit_stays_a_function_once_the_subpackage_is_imported() -> None:
    import taldau.translit.component  # noqa: F401

    taldau.analyze(translit("Мұнай бағасы өсті."))
    assert taldau.translit("Мұнай") == "Mūnai"


@pytest.mark.parametrize("text, word, norm", [
    ("Prezident Deklan O'Braien men Şon O'Nil myrzalarmen kezdestı.", "myrzalarmen", "мырзалармен"),  # 2021 letters
    ("Ükımet 'Kaspi' jäne 'Air Astana' kompaniialaryn qoldaidy.", "kompaniialaryn", "компанияларын"),  # quotes
    ("Qazaqstannyn' u'kimeti jan'a bag'darlamany qoldaidy.", "bag'darlamany", "бағдарламаны"),  # 2017
])
def test_apostrophes_decide_2017_only_without_2021_letters(text: str, word: str, norm: str) -> None:
    doc = taldau.analyze(text)
    assert {t.norm for t in doc.tokens if t.text == word} == {norm}


@pytest.mark.parametrize("text, word, norm", [
    # the first sentence shows 2018 (kómir, jylǵa); the second shows no alphabet: dotless ı is й in 2018
    ("Úkimet kómir óndirýdi azaıtýdy kózdeıdi. Germanııa bul bastamany qoldaıdy.", "qoldaıdy", "қолдайды"),
    ("Úkimet kómir óndirýdi azaıtýdy kózdeıdi. Germanııa bul bastamany qoldaıdy.", "Germanııa", "Германия"),
    # the same letters after a sentence that shows 2021 (şeşımın) are 2021's: ı is і
    ("Ükımet bul şeşımın qoldaidy. Bul bilim berıledı.", "berıledı", "беріледі"),
    # nothing shows an alphabet anywhere: 2021, the default
    ("Bul bilim berıledı.", "berıledı", "беріледі"),
    # a name's own letters (Ramón) are no vote for 2018: the other sentence stays 2021
    ("Men Ramón degen dosymmen kezdestım. Bız bırge kıtap oqydyq.", "kıtap", "кітап"),
])
def test_a_sentence_without_an_alphabet_s_own_letters_follows_its_document(text: str, word: str, norm: str) -> None:
    doc = taldau.analyze(text)
    assert {t.norm for t in doc.tokens if t.text == word} == {norm}


@pytest.mark.parametrize("text, word, norm", [
    ("Qazaqstan Japoniamen yntymaqtasuğa kelıstı.", "Japoniamen", "Жапониямен"),  # ия written ia, as often
    ("Komissia şeşım qabyldady.", "Komissia", "Комиссия"),
    ("Qazaqstan Japoniiamen yntymaqtasuğa kelıstı.", "Japoniiamen", "Жапониямен"),  # the 2021 standard, unchanged
    ("Sportşylar Aziadağa qatysty.", "Aziadağa", "Азиадаға"),  # a word the dictionary knows with иа stays
    ("Konferensiiada baiandama jasaldy.", "Konferensiiada", "Конференцияда"),  # ц written s, as often
    ("Būl prinsip mañyzdy.", "prinsip", "принцип"),
    ("Konferentsiiada baiandama jasaldy.", "Konferentsiiada", "Конференцияда"),  # the 2021 standard, unchanged
    ("Ol sapar şektı.", "sapar", "сапар"),  # a word the dictionary knows with с stays
])
def test_ia_for_iia_and_s_for_ts_are_read_as_the_word_the_dictionary_knows(text: str, word: str, norm: str) -> None:
    doc = taldau.analyze(text)
    assert {t.norm for t in doc.tokens if t.text == word} == {norm}
