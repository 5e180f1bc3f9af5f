"""Memory: client-side encrypted storage, retrieval, listing, batch operations and zero-knowledge probe.

Writes use the TypeScript SDK's layout (``storageKey``, ``encryptedPayload``, ``encryptionNonce``,
``checksum``, ``encryptedPatterns``, ``fingerprint``); reads accept that layout and the Python SDK's
(``memoryId``, ``encryptedData``), so memories written by either official SDK can be read.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Mapping, Sequence
from typing import Any, Literal

import attrs
from xache_api.api.memory import (
    delete_memory,
    list_deleted_memories,
    list_memories,
    probe_memory,
    purge_memory,
    restore_memory,
    retrieve_memory,
    retrieve_memory_batch,
    store_memory,
    store_memory_batch,
)
from xache_api.models import (
    MemoryProbeRequest,
    MemoryRetrieveBatchRequest,
    MemoryRetrieveRequest,
    MemoryStoreBatchRequest,
    MemoryStoreRequest,
)

from ..crypto.did import parse_did
from ..crypto.encryption import decrypt_json, encrypt_json
from ..crypto.fingerprint import generate_fingerprint, probe_fingerprint
from ..crypto.subject import derive_subject_id, is_subject_id
from ..errors import DecryptionError, ValidationError
from ..facade.operations import M, Op, Service, build, operation, paginated
from ..facade.pagination import PageData
from ..facade.validation import check_int_range, check_length, check_one_of, require_text
from ..logs import logger
from ..pipeline.call_state import random_base36
from ..types.wire import as_mapping, first, to_datetime, to_int, to_str
from .memory_helpers import MemoryHelpers

__all__ = [
    "BatchRetrieveResult",
    "BatchStoreItemResult",
    "BatchStoreResult",
    "DeletedMemory",
    "MemoryService",
    "MemorySummary",
    "ProbeMatch",
    "ProbeResult",
    "RetrievedMemory",
    "StoredMemory",
]

StorageTier = Literal["hot", "warm", "cold"]
Scope = Literal["SUBJECT", "SEGMENT", "GLOBAL"]
SortBy = Literal["created", "accessed", "size"]
TIERS = ("hot", "warm", "cold")
SCOPES = ("SUBJECT", "SEGMENT", "GLOBAL")
CATEGORIES = (
    "preference",
    "fact",
    "event",
    "procedure",
    "relationship",
    "observation",
    "decision",
    "goal",
    "constraint",
    "reference",
    "summary",
    "handoff",
    "pattern",
    "feedback",
    "unknown",
)
MAX_CIPHERTEXT_BYTES = 2048
WARN_CIPHERTEXT_BYTES = 512
MAX_BATCH = 100
DEFAULT_LIMIT = 50  # the server's default page size: left out of the query, as both official SDKs do
BATCH_ITEM_KEYS = frozenset(
    {
        "data",
        "storage_tier",
        "metadata",
        "context",
        "tags",
        "expires_at",
        "subject_id",
        "scope",
        "segment_id",
        "tenant_id",
    }
)


def new_storage_key() -> str:
    """A client-chosen storage key in the TypeScript SDK's format ``mem_<ms>_<base36>``."""
    return f"mem_{int(time.time() * 1000)}_{random_base36(11)}"


@attrs.frozen
class StoredMemory:
    """A stored memory. ``memory_id`` (the official Python SDK's name) equals ``storage_key``."""

    storage_key: str
    storage_tier: str
    size: int
    receipt_id: str | None = None
    anchoring_tier: str | None = None
    anchoring_status: str | None = None
    estimated_anchor_time: str | None = None

    @property
    def memory_id(self) -> str:
        """The official Python SDK's name for :attr:`storage_key`."""
        return self.storage_key

    @classmethod
    def from_wire(cls, data: Any, storage_key: str = "") -> StoredMemory:
        """Read the ``data`` of a store response."""
        d = as_mapping(data)
        return cls(
            storage_key=to_str(first(d, "storageKey", "memoryId", default=storage_key)),
            storage_tier=to_str(d.get("storageTier")),
            size=to_int(d.get("size")),
            receipt_id=d.get("receiptId"),
            anchoring_tier=d.get("anchoringTier"),
            anchoring_status=d.get("anchoringStatus"),
            estimated_anchor_time=d.get("estimatedAnchorTime"),
        )


@attrs.frozen
class RetrievedMemory:
    """A memory read back and decrypted on the client."""

    storage_key: str
    data: Any
    storage_tier: str | None = None
    metadata: Mapping[str, Any] | None = None
    receipt_id: str | None = None
    anchoring_tier: str | None = None
    anchoring_status: str | None = None
    estimated_anchor_time: str | None = None

    @property
    def memory_id(self) -> str:
        """The official Python SDK's name for :attr:`storage_key`."""
        return self.storage_key

    @classmethod
    def from_wire(cls, data: Any, key: bytes, storage_key: str = "") -> RetrievedMemory:
        """Read and decrypt a retrieve response (either ciphertext layout)."""
        d = as_mapping(data)
        return cls(
            storage_key=to_str(first(d, "storageKey", "memoryId", default=storage_key)),
            data=_decrypt(d, key),
            storage_tier=d.get("storageTier"),
            metadata=d.get("metadata"),
            receipt_id=d.get("receiptId"),
            anchoring_tier=d.get("anchoringTier"),
            anchoring_status=d.get("anchoringStatus"),
            estimated_anchor_time=d.get("estimatedAnchorTime"),
        )


def _decrypt(d: Mapping[str, Any], key: bytes) -> Any:
    payload, nonce = d.get("encryptedPayload"), d.get("encryptionNonce")
    if isinstance(payload, str) and isinstance(nonce, str):
        return decrypt_json(key, encrypted_payload=payload, encryption_nonce=nonce)
    combined = first(d, "encryptedData", "encryptedPayload")
    if not isinstance(combined, str):
        raise DecryptionError("the response carries no ciphertext (encryptedPayload or encryptedData)")
    return decrypt_json(key, encrypted_data=combined)


@attrs.frozen
class MemorySummary:
    """A memory's plaintext metadata as listed (no ciphertext)."""

    storage_key: str
    storage_tier: str
    agent_did: str | None = None
    size_bytes: int | None = None
    context: str | None = None
    tags: list[str] = attrs.field(factory=list)
    metadata: Mapping[str, Any] | None = None
    created_at: dt.datetime | None = None
    accessed_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None

    @property
    def memory_id(self) -> str:
        """The official Python SDK's name for :attr:`storage_key`."""
        return self.storage_key

    @classmethod
    def from_wire(cls, item: Any) -> MemorySummary:
        """Read a list item in either casing (snake_case per the TypeScript types, camelCase per Python)."""
        d = as_mapping(item)
        size = first(d, "size_bytes", "sizeBytes", "encryptedSize")
        return cls(
            storage_key=to_str(first(d, "storage_key", "storageKey", "memoryId")),
            storage_tier=to_str(first(d, "storage_tier", "storageTier")),
            agent_did=first(d, "agent_did", "agentDID", "agentId"),
            size_bytes=None if size is None else to_int(size),
            context=d.get("context"),
            tags=list(d.get("tags") or []),
            metadata=d.get("metadata"),
            created_at=to_datetime(first(d, "created_at", "createdAt")),
            accessed_at=to_datetime(first(d, "accessed_at", "accessedAt")),
            updated_at=to_datetime(first(d, "updated_at", "updatedAt")),
        )


@attrs.frozen
class DeletedMemory:
    """A soft-deleted memory that can still be restored or purged."""

    storage_key: str
    deleted_at: dt.datetime | None
    storage_tier: str | None = None
    context: str | None = None
    tags: list[str] = attrs.field(factory=list)
    created_at: dt.datetime | None = None
    subject_id: str | None = None
    scope: str | None = None
    size_bytes: int | None = None

    @classmethod
    def from_wire(cls, item: Any) -> DeletedMemory:
        """Read an item of the deleted-memories list."""
        d = as_mapping(item)
        size = first(d, "sizeBytes", "size_bytes")
        return cls(
            storage_key=to_str(first(d, "storageKey", "storage_key", "memoryId")),
            deleted_at=to_datetime(first(d, "deletedAt", "deleted_at")),
            storage_tier=first(d, "storageTier", "storage_tier"),
            context=d.get("context"),
            tags=list(d.get("tags") or []),
            created_at=to_datetime(first(d, "createdAt", "created_at")),
            subject_id=d.get("subjectId"),
            scope=d.get("scope"),
            size_bytes=None if size is None else to_int(size),
        )


@attrs.frozen
class BatchStoreItemResult:
    """One item of a batch store: its storage key and receipt, or the error."""

    index: int
    storage_key: str | None = None
    receipt_id: str | None = None
    error: str | None = None

    @property
    def memory_id(self) -> str | None:
        """The official Python SDK's name for :attr:`storage_key`."""
        return self.storage_key


@attrs.frozen
class BatchStoreResult:
    """The outcome of a batch store."""

    results: list[BatchStoreItemResult]
    success_count: int
    failure_count: int
    batch_receipt_id: str | None = None


@attrs.frozen
class BatchRetrieveResult:
    """The outcome of a batch retrieve: decrypted memories by index, and per-item errors."""

    results: list[RetrievedMemory | None]
    errors: dict[int, str]
    success_count: int
    failure_count: int
    batch_receipt_id: str | None = None

    @property
    def memories(self) -> list[RetrievedMemory]:
        """The memories that were retrieved, in request order."""
        return [m for m in self.results if m is not None]


@attrs.frozen
class ProbeMatch:
    """A memory the probe matched; ``data`` is its decrypted content when it was retrieved."""

    storage_key: str
    category: str
    data: Any = None


@attrs.frozen
class ProbeResult:
    """The matches of a probe."""

    matches: list[ProbeMatch]
    total: int


def _subject_fields(
    subject_id: str | None, scope: str | None, segment_id: str | None, tenant_id: str | None
) -> dict[str, Any]:
    if subject_id is not None and not is_subject_id(subject_id):
        raise ValidationError("subject_id must be 64 lowercase hex characters", field="subject_id")
    if scope is not None:
        check_one_of("scope", scope, SCOPES)
    fields = {"subjectId": subject_id, "scope": scope, "segmentId": segment_id, "tenantId": tenant_id}
    return {k: v for k, v in fields.items() if v is not None}


def _store_item(
    key: bytes,
    data: Any,
    storage_tier: str,
    *,
    context: str | None,
    tags: Sequence[str] | None,
    metadata: Mapping[str, Any] | None,
    expires_at: dt.datetime | str | None,
    subject: dict[str, Any],
) -> dict[str, Any]:
    """The wire fields of one memory to store, encrypted (TypeScript layout)."""
    if not isinstance(data, Mapping):
        raise ValidationError("data must be a JSON object (a dict)", field="data")
    check_one_of("storage_tier", storage_tier, TIERS)
    try:
        encrypted = encrypt_json(key, dict(data))
    except (TypeError, ValueError) as exc:
        raise ValidationError(f"data must be JSON-serializable: {exc}", field="data") from None
    size = (len(encrypted.encrypted_payload) * 3) // 4
    if size > MAX_CIPHERTEXT_BYTES:
        raise ValidationError(
            f"the encrypted memory is {size} bytes; the limit is {MAX_CIPHERTEXT_BYTES}", field="data"
        )
    if size > WARN_CIPHERTEXT_BYTES:
        logger.warning(
            "memory of %d encrypted bytes is larger than the recommended %d", size, WARN_CIPHERTEXT_BYTES
        )
    patterns = encrypt_json(
        key, {"extracted": [], "contributed": [], "quality": 0, "domain": context or "general"}
    )
    item: dict[str, Any] = {
        "storageKey": new_storage_key(),
        "encryptedPayload": encrypted.encrypted_payload,
        "encryptedPatterns": patterns.encrypted_payload,
        "encryptionNonce": encrypted.encryption_nonce,
        "checksum": encrypted.checksum,
        "storageTier": storage_tier,
    }
    if context is not None:
        item["context"] = context
    if tags is not None:
        if isinstance(tags, str) or not all(isinstance(t, str) for t in tags):
            raise ValidationError("tags must be a list of strings", field="tags")
        item["tags"] = list(tags)
    if metadata is not None:
        item["metadata"] = dict(metadata)
    if expires_at is not None:
        item["expiresAt"] = expires_at.isoformat() if isinstance(expires_at, dt.datetime) else expires_at
    item.update(subject)
    return item


def _memory_key(memory_id: str | None, storage_key: str | None) -> str:
    return require_text("memory_id", memory_id if memory_id is not None else storage_key)


class MemoryService(MemoryHelpers[M], Service[M]):
    """Encrypted agent memory. Every ciphertext is made and opened on the client."""

    @operation
    def store(
        self,
        data: Mapping[str, Any],
        storage_tier: StorageTier,
        metadata: Mapping[str, Any] | None = None,
        anchoring: Literal["immediate"] | None = None,
        context: str | None = None,
        tags: Sequence[str] | None = None,
        subject_id: str | None = None,
        scope: Scope | None = None,
        segment_id: str | None = None,
        tenant_id: str | None = None,
        expires_at: dt.datetime | str | None = None,
        fingerprint: bool = True,
    ) -> Op[StoredMemory]:
        """Encrypt ``data`` on the client and store it (paid; the 402 is answered automatically)."""
        key = self._context.require_key()
        body = _store_item(
            key,
            data,
            storage_tier,
            context=context,
            tags=tags,
            metadata=metadata,
            expires_at=expires_at,
            subject=_subject_fields(subject_id, scope, segment_id, tenant_id),
        )
        if fingerprint:
            body["fingerprint"] = generate_fingerprint(dict(data), key, context).to_wire()
        if anchoring is not None:
            check_one_of("anchoring", anchoring, ("immediate",))
            body["anchoring"] = anchoring
        reply = yield build(store_memory._get_kwargs, body=MemoryStoreRequest.from_dict(body))
        return StoredMemory.from_wire(reply, body["storageKey"])

    @operation
    def retrieve(
        self,
        memory_id: str | None = None,
        anchoring: Literal["immediate"] | None = None,
        *,
        storage_key: str | None = None,
        subject_id: str | None = None,
        include_segment: bool | None = None,
        include_global: bool | None = None,
        segment_id: str | None = None,
        tenant_id: str | None = None,
    ) -> Op[RetrievedMemory]:
        """Fetch a memory and decrypt it (paid). ``storage_key`` is an alias of ``memory_id``."""
        key = self._context.require_key()
        wanted = _memory_key(memory_id, storage_key)
        body: dict[str, Any] = {"storageKey": wanted}
        if anchoring is not None:
            check_one_of("anchoring", anchoring, ("immediate",))
            body["anchoring"] = anchoring
        body.update(_subject_fields(subject_id, None, segment_id, tenant_id))
        if include_segment is not None:
            body["includeSegment"] = include_segment
        if include_global is not None:
            body["includeGlobal"] = include_global
        reply = yield build(retrieve_memory._get_kwargs, body=MemoryRetrieveRequest.from_dict(body))
        return RetrievedMemory.from_wire(reply, key, wanted)

    @operation
    def delete(self, memory_id: str | None = None, *, storage_key: str | None = None) -> Op[bool]:
        """Soft-delete a memory (it can be restored until purged); True if the server deleted it."""
        reply = yield build(delete_memory._get_kwargs, _memory_key(memory_id, storage_key))
        return bool(as_mapping(reply).get("deleted", True))

    @paginated
    def list(
        self,
        context: str | None = None,
        tier: StorageTier | None = None,
        limit: int = 50,
        offset: int = 0,
        sort_by: SortBy = "created",
        subject_id: str | None = None,
        scope: Scope | None = None,
        segment_id: str | None = None,
        tenant_id: str | None = None,
    ) -> Op[PageData[MemorySummary]]:
        """List memories' plaintext metadata; iterate the page to walk every page."""
        check_int_range("limit", limit, 1, 100)
        check_int_range("offset", offset, 0)
        if tier is not None:
            check_one_of("tier", tier, TIERS)
        check_one_of("sort_by", sort_by, ("created", "accessed", "size"))
        _subject_fields(subject_id, scope, segment_id, tenant_id)
        reply = yield build(
            list_memories._get_kwargs,
            context=context,
            tier=tier,
            limit=None if limit == DEFAULT_LIMIT else limit,
            offset=offset or None,
            sort_by=None if sort_by == "created" else sort_by,
            subject_id=subject_id,
            scope=scope,
            segment_id=segment_id,
            tenant_id=tenant_id,
        )
        d = as_mapping(reply)
        items = [MemorySummary.from_wire(m) for m in d.get("memories") or []]
        return PageData(items, to_int(d.get("total"), len(items)), to_int(d.get("limit"), limit), offset)

    @operation
    def store_batch(self, items: Sequence[Mapping[str, Any]]) -> Op[BatchStoreResult]:
        """Store 1-100 memories with one payment. Each item takes ``data``, ``storage_tier`` and the
        optional ``metadata``, ``context``, ``tags``, ``expires_at``, ``subject_id``, ``scope``,
        ``segment_id``, ``tenant_id`` of :meth:`store`."""
        if isinstance(items, Mapping | str) or not isinstance(items, Sequence):
            raise ValidationError("items must be a list of dicts", field="items")
        check_length("items", items, 1, MAX_BATCH, "items")
        key = self._context.require_key()
        wire_items = []
        for index, item in enumerate(items):
            if not isinstance(item, Mapping) or "data" not in item:
                raise ValidationError(f"items[{index}] must be a dict with 'data'", field=f"items[{index}]")
            unknown = set(item) - BATCH_ITEM_KEYS
            if unknown:
                raise ValidationError(
                    f"items[{index}] has unknown keys {sorted(unknown)}", field=f"items[{index}]"
                )
            wire_items.append(
                _store_item(
                    key,
                    item["data"],
                    item.get("storage_tier", "hot"),
                    context=item.get("context"),
                    tags=item.get("tags"),
                    metadata=item.get("metadata"),
                    expires_at=item.get("expires_at"),
                    subject=_subject_fields(
                        item.get("subject_id"),
                        item.get("scope"),
                        item.get("segment_id"),
                        item.get("tenant_id"),
                    ),
                )
            )
        body = MemoryStoreBatchRequest.from_dict({"items": wire_items})
        reply = yield build(store_memory_batch._get_kwargs, body=body)
        d = as_mapping(reply)
        results = []
        for r in map(as_mapping, d.get("results") or []):
            index = to_int(r.get("index"))
            fallback = wire_items[index]["storageKey"] if 0 <= index < len(wire_items) else None
            error = r.get("error")
            results.append(
                BatchStoreItemResult(
                    index=index,
                    storage_key=None if error else first(r, "storageKey", "memoryId", default=fallback),
                    receipt_id=r.get("receiptId"),
                    error=error,
                )
            )
        return BatchStoreResult(
            results=results,
            success_count=to_int(d.get("successCount"), sum(r.error is None for r in results)),
            failure_count=to_int(d.get("failureCount"), sum(r.error is not None for r in results)),
            batch_receipt_id=d.get("batchReceiptId"),
        )

    @operation
    def retrieve_batch(self, memory_ids: Sequence[str]) -> Op[BatchRetrieveResult]:
        """Fetch and decrypt 1-100 memories with one payment."""
        return (yield from self._retrieve_batch(memory_ids))

    def _retrieve_batch(self, memory_ids: Sequence[str]) -> Op[BatchRetrieveResult]:
        if isinstance(memory_ids, str) or not isinstance(memory_ids, Sequence):
            raise ValidationError("memory_ids must be a list of strings", field="memory_ids")
        check_length("memory_ids", memory_ids, 1, MAX_BATCH, "ids")
        for index, value in enumerate(memory_ids):
            require_text(f"memory_ids[{index}]", value)
        key = self._context.require_key()
        body = MemoryRetrieveBatchRequest.from_dict({"storageKeys": list(memory_ids)})
        reply = yield build(retrieve_memory_batch._get_kwargs, body=body)
        d = as_mapping(reply)
        results: list[RetrievedMemory | None] = [None] * len(memory_ids)
        errors: dict[int, str] = {}
        for r in map(as_mapping, d.get("results") or []):
            index = to_int(r.get("index"), -1)
            if not 0 <= index < len(memory_ids):
                continue
            if r.get("error"):
                errors[index] = str(r["error"])
                continue
            try:
                results[index] = RetrievedMemory.from_wire(r, key, memory_ids[index])
            except DecryptionError as exc:
                errors[index] = str(exc)
        return BatchRetrieveResult(
            results=results,
            errors=errors,
            success_count=sum(m is not None for m in results),
            failure_count=len(memory_ids) - sum(m is not None for m in results),
            batch_receipt_id=d.get("batchReceiptId"),
        )

    @operation
    def probe(
        self,
        query: str,
        category: str | None = None,
        limit: int = 10,
        scope: Mapping[str, Any] | None = None,
        *,
        retrieve: bool = True,
    ) -> Op[ProbeResult]:
        """Zero-knowledge search: send only keyed topic hashes and a projected embedding of ``query``.

        With ``retrieve`` (the default) the matches are fetched and decrypted in one (paid) batch.
        """
        require_text("query", query)
        check_int_range("limit", limit, 1, 50)
        if category is not None:
            check_one_of("category", category, CATEGORIES)
        key = self._context.require_key()
        fp = probe_fingerprint(query, key)
        body: dict[str, Any] = {
            "topicHashes": list(fp.topic_hashes),
            "embedding64": list(fp.embedding64),
            "version": fp.version,
            "limit": limit,
        }
        if category is not None:
            body["category"] = category
        if scope is not None:
            body["scope"] = dict(scope)
        reply = yield build(probe_memory._get_kwargs, body=MemoryProbeRequest.from_dict(body))
        d = as_mapping(reply)
        matches = [
            ProbeMatch(to_str(first(m, "storageKey", "memoryId")), to_str(m.get("category"), "unknown"))
            for m in map(as_mapping, d.get("matches") or [])
        ]
        if retrieve and matches:
            batch = yield from self._retrieve_batch([m.storage_key for m in matches])
            matches = [
                attrs.evolve(m, data=r.data if r is not None else None)
                for m, r in zip(matches, batch.results, strict=True)
            ]
        return ProbeResult(matches=matches, total=to_int(d.get("total"), len(matches)))

    @operation
    def restore(self, storage_key: str) -> Op[bool]:
        """Undo a soft delete; True if restored."""
        reply = yield build(restore_memory._get_kwargs, require_text("storage_key", storage_key))
        return bool(as_mapping(reply).get("restored", True))

    @operation
    def purge(self, storage_key: str) -> Op[bool]:
        """Delete a memory for good (its receipts stay); True if purged."""
        reply = yield build(purge_memory._get_kwargs, require_text("storage_key", storage_key))
        return bool(as_mapping(reply).get("purged", True))

    @paginated
    def list_deleted(
        self, agent_did: str | None = None, limit: int = 50, offset: int = 0
    ) -> Op[PageData[DeletedMemory]]:
        """Soft-deleted memories (``agent_did`` lets an owner look at one of its agents)."""
        check_int_range("limit", limit, 1, 100)
        check_int_range("offset", offset, 0)
        reply = yield build(
            list_deleted_memories._get_kwargs,
            agent_did=None if agent_did is None else str(parse_did(agent_did)),
            limit=None if limit == DEFAULT_LIMIT else limit,
            offset=offset or None,
        )
        d = as_mapping(reply)
        items = [DeletedMemory.from_wire(m) for m in d.get("memories") or []]
        return PageData(items, to_int(d.get("total"), len(items)), to_int(d.get("limit"), limit), offset)

    def derive_subject_id(self, raw_subject_id: str) -> str:
        """The 64-hex subject id for ``raw_subject_id`` (e.g. a customer id) under this client's key.

        Uses the TypeScript SDK's HMAC-SHA-512/256 unless the client was built with
        ``subject_id_variant="python"`` (the official Python SDK's HMAC-SHA-256). No request is sent.
        """
        require_text("raw_subject_id", raw_subject_id)
        return derive_subject_id(
            self._context.require_key(), raw_subject_id, variant=self._context.subject_variant
        )

    def set_encryption_key(self, key: bytes) -> None:
        """Encrypt and decrypt this client's memories with ``key`` (32 raw bytes) from now on."""
        self._context.set_encryption_key(key)

    @operation
    def get_current_encryption_key(self) -> Op[bytes]:
        """The 32-byte key this client encrypts memories with (no request is sent)."""
        return self._context.require_key()
        yield  # an operation that needs no request
