"""Results of the reputation service (scores, leaderboard, domains, ERC-8004 export)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from xache_api.models import Erc8004Authorization

from .base import Result, declared, result, wire

__all__ = [
    "DomainReputation",
    "ERC8004AuthorizationRequest",
    "ERC8004DisableResult",
    "ERC8004EnableResponse",
    "ERC8004ExportStatus",
    "ERC8004FeedbackAuth",
    "ERC8004TypedData",
    "ERC8004TypedDataDomain",
    "ReputationSnapshot",
    "TopAgent",
]

_AGENT_ID = ("erc8004AgentId", "agentId", "agent_id")  # TS and the Python SDK disagree on the name


@result
class ReputationSnapshot(Result):
    """An agent's reputation: ``overall`` and sub-scores (0-100 per the TS docs), with their weights."""

    agent_did: str = wire("agentDID")
    timestamp: dt.datetime | None = None
    overall: float
    memory_quality: float = 0.0
    contrib_success: float = 0.0
    economic_value: float = 0.0
    network_influence: float = 0.0
    reliability: float = 0.0
    specialization: Any = 0.0
    """A number from the server; the Python SDK defaults a missing value to ``[]`` (its type is ambiguous)."""
    weights: dict[str, float] = wire(factory=dict)


@result
class TopAgent(Result):
    """A leaderboard entry."""

    agent_did: str = wire("agentDID")
    wallet_address: str = ""
    reputation_score: float
    operation_count: int = 0
    total_earned_usd: str = wire("totalEarnedUSD", default="0")


@result
class DomainReputation(Result):
    """An agent's reputation in one domain (``success_rate`` in 0-1)."""

    domain: str
    score: float
    contribution_count: int = 0
    success_rate: float = 0.0
    total_earned_usd: str = wire("totalEarnedUSD", default="0")


@result
class ERC8004TypedDataDomain(Result):
    """The EIP-712 domain of a ``FeedbackAuth``."""

    name: str
    version: str
    chain_id: int
    verifying_contract: str

    def to_wire(self) -> dict[str, Any]:
        """The camelCase EIP-712 domain."""
        return declared(self, wire_names=True)


@result
class ERC8004TypedData(Result):
    """The EIP-712 typed data a wallet signs to authorise reputation export."""

    domain: ERC8004TypedDataDomain
    types: dict[str, list[dict[str, str]]]
    primary_type: str
    message: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        """The standard JSON form (e.g. for ``eth_account.messages.encode_typed_data(full_message=...)``)."""
        return {
            "domain": self.domain.to_wire(),
            "types": {name: [dict(f) for f in fields] for name, fields in self.types.items()},
            "primaryType": self.primary_type,
            "message": dict(self.message),
        }


@result
class ERC8004FeedbackAuth(Result):
    """The authorization struct (numbers as numbers) submitted with its signature."""

    agent_id: str
    client_address: str
    index_limit: int
    expiry: int
    chain_id: int
    identity_registry: str
    signer_address: str

    def to_model(self) -> Erc8004Authorization:
        """The generated request model of this authorization."""
        return Erc8004Authorization(**declared(self))

    def to_wire(self) -> dict[str, Any]:
        """The camelCase body object."""
        return self.to_model().to_dict()


@result
class ERC8004AuthorizationRequest(Result):
    """What to sign (``typed_data``) and what to submit with the signature (``authorization``)."""

    typed_data: ERC8004TypedData
    authorization: ERC8004FeedbackAuth


@result
class ERC8004EnableResponse(Result):
    """The answer to a submitted authorization (``agent_id`` and ``erc8004_agent_id`` carry the same id)."""

    success: bool = True
    authorization_id: str = ""
    agent_id: str = wire(*_AGENT_ID, default="")
    erc8004_agent_id: str = wire(*_AGENT_ID, default="")
    expires_at: str = ""
    index_limit: int | None = None
    message: str = ""


@result
class ERC8004DisableResult(Result):
    """The answer to disabling export."""

    success: bool
    message: str = ""


@result
class ERC8004ExportStatus(Result):
    """Whether export is enabled and valid, with its limits and last export."""

    enabled: bool
    is_valid: bool
    expires_at: str | None = None
    feedbacks_used: int | None = None
    feedbacks_limit: int | None = None
    erc8004_agent_id: str | None = None
    last_exported_at: str | None = None
    last_exported_score: float | None = None
    network: str | None = None
