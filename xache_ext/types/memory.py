"""Results of the memory service.

Keys are read as ``storageKey`` (TypeScript SDK) or ``memoryId`` (Python SDK); list items in snake_case (the
TypeScript types) or camelCase (what the Python SDK reads). Decrypted ``data`` is filled in by the operation.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Generic, TypeVar

import attrs

from .base import Result, result, wire
from .receipts import Anchored

__all__ = [
    "BatchRetrieveResult",
    "BatchStoreItemResult",
    "BatchStoreResult",
    "DeletedMemory",
    "MemorySummary",
    "ProbeMatch",
    "ProbeResult",
    "RetrievedMemory",
    "StoredMemory",
]


K = TypeVar("K", str, str | None)


class _MemoryId(Generic[K]):
    __slots__ = ()
    storage_key: K

    @property
    def memory_id(self) -> K:
        """The official Python SDK's name for :attr:`storage_key`."""
        return self.storage_key


@result
class StoredMemory(_MemoryId[str], Anchored):
    """A stored memory. ``memory_id`` (the official Python SDK's name) equals ``storage_key``."""

    storage_key: str = wire("storageKey", "memoryId", default="")
    storage_tier: str
    size: int = 0


@result
class RetrievedMemory(_MemoryId[str], Anchored):
    """A memory read back and decrypted on the client."""

    storage_key: str = wire("storageKey", "memoryId", default="")
    data: Any = None
    storage_tier: str | None = None
    metadata: dict[str, Any] | None = None
    receipt_id: str | None = None


@result
class MemorySummary(_MemoryId[str], Result):
    """A memory's plaintext metadata as listed (no ciphertext)."""

    storage_key: str = wire("storage_key", "storageKey", "memoryId", default="")
    storage_tier: str = wire("storage_tier", "storageTier", default="")
    agent_did: str | None = wire("agent_did", "agentDID", "agentId", default=None)
    size_bytes: int | None = wire("size_bytes", "sizeBytes", "encryptedSize", default=None)
    context: str | None = None
    tags: list[str] = wire(factory=list)
    metadata: dict[str, Any] | None = None
    created_at: dt.datetime | None = wire("created_at", "createdAt", default=None)
    accessed_at: dt.datetime | None = wire("accessed_at", "accessedAt", default=None)
    updated_at: dt.datetime | None = wire("updated_at", "updatedAt", default=None)


@result
class DeletedMemory(Result):
    """A soft-deleted memory that can still be restored or purged."""

    storage_key: str = wire("storageKey", "storage_key", "memoryId")
    deleted_at: dt.datetime | None
    storage_tier: str | None = None
    context: str | None = None
    tags: list[str] = wire(factory=list)
    created_at: dt.datetime | None = None
    subject_id: str | None = None
    scope: str | None = None
    size_bytes: int | None = None


@result
class BatchStoreItemResult(_MemoryId[str | None], Result):
    """One item of a batch store: its storage key and receipt, or the error."""

    index: int
    storage_key: str | None = wire("storageKey", "memoryId", default=None)
    receipt_id: str | None = None
    error: str | None = None


@result
class BatchStoreResult(Result):
    """The outcome of a batch store."""

    results: list[BatchStoreItemResult]
    success_count: int
    failure_count: int
    batch_receipt_id: str | None = None


@attrs.frozen
class StoreManyResult:
    """The outcome of ``memory.store_many``: one result per memory given, in order (``index`` is its place in
    the items), and the receipt of each batch."""

    results: list[BatchStoreItemResult]
    batch_receipt_ids: list[str]
    total: int

    @property
    def success_count(self) -> int:
        """How many memories were stored."""
        return sum(1 for r in self.results if r.error is None)

    @property
    def failure_count(self) -> int:
        """How many were not stored (refused by the server, or in a batch that failed or was not sent)."""
        return self.total - self.success_count

    @property
    def storage_keys(self) -> list[str | None]:
        """The storage key of each memory given, ``None`` where it was not stored."""
        return [r.storage_key if r.error is None else None for r in self.results]


@result
class BatchRetrieveResult(Result):
    """The outcome of a batch retrieve: decrypted memories by index, and per-item errors (computed by the client)."""

    results: list[RetrievedMemory | None]
    errors: dict[int, str]
    success_count: int
    failure_count: int
    batch_receipt_id: str | None = None

    @property
    def memories(self) -> list[RetrievedMemory]:
        """The memories that were retrieved, in request order."""
        return [m for m in self.results if m is not None]


@result
class ProbeMatch(Result):
    """A memory the probe matched; ``data`` is its decrypted content when it was retrieved."""

    storage_key: str
    category: str = "unknown"
    data: Any = None


@result
class ProbeResult(Result):
    """The matches of a probe."""

    matches: list[ProbeMatch]
    total: int
