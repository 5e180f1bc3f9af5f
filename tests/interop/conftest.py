"""A sandbox for the interop tests: paid operations cost $0 and every request is recorded as received.

The official Python SDK cannot pay a 402 (its default "manual" payment handler prints, sleeps 2 s and retries
with only an ``Idempotency-Key``, which the sandbox refuses again), so here the paid operations are priced at
zero (``create_app(prices=...)``): they are served without a 402 but still issue receipts. Everything else is
the ordinary strict sandbox: signatures, the contract and the body layouts are all checked.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from typing import Any, Literal

import attrs
import pytest

from xache_ext.sandbox.app import create_app
from xache_ext.sandbox.server import TestIdentity, new_identity, serve
from xache_ext.sandbox.store import Store

#: The paid operations, made free so that the official SDK (which cannot pay) can call them.
FREE_PRICES = {
    "POST /v1/memory/store": 0,
    "POST /v1/memory/retrieve": 0,
    "POST /v1/memory/store/batch": 0,
    "POST /v1/memory/retrieve/batch": 0,
    "POST /v1/collective/contribute": 0,
    "POST /v1/collective/query": 0,
    "POST /v1/extract": 0,
    "POST /v1/ephemeral/sessions": 0,
    "POST /v1/ephemeral/sessions/{sessionKey}/renew": 0,
    "POST /v1/ephemeral/sessions/{sessionKey}/promote": 0,
}

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Scope]]
Send = Callable[[Scope], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


@attrs.frozen
class Captured:
    """One request as the server received it, with the status it was answered with."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes
    status: int


class Recorder:
    """An ASGI wrapper that records each HTTP request (method, raw target, headers, body) and its status."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.requests: list[Captured] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        while True:
            message = await receive()
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        body = b"".join(chunks)
        delivered = False

        async def replay() -> Scope:
            nonlocal delivered
            if delivered:
                return await receive()
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}

        raw_path = scope.get("raw_path") or scope["path"].encode()
        query = scope.get("query_string") or b""
        target = (raw_path + (b"?" + query if query else b"")).decode("latin-1")
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}

        async def watch(message: Scope) -> None:
            if message["type"] == "http.response.start":  # recorded before the client can see the answer
                self.requests.append(Captured(scope["method"], target, headers, body, int(message["status"])))
            await send(message)

        await self.app(scope, replay, watch)

    def take(self) -> list[Captured]:
        """The requests recorded since the last call."""
        taken, self.requests = self.requests, []
        return taken


@attrs.frozen
class InteropServer:
    url: str
    store: Store
    recorder: Recorder

    def new_identity(self, chain: Literal["evm", "sol"] = "evm") -> TestIdentity:
        return new_identity(self.store, chain)


@pytest.fixture(scope="module")
def interop_server() -> Iterator[InteropServer]:
    """A free-priced sandbox with a request recorder, served on a loopback port for one test module."""
    store = Store(":memory:")
    recorder = Recorder(create_app(store=store, prices=FREE_PRICES))
    try:
        with serve(recorder, name="interop-sandbox") as url:
            yield InteropServer(url, store, recorder)
    finally:
        store.close()
