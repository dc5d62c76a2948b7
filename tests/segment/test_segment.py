from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from taldau.segment import explain, segment, sentenize, tokenize

HERE = Path(__file__).parent


def _cases(name: str) -> list[str]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


@pytest.mark.parametrize("case", _cases("tokens.txt"))
def test_tokens(case: str) -> None:
    text = case.replace("|", "").replace("_", " ")
    expected = [piece.replace("_", " ") for chunk in case.split() for piece in chunk.split("|") if piece]
    assert [t.text for t in tokenize(text)] == expected


@pytest.mark.parametrize("case", _cases("sentences.txt"))
def test_sentences(case: str) -> None:
    expected = [s.replace("\\n", "\n").strip() for s in case.split(" || ")]
    text = case.replace("\\n", "\n").replace(" || ", " ")
    assert [text[s.start : s.end] for s in sentenize(text)] == expected


def test_lines_mode_ends_a_sentence_at_every_line_break() -> None:
    text = "Бірінші жол, жалғасы\nекінші жол. Үшінші сөйлем\n\nтөртінші"
    sentences = sentenize(text, lines=True)
    assert [text[s.start : s.end] for s in sentences] == [
        "Бірінші жол, жалғасы", "екінші жол.", "Үшінші сөйлем", "төртінші"
    ]
    # without --lines a lowercase continuation line stays in its sentence
    assert text[sentenize(text)[0].start : sentenize(text)[0].end] == "Бірінші жол, жалғасы\nекінші жол."


def test_offsets_point_into_the_original_text() -> None:
    text = "Қaзақстан\u200b экономикасы «өсті»\u00a0– 2001–2020 ж\u0301."  # Latin a, ZWSP, NBSP, en dash, accent
    tokens, sentences = segment(text)
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert tokens[0].text == "Қaзақстан" and tokens[0].norm == "Қазақстан"
    assert "2001-2020" in [t.norm for t in tokens]
    assert (sentences[0].start, sentences[-1].end) == (0, len(text))


def test_space_after() -> None:
    tokens = tokenize("Иә, солай.")
    assert [t.space_after for t in tokens] == [False, True, False, True]


def test_explain_names_the_deciding_rule() -> None:
    decisions = explain("Мұнай, газ т.б. Бұл маңызды. Иә.")
    assert ("т.б.", "Бұл", True, "final_abbreviation") in decisions
    assert ("маңызды", ".", False, "closing_follows") not in decisions
    assert any(rule == "terminal" and split for _, _, split, rule in decisions)


def test_empty_and_blank_text() -> None:
    assert segment("") == ((), ())
    assert segment(" \n\t ") == ((), ())


def test_compounds_from_running_text_carry_their_evidence() -> None:
    import json

    import taldau.segment

    folder = Path(taldau.segment.__file__).parent
    meta = json.loads((folder / "compounds.meta.json").read_text(encoding="utf-8"))
    words = set((folder / "compounds.txt").read_text(encoding="utf-8").splitlines())
    assert meta["corpus_pairs"] and set(meta["corpus_pairs"]) <= words
    assert all(sum(counts.values()) >= meta["min_sentences"] for counts in meta["corpus_pairs"].values())


LEGAL_AND_SPEECH = st.lists(st.sampled_from([
    "Заң", "деп", "деді", "ол", "Бұл", " ", " ", "\n", ".", "?", "!", ":", ";", "«", "»", "–", "1", "2)", "•",
    "1-бап.", "б.з.б.", "т.б.", "мөлш.", "сағ.", "км.", "А.", "IV", "45%-ға", "5°С-қа", "H2O", "жер-суы",
]), max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(LEGAL_AND_SPEECH)
def test_new_rules_keep_sentences_a_partition_of_the_tokens(text: str) -> None:
    tokens, sentences = segment(text)
    assert sum(s.last - s.first for s in sentences) == len(tokens)
    assert all(a.last == b.first for a, b in zip(sentences, sentences[1:]))
    assert all(rule for _, _, _, rule in explain(text))


APOSTROPHES = st.lists(st.sampled_from([
    "'", "’", "‘", "a", "n", "y", "s", "Kaspi", "tyn", "o'", "u'lesi", "-", "2", " ", " ", ".", ",", "«", "»", "қала",
]), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(APOSTROPHES)
def test_apostrophes_leave_every_character_in_one_token(text: str) -> None:
    # 2017 Latin's final apostrophes and single quotes: every mark outside spaces is in exactly one token, in order
    tokens = tokenize(text)  # (a token may hold spaces: 2 222, a number with thousands)
    assert "".join("".join(t.text.split()) for t in tokens) == "".join(text.split())
    assert all(text[t.start : t.end] == t.text for t in tokens)
