"""The x402 "exact" scheme on EVM networks: an EIP-3009 TransferWithAuthorization signed as EIP-712.

The header is encoded as the TypeScript SDK encodes it (standard base64 of compact JSON
``{x402Version: 2, paymentPayload: {scheme, network, payload: {signature, authorization, domain}},
paymentRequirements: {...}}``), which is what the live server accepts from its flagship SDK.
"""

from __future__ import annotations

import base64
import json
import secrets
import time
from typing import Any

from ..crypto.eip712 import TRANSFER_WITH_AUTHORIZATION_TYPES
from ..crypto.signers import EvmSigner, sign_typed_data
from ..errors import PaymentUnsupportedError
from .challenge import PaymentChallenge, PaymentRequirement
from .networks import resolve_network

__all__ = ["VALIDITY_SECONDS", "build_exact_evm_payment", "eip712_domain"]

VALIDITY_SECONDS = 300


def eip712_domain(
    requirement: PaymentRequirement, challenge: PaymentChallenge | None = None
) -> dict[str, Any]:
    """The USDC EIP-712 domain for ``requirement``: ``extra.name``/``extra.version`` win over the defaults."""
    network = resolve_network(requirement.network)
    if network is None or network.family != "evm" or network.chain_id is None:
        raise PaymentUnsupportedError(
            f"network {requirement.network!r} is not an EVM network this client can pay on",
            challenge=challenge,
        )
    default_name = "USDC" if "sepolia" in network.name else "USD Coin"
    return {
        "name": str(requirement.extra.get("name") or default_name),
        "version": str(requirement.extra.get("version") or "2"),
        "chainId": network.chain_id,
        "verifyingContract": requirement.asset,
    }


def build_exact_evm_payment(
    signer: EvmSigner,
    requirement: PaymentRequirement,
    challenge: PaymentChallenge | None = None,
    *,
    now: float | None = None,
    nonce: bytes | None = None,
) -> str:
    """Sign an authorization paying ``requirement`` and return the ``PAYMENT-SIGNATURE`` header value."""
    domain = eip712_domain(requirement, challenge)
    issued = int(time.time() if now is None else now)
    authorization = {
        "from": signer.address,
        "to": requirement.pay_to,
        "value": str(requirement.amount),
        "validAfter": str(issued),
        "validBefore": str(issued + VALIDITY_SECONDS),
        "nonce": "0x" + (nonce if nonce is not None else secrets.token_bytes(32)).hex(),
    }
    signature = sign_typed_data(
        signer, domain, TRANSFER_WITH_AUTHORIZATION_TYPES, "TransferWithAuthorization", authorization
    )
    payload = {
        "x402Version": 2,
        "paymentPayload": {
            "scheme": "exact",
            "network": requirement.network,
            "payload": {
                "signature": "0x" + signature.hex(),
                "authorization": authorization,
                "domain": domain,
            },
        },
        "paymentRequirements": {
            "scheme": "exact",
            "network": requirement.network,
            "maxAmountRequired": str(requirement.amount),
            "resource": requirement.resource,
            "description": "Payment required",
            "mimeType": "application/json",
            "payTo": requirement.pay_to,
            "maxTimeoutSeconds": 60,
            "asset": requirement.asset,
            "extra": domain,
        },
    }
    encoded = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
    return base64.b64encode(encoded).decode("ascii")
