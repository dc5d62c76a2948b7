"""What a corpus says an actor wants: relations stored beside the corpus, grouped by kind and target lemma."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from taldau.cli import app
from taldau.corpus import Corpus
from taldau.stances.corpus import StanceIndex

FIRST = "АҚШ Қазақстанмен сауданы арттыруға мүдделі. Американдық компаниялар Алматыда зауыт салмақ."
SECOND = "Америка Құрама Штаттары сауда айналымын арттыруға мүдделі емес. Ресей бұл жобаға қарсы."


def test_groups_by_kind_and_target_lemma(tmp_path) -> None:
    with Corpus(tmp_path / "news.db") as corpus:
        corpus.add(FIRST, source="a.txt")
        corpus.add(SECOND, source="b.txt")
        index = StanceIndex(corpus)
        groups = index.about("US")
        assert index.update() == 0  # documents are read once
        first = groups[0]
        assert (first.kind, first.target, first.count, first.negated) == ("interest", "арттыр", 2, 1)
        assert {s.source for s in first.sources} == {"a.txt", "b.txt"}
        assert any(s.sentence.startswith("АҚШ") for s in first.sources)
        assert [(g.kind, g.target) for g in groups[1:]] == [("goal", "сал")]  # американдық компаниялар: US
        assert [(g.kind, g.target) for g in index.about("RU")] == [("opposition", "жоба")]
        assert index.about("Ресей") == index.about("RU") and index.about("Америка") == groups
        assert index.about("CN") == []
        corpus.add("Қытай бұл жобаны қолдайды.", source="c.txt")
        assert [g.kind for g in index.about("CN")] == ["support"]  # a document added later is read on need
        with pytest.raises(ValueError, match="name an actor"):
            index.about("  ")


def test_cli_actors_with_a_corpus(tmp_path) -> None:
    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    runner = CliRunner()
    db = str(tmp_path / "news.db")
    assert runner.invoke(app, ["index", str(tmp_path / "a.txt"), "--db", db]).exit_code == 0
    table = runner.invoke(app, ["actors", "US", "--db", db])
    assert table.exit_code == 0 and "interest\tарттыр\t1" in table.stdout
    lines = [json.loads(line) for line in runner.invoke(app, ["actors", "US", "TR", "--db", db, "-f", "jsonl"]).stdout.splitlines()]
    assert {r["actor"] for r in lines} == {"US"} and lines[0]["sources"][0]["source"].endswith("a.txt")
    assert runner.invoke(app, ["actors", "--db", db]).exit_code == 2
    assert runner.invoke(app, ["actors", "US", "--db", str(tmp_path / "none.db")]).exit_code == 2


def test_service_actors(tmp_path) -> None:
    from fastapi.testclient import TestClient

    from taldau.service import create_app

    with Corpus(tmp_path / "news.db") as corpus:
        corpus.add(FIRST, source="a.txt")
    client = TestClient(create_app(tmp_path / "news.db"))
    groups = client.get("/actors", params={"name": "US"}).json()
    assert sorted((g["kind"], g["target"], g["count"]) for g in groups) == [("goal", "сал", 1), ("interest", "арттыр", 1)]
    page = client.get("/actors.html", params={"name": "АҚШ"}).text
    assert "What the corpus says АҚШ wants" in page and "арттыр" in page and 'action="/actors.html"' in page
    assert "says nothing" in client.get("/actors.html", params={"name": "Чили"}).text
    assert client.get("/actors", params={"name": ""}).status_code == 422
    assert TestClient(create_app()).get("/actors", params={"name": "US"}).status_code == 404


def test_a_body_is_asked_for_by_any_of_its_names(tmp_path) -> None:
    with Corpus(tmp_path / "news.db") as corpus:
        corpus.add("БҰҰ бұл шешімді қолдады. Біріккен Ұлттар Ұйымы миссиясын кеңейтуді көздейді.", source="a.txt")
        index = StanceIndex(corpus)
        groups = index.about("Біріккен Ұлттар Ұйымы")
        assert sorted(g.kind for g in groups) == ["goal", "support"]
        assert index.about("БҰҰ") == groups and index.about("Еуроодақ") == []
