"""The HTTP service: the pipeline, transliteration, morphology and corpus search over JSON, and a web page.

    taldau serve --port 8000 [--db news.db] [--workers 2]     # then open http://localhost:8000

    POST /analyze   {"text": ..., "lines": false}     -> the JSON of docs/schema.md
    POST /translit  {"text": ..., "to": "latin"}      -> {"text": ...}
    GET  /morph?word=мұнайды                          -> {"word": ..., "analyses": [...]}
    GET  /search?q=мұнай&limit=20                     -> hits, when started with a corpus
    GET  /mentions?name=US                            -> entity mentions, when started with a corpus
    GET  /actors?name=US                              -> what the corpus says the actor wants (stances)
    GET  /                                            -> the page: paste text, see the report; search
    GET  /docs, /redoc                                -> the OpenAPI documentation, served offline
Models load once, at the first request that needs them; analyses run in the thread pool, a few at once
(see `limits`). Every bad request gets a 4xx whose `detail` says why in a line.
"""
from __future__ import annotations

import datetime
import os
from dataclasses import asdict
from functools import partial
from pathlib import Path
from threading import Lock
from typing import Any, Optional

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, Field, field_validator
from starlette.exceptions import HTTPException as StarletteHTTPException

import taldau
from taldau.corpus import Hit
from taldau.export import to_html, to_json
from taldau.service import pages
from taldau.service.limits import MAX_BYTES, MAX_CHARS, BodyLimit, Limiter, check_text
from taldau.service.models import Document, HitOut, MentionOut, Translation, WordReadings

__all__ = ["create_app", "MAX_CHARS"]
_HTML_PATHS = ("/", "/report", "/search.html", "/actors.html")


class TextIn(BaseModel):
    text: str = Field(description=f"at most {MAX_CHARS} characters")
    lines: bool = False

    _checked = field_validator("text")(check_text)


class AnalyzeIn(TextIn):
    date: Optional[datetime.date] = Field(None, description="the document's date: былтыр -> its year minus one")


class TranslitIn(TextIn):
    to: str = "latin"
    alphabet: str = "2021"


def create_app(db: str | Path | None = None, slots: int = 2, timeout: float = 60.0) -> FastAPI:
    """The service; with `db`, the corpus there answers /search and /mentions. At most `slots` analyses
    run at once, each for at most `timeout` seconds."""
    from fastapi_offline import FastAPIOffline  # /docs and /redoc from the package's files: no CDN, works offline

    app = FastAPIOffline(title="taldau", version=taldau.__version__,
                         description="Kazakh text analysis: tokens, morphology, entities, quantities, search.")
    limiter = Limiter(slots, timeout=timeout)
    corpus_lock = Lock()  # one SQLite connection, shared by the worker threads in turn
    corpus = None
    if db is not None:
        from taldau.corpus import Corpus

        if not Path(db).is_file():
            raise FileNotFoundError(f"no corpus at {db}; make one with `taldau index FILES --db {db}`")
        corpus = Corpus(db)
    _errors(app, has_corpus=corpus is not None)
    app.add_middleware(BodyLimit, answer=partial(_answer, has_corpus=corpus is not None), limit=MAX_BYTES)

    def need_corpus():
        if corpus is None:
            raise HTTPException(404, "no corpus: start the service with --db FILE")
        return corpus

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home() -> str:
        return pages.page(query=None if corpus is None else "")

    @app.post("/report", response_class=HTMLResponse, summary="The HTML report of a text (the page's form)")
    async def report(request: Request) -> str:
        form = await request.form(max_part_size=MAX_BYTES)
        text = form.get("text")
        if not isinstance(text, str) or not text.strip():
            raise HTTPException(422, "no text: paste an article in the box")
        try:
            check_text(text)
        except ValueError as error:
            raise HTTPException(413 if len(text) > MAX_CHARS else 422, str(error)) from None
        lines, date = form.get("lines") == "true", form.get("date") or None
        try:  # the page written in the worker thread too: a long one would hold up every other request
            return await limiter.run(lambda: to_html(taldau.analyze(text, lines, date), title="taldau report"))
        except ValueError as error:  # a date that is not one
            raise HTTPException(422, str(error)) from None

    @app.post("/analyze", response_model=Document, summary="Analyse a text: the JSON of docs/schema.md")
    async def analyze(body: AnalyzeIn) -> Response:  # written by export.to_json: no per-token validation
        content = await limiter.run(lambda: to_json(taldau.analyze(body.text, body.lines, body.date), indent=None))
        return Response(content, media_type="application/json")

    @app.post("/translit", response_model=Translation)
    def translit(body: TranslitIn) -> Translation:
        try:
            return Translation(text=taldau.translit(body.text, to=body.to, alphabet=body.alphabet))
        except ValueError as error:
            raise HTTPException(422, str(error)) from error

    @app.get("/morph", response_model=WordReadings)
    def morph(word: str = Query(min_length=1, max_length=200)) -> dict[str, Any]:
        from taldau.morph import analyze as analyse_word

        return {"word": word, "analyses": [a.as_dict() for a in analyse_word(word)]}

    @app.get("/search", response_model=list[HitOut])
    def search(q: str = Query(min_length=1, max_length=500), limit: int = Query(20, ge=1, le=500)) -> list[dict[str, Any]]:
        return [asdict(h) | {"marked": h.marked()} for h in hits(q, limit)]

    def hits(q: str, limit: int) -> list[Hit]:
        found = need_corpus()
        try:
            with corpus_lock:
                return found.search(q, limit=limit)
        except ValueError as error:
            raise HTTPException(422, str(error)) from error

    @app.get("/search.html", response_class=HTMLResponse, include_in_schema=False)
    def search_page(q: str = Query(min_length=1, max_length=500), page: int = Query(1, ge=1, le=50)) -> str:
        wanted = 2 * pages.PAGE_SIZE * page + 1  # repeats are dropped, so ask for more than a page
        found = hits(q, wanted)
        shown = pages.unique(found)
        if len(found) < wanted:  # every hit is here: the exact number of distinct sentences
            return pages.page(pages.results(q, shown, page, len(shown)), query=q)
        count = getattr(need_corpus(), "count", None)  # hits with repeats, when the corpus counts them
        return pages.page(pages.results(q, shown, page, count(q) if callable(count) else None, exact=False), query=q)

    @app.get("/mentions", response_model=list[MentionOut])
    def mentions(name: str = Query(min_length=1, max_length=200), limit: int = Query(100, ge=1, le=1000)) -> list[dict]:
        found = need_corpus()
        with corpus_lock:
            return [asdict(m) for m in found.mentions(name, limit)]

    def stance_groups(name: str) -> list:
        from taldau.stances.corpus import StanceIndex

        found = need_corpus()
        with corpus_lock:  # the first request reads the stances of the documents not read yet
            try:
                return StanceIndex(found).about(check_text(name, "name"))
            except ValueError as error:
                raise HTTPException(422, str(error)) from error

    @app.get("/actors", summary="What the corpus says an actor (US, Ресей үкіметі) wants, by kind and target")
    def actors(name: str = Query(min_length=1, max_length=200)) -> list[dict]:
        return [asdict(g) for g in stance_groups(name)]

    @app.get("/actors.html", response_class=HTMLResponse, include_in_schema=False)
    def actors_page(name: str = Query(min_length=1, max_length=200)) -> str:
        return pages.page(pages.stances(name, stance_groups(name)), query="")

    return app


def _errors(app: FastAPI, has_corpus: bool) -> None:
    """Errors as one line of reason: JSON for the API, an HTML page for the page's own addresses."""


    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> Response:
        return _answer(request.url.path, 422, "; ".join(_reason(e) for e in error.errors()), has_corpus)

    @app.exception_handler(StarletteHTTPException)
    async def refused(request: Request, error: StarletteHTTPException) -> Response:
        return _answer(request.url.path, error.status_code, str(error.detail), has_corpus, getattr(error, "headers", None))


def _answer(path: str, status: int, reason: str, has_corpus: bool, headers: dict | None = None) -> Response:
    if path in _HTML_PATHS:
        return HTMLResponse(pages.error_page(status, reason, has_corpus), status, headers=headers)
    return JSONResponse({"detail": reason}, status, headers=headers)


def _reason(error: dict) -> str:
    """A validation error in a line, never with the input (which may be a megabyte of text)."""
    where = ".".join(str(part) for part in error.get("loc", ()) if part != "body") or "body"
    message = str(error.get("msg", "invalid")).removeprefix("Value error, ")
    return f"{where}: {message}"


def from_environment() -> FastAPI:
    """The app for `taldau serve --workers N` (uvicorn imports it in each worker process)."""
    return create_app(os.environ.get("TALDAU_DB") or None, slots=int(os.environ.get("TALDAU_SLOTS", "2")),
                      timeout=float(os.environ.get("TALDAU_TIMEOUT", "60")))
