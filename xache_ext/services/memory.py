"""Memory: client-side encrypted storage, retrieval, listing, batch operations and zero-knowledge probe.

Writes use the TypeScript SDK's layout (``storageKey``, ``encryptedPayload``, ``encryptionNonce``,
``checksum``, ``encryptedPatterns``, ``fingerprint``); reads accept that layout and the Python SDK's
(``memoryId``, ``encryptedData``), so memories written by either official SDK can be read.
"""

from __future__ import annotations

import datetime as dt
import inspect
import re
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
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
    Fingerprint,
    JsonObject,
    MemoryProbeRequest,
    MemoryRetrieveBatchRequest,
    MemoryRetrieveRequest,
    MemoryStoreBatchItem,
    MemoryStoreBatchRequest,
    MemoryStoreRequest,
    SubjectScope,
)
from xache_api.models.fingerprint_version import check_fingerprint_version
from xache_api.models.list_memories_sort_by import ListMemoriesSortBy as SortBy
from xache_api.models.memory_category import MemoryCategory, check_memory_category
from xache_api.models.memory_probe_request_version import check_memory_probe_request_version
from xache_api.models.memory_scope import MemoryScope as Scope
from xache_api.models.storage_tier import StorageTier
from xache_api.types import UNSET

from ..contract import field_schema
from ..contract import operation as spec_operation
from ..crypto.did import parse_did
from ..crypto.encryption import MemoryKey, decrypt_json, encrypt_json
from ..crypto.fingerprint import generate_fingerprint, probe_fingerprint
from ..crypto.subject import derive_subject_id
from ..errors import DecryptionError, StoreManyError, ValidationError
from ..facade.context import ClientContext
from ..facade.operations import M, Op, RequestArgs, Service, build, given, operation, paginated
from ..facade.pagination import PageData
from ..facade.validation import check_text, check_text_list, json_object, require_text
from ..logs import logger
from ..pipeline.callbacks import Callback
from ..pipeline.idempotency import random_base36
from ..pipeline.inputs import check_request
from ..pipeline.steps import NOT_STARTED, Concurrently
from ..types.base import Result, read, result
from ..types.memory import (
    BatchRetrieveResult,
    BatchStoreItemResult,
    BatchStoreResult,
    DeletedMemory,
    MemorySummary,
    ProbeResult,
    RetrievedMemory,
    StoredMemory,
    StoreManyResult,
)
from .memory_helpers import MemoryHelpers

__all__ = ["MemoryService"]

WARN_CIPHERTEXT_BYTES = 512
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


@result
class _Memories(Result):
    memories: list[MemorySummary]
    total: int
    limit: int


@result
class _DeletedMemories(Result):
    memories: list[DeletedMemory]
    total: int
    limit: int


@result
class _BatchItem(Result):
    index: int
    error: str | None = None


@result
class _BatchRetrieved(Result):
    results: list[_BatchItem]
    batch_receipt_id: str | None = None


@result
class _Deleted(Result):
    deleted: bool


@result
class _Restored(Result):
    restored: bool


@result
class _Purged(Result):
    purged: bool


def _max_ciphertext_bytes(component: str) -> int:
    """The largest ciphertext the spec lets ``encryptedPayload`` carry (base64url without padding)."""
    return int(field_schema(component, "encryptedPayload")["maxLength"]) * 3 // 4


def _decrypt(memory: Result, key: MemoryKey) -> Any:
    payload, nonce = memory.get("encryptedPayload"), memory.get("encryptionNonce")
    if isinstance(payload, str) and isinstance(nonce, str):
        return decrypt_json(key, encrypted_payload=payload, encryption_nonce=nonce)
    combined = memory.get("encryptedData") or payload
    if not isinstance(combined, str):
        raise DecryptionError("the response carries no ciphertext (encryptedPayload or encryptedData)")
    return decrypt_json(key, encrypted_data=combined)


def _opened(memory: RetrievedMemory, context: ClientContext, storage_key: str) -> RetrievedMemory:
    """``memory`` decrypted (either ciphertext layout, any spelling of the key), keyed by ``storage_key`` if the
    answer names none."""
    data = context.open(lambda key: _decrypt(memory, key))
    return attrs.evolve(memory, storage_key=memory.storage_key or storage_key, data=data)


def _fingerprint(data: Mapping[str, Any], key: MemoryKey, context: str | None) -> Fingerprint:
    fp = generate_fingerprint(dict(data), key, context)
    return Fingerprint(
        topic_hashes=list(fp.topic_hashes),
        category=check_memory_category(fp.category),
        embedding64=list(fp.embedding64),
        temporal_weight=fp.temporal_weight,
        version=check_fingerprint_version(fp.version),
    )


def _subject_fields(
    subject_id: str | None, scope: str | None, segment_id: str | None, tenant_id: str | None
) -> dict[str, Any]:
    """The given subject fields, by request-model name."""
    fields = {"subject_id": subject_id, "scope": scope, "segment_id": segment_id, "tenant_id": tenant_id}
    return {k: v for k, v in fields.items() if v is not None}


def store_item(
    key: MemoryKey,
    data: Any,
    storage_tier: str,
    *,
    context: str | None,
    tags: Sequence[str] | None,
    metadata: Mapping[str, Any] | None,
    expires_at: dt.datetime | str | None,
    subject: dict[str, Any],
    component: str,
) -> dict[str, Any]:
    """The request-model fields of one memory to store, encrypted (TypeScript layout) as ``component`` allows."""
    data = json_object("data", data, multiline=None)
    if context is not None:  # before it is encrypted into encryptedPatterns, where the pipeline cannot see it
        check_text("context", context)
    try:
        encrypted = encrypt_json(key, data)
    except (TypeError, ValueError) as exc:
        raise ValidationError(f"data must be JSON-serializable: {exc}", field="data") from None
    size = (len(encrypted.encrypted_payload) * 3) // 4
    limit = _max_ciphertext_bytes(component)
    if size > limit:  # said here about `data`, which the caller gave, rather than about the ciphertext
        raise ValidationError(f"the encrypted memory is {size} bytes; the limit is {limit}", field="data")
    if size > WARN_CIPHERTEXT_BYTES:
        logger.warning(
            "memory of %d encrypted bytes is larger than the recommended %d", size, WARN_CIPHERTEXT_BYTES
        )
    patterns = encrypt_json(
        key, {"extracted": [], "contributed": [], "quality": 0, "domain": context or "general"}
    )
    if tags is not None:
        check_text_list("tags", tags)
    if isinstance(expires_at, dt.datetime):  # naive = UTC; RFC 3339 needs the offset
        expires_at = (expires_at if expires_at.tzinfo else expires_at.replace(tzinfo=dt.UTC)).isoformat()
    given = {
        "context": context,
        "tags": None if tags is None else list(tags),
        "metadata": None if metadata is None else JsonObject.from_dict(json_object("metadata", metadata)),
        "expires_at": expires_at,
    }
    return {
        "storage_key": new_storage_key(),
        "encrypted_payload": encrypted.encrypted_payload,
        "encrypted_patterns": patterns.encrypted_payload,
        "encryption_nonce": encrypted.encryption_nonce,
        "checksum": encrypted.checksum,
        "storage_tier": storage_tier,
        **{k: v for k, v in given.items() if v is not None},
        **subject,
    }


_STORE_BATCH = spec_operation("storeMemoryBatch")
_ITEM_PLACE = re.compile(r"(?:body\.)?items\[([0-9]+)\]")


class _Raised(Exception):
    """A progress callback raised ``error`` (after ``batch`` was stored)."""

    def __init__(self, error: Exception, batch: BatchStoreResult | None = None) -> None:
        super().__init__(str(error))
        self.error = error
        self.batch = batch


def _catching(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn`` returning what it raises (as :class:`_Raised`) instead of raising it, plain or async."""

    async def awaiting(value: Awaitable[Any]) -> Any:
        try:
            return await value
        except Exception as exc:
            return _Raised(exc)

    def call(*args: Any) -> Any:
        try:
            value = fn(*args)
        except Exception as exc:
            return _Raised(exc)
        return awaiting(value) if inspect.isawaitable(value) else value

    return call


def _many_result(total: int, batches: list[tuple[int, int]], outcomes: list[Any]) -> StoreManyResult:
    """The result of :meth:`MemoryService.store_many` from each batch's outcome; raises if one failed."""
    results: list[BatchStoreItemResult] = []
    receipts: list[str] = []
    failure: Exception | None = None
    callback_failed = False
    for (start, count), outcome in zip(batches, outcomes, strict=True):
        if isinstance(outcome, _Raised):
            if failure is None:
                failure, callback_failed = outcome.error, True
            outcome = outcome.batch
        if isinstance(outcome, BatchStoreResult):
            if outcome.batch_receipt_id:
                receipts.append(outcome.batch_receipt_id)
            done = {r.index: r for r in outcome.results if 0 <= r.index < count}
            for index in range(count):
                found = done.get(index)
                results.append(
                    BatchStoreItemResult(index=start + index, error="no result for this item")
                    if found is None
                    else attrs.evolve(found, index=start + index)
                )
            continue
        if isinstance(outcome, Exception) and failure is None:
            failure = outcome
        reason = "not sent: an earlier batch failed" if outcome is NOT_STARTED else f"batch failed: {outcome}"
        results += [BatchStoreItemResult(index=start + index, error=reason) for index in range(count)]
    many = StoreManyResult(results=results, batch_receipt_ids=receipts, total=total)
    if failure is not None:
        what = "the progress callback raised" if callback_failed else "a batch failed"
        raise StoreManyError(
            f"store_many stopped after {what} ({many.success_count} of {total} memories stored): "
            f"{type(failure).__name__}: {failure}",
            result=many,
            error=failure,
        ) from failure
    return many


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
        body = store_item(
            key,
            data,
            storage_tier,
            context=context,
            tags=tags,
            metadata=metadata,
            expires_at=expires_at,
            subject=_subject_fields(subject_id, scope, segment_id, tenant_id),
            component="MemoryStoreRequest",
        )
        request = MemoryStoreRequest(
            **body,
            fingerprint=_fingerprint(data, key, context) if fingerprint else UNSET,
            anchoring=given(anchoring),
        )
        stored = read(StoredMemory, (yield build(store_memory._get_kwargs, body=request)))
        return stored if stored.storage_key else attrs.evolve(stored, storage_key=body["storage_key"])

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
        self._context.require_key()  # before paying: a client that cannot decrypt must not buy the memory
        wanted = _memory_key(memory_id, storage_key)
        body = MemoryRetrieveRequest(
            storage_key=wanted,
            anchoring=given(anchoring),
            include_segment=given(include_segment),
            include_global=given(include_global),
            **_subject_fields(subject_id, None, segment_id, tenant_id),
        )
        reply = yield build(retrieve_memory._get_kwargs, body=body)
        return _opened(read(RetrievedMemory, reply), self._context, wanted)

    @operation
    def delete(self, memory_id: str | None = None, *, storage_key: str | None = None) -> Op[bool]:
        """Soft-delete a memory (it can be restored until purged); True if the server deleted it."""
        reply = yield build(delete_memory._get_kwargs, _memory_key(memory_id, storage_key))
        return read(_Deleted, reply).deleted

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
        page = read(_Memories, reply)
        return PageData(page.memories, page.total, page.limit, offset)

    @operation
    def store_batch(self, items: Sequence[Mapping[str, Any]]) -> Op[BatchStoreResult]:
        """Store 1-100 memories with one payment. Each item takes ``data``, ``storage_tier`` and the
        optional ``metadata``, ``context``, ``tags``, ``expires_at``, ``subject_id``, ``scope``,
        ``segment_id``, ``tenant_id`` of :meth:`store`."""
        return (yield from self._send_batch(*self._batch_request(items)))

    @operation
    def store_many(
        self,
        items: Sequence[Mapping[str, Any]],
        *,
        chunk_size: int | None = None,
        concurrency: int = 4,
        on_progress: Callable[[int, int], Any] | None = None,
    ) -> Op[StoreManyResult]:
        """Store any number of memories (the items of :meth:`store_batch`), in batches of ``chunk_size`` (at most
        the spec's batch limit, 100), ``concurrency`` batches at a time on the async client (in turn on the
        blocking one); one payment per batch.

        Every item is checked and encrypted before the first batch is sent, so a bad item costs nothing.
        ``on_progress(stored, total)`` (plain or async) is called after each batch with the items stored so
        far. If a batch fails, no further batch is started, the running ones finish, and
        :class:`StoreManyError` is raised with the result so far (``error.result``): what was stored and
        paid for is never lost.
        """
        if isinstance(items, Mapping | str) or not isinstance(items, Sequence):
            raise ValidationError("items must be a list of dicts", field="items")
        most = int(field_schema("MemoryStoreBatchRequest", "items")["maxItems"])
        size = most if chunk_size is None else chunk_size
        if isinstance(size, bool) or not isinstance(size, int) or not 1 <= size <= most:
            raise ValidationError(f"chunk_size must be 1 to {most}", field="chunk_size")
        if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
            raise ValidationError("concurrency must be a positive integer", field="concurrency")
        if on_progress is not None and not callable(on_progress):
            raise ValidationError("on_progress must be callable", field="on_progress")
        if on_progress is not None and self._blocking and inspect.iscoroutinefunction(on_progress):
            raise ValidationError(
                "on_progress is async; the blocking client needs a plain callable", field="on_progress"
            )
        batches = []
        for start in range(0, len(items), size):
            try:
                args, keys = self._batch_request(items[start : start + size])
                check_request(_STORE_BATCH, (), args)  # what the pipeline would refuse, before any is sent
            except ValidationError as exc:  # named by its place in ``items``, not in its batch
                found = _ITEM_PLACE.search(exc.field or "")
                if found is None:
                    raise
                place = f"items[{start + int(found[1])}]"
                raise ValidationError(
                    _ITEM_PLACE.sub(place, str(exc), count=1),
                    field=_ITEM_PLACE.sub(place, exc.field or "", count=1),
                ) from None
            batches.append((start, args, keys))
        total = len(items)
        stored = 0

        def one(start: int, args: RequestArgs, keys: Sequence[str]) -> Op[BatchStoreResult]:
            nonlocal stored
            batch = yield from self._send_batch(args, keys)
            stored += batch.success_count
            if on_progress is not None:
                answer = yield Callback(_catching(on_progress), (stored, total))
                if isinstance(answer, _Raised):  # stops the other batches; this one is stored all the same
                    raise _Raised(answer.error, batch)
            return batch

        outcomes = yield Concurrently(tuple(one(*batch) for batch in batches), concurrency)
        return _many_result(total, [(start, len(keys)) for start, _, keys in batches], outcomes)

    def _batch_request(self, items: Sequence[Mapping[str, Any]]) -> tuple[RequestArgs, Sequence[str]]:
        """The request of one batch store (every item checked and encrypted) and the storage keys it sets."""
        if isinstance(items, Mapping | str) or not isinstance(items, Sequence):
            raise ValidationError("items must be a list of dicts", field="items")
        limits = field_schema("MemoryStoreBatchRequest", "items")
        least, most = int(limits["minItems"]), int(limits["maxItems"])
        if not least <= len(items) <= most:  # before encrypting them all
            raise ValidationError(
                f"items must have {least} to {most} memories; got {len(items)}", field="items"
            )
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
            if "storage_tier" not in item:  # required, as in store() and both official SDKs
                raise ValidationError(
                    f"items[{index}] must have 'storage_tier' ('hot', 'warm' or 'cold')",
                    field=f"items[{index}].storage_tier",
                )
            try:
                wire_items.append(
                    store_item(
                        key,
                        item["data"],
                        item["storage_tier"],
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
                        component="MemoryStoreBatchItem",
                    )
                )
            except ValidationError as exc:
                where = f"items[{index}]" + (f".{exc.field}" if exc.field else "")
                raise ValidationError(f"items[{index}]: {exc}", field=where) from None
        body = MemoryStoreBatchRequest(items=[MemoryStoreBatchItem(**item) for item in wire_items])
        return build(store_memory_batch._get_kwargs, body=body), [item["storage_key"] for item in wire_items]

    def _send_batch(self, args: RequestArgs, keys: Sequence[str]) -> Op[BatchStoreResult]:
        batch = read(BatchStoreResult, (yield args))

        def keyed(r: BatchStoreItemResult) -> BatchStoreItemResult:  # our key, unless the item failed
            sent = keys[r.index] if 0 <= r.index < len(keys) else None
            return attrs.evolve(r, storage_key=None if r.error else r.storage_key or sent)

        return attrs.evolve(batch, results=[keyed(r) for r in batch.results])

    @operation
    def retrieve_batch(self, memory_ids: Sequence[str]) -> Op[BatchRetrieveResult]:
        """Fetch and decrypt 1-100 memories with one payment."""
        return (yield from self._retrieve_batch(memory_ids))

    def _retrieve_batch(self, memory_ids: Sequence[str]) -> Op[BatchRetrieveResult]:
        if isinstance(memory_ids, str) or not isinstance(memory_ids, Sequence):
            raise ValidationError("memory_ids must be a list of strings", field="memory_ids")
        self._context.require_key()  # before paying, as in retrieve
        body = MemoryRetrieveBatchRequest(storage_keys=list(memory_ids))
        answer = read(_BatchRetrieved, (yield build(retrieve_memory_batch._get_kwargs, body=body)))
        results: list[RetrievedMemory | None] = [None] * len(memory_ids)
        errors: dict[int, str] = {}
        for position, item in enumerate(answer.results):
            index = item.index
            if not 0 <= index < len(memory_ids):
                continue
            if item.error:
                errors[index] = item.error
                continue
            found = read(RetrievedMemory, item.to_dict(), f"data.results[{position}]")
            try:
                results[index] = _opened(found, self._context, memory_ids[index])
            except DecryptionError as exc:
                errors[index] = str(exc)
        return BatchRetrieveResult(
            results=results,
            errors=errors,
            success_count=sum(m is not None for m in results),
            failure_count=len(memory_ids) - sum(m is not None for m in results),
            batch_receipt_id=answer.batch_receipt_id,
        )

    @operation
    def probe(
        self,
        query: str,
        category: MemoryCategory | None = None,
        limit: int = 10,
        scope: Mapping[str, Any] | None = None,
        *,
        retrieve: bool = True,
    ) -> Op[ProbeResult]:
        """Zero-knowledge search: send only keyed topic hashes and a projected embedding of ``query``.

        With ``retrieve`` (the default) the matches are fetched and decrypted in one (paid) batch.
        """
        require_text("query", query)
        key = self._context.require_key()
        fp = probe_fingerprint(query, key)
        body = MemoryProbeRequest(
            topic_hashes=list(fp.topic_hashes),
            embedding64=list(fp.embedding64),
            version=check_memory_probe_request_version(fp.version),
            limit=limit,
            category=given(category),
            scope=UNSET
            if scope is None
            else SubjectScope.from_dict(json_object("scope", scope, multiline=False)),
        )
        found = read(ProbeResult, (yield build(probe_memory._get_kwargs, body=body)))
        if not (retrieve and found.matches):
            return found
        batch = yield from self._retrieve_batch([m.storage_key for m in found.matches])
        matches = [
            attrs.evolve(m, data=None if r is None else r.data)
            for m, r in zip(found.matches, batch.results, strict=True)
        ]
        return attrs.evolve(found, matches=matches)

    @operation
    def restore(self, storage_key: str) -> Op[bool]:
        """Undo a soft delete; True if restored."""
        reply = yield build(restore_memory._get_kwargs, require_text("storage_key", storage_key))
        return read(_Restored, reply).restored

    @operation
    def purge(self, storage_key: str) -> Op[bool]:
        """Delete a memory for good (its receipts stay); True if purged."""
        reply = yield build(purge_memory._get_kwargs, require_text("storage_key", storage_key))
        return read(_Purged, reply).purged

    @paginated
    def list_deleted(
        self, agent_did: str | None = None, limit: int = 50, offset: int = 0
    ) -> Op[PageData[DeletedMemory]]:
        """Soft-deleted memories (``agent_did`` lets an owner look at one of its agents)."""
        reply = yield build(
            list_deleted_memories._get_kwargs,
            agent_did=None if agent_did is None else str(parse_did(agent_did)),
            limit=None if limit == DEFAULT_LIMIT else limit,
            offset=offset or None,
        )
        page = read(_DeletedMemories, reply)
        return PageData(page.memories, page.total, page.limit, offset)

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
        return self._context.require_key().reveal()
        yield  # an operation that needs no request
