"""x402 payment challenges (HTTP 402) and verification of ``PAYMENT-SIGNATURE`` / ``X-PAYMENT`` headers."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
import re
import secrets
from decimal import ROUND_CEILING, Decimal
from typing import Any

import attrs

from ..crypto.did import DID
from ..crypto.eip712 import transfer_with_authorization_digest
from ..crypto.evm import recover_address, to_checksum_address
from .store import Store

__all__ = [
    "ASSET",
    "CHAIN_ID",
    "NETWORK",
    "TREASURY",
    "PaymentFailure",
    "VerifiedPayment",
    "challenge_body",
    "challenge_headers",
    "new_challenge_id",
    "usd_to_atomic",
    "verify_payment",
]

log = logging.getLogger(__name__)

NETWORK = "base-sepolia"
CHAIN_ID = 84532
ASSET = "0x036CbD53842c5426634e7929541eC2318f3dCF7e"
#: The sandbox's fixed treasury (``payTo``); derived from a label, so no key is known for it.
TREASURY = to_checksum_address("0x" + hashlib.sha256(b"xache-sandbox-treasury").hexdigest()[:40])
DOMAIN: dict[str, Any] = {"name": "USDC", "version": "2", "chainId": CHAIN_ID, "verifyingContract": ASSET}

_HEX32 = re.compile(r"0x[0-9a-fA-F]{64}")
_ADDRESS = re.compile(r"0x[0-9a-fA-F]{40}")
_UINT = re.compile(r"[0-9]{1,78}")


class PaymentFailure(Exception):
    """A payment header was present but is not acceptable; ``str(exc)`` is the 402's ``error``."""


@attrs.frozen
class VerifiedPayment:
    """A verified EIP-3009 authorization, not yet consumed."""

    from_address: str
    value: int
    nonce: str


def usd_to_atomic(usd: Decimal) -> int:
    """USD → USDC atomic units (6 decimals), rounded up."""
    return int((usd * 1_000_000).to_integral_value(rounding=ROUND_CEILING))


def new_challenge_id() -> str:
    """A fresh challenge id."""
    return "chal_" + secrets.token_hex(12)


def _usd_text(usd: Decimal) -> str:
    text = format(usd.normalize(), "f")
    return text


def requirements(atomic: int, usd: Decimal, resource: str) -> dict[str, Any]:
    """The single ``accepts`` entry of a challenge."""
    return {
        "scheme": "exact",
        "network": NETWORK,
        "maxAmountRequired": str(atomic),
        "asset": ASSET,
        "payTo": TREASURY,
        "resource": resource,
        "description": f"Xache Protocol payment: {_usd_text(usd)} USD",
        "mimeType": "application/json",
        "maxTimeoutSeconds": 60,
        "extra": {"name": "USDC", "version": "2"},
    }


def challenge_body(
    atomic: int, usd: Decimal, resource: str, error: str = "Payment required"
) -> dict[str, Any]:
    """The x402 v1 body of a 402."""
    return {"x402Version": 1, "error": error, "accepts": [requirements(atomic, usd, resource)]}


def challenge_headers(body: dict[str, Any], challenge_id: str) -> dict[str, str]:
    """``X-Challenge-ID`` and the x402 v2 ``PAYMENT-REQUIRED`` header (std base64 JSON)."""
    v2 = {
        "x402Version": 2,
        "error": body["error"],
        "accepts": [{**a, "amount": a["maxAmountRequired"]} for a in body["accepts"]],
    }
    encoded = base64.b64encode(json.dumps(v2, separators=(",", ":")).encode()).decode("ascii")
    return {"X-Challenge-ID": challenge_id, "PAYMENT-REQUIRED": encoded}


def _decode_header(value: str) -> dict[str, Any]:
    text = value.strip()
    try:
        raw = base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
        doc = json.loads(raw)
    except (binascii.Error, ValueError):
        raise PaymentFailure("payment header is not base64-encoded JSON") from None
    if not isinstance(doc, dict):
        raise PaymentFailure("payment header JSON must be an object")
    return doc


def _extract(doc: dict[str, Any]) -> tuple[str | None, str | None, dict[str, Any]]:
    """(scheme, network, payload) from the TS SDK form, the x402 v2 form or the v1 form."""
    version = doc.get("x402Version")
    pp = doc.get("paymentPayload")
    if isinstance(pp, dict):  # TypeScript SDK form
        payload = pp.get("payload")
        if not isinstance(payload, dict):
            raise PaymentFailure("paymentPayload.payload must be an object")
        return pp.get("scheme"), pp.get("network"), payload
    payload = doc.get("payload")
    if not isinstance(payload, dict):
        raise PaymentFailure("payment payload missing")
    if version == 2:
        accepted = doc.get("accepted")
        if not isinstance(accepted, dict):
            raise PaymentFailure("x402 v2 payment lacks 'accepted'")
        return accepted.get("scheme"), accepted.get("network"), payload
    if version == 1:
        return doc.get("scheme"), doc.get("network"), payload
    raise PaymentFailure("unsupported x402Version")


def verify_payment(
    header: str, *, agent: DID, price_atomic: int, now_s: int, store: Store
) -> VerifiedPayment:
    """Verify a payment header for a charge of ``price_atomic``; raises :class:`PaymentFailure`."""
    doc = _decode_header(header)
    scheme, network, payload = _extract(doc)
    if scheme not in (None, "exact"):
        raise PaymentFailure("payment scheme must be 'exact'")
    if network != NETWORK:
        raise PaymentFailure(f"payment network must be {NETWORK}")
    auth = payload.get("authorization")
    sig = payload.get("signature")
    if not isinstance(auth, dict) or not isinstance(sig, str):
        raise PaymentFailure("payment payload needs 'authorization' and 'signature'")
    fields = {k: auth.get(k) for k in ("from", "to", "value", "validAfter", "validBefore", "nonce")}
    for k in ("from", "to"):
        if not isinstance(fields[k], str) or not _ADDRESS.fullmatch(str(fields[k])):
            raise PaymentFailure(f"payment authorization.{k} is not an address")
    for k in ("value", "validAfter", "validBefore"):
        v = fields[k]
        if isinstance(v, int) and not isinstance(v, bool) and v >= 0:
            fields[k] = str(v)
        if not isinstance(fields[k], str) or not _UINT.fullmatch(str(fields[k])):
            raise PaymentFailure(f"payment authorization.{k} is not an unsigned integer")
    if not isinstance(fields["nonce"], str) or not _HEX32.fullmatch(fields["nonce"]):
        raise PaymentFailure("payment authorization.nonce must be 0x + 64 hex")
    sig_hex = sig[2:] if sig[:2] in ("0x", "0X") else sig
    try:
        sig_bytes = bytes.fromhex(sig_hex)
        digest = transfer_with_authorization_digest(DOMAIN, fields)
        signer = recover_address(digest, sig_bytes)
    except ValueError:
        raise PaymentFailure("payment signature invalid") from None
    frm, to = str(fields["from"]), str(fields["to"])
    if signer.lower() != frm.lower():
        raise PaymentFailure("payment signature invalid")
    if agent.chain != "evm" or frm.lower() != agent.address.lower():
        raise PaymentFailure("payment is not from the agent's wallet")
    if to.lower() != TREASURY.lower():
        raise PaymentFailure("payment recipient (to) is not payTo")
    value = int(str(fields["value"]))
    if value < price_atomic:
        raise PaymentFailure(f"payment underpaid: {value} < {price_atomic}")
    if int(str(fields["validAfter"])) > now_s:
        raise PaymentFailure("payment not yet valid")
    if now_s >= int(str(fields["validBefore"])):
        raise PaymentFailure("payment expired")
    nonce = str(fields["nonce"]).lower()
    if store.scalar("SELECT 1 FROM used_nonces WHERE nonce = ?", [nonce]):
        raise PaymentFailure("payment nonce already used")
    return VerifiedPayment(from_address=frm, value=value, nonce=nonce)
