"""Ephemeral working-memory sessions: slots of plaintext JSON with a TTL, renewal windows and promotion.

Semantics chosen for the sandbox:

* a session (``eph_…``) belongs to the agent that created it; any other caller gets 404 for it;
* ``ttlSeconds`` (default 3600, at most 86400) and ``maxWindows`` (default 5, at most 100); the session
  starts in window 1; a renewal (paid) opens the next window and sets the expiry to now + TTL; renewing
  past ``maxWindows`` is a 409;
* the status is ``active`` until the expiry passes (then ``expired``, computed from the clock), or until the
  session is ``terminated`` or ``promoted``; only an active session can be renewed, promoted, written or
  cleared (409 otherwise); reads, the structured view and exports work in every status;
* a slot holds one JSON object (at most 64 KiB as compact UTF-8 JSON); writing ``{}`` empties it;
  ``activeSlots``/``slotSizes``/``totalSize`` describe the non-empty slots;
* ``cumulativeCost`` is the sum of the prices paid for the session (create, renewals, promotion);
* promotion (paid) creates one memory per non-empty slot and ends the session. The real server re-encrypts
  promoted slots into memories server-side; the sandbox never holds plaintext memories, so it does not
  emulate that: it records the promoted slot contents in its own ``ephemeral_promoted`` table and returns
  their ``memoryIds`` (they are not readable through ``/v1/memory``);
* the structured view takes ``entities``/``relationships`` from the ``facts`` slot when it holds them
  (else none) and the summary from ``handoff.summary``, ``conversation.summary`` or the conversation's
  message contents;
* exports: ``json`` (session, metadata and slots), ``markdown`` (a string) and ``audit`` (the event log);
* stats are per calling agent; ``todaySpend`` is in USD over the current UTC day.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from decimal import Decimal
from typing import Any

from ..contract import field_schema, operation
from .handlers import Context, Result, route
from .ledger import ApiError, iso
from .store import Row, add_schema

__all__: list[str] = []

add_schema(
    """
CREATE TABLE IF NOT EXISTS ephemeral_sessions (
    session_key TEXT PRIMARY KEY, seq INTEGER NOT NULL, agent_did TEXT NOT NULL, status TEXT NOT NULL,
    window INTEGER NOT NULL, max_windows INTEGER NOT NULL, ttl_seconds INTEGER NOT NULL,
    created_ms INTEGER NOT NULL, expires_ms INTEGER NOT NULL, ended_ms INTEGER,
    cost_micro INTEGER NOT NULL, eph_metadata TEXT);
CREATE INDEX IF NOT EXISTS ephemeral_sessions_agent ON ephemeral_sessions (agent_did, seq);
CREATE TABLE IF NOT EXISTS ephemeral_slots (
    session_key TEXT NOT NULL, slot TEXT NOT NULL, eph_content TEXT NOT NULL, size INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL, PRIMARY KEY (session_key, slot));
CREATE TABLE IF NOT EXISTS ephemeral_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, session_key TEXT NOT NULL, agent_did TEXT NOT NULL,
    ts_ms INTEGER NOT NULL, event TEXT NOT NULL, eph_detail TEXT, cost_micro INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS ephemeral_promoted (
    memory_id TEXT PRIMARY KEY, session_key TEXT NOT NULL, agent_did TEXT NOT NULL, slot TEXT NOT NULL,
    eph_content TEXT NOT NULL, created_ms INTEGER NOT NULL);
""",
    json_columns=["eph_metadata", "eph_content", "eph_detail"],
)

SLOTS = ("conversation", "facts", "tasks", "cache", "scratch", "handoff")
DEFAULT_TTL_SECONDS = 3600
DEFAULT_MAX_WINDOWS = 5
DEFAULT_PAGE = 20
# The limits are the spec's.
MAX_TTL_SECONDS = int(field_schema("EphemeralSessionCreateRequest", "ttlSeconds")["maximum"])
MAX_WINDOWS = int(field_schema("EphemeralSessionCreateRequest", "maxWindows")["maximum"])
MAX_SLOT_BYTES = int(field_schema("EphemeralSlotWriteRequest", "data")["x-xache-max-json-bytes"])
MAX_PAGE = int(
    next(p for p in operation("listEphemeralSessions").parameters if p.name == "limit").schema["maximum"]
)

_STATUS_SQL = "CASE WHEN status = 'active' AND expires_ms <= ? THEN 'expired' ELSE status END"


def _invalid(field: str, reason: str) -> ApiError:
    return ApiError(400, "INVALID_INPUT", f"{field}: {reason}", {"field": field, "reason": reason})


def _status(row: Row, now_ms: int) -> str:
    status = str(row["status"])
    return "expired" if status == "active" and row["expires_ms"] <= now_ms else status


def _paid_micro(ctx: Context) -> int:
    return int(Decimal(ctx.price_usd) * 1_000_000) if ctx.price_usd else 0


def _event(ctx: Context, key: str, event: str, detail: dict[str, Any] | None = None, cost: int = 0) -> None:
    ctx.store.insert(
        "ephemeral_events",
        {
            "session_key": key,
            "agent_did": ctx.agent,
            "ts_ms": ctx.now_ms,
            "event": event,
            "eph_detail": detail or {},
            "cost_micro": cost,
        },
    )


def _session(ctx: Context) -> Row:
    row = ctx.store.one(
        "SELECT * FROM ephemeral_sessions WHERE session_key = ? AND agent_did = ?", [ctx.path[0], ctx.agent]
    )
    if row is None:
        raise ApiError(404, "NOT_FOUND", f"ephemeral session {ctx.path[0]} not found")
    return row


def _active(ctx: Context) -> Row:
    row = _session(ctx)
    status = _status(row, ctx.now_ms)
    if status != "active":
        raise ApiError(409, "CONFLICT", f"the session is {status}, not active", {"status": status})
    return row


def _slots(ctx: Context, key: str) -> list[Row]:
    rows = ctx.store.all("SELECT * FROM ephemeral_slots WHERE session_key = ?", [key])
    return sorted(rows, key=lambda r: SLOTS.index(r["slot"]))


def _data(ctx: Context, row: Row) -> dict[str, Any]:
    slots = _slots(ctx, row["session_key"])
    return {
        "sessionKey": row["session_key"],
        "agentDID": row["agent_did"],
        "status": _status(row, ctx.now_ms),
        "window": row["window"],
        "maxWindows": row["max_windows"],
        "ttlSeconds": row["ttl_seconds"],
        "createdAt": iso(row["created_ms"]),
        "expiresAt": iso(row["expires_ms"]),
        "cumulativeCost": float(Decimal(row["cost_micro"]) / 1_000_000),
        "activeSlots": [s["slot"] for s in slots],
        "totalSize": sum(s["size"] for s in slots),
        "slotSizes": {s["slot"]: s["size"] for s in slots},
    }


def _reload(ctx: Context, key: str) -> dict[str, Any]:
    return _data(ctx, ctx.store.row("SELECT * FROM ephemeral_sessions WHERE session_key = ?", [key]))


def _bounded(ctx: Context, name: str, default: int, maximum: int) -> int:
    value = ctx.json.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= maximum:
        raise _invalid(name, f"must be an integer from 1 to {maximum}")
    return value


@route("createEphemeralSession")
def create_session(ctx: Context) -> Result:
    """Open a session in window 1, charged the price paid."""
    ttl = _bounded(ctx, "ttlSeconds", DEFAULT_TTL_SECONDS, MAX_TTL_SECONDS)
    windows = _bounded(ctx, "maxWindows", DEFAULT_MAX_WINDOWS, MAX_WINDOWS)
    key = "eph_" + secrets.token_hex(16)
    cost = _paid_micro(ctx)
    seq = int(ctx.store.scalar("SELECT COALESCE(MAX(seq), 0) + 1 FROM ephemeral_sessions") or 1)
    ctx.store.insert(
        "ephemeral_sessions",
        {
            "session_key": key,
            "seq": seq,
            "agent_did": ctx.agent,
            "status": "active",
            "window": 1,
            "max_windows": windows,
            "ttl_seconds": ttl,
            "created_ms": ctx.now_ms,
            "expires_ms": ctx.now_ms + ttl * 1000,
            "cost_micro": cost,
            "eph_metadata": ctx.json.get("metadata"),
        },
    )
    _event(ctx, key, "created", {"ttlSeconds": ttl, "maxWindows": windows, "receiptId": ctx.receipt_id}, cost)
    return 200, _reload(ctx, key)


@route("listEphemeralSessions")
def list_sessions(ctx: Context) -> Result:
    """The caller's sessions, newest first, optionally of one status."""
    try:
        limit = int(ctx.query.get("limit", DEFAULT_PAGE))
        offset = int(ctx.query.get("offset", 0))
    except (TypeError, ValueError):
        raise _invalid("limit", "limit and offset must be integers") from None
    if not 1 <= limit <= MAX_PAGE:
        raise _invalid("limit", f"must be from 1 to {MAX_PAGE}")
    if offset < 0:
        raise _invalid("offset", "must be at least 0")
    where, params = "agent_did = ?", list[Any]([ctx.agent])
    status = ctx.query.get("status")
    if status:
        where += f" AND {_STATUS_SQL} = ?"
        params += [ctx.now_ms, status]
    total = int(ctx.store.scalar(f"SELECT COUNT(*) FROM ephemeral_sessions WHERE {where}", params) or 0)
    rows = ctx.store.all(
        f"SELECT * FROM ephemeral_sessions WHERE {where} ORDER BY seq DESC LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return 200, {
        "sessions": [_data(ctx, r) for r in rows],
        "total": total,
        "page": offset // limit + 1,
        "pageSize": limit,
        "totalPages": -(-total // limit),
    }


@route("getEphemeralSession")
def get_session(ctx: Context) -> Result:
    """One of the caller's sessions."""
    return 200, _data(ctx, _session(ctx))


@route("renewEphemeralSession")
def renew_session(ctx: Context) -> Result:
    """Open the next window: the expiry becomes now + TTL."""
    row = _active(ctx)
    if row["window"] >= row["max_windows"]:
        raise ApiError(
            409, "CONFLICT", f"all {row['max_windows']} windows of the session are used", {"field": "window"}
        )
    cost = _paid_micro(ctx)
    ctx.store.execute(
        "UPDATE ephemeral_sessions SET window = window + 1, expires_ms = ?, cost_micro = cost_micro + ? "
        "WHERE session_key = ?",
        [ctx.now_ms + row["ttl_seconds"] * 1000, cost, row["session_key"]],
    )
    _event(
        ctx, row["session_key"], "renewed", {"window": row["window"] + 1, "receiptId": ctx.receipt_id}, cost
    )
    return 200, _reload(ctx, row["session_key"])


@route("promoteEphemeralSession")
def promote_session(ctx: Context) -> Result:
    """One memory per non-empty slot (recorded by the sandbox, see the module notes); the session ends."""
    row = _active(ctx)
    key = row["session_key"]
    ids = []
    for slot in _slots(ctx, key):
        memory_id = f"mem_{ctx.now_ms}_{secrets.token_hex(6)}"
        ctx.store.insert(
            "ephemeral_promoted",
            {
                "memory_id": memory_id,
                "session_key": key,
                "agent_did": ctx.agent,
                "slot": slot["slot"],
                "eph_content": slot["eph_content"],
                "created_ms": ctx.now_ms,
            },
        )
        ids.append(memory_id)
    cost = _paid_micro(ctx)
    ctx.store.execute(
        "UPDATE ephemeral_sessions SET status = 'promoted', ended_ms = ?, cost_micro = cost_micro + ? "
        "WHERE session_key = ?",
        [ctx.now_ms, cost, key],
    )
    _event(ctx, key, "promoted", {"memoryIds": ids, "receiptId": ctx.receipt_id}, cost)
    data: dict[str, Any] = {"memoriesCreated": len(ids), "memoryIds": ids}
    if ctx.receipt_id:
        data["receiptId"] = ctx.receipt_id
    return 200, data


@route("terminateEphemeralSession")
def terminate_session(ctx: Context) -> Result:
    """End a session that is active or expired (409 once terminated or promoted)."""
    row = _session(ctx)
    status = _status(row, ctx.now_ms)
    if status in ("terminated", "promoted"):
        raise ApiError(409, "CONFLICT", f"the session is already {status}", {"status": status})
    ctx.store.execute(
        "UPDATE ephemeral_sessions SET status = 'terminated', ended_ms = ? WHERE session_key = ?",
        [min(ctx.now_ms, row["expires_ms"]), row["session_key"]],
    )
    _event(ctx, row["session_key"], "terminated")
    return 200, {"success": True}


@route("writeEphemeralSlot")
def write_slot(ctx: Context) -> Result:
    """Overwrite a slot of an active session (``{}`` empties it)."""
    row = _active(ctx)
    key, slot, content = row["session_key"], ctx.path[1], ctx.json.get("data")
    if not isinstance(content, dict):
        raise _invalid("data", "must be a JSON object")
    size = len(json.dumps(content, separators=(",", ":"), ensure_ascii=False).encode())
    if size > MAX_SLOT_BYTES:
        raise _invalid("data", f"the slot content is {size} bytes; the limit is {MAX_SLOT_BYTES}")
    ctx.store.execute("DELETE FROM ephemeral_slots WHERE session_key = ? AND slot = ?", [key, slot])
    if content:
        ctx.store.insert(
            "ephemeral_slots",
            {
                "session_key": key,
                "slot": slot,
                "eph_content": content,
                "size": size,
                "updated_ms": ctx.now_ms,
            },
        )
    _event(ctx, key, "slot_written", {"slot": slot, "size": size})
    return 200, {"success": True}


def _slot_content(ctx: Context, key: str, slot: str) -> dict[str, Any]:
    row = ctx.store.one(
        "SELECT eph_content FROM ephemeral_slots WHERE session_key = ? AND slot = ?", [key, slot]
    )
    return dict(row["eph_content"]) if row else {}


@route("readEphemeralSlot")
def read_slot(ctx: Context) -> Result:
    """A slot's content (``{}`` when empty)."""
    return 200, _slot_content(ctx, _session(ctx)["session_key"], ctx.path[1])


@route("readAllEphemeralSlots")
def read_all_slots(ctx: Context) -> Result:
    """Every non-empty slot by name."""
    return 200, {s["slot"]: s["eph_content"] for s in _slots(ctx, _session(ctx)["session_key"])}


@route("clearEphemeralSlot")
def clear_slot(ctx: Context) -> Result:
    """Empty a slot of an active session."""
    row = _active(ctx)
    ctx.store.execute(
        "DELETE FROM ephemeral_slots WHERE session_key = ? AND slot = ?", [row["session_key"], ctx.path[1]]
    )
    _event(ctx, row["session_key"], "slot_cleared", {"slot": ctx.path[1]})
    return 200, {"success": True}


def _entities(facts: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for e in facts.get("entities") or []:
        if isinstance(e, str):
            e = {"name": e}
        if not isinstance(e, dict) or not isinstance(e.get("name"), str):
            continue
        confidence = e.get("confidence")
        out.append(
            {
                "name": e["name"],
                "type": str(e.get("type") or "unknown"),
                "confidence": (
                    float(confidence)
                    if isinstance(confidence, int | float) and not isinstance(confidence, bool)
                    else 1.0
                ),
            }
        )
    return out


def _relationships(facts: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for r in facts.get("relationships") or []:
        if isinstance(r, dict) and isinstance(r.get("from"), str) and isinstance(r.get("to"), str):
            out.append({"from": r["from"], "to": r["to"], "type": str(r.get("type") or "related_to")})
    return out


def _summary(conversation: dict[str, Any], handoff: dict[str, Any]) -> str:
    for source in (handoff, conversation):
        if isinstance(source.get("summary"), str):
            return str(source["summary"])
    messages = conversation.get("messages")
    if isinstance(messages, list):
        texts = [str(m.get("content")) for m in messages if isinstance(m, dict) and m.get("content")]
        return " ".join(texts)[:500]
    return ""


@route("getEphemeralStructured")
def get_structured(ctx: Context) -> Result:
    """Entities and relationships from the facts slot; a summary from handoff/conversation."""
    key = _session(ctx)["session_key"]
    facts = _slot_content(ctx, key, "facts")
    has_graph = isinstance(facts.get("entities"), list) and isinstance(facts.get("relationships"), list)
    return 200, {
        "sessionKey": key,
        "entities": _entities(facts) if has_graph else [],
        "relationships": _relationships(facts) if has_graph else [],
        "summary": _summary(_slot_content(ctx, key, "conversation"), _slot_content(ctx, key, "handoff")),
    }


def _markdown(session: dict[str, Any], slots: dict[str, Any]) -> str:
    lines = [
        f"# Ephemeral session {session['sessionKey']}",
        "",
        f"- Agent: {session['agentDID']}",
        f"- Status: {session['status']}",
        f"- Window: {session['window']} of {session['maxWindows']}",
        f"- Created: {session['createdAt']}",
        f"- Expires: {session['expiresAt']}",
        f"- Cumulative cost: ${session['cumulativeCost']}",
    ]
    for name, content in slots.items():
        lines += ["", f"## {name}", "", "```json", json.dumps(content, indent=2, ensure_ascii=False), "```"]
    return "\n".join(lines) + "\n"


@route("exportEphemeralSession")
def export_session(ctx: Context) -> Result:
    """The session as json (object), markdown (string) or audit (event log)."""
    row = _session(ctx)
    session = _data(ctx, row)
    slots = {s["slot"]: s["eph_content"] for s in _slots(ctx, row["session_key"])}
    fmt = ctx.query.get("format", "json")
    if fmt == "markdown":
        return 200, _markdown(session, slots)  # type: ignore[return-value]
    if fmt == "audit":
        events = ctx.store.all(
            "SELECT * FROM ephemeral_events WHERE session_key = ? ORDER BY seq", [row["session_key"]]
        )
        return 200, {
            "sessionKey": row["session_key"],
            "agentDID": row["agent_did"],
            "status": session["status"],
            "cumulativeCost": session["cumulativeCost"],
            "events": [
                {
                    "at": iso(e["ts_ms"]),
                    "event": e["event"],
                    "details": e["eph_detail"] or {},
                    "cost": float(Decimal(e["cost_micro"]) / 1_000_000),
                }
                for e in events
            ],
            "exportedAt": iso(ctx.now_ms),
        }
    return 200, {
        "session": session,
        "metadata": row["eph_metadata"],
        "slots": slots,
        "exportedAt": iso(ctx.now_ms),
    }


@route("getEphemeralStats")
def get_stats(ctx: Context) -> Result:
    """The caller's session counts, today's spend (USD), average duration and promotion rate."""
    rows = ctx.store.all("SELECT * FROM ephemeral_sessions WHERE agent_did = ?", [ctx.agent])
    statuses = [_status(r, ctx.now_ms) for r in rows]
    now = dt.datetime.fromtimestamp(ctx.now_ms / 1000, dt.UTC)
    day_start = int(dt.datetime(now.year, now.month, now.day, tzinfo=dt.UTC).timestamp() * 1000)
    spent = ctx.store.scalar(
        "SELECT COALESCE(SUM(cost_micro), 0) FROM ephemeral_events WHERE agent_did = ? AND ts_ms >= ?",
        [ctx.agent, day_start],
    )
    durations = []
    for r, status in zip(rows, statuses, strict=True):
        end = r["ended_ms"] or (r["expires_ms"] if status == "expired" else ctx.now_ms)
        durations.append((end - r["created_ms"]) / 60_000)
    promoted = statuses.count("promoted")
    return 200, {
        "activeSessions": statuses.count("active"),
        "totalSessions": len(rows),
        "todaySpend": float(Decimal(int(spent or 0)) / 1_000_000),
        "avgDurationMinutes": round(sum(durations) / len(durations), 4) if durations else 0.0,
        "promoteRate": round(promoted / len(rows), 4) if rows else 0.0,
        "totalPromoted": promoted,
    }
