"""The HTTP service: JSON endpoints, the web page, corpus search, and clear errors."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from taldau.corpus import Corpus
from taldau.service import create_app

ARTICLE = "АҚШ-тың үлесі 2,9 пайызға жетті. Қазақстан мұнайды Ресейге сатады."


@pytest.fixture(scope="module")
def client(news_db) -> TestClient:
    return TestClient(create_app(news_db))


def test_analyze_returns_the_schema(client: TestClient) -> None:
    doc = client.post("/analyze", json={"text": ARTICLE}).json()
    assert all(ARTICLE[t["start"] : t["end"]] == t["text"] for t in doc["tokens"])
    assert ("GPE", "АҚШ", "US") in {(e["label"], e["canonical"], e["link"]) for e in doc["entities"]}
    assert [(q["kind"], q["value"]) for q in doc["quantities"]] == [("percent", 2.9)]


def test_analyze_with_the_documents_date(client: TestClient) -> None:
    doc = client.post("/analyze", json={"text": "Былтыр экспорт өсті.", "date": "2024-03-15"}).json()
    assert [q["value"] for q in doc["quantities"]] == ["2023"]
    assert client.post("/analyze", json={"text": "Былтыр.", "date": "15.03.2024"}).status_code == 422


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.one_of(st.characters(exclude_categories=()), st.sampled_from("\ud800\udfffАҚШ 2,9.\n")),
               max_size=60))
def test_any_text_gets_an_answer_never_a_server_error(client: TestClient, text: str) -> None:
    import json

    response = client.post("/analyze", content=json.dumps({"text": text}), headers={"content-type": "application/json"})
    assert response.status_code in (200, 422)
    if response.status_code == 200:
        assert response.json()["text"] == text
    else:
        assert "surrogate" in response.json()["detail"]


def test_translit_and_morph(client: TestClient) -> None:
    assert client.post("/translit", json={"text": "Қазақстан"}).json() == {"text": "Qazaqstan"}
    assert client.post("/translit", json={"text": "Qazaqstan", "to": "cyrillic"}).json() == {"text": "Қазақстан"}
    reading = client.get("/morph", params={"word": "мұнайды"}).json()["analyses"][0]
    assert (reading["lemma"], reading["feats"]) == ("мұнай", "Case=Acc")


def test_search_and_mentions(client: TestClient) -> None:
    hits = client.get("/search", params={"q": "мұнай"}).json()
    assert {h["marked"] for h in hits} == {"Қазақстан [мұнайды] Ресейге сатады.", "[Mūnai] bağasy östı."}
    found = client.get("/mentions", params={"name": "RU"}).json()
    assert sorted((m["source"], m["text"]) for m in found) == [("a.txt", "Ресейге"), ("b.txt", "Ресейге")]


def test_the_page_analyses_and_searches(client: TestClient) -> None:
    assert "<textarea" in client.get("/").text and 'action="/search.html"' in client.get("/").text
    report = client.post("/report", data={"text": ARTICLE}).text
    assert "<mark" in report and "АҚШ-тың" in report
    dated = client.post("/report", data={"text": "Былтыр экспорт өсті.", "date": "2024-03-15"}).text
    assert '<td class="value">2023</td>' in dated
    page = client.get("/search.html", params={"q": "мұнай"}).text
    assert "<mark>мұнайды</mark>" in page and "<mark>Mūnai</mark>" in page
    assert 'value="мұнай"' in page and "2 sentences" in page  # the query stays in its box, with the total


@pytest.mark.parametrize("method, path, payload, status", [
    ("post", "/translit", {"text": "x", "to": "greek"}, 422),  # unknown target
    ("post", "/analyze", {"lines": True}, 422),  # no text
    ("get", "/search", {"q": " ,. "}, 422),  # nothing to search for
    ("get", "/morph", {"word": ""}, 422),
])
def test_bad_requests_get_clear_errors(client: TestClient, method: str, path: str, payload: dict, status: int) -> None:
    response = client.post(path, json=payload) if method == "post" else client.get(path, params=payload)
    assert response.status_code == status and isinstance(response.json()["detail"], str)


def test_search_without_a_corpus_is_not_found() -> None:
    response = TestClient(create_app()).get("/search", params={"q": "мұнай"})
    assert response.status_code == 404 and "--db" in response.json()["detail"]


def test_a_text_over_the_limit_is_refused_with_the_reason_not_the_text(client: TestClient) -> None:
    from taldau.service import MAX_CHARS

    response = client.post("/analyze", json={"text": "а" * (MAX_CHARS + 1)})
    assert response.status_code == 422 and "1000000" in response.json()["detail"]
    assert len(response.content) < 200  # the input is not echoed back


def test_the_form_takes_as_much_as_the_api(client: TestClient) -> None:
    from taldau.service import MAX_CHARS

    text = "Қазақстан" + "\u2003" * (MAX_CHARS - 9)  # 3 MB of UTF-8, quick to analyse
    report = client.post("/report", files={"text": (None, text)})  # multipart, as the page sends it
    assert report.status_code == 200 and "Қазақстан" in report.text
    for over in client.post("/report", files={"text": (None, text + "!")}), client.post("/report", data={"text": text}):
        assert over.status_code == 413 and "1000000" in over.text and over.headers["content-type"].startswith("text/html")


@pytest.mark.parametrize("body, reason", [
    ('{"text": "\\ud800 мұнай"}', "lone surrogate"),  # valid JSON, not encodable text
    ('{"text": 5}', "text"),  # wrong type
    ('{"text": "ok", "lines": "maybe"}', "lines"),
    ('["text"]', "body"),
    ('{"text": "', "JSON"),  # cut short
])
def test_every_bad_body_gets_a_4xx_with_a_short_reason(client: TestClient, body: str, reason: str) -> None:
    response = client.post("/analyze", content=body.encode(), headers={"content-type": "application/json"})
    assert 400 <= response.status_code < 500, response.text
    detail = response.json()["detail"]
    assert isinstance(detail, str) and reason.lower() in detail.lower() and len(detail) < 200


def test_a_body_over_the_byte_limit_is_refused_before_reading(client: TestClient) -> None:
    from taldau.service.limits import MAX_BYTES

    response = client.post("/analyze", content=b"x" * (MAX_BYTES + 1), headers={"content-type": "application/json"})
    assert response.status_code == 413 and "bytes" in response.json()["detail"] and len(response.content) < 200


def test_form_errors_are_pages_not_json(client: TestClient) -> None:
    response = client.post("/report", data={"text": "  "})
    assert response.status_code == 422 and "<html" in response.text and "no text" in response.text
    response = client.get("/search.html", params={"q": ""})
    assert response.status_code == 422 and 'role="alert"' in response.text


def test_docs_are_served_without_a_network(client: TestClient) -> None:
    page = client.get("/docs").text
    assert "cdn" not in page.lower() and "/static-offline-docs/swagger-ui-bundle.js" in page
    assert client.get("/static-offline-docs/swagger-ui-bundle.js").status_code == 200
    assert "cdn" not in client.get("/redoc").text.lower()
    schema = client.get("/openapi.json").json()["paths"]["/analyze"]["post"]["responses"]["200"]
    assert schema["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Document"}


def test_busy_service_answers_503_with_retry_after() -> None:
    import threading

    from taldau.service.limits import Limiter

    limiter, started, release = Limiter(slots=1, timeout=5, queue=0), threading.Event(), threading.Event()
    app = create_app()

    @app.get("/hold")
    async def hold() -> str:
        return await limiter.run(lambda: started.set() or release.wait(5) and "done")

    @app.get("/quick")
    async def quick() -> str:
        return await limiter.run(lambda: "quick")

    with TestClient(app) as local:
        holder = threading.Thread(target=lambda: local.get("/hold"))
        holder.start()
        assert started.wait(5)
        busy = local.get("/quick")
        release.set()
        holder.join()
        assert busy.status_code == 503 and busy.headers["Retry-After"] and "busy" in busy.json()["detail"]
        assert local.get("/quick").json() == "quick"


def test_an_analysis_over_the_time_limit_answers_503() -> None:
    import time

    from taldau.service.limits import Limiter

    limiter, app = Limiter(slots=1, timeout=0.05), create_app()

    @app.get("/slow")
    async def slow() -> str:
        return await limiter.run(lambda: time.sleep(0.5) or "late")

    response = TestClient(app).get("/slow")
    assert response.status_code == 503 and "0.05 s" in response.json()["detail"] and response.headers["Retry-After"]


def test_search_page_removes_repeats_and_pages(tmp_path) -> None:
    from taldau.service.pages import PAGE_SIZE

    with Corpus(tmp_path / "r.db") as corpus:
        for i in range(PAGE_SIZE + 5):
            corpus.add(f"Мұнай бағасы {i} пайызға өсті. Мұнай бағасы өсті.", source=f"{i}.txt")
    local = TestClient(create_app(tmp_path / "r.db"))
    first = local.get("/search.html", params={"q": "мұнай"}).text
    assert first.count("<mark>Мұнай</mark> бағасы өсті.") == 1  # one line for the sentence in every document
    second = local.get("/search.html", params={"q": "мұнай", "page": 2}).text
    assert 'rel="prev"' in second and "<li>" in second and 'value="мұнай"' in second
