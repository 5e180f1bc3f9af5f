"""Request signing and x402 payment as one ``httpx.Auth`` flow.

Every attempt is signed over exactly what goes on the wire: ``request.method``, the raw request target
(path and query as sent, without the base URL's own path prefix), the SHA-256 of ``request.content``, the
timestamp in milliseconds and the DID. A 402 answer is paid at most once per logical call: the payment is
kept in the call's :class:`~xache_ext.pipeline.call_state.CallState`, so a retried attempt re-sends it verbatim.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from typing import Any

import httpx

from ..crypto.signers import EvmSigner, Signer
from ..crypto.signing import sign_request
from ..errors import MissingSignerError, PaymentError, PaymentRefusedError, PaymentUnsupportedError
from ..logs import logger
from ..payments.challenge import PaymentChallenge, PaymentRequirement, parse_challenge
from ..payments.exact_evm import build_exact_evm_payment
from ..payments.ledger import PaymentLedger, PaymentRecord
from ..payments.networks import resolve_network
from ..payments.policy import PaymentPolicy
from .call_state import call_state
from .callbacks import Callback

__all__ = ["PAYMENT_HEADER", "UNSIGNED_OPERATIONS", "XacheAuth"]

PAYMENT_HEADER = "PAYMENT-SIGNATURE"
UNSIGNED_OPERATIONS = frozenset(
    {
        ("POST", "/v1/identity/register"),
        ("GET", "/v1/collective/heuristics"),
        ("GET", "/v1/reputation/leaderboard"),
        ("GET", "/v1/reputation/erc8004/auth-request"),
        ("POST", "/v1/owners/register"),
        ("POST", "/v1/owners/verify-wallet"),
        ("GET", "/v1/facilitators"),
    }
)


_Step = httpx.Request | Callback


def _receipt_id(response: httpx.Response) -> str | None:
    try:
        data = json.loads(response.content).get("data")
    except (ValueError, AttributeError):
        return None
    if not isinstance(data, dict):
        return None
    found = data.get("receiptId") or data.get("batchReceiptId")
    return found if isinstance(found, str) else None


class XacheAuth(httpx.Auth):
    """Signs requests with the agent's key and answers 402 challenges within the payment policy."""

    requires_request_body = True
    requires_response_body = True

    def __init__(
        self,
        *,
        did: str | None,
        signer: Signer | None,
        policy: PaymentPolicy | None = None,
        ledger: PaymentLedger | None = None,
        base_path: str = "",
        autopay: bool = True,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._did = did
        self._signer = signer
        self.policy = policy or PaymentPolicy()
        self.ledger = ledger if ledger is not None else PaymentLedger()
        self._base_path = base_path.rstrip("/").encode()
        self._autopay = autopay
        self._clock = clock
        self._last_timestamp = 0
        self._timestamp_lock = threading.Lock()

    def __repr__(self) -> str:
        return f"XacheAuth(did={self._did!r}, autopay={self._autopay})"

    # -- signing ---------------------------------------------------------------------------------------

    def _target(self, request: httpx.Request) -> str:
        raw = request.url.raw_path
        if self._base_path and raw.startswith(self._base_path):
            raw = raw[len(self._base_path) :]
        return raw.decode("ascii")

    def _sign(self, request: httpx.Request, target: str) -> None:
        if (request.method, target.split("?", 1)[0]) in UNSIGNED_OPERATIONS:
            return
        if self._signer is None or self._did is None:
            raise MissingSignerError(
                f"{request.method} {target.split('?', 1)[0]} must be signed; "
                "configure the client with a private_key or a signer"
            )
        # Strictly increasing per client: two identical requests signed in the same millisecond (or after
        # the wall clock stepped back) would otherwise be byte-identical, and a server may refuse the replay.
        with self._timestamp_lock:
            timestamp = max(int(self._clock() * 1000), self._last_timestamp + 1)
            self._last_timestamp = timestamp
        request.headers.update(
            sign_request(self._signer, self._did, request.method, target, request.content, timestamp)
        )

    # -- payment ---------------------------------------------------------------------------------------

    def _choose(self, challenge: PaymentChallenge) -> PaymentRequirement:
        allowed = [r for r in challenge.requirements if self.policy.allows(r)]
        if not allowed:
            offered = ", ".join(f"{r.network}/{r.asset}" for r in challenge.requirements) or "nothing"
            raise PaymentUnsupportedError(
                f"the server asks for payment on {offered}, which the payment policy does not allow",
                challenge=challenge,
            )
        if self.policy.external_payer is not None:
            return allowed[0]
        for requirement in allowed:
            network = resolve_network(requirement.network)
            if requirement.scheme == "exact" and network is not None and network.family == "evm":
                return requirement
        raise PaymentUnsupportedError(
            "the server asks for a Solana payment, which this SDK cannot sign yet; "
            "pay out of band with PaymentPolicy(external_payer=...)",
            challenge=challenge,
        )

    def _payment_flow(
        self, request: httpx.Request, response: httpx.Response
    ) -> Generator[Callback, Any, PaymentRecord]:
        challenge = parse_challenge(response)
        requirement = self._choose(challenge)
        self.policy.check(challenge, requirement, self.ledger.total_amount)
        if self.policy.approve is not None and not (yield Callback(self.policy.approve, (requirement,))):
            raise PaymentRefusedError("the approval callback declined the payment", challenge=challenge)
        if self.policy.external_payer is not None:
            header = yield Callback(self.policy.external_payer, (challenge, requirement))
        elif isinstance(self._signer, EvmSigner):
            header = build_exact_evm_payment(self._signer, requirement, challenge, now=self._clock())
        else:
            raise PaymentUnsupportedError(
                "an EVM payment needs an EVM signer; this client signs with a Solana key. "
                "Pay out of band with PaymentPolicy(external_payer=...)",
                challenge=challenge,
            )
        # Checked again just before recording: a concurrent call may have spent in the meantime.
        self.policy.check(challenge, requirement, self.ledger.total_amount)
        record = PaymentRecord(
            challenge_id=challenge.challenge_id,
            network=requirement.network,
            asset=requirement.asset,
            amount=requirement.amount,
            pay_to=requirement.pay_to,
            resource=requirement.resource or str(request.url),
            header_name=PAYMENT_HEADER,
            header_value=str(header),
        )
        self.ledger.add(record)
        logger.info(
            "paying %s atomic units on %s for %s (challenge %s)",
            record.amount,
            record.network,
            record.resource,
            record.challenge_id,
        )
        return record

    def _attach(self, request: httpx.Request, record: PaymentRecord) -> None:
        request.headers[record.header_name] = record.header_value
        request.headers["Idempotency-Key"] = record.challenge_id or ""

    def _flow(self, request: httpx.Request) -> Generator[_Step, Any, None]:
        """Send, and on a 402 pay once and send again; a call that already paid re-sends that payment."""
        state = call_state(request)
        target = self._target(request)
        while True:
            if state.payment is not None:
                self._attach(request, state.payment)
            self._sign(request, target)
            response: httpx.Response = yield request
            if response.status_code != 402:
                if state.payment is not None and response.is_success:
                    state.payment.status = "accepted"
                    state.payment.receipt_id = _receipt_id(response)
                return
            if state.payment is not None:
                state.payment.status = "rejected"
                challenge = parse_challenge(response)
                raise PaymentError(
                    f"the server refused the payment: {challenge.error or 'payment not accepted'}",
                    challenge=challenge,
                )
            if not self._autopay or (self._signer is None and self.policy.external_payer is None):
                return
            state.payment = yield from self._payment_flow(request, response)

    # -- drivers ---------------------------------------------------------------------------------------

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.read()
        flow = self._flow(request)
        reply: Any = None
        while True:
            try:
                step = flow.send(reply)
            except StopIteration:
                return
            if isinstance(step, Callback):
                reply = step.call_blocking()
            else:
                response = yield step
                response.read()
                reply = response

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()
        flow = self._flow(request)
        reply: Any = None
        while True:
            try:
                step = flow.send(reply)
            except StopIteration:
                return
            if isinstance(step, Callback):
                reply = await step.call()
            else:
                response = yield step
                await response.aread()
                reply = response
