"""Request signatures: the signed message and the ``X-Agent-DID`` / ``X-Sig`` / ``X-Ts`` headers."""

from __future__ import annotations

from hashlib import sha256

from .base58 import b58encode
from .did import DID
from .evm import keccak256
from .signers import Signer, normalize_evm_signature, signer_chain, verify_signature

__all__ = ["sign_request", "signature_message", "verify_request"]


def signature_message(
    method: str, path: str, body: bytes | str, timestamp_ms: int | str, did: str | DID
) -> bytes:
    """The signed message ``METHOD\\nPATH\\nsha256hex(body)\\nX-Ts\\nX-Agent-DID`` as UTF-8 bytes.

    ``path`` is the raw request target as sent, including ``?`` and the query string; ``body`` is the
    exact body sent (``b""`` when there is none).
    """
    if isinstance(body, str):
        body = body.encode("utf-8")
    return f"{method}\n{path}\n{sha256(body).hexdigest()}\n{timestamp_ms}\n{did}".encode()


def sign_request(
    signer: Signer, did: str | DID, method: str, path: str, body: bytes | str, timestamp_ms: int
) -> dict[str, str]:
    """Sign a request; returns the ``X-Agent-DID``, ``X-Sig`` and ``X-Ts`` headers.

    EVM: ``X-Sig`` is 130 lowercase hex characters (r||s||v, v in 27/28, no 0x) over the raw
    keccak-256 of the message. Solana: the base58 ed25519 signature of the message bytes.
    """
    did_text = str(did)
    message = signature_message(method, path, body, timestamp_ms, did_text)
    if signer_chain(signer) == "evm":
        signature = signer.sign_digest(keccak256(message))  # type: ignore[union-attr]
        if len(signature) != 65 or signature[64] not in (27, 28):
            signature = normalize_evm_signature(signature)
        x_sig = signature.hex()
    else:
        signature = signer.sign_message(message)  # type: ignore[union-attr]
        if len(signature) != 64:
            raise ValueError("a Solana signer must return a 64-byte signature")
        x_sig = b58encode(signature)
    return {"X-Agent-DID": did_text, "X-Sig": x_sig, "X-Ts": str(timestamp_ms)}


def verify_request(
    did: DID, method: str, path: str, body: bytes | str, timestamp_ms: int | str, x_sig: str
) -> bool:
    """Whether ``x_sig`` is ``did``'s signature of the request. The timestamp window is not checked."""
    try:
        message = signature_message(method, path, body, timestamp_ms, str(did))
    except Exception:
        return False
    return verify_signature(did, message, x_sig)
