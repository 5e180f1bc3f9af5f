"""Endpoint logic of the sandbox: identity, memory, collective, budget, receipts/analytics/anchors."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import math
import re
import secrets
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from ..crypto import merkle
from ..crypto.did import DID
from ..crypto.evm import to_checksum_address
from .ledger import ApiError, budget_status, iso, micro_to_usd
from .store import Column, Row, Store, wire_fields

__all__ = ["HANDLERS", "Context", "Handler", "insert_heuristic"]

Result = tuple[int, dict[str, Any]]


@attrs.define
class Context:
    """Everything a handler needs about the current request."""

    store: Store
    did: DID | None
    body: Any
    query: dict[str, Any]
    path: list[str]
    now_ms: int
    receipt_id: str | None = None
    price_usd: str | None = None

    @property
    def agent(self) -> str:
        """The caller's DID string (signed endpoints only)."""
        assert self.did is not None
        return str(self.did)

    @property
    def json(self) -> dict[str, Any]:
        """The body as an object (``{}`` when absent)."""
        return self.body if isinstance(self.body, dict) else {}


Handler = Callable[[Context], Result]
HANDLERS: dict[str, Handler] = {}


def route(operation_id: str) -> Callable[[Handler], Handler]:
    """Register the handler of the spec operation ``operation_id`` (its route comes from the spec)."""

    def deco(fn: Handler) -> Handler:
        HANDLERS[operation_id] = fn
        return fn

    return deco


def _invalid(field: str, reason: str) -> ApiError:
    return ApiError(400, "INVALID_INPUT", f"{field}: {reason}", {"field": field, "reason": reason})


def _not_found(what: str) -> ApiError:
    return ApiError(404, "NOT_FOUND", f"{what} not found")


def _int_query(ctx: Context, name: str, default: int, lo: int, hi: int) -> int:
    raw = ctx.query.get(name, default)
    try:
        value = int(raw)
    except (TypeError, ValueError):
        raise _invalid(name, "must be an integer") from None
    if not lo <= value <= hi:
        raise _invalid(name, f"must be between {lo} and {hi}")
    return value


# -- identity ----------------------------------------------------------------------------------------------

_EVM_ADDRESS = re.compile(r"0x[a-fA-F0-9]{40}")
_SOL_ADDRESS = re.compile(r"[1-9A-HJ-NP-Za-km-z]{32,44}")


def _identity_data(row: Row) -> dict[str, Any]:
    columns: list[Column] = [
        "did",
        "walletAddress",
        "keyType",
        "chain",
        ("reputationScore", "reputation"),
        "createdAt",
    ]
    data = wire_fields(row, columns, ("name", "metadata"))
    if row["updated_at"]:
        data["updatedAt"] = row["updated_at"]
    return data


def register_identity(
    store: Store, wallet: str, key_type: str, chain: str, now_ms: int, owner: str | None
) -> Row:
    """Create (or revive) an identity row; raises CONFLICT if it exists.

    An EVM identity's DID is stored in its canonical (EIP-55) spelling, its ``walletAddress`` as given.
    """
    address = to_checksum_address(wallet) if key_type == "evm" else wallet
    did = f"did:agent:{'evm' if key_type == 'evm' else 'sol'}:{address}"
    existing = store.one("SELECT * FROM identities WHERE did = ?", [did])
    if existing and not existing["deleted_at"]:
        raise ApiError(409, "CONFLICT", f"{did} is already registered")
    if existing:
        store.execute("DELETE FROM identities WHERE did = ?", [did])
    row = {
        "did": did,
        "wallet_address": wallet,
        "key_type": key_type,
        "chain": chain,
        "owner_did": owner,
        "reputation": 0.0,
        "created_at": iso(now_ms),
    }
    store.insert("identities", row)
    return store.row("SELECT * FROM identities WHERE did = ?", [did])


@route("registerIdentity")
def identity_register(ctx: Context) -> Result:
    """Register an agent identity (unsigned)."""
    b = ctx.json
    wallet, key_type, chain = b.get("walletAddress"), b.get("keyType"), b.get("chain")
    if key_type not in ("evm", "solana"):
        raise _invalid("keyType", "must be 'evm' or 'solana'")
    if chain not in ("base", "solana"):
        raise _invalid("chain", "must be 'base' or 'solana'")
    pattern = _EVM_ADDRESS if key_type == "evm" else _SOL_ADDRESS
    if not isinstance(wallet, str) or not pattern.fullmatch(wallet):
        raise _invalid("walletAddress", f"not a valid {key_type} address")
    owner = b.get("ownerDID")
    row = register_identity(
        ctx.store, wallet, key_type, chain, ctx.now_ms, owner if isinstance(owner, str) else None
    )
    return 201, {
        k: v
        for k, v in _identity_data(row).items()
        if k in ("did", "walletAddress", "keyType", "chain", "createdAt")
    }


def _live_identity(ctx: Context) -> Row:
    row = ctx.store.one("SELECT * FROM identities WHERE did = ? AND deleted_at IS NULL", [ctx.path[0]])
    if row is None:
        raise _not_found("identity")
    return row


def _require_self(ctx: Context) -> None:
    if ctx.path[0] != ctx.agent:
        raise ApiError(403, "FORBIDDEN", "an identity can only be changed by its own DID")


@route("getIdentity")
def identity_get(ctx: Context) -> Result:
    """Read an identity."""
    return 200, _identity_data(_live_identity(ctx))


@route("updateIdentity")
def identity_update(ctx: Context) -> Result:
    """Update name/metadata of one's own identity."""
    _require_self(ctx)
    _live_identity(ctx)
    b = ctx.json
    if "name" not in b and "metadata" not in b:
        raise _invalid("name", "name or metadata is required")
    sets, params = ["updated_at = ?"], [iso(ctx.now_ms)]
    for key in ("name", "metadata"):
        if key in b:
            sets.append(f"{key} = ?")
            params.append(b[key])
    ctx.store.execute(f"UPDATE identities SET {', '.join(sets)} WHERE did = ?", [*params, ctx.path[0]])
    return 200, _identity_data(_live_identity(ctx))


@route("deleteIdentity")
def identity_delete(ctx: Context) -> Result:
    """Soft-delete one's own identity."""
    _require_self(ctx)
    _live_identity(ctx)
    ctx.store.execute("UPDATE identities SET deleted_at = ? WHERE did = ?", [iso(ctx.now_ms), ctx.path[0]])
    return 200, {"message": f"{ctx.path[0]} deleted"}


# -- memory ------------------------------------------------------------------------------------------------

_B64URL = re.compile(r"[A-Za-z0-9_-]*={0,2}")
_B64STD = re.compile(r"[A-Za-z0-9+/]*={0,2}")
NONCE_BYTES = 24
MAC_BYTES = 16


def _b64decode(text: Any, field: str, *, urlsafe: bool) -> bytes:
    if not isinstance(text, str) or not (_B64URL if urlsafe else _B64STD).fullmatch(text):
        raise _invalid(field, "not valid base64url" if urlsafe else "not valid base64")
    stripped = text.rstrip("=")
    try:
        fn = base64.urlsafe_b64decode if urlsafe else base64.b64decode
        return fn(stripped + "=" * (-len(stripped) % 4))
    except (binascii.Error, ValueError):
        raise _invalid(field, "not valid base64") from None


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def new_storage_key(now_ms: int) -> str:
    """``mem_<ms>_<random base36>`` like the SDKs'."""
    n = secrets.randbits(52)
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while n:
        n, r = divmod(n, 36)
        out = digits[r] + out
    return f"mem_{now_ms}_{out or '0'}"


def _decode_item(item: Mapping[str, Any], prefix: str) -> tuple[bytes, bytes, str | None]:
    """(mac||ct, nonce, client storageKey) from either ciphertext layout."""
    if "encryptedPayload" in item:
        payload = _b64decode(item["encryptedPayload"], prefix + "encryptedPayload", urlsafe=True)
        nonce = _b64decode(item.get("encryptionNonce"), prefix + "encryptionNonce", urlsafe=True)
        if len(nonce) != NONCE_BYTES:
            raise _invalid(prefix + "encryptionNonce", f"must decode to {NONCE_BYTES} bytes")
        if len(payload) < MAC_BYTES:
            raise _invalid(prefix + "encryptedPayload", "too short to hold a MAC")
        checksum = item.get("checksum")
        if checksum is not None and checksum != hashlib.blake2b(payload, digest_size=32).hexdigest():
            raise _invalid(prefix + "checksum", "does not match BLAKE2b-256 of encryptedPayload")
        key = item.get("storageKey")
        return payload, nonce, key if isinstance(key, str) else None
    if "encryptedData" in item:
        raw = _b64decode(item["encryptedData"], prefix + "encryptedData", urlsafe=False)
        if len(raw) < NONCE_BYTES + MAC_BYTES:
            raise _invalid(prefix + "encryptedData", "too short to hold nonce and MAC")
        key = item.get("storageKey")
        return raw[NONCE_BYTES:], raw[:NONCE_BYTES], key if isinstance(key, str) else None
    raise _invalid(
        prefix + "encryptedPayload", "encryptedPayload (+encryptionNonce) or encryptedData is required"
    )


def _insert_memory(ctx: Context, item: Mapping[str, Any], prefix: str, *, with_fingerprint: bool) -> Row:
    payload, nonce, key = _decode_item(item, prefix)
    tier = item.get("storageTier")
    if tier not in ("hot", "warm", "cold"):
        raise _invalid(prefix + "storageTier", "must be hot, warm or cold")
    key = key or new_storage_key(ctx.now_ms)
    if ctx.store.scalar("SELECT 1 FROM memories WHERE storage_key = ?", [key]):
        raise ApiError(409, "CONFLICT", f"storageKey {key} already exists")
    fp = item.get("fingerprint") if with_fingerprint else None
    fp = fp if isinstance(fp, dict) else None
    seq = int(ctx.store.scalar("SELECT COALESCE(MAX(seq), 0) + 1 FROM memories") or 1)
    row: Row = {
        "storage_key": key,
        "seq": seq,
        "agent_did": ctx.agent,
        "payload": payload,
        "nonce": nonce,
        "encrypted_patterns": item.get("encryptedPatterns"),
        "checksum": item.get("checksum"),
        "storage_tier": tier,
        "context": item.get("context"),
        "tags": item.get("tags"),
        "metadata": item.get("metadata"),
        "expires_at": item.get("expiresAt"),
        "subject_id": item.get("subjectId"),
        "scope": item.get("scope"),
        "segment_id": item.get("segmentId"),
        "tenant_id": item.get("tenantId"),
        "fingerprint": fp,
        "category": fp.get("category") if fp else None,
        "created_ms": ctx.now_ms,
        "accessed_ms": ctx.now_ms,
    }
    ctx.store.insert("memories", row)
    return row


def _anchoring(ctx: Context) -> dict[str, Any]:
    immediate = ctx.json.get("anchoring") == "immediate"
    hour = (ctx.now_ms // 3_600_000 + 1) * 3_600_000
    return {
        "anchoringTier": "immediate" if immediate else "daily",
        "anchoringStatus": "pending",
        "estimatedAnchorTime": iso(ctx.now_ms + 60_000 if immediate else hour),
    }


@route("storeMemory")
def memory_store(ctx: Context) -> Result:
    """Store one encrypted memory (either layout)."""
    row = _insert_memory(ctx, ctx.json, "", with_fingerprint=True)
    return 201, {
        "storageKey": row["storage_key"],
        "memoryId": row["storage_key"],
        "storageTier": row["storage_tier"],
        "size": len(row["payload"]),
        "receiptId": ctx.receipt_id,
        **_anchoring(ctx),
    }


def _owned(ctx: Context, key: Any, *, deleted: bool | None = False) -> Row:
    sql = "SELECT * FROM memories WHERE storage_key = ? AND agent_did = ?"
    if deleted is False:
        sql += " AND deleted_ms IS NULL"
    elif deleted is True:
        sql += " AND deleted_ms IS NOT NULL"
    row = ctx.store.one(sql, [key, ctx.agent]) if isinstance(key, str) else None
    if row is None:
        raise _not_found("memory")
    return row


def _memory_payload(row: Row) -> dict[str, Any]:
    payload: bytes = row["payload"]
    nonce: bytes = row["nonce"]
    data: dict[str, Any] = {
        "storageKey": row["storage_key"],
        "memoryId": row["storage_key"],
        "encryptedPayload": _b64url(payload),
        "encryptionNonce": _b64url(nonce),
        "encryptedData": base64.b64encode(nonce + payload).decode("ascii"),
        "storageTier": row["storage_tier"],
    }
    if row["metadata"] is not None:
        data["metadata"] = row["metadata"]
    return data


@route("retrieveMemory")
def memory_retrieve(ctx: Context) -> Result:
    """Return one memory's ciphertext in both layouts."""
    key = ctx.json.get("storageKey", ctx.json.get("memoryId"))
    if not isinstance(key, str) or not key:
        raise _invalid("storageKey", "storageKey (or memoryId) is required")
    row = _owned(ctx, key)
    ctx.store.execute("UPDATE memories SET accessed_ms = ? WHERE storage_key = ?", [ctx.now_ms, key])
    return 200, {**_memory_payload(row), "receiptId": ctx.receipt_id, **_anchoring(ctx)}


@route("deleteMemory")
def memory_delete(ctx: Context) -> Result:
    """Soft delete."""
    _owned(ctx, ctx.path[0])
    ctx.store.execute("UPDATE memories SET deleted_ms = ? WHERE storage_key = ?", [ctx.now_ms, ctx.path[0]])
    return 200, {"storageKey": ctx.path[0], "memoryId": ctx.path[0], "deleted": True}


@route("restoreMemory")
def memory_restore(ctx: Context) -> Result:
    """Undo a soft delete."""
    row = _owned(ctx, ctx.path[0], deleted=None)
    ctx.store.execute("UPDATE memories SET deleted_ms = NULL WHERE storage_key = ?", [ctx.path[0]])
    return 200, {"storageKey": ctx.path[0], "restored": row["deleted_ms"] is not None}


@route("purgeMemory")
def memory_purge(ctx: Context) -> Result:
    """Hard delete (receipts are kept)."""
    _owned(ctx, ctx.path[0], deleted=None)
    ctx.store.execute("DELETE FROM memories WHERE storage_key = ?", [ctx.path[0]])
    return 200, {"storageKey": ctx.path[0], "purged": True, "r2Deleted": True}


def _list_item(row: Row) -> dict[str, Any]:
    size = len(row["payload"])
    item: dict[str, Any] = {
        "storageKey": row["storage_key"],
        "agentDID": row["agent_did"],
        "storageTier": row["storage_tier"],
        "sizeBytes": size,
        "encryptedSize": size,
        "createdAt": iso(row["created_ms"]),
        "accessedAt": iso(row["accessed_ms"]),
        "storage_key": row["storage_key"],
        "agent_did": row["agent_did"],
        "storage_tier": row["storage_tier"],
        "size_bytes": size,
        "created_at": iso(row["created_ms"]),
        "accessed_at": iso(row["accessed_ms"]),
    }
    for col, camel in (
        ("context", "context"),
        ("tags", "tags"),
        ("metadata", "metadata"),
        ("subject_id", "subjectId"),
        ("scope", "scope"),
        ("segment_id", "segmentId"),
        ("tenant_id", "tenantId"),
    ):
        if row[col] is not None:
            item[camel] = row[col]
    if row["updated_ms"]:
        item["updatedAt"] = item["updated_at"] = iso(row["updated_ms"])
    return item


_LIST_FILTERS = {
    "context": "context",
    "tier": "storage_tier",
    "subjectId": "subject_id",
    "scope": "scope",
    "segmentId": "segment_id",
    "tenantId": "tenant_id",
}
_SORTS = {
    "created": "created_ms DESC, seq DESC",
    "accessed": "accessed_ms DESC, seq DESC",
    "size": "LENGTH(payload) DESC, seq DESC",
}


@route("listMemories")
def memory_list(ctx: Context) -> Result:
    """List memory metadata with filters and pagination."""
    limit = _int_query(ctx, "limit", 50, 1, 100)
    offset = _int_query(ctx, "offset", 0, 0, 10**9)
    sort = str(ctx.query.get("sortBy", "created"))
    if sort not in _SORTS:
        raise _invalid("sortBy", "must be created, accessed or size")
    where, params = ["agent_did = ?", "deleted_ms IS NULL"], [ctx.agent]
    for q, col in _LIST_FILTERS.items():
        if q in ctx.query:
            where.append(f"{col} = ?")
            params.append(str(ctx.query[q]))
    cond = " AND ".join(where)
    total = int(ctx.store.scalar(f"SELECT COUNT(*) FROM memories WHERE {cond}", params) or 0)
    rows = ctx.store.all(
        f"SELECT * FROM memories WHERE {cond} ORDER BY {_SORTS[sort]} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return 200, {"memories": [_list_item(r) for r in rows], "total": total, "limit": limit, "offset": offset}


@route("listDeletedMemories")
def memory_deleted(ctx: Context) -> Result:
    """List soft-deleted memories."""
    limit = _int_query(ctx, "limit", 50, 1, 100)
    offset = _int_query(ctx, "offset", 0, 0, 10**9)
    cond = "agent_did = ? AND deleted_ms IS NOT NULL"
    total = int(ctx.store.scalar(f"SELECT COUNT(*) FROM memories WHERE {cond}", [ctx.agent]) or 0)
    rows = ctx.store.all(
        f"SELECT * FROM memories WHERE {cond} ORDER BY deleted_ms DESC, seq DESC LIMIT ? OFFSET ?",
        [ctx.agent, limit, offset],
    )
    items = []
    for r in rows:
        item: dict[str, Any] = {
            "storageKey": r["storage_key"],
            "context": r["context"] or "",
            "tags": r["tags"] or [],
            "deletedAt": iso(r["deleted_ms"]),
            "createdAt": iso(r["created_ms"]),
            "storageTier": r["storage_tier"],
            "sizeBytes": len(r["payload"]),
        }
        for col, camel in (("subject_id", "subjectId"), ("scope", "scope")):
            if r[col] is not None:
                item[camel] = r[col]
        items.append(item)
    return 200, {"memories": items, "total": total, "limit": limit, "offset": offset}


def _batch_items(ctx: Context, name: str) -> list[Any]:
    items = ctx.json.get(name)
    if not isinstance(items, list) or not 1 <= len(items) <= 100:
        raise _invalid(name, "must be an array of 1 to 100 entries")
    return items


@route("storeMemoryBatch")
def memory_store_batch(ctx: Context) -> Result:
    """Store up to 100 memories; per-item failures are reported, not raised."""
    results: list[dict[str, Any]] = []
    for i, item in enumerate(_batch_items(ctx, "items")):
        try:
            if not isinstance(item, dict):
                raise _invalid(f"items[{i}]", "must be an object")
            row = _insert_memory(ctx, item, f"items[{i}].", with_fingerprint=False)
            key = row["storage_key"]
            results.append({"index": i, "storageKey": key, "memoryId": key, "receiptId": ctx.receipt_id})
        except ApiError as exc:
            results.append({"index": i, "error": exc.message})
    ok = sum("error" not in r for r in results)
    if ok == 0:
        raise ApiError(400, "INVALID_INPUT", "no item of the batch could be stored", {"results": results})
    return 201, {
        "results": results,
        "successCount": ok,
        "failureCount": len(results) - ok,
        "batchReceiptId": ctx.receipt_id,
    }


@route("retrieveMemoryBatch")
def memory_retrieve_batch(ctx: Context) -> Result:
    """Retrieve up to 100 memories by storageKeys (TS) or memoryIds (Py)."""
    name = "storageKeys" if "storageKeys" in ctx.json else "memoryIds"
    results: list[dict[str, Any]] = []
    for i, key in enumerate(_batch_items(ctx, name)):
        try:
            row = _owned(ctx, key)
            results.append({"index": i, **_memory_payload(row), "receiptId": ctx.receipt_id})
        except ApiError as exc:
            results.append(
                {"index": i, "storageKey": key if isinstance(key, str) else str(key), "error": exc.message}
            )
    ok = sum("error" not in r for r in results)
    return 200, {
        "results": results,
        "successCount": ok,
        "failureCount": len(results) - ok,
        "batchReceiptId": ctx.receipt_id,
    }


def _cosine(a: list[float], b: list[float]) -> float:
    if len(a) != len(b) or not a:
        return 0.0
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


@route("probeMemory")
def memory_probe(ctx: Context) -> Result:
    """Zero-knowledge search: rank by topic-hash overlap, then embedding cosine similarity."""
    b = ctx.json
    hashes = {h for h in b.get("topicHashes") or [] if isinstance(h, str)}
    emb = [float(x) for x in b.get("embedding64") or [] if isinstance(x, int | float)]
    raw_limit = b.get("limit")
    limit = max(1, min(raw_limit if isinstance(raw_limit, int) else 10, 50))
    category = b.get("category")
    raw_scope = b.get("scope")
    scope: dict[str, Any] = raw_scope if isinstance(raw_scope, dict) else {}
    where, params = ["agent_did = ?", "deleted_ms IS NULL", "fingerprint IS NOT NULL"], [ctx.agent]
    if isinstance(category, str):
        where.append("category = ?")
        params.append(category)
    if isinstance(scope.get("subjectId"), str):
        cond = "subject_id = ?" + (" OR scope = 'GLOBAL'" if scope.get("includeGlobal", True) else "")
        where.append(f"({cond})")
        params.append(scope["subjectId"])
    scored: list[tuple[int, float, int, str, str]] = []
    for row in ctx.store.all(f"SELECT * FROM memories WHERE {' AND '.join(where)}", params):
        fp = row["fingerprint"] or {}
        overlap = len(hashes & {h for h in fp.get("topicHashes") or [] if isinstance(h, str)})
        other = [float(x) for x in fp.get("embedding64") or [] if isinstance(x, int | float)]
        cos = _cosine(emb, other)
        if overlap > 0 or cos > 0.1:
            scored.append((overlap, cos, row["seq"], row["storage_key"], row["category"] or "unknown"))
    scored.sort(key=lambda s: (-s[0], -s[1], -s[2]))
    matches = [{"storageKey": s[3], "category": s[4]} for s in scored[:limit]]
    return 200, {"matches": matches, "total": len(scored)}


# -- collective --------------------------------------------------------------------------------------------


def _tokens(text: str) -> set[str]:
    return {t for t in re.split(r"[^a-z0-9]+", text.lower()) if len(t) > 2}


def insert_heuristic(store: Store, contributor: str, b: Mapping[str, Any], now_ms: int) -> str:
    """Store a contributed heuristic (a contribute request body); returns its id."""
    heuristic_id = "heur_" + secrets.token_hex(10)
    seq = int(store.scalar("SELECT COALESCE(MAX(seq), 0) + 1 FROM heuristics") or 1)
    store.insert(
        "heuristics",
        {
            "heuristic_id": heuristic_id,
            "seq": seq,
            "contributor_did": contributor,
            "pattern": b.get("pattern"),
            "pattern_hash": b.get("patternHash"),
            "domain": b.get("domain"),
            "tags": list(b.get("tags") or []),
            "metrics": b.get("metrics") or {},
            "encrypted_content_ref": b.get("encryptedContentRef"),
            "context_type": b.get("contextType"),
            "metadata": b.get("metadata"),
            "created_ms": now_ms,
        },
    )
    return heuristic_id


@route("contributeHeuristic")
def collective_contribute(ctx: Context) -> Result:
    """Contribute a heuristic."""
    b = ctx.json
    heuristic_id = insert_heuristic(ctx.store, ctx.agent, b, ctx.now_ms)
    return 201, {
        "heuristicId": heuristic_id,
        "pattern": b.get("pattern"),
        "domain": b.get("domain"),
        "tags": list(b.get("tags") or []),
        "receiptId": ctx.receipt_id,
        **_anchoring(ctx),
    }


@route("queryCollective")
def collective_query(ctx: Context) -> Result:
    """Rank heuristics by token overlap with ``queryText``."""
    b = ctx.json
    query = _tokens(str(b.get("queryText") or ""))
    raw_limit = b.get("limit")
    limit = raw_limit if isinstance(raw_limit, int) else 10
    where, params = "", []
    if isinstance(b.get("domain"), str):
        where, params = "WHERE domain = ?", [b["domain"]]
    scored: list[tuple[float, int, Row]] = []
    for row in ctx.store.all(f"SELECT * FROM heuristics {where}", params):
        words = _tokens(row["pattern"]) | _tokens(row["domain"]) | {t.lower() for t in row["tags"] or []}
        if query and (hits := len(query & words)):
            scored.append((round(hits / len(query), 4), row["seq"], row))
    scored.sort(key=lambda s: (-s[0], -s[1]))
    matches = [
        {
            "heuristicId": r["heuristic_id"],
            "pattern": r["pattern"],
            "domain": r["domain"],
            "tags": r["tags"],
            "contributorDID": r["contributor_did"],
            "relevanceScore": score,
            "royaltyAmount": "0",
        }
        for score, _, r in scored[: max(1, min(limit, 50))]
    ]
    from . import royalty  # imported here: the royalty module imports this one

    return 200, {
        "matches": matches,
        "totalCost": ctx.price_usd or "0",
        "royaltiesUSD": royalty.record_query_royalties(ctx, matches),
        "receiptId": ctx.receipt_id,
        **_anchoring(ctx),
    }


@route("listHeuristics")
def collective_heuristics(ctx: Context) -> Result:
    """List heuristics (unsigned)."""
    limit = _int_query(ctx, "limit", 20, 1, 100)
    offset = _int_query(ctx, "offset", 0, 0, 10**9)
    where, params = "", []
    if "domain" in ctx.query:
        where, params = "WHERE domain = ?", [str(ctx.query["domain"])]
    total = int(ctx.store.scalar(f"SELECT COUNT(*) FROM heuristics {where}", params) or 0)
    rows = ctx.store.all(
        f"SELECT * FROM heuristics {where} ORDER BY seq DESC LIMIT ? OFFSET ?", [*params, limit, offset]
    )
    items = [
        {
            "heuristicKey": r["heuristic_id"],
            "description": r["pattern"],
            "domain": r["domain"],
            "tags": r["tags"],
            "contributorDID": r["contributor_did"],
            "createdAt": iso(r["created_ms"]),
        }
        for r in rows
    ]
    return 200, {"heuristics": items, "total": total, "limit": limit, "offset": offset}


# -- budget ------------------------------------------------------------------------------------------------


@route("getBudget")
def budget_get(ctx: Context) -> Result:
    """This month's budget status."""
    return 200, budget_status(ctx.store, ctx.agent, ctx.now_ms)


@route("updateBudget")
def budget_put(ctx: Context) -> Result:
    """Set the monthly limit."""
    limit = ctx.json.get("limitCents")
    if not isinstance(limit, int) or isinstance(limit, bool) or not 0 <= limit <= 1_000_000:
        raise _invalid("limitCents", "must be an integer between 0 and 1000000")
    ctx.store.execute(
        "INSERT OR REPLACE INTO budgets (agent_did, limit_cents) VALUES (?, ?)", [ctx.agent, limit]
    )
    return 200, {"limitCents": limit, "updated": True}


# -- receipts, analytics, anchors ------------------------------------------------------------------------


_RECEIPT: list[Column] = [
    "receiptId",
    "agentDID",
    "operation",
    ("amountUSD", "amount_micro", micro_to_usd),
    ("timestamp", "ts_ms", iso),
    ("metadata", "metadata", lambda value: value or {}),
]


def _receipt_data(row: Row) -> dict[str, Any]:
    return wire_fields(row, _RECEIPT)


@route("listReceipts")
def receipts_list(ctx: Context) -> Result:
    """The caller's receipts, newest first."""
    limit = _int_query(ctx, "limit", 50, 1, 100)
    offset = _int_query(ctx, "offset", 0, 0, 10**9)
    total = int(ctx.store.scalar("SELECT COUNT(*) FROM receipts WHERE agent_did = ?", [ctx.agent]) or 0)
    rows = ctx.store.all(
        "SELECT * FROM receipts WHERE agent_did = ? ORDER BY seq DESC LIMIT ? OFFSET ?",
        [ctx.agent, limit, offset],
    )
    return 200, {
        "receipts": [_receipt_data(r) for r in rows],
        "total": total,
        "limit": limit,
        "offset": offset,
    }


@route("getReceiptProof")
def receipt_proof(ctx: Context) -> Result:
    """Merkle proof of a receipt in the tree over the caller's receipts (see :mod:`xache_ext.crypto.merkle`)."""
    ids = [
        str(r["receipt_id"])
        for r in ctx.store.all(
            "SELECT receipt_id FROM receipts WHERE agent_did = ? ORDER BY seq", [ctx.agent]
        )
    ]
    if ctx.path[0] not in ids:
        raise _not_found("receipt")
    leaves = [merkle.leaf_hash(i) for i in ids]
    proof = merkle.merkle_proof(leaves, ids.index(ctx.path[0]))
    return 200, {
        "receiptId": ctx.path[0],
        "merkleProof": [merkle.to_hex(h) for h in proof],
        "merkleRoot": merkle.to_hex(merkle.merkle_root(leaves)),
    }


def _parse_time(value: Any, field: str, *, end_of_day: bool = False) -> int:
    text = str(value).strip().replace(" ", "+")
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            day = dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)
            return int(day.timestamp() * 1000) + (86_400_000 - 1 if end_of_day else 0)
        stamp = dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise _invalid(field, "not an ISO-8601 date or date-time") from None
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.UTC)
    return int(stamp.timestamp() * 1000)


@route("getUsageAnalytics")
def analytics_usage(ctx: Context) -> Result:
    """Spending per operation over a period (default: this month)."""
    now = dt.datetime.fromtimestamp(ctx.now_ms / 1000, dt.UTC)
    month_start = int(dt.datetime(now.year, now.month, 1, tzinfo=dt.UTC).timestamp() * 1000)
    start = _parse_time(ctx.query["startDate"], "startDate") if "startDate" in ctx.query else month_start
    end = (
        _parse_time(ctx.query["endDate"], "endDate", end_of_day=True)
        if "endDate" in ctx.query
        else ctx.now_ms
    )
    rows = ctx.store.all(
        "SELECT operation, COUNT(*) AS n, SUM(amount_micro) AS total FROM receipts "
        "WHERE agent_did = ? AND ts_ms >= ? AND ts_ms <= ? GROUP BY operation ORDER BY operation",
        [ctx.agent, start, end],
    )
    ops = [
        {"operation": r["operation"], "count": r["n"], "totalCost": micro_to_usd(int(r["total"]))}
        for r in rows
    ]
    spent = sum(int(r["total"]) for r in rows)
    return 200, {
        "operations": ops,
        "totalSpent": micro_to_usd(spent),
        "period": {"start": iso(start), "end": iso(end)},
    }


@route("listAnchors")
def anchors_list(ctx: Context) -> Result:
    """Hourly Merkle roots over all receipts; completed hours carry a fake Base anchor."""
    end = _parse_time(ctx.query["to"], "to") if "to" in ctx.query else ctx.now_ms
    start = _parse_time(ctx.query["from"], "from") if "from" in ctx.query else end - 86_400_000
    limit = _int_query(ctx, "limit", 100, 1, 1000)
    rows = ctx.store.all(
        "SELECT receipt_id, ts_ms FROM receipts WHERE ts_ms >= ? AND ts_ms <= ? ORDER BY seq", [start, end]
    )
    hours: dict[int, list[str]] = {}
    for r in rows:
        hours.setdefault(int(r["ts_ms"]) // 3_600_000 * 3_600_000, []).append(str(r["receipt_id"]))
    anchors = []
    for hour in sorted(hours, reverse=True):
        root = merkle.merkle_root([merkle.leaf_hash(i) for i in hours[hour]])
        done = hour + 3_600_000 <= ctx.now_ms
        base = (
            {
                "txHash": "0x" + hashlib.sha256(b"base" + root).hexdigest(),
                "status": "confirmed",
                "anchoredAt": iso(hour + 3_600_000),
            }
            if done
            else None
        )
        anchors.append(
            {
                "hour": iso(hour),
                "merkleRoot": merkle.to_hex(root),
                "receiptCount": len(hours[hour]),
                "base": base,
                "solana": None,
                "dualAnchored": False,
            }
        )
    return 200, {
        "anchors": anchors[:limit],
        "total": len(anchors),
        "period": {"from": iso(start), "to": iso(end)},
    }
