"""Results of the ephemeral (working-memory) service."""

from __future__ import annotations

import datetime as dt

from .base import Result, result, wire

__all__ = [
    "EphemeralEntity",
    "EphemeralRelationship",
    "EphemeralSession",
    "EphemeralStats",
    "EphemeralStructuredView",
    "PromoteResult",
]


@result
class EphemeralSession(Result):
    """A working-memory session. ``window`` counts from 1; each renewal uses one of ``max_windows``.

    ``status`` is ``active``, ``expired``, ``promoted`` or ``terminated`` (kept as sent if the server adds one).
    """

    session_key: str
    agent_did: str = wire("agentDID", default="")
    status: str
    window: int = 1
    max_windows: int = 5
    ttl_seconds: int = 3600
    created_at: dt.datetime | None = None
    expires_at: dt.datetime | None = None
    cumulative_cost: float = 0.0
    active_slots: list[str] = wire(factory=list)
    total_size: int = 0
    slot_sizes: dict[str, int] = wire(factory=dict)


@result
class PromoteResult(Result):
    """The memories a promotion created."""

    memories_created: int
    memory_ids: list[str]
    receipt_id: str | None = None

    @property
    def storage_keys(self) -> list[str]:
        """The memories' ids under the TypeScript SDK's memory naming."""
        return self.memory_ids


@result
class EphemeralEntity(Result):
    """An entity of the structured view."""

    name: str
    type: str = ""
    confidence: float = 1.0


@result
class EphemeralRelationship(Result):
    """A relationship of the structured view (``from_`` is the wire's ``from``)."""

    from_: str = wire("from")
    to: str
    type: str = ""


@result
class EphemeralStructuredView(Result):
    """Entities, relationships and a summary of a session."""

    session_key: str
    entities: list[EphemeralEntity]
    relationships: list[EphemeralRelationship]
    summary: str = ""


@result
class EphemeralStats(Result):
    """The caller's ephemeral usage (``today_spend`` in USD, ``promote_rate`` in [0, 1])."""

    active_sessions: int = 0
    total_sessions: int = 0
    today_spend: float = 0.0
    avg_duration_minutes: float = 0.0
    promote_rate: float = 0.0
    total_promoted: int = 0
