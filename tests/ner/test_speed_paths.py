"""NER's per-token shortcuts give what the plain construction gives: neighbours' views read off shifted lists,
a token's reading read once. Sentences and words written for these tests."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from taldau.ner import _word, features
from taldau.ner.features import OFFSETS, Word, context, sentence
from taldau.ner.model import MODEL, known
from taldau.pipeline import Pipeline

POOL = ["Астанада", "Қазақстан", "Республикасы", "министрлігінің", "«", "Самұрық-Қазына", "»", "қоры", "2023",
        "жылы", "Тоқаев", "Ердоғанмен", "сөйлесті", ".", "!", "АҚШ-тың", "мен", "Ақтөбе", "облысында"]


def _plain(words: list[Word]) -> list[list[bytes]]:
    """Every token's features spelt out: its own, its context the model has, then each neighbour's view of it."""
    keep = known(MODEL)
    seen = [features._seen(w, keep) for w in words]
    out = []
    for i, around in enumerate(context(words, seen)):
        fs = [*seen[i].own, *(keep.encoded[f] for f in around if f in keep.encoded)]
        for k, off in enumerate(OFFSETS):
            if 0 <= i + off < len(words):
                fs += seen[i + off].around[k]
        out.append(fs)
    return out


@given(st.lists(st.sampled_from(POOL), max_size=14))
@settings(max_examples=80, deadline=None)
def test_a_sentence_s_features_are_those_spelt_out(texts: list[str]) -> None:
    words = [Word(t) for t in texts]
    assert sentence(words, keep=known(MODEL)) == _plain(words)


def test_a_token_s_word_carries_its_chosen_reading() -> None:
    doc = Pipeline(["morph", "tagger"])("Мемлекет басшысы Қасым-Жомарт Тоқаев Ердоғанмен телефон арқылы сөйлесті.")
    words = [_word(t) for t in doc.tokens]
    assert words == [Word(t.norm, t.lemma or "", t.upos or "", t.feats or "") for t in doc.tokens]
    assert all(w.upos for w in words) and any(w.feats for w in words)
