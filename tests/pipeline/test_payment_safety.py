"""The pipeline pays only where the spec says, once, under the call's own Idempotency-Key; asserted at the server."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from loopback import Answer, Seen, loopback

from xache_ext import (
    PaymentOutcomeUnknownError,
    UnexpectedPaymentRequestError,
    XacheClient,
    XacheClientSync,
    XacheInputError,
)
from xache_ext.crypto.signers import EvmPrivateKeySigner
from xache_ext.sandbox.payments import challenge_body

KEY = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
DID = f"did:agent:evm:{EvmPrivateKeySigner(KEY).address}"
PAY = "payment-signature"
META = {"requestId": "req_1", "timestamp": "2026-01-01T00:00:00Z", "duration": 1}
STORED = {"storageKey": "mem_1", "storageTier": "hot", "size": 10, "receiptId": "rcpt_1"}


def _json(status: int, body: dict[str, Any], **headers: str) -> Answer:
    return status, {"Content-Type": "application/json", **headers}, json.dumps(body).encode()


def _challenge(seen: Seen, amount: int = 2000) -> Answer:
    host = seen.headers["host"]
    return _json(402, challenge_body(amount, Decimal(amount) / 1_000_000, f"http://{host}{seen.path}"))


@pytest.fixture(autouse=True)
def instant_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    async def no_wait(_: float) -> None:
        return None

    monkeypatch.setattr("xache_ext.pipeline.runner._sleep", lambda _: None)
    monkeypatch.setattr("xache_ext.pipeline.runner._async_sleep", no_wait)


def run(mode: str, url: str, call: Callable[[Any], Any]) -> tuple[Any, Any]:
    """``call(client)`` on a fresh client of ``mode``; returns (result or exception, client)."""
    if mode == "sync":
        client = XacheClientSync(url, DID, KEY)
        with client:
            try:
                return call(client), client
            except Exception as exc:  # the test inspects it
                return exc, client

    async def main() -> tuple[Any, Any]:
        client = XacheClient(url, DID, KEY)
        async with client:
            try:
                return await call(client), client
            except Exception as exc:
                return exc, client

    return asyncio.run(main())


MODES = pytest.mark.parametrize("mode", ["sync", "async"])


@MODES
@pytest.mark.parametrize(
    "call",
    [lambda c: c.budget.get_status(), lambda c: c.identity.get(DID)],
    ids=["budget.get_status", "identity.get"],
)
def test_a_402_on_a_free_operation_is_not_paid(mode: str, call: Callable[[Any], Any]) -> None:
    with loopback(_challenge) as server:
        error, client = run(mode, server.url, call)
    assert isinstance(error, UnexpectedPaymentRequestError)
    assert len(server.seen) == 1 and PAY not in server.seen[0].headers
    assert len(client.payments) == 0


class DroppingServer:
    """Asks for payment, then loses the answer to the paid attempt, then serves the retry from its records.

    It stands for a server that charged the first paid attempt: the retry under the same Idempotency-Key gets the
    stored answer (``replay=True``) or, for a server without that record, "nonce already used".
    """

    def __init__(self, *, replay: bool, challenge_id: str | None = None) -> None:
        self.replay = replay
        self.challenge_id = challenge_id
        self.charged: dict[str, str] = {}  # authorization -> idempotency key
        self.lock = threading.Lock()

    def __call__(self, seen: Seen) -> Answer:
        with self.lock:
            payment = seen.headers.get(PAY)
            if payment is None:
                status, headers, body = _challenge(seen)  # type: ignore[misc]
                if self.challenge_id:
                    headers["X-Challenge-ID"] = self.challenge_id
                return status, headers, body
            if payment not in self.charged:
                self.charged[payment] = seen.headers.get("idempotency-key", "")
                return None  # charged, but the answer is lost
            if self.replay and self.charged[payment] == seen.headers.get("idempotency-key"):
                return _json(200, {"success": True, "data": STORED, "meta": META})
            return _json(402, {"x402Version": 1, "error": "authorization nonce already used", "accepts": []})


STORE: Callable[[Any], Any] = lambda c: c.memory.store(data={"a": 1}, storage_tier="hot")  # noqa: E731


@MODES
@pytest.mark.parametrize("challenge_id", [None, "chal_abc"])
def test_a_lost_answer_to_a_paid_call_is_charged_once(mode: str, challenge_id: str | None) -> None:
    script = DroppingServer(replay=True, challenge_id=challenge_id)
    with loopback(script) as server:
        stored, client = run(mode, server.url, STORE)
    assert not isinstance(stored, Exception), stored
    assert len(script.charged) == 1  # one charge at the server
    (record,) = client.payments.records  # one record, in the total
    assert record.status == "accepted" and client.payments.total_amount == 2000
    paid = [s for s in server.seen if PAY in s.headers]
    assert len(paid) == 2 and len({s.headers[PAY] for s in paid}) == 1  # one authorization, re-sent
    keys = {s.headers.get("idempotency-key") for s in server.seen}
    assert len({s.headers["idempotency-key"] for s in paid}) == 1 and "" not in keys and None not in keys
    if challenge_id is None:
        assert len(keys) == 1  # the call's own key on every attempt


@MODES
def test_a_refused_replay_of_our_authorization_is_unknown_not_rejected(mode: str) -> None:
    script = DroppingServer(replay=False)
    with loopback(script) as server:
        error, client = run(mode, server.url, STORE)
    assert isinstance(error, PaymentOutcomeUnknownError)
    (record,) = client.payments.records
    assert record.status == "unknown" and client.payments.total_amount == 2000  # may have been charged
    assert len(script.charged) == 1


@MODES
@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda c: c.memory.delete(".."), "storageKey"),
        (lambda c: c.memory.delete("."), "storageKey"),
        (lambda c: c.workspaces.get_budget(".."), "workspaceId"),
        (lambda c: c.memory.delete("x" * 100_000), "storageKey"),
        (lambda c: c.identity.get("did:agent:evm:0xabc/../budget"), "did"),
    ],
)
def test_path_values_that_would_change_the_route_are_refused(
    mode: str, call: Callable[[Any], Any], name: str
) -> None:
    with loopback(lambda seen: _json(500, {})) as server:
        error, _ = run(mode, server.url, call)
    assert isinstance(error, XacheInputError) and name.lower() in str(error).lower()
    assert server.seen == []
