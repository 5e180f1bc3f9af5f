"""State shared by every attempt of one logical call: its Idempotency-Key and the payment made for it.

The retrying clients create it once per call and carry it in ``request.extensions``; the auth flow reads it,
so a retried attempt re-uses the very same payment instead of paying again.
"""

from __future__ import annotations

import secrets
import time
from typing import TYPE_CHECKING

import attrs
import httpx

if TYPE_CHECKING:
    from ..payments.ledger import PaymentRecord

__all__ = ["EXTENSION_KEY", "CallState", "call_state", "new_idempotency_key", "random_base36"]

EXTENSION_KEY = "xache.call_state"
IDEMPOTENT_METHODS = frozenset({"POST", "PUT", "PATCH"})
_BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def random_base36(length: int) -> str:
    """``length`` random base-36 characters (one system call, not one per character)."""
    value = int.from_bytes(secrets.token_bytes(length), "big")  # 8 bits per char > log2(36)
    chars = []
    for _ in range(length):
        value, digit = divmod(value, 36)
        chars.append(_BASE36[digit])
    return "".join(chars)


def new_idempotency_key() -> str:
    """A fresh key in the TypeScript SDK's format: ``<ms timestamp>-<13 base-36 chars>``."""
    return f"{int(time.time() * 1000)}-{random_base36(13)}"


@attrs.define
class CallState:
    """What every attempt of one logical call shares."""

    idempotency_key: str | None = None
    payment: PaymentRecord | None = None
    attempts: int = 0


def call_state(request: httpx.Request) -> CallState:
    """The call state of ``request``, created (with an Idempotency-Key where one belongs) on first use."""
    state = request.extensions.get(EXTENSION_KEY)
    if isinstance(state, CallState):
        return state
    state = CallState()
    if request.method in IDEMPOTENT_METHODS:
        state.idempotency_key = request.headers.get("Idempotency-Key") or new_idempotency_key()
        request.headers["Idempotency-Key"] = state.idempotency_key
    request.extensions = {**request.extensions, EXTENSION_KEY: state}
    return state
