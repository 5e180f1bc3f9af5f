"""The SDK's behaviours over each async transport: ours over aiohttp (the default) and httpx's own pool.

Paid memory calls against the sandbox, retries of a 5xx, timeouts, refused connections, and the exact
bytes and request target that were signed.
"""

from __future__ import annotations

import asyncio
import gzip
import json
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from xache_ext import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    XacheClient,
)
from xache_ext.crypto.signers import EvmPrivateKeySigner
from xache_ext.crypto.signing import sign_request
from xache_ext.pipeline import runner
from xache_ext.pipeline.aiohttp_transport import AiohttpTransport
from xache_ext.sandbox import Sandbox

from .conftest import OpenClient, WireServer, response_bytes

KEY = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
SIGNER = EvmPrivateKeySigner(KEY)
DID = f"did:agent:evm:{SIGNER.address}"


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[float]]:
    """The retry waits asked for, without waiting."""
    asked: list[float] = []

    async def no_wait(delay: float) -> None:
        asked.append(delay)

    monkeypatch.setattr(runner, "_async_sleep", no_wait)
    yield asked


def test_paid_memory_store_and_retrieve(open_client: OpenClient, xache_sandbox: Sandbox) -> None:
    ident = xache_sandbox.new_identity()

    async def main() -> None:
        async with open_client(xache_sandbox.url, ident.did, ident.private_key) as client:
            stored = await client.memory.store(data={"theme": "dark", "n": 1}, storage_tier="hot")
            assert (await client.memory.retrieve(stored.memory_id)).data == {"theme": "dark", "n": 1}
            batch = await client.memory.store_batch(
                [{"data": {"i": i}, "storage_tier": "warm"} for i in range(3)]
            )
            assert batch.success_count == 3
            records = client.payments.records
            assert [r.status for r in records] == ["accepted"] * 3  # store, retrieve, batch: each paid once
            assert len({r.challenge_id for r in records}) == 3

    asyncio.run(main())


def test_concurrent_paid_calls_share_one_pool(open_client: OpenClient, xache_sandbox: Sandbox) -> None:
    ident = xache_sandbox.new_identity()

    async def main() -> None:
        async with open_client(xache_sandbox.url, ident.did, ident.private_key) as client:
            stored = await asyncio.gather(
                *(client.memory.store(data={"n": i}, storage_tier="hot") for i in range(20))
            )
            assert len({s.memory_id for s in stored}) == 20
            assert [r.status for r in client.payments.records] == ["accepted"] * 20

    asyncio.run(main())


def test_retried_5xx_resends_the_same_call(
    open_client: OpenClient, wire_server: WireServer, waits: list[float]
) -> None:
    error = {
        "success": False,
        "error": {"code": "INTERNAL_ERROR", "message": "boom"},
        "meta": {"requestId": "r"},
    }
    wire_server.answers = [
        response_bytes(503, error, headers={"Retry-After-Ms": "0"}),
        response_bytes(502, error),
        response_bytes(),
    ]

    async def main() -> None:
        async with open_client(wire_server.url, DID, KEY, max_retries=2) as client:
            assert await client.budget.update_limit(7_500) == 100

    asyncio.run(main())
    first, second, third = wire_server.received
    assert waits[0] == 0.0 and len(waits) == 2  # Retry-After-Ms honoured, then backoff
    assert first.method == second.method == third.method == "PUT"
    key = first.header("Idempotency-Key")
    assert key and second.header("Idempotency-Key") == key == third.header("Idempotency-Key")
    assert first.body == second.body == third.body
    assert all(r.header("X-Sig") for r in wire_server.received)


def test_5xx_after_the_last_retry_is_raised(
    open_client: OpenClient, wire_server: WireServer, waits: list[float]
) -> None:
    wire_server.answers = [response_bytes(500, {"success": False, "error": {"code": "X", "message": "down"}})]

    async def main() -> None:
        async with open_client(wire_server.url, DID, KEY, max_retries=1) as client:
            with pytest.raises(InternalServerError):
                await client.budget.get_status()

    asyncio.run(main())
    assert len(wire_server.received) == 2 and len(waits) == 1


def test_read_timeout_is_an_api_timeout(
    open_client: OpenClient, silent_server: str, waits: list[float]
) -> None:
    async def main() -> None:
        async with open_client(silent_server, DID, KEY, timeout=0.2, max_retries=1) as client:
            with pytest.raises(APITimeoutError) as caught:
                await client.budget.get_status()
            assert isinstance(caught.value.__cause__, httpx.ReadTimeout)

    asyncio.run(main())
    assert len(waits) == 1  # the timeout was retried once


def test_waiting_for_a_pooled_connection_times_out(silent_server: str, transport: str) -> None:
    """One connection in the pool, held by a call the server never answers: the next call times out."""
    limits = httpx.Limits(max_connections=1)
    made: httpx.AsyncBaseTransport = (
        AiohttpTransport(limits=limits) if transport == "aiohttp" else httpx.AsyncHTTPTransport(limits=limits)
    )
    timeout = httpx.Timeout(5.0, pool=0.1, connect=0.1)

    async def main() -> None:
        async with httpx.AsyncClient(transport=made, timeout=timeout) as http:
            holder = asyncio.create_task(http.get(silent_server + "/hold"))
            await asyncio.sleep(0.05)
            with pytest.raises(
                (httpx.ConnectTimeout, httpx.PoolTimeout)
            ):  # the SDK maps both to APITimeoutError
                await http.get(silent_server + "/next")
            assert not holder.done()
            holder.cancel()
            with pytest.raises(asyncio.CancelledError):
                await holder

    asyncio.run(main())


def test_refused_connection_is_an_api_connection_error(
    open_client: OpenClient, refused_url: str, waits: list[float]
) -> None:
    async def main() -> None:
        async with open_client(refused_url, DID, KEY, max_retries=2) as client:
            with pytest.raises(APIConnectionError) as caught:
                await client.budget.get_status()
            assert isinstance(caught.value.__cause__, httpx.ConnectError)

    asyncio.run(main())
    assert len(waits) == 2


# A target with everything a re-quoting client would change: reserved and unreserved escapes, a DID, '+',
# a space escaped as %20 and a lower-case escape.
ODD_TARGET = "/v1/odd/did:agent:evm:0xAb/%7Euser%2Fpart/%e2%82%ac?q=a%20b&plus=1+2&slash=%2F&tilde=~&empty="
BODY = b'{"z":1,"a":"\\u00e9 \xc3\xa9","nested":{"k":[1,2]}}'


def test_sends_exactly_the_signed_bytes_and_target(transport: str, wire_server: WireServer) -> None:
    made = AiohttpTransport() if transport == "aiohttp" else httpx.AsyncHTTPTransport()
    signed = sign_request(SIGNER, DID, "POST", ODD_TARGET, BODY, 1_700_000_000_000)

    async def main() -> None:
        async with httpx.AsyncClient(transport=made, base_url=wire_server.url) as http:
            headers = {"Content-Type": "application/json", **signed}
            response = await http.post(ODD_TARGET, content=BODY, headers=headers)
            assert response.status_code == 200

    asyncio.run(main())
    (received,) = wire_server.received
    assert received.target == ODD_TARGET
    assert received.body == BODY
    timestamp = int(received.header("X-Ts") or 0)
    expected = sign_request(SIGNER, DID, "POST", ODD_TARGET, BODY, timestamp)
    assert received.header("X-Sig") == expected["X-Sig"]
    assert received.header("X-Agent-DID") == DID


def test_both_transports_send_the_same_headers(wire_server: WireServer) -> None:
    """Same names (case included), same order, nothing added: aiohttp's own default headers are suppressed."""
    sent: dict[str, list[str]] = {}
    for name, made in (("aiohttp", AiohttpTransport()), ("httpx", httpx.AsyncHTTPTransport())):

        async def main(made: httpx.AsyncBaseTransport = made) -> None:
            async with httpx.AsyncClient(transport=made, base_url=wire_server.url) as http:
                await http.post("/v1/x", content=b"{}", headers={"X-Custom": "One", "x-lower": "two"})
                await http.get("/v1/y")

        asyncio.run(main())
        post, get = wire_server.received[-2:]
        sent[name] = [*post.header_names, "|", *get.header_names]
    assert sent["aiohttp"] == sent["httpx"]
    assert "Content-Type" not in sent["aiohttp"][sent["aiohttp"].index("|") :]


def test_compressed_answers_are_decoded(transport: str, wire_server: WireServer) -> None:
    document = {"success": True, "data": {"big": "x" * 5000}}
    wire_server.answers = [
        response_bytes(
            body=gzip.compress(json.dumps(document).encode()), headers={"Content-Encoding": "gzip"}
        )
    ]
    made = AiohttpTransport() if transport == "aiohttp" else httpx.AsyncHTTPTransport()

    async def main() -> None:
        async with httpx.AsyncClient(transport=made) as http:
            response = await http.get(wire_server.url + "/v1/gz")
            assert response.json() == document
            assert response.headers["content-encoding"] == "gzip"

    asyncio.run(main())
    assert "gzip" in (wire_server.received[0].header("Accept-Encoding") or "")


def test_streamed_request_bodies_are_sent_whole(transport: str, wire_server: WireServer) -> None:
    made = AiohttpTransport() if transport == "aiohttp" else httpx.AsyncHTTPTransport()

    async def chunks() -> AsyncIterator[bytes]:
        for part in (b'{"a":', b"1}"):
            yield part

    async def main() -> None:
        async with httpx.AsyncClient(transport=made) as http:
            headers = {"Content-Length": "7"}
            assert (await http.post(wire_server.url + "/v1/s", content=chunks(), headers=headers)).is_success

    asyncio.run(main())
    assert wire_server.received[0].body == b'{"a":1}'


def test_injected_client_over_our_transport(xache_sandbox: Sandbox) -> None:
    """An injected ``httpx.AsyncClient`` (not ours: it does not retry) over our transport keeps auth and
    payment, and closing the SDK client leaves it open for its owner."""
    ident = xache_sandbox.new_identity()

    async def main() -> None:
        async with httpx.AsyncClient(transport=AiohttpTransport()) as http:
            async with XacheClient(
                xache_sandbox.url, ident.did, ident.private_key, http_client=http
            ) as client:
                stored = await client.memory.store(data={"injected": True}, storage_tier="hot")
                assert (await client.memory.retrieve(stored.memory_id)).data == {"injected": True}
                assert [r.status for r in client.payments.records] == ["accepted", "accepted"]
            assert not http.is_closed
            assert (await http.get(xache_sandbox.url + "/v1/facilitators")).status_code == 200

    asyncio.run(main())
