"""Idempotency keys: one per logical POST/PUT/PATCH call, shared by all its attempts."""

from __future__ import annotations

import secrets
import time

__all__ = ["IDEMPOTENT_METHODS", "new_idempotency_key", "random_base36"]

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
