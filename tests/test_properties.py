"""Invariants that hold for any text (hypothesis)."""
from hypothesis import example, given, settings
from hypothesis import strategies as st

from taldau.normalize import normalize
from taldau.segment import segment

KAZAKH = "абвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяәАҚШҰҮӨҒҢІӘ"
PIECES = st.sampled_from(
    list(KAZAKH) + list("aeopcxyiH0123456789 .,!?-–—«»\"'()%\n\t") +
    ["\u200b", "\u00ad", "\u0301", "\u0308", "\u00a0", "т.б.", "ж.", "АҚШ-тың", "2,9", "1 500", "...", "https://a.kz"]
)
TEXT = st.one_of(st.text(max_size=200), st.lists(PIECES, max_size=80).map("".join))


@settings(max_examples=300, deadline=None)
@given(TEXT)
@example("е\u0308\u0301ж")  # two marks on one letter: only the first composes
@example("\u0301\u0308a \u200b\u0301")
def test_tokens_are_slices_of_the_original(text: str) -> None:
    tokens, sentences = segment(text)
    for token in tokens:
        assert text[token.start : token.end] == token.text
        assert token.text.strip() == token.text and token.text
    starts = [t.start for t in tokens]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(tokens, tokens[1:]))


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_no_visible_character_is_lost(text: str) -> None:
    tokens, _ = segment(text)
    covered = set()
    for token in tokens:
        covered.update(range(token.start, token.end))
    norm = normalize(text).text
    lost = [i for i, ch in enumerate(text) if i not in covered and not ch.isspace()]
    # only characters the normaliser drops (invisible, combining marks merged) may fall outside tokens
    assert all(text[i] not in norm for i in lost)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_sentences_partition_the_tokens(text: str) -> None:
    tokens, sentences = segment(text)
    assert sum(s.last - s.first for s in sentences) == len(tokens)
    for a, b in zip(sentences, sentences[1:]):
        assert a.last == b.first and a.end <= b.start
    for s in sentences:
        assert s.start == tokens[s.first].start and s.end == tokens[s.last - 1].end


@settings(max_examples=300, deadline=None)
@given(TEXT)
@example("AЇ")  # a foreign look-alike counts as Cyrillic on the first pass, not only once it has become І
def test_normalisation_is_idempotent(text: str) -> None:
    once = normalize(text).text
    assert normalize(once).text == once


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=KAZAKH + " .,", min_size=1, max_size=40), min_size=1, max_size=8))
def test_lines_mode_never_crosses_a_line_break(lines: list[str]) -> None:
    text = "\n".join(lines)
    _, sentences = segment(text, lines=True)
    assert all("\n" not in text[s.start : s.end] for s in sentences)
    line_starts = {0} | {i + 1 for i, ch in enumerate(text) if ch == "\n"}
    first_tokens = {text.find(line.strip(), start) for line, start in zip(text.split("\n"), sorted(line_starts))
                    if line.strip()}
    sentence_starts = {s.start for s in sentences}
    assert first_tokens <= sentence_starts
