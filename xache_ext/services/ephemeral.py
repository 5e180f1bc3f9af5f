"""Ephemeral working memory: short-lived sessions of named slots, renewable and promotable to memories.

Slots hold plaintext JSON objects (working memory, by design not client-side encrypted). Creating,
renewing and promoting a session are paid (the 402 is answered automatically).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

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
from xache_api.models import EphemeralSessionCreateRequest, EphemeralSlotWriteRequest, JsonObject
from xache_api.models.ephemeral_slot_name import EphemeralSlotName as SlotName
from xache_api.models.export_ephemeral_session_format import ExportEphemeralSessionFormat as ExportFormat
from xache_api.models.list_ephemeral_sessions_status import ListEphemeralSessionsStatus as SessionStatus
from xache_api.types import UNSET

from ..errors import NotFoundError, ValidationError
from ..facade.operations import M, Op, Service, build, given, operation, paginated
from ..facade.pagination import PageData
from ..facade.validation import require_text
from ..types.base import Result, read, result, wire
from ..types.ephemeral import EphemeralSession, EphemeralStats, EphemeralStructuredView, PromoteResult

__all__ = ["EphemeralService"]


@result
class _SessionList(Result):
    sessions: list[EphemeralSession]
    total: int
    page: int = 1
    page_size: int | None = wire("pageSize", "limit", default=None)


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
        if metadata is not None and not isinstance(metadata, Mapping):
            raise ValidationError("metadata must be a JSON object (a dict)", field="metadata")
        # TS sends ``{}`` when no option is set (the Python SDK sends no body).
        request = EphemeralSessionCreateRequest(
            ttl_seconds=given(ttl_seconds),
            max_windows=given(max_windows),
            metadata=UNSET if metadata is None else JsonObject.from_dict(metadata),
        )
        reply = yield build(create_ephemeral_session._get_kwargs, body=request)
        return read(EphemeralSession, reply)

    @operation
    def get_session(self, session_key: str) -> Op[EphemeralSession | None]:
        """A session of the caller, or ``None`` when there is no such session."""
        try:
            reply = yield build(get_ephemeral_session._get_kwargs, session_key)
        except NotFoundError:
            return None
        return read(EphemeralSession, reply)

    @operation
    def renew_session(self, session_key: str) -> Op[EphemeralSession]:
        """Extend an active session by its TTL, using one window (paid)."""
        reply = yield build(renew_ephemeral_session._get_kwargs, session_key)
        return read(EphemeralSession, reply)

    @operation
    def promote_session(self, session_key: str) -> Op[PromoteResult]:
        """Turn every non-empty slot into a persistent memory and end the session (paid)."""
        reply = yield build(promote_ephemeral_session._get_kwargs, session_key)
        return read(PromoteResult, reply)

    @operation
    def terminate_session(self, session_key: str) -> Op[bool]:
        """End a session without promoting it; returns True."""
        yield build(terminate_ephemeral_session._get_kwargs, session_key)
        return True

    @operation
    def write_slot(self, session_key: str, slot: SlotName, data: Mapping[str, Any]) -> Op[None]:
        """Overwrite a slot with a JSON object."""
        require_text("session_key", session_key)
        if not isinstance(data, Mapping):
            raise ValidationError("data must be a JSON object (a dict)", field="data")
        body = EphemeralSlotWriteRequest(data=JsonObject.from_dict(data))
        yield build(write_ephemeral_slot._get_kwargs, session_key, slot, body=body)

    @operation
    def read_slot(self, session_key: str, slot: SlotName) -> Op[dict[str, Any]]:
        """A slot's content (``{}`` when empty)."""
        reply = yield build(read_ephemeral_slot._get_kwargs, session_key, slot)
        return dict(reply)

    @operation
    def read_all_slots(self, session_key: str) -> Op[dict[str, Any]]:
        """Every non-empty slot, by name."""
        reply = yield build(read_all_ephemeral_slots._get_kwargs, session_key)
        return dict(reply)

    @operation
    def clear_slot(self, session_key: str, slot: SlotName) -> Op[None]:
        """Empty a slot."""
        yield build(clear_ephemeral_slot._get_kwargs, session_key, slot)

    @operation
    def get_structured(self, session_key: str) -> Op[EphemeralStructuredView]:
        """Entities, relationships and a summary drawn from the session's slots."""
        reply = yield build(get_ephemeral_structured._get_kwargs, session_key)
        return read(EphemeralStructuredView, reply)

    @operation
    def export_session(self, session_key: str, format: ExportFormat = "json") -> Op[Any]:
        """The session exported as ``json`` (an object), ``markdown`` (a string) or ``audit`` (an object)."""
        return (yield build(export_ephemeral_session._get_kwargs, session_key, format_=format))

    @paginated
    def list_sessions(
        self,
        status: SessionStatus | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> Op[PageData[EphemeralSession]]:
        """The caller's sessions, newest first; the page iterates across all pages."""
        reply = yield build(list_ephemeral_sessions._get_kwargs, status=status, limit=limit, offset=offset)
        found = read(_SessionList, reply)
        size = found.page_size if found.page_size is not None else limit or len(found.sessions)
        start = offset if offset is not None else (found.page - 1) * size
        return PageData(found.sessions, found.total, size, start)

    @operation
    def get_stats(self) -> Op[EphemeralStats]:
        """Active and total sessions, today's spend, average duration and promotion rate."""
        reply = yield build(get_ephemeral_stats._get_kwargs)
        return read(EphemeralStats, reply)
