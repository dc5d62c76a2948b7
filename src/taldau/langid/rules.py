"""The decision chain: ordered small rules, the first that answers wins; the n-gram model always answers.

Letters decide what they can (no letters, another script, another alphabet), a list of foreign function
words catches the languages the model was not trained on, and the model decides the rest.
"""
from __future__ import annotations

import math
from collections.abc import Callable

from . import model
from .features import CYRL, LATN, words
from .guess import LangGuess
from .letters import KAZAKH_CYRL, KNOWN_LATN, RUSSIAN
from .neighbours import kyrgyz, kyrgyz_text, share, uzbek
from .other_words import OTHER_WORDS
from .script import letter_counts, script_of

KNOWN_LETTERS = frozenset(KNOWN_LATN + KAZAKH_CYRL + RUSSIAN)
FOREIGN_SHARE = 0.2  # share of words with foreign letters ("Straße", "très") that makes a text "other"
OTHER_WORDS_SHARE = 0.25  # share of foreign function words ("ist", "için") that makes a text "other"


class Evidence:
    """What the rules look at: words, letter counts per script, the script."""

    def __init__(self, text: str) -> None:
        self.words = words(text)
        self.counts = letter_counts(self.words)
        self.script = script_of(*self.counts)

    def share(self, test: Callable[[str], bool]) -> float:
        """The share of words passing `test`; 0 for a text of no words (an apostrophe alone)."""
        return sum(map(test, self.words)) / len(self.words) if self.words else 0.0


# -- rules: each returns a guess or None ------------------------------------------------------------


def no_letters(ev: Evidence) -> LangGuess | None:
    # "12345", "...!!!", "🙂", ""
    return LangGuess("other", "none", 0.0) if ev.script == "none" else None


def other_script(ev: Evidence) -> LangGuess | None:
    # "今天天气很好。", "Καλημέρα σας."
    return LangGuess("other", "other", round(ev.counts[2] / sum(ev.counts), 4)) if ev.script == "other" else None


def foreign_letters(ev: Evidence) -> LangGuess | None:
    # "Die Straße ist gesperrt." (ß), "Це дуже гарна ідея, дякуємо!" (є); kk, ru and en never need them
    if KNOWN_LETTERS.issuperset("".join(ev.words)):  # most texts: no word to test one by one
        return None
    share = ev.share(_has_foreign_letter)
    return LangGuess("other", ev.script, round(share, 4)) if share >= FOREIGN_SHARE else None


def foreign_words(ev: Evidence) -> LangGuess | None:
    # "Bu kitabı okumak istiyorum." (bu), "Wo ist der Bahnhof?" (ist, der)
    share = ev.share(OTHER_WORDS.__contains__)
    return LangGuess("other", ev.script, round(share, 4)) if share >= OTHER_WORDS_SHARE and len(ev.words) > 1 else None


def kin_languages(ev: Evidence) -> LangGuess | None:
    # "Өкмөт мыйзамды кабыл алды." (Kyrgyz), "Saylov boʻlib oʻtdi." (Uzbek): "other", not a confident kk
    marked = max(share(ev.words, kyrgyz) if kyrgyz_text(ev.words) else 0.0,
                 share(ev.words, uzbek) if ev.counts[1] else 0.0)  # an Uzbek marker has Latin letters
    return LangGuess("other", ev.script, round(marked, 4)) if marked else None


def ngram_model(ev: Evidence) -> LangGuess:
    # everything else: naive Bayes, kk against ru on Cyrillic words, kk against en on Latin words
    ranked = tuple(sorted(probabilities(ev).items(), key=lambda kv: -kv[1]))
    return LangGuess(ranked[0][0], ev.script, ranked[0][1], ranked)


def probabilities(ev: Evidence) -> dict[str, float]:
    """P(lang | text) from the n-gram model; in a mixed text each script votes with its share of letters."""
    cyrl, latn, _ = ev.counts
    if ev.script != "mixed":
        return _pair("Cyrl" if cyrl > latn else "Latn", ev.words)
    by_script: dict[bool, list[str]] = {True: [], False: []}
    for w in ev.words:
        by_script[bool(CYRL.search(w))].append(w)
    by_cyrl, by_latn = _pair("Cyrl", by_script[True]), _pair("Latn", by_script[False])
    w = cyrl / (cyrl + latn)
    p = {"kk": w * by_cyrl["kk"] + (1 - w) * by_latn["kk"], "ru": w * by_cyrl["ru"], "en": (1 - w) * by_latn["en"]}
    return {k: round(v, 4) for k, v in p.items()}


def _pair(script: str, text_words: list[str]) -> dict[str, float]:
    # two classes: P(kk) = sigmoid(log-ratio / temperature)
    m = model.load()
    z = m.words_ratio(script, text_words) / m.temperature
    kk = 1.0 / (1.0 + math.exp(-max(-700.0, min(700.0, z))))
    return {"kk": round(kk, 4), model.PAIRS[script][1]: round(1.0 - kk, 4)}


def _has_foreign_letter(word: str) -> bool:
    # only Cyrillic and Latin letters count: "(◍•ᴗ•◍)" or a Chinese phrase in a review is not a foreign alphabet
    return not KNOWN_LETTERS.issuperset(word) and any(
        CYRL.match(ch) or LATN.match(ch) for ch in word if ch not in KNOWN_LETTERS
    )


RULES: tuple[Callable[[Evidence], LangGuess | None], ...] = (
    no_letters,
    other_script,
    foreign_letters,
    foreign_words,
    kin_languages,
    ngram_model,
)


def decide(text: str) -> LangGuess:
    """Run the rules in order; the guess says which rule answered."""
    ev = Evidence(text)
    for rule in RULES:
        guess = rule(ev)
        if guess is not None:  # the guess with its rule (dataclasses.replace costs a sentence a microsecond)
            return LangGuess(guess.lang, guess.script, guess.confidence, guess.scores, rule.__name__)
    raise AssertionError("ngram_model always answers")
