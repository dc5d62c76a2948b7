"""What keeps the service answering: a size limit on every body, a cap on analyses at once (503 and
Retry-After beyond it), a time limit per analysis, and errors that say why in a line, never echoing input."""
from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from fastapi import HTTPException
from starlette.concurrency import run_in_threadpool
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
    """At most `slots` analyses at once; a request waits `wait` seconds for a slot, then gets 503 with
    Retry-After. One that runs over `timeout` seconds gets 503 too; its thread keeps its slot until it
    ends (Python cannot stop a thread), so the cap holds."""

    def __init__(self, slots: int = 2, wait: float = 10.0, timeout: float = 60.0) -> None:
        self.slots, self.wait, self.timeout = slots, wait, timeout
        self._free = threading.BoundedSemaphore(slots)

    async def run(self, work: Callable[..., T], *args) -> T:
        task = asyncio.ensure_future(run_in_threadpool(self._guarded, work, *args))
        task.add_done_callback(lambda done: done.cancelled() or done.exception())  # an abandoned task's error is read
        try:
            return await asyncio.wait_for(asyncio.shield(task), self.timeout)
        except TimeoutError:
            raise HTTPException(503, f"the analysis took over {self.timeout:g} s; send a shorter text",
                                headers={"Retry-After": str(round(self.timeout))}) from None

    def _guarded(self, work: Callable[..., T], *args) -> T:
        if not self._free.acquire(timeout=self.wait):
            raise HTTPException(503, f"busy: {self.slots} analyses running; retry shortly",
                                headers={"Retry-After": str(max(1, round(self.wait)))})
        try:
            return work(*args)
        finally:
            self._free.release()
