"""The HTTP service: the pipeline, transliteration, morphology and corpus search over JSON, and a web page.

    taldau serve --port 8000 [--db news.db]      # then open http://localhost:8000

    POST /analyze   {"text": ..., "lines": false}     -> the JSON of docs/schema.md
    POST /translit  {"text": ..., "to": "latin"}      -> {"text": ...}
    GET  /morph?word=мұнайды                          -> {"word": ..., "analyses": [...]}
    GET  /search?q=мұнай&limit=20                     -> hits, when started with a corpus
    GET  /mentions?name=US                            -> entity mentions, when started with a corpus
    GET  /actors?name=US                              -> what the corpus says the actor wants (stances)
    GET  /                                            -> the page: paste text, see the report; search
Models load once, at the first request that needs them; requests run in FastAPI's thread pool.
"""
from __future__ import annotations

from dataclasses import asdict
from html import escape
from pathlib import Path
from threading import Lock
from typing import Any

from fastapi import FastAPI, Form, HTTPException, Query
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field

import taldau
from taldau.corpus import Hit
from taldau.export import to_dict, to_html

MAX_CHARS = 1_000_000  # one request (about 150k tokens); a corpus goes through `taldau index`
PAGE = (Path(__file__).with_name("page.html")).read_text(encoding="utf-8")


class TextIn(BaseModel):
    text: str = Field(max_length=MAX_CHARS)
    lines: bool = False


class TranslitIn(BaseModel):
    text: str = Field(max_length=MAX_CHARS)
    to: str = "latin"
    alphabet: str = "2021"


def create_app(db: str | Path | None = None) -> FastAPI:
    """The service; with `db`, the corpus there answers /search and /mentions."""
    app = FastAPI(title="taldau", version=taldau.__version__,
                  description="Kazakh text analysis: tokens, morphology, entities, quantities, search.")
    corpus_lock = Lock()  # one SQLite connection, shared by the worker threads in turn
    corpus = None
    if db is not None:
        from taldau.corpus import Corpus

        if not Path(db).is_file():
            raise FileNotFoundError(f"no corpus at {db}; make one with `taldau index FILES --db {db}`")
        corpus = Corpus(db)

    def need_corpus():
        if corpus is None:
            raise HTTPException(404, "no corpus: start the service with --db FILE")
        return corpus

    @app.get("/", response_class=HTMLResponse)
    def page() -> str:
        return PAGE.replace("{{search}}", "" if corpus is None else _SEARCH_FORM)

    @app.post("/report", response_class=HTMLResponse)
    def report(text: str = Form(max_length=MAX_CHARS), lines: bool = Form(False)) -> str:
        return to_html(taldau.analyze(text, lines=lines), title="taldau report")

    @app.post("/analyze")
    def analyze(body: TextIn) -> dict[str, Any]:
        return to_dict(taldau.analyze(body.text, lines=body.lines))

    @app.post("/translit")
    def translit(body: TranslitIn) -> dict[str, str]:
        try:
            return {"text": taldau.translit(body.text, to=body.to, alphabet=body.alphabet)}
        except ValueError as error:
            raise HTTPException(422, str(error)) from error

    @app.get("/morph")
    def morph(word: str = Query(min_length=1, max_length=200)) -> dict[str, Any]:
        from taldau.morph import analyze as analyse_word

        return {"word": word, "analyses": [a.as_dict() for a in analyse_word(word)]}

    @app.get("/search")
    def search(q: str = Query(min_length=1, max_length=500), limit: int = Query(20, ge=1, le=500)) -> list[dict[str, Any]]:
        return [asdict(h) | {"marked": h.marked()} for h in hits(q, limit)]

    def hits(q: str, limit: int) -> list[Hit]:
        found = need_corpus()
        try:
            with corpus_lock:
                return found.search(q, limit=limit)
        except ValueError as error:
            raise HTTPException(422, str(error)) from error

    @app.get("/search.html", response_class=HTMLResponse)
    def search_page(q: str = Query(min_length=1, max_length=500)) -> str:
        items = "".join(f"<li><small>{escape(h.source or '')}</small> {h.marked('<mark>', '</mark>', escape)}</li>"
                        for h in hits(q, 50))
        results = f"<h2>{escape(q)}</h2><ol>{items}</ol>" if items else f"<p>No sentence has {escape(q)}.</p>"
        return PAGE.replace("{{search}}", _SEARCH_FORM).replace("</main>", results + "</main>")

    @app.get("/mentions")
    def mentions(name: str = Query(min_length=1, max_length=200), limit: int = Query(100, ge=1, le=1000)) -> list[dict]:
        found = need_corpus()
        with corpus_lock:
            return [asdict(m) for m in found.mentions(name, limit)]

    def stance_groups(name: str) -> list:
        from taldau.stances.corpus import StanceIndex

        found = need_corpus()
        with corpus_lock:  # the first request reads the stances of every document not read yet
            return StanceIndex(found).about(name)

    @app.get("/actors")
    def actors(name: str = Query(min_length=1, max_length=200)) -> list[dict]:
        return [asdict(g) for g in stance_groups(name.strip() or name)]

    @app.get("/actors.html", response_class=HTMLResponse)
    def actors_page(name: str = Query(min_length=1, max_length=200)) -> str:
        rows = "".join(f"<tr><td>{escape(g.kind)}</td><td>{escape(g.target)}</td><td>{g.count}</td>"
                       f"<td>{escape(' | '.join(g.examples))}</td><td>{escape(', '.join({s.source or '' for s in g.sources}))}</td></tr>"
                       for g in stance_groups(name))
        results = (f"<h2>What the corpus says {escape(name)} wants</h2><table><tr><th>kind</th><th>target</th>"
                   f"<th>count</th><th>as written</th><th>sources</th></tr>{rows}</table>"
                   if rows else f"<p>The corpus says nothing about what {escape(name)} wants.</p>")
        return PAGE.replace("{{search}}", _SEARCH_FORM).replace("</main>", results + "</main>")

    return app


_SEARCH_FORM = """<form action="/search.html" method="get"><h2>Search the corpus</h2>
<input name="q" placeholder="мұнай, «мұнай бағасы»..." size="40"> <button>Search</button></form>
<form action="/actors.html" method="get"><h2>Who wants what</h2>
<input name="name" placeholder="US, Ресей, Ресей үкіметі..." size="40"> <button>Stances</button></form>"""
