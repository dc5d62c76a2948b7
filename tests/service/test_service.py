"""The HTTP service: JSON endpoints, the web page, corpus search, and clear errors."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from taldau.corpus import Corpus
from taldau.service import create_app

ARTICLE = "АҚШ-тың үлесі 2,9 пайызға жетті. Қазақстан мұнайды Ресейге сатады."


@pytest.fixture(scope="module")
def client(tmp_path_factory) -> TestClient:
    db = tmp_path_factory.mktemp("corpus") / "news.db"
    with Corpus(db) as corpus:
        corpus.add(ARTICLE, source="a.txt")
        corpus.add("Mūnai bağasy östı.", source="b.txt")
    return TestClient(create_app(db))


def test_analyze_returns_the_schema(client: TestClient) -> None:
    doc = client.post("/analyze", json={"text": ARTICLE}).json()
    assert all(ARTICLE[t["start"] : t["end"]] == t["text"] for t in doc["tokens"])
    assert ("GPE", "АҚШ", "US") in {(e["label"], e["canonical"], e["link"]) for e in doc["entities"]}
    assert [(q["kind"], q["value"]) for q in doc["quantities"]] == [("percent", 2.9)]


def test_translit_and_morph(client: TestClient) -> None:
    assert client.post("/translit", json={"text": "Қазақстан"}).json() == {"text": "Qazaqstan"}
    assert client.post("/translit", json={"text": "Qazaqstan", "to": "cyrillic"}).json() == {"text": "Қазақстан"}
    reading = client.get("/morph", params={"word": "мұнайды"}).json()["analyses"][0]
    assert (reading["lemma"], reading["feats"]) == ("мұнай", "Case=Acc")


def test_search_and_mentions(client: TestClient) -> None:
    hits = client.get("/search", params={"q": "мұнай"}).json()
    assert {h["marked"] for h in hits} == {"Қазақстан [мұнайды] Ресейге сатады.", "[Mūnai] bağasy östı."}
    assert [(m["source"], m["text"]) for m in client.get("/mentions", params={"name": "RU"}).json()] == [("a.txt", "Ресейге")]


def test_the_page_analyses_and_searches(client: TestClient) -> None:
    assert "<textarea" in client.get("/").text and 'action="/search.html"' in client.get("/").text
    report = client.post("/report", data={"text": ARTICLE}).text
    assert "<mark" in report and "АҚШ-тың" in report
    page = client.get("/search.html", params={"q": "мұнай"}).text
    assert "<mark>мұнайды</mark>" in page and "<mark>Mūnai</mark>" in page


@pytest.mark.parametrize("method, path, payload, status", [
    ("post", "/translit", {"text": "x", "to": "greek"}, 422),  # unknown target
    ("post", "/analyze", {"lines": True}, 422),  # no text
    ("get", "/search", {"q": " ,. "}, 422),  # nothing to search for
    ("get", "/morph", {"word": ""}, 422),
])
def test_bad_requests_get_clear_errors(client: TestClient, method: str, path: str, payload: dict, status: int) -> None:
    response = client.post(path, json=payload) if method == "post" else client.get(path, params=payload)
    assert response.status_code == status and response.json()["detail"]


def test_search_without_a_corpus_is_not_found() -> None:
    response = TestClient(create_app()).get("/search", params={"q": "мұнай"})
    assert response.status_code == 404 and "--db" in response.json()["detail"]


def test_a_text_over_the_limit_is_refused_with_the_reason(client: TestClient) -> None:
    from taldau.service import MAX_CHARS

    response = client.post("/analyze", json={"text": "а" * (MAX_CHARS + 1)})
    assert response.status_code == 422 and "1000000" in str(response.json()["detail"])
