"""Ephemeral working memory: short-lived sessions of named slots, renewable and promotable to memories.

Slots hold plaintext JSON objects (working memory, by design not client-side encrypted). Creating,
renewing and promoting a session are paid (the 402 is answered automatically).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, Literal

import attrs
from xache_api.api.ephemeral import (
    clear_ephemeral_slot,
    create_ephemeral_session,
    export_ephemeral_session,
    get_ephemeral_session,
    get_ephemeral_stats,
    get_ephemeral_structured,
    list_ephemeral_sessions,
    promote_ephemeral_session,
    read_all_ephemeral_slots,
    read_ephemeral_slot,
    renew_ephemeral_session,
    terminate_ephemeral_session,
    write_ephemeral_slot,
)
from xache_api.models import EphemeralSessionCreateRequest, EphemeralSlotWriteRequest

from ..errors import NotFoundError, ValidationError
from ..facade.operations import M, Op, Service, build, operation, paginated
from ..facade.pagination import PageData
from ..facade.validation import check_int_range, check_one_of, require_text
from ..types.wire import as_mapping, first, to_datetime, to_float, to_int, to_str

__all__ = [
    "EphemeralEntity",
    "EphemeralRelationship",
    "EphemeralService",
    "EphemeralSession",
    "EphemeralStats",
    "EphemeralStructuredView",
    "PromoteResult",
]

SlotName = Literal["conversation", "facts", "tasks", "cache", "scratch", "handoff"]
SessionStatus = Literal["active", "expired", "promoted", "terminated"]
ExportFormat = Literal["json", "markdown", "audit"]
SLOTS = ("conversation", "facts", "tasks", "cache", "scratch", "handoff")
STATUSES = ("active", "expired", "promoted", "terminated")
FORMATS = ("json", "markdown", "audit")


@attrs.frozen
class EphemeralSession:
    """A working-memory session. ``window`` counts from 1; each renewal uses one of ``max_windows``."""

    session_key: str
    agent_did: str
    status: str
    window: int
    max_windows: int
    ttl_seconds: int
    created_at: dt.datetime | None
    expires_at: dt.datetime | None
    cumulative_cost: float
    active_slots: list[str]
    total_size: int
    slot_sizes: dict[str, int] = attrs.field(factory=dict)

    @classmethod
    def from_wire(cls, data: Any) -> EphemeralSession:
        """Read a session (unwrapped ``data``; a ``session`` wrapper is accepted too)."""
        d = as_mapping(data)
        d = as_mapping(d.get("session")) or d
        return cls(
            session_key=to_str(d.get("sessionKey")),
            agent_did=to_str(first(d, "agentDID", "agentDid")),
            status=to_str(d.get("status"), "active"),
            window=to_int(d.get("window"), 1),
            max_windows=to_int(d.get("maxWindows"), 5),
            ttl_seconds=to_int(d.get("ttlSeconds"), 3600),
            created_at=to_datetime(d.get("createdAt")),
            expires_at=to_datetime(d.get("expiresAt")),
            cumulative_cost=to_float(d.get("cumulativeCost")),
            active_slots=[str(s) for s in d.get("activeSlots") or []],
            total_size=to_int(d.get("totalSize")),
            slot_sizes={str(k): to_int(v) for k, v in as_mapping(d.get("slotSizes")).items()},
        )


@attrs.frozen
class PromoteResult:
    """The memories a promotion created."""

    memories_created: int
    memory_ids: list[str]
    receipt_id: str | None = None

    @property
    def storage_keys(self) -> list[str]:
        """The memories' ids under the TypeScript SDK's memory naming."""
        return self.memory_ids


@attrs.frozen
class EphemeralEntity:
    """An entity of the structured view."""

    name: str
    type: str
    confidence: float


@attrs.frozen
class EphemeralRelationship:
    """A relationship of the structured view (``from_`` is the wire's ``from``)."""

    from_: str
    to: str
    type: str


@attrs.frozen
class EphemeralStructuredView:
    """Entities, relationships and a summary of a session."""

    session_key: str
    entities: list[EphemeralEntity]
    relationships: list[EphemeralRelationship]
    summary: str

    @classmethod
    def from_wire(cls, data: Any) -> EphemeralStructuredView:
        """Read the structured view."""
        d = as_mapping(data)
        return cls(
            session_key=to_str(d.get("sessionKey")),
            entities=[
                EphemeralEntity(
                    name=to_str(e.get("name")),
                    type=to_str(e.get("type")),
                    confidence=to_float(e.get("confidence"), 1.0),
                )
                for e in map(as_mapping, d.get("entities") or [])
            ],
            relationships=[
                EphemeralRelationship(
                    from_=to_str(r.get("from")), to=to_str(r.get("to")), type=to_str(r.get("type"))
                )
                for r in map(as_mapping, d.get("relationships") or [])
            ],
            summary=to_str(d.get("summary")),
        )


@attrs.frozen
class EphemeralStats:
    """The caller's ephemeral usage (``today_spend`` in USD, ``promote_rate`` in [0, 1])."""

    active_sessions: int
    total_sessions: int
    today_spend: float
    avg_duration_minutes: float
    promote_rate: float
    total_promoted: int

    @classmethod
    def from_wire(cls, data: Any) -> EphemeralStats:
        """Read the stats."""
        d = as_mapping(data)
        return cls(
            active_sessions=to_int(d.get("activeSessions")),
            total_sessions=to_int(d.get("totalSessions")),
            today_spend=to_float(d.get("todaySpend")),
            avg_duration_minutes=to_float(d.get("avgDurationMinutes")),
            promote_rate=to_float(d.get("promoteRate")),
            total_promoted=to_int(d.get("totalPromoted")),
        )


def _key(session_key: str) -> str:
    return require_text("session_key", session_key)


def _slot(slot: str) -> str:
    check_one_of("slot", slot, SLOTS)
    return slot


class EphemeralService(Service[M]):
    """Short-lived working-memory sessions of six named slots."""

    @operation
    def create_session(
        self,
        ttl_seconds: int | None = None,
        max_windows: int | None = None,
        metadata: Mapping[str, Any] | None = None,
    ) -> Op[EphemeralSession]:
        """Open a session (paid). The server's defaults are a TTL of 3600 s and 5 windows."""
        body: dict[str, Any] = {}
        if ttl_seconds is not None:
            check_int_range("ttl_seconds", ttl_seconds, 1)
            body["ttlSeconds"] = ttl_seconds
        if max_windows is not None:
            check_int_range("max_windows", max_windows, 1)
            body["maxWindows"] = max_windows
        if metadata is not None:
            if not isinstance(metadata, Mapping):
                raise ValidationError("metadata must be a JSON object (a dict)", field="metadata")
            body["metadata"] = dict(metadata)
        # TS sends ``{}`` when no option is set (the Python SDK sends no body).
        request = EphemeralSessionCreateRequest.from_dict(body)
        reply = yield build(create_ephemeral_session._get_kwargs, body=request)
        return EphemeralSession.from_wire(reply)

    @operation
    def get_session(self, session_key: str) -> Op[EphemeralSession | None]:
        """A session of the caller, or ``None`` when there is no such session."""
        try:
            reply = yield build(get_ephemeral_session._get_kwargs, _key(session_key))
        except NotFoundError:
            return None
        return EphemeralSession.from_wire(reply) if reply else None

    @operation
    def renew_session(self, session_key: str) -> Op[EphemeralSession]:
        """Extend an active session by its TTL, using one window (paid)."""
        reply = yield build(renew_ephemeral_session._get_kwargs, _key(session_key))
        return EphemeralSession.from_wire(reply)

    @operation
    def promote_session(self, session_key: str) -> Op[PromoteResult]:
        """Turn every non-empty slot into a persistent memory and end the session (paid)."""
        reply = yield build(promote_ephemeral_session._get_kwargs, _key(session_key))
        d = as_mapping(reply)
        ids = [str(i) for i in first(d, "memoryIds", "storageKeys", default=[])]
        return PromoteResult(
            memories_created=to_int(d.get("memoriesCreated"), len(ids)),
            memory_ids=ids,
            receipt_id=d.get("receiptId"),
        )

    @operation
    def terminate_session(self, session_key: str) -> Op[bool]:
        """End a session without promoting it; returns True."""
        yield build(terminate_ephemeral_session._get_kwargs, _key(session_key))
        return True

    @operation
    def write_slot(self, session_key: str, slot: SlotName, data: Mapping[str, Any]) -> Op[None]:
        """Overwrite a slot with a JSON object."""
        _key(session_key)
        _slot(slot)
        if not isinstance(data, Mapping):
            raise ValidationError("data must be a JSON object (a dict)", field="data")
        body = EphemeralSlotWriteRequest.from_dict({"data": dict(data)})
        yield build(write_ephemeral_slot._get_kwargs, session_key, slot, body=body)

    @operation
    def read_slot(self, session_key: str, slot: SlotName) -> Op[dict[str, Any]]:
        """A slot's content (``{}`` when empty)."""
        _key(session_key)
        reply = yield build(read_ephemeral_slot._get_kwargs, session_key, _slot(slot))
        return dict(as_mapping(reply))

    @operation
    def read_all_slots(self, session_key: str) -> Op[dict[str, Any]]:
        """Every non-empty slot, by name."""
        reply = yield build(read_all_ephemeral_slots._get_kwargs, _key(session_key))
        return dict(as_mapping(reply))

    @operation
    def clear_slot(self, session_key: str, slot: SlotName) -> Op[None]:
        """Empty a slot."""
        _key(session_key)
        yield build(clear_ephemeral_slot._get_kwargs, session_key, _slot(slot))

    @operation
    def get_structured(self, session_key: str) -> Op[EphemeralStructuredView]:
        """Entities, relationships and a summary drawn from the session's slots."""
        reply = yield build(get_ephemeral_structured._get_kwargs, _key(session_key))
        return EphemeralStructuredView.from_wire(reply)

    @operation
    def export_session(self, session_key: str, format: ExportFormat = "json") -> Op[Any]:
        """The session exported as ``json`` (an object), ``markdown`` (a string) or ``audit`` (an object)."""
        _key(session_key)
        check_one_of("format", format, FORMATS)
        return (yield build(export_ephemeral_session._get_kwargs, session_key, format_=format))

    @paginated
    def list_sessions(
        self,
        status: SessionStatus | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> Op[PageData[EphemeralSession]]:
        """The caller's sessions, newest first; the page iterates across all pages."""
        if status is not None:
            check_one_of("status", status, STATUSES)
        if limit is not None:
            check_int_range("limit", limit, 1)
        if offset is not None:
            check_int_range("offset", offset, 0)
        reply = yield build(list_ephemeral_sessions._get_kwargs, status=status, limit=limit, offset=offset)
        d = as_mapping(reply)
        items = [EphemeralSession.from_wire(s) for s in d.get("sessions") or []]
        size = to_int(first(d, "pageSize", "limit"), limit or len(items))
        page = to_int(d.get("page"), 1)
        start = offset if offset is not None else (page - 1) * size
        return PageData(items, to_int(d.get("total"), len(items)), size, start)

    @operation
    def get_stats(self) -> Op[EphemeralStats]:
        """Active and total sessions, today's spend, average duration and promotion rate."""
        reply = yield build(get_ephemeral_stats._get_kwargs)
        return EphemeralStats.from_wire(reply)
