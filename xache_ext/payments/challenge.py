"""Reading an HTTP 402 answer in every form the server may send.

Forms, in the order they are tried: the x402 JSON body (``x402Version`` 1 or 2 with ``accepts``), the x402 v2
``PAYMENT-REQUIRED`` header (standard base64 of JSON), and the legacy body
``{error, payment: {challengeId, amount, chainHint, payTo}}``.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from typing import Any

import attrs
import httpx

from .networks import resolve_network

__all__ = ["PaymentChallenge", "PaymentRequirement", "parse_challenge"]


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


def _int(value: Any) -> int:
    try:
        return int(str(value))
    except ValueError:
        return 0


def _requirement(entry: Mapping[str, Any], resource: Mapping[str, Any]) -> PaymentRequirement | None:
    network = entry.get("network")
    if not isinstance(network, str):
        return None
    amount = entry.get("maxAmountRequired", entry.get("amount", "0"))
    extra = entry.get("extra")
    return PaymentRequirement(
        scheme=str(entry.get("scheme", "exact")),
        network=network,
        amount=_int(amount),
        asset=str(entry.get("asset", "")),
        pay_to=str(entry.get("payTo", "")),
        resource=str(entry.get("resource", resource.get("url", ""))),
        description=str(entry.get("description", resource.get("description", ""))),
        mime_type=str(entry.get("mimeType", resource.get("mimeType", "application/json"))),
        max_timeout_seconds=_int(entry.get("maxTimeoutSeconds", 60)) or 60,
        extra=dict(extra) if isinstance(extra, Mapping) else {},
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
    requirement = PaymentRequirement(
        scheme="exact",
        network=network.name if network else hint[0],
        amount=_int(payment.get("amount", "0")),
        asset=asset,
        pay_to=str(payment.get("payTo", "")),
        description=str(payment.get("description", "")),
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
        return json.loads(base64.b64decode(value + "=" * (-len(value) % 4)))
    except (binascii.Error, ValueError):
        return None


def parse_challenge(response: httpx.Response) -> PaymentChallenge:
    """Parse a 402 response. A 402 in no known form gives a challenge with no requirements."""
    try:
        body: Any = response.json()
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
