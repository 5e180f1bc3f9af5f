"""Reading an HTTP 402 answer in every form the server may send.

Forms, in the order they are tried: the x402 JSON body (``x402Version`` 1 or 2 with ``accepts``), the x402 v2
``PAYMENT-REQUIRED`` header (standard base64 of JSON), and the legacy body
``{error, payment: {challengeId, amount, chainHint, payTo}}``.

Parsing never raises and never guesses: an amount that is not a base-10 integer string is not read as 0 but
recorded in :attr:`PaymentRequirement.problem`, and :func:`~xache_ext.payments.checks.check_challenge`
refuses such a requirement before anything is signed.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Mapping
from typing import Any

import attrs
import httpx

from ..contract.schema import loads_bounded
from .networks import resolve_network

__all__ = [
    "MAX_ATOMIC_AMOUNT",
    "PaymentChallenge",
    "PaymentRequirement",
    "parse_atomic_amount",
    "parse_challenge",
]

MAX_ATOMIC_AMOUNT = 2**256 - 1
"""The largest ``uint256``: an EIP-3009 ``value`` cannot exceed it."""
_DIGITS = re.compile(r"[0-9]{1,78}", re.ASCII)
_MISSING: Any = object()


@attrs.frozen
class PaymentRequirement:
    """One way of paying a challenge (an entry of ``accepts``). ``amount`` is in atomic units (USDC: 6 decimals)."""

    scheme: str
    network: str
    amount: int
    asset: str
    pay_to: str
    resource: str = ""
    description: str = ""
    mime_type: str = "application/json"
    max_timeout_seconds: int = 60
    extra: Mapping[str, Any] = attrs.field(factory=dict)
    problem: str | None = None
    """Why the server's entry cannot be paid as sent (e.g. a malformed amount, then ``amount`` is 0)."""

    @property
    def amount_usd(self) -> str:
        """The amount as a USD decimal string, assuming a 6-decimal stablecoin."""
        return f"{self.amount / 1_000_000:.6f}".rstrip("0").rstrip(".") or "0"


@attrs.frozen
class PaymentChallenge:
    """A parsed 402: what may be paid, and the ids that tie the payment to the request."""

    requirements: tuple[PaymentRequirement, ...]
    challenge_id: str | None = None
    request_id: str | None = None
    x402_version: int | None = None
    error: str | None = None
    resource_url: str = ""


def _describe(value: Any) -> str:
    if value is _MISSING:
        return "nothing (the field is missing)"
    if isinstance(value, bool):
        return f"the JSON boolean {str(value).lower()}"
    if isinstance(value, int | float):
        return f"the JSON number {value!r}"
    if isinstance(value, str):
        return repr(value if len(value) <= 40 else value[:40] + "...")
    return f"a JSON {type(value).__name__}"


def parse_atomic_amount(value: Any, field: str = "amount") -> int:
    """An x402 amount: a base-10 string of ASCII digits, > 0 and at most :data:`MAX_ATOMIC_AMOUNT`.

    JSON numbers are refused even when integral: x402 defines amounts as strings, and a number has already
    passed through a float on most servers (JavaScript loses integers above 2**53), so the value read may
    not be the value the server meant. Raises ``ValueError`` with a message naming ``field``.
    """
    if not isinstance(value, str) or not _DIGITS.fullmatch(value):
        raise ValueError(f"{field} must be a base-10 integer string of atomic units; got {_describe(value)}")
    amount = int(value)
    if amount <= 0:
        raise ValueError(f"{field} must be greater than 0; got {value!r}")
    if amount > MAX_ATOMIC_AMOUNT:
        raise ValueError(f"{field} exceeds the uint256 range")
    return amount


def _amount(*candidates: tuple[str, Any]) -> tuple[int, str | None]:
    """The amount and its problem, from the fields that may carry it (the first one present wins)."""
    present = [(key, value) for key, value in candidates if value is not _MISSING]
    if len({json.dumps(value, sort_keys=True, default=str) for _, value in present}) > 1:
        shown = " and ".join(f"{key}={_describe(value)}" for key, value in present)
        return 0, f"the challenge gives conflicting amounts: {shown}"
    key, value = present[0] if present else (candidates[0][0], _MISSING)
    try:
        return parse_atomic_amount(value, key), None
    except ValueError as exc:
        return 0, str(exc)


def _timeout(value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and 0 < value <= 3600:
        return value
    if isinstance(value, str) and value.isascii() and value.isdigit() and 0 < int(value) <= 3600:
        return int(value)
    return 60


def _requirement(entry: Mapping[str, Any], resource: Mapping[str, Any]) -> PaymentRequirement | None:
    network = entry.get("network")
    if not isinstance(network, str):
        return None
    amount, problem = _amount(
        ("maxAmountRequired", entry.get("maxAmountRequired", _MISSING)),
        ("amount", entry.get("amount", _MISSING)),
    )
    extra = entry.get("extra")
    return PaymentRequirement(
        scheme=str(entry.get("scheme", "exact")),
        network=network,
        amount=amount,
        asset=str(entry.get("asset", "")),
        pay_to=str(entry.get("payTo", "")),
        resource=str(entry.get("resource", resource.get("url", ""))),
        description=str(entry.get("description", resource.get("description", ""))),
        mime_type=str(entry.get("mimeType", resource.get("mimeType", "application/json"))),
        max_timeout_seconds=_timeout(entry.get("maxTimeoutSeconds", 60)),
        extra=dict(extra) if isinstance(extra, Mapping) else {},
        problem=problem,
    )


def _x402(body: Any) -> tuple[int, tuple[PaymentRequirement, ...], str | None] | None:
    if not isinstance(body, Mapping) or body.get("x402Version") not in (1, 2):
        return None
    accepts = body.get("accepts")
    if not isinstance(accepts, list) or not accepts:
        return None
    raw_resource = body.get("resource")
    resource: Mapping[str, Any] = raw_resource if isinstance(raw_resource, Mapping) else {}
    parsed = tuple(r for e in accepts if isinstance(e, Mapping) and (r := _requirement(e, resource)))
    error = body.get("error")
    return int(body["x402Version"]), parsed, error if isinstance(error, str) else None


def _legacy(body: Any) -> tuple[tuple[PaymentRequirement, ...], str | None, str | None] | None:
    if not isinstance(body, Mapping) or not isinstance(body.get("payment"), Mapping):
        return None
    payment = body["payment"]
    hint = str(payment.get("chainHint") or "base").split(":")
    network = resolve_network(hint[0])
    asset = hint[1] if len(hint) > 1 and hint[1].startswith("0x") else (network.usdc if network else "")
    amount, problem = _amount(("amount", payment.get("amount", _MISSING)))
    requirement = PaymentRequirement(
        scheme="exact",
        network=network.name if network else hint[0],
        amount=amount,
        asset=asset,
        pay_to=str(payment.get("payTo", "")),
        description=str(payment.get("description", "")),
        problem=problem,
    )
    error = body.get("error")
    message = error.get("message") if isinstance(error, Mapping) else error
    challenge_id = payment.get("challengeId")
    return (
        (requirement,),
        str(challenge_id) if challenge_id else None,
        message if isinstance(message, str) else None,
    )


def _header_json(value: str | None) -> Any:
    if not value:
        return None
    try:
        return loads_bounded(base64.b64decode(value + "=" * (-len(value) % 4)))
    except (binascii.Error, ValueError):
        return None


def parse_challenge(response: httpx.Response) -> PaymentChallenge:
    """Parse a 402 response. A 402 in no known form gives a challenge with no requirements."""
    try:
        body: Any = loads_bounded(response.content)
    except (ValueError, httpx.ResponseNotRead):
        body = None
    challenge_id = response.headers.get("X-Challenge-ID") or None
    request_id = response.headers.get("X-Request-ID") or None
    url = str(response.request.url) if response._request is not None else ""
    for source in (body, _header_json(response.headers.get("PAYMENT-REQUIRED"))):
        found = _x402(source)
        if found:
            version, requirements, error = found
            return PaymentChallenge(requirements, challenge_id, request_id, version, error, url)
    legacy = _legacy(body)
    if legacy:
        requirements, legacy_id, error = legacy
        return PaymentChallenge(requirements, challenge_id or legacy_id, request_id, None, error, url)
    return PaymentChallenge((), challenge_id, request_id, None, None, url)
