"""Entity keys: the HMAC of an entity's normalised name, so the server never sees the name.

The TypeScript SDK derives them with HMAC-SHA-512/256, the Python SDK with HMAC-SHA-256 (reference §3.4),
so the same name has two possible keys. Writes use the client's variant; look-ups by name try both, so a
graph written by either official SDK can be read.
"""

from __future__ import annotations

from ..crypto.encryption import KeyInput
from ..crypto.subject import Variant, derive_entity_key, is_subject_id

__all__ = ["candidate_keys", "derive_entity_key", "is_entity_key"]


def is_entity_key(value: str) -> bool:
    """Whether ``value`` has the form of an entity key (64 lowercase hex characters)."""
    return is_subject_id(value)


def candidate_keys(key: KeyInput, name_or_key: str, variant: Variant) -> list[str]:
    """The keys an entity given by name (or already by key) may be stored under, the client's variant first."""
    if is_entity_key(name_or_key):
        return [name_or_key]
    other: Variant = "python" if variant == "typescript" else "typescript"
    return [
        derive_entity_key(key, name_or_key, variant=variant),
        derive_entity_key(key, name_or_key, variant=other),
    ]
