"""Very long lines: no crash, no quadratic blow-up, nothing lost."""
import time

from taldau.segment import segment


def test_a_50_mb_line_without_spaces() -> None:
    text = "мұнай" * 10_000_000  # 50 million characters, one line, one giant word
    t0 = time.perf_counter()
    tokens, sentences = segment(text)
    assert [(t.start, t.end) for t in tokens] == [(0, len(text))]
    assert len(sentences) == 1
    assert time.perf_counter() - t0 < 60


def test_a_long_line_of_running_text() -> None:
    sentence = "АҚШ-тың үлесі 2,9 пайызға\u200b жетті, т.б. "
    text = sentence * 20_000  # ~800 thousand characters on one line
    tokens, sentences = segment(text)
    assert len(sentences) == 20_000
    assert all(text[t.start : t.end] == t.text for t in tokens[:1000] + tokens[-1000:])
    assert tokens[-1].end == len(text.rstrip())


def test_many_quoted_names_stay_linear() -> None:
    """Each sentence end looks for its quotes within reach only, not back to the first quote of the text."""
    def seconds(n: int) -> float:
        text = " ".join(f"«Компания{i}» жаңа зауыт салды." for i in range(n))
        t0 = time.process_time()
        assert len(segment(text)[1]) == n
        return time.process_time() - t0

    seconds(500)  # warm the caches
    assert seconds(8_000) < 8 * seconds(1_000) + 1
