"""x402 payments against the sandbox, which verifies signatures, amounts, windows and nonces."""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from harness import Connect

from xache_ext import (
    APITimeoutError,
    ClientClosedError,
    ConflictError,
    NotFoundError,
    PaymentError,
    PaymentOutcomeUnknownError,
    PaymentPolicy,
    PaymentRefusedError,
    PaymentRequiredError,
    PaymentRequirement,
    PaymentUnsupportedError,
    RetryLaterError,
    XacheClient,
    XacheClientSync,
)
from xache_ext.crypto.signers import EvmPrivateKeySigner
from xache_ext.payments.challenge import PaymentChallenge
from xache_ext.payments.exact_evm import build_exact_evm_payment
from xache_ext.sandbox import Sandbox
from xache_ext.sandbox.server import unregistered_identity

PAY = "PAYMENT-SIGNATURE"


class Seen:
    """A snapshot of a request as it went out (the auth flow re-uses the request object)."""

    def __init__(self, request: httpx.Request) -> None:
        self.headers = httpx.Headers(request.headers)
        self.content = request.content
        self.url = request.url
        self.method = request.method


def _no_answer(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("sent, but no answer in time", request=request)


#: What the spy answers to a paid request, by action, instead of the server.
CANNED: dict[str, Callable[[httpx.Request], httpx.Response]] = {
    "fake-402": lambda _: httpx.Response(
        402, json={"x402Version": 1, "error": "payment rejected", "accepts": []}
    ),
    "fake-503": lambda _: httpx.Response(
        503, json={"success": False, "error": {"code": "RETRY_LATER", "message": "busy"}}
    ),
    "nonce-used": lambda _: httpx.Response(
        402, json={"x402Version": 1, "error": "nonce already used", "accepts": []}
    ),
    "no-answer": _no_answer,
    "fake-409": lambda _: httpx.Response(
        409, json={"success": False, "error": {"code": "CONFLICT", "message": "request in progress"}}
    ),
}


class Spy(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Passes requests to the real loopback server, records them, and can break chosen ones."""

    def __init__(self, on_paid: Callable[[httpx.Request, int], str | None] | None = None) -> None:
        self.sync = httpx.HTTPTransport()
        self.async_ = httpx.AsyncHTTPTransport()
        self.requests: list[Seen] = []
        self.on_paid = on_paid
        self.paid_seen = 0

    def _action(self, request: httpx.Request) -> str | None:
        self.requests.append(Seen(request))
        if PAY in request.headers and self.on_paid is not None:
            self.paid_seen += 1
            return self.on_paid(request, self.paid_seen)
        return None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        action = self._action(request)
        if action in CANNED:
            return CANNED[action](request)
        response = self.sync.handle_request(request)
        if action == "drop":
            response.read()
            response.close()
            raise httpx.ReadError("connection dropped after the server answered")
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        action = self._action(request)
        if action in CANNED:
            return CANNED[action](request)
        if action == "hang":
            await asyncio.sleep(30)
        response = await self.async_.handle_async_request(request)
        if action == "drop":
            await response.aread()
            await response.aclose()
            raise httpx.ReadError("connection dropped after the server answered")
        return response

    @property
    def paid(self) -> list[Seen]:
        return [r for r in self.requests if PAY in r.headers]


@pytest.fixture(autouse=True)
def instant_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    async def no_wait(_: float) -> None:
        return None

    monkeypatch.setattr("xache_ext.pipeline.runner._sleep", lambda _: None)
    monkeypatch.setattr("xache_ext.pipeline.runner._async_sleep", no_wait)


def spied(connect: Connect, mode: str, spy: Spy, **kwargs: Any) -> Any:
    """A client over a plain injected httpx client whose transport is ``spy``."""
    cls = httpx.AsyncClient if mode == "async" else httpx.Client
    return connect(http_client=cls(transport=spy), **{"max_retries": 2, **kwargs})


def receipts_count(sandbox: Sandbox, did: str) -> int:
    return int(sandbox.store.scalar("SELECT COUNT(*) FROM receipts WHERE agent_did = ?", [did]))


def test_paid_store_and_query_send_the_typescript_payload(connect: Connect, mode: str) -> None:
    spy = Spy()
    h = spied(connect, mode, spy)
    h(h.client.memory.store(data={"a": 1}, storage_tier="hot"))
    h(h.client.collective.query(query_text="gas optimization tips"))
    assert len(spy.paid) == 2
    payload = json.loads(base64.b64decode(spy.paid[0].headers[PAY]))
    assert payload["x402Version"] == 2
    inner = payload["paymentPayload"]
    assert inner["scheme"] == "exact" and inner["network"] == "base-sepolia"
    assert list(inner["payload"]) == ["signature", "authorization", "domain"]
    auth = inner["payload"]["authorization"]
    assert auth["from"].lower() == h.identity.address.lower() and auth["value"] == "2000"
    assert int(auth["validBefore"]) - int(auth["validAfter"]) == 300
    assert inner["payload"]["domain"] == {
        "name": "USDC",
        "version": "2",
        "chainId": 84532,
        "verifyingContract": "0x036CbD53842c5426634e7929541eC2318f3dCF7e",
    }
    assert payload["paymentRequirements"]["maxAmountRequired"] == "2000"
    unpaid, paid = spy.requests[0], spy.requests[1]
    assert paid.headers["Idempotency-Key"] != unpaid.headers["Idempotency-Key"]
    assert paid.headers["Idempotency-Key"].startswith("chal_")
    ledger = h.client.payments.records
    assert [(r.amount, r.status) for r in ledger] == [(2000, "accepted"), (11000, "accepted")]
    assert h.client.payments.total_amount == 13000


def test_over_cap_price_is_refused_before_signing(
    connect: Connect, mode: str, xache_sandbox: Sandbox
) -> None:
    spy = Spy()
    h = spied(connect, mode, spy, payment_policy=PaymentPolicy(max_per_payment=1999))
    with pytest.raises(PaymentRefusedError) as caught:
        h(h.client.memory.store(data={"a": 1}, storage_tier="hot"))
    assert "max_per_payment" in str(caught.value)
    assert caught.value.challenge is not None and caught.value.challenge.requirements[0].amount == 2000
    assert spy.paid == [] and len(h.client.payments) == 0
    assert receipts_count(xache_sandbox, h.identity.did) == 0


def test_total_cap(connect: Connect, mode: str) -> None:
    h = connect(payment_policy=PaymentPolicy(max_total=3000))
    h(h.client.memory.store(data={"a": 1}, storage_tier="hot"))
    with pytest.raises(PaymentRefusedError, match="max_total"):
        h(h.client.memory.store(data={"a": 2}, storage_tier="hot"))
    assert h.client.payments.total_amount == 2000


def test_approval_callback(connect: Connect, mode: str) -> None:
    seen: list[PaymentRequirement] = []

    def decide(requirement: PaymentRequirement) -> bool:
        seen.append(requirement)
        return requirement.amount <= 2000

    async def decide_async(requirement: PaymentRequirement) -> bool:
        await asyncio.sleep(0)
        return decide(requirement)

    spy = Spy()
    h = spied(
        connect, mode, spy, payment_policy=PaymentPolicy(approve=decide_async if mode == "async" else decide)
    )
    h(h.client.memory.store(data={"a": 1}, storage_tier="hot"))
    with pytest.raises(PaymentRefusedError, match="declined"):
        h(h.client.collective.query(query_text="what costs more than two thousand"))
    assert [(r.amount, r.network) for r in seen] == [(2000, "base-sepolia"), (11000, "base-sepolia")]
    assert seen[0].resource.endswith("/v1/memory/store") and seen[0].pay_to.startswith("0x")
    assert len(spy.paid) == 1


def test_async_callback_on_blocking_client_is_an_error(xache_sandbox: Sandbox) -> None:
    async def decide(requirement: PaymentRequirement) -> bool:
        return True

    ident = xache_sandbox.new_identity()
    policy = PaymentPolicy(approve=decide)
    with XacheClientSync(xache_sandbox.url, ident.did, ident.private_key, payment_policy=policy) as client:
        with pytest.raises(TypeError, match="async"):
            client.memory.store(data={"a": 1}, storage_tier="hot")
        assert len(client.payments) == 0


def test_dropped_paid_retry_reuses_the_same_payment(
    connect: Connect, mode: str, xache_sandbox: Sandbox
) -> None:
    spy = Spy(on_paid=lambda request, n: "drop" if n == 1 else None)
    h = spied(connect, mode, spy)
    stored = h(h.client.memory.store(data={"a": 1}, storage_tier="hot"))
    assert stored.storage_key
    assert len(spy.paid) == 2
    first, second = spy.paid
    assert first.headers[PAY] == second.headers[PAY]
    assert first.headers["Idempotency-Key"] == second.headers["Idempotency-Key"]
    assert first.content == second.content
    assert [(r.status, bool(r.receipt_id)) for r in h.client.payments.records] == [("accepted", True)]
    assert receipts_count(xache_sandbox, h.identity.did) == 1
    assert h(h.client.budget.get_status()).spent_cents == 1  # $0.002, charged once, shown rounded up


def test_second_402_after_paying_is_not_paid_again(connect: Connect, mode: str) -> None:
    spy = Spy(on_paid=lambda request, n: "fake-402")
    h = spied(connect, mode, spy)
    with pytest.raises(PaymentError, match="refused the payment"):
        h(h.client.memory.store(data={"a": 1}, storage_tier="hot"))
    assert len(spy.paid) == 1
    assert [r.status for r in h.client.payments.records] == ["rejected"]


def test_a_paid_call_answered_with_an_error_is_failed_and_counted(
    connect: Connect, mode: str, xache_sandbox: Sandbox
) -> None:
    """A 404 after paying: the record is final (``failed``, no receipt), not ``sent`` forever; it counts toward
    the totals and ``max_total``, since the client cannot verify that the server did not charge."""
    h = connect(payment_policy=PaymentPolicy(max_total=4000))
    with pytest.raises(NotFoundError):
        h(h.client.memory.retrieve("mem_1_missing"))
    assert [(r.status, r.receipt_id) for r in h.client.payments.records] == [("failed", None)]
    assert h.client.payments.total_amount == 3000  # the retrieve's price
    assert (
        receipts_count(xache_sandbox, h.identity.did) == 0
    )  # the sandbox, like an x402 server, did not settle
    with pytest.raises(PaymentRefusedError, match="max_total"):
        h(h.client.memory.store(data={"a": 1}, storage_tier="hot"))


def test_a_paid_call_answered_with_a_5xx_is_unknown(connect: Connect, mode: str) -> None:
    spy = Spy(on_paid=lambda request, n: "fake-503")
    h = spied(connect, mode, spy, max_retries=1)
    with pytest.raises(RetryLaterError):
        h(h.client.memory.store(data={"a": 1}, storage_tier="hot"))
    assert len(spy.paid) == 2 and spy.paid[0].headers[PAY] == spy.paid[1].headers[PAY]  # one authorization
    assert [r.status for r in h.client.payments.records] == ["unknown"]


def test_a_5xx_then_a_refused_replay_is_unknown_not_rejected(connect: Connect, mode: str) -> None:
    """The server may have settled before its 5xx: its refusing the re-sent authorization is no proof that it
    did not charge, so the record stays in the totals as ``unknown``."""
    spy = Spy(on_paid=lambda request, n: "fake-503" if n == 1 else "nonce-used")
    h = spied(connect, mode, spy)
    with pytest.raises(PaymentOutcomeUnknownError):
        h(h.client.memory.store(data={"a": 1}, storage_tier="hot"))
    assert [r.status for r in h.client.payments.records] == ["unknown"]
    assert h.client.payments.total_amount == 2000


def test_a_paid_call_that_never_gets_an_answer_is_unknown(connect: Connect, mode: str) -> None:
    spy = Spy(on_paid=lambda request, n: "no-answer")
    h = spied(connect, mode, spy, max_retries=1)
    with pytest.raises(APITimeoutError):
        h(h.client.memory.store(data={"a": 1}, storage_tier="hot"))
    assert len(spy.paid) == 2
    assert [r.status for r in h.client.payments.records] == ["unknown"]


@pytest.mark.parametrize(
    ("second", "error"), [("fake-409", ConflictError), ("fake-402", PaymentOutcomeUnknownError)]
)
def test_an_error_after_a_maybe_settled_attempt_is_unknown(
    connect: Connect, mode: str, second: str, error: type[Exception]
) -> None:
    """After a 5xx to the paid request, a 4xx or any refusal of the re-sent authorization does not prove that the
    first attempt was not settled (and done): the record is ``unknown``, in the totals."""
    spy = Spy(on_paid=lambda request, n: "fake-503" if n == 1 else second)
    h = spied(connect, mode, spy)
    with pytest.raises(error):
        h(h.client.memory.store(data={"a": 1}, storage_tier="hot"))
    assert [r.status for r in h.client.payments.records] == ["unknown"]
    assert h.client.payments.total_amount == 2000


def test_a_paid_call_cancelled_while_in_flight_is_unknown(xache_sandbox: Sandbox) -> None:
    spy = Spy(on_paid=lambda request, n: "hang")
    ident = xache_sandbox.new_identity()

    async def main() -> list[str]:
        http = httpx.AsyncClient(transport=spy)
        async with XacheClient(xache_sandbox.url, ident.did, ident.private_key, http_client=http) as client:
            with pytest.raises(TimeoutError):
                await asyncio.wait_for(client.memory.store(data={"a": 1}, storage_tier="hot"), 0.5)
            return [r.status for r in client.payments.records]

    assert asyncio.run(main()) == ["unknown"]


def test_server_refusing_a_forged_payment(connect: Connect, mode: str, xache_sandbox: Sandbox) -> None:
    forger = EvmPrivateKeySigner("11" * 32)

    def pay_with_someone_elses_wallet(challenge: PaymentChallenge, requirement: PaymentRequirement) -> str:
        return build_exact_evm_payment(forger, requirement, challenge)

    h = connect(payment_policy=PaymentPolicy(external_payer=pay_with_someone_elses_wallet))
    with pytest.raises(PaymentError) as caught:
        h(h.client.memory.store(data={"a": 1}, storage_tier="hot"))
    assert not isinstance(caught.value, PaymentRefusedError)
    assert receipts_count(xache_sandbox, h.identity.did) == 0


def test_external_payer(connect: Connect, mode: str) -> None:
    h = connect()
    signer = EvmPrivateKeySigner(h.identity.private_key)
    calls: list[str] = []

    def pay(challenge: PaymentChallenge, requirement: PaymentRequirement) -> str:
        calls.append(challenge.challenge_id or "")
        return build_exact_evm_payment(signer, requirement, challenge)

    paying = connect(h.identity, payment_policy=PaymentPolicy(external_payer=pay))
    assert paying(paying.client.memory.store(data={"a": 1}, storage_tier="hot")).receipt_id
    assert len(calls) == 1 and calls[0].startswith("chal_")


def test_autopay_off_raises_payment_required(connect: Connect, mode: str) -> None:
    h = connect(autopay=False)
    with pytest.raises(PaymentRequiredError) as caught:
        h(h.client.memory.store(data={"a": 1}, storage_tier="hot"))
    error = caught.value
    assert error.status_code == 402 and error.code == "PAYMENT_REQUIRED"
    assert error.challenge is not None and error.challenge.challenge_id
    assert error.challenge.requirements[0].amount == 2000
    assert error.challenge.requirements[0].network == "base-sepolia"


def test_networks_outside_the_policy_are_unsupported(connect: Connect, mode: str) -> None:
    h = connect(payment_policy=PaymentPolicy(allowed_networks={"base"}))
    with pytest.raises(PaymentUnsupportedError, match="does not allow"):
        h(h.client.memory.store(data={"a": 1}, storage_tier="hot"))


def test_solana_agent_pays_on_solana_devnet(connect: Connect, mode: str, xache_sandbox: Sandbox) -> None:
    h = connect(xache_sandbox.new_identity("sol"), rpc_urls=xache_sandbox.rpc_urls)
    assert h(h.client.budget.get_status()).limit_cents > 0  # Solana signatures verify
    h(h.client.memory.store(data={"a": 1}, storage_tier="hot"))
    assert [(r.network, r.amount, r.status) for r in h.client.payments.records] == [
        ("solana-devnet", 2000, "accepted")
    ]


def test_solana_agent_outside_its_policy_gets_a_clear_error(
    connect: Connect, mode: str, xache_sandbox: Sandbox
) -> None:
    policy = PaymentPolicy(allowed_networks={"base-sepolia"})
    h = connect(xache_sandbox.new_identity("sol"), rpc_urls=xache_sandbox.rpc_urls, payment_policy=policy)
    with pytest.raises(PaymentUnsupportedError, match="solana-devnet"):
        h(h.client.memory.store(data={"a": 1}, storage_tier="hot"))
    assert len(h.client.payments) == 0


def test_the_sandbox_refuses_a_high_s_payment_signature(
    connect: Connect, mode: str, xache_sandbox: Sandbox
) -> None:
    """An external payer that sends the malleable high-s twin of a valid authorization is refused, unpaid."""
    from xache_ext.crypto.evm import SECP256K1_ORDER

    h = connect()
    signer = EvmPrivateKeySigner(h.identity.private_key)

    def pay_high_s(challenge: PaymentChallenge, requirement: PaymentRequirement) -> str:
        document = json.loads(base64.b64decode(build_exact_evm_payment(signer, requirement, challenge)))
        raw = bytes.fromhex(document["paymentPayload"]["payload"]["signature"][2:])
        s = SECP256K1_ORDER - int.from_bytes(raw[32:64], "big")
        twin = raw[:32] + s.to_bytes(32, "big") + bytes((55 - raw[64],))
        document["paymentPayload"]["payload"]["signature"] = "0x" + twin.hex()
        return base64.b64encode(json.dumps(document, separators=(",", ":")).encode()).decode()

    paying = connect(h.identity, payment_policy=PaymentPolicy(external_payer=pay_high_s))
    with pytest.raises(PaymentError, match="refused"):
        paying(paying.client.memory.store(data={"a": 1}, storage_tier="hot"))
    assert receipts_count(xache_sandbox, h.identity.did) == 0


def test_an_injected_clients_idempotency_key_is_not_shared_by_calls(xache_sandbox: Sandbox) -> None:
    """A default Idempotency-Key on an injected client would make every later call a replay (409): each call
    still gets its own key, and a GET none."""
    spy = Spy()
    ident = xache_sandbox.new_identity()
    http = httpx.Client(transport=spy, headers={"Idempotency-Key": "fixed-key-1"})
    with XacheClientSync(xache_sandbox.url, ident.did, ident.private_key, http_client=http) as client:
        client.memory.store(data={"a": 1}, storage_tier="hot")
        client.memory.store(data={"a": 2}, storage_tier="hot")
        client.budget.get_status()
    keys = [(s.method, s.headers.get("Idempotency-Key")) for s in spy.requests]
    posts = [key for method, key in keys if method == "POST"]
    # each call's own key, then (as the TypeScript SDK does) its challenge id on the paid attempt
    assert "fixed-key-1" not in posts and len(posts) == len(set(posts)) == 4
    assert [key for method, key in keys if method == "GET"] == [None]


def test_a_client_closed_during_a_call_says_an_attempt_went_out() -> None:
    ident = unregistered_identity()
    holder: list[httpx.Client] = []

    def answer(request: httpx.Request) -> httpx.Response:
        holder[0].close()  # closed by another thread while the request was out
        raise httpx.ReadError("connection closed", request=request)

    holder.append(httpx.Client(transport=httpx.MockTransport(answer)))
    with (
        XacheClientSync("http://api.test", ident.did, ident.private_key, http_client=holder[0]) as client,
        pytest.raises(ClientClosedError, match="an earlier attempt was sent and may have been delivered"),
    ):
        client.budget.update_limit(5000)
