"""Pseudonymous subject ids and knowledge-graph entity keys (HMAC over a BLAKE2b-derived key)."""

from __future__ import annotations

import hashlib
import hmac
import re
from typing import Literal

from .encryption import KeyInput, memory_key

__all__ = [
    "ENTITY_DOMAIN",
    "SUBJECT_DOMAIN",
    "Variant",
    "derive_entity_key",
    "derive_subject_id",
    "is_subject_id",
]

Variant = Literal["typescript", "python"]

SUBJECT_DOMAIN = "xache:subject:v1"
ENTITY_DOMAIN = "xache:entity:v1"
_SUBJECT_ID = re.compile(r"[a-f0-9]{64}")


def derive_subject_id(
    key: KeyInput, raw_subject_id: str, *, variant: Variant = "typescript", domain: str = SUBJECT_DOMAIN
) -> str:
    """The 64-hex subject id of ``raw_subject_id`` under the 32-byte encryption ``key`` (a ``Secret`` or bytes).

    HMAC key = BLAKE2b-256(key); message = UTF-8(``domain:raw``). ``"typescript"`` (libsodium
    ``crypto_auth``) is HMAC-SHA-512 truncated to 32 bytes; ``"python"`` is HMAC-SHA-256. The two differ.
    """
    hmac_key = hashlib.blake2b(memory_key(key).reveal(), digest_size=32).digest()
    message = f"{domain}:{raw_subject_id}".encode()
    if variant == "typescript":
        return hmac.digest(hmac_key, message, "sha512")[:32].hex()
    if variant == "python":
        return hmac.digest(hmac_key, message, "sha256").hex()
    raise ValueError(f"unknown variant {variant!r}: expected 'typescript' or 'python'")


def derive_entity_key(key: KeyInput, name: str, *, variant: Variant = "typescript") -> str:
    """The 64-hex graph entity key of ``name`` (trimmed and lower-cased) in the ``xache:entity:v1`` domain."""
    return derive_subject_id(key, name.strip().lower(), variant=variant, domain=ENTITY_DOMAIN)


def is_subject_id(value: object) -> bool:
    """Whether ``value`` is a derived subject id (64 lowercase hex characters)."""
    return isinstance(value, str) and _SUBJECT_ID.fullmatch(value) is not None
