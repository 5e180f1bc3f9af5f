"""The request pipeline: one flow per logical call, shared by the facade and the raw generated endpoints.

check the inputs against the spec → fix the call's Idempotency-Key → for each attempt: sign the exact wire bytes,
send, pay a 402 once (only where the spec marks the operation paid) → retry connection errors, 408/429/5xx and
Retry-After on the retry policy's schedule → check the success envelope or raise the typed error.
"""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from ..contract import OperationInfo, match_operation
from ..crypto.signers import Signer
from ..crypto.signing import sign_request
from ..errors import (
    APIConnectionError,
    APITimeoutError,
    ClientClosedError,
    MissingSignerError,
    PaymentError,
    PaymentOutcomeUnknownError,
    UnexpectedPaymentRequestError,
    ValidationError,
)
from ..logs import logger
from ..payments.challenge import parse_challenge
from ..payments.ledger import PaymentRecord
from .envelope import unwrap
from .idempotency import IDEMPOTENT_METHODS, new_idempotency_key
from .inputs import check_request
from .payment import Payer, receipt_id
from .retry import Outcome, RetryPolicy
from .runner import CLOSED, CLOSED_DURING_THE_CALL
from .steps import Flow, Send, Sleep
from .transport import build_request

__all__ = ["Pipeline", "RequestArgs"]

RequestArgs = Mapping[str, Any]
"""``httpx`` request arguments (``method``, ``url``, ``params``, ``json``, ``headers``, ...), as the generated
``_get_kwargs`` functions build them."""


@functools.lru_cache(maxsize=1024)
def _absolute(base_url: httpx.URL, url: str) -> httpx.URL:
    """``url`` appended to ``base_url`` as httpx does it, parsed once per distinct path (a large share of a call)."""
    return base_url.copy_with(raw_path=base_url.raw_path + httpx.URL(url).raw_path.lstrip(b"/"))


def _replace_headers(headers: httpx.Headers, values: Mapping[str, str]) -> None:
    """``headers[name] = value`` for each of ``values`` (ASCII), in one pass over the headers instead of one
    per name (the signature headers are set on every attempt); replaced names move to the end."""
    given = [
        (name.encode("ascii"), name.lower().encode("ascii"), value.encode("ascii"))
        for name, value in values.items()
    ]
    replaced = {lower for _, lower, _ in given}
    headers._list = [item for item in headers._list if item[1] not in replaced] + given


class Pipeline:
    """Everything between an operation's request arguments and its checked answer."""

    def __init__(
        self,
        *,
        did: str | None,
        signer: Signer | None,
        payer: Payer,
        retry: RetryPolicy,
        base_path: str = "",
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._did = did
        self._signer = signer
        self.payer = payer
        self.retry = retry
        self._base_path = base_path.rstrip("/").encode()
        self._clock = clock
        self._last_timestamp = 0
        self._timestamp_lock = threading.Lock()

    def __repr__(self) -> str:
        return f"Pipeline(did={self._did!r}, max_retries={self.retry.max_retries})"

    def _target(self, request: httpx.Request) -> str:
        raw = request.url.raw_path
        if self._base_path and raw.startswith(self._base_path):
            raw = raw[len(self._base_path) :]
        return raw.decode("ascii")

    def _sign(self, request: httpx.Request, target: str) -> None:
        if self._signer is None or self._did is None:
            raise MissingSignerError(
                f"{request.method} {target.split('?', 1)[0]} must be signed; "
                "configure the client with a private_key or a signer"
            )
        # Strictly increasing per client: two identical requests signed in the same millisecond (or after the
        # wall clock stepped back) would otherwise be byte-identical, and the server refuses an exact replay.
        with self._timestamp_lock:
            timestamp = max(int(self._clock() * 1000), self._last_timestamp + 1)
            self._last_timestamp = timestamp
        signed = sign_request(self._signer, self._did, request.method, target, request.content, timestamp)
        _replace_headers(request.headers, signed)

    def data(
        self, http: httpx.Client | httpx.AsyncClient, args: RequestArgs
    ) -> Flow[tuple[Any, httpx.Response]]:
        """The call's checked ``data`` and its response (or its typed error)."""
        info, response = yield from self._send(http, args)
        return unwrap(response, None if info is None else info.envelope), response

    def response(self, http: httpx.Client | httpx.AsyncClient, args: RequestArgs) -> Flow[httpx.Response]:
        """The call's success response, its envelope checked (or its typed error), for the generated parsers."""
        info, response = yield from self._send(http, args)
        unwrap(response, None if info is None else info.envelope)
        return response

    def _send(
        self, http: httpx.Client | httpx.AsyncClient, args: RequestArgs
    ) -> Flow[tuple[OperationInfo | None, httpx.Response]]:
        method = str(args["method"]).upper()
        url = args["url"]
        path = url.split("?", 1)[0] if isinstance(url, str) else httpx.URL(url).path
        matched = match_operation(method, path)
        info = None if matched is None else matched[0]
        if matched is not None:
            check_request(matched[0], matched[1], args)
        if isinstance(url, str) and url.startswith("/"):
            args = {**args, "url": _absolute(http.base_url, url)}
        request = build_request(http, args)
        if (
            info is not None
            and info.max_body_bytes is not None
            and len(request.content) > info.max_body_bytes
        ):
            raise ValidationError(
                f"{info.operation_id}: the request body is {len(request.content):,} bytes; the API takes at most "
                f"{info.max_body_bytes:,}",
                field="body",
            )
        # The call's own key, if it passed one; never an injected client's default header, which every call shares
        call_headers = args.get("headers")
        given = httpx.Headers(call_headers).get("Idempotency-Key") if call_headers else None
        request.headers.pop("Idempotency-Key", None)
        idempotency_key: str | None = None
        if method in IDEMPOTENT_METHODS:
            idempotency_key = given or new_idempotency_key()
            request.headers["Idempotency-Key"] = idempotency_key
        target = self._target(request)
        signed = info.signed if info is not None else True
        payment: PaymentRecord | None = None
        maybe_delivered = False  # a paid attempt got no answer: the server may have charged
        schedule = self.retry.schedule()
        next(schedule)
        attempt = 0
        try:
            while True:
                attempt += 1
                if payment is not None:
                    request.headers[payment.header_name] = payment.header_value
                    request.headers["Idempotency-Key"] = payment.challenge_id or idempotency_key or ""
                if signed:
                    self._sign(request, target)
                if http.is_closed:  # said here, where it is known whether an earlier attempt went out
                    raise ClientClosedError(CLOSED if attempt == 1 else CLOSED_DURING_THE_CALL)
                started = time.perf_counter()
                outcome: Outcome = yield Send(request)
                _log_attempt(request, outcome, attempt, started)
                if isinstance(outcome, httpx.Response) and outcome.status_code == 402:
                    if payment is not None:
                        raise self._refused(payment, outcome, maybe_delivered)
                    if info is None or not info.paid:
                        challenge = parse_challenge(outcome)
                        raise UnexpectedPaymentRequestError(
                            f"the server asks for payment for {method} {path}, which the spec does not mark paid; "
                            "nothing was paid",
                            challenge=challenge,
                        )
                    if self.payer.can_pay:
                        if idempotency_key is None:
                            idempotency_key = new_idempotency_key()
                        payment = yield from self.payer.pay(request, outcome, info)
                        continue
                # no answer, or a server error after the payment: it may have charged
                if payment is not None and (
                    isinstance(outcome, httpx.TransportError) or outcome.status_code >= 500
                ):
                    maybe_delivered = True
                try:
                    delay = schedule.send(outcome)
                except StopIteration as done:
                    final: Outcome = done.value
                    break
                yield Sleep(delay)
            if isinstance(final, httpx.TransportError):
                if payment is not None:
                    payment.status = "unknown"  # the paid request got no final answer
                kind = APITimeoutError if isinstance(final, httpx.TimeoutException) else APIConnectionError
                tries = "attempt" if attempt == 1 else "attempts"
                raise kind(
                    f"{method} {path} to {request.url.host} failed after {attempt} {tries}: "
                    f"{type(final).__name__}: {final}",
                    request=request,
                ) from final
            if payment is not None:  # the final answer to the paid request settles what the record says
                if final.is_success:
                    payment.status = "accepted"
                    payment.receipt_id = receipt_id(final)
                elif final.status_code >= 500 or maybe_delivered:
                    payment.status = "unknown"  # an earlier attempt may have been settled and done
                else:
                    payment.status = "failed"
            return info, final
        except BaseException:  # cancelled or interrupted (GeneratorExit, KeyboardInterrupt) after paying
            if payment is not None and payment.status == "sent":
                payment.status = "unknown"
            raise

    def _refused(
        self, payment: PaymentRecord, response: httpx.Response, maybe_delivered: bool
    ) -> PaymentError:
        """The error for a 402 to a paid attempt: rejected, unless an earlier attempt may have been settled."""
        challenge = parse_challenge(response)
        # a refusal of the re-sent authorization is no proof that the first was not settled
        if maybe_delivered:
            payment.status = "unknown"
            return PaymentOutcomeUnknownError(
                "the paid request got no answer (or a server error), and the server refuses the re-sent "
                f"authorization ({challenge.error or 'payment not accepted'}): it may have charged; the payment "
                "stays in the ledger as 'unknown'",
                challenge=challenge,
            )
        payment.status = "rejected"
        return PaymentError(
            f"the server refused the payment: {challenge.error or 'payment not accepted'}",
            challenge=challenge,
        )


def _log_attempt(request: httpx.Request, outcome: Outcome, attempt: int, started: float) -> None:
    if not logger.isEnabledFor(logging.DEBUG):
        return
    if isinstance(outcome, httpx.Response):
        result = str(outcome.status_code)
        request_id = outcome.headers.get("X-Request-ID")
        if request_id:
            result += f", request {request_id}"
        if outcome.status_code == 402:
            challenge = parse_challenge(outcome)
            for requirement in challenge.requirements:
                result += (
                    f", asks {requirement.amount} atomic units ({requirement.amount_usd} USD) on "
                    f"{requirement.network} (challenge {challenge.challenge_id})"
                )
    else:
        result = type(outcome).__name__
    logger.debug(
        "%s %s -> %s (attempt %d, %.1f ms)",
        request.method,
        request.url.raw_path.decode("ascii", "replace"),
        result,
        attempt,
        (time.perf_counter() - started) * 1000,
    )
