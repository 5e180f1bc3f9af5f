"""The ``PAYMENT-SIGNATURE`` header value as the TypeScript SDK encodes it (what the live server accepts)."""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from typing import Any

from .challenge import PaymentRequirement

__all__ = ["PAYMENT_HEADER", "encode_payment_header"]

PAYMENT_HEADER = "PAYMENT-SIGNATURE"


def encode_payment_header(
    requirement: PaymentRequirement,
    payload: Mapping[str, Any],
    *,
    max_timeout_seconds: int,
    extra: Mapping[str, Any] | None = None,
) -> str:
    """Standard base64 of the compact JSON ``{x402Version: 2, paymentPayload: {scheme, network, payload},
    paymentRequirements: {...}}`` for the scheme-specific ``payload`` (EVM authorization or Solana transaction)."""
    requirements: dict[str, Any] = {
        "scheme": "exact",
        "network": requirement.network,
        "maxAmountRequired": str(requirement.amount),
        "resource": requirement.resource,
        "description": "Payment required",
        "mimeType": "application/json",
        "payTo": requirement.pay_to,
        "maxTimeoutSeconds": max_timeout_seconds,
        "asset": requirement.asset,
    }
    if extra is not None:
        requirements["extra"] = dict(extra)
    document = {
        "x402Version": 2,
        "paymentPayload": {"scheme": "exact", "network": requirement.network, "payload": dict(payload)},
        "paymentRequirements": requirements,
    }
    encoded = json.dumps(document, separators=(",", ":"), ensure_ascii=False).encode()
    return base64.b64encode(encoded).decode("ascii")
