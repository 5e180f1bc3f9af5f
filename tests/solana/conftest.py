"""Fixtures of the Solana payment tests: both clients, on the sandbox and its chain, with a request spy."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from harness import Connect, Harness, harnesses

from xache_ext.sandbox import Sandbox
from xache_ext.sandbox.server import TestIdentity

PAY = "PAYMENT-SIGNATURE"


class Seen:
    """A snapshot of a request as it went out (the auth flow re-uses request objects)."""

    def __init__(self, request: httpx.Request) -> None:
        self.method = request.method
        self.url = request.url
        self.headers = httpx.Headers(request.headers)
        self.content = request.content


class Spy(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Passes requests to the loopback sandbox, records them, and drops the answer of chosen paid requests."""

    def __init__(self, drop_paid: Callable[[int], bool] | None = None) -> None:
        self.sync = httpx.HTTPTransport()
        self.async_ = httpx.AsyncHTTPTransport()
        self.requests: list[Seen] = []
        self.drop_paid = drop_paid
        self.paid_seen = 0

    def _drop(self, request: httpx.Request) -> bool:
        self.requests.append(Seen(request))
        if PAY in request.headers:
            self.paid_seen += 1
            return self.drop_paid is not None and self.drop_paid(self.paid_seen)
        return False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        drop = self._drop(request)
        response = self.sync.handle_request(request)
        if drop:
            response.read()
            response.close()
            raise httpx.ReadError("connection dropped after the server answered")
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        drop = self._drop(request)
        response = await self.async_.handle_async_request(request)
        if drop:
            await response.aread()
            await response.aclose()
            raise httpx.ReadError("connection dropped after the server answered")
        return response

    @property
    def paid(self) -> list[Seen]:
        return [r for r in self.requests if PAY in r.headers]

    def rpc(self, method: str | None = None) -> list[Seen]:
        """The chain requests, optionally of one JSON-RPC method."""
        found = [r for r in self.requests if r.url.path.startswith("/rpc/")]
        return [r for r in found if method is None or method.encode() in r.content]


@pytest.fixture
def sandbox(xache_sandbox_session: Sandbox) -> Sandbox:
    """The session's sandbox: every test works as fresh identities."""
    return xache_sandbox_session


@pytest.fixture
def connect(mode: str, sandbox: Sandbox) -> Iterator[Connect]:
    """``connect(identity=None, spy=None, **options)``: a harness on the sandbox and its chain (Solana agent)."""
    with harnesses(mode) as (cls, harness):

        def make(identity: TestIdentity | None = None, *, spy: Spy | None = None, **options: Any) -> Harness:
            ident = identity or sandbox.new_identity("sol")
            options.setdefault("rpc_urls", sandbox.rpc_urls)
            if spy is not None:
                options["http_client"] = (httpx.AsyncClient if mode == "async" else httpx.Client)(
                    transport=spy
                )
                options.setdefault("max_retries", 2)
            return harness(cls(sandbox.url, ident.did, ident.private_key, **options), ident)

        yield make


@pytest.fixture(autouse=True)
def instant_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Retries wait no real time here (the dropped-answer tests retry on purpose)."""

    async def no_wait(_: float) -> None:
        return None

    monkeypatch.setattr("xache_ext.pipeline.runner._sleep", lambda _: None)
    monkeypatch.setattr("xache_ext.pipeline.runner._async_sleep", no_wait)
