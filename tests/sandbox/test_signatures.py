"""Signatures the sandbox refuses: high-s (malleable) secp256k1 signatures and exact replays of executed requests.

A replay is the same ``X-Agent-DID``, ``X-Ts`` and ``X-Sig`` again (in any encoding of that signature). Both
official SDKs re-send identical signed headers on some retries, so only a request that was executed counts:
the TypeScript SDK's paid retry (same headers as the 402'd attempt plus the payment) and retries after
408/429/5xx pass, and a retry after a lost answer that carries the first attempt's Idempotency-Key is
answered from the idempotency record.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from helpers import call, payment_header, signed_headers, ts_memory

from xache_ext import XacheClient, XacheClientSync
from xache_ext.crypto.evm import keccak256, recover_address
from xache_ext.crypto.signing import signature_message
from xache_ext.sandbox import Sandbox, run_sandbox
from xache_ext.sandbox.auth import SECP256K1_HALF_ORDER

N = 2 * SECP256K1_HALF_ORDER + 1  # the secp256k1 group order


@pytest.fixture
def client(xache_sandbox: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=xache_sandbox.url, timeout=10) as c:
        yield c


def send(
    client: httpx.Client, method: str, target: str, headers: dict[str, str], body: bytes = b""
) -> httpx.Response:
    request = client.build_request(method, target, headers=headers, content=body or None)
    return client.send(request)


def is_replay_refusal(r: httpx.Response) -> bool:
    return r.status_code == 401 and r.json()["error"]["message"].startswith("replayed request")


def malleable_twin(x_sig: str) -> str:
    raw = bytes.fromhex(x_sig)
    s = int.from_bytes(raw[32:64], "big")
    assert s <= SECP256K1_HALF_ORDER  # our signer, like both official SDKs, signs with low s
    return (raw[:32] + (N - s).to_bytes(32, "big") + bytes((55 - raw[64],))).hex()


def test_a_high_s_signature_is_refused(xache_sandbox: Sandbox, client: httpx.Client) -> None:
    me = xache_sandbox.test_identity
    headers = signed_headers(me, "GET", "/v1/budget")
    twin = malleable_twin(headers["X-Sig"])
    # the twin is a valid ECDSA signature of the same message by the same key ...
    digest = keccak256(signature_message("GET", "/v1/budget", b"", headers["X-Ts"], me.did))
    assert recover_address(digest, bytes.fromhex(twin)) == me.address
    # ... which the sandbox refuses, while it accepts the low-s original
    r = send(client, "GET", "/v1/budget", {**headers, "X-Sig": twin})
    assert r.status_code == 401 and "high s" in r.json()["error"]["message"]
    assert send(client, "GET", "/v1/budget", headers).status_code == 200


def test_an_exact_replay_of_an_executed_request_is_refused(
    xache_sandbox: Sandbox, client: httpx.Client
) -> None:
    me = xache_sandbox.test_identity
    headers = signed_headers(me, "GET", "/v1/budget")
    assert send(client, "GET", "/v1/budget", headers).status_code == 200
    raw = bytes.fromhex(headers["X-Sig"])
    for sig in (
        headers["X-Sig"],
        headers["X-Sig"].upper(),
        "0x" + headers["X-Sig"],
        (raw[:64] + bytes((raw[64] - 27,))).hex(),  # v as 0/1
    ):
        assert is_replay_refusal(send(client, "GET", "/v1/budget", {**headers, "X-Sig": sig})), sig
    # a fresh signature of the very same request is fine
    assert call(client, me, "GET", "/v1/budget").status_code == 200


def test_a_request_that_did_nothing_may_be_sent_again(xache_sandbox: Sandbox, client: httpx.Client) -> None:
    me = xache_sandbox.test_identity
    body = json.dumps({"limitCents": -5}).encode()
    headers = signed_headers(me, "PUT", "/v1/budget", body)
    for _ in range(2):  # refused as invalid both times, not as a replay
        r = send(client, "PUT", "/v1/budget", headers, body)
        assert r.status_code == 400 and r.json()["error"]["code"] == "INVALID_INPUT", r.text


def test_the_typescript_paid_retry_reuses_the_signed_headers(
    xache_sandbox: Sandbox, client: httpx.Client
) -> None:
    """TS re-sends the 402'd request's X-Ts/X-Sig with the payment header and the challenge id as key."""
    me = xache_sandbox.test_identity
    body = json.dumps(ts_memory(), separators=(",", ":")).encode()
    headers = {**signed_headers(me, "POST", "/v1/memory/store", body), "Idempotency-Key": "1-first"}
    first = send(client, "POST", "/v1/memory/store", headers, body)
    assert first.status_code == 402
    amount = first.json()["accepts"][0]["maxAmountRequired"]
    paid = {
        **headers,
        "PAYMENT-SIGNATURE": payment_header(me, amount),
        "Idempotency-Key": first.headers["X-Challenge-ID"],
    }
    stored = send(client, "POST", "/v1/memory/store", paid, body)
    assert stored.status_code == 200, stored.text
    # the answer was lost: the same paid request again gets the same answer, charged once
    again = send(client, "POST", "/v1/memory/store", paid, body)
    assert again.status_code == 200 and again.headers["Idempotent-Replayed"] == "true"
    assert again.json()["data"] == stored.json()["data"]
    # the same signed headers under another Idempotency-Key are a replay
    other = send(client, "POST", "/v1/memory/store", {**paid, "Idempotency-Key": "1-other"}, body)
    assert is_replay_refusal(other)
    assert call(client, me, "GET", "/v1/receipts").json()["data"]["total"] == 1


def test_replays_are_refused_across_a_restart_on_the_same_db(tmp_path: Path) -> None:
    db = str(tmp_path / "sandbox.db")
    with run_sandbox(db=db) as sandbox, httpx.Client(base_url=sandbox.url, timeout=10) as c:
        headers = signed_headers(sandbox.test_identity, "GET", "/v1/budget")
        assert send(c, "GET", "/v1/budget", headers).status_code == 200
    with run_sandbox(db=db) as sandbox, httpx.Client(base_url=sandbox.url, timeout=10) as c:
        assert is_replay_refusal(send(c, "GET", "/v1/budget", headers))


def frozen(client: XacheClient | XacheClientSync, at: float) -> None:
    """Stop the signing clock of our client (every attempt then falls in the same millisecond)."""
    client._settings.pipeline._clock = lambda: at


def test_our_client_never_signs_two_identical_requests(xache_sandbox: Sandbox) -> None:
    """Same millisecond for every attempt: identical calls, and a 402 followed by its paid attempt."""
    ident = xache_sandbox.new_identity()
    with XacheClientSync(api_url=xache_sandbox.url, did=ident.did, private_key=ident.private_key) as client:
        frozen(client, time.time())
        assert client.budget.get_status().limit_cents == client.budget.get_status().limit_cents
        stored = client.memory.store(data={"same": "ms"}, storage_tier="hot")
        assert client.memory.retrieve(stored.memory_id).data == {"same": "ms"}

    async def concurrently() -> None:
        async with XacheClient(
            api_url=xache_sandbox.url, did=ident.did, private_key=ident.private_key
        ) as aclient:
            frozen(aclient, time.time())
            statuses = await asyncio.gather(*(aclient.budget.get_status() for _ in range(20)))
            assert len({s.limit_cents for s in statuses}) == 1

    asyncio.run(concurrently())
