"""Test helpers: signed requests and TS-style x402 payment headers against the sandbox."""

from __future__ import annotations

import base64
import json
import secrets
import time
from typing import Any

import httpx

from xache_ext.crypto.did import parse_did
from xache_ext.crypto.eip712 import transfer_with_authorization_digest
from xache_ext.crypto.signers import EvmPrivateKeySigner, SolanaPrivateKeySigner
from xache_ext.crypto.signing import sign_request
from xache_ext.sandbox.payments import ASSET, CHAIN_ID, TREASURY
from xache_ext.sandbox.server import TestIdentity

DOMAIN = {"name": "USDC", "version": "2", "chainId": CHAIN_ID, "verifyingContract": ASSET}


def signer_for(ident: TestIdentity) -> EvmPrivateKeySigner | SolanaPrivateKeySigner:
    if parse_did(ident.did).chain == "evm":
        return EvmPrivateKeySigner(ident.private_key)
    return SolanaPrivateKeySigner(ident.private_key)


_last_ts = 0


def fresh_ts() -> int:
    """Now in ms, strictly increasing: the sandbox refuses an identical signed request it already executed."""
    global _last_ts
    _last_ts = max(int(time.time() * 1000), _last_ts + 1)
    return _last_ts


def signed_headers(
    ident: TestIdentity, method: str, target: str, body: bytes = b"", ts_ms: int | None = None
) -> dict[str, str]:
    ts = fresh_ts() if ts_ms is None else ts_ms
    headers = sign_request(signer_for(ident), ident.did, method, target, body, ts)
    return {**headers, "Content-Type": "application/json"}


def call(
    client: httpx.Client,
    ident: TestIdentity | None,
    method: str,
    target: str,
    payload: Any = None,
    *,
    headers: dict[str, str] | None = None,
    raw: bytes | None = None,
    ts_ms: int | None = None,
) -> httpx.Response:
    """Send ``method target`` (target = path + raw query) signed by ``ident`` (unsigned if None)."""
    body = (
        raw
        if raw is not None
        else (b"" if payload is None else json.dumps(payload, separators=(",", ":")).encode())
    )
    hdrs = {"Content-Type": "application/json"}
    if ident is not None:
        hdrs.update(signed_headers(ident, method, target, body, ts_ms))
    hdrs.update(headers or {})
    request = client.build_request(method, target, content=body or None, headers=hdrs)
    # keep the request target exactly as signed (httpx would re-encode some characters)
    request.url = request.url.copy_with(raw_path=target.encode())
    return client.send(request)


def payment_header(
    ident: TestIdentity,
    amount: int | str,
    *,
    to: str = TREASURY,
    signer_key: str | None = None,
    valid_after: int | None = None,
    valid_before: int | None = None,
    nonce: str | None = None,
    form: str = "ts",
) -> str:
    """A PAYMENT-SIGNATURE header value like the TypeScript SDK builds (§2.3), or the v2/v1 forms."""
    now = int(time.time())
    auth = {
        "from": ident.address,
        "to": to,
        "value": str(amount),
        "validAfter": str(now if valid_after is None else valid_after),
        "validBefore": str(now + 300 if valid_before is None else valid_before),
        "nonce": nonce or "0x" + secrets.token_hex(32),
    }
    signer = EvmPrivateKeySigner(signer_key or ident.private_key)
    sig = "0x" + signer.sign_digest(transfer_with_authorization_digest(DOMAIN, auth)).hex()
    reqs = {
        "scheme": "exact",
        "network": "base-sepolia",
        "maxAmountRequired": str(amount),
        "resource": "",
        "description": "Payment required",
        "mimeType": "application/json",
        "payTo": to,
        "maxTimeoutSeconds": 60,
        "asset": ASSET,
        "extra": DOMAIN,
    }
    doc: dict[str, Any]
    if form == "ts":
        doc = {
            "x402Version": 2,
            "paymentPayload": {
                "scheme": "exact",
                "network": "base-sepolia",
                "payload": {"signature": sig, "authorization": auth, "domain": DOMAIN},
            },
            "paymentRequirements": reqs,
        }
    elif form == "v2":
        doc = {"x402Version": 2, "payload": {"authorization": auth, "signature": sig}, "accepted": reqs}
    else:
        doc = {
            "x402Version": 1,
            "scheme": "exact",
            "network": "base-sepolia",
            "payload": {"signature": sig, "authorization": auth},
        }
    return base64.b64encode(json.dumps(doc, separators=(",", ":")).encode()).decode()


def paid_call(
    client: httpx.Client, ident: TestIdentity, method: str, target: str, payload: Any, **kw: Any
) -> httpx.Response:
    """Do the 402 dance: first call, then the retry with a payment for the challenged amount."""
    first = call(client, ident, method, target, payload)
    assert first.status_code == 402, first.text
    amount = first.json()["accepts"][0]["maxAmountRequired"]
    headers = {
        "PAYMENT-SIGNATURE": payment_header(ident, amount, **kw),
        "Idempotency-Key": first.headers["X-Challenge-ID"],
    }
    return call(client, ident, method, target, payload, headers=headers)


def ts_memory(key: str | None = None, data: bytes | None = None, **extra: Any) -> dict[str, Any]:
    """A TS-layout store body with real secretbox ciphertext."""
    import hashlib

    from nacl.secret import SecretBox

    box = SecretBox(b"k" * 32)
    nonce = secrets.token_bytes(24)
    ct = box.encrypt(data or b'{"note":"hello"}', nonce).ciphertext
    b64 = lambda b: base64.urlsafe_b64encode(b).rstrip(b"=").decode()  # noqa: E731
    return {
        "storageKey": key or f"mem_{int(time.time() * 1000)}_{secrets.token_hex(4)}",
        "encryptedPayload": b64(ct),
        "encryptedPatterns": b64(secrets.token_bytes(40)),
        "encryptionNonce": b64(nonce),
        "checksum": hashlib.blake2b(ct, digest_size=32).hexdigest(),
        "storageTier": "hot",
        **extra,
    }
