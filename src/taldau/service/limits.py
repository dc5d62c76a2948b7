"""What keeps the service answering: a size limit on every body, a cap on analyses at once (503 and
Retry-After beyond a queue), a time limit per analysis, and errors that say why in a line, never echoing input."""
from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from collections.abc import Callable
from typing import Any, TypeVar

from fastapi import HTTPException
from starlette.types import ASGIApp, Receive, Scope, Send

T = TypeVar("T")
MAX_CHARS = 1_000_000  # one text (about 150k tokens); a corpus goes through `taldau index`
MAX_BYTES = 7 * MAX_CHARS + 4096  # a Cyrillic letter is 6 bytes form-encoded (%D0%B0) or JSON-escaped (\u0430)


def check_text(text: str, field: str = "text") -> str:
    """The text, or a ValueError saying what is wrong with it (too long, a lone surrogate)."""
    if len(text) > MAX_CHARS:
        raise ValueError(f"{field} has {len(text)} characters; at most {MAX_CHARS} per request")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ValueError(f"{field} has a lone surrogate (\\u{ord(text[error.start]):04x}) at character {error.start}") from None
    return text


class BodyLimit:
    """ASGI middleware: a body longer than `limit` bytes gets 413 before it is read whole;
    `answer(path, status, reason)` gives the response (HTML or JSON, by path)."""

    def __init__(self, app: ASGIApp, answer: Callable[[str, int, str], Any], limit: int = MAX_BYTES) -> None:
        self.app, self.answer, self.limit = app, answer, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope["headers"]).get(b"content-length", b"0")
        if declared.isdigit() and int(declared) > self.limit:
            return await self._refuse(scope, receive, send)
        seen = 0

        async def counted() -> dict:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise _TooLarge
            return message

        try:
            await self.app(scope, counted, send)
        except _TooLarge:
            await self._refuse(scope, receive, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        reason = f"request body over {self.limit} bytes; at most {MAX_CHARS} characters of text"
        await self.answer(scope["path"], 413, reason)(scope, receive, send)


class _TooLarge(Exception):
    pass


class Limiter:
    """At most `slots` analyses at once, in `slots` threads of their own (so per-thread models exist
    `slots` times, not once per server thread), and at most `queue` more waiting: beyond, 503 with
    Retry-After at once. A request answered within `timeout` seconds or given 503: one still queued is
    dropped; one running goes on in its thread (Python cannot stop it) and keeps its slot, so the cap holds."""

    def __init__(self, slots: int = 2, timeout: float = 60.0, queue: int = 64) -> None:
        self.slots, self.timeout, self.queue = slots, timeout, queue
        self._pool = ThreadPoolExecutor(slots, thread_name_prefix="taldau-analysis")
        self._admitted = 0
        self._lock = threading.Lock()

    async def run(self, work: Callable[..., T], *args) -> T:
        with self._lock:
            if self._admitted >= self.slots + self.queue:
                raise HTTPException(503, f"busy: {self.slots} analyses running and {self.queue} waiting; retry shortly",
                                    headers={"Retry-After": "5"})
            self._admitted += 1
        future = self._pool.submit(work, *args)
        future.add_done_callback(self._release)
        try:
            return await asyncio.wait_for(asyncio.shield(asyncio.wrap_future(future)), self.timeout)
        except TimeoutError:
            future.cancel()  # only a request still waiting for a slot is dropped
            raise HTTPException(503, f"the analysis took over {self.timeout:g} s; send a shorter text",
                                headers={"Retry-After": str(round(self.timeout))}) from None

    def _release(self, _) -> None:
        with self._lock:
            self._admitted -= 1
