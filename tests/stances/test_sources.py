"""The readers of the sources other than KazNERD (UD Kazakh-KTB, Apertium's Wikipedia texts) on small files written
here, and draw_other, draw_segmented, draw_train, draw_lexicon, draw_kaznerd, draw_wider (with has_further_word) and
draw_fifth, which must pick their parts' sentences again and none of another source or part from ../shared/data."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[1]))
from bench.stance_draws import (  # noqa: E402
    ALL_PARTS, ALL_REAL, WIDER_TAKEN, draw_fifth, draw_kaznerd, draw_lexicon, draw_other, draw_segmented, draw_train,
    draw_twin_key, draw_wider, has_fifth_word, has_further_word, has_lexicon_word, has_stance_word, has_wider_word,
    kazakh_words)
from bench.stance_gold import (  # noqa: E402
    hash_of, kaznerd_texts, ktb_sentences, lexicon_texts, other_texts, part_keys, source_of, taken, wikipedia_sentences)

CONLLU = """# sent_id = {n}
# text = {text}
1\t{word}\t_\tNOUN\t_\t_\t0\troot\t_\t_

"""


def test_ktb_sentences_are_the_text_comments_of_train_then_dev(tmp_path: Path) -> None:
    for part, text in (("dev", "Үкімет жаңа жол салмақ."), ("train", "Ауыл мектебі жөнделді.")):
        conllu = CONLLU.format(n=1, text=text, word=text.split()[0])
        (tmp_path / f"kk_ktb-ud-{part}.conllu").write_text(conllu, encoding="utf-8")
    assert ktb_sentences(tmp_path) == ("Ауыл мектебі жөнделді.", "Үкімет жаңа жол салмақ.")
    (tmp_path / "kk_ktb-ud-train.conllu").unlink()
    assert ktb_sentences(tmp_path) is None  # a part missing: no data, not half of it


def test_wikipedia_sentences_cut_raw_articles_and_rebuild_the_others_from_forms(tmp_path: Path) -> None:
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "Тау.raw.txt").write_text("Тау\n\nТау биік. Оған жұрт шығады.\n", encoding="utf-8")
    rows = ["# doc = Тау.tagged.clean.txt", "# sent = 1", "Тау\tтау<n><nom>", "",
            "# doc = Өзен.tagged.vislcg.txt", "# sent = 1", "Өзен\tөзен<n><nom>", "ағады\tақ<v><iv><aor><p3><sg>",
            ".\t.<sent>", ""]
    (tmp_path / "kaz_disambiguated.tsv").write_text("\n".join(rows), encoding="utf-8")
    # the raw article's sentences, then only the article without a raw file (Өзен), its forms joined by spaces
    assert wikipedia_sentences(tmp_path) == ("Тау", "Тау биік.", "Оған жұрт шығады.", "Өзен ағады .")
    assert wikipedia_sentences(tmp_path / "absent") is None


def test_kazakh_words_keep_hyphenated_words_and_drop_short_sentences() -> None:
    assert kazakh_words("Екі ел 2025-жылы бірлесіп жол салуға келісті.")[2] == "2025-жылы"
    assert kazakh_words("Ел келісті.") == []


def test_draw_other_picks_real11_again_stance_words_first_then_decoys() -> None:
    drawn = draw_other("real11-20261205", 10_000, 50)
    if not drawn:
        pytest.skip("the sources are not in ../shared/data")
    keys = part_keys("real11.tsv")
    assert [k for k, _ in drawn] == keys  # the part is this draw, in its order
    stance = [has_stance_word(kazakh_words(t)) for _, t in drawn]
    assert all(stance[:-50]) and not any(stance[-50:])
    assert not taken("real5.tsv", "officialdev.tsv", "real7.tsv", "real9.tsv") & set(keys)
    assert {source_of(k) for k in keys} == {"ktb", "wikipedia", "official"}


def test_draw_segmented_picks_real12_again() -> None:
    drawn = draw_segmented("real12-20261205", 10_000, 50)
    if not drawn:
        pytest.skip("the segmentation corpus is not in ../shared/data")
    keys = part_keys("real12.tsv")
    assert [k for k, _ in drawn] == keys


def test_draw_segmented_draws_only_sentences_no_other_source_holds() -> None:
    drawn = draw_segmented("test-seed", 40, 10)
    if not drawn:
        pytest.skip("the segmentation corpus is not in ../shared/data")
    assert len(drawn) == 50 and len(set(drawn)) == 50
    stance = [has_stance_word(kazakh_words(t)) for _, t in drawn]
    assert all(stance[:40]) and not any(stance[40:])
    def words(text: str) -> tuple[str, ...]:
        return tuple(re.findall(r"\w+", text.lower()))
    others = {words(t) for t in [*other_texts().values(), *kaznerd_texts().values()]}
    assert not others & {words(t) for _, t in drawn}
    assert draw_segmented("test-seed", 40, 10) == drawn and draw_segmented("other-seed", 40, 10) != drawn


def test_draw_train_picks_real13_again_from_every_part_without_the_twins_of_earlier_parts() -> None:
    if kaznerd_texts() is None:
        pytest.skip("KazNERD is not in ../shared/data")
    drawn = draw_train("real13-20261205", 10_000, 50, ALL_PARTS, ("train", "dev", "test"))
    keys = part_keys("real13.tsv")
    assert [k for k, _ in drawn] == keys
    assert not taken(*ALL_PARTS) & set(keys)


@pytest.mark.parametrize("text, drawn", [
    ("министрлік білім беруді қолдау туралы меморандумға қол қойды", True),  # a stem at a word's start
    ("компания жаңа нарыққа шыққысы келеді", True),  # the desiderative before кел-
    ("ел бұл жобадан бас тартты", True),  # a two-word predicate
    ("үміткерлер сертификат алды", False),  # candidate, certificate: other words that start like stems
    ("Сағынтаев образы туралы айтты", False),  # a stem inside a word is not drawn
])
def test_has_lexicon_word_reads_stems_at_a_words_start_pairs_and_the_desiderative(text: str, drawn: bool) -> None:
    assert has_lexicon_word(text.lower().split()) is drawn


def test_draw_lexicon_picks_real14_again_and_no_sentence_of_an_earlier_part() -> None:
    if lexicon_texts() is None:
        pytest.skip("the sources are not in ../shared/data")
    drawn = draw_lexicon("real14-20261206", 10_000, 50)
    keys = part_keys("real14.tsv")
    assert [k for k, _ in drawn] == keys
    assert not taken(*ALL_REAL) & set(keys)
    assert [has_lexicon_word(kazakh_words(t)) for _, t in drawn] == [True] * (len(drawn) - 50) + [False] * 50


@pytest.mark.parametrize("one, other, twins", [
    ("Үш елдің біріншісі келісті .", "3 елдің 1-іншісі келісті .", True),  # numbers in words or in digits
    ("Қала ( ыы ) жаңа жол салды , — деді ол .", "Қала жаңа жол салды , – деді ол .", True),  # a hesitation, a dash
    ("Қала жаңа жол салды .", "Ауыл жаңа жол салды .", False),  # another word
])
def test_draw_twin_key_joins_sentences_that_differ_by_numbers_hesitations_and_punctuation(one: str, other: str,
                                                                                          twins: bool) -> None:
    def key(text: str) -> str:
        words = text.split()
        return draw_twin_key(words, ["O"] * len(words))
    assert (key(one) == key(other)) is twins


def test_draw_kaznerd_picks_real15_again_from_the_train_part_and_no_twin_of_an_earlier_part() -> None:
    if kaznerd_texts() is None:
        pytest.skip("KazNERD is not in ../shared/data")
    from taldau.ner.data import load_split

    drawn = draw_kaznerd("real15-20261206", 10_000, 50)
    keys = part_keys("real15.tsv")
    assert [k for k, _ in drawn] == keys
    labelled = {" ".join(words): (part, draw_twin_key(words, labels)) for part, sentences in load_split().items()
                for words, labels in sentences}
    assert {labelled[t][0] for _, t in drawn} == {"train"}
    left_out = taken(*ALL_REAL, "real14.tsv")
    earlier = {key for t, (_, key) in labelled.items() if hash_of(t) in left_out}
    twin_keys = {labelled[t][1] for _, t in drawn}
    assert len(twin_keys) == len(drawn) and not earlier & twin_keys
    assert [has_lexicon_word(kazakh_words(t)) for _, t in drawn] == [True] * (len(drawn) - 50) + [False] * 50


@pytest.mark.parametrize("text, drawn", [
    ("ауыл тұрғындары жаңа мектеп салуды армандайды", True),  # dreaming of doing
    ("біз бұл жобаның іске асқанын қалаймыз", True),  # wanting
    ("сот айыпталушыны кінәлі деп тапты", False),  # a defendant, though it starts like айыпта-
    ("қала әкімдігі жаңа саябақ ашты", False),  # a city (қала), not wanting (қалай-)
])
def test_has_wider_word_reads_its_stems_at_a_words_start_and_leaves_other_words(text: str, drawn: bool) -> None:
    assert has_wider_word(text.lower().split()) is drawn


@pytest.mark.parametrize("text, drawn", [
    ("еріктілер қарт адамдарға жәрдем берді", True),  # helping
    ("оқушылар футболды жақсы көреді", True),  # a pair: liking
    ("әкімдік зейнеткерлерге жәрдемақы төледі", False),  # an allowance, though it starts like жәрдем
    ("бұл жақсы көрсеткіш", False),  # a good indicator: жақсы before another word than көр-
])
def test_has_further_word_reads_its_stems_and_pairs_and_leaves_other_words(text: str, drawn: bool) -> None:
    assert has_further_word(text.lower().split()) is drawn


@pytest.mark.parametrize("part, also_left_out, further, stance, more", [
    ("real16", (), 0, 300, 0),
    ("real17", ("real16.tsv",), 10_000, 58, 186),  # all the WIDER_STEMS sentences real16 left, then FURTHER_STEMS'
])
def test_draw_wider_picks_its_parts_again_and_no_sentence_of_an_earlier_part_nor_a_kaznerd_twin_of_one(
        part: str, also_left_out: tuple[str, ...], further: int, stance: int, more: int) -> None:
    if kaznerd_texts() is None or lexicon_texts() is None:
        pytest.skip("the sources are not in ../shared/data")
    exclude = (*ALL_REAL, "real14.tsv", "real15.tsv", *also_left_out)
    drawn = draw_wider(f"{part}-20261207", 300, 50, exclude, further)
    keys = part_keys(f"{part}.tsv")
    assert [k for k, _ in drawn] == keys
    left_out = taken(*exclude)
    assert not left_out & set(keys)
    _assert_train_twins_apart(drawn, left_out)
    words = [kazakh_words(t) for _, t in drawn]
    assert not any(has_stance_word(w) or has_lexicon_word(w) for w in words)
    assert [has_wider_word(w) for w in words] == [True] * stance + [False] * (50 + more)
    assert [has_further_word(w) for w in words[stance + 50:]] == [True] * more


def _assert_train_twins_apart(drawn: list[tuple[str, str]], left_out: set[str]) -> None:
    """The drawn KazNERD sentences are of the NER split's train part, one per twin group, none of an earlier part's."""
    from taldau.ner.data import load_split

    labelled = {" ".join(words): (part, draw_twin_key(words, labels)) for part, sentences in load_split().items()
                for words, labels in sentences}
    kaznerd = [labelled[t] for _, t in drawn if t in labelled]
    earlier = {key for t, (_, key) in labelled.items() if hash_of(t) in left_out}
    assert {part for part, _ in kaznerd} == {"train"} and not earlier & {key for _, key in kaznerd}
    assert len({key for _, key in kaznerd}) == len(kaznerd)


@pytest.mark.parametrize("text, drawn", [
    ("депутаттар жаңа заң жобасын мақұлдады", True),  # approving
    ("тұрғындар жолдың сапасына шағымданды", True),  # complaining
    ("компания жаңа жобаны қолға алды", True),  # a pair: undertaking
    ("ауылдан қалаға дейін он шақырым", False),  # a kilometre, though it starts like шақыр-
    ("жол кедергісіз өтті", False),  # unhindered, though it starts like кедергі
    ("ол бір қолға жаңа сағат тақты", False),  # қолға before another word than ал-
])
def test_has_fifth_word_reads_its_stems_and_pairs_and_leaves_other_words(text: str, drawn: bool) -> None:
    assert has_fifth_word(text.lower().split()) is drawn


def test_draw_fifth_picks_real18_again_and_no_sentence_of_an_earlier_part_nor_a_kaznerd_twin_of_one() -> None:
    if kaznerd_texts() is None or lexicon_texts() is None:
        pytest.skip("the sources are not in ../shared/data")
    drawn = draw_fifth("real18-20261207", 400, 50)
    keys = part_keys("real18.tsv")
    assert [k for k, _ in drawn] == keys
    left_out = taken(*WIDER_TAKEN)
    assert not left_out & set(keys)
    _assert_train_twins_apart(drawn, left_out)
    words = [kazakh_words(t) for _, t in drawn]
    assert not any(has_stance_word(w) or has_lexicon_word(w) or has_wider_word(w) or has_further_word(w)
                   for w in words)
    assert [has_fifth_word(w) for w in words] == [True] * 400 + [False] * 50
