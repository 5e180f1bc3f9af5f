"""Results of the owner service (owner profiles, owned agents, subject purge)."""

from __future__ import annotations

from .base import Result, result, wire

__all__ = ["OwnedAgent", "OwnedAgents", "Owner", "SubjectPurgeResult"]


@result
class Owner(Result):
    """An owner profile (``owner_did`` is the TS ``ownerDID``)."""

    owner_did: str = wire("ownerDID")
    wallet_address: str
    wallet_chain: str
    entity_type: str
    display_name: str | None = None
    organization_name: str | None = None
    email: str | None = None
    email_verified: bool = False
    wallet_verified: bool = False
    created_at: str = ""
    updated_at: str = ""


@result
class OwnedAgent(Result):
    """An agent owned individually or through a workspace."""

    agent_did: str = wire("agentDID")
    wallet_address: str = ""
    chain: str = ""
    claim_type: str
    workspace_id: str | None = None
    workspace_name: str | None = None
    role: str | None = None
    added_at: str = ""


@result
class OwnedAgents(Result):
    """The owner's agents; ``result["agents"]`` / ``result["count"]`` work as with the official SDK."""

    agents: list[OwnedAgent]
    count: int


@result
class SubjectPurgeResult(Result):
    """What a subject purge deleted; ``result["memoriesDeleted"]`` works as with the official SDK."""

    subject_id: str
    memories_deleted: int
    receipts_deleted: int | None = None
