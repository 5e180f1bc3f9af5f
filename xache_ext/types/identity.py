"""Results of the identity service (agent identities and ownership claims)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from .base import Result, result, wire

__all__ = ["ClaimDecision", "ClaimSubmission", "Identity", "OnChainClaim", "PendingClaim", "PendingClaims"]


@result
class Identity(Result):
    """An agent identity (registration answers carry no ``reputation_score``)."""

    did: str
    wallet_address: str
    key_type: str
    chain: str
    created_at: dt.datetime | None
    updated_at: dt.datetime | None = None
    reputation_score: float | None = None
    name: str | None = None
    metadata: dict[str, Any] | None = None


@result
class ClaimSubmission(Result):
    """The answer to an ownership claim request."""

    claim_id: str
    status: str
    message: str = ""


@result
class ClaimDecision(Result):
    """The answer to approving or rejecting a claim."""

    status: str
    message: str = ""


@result
class PendingClaim(Result):
    """A claim waiting for a decision (agent view: owner fields; owner view: agent fields)."""

    requested_at: dt.datetime | None
    claim_id: str | None = None
    owner_did: str | None = wire("ownerDID", default=None)
    owner_wallet: str | None = None
    agent_did: str | None = wire("agentDID", default=None)
    agent_wallet: str | None = None
    status: str | None = None
    webhook_url: str | None = None


@result
class PendingClaims(Result):
    """Pending claims and their count."""

    claims: list[PendingClaim]
    count: int


@result
class OnChainClaim(Result):
    """The answer to an on-chain ownership claim."""

    status: str
    tx_hash: str
    method: str = ""
    message: str = ""
