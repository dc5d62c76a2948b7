"""The rules' shortcuts answer as the rules do word by word: a text of known letters only has no word with a
foreign letter, a text without Latin letters no Uzbek marker; letters are counted by runs as one by one."""
from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from taldau.langid import rules
from taldau.langid.features import CYRL, LATN
from taldau.langid.neighbours import _KYRGYZ_LETTERS, kyrgyz_text
from taldau.langid.script import letter_counts
from taldau.langid.letters import KAZAKH_CYRL, RUSSIAN
from taldau.langid.neighbours import share, uzbek

LETTERS = KAZAKH_CYRL + RUSSIAN + "abcoqgʻ'ßєїçşğ"
TEXTS = st.lists(st.text(LETTERS, min_size=1, max_size=8), min_size=1, max_size=12).map(" ".join)


@given(TEXTS)
@example("'")  # no word at all
def test_foreign_letters_answers_as_the_share_of_words_says(text: str) -> None:
    ev = rules.Evidence(text)
    share_ = ev.share(rules._has_foreign_letter)
    expected = share_ >= rules.FOREIGN_SHARE
    guess = rules.foreign_letters(ev)
    assert (guess is not None) == expected
    if guess is not None:
        assert guess.confidence == round(share_, 4)


@given(TEXTS)
def test_a_text_without_latin_letters_has_no_uzbek_marker(text: str) -> None:
    ev = rules.Evidence(text)
    if not ev.counts[1]:
        assert share(ev.words, uzbek) == 0.0


def test_the_deciding_rule_is_named() -> None:
    assert rules.decide("Ол кітап оқыды.").rule == "ngram_model"
    assert rules.decide("12345").rule == "no_letters"
    assert rules.decide("Saylov boʻlib oʻtdi, yangi hukumat qonun qabul qildi.").rule == "kin_languages"


@given(st.text(LETTERS + "Ωω中 -1", max_size=40))
def test_letters_are_counted_by_script_as_one_by_one(text: str) -> None:
    words = text.split()
    joined = "".join(words)
    cyrl, latn = len(CYRL.findall(joined)), len(LATN.findall(joined))
    assert letter_counts(words) == (cyrl, latn, len(joined) - cyrl - latn)
    assert kyrgyz_text(words) == any(_KYRGYZ_LETTERS.search(w) for w in words)
