"""Request authentication: the ``X-Agent-DID`` / ``X-Sig`` / ``X-Ts`` check of the real server.

Beyond the signature itself the sandbox refuses what a careful server would: a timestamp that is not plain
ASCII digits, a high-s (malleable) secp256k1 signature, and (see :mod:`.app`) an exact replay of a signed
request that was already executed. EVM DIDs are compared case-insensitively: :func:`canonical_did` gives the
one spelling (EIP-55) under which the sandbox stores and looks up an agent.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping

import attrs

from ..crypto.did import DID, parse_did
from ..crypto.evm import SECP256K1_ORDER, to_checksum_address
from ..crypto.signing import verify_request
from ..errors import InvalidDIDError

__all__ = [
    "SECP256K1_HALF_ORDER",
    "TIMESTAMP_WINDOW_MS",
    "AuthFailure",
    "Authenticated",
    "authenticate",
    "canonical_did",
    "canonical_did_text",
    "raw_request_target",
]

log = logging.getLogger(__name__)

#: Accepted clock skew between ``X-Ts`` and the server clock.
TIMESTAMP_WINDOW_MS = 300_000
#: secp256k1 signatures with ``s`` above this are the malleable twin of a low-s one (EIP-2).
SECP256K1_HALF_ORDER = SECP256K1_ORDER // 2

# ``str.isdigit`` and ``int`` accept any Unicode digit (Arabic-Indic, superscripts, ...); the wire format
# is ASCII only.
_TIMESTAMP = re.compile(r"[0-9]{1,16}", re.ASCII)
_HEX_SIGNATURE = re.compile(r"(?:0[xX])?([0-9a-fA-F]{130})", re.ASCII)
_EVM_DID = re.compile(r"did:(agent|owner):evm:(0x[0-9a-fA-F]{40})", re.ASCII)


class AuthFailure(Exception):
    """Why a request is not authenticated (answered with 401 UNAUTHENTICATED)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@attrs.frozen
class Authenticated:
    """A verified request: the caller's canonical DID and the key that identifies its signature."""

    did: DID
    timestamp_ms: int
    #: ``canonical DID | X-Ts | signature`` with the signature in one normal form (hex case, ``0x`` and the
    #: two encodings of ``v`` folded), so that re-encodings of one signature count as the same request.
    replay_key: str


def canonical_did(did: DID) -> DID:
    """The sandbox's spelling of ``did``: EVM addresses in EIP-55 form, Solana addresses unchanged."""
    if did.chain != "evm":
        return did
    return DID(role=did.role, chain=did.chain, address=to_checksum_address(did.address))


def canonical_did_text(value: object) -> object:
    """:func:`canonical_did` for a value that may be an EVM DID string; anything else is returned as is."""
    if isinstance(value, str) and (m := _EVM_DID.fullmatch(value)):
        return f"did:{m.group(1)}:evm:{to_checksum_address(m.group(2))}"
    return value


def raw_request_target(raw_path: bytes, query_string: bytes) -> str:
    """The request target exactly as received: raw path, plus ``?`` and the raw query when there is one."""
    path, _, embedded_query = raw_path.partition(b"?")
    query = query_string or embedded_query
    target = path + (b"?" + query if query else b"")
    return target.decode("latin-1")


def _evm_signature(sig: str) -> bytes | None:
    m = _HEX_SIGNATURE.fullmatch(sig)
    return bytes.fromhex(m.group(1)) if m else None


def _replay_key(did: DID, ts: str, sig: str) -> str:
    raw = _evm_signature(sig) if did.chain == "evm" else None
    if raw is not None:
        v = raw[64] - 27 if raw[64] >= 27 else raw[64]
        sig = (raw[:64] + bytes((v,))).hex()
    return f"{did}|{ts}|{sig}"


def authenticate(
    headers: Mapping[str, str], method: str, target: str, body: bytes, now_ms: int
) -> Authenticated:
    """Verify the signature headers of a request; raises :class:`AuthFailure` with the reason.

    The signature is checked over the DID exactly as sent; for EVM the signer address recovered from
    ``X-Sig`` must equal the DID's address (compared case-insensitively). The returned DID is canonical.
    """
    did_str = headers.get("x-agent-did")
    sig = headers.get("x-sig")
    ts = headers.get("x-ts")
    missing = [n for n, v in (("X-Agent-DID", did_str), ("X-Sig", sig), ("X-Ts", ts)) if not v]
    if missing or did_str is None or sig is None or ts is None:
        raise AuthFailure(f"missing authentication header(s): {', '.join(missing)}")
    try:
        did = parse_did(did_str)
    except InvalidDIDError as exc:
        raise AuthFailure(f"malformed X-Agent-DID: {exc}") from None
    if not _TIMESTAMP.fullmatch(ts):
        raise AuthFailure("X-Ts must be a Unix timestamp in milliseconds (ASCII digits 0-9)")
    if abs(int(ts) - now_ms) > TIMESTAMP_WINDOW_MS:
        raise AuthFailure("X-Ts is outside the accepted window of 300 s")
    if did.chain == "evm":
        raw = _evm_signature(sig)
        if raw is not None and int.from_bytes(raw[32:64], "big") > SECP256K1_HALF_ORDER:
            raise AuthFailure("X-Sig has a high s value (a malleable signature); sign with low s (EIP-2)")
    try:
        ok = verify_request(did, method, target, body, ts, sig)
    except (ValueError, TypeError) as exc:
        log.debug("signature verification raised: %s", exc)
        ok = False
    if not ok:
        raise AuthFailure("signature does not verify for X-Agent-DID")
    canonical = canonical_did(did)
    return Authenticated(did=canonical, timestamp_ms=int(ts), replay_key=_replay_key(canonical, ts, sig))
