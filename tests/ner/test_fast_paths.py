"""The shortcuts of NER inference change no answer: the model's own attributes only, stems by ending length,
names looked up only where one can start. Sentences and words written for these tests."""
from __future__ import annotations

from unittest.mock import patch

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from taldau.crf import attributes
from taldau.ner import endings, features, gazetteer, heads, names, rules, waters
from taldau.ner.features import Word, sentence
from taldau.ner.model import MODEL, bundled, known, tag_words

SENTENCES = [
    "Астанада Қазақстан Республикасы Білім және ғылым министрлігінің алқа отырысы өтті .",
    "Мемлекет басшысы Қасым-Жомарт Тоқаев Түркия Президенті Ердоғанмен телефон арқылы сөйлесті .",
    "« Самұрық-Қазына » қоры биыл Ақтөбе облысында жаңа зауыт салады .",
    "Алматы қаласындағы № 12 мектепте 2023 жылы 500 оқушы оқыды .",
    "Ғалымдар COVID-19 індетіне қарсы вакцина сынағын Жапонияда жалғастырды .",
    "Ол Абай атындағы Қазақ ұлттық педагогикалық университетін бітірген .",
]
POOL = sorted({w for s in SENTENCES for w in s.split()} | {"Ресейдің", "Еуропа", "Одағы", "мен", "»", "«"})


def _crfsuite(words: list[Word]) -> list[str]:
    """What pycrfsuite's tagger says given every feature, unfiltered."""
    return bundled().tagger().tag(sentence(words))


@pytest.mark.parametrize("text", SENTENCES)
def test_the_model_s_attributes_alone_give_its_labels(text: str) -> None:
    words = [Word(w) for w in text.split()]
    assert tag_words(words) == _crfsuite(words)


@given(st.lists(st.sampled_from(POOL), min_size=1, max_size=14))
@settings(max_examples=60, deadline=None)
def test_any_sentence_of_known_words_gets_the_same_labels(texts: list[str]) -> None:
    words = [Word(t) for t in texts]
    assert tag_words(words) == _crfsuite(words)


def test_kept_features_are_the_full_ones_the_model_has() -> None:
    keep = known(MODEL)
    words = [Word(w) for w in SENTENCES[0].split()]
    full, kept = sentence(words), sentence(words, keep=keep)
    assert keep.names == attributes(MODEL) and "bias" in keep.names and len(keep.names) > 1000
    assert kept == [[f.encode() for f in fs if f in keep.names] for fs in full]
    assert any(len(k) < len(f) for k, f in zip(kept, full))  # something was dropped


def test_a_file_that_is_no_crfsuite_model_is_refused(tmp_path) -> None:
    path = tmp_path / "model.crfsuite"
    path.write_bytes(b"not a model at all, just some bytes" * 4)
    with pytest.raises(ValueError, match="not a crfsuite model"):
        attributes(path)


def _stem_by_scanning(word: str, known: frozenset[str]) -> str:
    """The stem as the ending lists read in order: every ending of a layer tried with endswith."""
    head, tail = endings.split_hyphen(word)
    low = head.lower()
    if tail:
        return low
    for group in (endings.CASE, endings.DERIVATION):
        if low in known or low.endswith(endings.KEEP):
            break
        rests = [low[: -len(e)] for e in group if low.endswith(e) and endings._fits(low[: -len(e)], e)]
        if rests:
            low = next((r for r in rests if r in known or r.endswith(endings.KEEP)), rests[0])
    return low


_STEMS = st.sampled_from(["Ресей", "қала", "облыс", "Алматы", "Қазақстан", "мектеп", "Тоқаев", "ауыл", "кітап"])
_ENDINGS = st.sampled_from(["", "дың", "тың", "ның", "ға", "ге", "да", "дағы", "сы", "ы", "лары", "лардың",
                            "ларына", "нан", "мен", "ша", "лық", "-тың", "ында"])


@given(_STEMS, _ENDINGS, _ENDINGS)
@settings(max_examples=150, deadline=None)
def test_stems_by_ending_length_equal_stems_by_scanning(stem: str, first: str, second: str) -> None:
    word = stem + first + second
    for places in (frozenset(), gazetteer.known()):
        assert endings.stem(word, places) == _stem_by_scanning(word, places)


class _Everything:
    """A set of first stems holding every stem: names.tags then tries every size at every token."""

    def __contains__(self, stem: object) -> bool:
        return True


_NAME_STEMS = st.sampled_from(["ұлттық", "банк", "қазақ", "ресей", "білім", "министрлік", "абай"])


@given(st.dictionaries(st.lists(_NAME_STEMS, min_size=1, max_size=3).map(tuple),
                       st.tuples(st.sampled_from(["ORGANISATION", "GPE"]), st.sampled_from(["h", "m"])), max_size=6),
       st.lists(_NAME_STEMS, max_size=10))
@settings(max_examples=100, deadline=None)
def test_names_are_found_as_by_trying_every_token(table: dict, stems: list[str]) -> None:
    with patch.object(names, "_first_stems", lambda _: _Everything()):
        everywhere = names.tags(stems, table)
    assert names.tags(stems, table) == everywhere


def test_features_of_a_word_are_cached_per_model_attributes() -> None:
    keep = known(MODEL)
    word = Word("Жезқазғанның")
    plain, kept = features._seen(word), features._seen(word, keep)
    assert kept.own == tuple(f.encode() for f in plain.own if f in keep.names)
    assert kept.around == tuple(tuple(f.encode() for f in part if f in keep.names) for part in plain.around)


@given(st.lists(st.sampled_from(POOL), max_size=14))
def test_quote_tags_only_where_a_quote_is(texts: list[str]) -> None:
    """A sentence without quotes skips the walk through its quotes: every token gets no quote tag."""
    tags = features._quotes([Word(t) for t in texts])
    assert len(tags) == len(texts)
    if features.QUOTES.isdisjoint(texts):
        assert all(t == [] for t in tags)
    elif "«" in texts[:-1] or "»" in texts[1:]:  # a quote that opens before a word or closes after one
        assert any(t for t in tags)


_PLACE_WORDS = st.sampled_from(["Ресейдің", "Қазақстан", "Қазақстанға", "Америка", "Құрама", "Штаттарымен", "АҚШ-тың",
                                "Алматыда", "Еуропа", "Одағы", "Ақтөбе", "облысында", "қала", "мен", "Түркия", "«", "."])


@given(st.lists(_PLACE_WORDS, max_size=12))
@settings(max_examples=150, deadline=None)
def test_place_spans_are_found_as_by_trying_every_token(words: list[str]) -> None:
    with patch.object(gazetteer, "_one_word_starts", _Everything), patch.object(gazetteer, "first_words", _Everything):
        everywhere = gazetteer.span_tags(words)
    assert gazetteer.span_tags(words) == everywhere


def _head_by_scanning(low: str) -> str:
    """`heads.head` without its look-up of the first four letters: every stem length tried."""
    with patch.object(heads, "_starts", _Everything):
        return heads.head.__wrapped__(low)


@given(st.sampled_from(["министрлігінің", "министрліктері", "әуежайы", "университеті", "кеңесі", "облысы", "қала",
                        "ауруханаларды", "күні", "бас", "ми", ""]), st.sampled_from(["", "нің", "лары", "ға", "х"]))
@settings(max_examples=80, deadline=None)
def test_head_words_are_found_as_by_scanning_every_length(word: str, ending: str) -> None:
    assert heads.head(word + ending) == _head_by_scanning(word + ending)


# Words each gated entity rule fires at (and plain ones around them), written for this test
RULE_WORDS = ["Н.", "Ә.", "Назарбаев", "Ұлы", "жүз", "Рахмет", "сізге", "Air", "Astana", "khabar.kz", "8", "727",
              "партиясы", "романы", "«", "»", "Ауыл", "және", "мен", ",", "Еңбек", "кодексі", "Конституция", "Сайлау",
              "туралы", "заңы", "(", "ХВҚ", ")", "Шүлбі", "ГЭС-і", "БҰҰ", "Шанхай", "ынтымақтастық", "ұйымы", "Есіл",
              "вокзалы", "Шаған", "өзені", "Қызылорда", "облысы", "әкімдігі", "Оқжетпес", "жартасы", "Энергетика",
              "министрлігі", "Айгүл", "Жапония", "Қазақстан", "бала", "келді", ".", "—", "–", "-", "атындағы",
              "жылы", "сәуірде", "бабы", "деп", "деді", "Арайлым", "Ерланқызы", "инсульт", "пен", "инфарктқа",
              "орыс", "қазақ", "тілдеріне", "тілінен", "Макрон", "Шольц", "бен", "Ердоған", "НАТО-ның", "саммитіне",
              "Білім", "ғылым", "ирригация", "министрі", "Жаңа", "жылды", "тойладық", "бұл", "одаққа", "ресейлік",
              "Yandex", "компаниясы", "ДСМ-нің", "Ұлы", "Жібек", "жолы", "герман", "Әбу", "ибн", "Сина", "ад-Дин",
              "Абылай", "хан", "ханға", "хандығы", "Сығанақ", "Ақ", "Орда", "агенттіктері", "Ертістен", "Қара", "Ертіс",
              "Кіші", "Арал", "ауданы", "Шуда", "Ерлан", "Қарасай"]
RULE_LABELS = ["O", "O", "O", "B-PERSON", "I-PERSON", "B-GPE", "I-GPE", "B-ORGANISATION", "I-ORGANISATION",
               "B-LOCATION", "B-FACILITY", "I-FACILITY", "B-POSITION", "I-POSITION", "B-LAW", "B-DATE", "B-CARDINAL",
               "B-NORP", "B-LANGUAGE"]


def _every_rule(words: list[str], labels: list[str]) -> list[str]:
    out = list(labels)
    for rule in rules.RULES:
        out = rule(words, out)
    return out


@given(st.lists(st.tuples(st.sampled_from(RULE_WORDS), st.sampled_from(RULE_LABELS)), min_size=1, max_size=12))
@example([("НАТО-ның", "B-PERSON"), ("Н.", "I-PERSON")])  # capitals before a case ending: capital_companies runs
@settings(max_examples=300, deadline=None)
def test_rules_skipped_for_want_of_their_word_change_no_label(pairs: list[tuple[str, str]]) -> None:
    words, labels = [w for w, _ in pairs], [label for _, label in pairs]
    for k, label in enumerate(labels):  # IOB2 as the CRF writes it: an I- continues its own class
        if label.startswith("I-") and (not k or labels[k - 1][2:] != label[2:]):
            labels[k] = "B-" + label[2:]
    assert rules.apply(words, labels) == _every_rule(words, labels)


def test_waters_run_at_a_name_of_the_table_alone() -> None:
    # a name of one word (inflected or not), the first word of a longer one; not a word that only begins as one does
    assert [waters.water(word) for word in ("Ертістен", "Шу", "Қара", "Кіші", "Ерлан", "Қарасай", "ертіс")] == [
        True, True, True, True, False, False, False]


def test_gated_rules_are_rules_and_plain_words_let_none_run() -> None:
    assert set(rules.GATED) <= {rule.__name__ for rule in rules.RULES}
    assert [rules._needed(word) for word in ("бала", "келді", "жақсы", ".")] == [0, 0, 0, 0]
