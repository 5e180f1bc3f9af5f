"""Request authentication: the ``X-Agent-DID`` / ``X-Sig`` / ``X-Ts`` check of the real server."""

from __future__ import annotations

import logging
from collections.abc import Mapping

from ..crypto.did import DID, parse_did
from ..crypto.signing import verify_request
from ..errors import InvalidDIDError

__all__ = ["TIMESTAMP_WINDOW_MS", "AuthFailure", "authenticate", "raw_request_target"]

log = logging.getLogger(__name__)

#: Accepted clock skew between ``X-Ts`` and the server clock.
TIMESTAMP_WINDOW_MS = 300_000


class AuthFailure(Exception):
    """Why a request is not authenticated (answered with 401 UNAUTHENTICATED)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def raw_request_target(raw_path: bytes, query_string: bytes) -> str:
    """The request target exactly as received: raw path, plus ``?`` and the raw query when there is one."""
    path, _, embedded_query = raw_path.partition(b"?")
    query = query_string or embedded_query
    target = path + (b"?" + query if query else b"")
    return target.decode("latin-1")


def authenticate(headers: Mapping[str, str], method: str, target: str, body: bytes, now_ms: int) -> DID:
    """Verify the signature headers of a request; returns the caller's DID or raises :class:`AuthFailure`."""
    did_str = headers.get("x-agent-did")
    sig = headers.get("x-sig")
    ts = headers.get("x-ts")
    missing = [n for n, v in (("X-Agent-DID", did_str), ("X-Sig", sig), ("X-Ts", ts)) if not v]
    if missing:
        raise AuthFailure(f"missing authentication header(s): {', '.join(missing)}")
    assert did_str is not None and sig is not None and ts is not None
    try:
        did = parse_did(did_str)
    except InvalidDIDError as exc:
        raise AuthFailure(f"malformed X-Agent-DID: {exc}") from None
    if not ts.isdigit() or len(ts) > 16:
        raise AuthFailure("X-Ts must be a Unix timestamp in milliseconds")
    if abs(int(ts) - now_ms) > TIMESTAMP_WINDOW_MS:
        raise AuthFailure("X-Ts is outside the accepted window of 300 s")
    try:
        ok = verify_request(did, method, target, body, ts, sig)
    except (ValueError, TypeError) as exc:
        log.debug("signature verification raised: %s", exc)
        ok = False
    if not ok:
        raise AuthFailure("signature does not verify for X-Agent-DID")
    return did
