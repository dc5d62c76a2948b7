"""Search by lemma over a corpus in SQLite: inflected forms, Latin script, phrases, canonical entities."""
from __future__ import annotations

import pytest

from taldau.corpus import Corpus, Rows

DOCS = {
    "oil.txt": "Қазақстан мұнайды Қытайға сатады. Мұнай бағасы биыл өсті.",
    "gas.txt": "АҚШ-тың үлесі 30 пайызға жуық. Ресейден газ келеді.",
    "latin.txt": "Mūnai eksporty Reseige 9 mlrd dollarğa jettı.",
    "prices.txt": "Бағасы өскен мұнай туралы есеп шықты.",
    "nuclear.txt": "Елде атом электр стансасын салу туралы референдум өтті.",
    "russian.txt": "Цены на нефть выросли.",
}


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    corpus = Corpus()
    corpus.add_many(DOCS.items())
    return corpus


def sources(hits) -> set[str]:
    return {h.source for h in hits}


@pytest.mark.parametrize("query, found", [
    ("мұнай", {"oil.txt", "latin.txt", "prices.txt"}),  # мұнайды, Мұнай, Mūnai
    ("мұнайдың", {"oil.txt", "latin.txt", "prices.txt"}),  # the query is lemmatised too
    ("mūnai", {"oil.txt", "latin.txt", "prices.txt"}),
    ("мұнай бағасы", {"oil.txt", "prices.txt"}),  # every word, in any order
    ('"мұнай бағасы"', {"oil.txt"}),  # a phrase: in this order
    ("Ресей", {"gas.txt", "latin.txt"}),  # Ресейден, Reseige
    ("көмір", set()),
    ('"атом электр стансасы"', {"nuclear.txt"}),  # a short query is read as Kazakh, though the model would say Russian
    ("цены", {"russian.txt"}),  # but no Kazakh word the dictionary knows: Russian
])
def test_search_finds_every_form_of_the_lemma(corpus: Corpus, query: str, found: set[str]) -> None:
    assert sources(corpus.search(query)) == found


def test_hits_give_the_sentence_with_the_matched_words_marked(corpus: Corpus) -> None:
    hits = [h for h in corpus.search("мұнай") if h.source == "oil.txt"]
    assert {h.marked() for h in hits} == {"Қазақстан [мұнайды] Қытайға сатады.", "[Мұнай] бағасы биыл өсті."}
    text = DOCS["oil.txt"]
    assert all(text[h.start : h.end] == h.text for h in hits)


def test_mentions_group_an_actor_under_its_canonical_name_and_code(corpus: Corpus) -> None:
    assert {(m.source, m.text) for m in corpus.mentions("RU")} == {("gas.txt", "Ресейден"), ("latin.txt", "Reseige")}
    assert [(m.text, m.canonical) for m in corpus.mentions("АҚШ")] == [("АҚШ-тың", "АҚШ")]
    assert corpus.mentions("RU")[0].sentence == "Ресейден газ келеді."


def test_a_query_without_words_is_a_clear_error(corpus: Corpus) -> None:
    with pytest.raises(ValueError, match="nothing to search for"):
        corpus.search(" ,. ")


def test_the_corpus_lives_in_one_file(tmp_path) -> None:
    path = tmp_path / "news.db"
    with Corpus(path) as corpus:
        corpus.add("Үкімет жаңа заң қабылдады.", source="law.txt")
    with Corpus(path) as again:
        assert len(again) == 1 and again.has("law.txt") and not again.has("other.txt")
        assert [h.marked() for h in again.search("заңдар")] == ["Үкімет жаңа [заң] қабылдады."]


def test_control_characters_and_empty_documents_are_kept_and_searchable() -> None:
    corpus = Corpus()
    corpus.add("", source="empty.txt")
    text = "\x00\x01 Мұнай\u200b бағасы Ресейде өсті."
    corpus.add(text, source="odd.txt")
    (hit,) = corpus.search("мұнай")
    assert hit.text == text[hit.start : hit.end] and hit.marked().startswith("[Мұнай]")
    assert [m.sentence for m in corpus.mentions("RU")] == [hit.text]
    assert len(corpus) == 2


@pytest.mark.parametrize("query, found", [
    ("munai", {"oil.txt", "latin.txt", "prices.txt"}),  # no diacritics: мұнай
    ("munaidy bagasy", {"oil.txt", "prices.txt"}),  # inflected, still without Kazakh letters
    ("qazaqstan", {"oil.txt"}),
    ("МҰНАЙ", {"oil.txt", "latin.txt", "prices.txt"}),
])
def test_latin_and_upper_case_queries_find_the_cyrillic_lemma(corpus: Corpus, query: str, found: set[str]) -> None:
    assert sources(corpus.search(query)) == found


def test_a_latin_query_marks_the_cyrillic_words(corpus: Corpus) -> None:
    assert "Қазақстан [мұнайды] Қытайға сатады." in {h.marked() for h in corpus.search("munai")}


@pytest.mark.parametrize("name", ["RU", "ru", "Ресей", "ресей", "РЕСЕЙ"])
def test_mentions_ignore_case_of_names_and_codes(corpus: Corpus, name: str) -> None:
    assert {m.text for m in corpus.mentions(name)} == {"Ресейден", "Reseige"} and corpus.count_mentions(name) == 2


def test_totals_and_pages_cover_every_hit_once(corpus: Corpus) -> None:
    total = corpus.count("мұнай")
    pages = [corpus.search("мұнай", limit=2, offset=offset) for offset in range(0, total + 2, 2)]
    assert total == 4 and [len(p) for p in pages] == [2, 2, 0]
    assert len({(h.doc, h.start) for page in pages for h in page}) == total
    assert [len(corpus.mentions("RU", limit=1, offset=i)) for i in range(3)] == [1, 1, 0]


def test_the_chosen_readings_lemma_ranks_above_another_readings() -> None:
    def sentence(text: str, chosen: str, other: str) -> Rows:
        return Rows(text, [(0, len(text), "kk", chosen, other, chosen)], [], [])

    corpus = Corpus()
    corpus.add(sentence("Алды жақта үй тұр.", "алды жақ үй тұр", "ал алд"), source="other")  # ал only as a reading not chosen
    corpus.add(sentence("Ол кітапты алды.", "ол кітап ал", "алд"), source="chosen")
    assert [h.source for h in corpus.search("ал")] == ["chosen", "other"]


def test_beyond_the_ranked_hits_newest_come_first_and_pages_still_cover_all(monkeypatch) -> None:
    import taldau.corpus

    corpus = Corpus()
    corpus.add_many((f"{i}.txt", f"Газ бағасы {i} пайызға өсті.") for i in range(5))
    monkeypatch.setattr(taldau.corpus, "RANKED", 2)
    pages = [corpus.search("газ", limit=2, offset=offset) for offset in (0, 2, 4)]
    assert [h.source for page in pages for h in page] == [f"{i}.txt" for i in reversed(range(5))]
