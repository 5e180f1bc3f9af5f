"""A loopback Xache stand-in that answers with crafted 402 challenges and records what it receives."""

from __future__ import annotations

import asyncio
import base64
import inspect
import json
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from xache_ext import XacheClient, XacheClientSync
from xache_ext.crypto.evm import to_checksum_address
from xache_ext.payments.networks import NETWORKS
from xache_ext.sandbox.server import TestIdentity, serve, unregistered_identity

PAYMENT_HEADERS = ("payment-signature", "x-payment")
SEPOLIA_USDC = NETWORKS["base-sepolia"].usdc
BASE_USDC = NETWORKS["base"].usdc
TREASURY = to_checksum_address("0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc")
OTHER_TREASURY = to_checksum_address("0x70997970c51812dc3a010c7d01b50e0d17dc79c8")
MISSING = object()


@attrs.define
class Seen:
    """One request as the server received it."""

    method: str
    path: str
    headers: dict[str, str]

    @property
    def paid(self) -> bool:
        return any(name in self.headers for name in PAYMENT_HEADERS)

    def payment(self) -> dict[str, Any]:
        return json.loads(base64.b64decode(self.headers["payment-signature"]))  # type: ignore[no-any-return]


def entry(base_url: str, path: str = "/v1/memory/store", **changes: Any) -> dict[str, Any]:
    """A well-formed x402 ``accepts`` entry for ``path``; ``changes`` replace fields (MISSING drops one)."""
    good: dict[str, Any] = {
        "scheme": "exact",
        "network": "base-sepolia",
        "maxAmountRequired": "2000",
        "asset": SEPOLIA_USDC,
        "payTo": TREASURY,
        "resource": base_url + path,
        "description": "Xache Protocol payment: 0.002 USD",
        "mimeType": "application/json",
        "maxTimeoutSeconds": 60,
        "extra": {"name": "USDC", "version": "2"},
    }
    good.update(changes)
    return {k: v for k, v in good.items() if v is not MISSING}


Answer402 = Callable[[str, Request], tuple[dict[str, Any] | None, dict[str, str]]]


class MisbehavingServer:
    """Answers unpaid requests with ``self.answer_402`` (body, headers) and paid ones with a stored memory."""

    def __init__(self) -> None:
        self.url = ""
        self.seen: list[Seen] = []
        self.answer_402: Answer402 = lambda base, request: (
            {"x402Version": 1, "error": "Payment required", "accepts": [entry(base)]},
            {"X-Challenge-ID": "chal_test"},
        )

    def reset(self) -> None:
        self.seen.clear()
        self.answer_402 = MisbehavingServer().answer_402

    def challenge_with(self, **changes: Any) -> None:
        """Answer with one x402 v1 entry with ``changes`` applied."""
        self.answer_402 = lambda base, request: (
            {"x402Version": 1, "error": "Payment required", "accepts": [entry(base, **changes)]},
            {"X-Challenge-ID": "chal_test"},
        )

    async def handle(self, request: Request) -> JSONResponse:
        await request.body()
        seen = Seen(request.method, request.url.path, {k.lower(): v for k, v in request.headers.items()})
        self.seen.append(seen)
        if seen.paid:
            data = {"storageKey": "mem_1_abc", "storageTier": "hot", "size": 64, "receiptId": "rcpt_1"}
            return JSONResponse({"success": True, "data": data, "meta": {"requestId": "req_1"}})
        base = f"{request.url.scheme}://{request.url.netloc}"
        body, headers = self.answer_402(base, request)
        return JSONResponse(body, status_code=402, headers=headers)

    @property
    def paid(self) -> list[Seen]:
        return [s for s in self.seen if s.paid]


@pytest.fixture(scope="session")
def misbehaving_server() -> Iterator[MisbehavingServer]:
    server = MisbehavingServer()
    app = Starlette(routes=[Route("/{path:path}", server.handle, methods=["GET", "POST", "PUT", "DELETE"])])
    with serve(app, name="misbehaving-xache") as url:
        server.url = url
        yield server


@pytest.fixture
def server(misbehaving_server: MisbehavingServer) -> MisbehavingServer:
    misbehaving_server.reset()
    return misbehaving_server


@pytest.fixture(scope="session")
def identity() -> TestIdentity:
    return unregistered_identity()


class Clients:
    """Makes blocking or async clients on the misbehaving server and runs their calls the same way."""

    def __init__(self, mode: str, url: str, identity: TestIdentity) -> None:
        self.mode = mode
        self.url = url
        self.identity = identity
        self.loop = asyncio.new_event_loop()
        self.made: list[XacheClient | XacheClientSync] = []

    def __call__(self, **options: Any) -> XacheClient | XacheClientSync:
        cls = XacheClient if self.mode == "async" else XacheClientSync
        options.setdefault("max_retries", 0)
        client = cls(self.url, self.identity.did, self.identity.private_key, **options)
        self.made.append(client)
        return client

    def run(self, value: Any) -> Any:
        return self.loop.run_until_complete(value) if inspect.isawaitable(value) else value

    def store(self, client: XacheClient | XacheClientSync) -> Any:
        """``memory.store`` (a paid operation), blocking or awaited."""
        return self.run(client.memory.store(data={"note": "x"}, storage_tier="hot", fingerprint=False))

    def close(self) -> None:
        for client in self.made:
            if isinstance(client, XacheClient):
                self.loop.run_until_complete(client.close())
            else:
                client.close()
        self.loop.close()


@pytest.fixture(params=["sync", "async"])
def clients(
    request: pytest.FixtureRequest, server: MisbehavingServer, identity: TestIdentity
) -> Iterator[Clients]:
    made = Clients(str(request.param), server.url, identity)
    yield made
    made.close()
