"""Reputation: scores, history, the leaderboard, domain expertise and ERC-8004 reputation export."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import Any, Literal

import attrs
from xache_api.api.reputation import (
    disable_erc8004_export,
    get_agent_domain_reputation,
    get_agent_reputation,
    get_agent_reputation_history,
    get_domain_reputation,
    get_erc8004_auth_request,
    get_erc8004_status,
    get_reputation,
    get_reputation_history,
    get_reputation_leaderboard,
    list_agent_domain_reputations,
    list_domain_reputations,
    submit_erc8004_authorization,
)
from xache_api.models import Erc8004AuthorizeRequest

from ..crypto.signers import EvmSigner, sign_typed_data
from ..errors import MissingSignerError, ValidationError
from ..facade.operations import M, Op, Service, build, operation
from ..facade.validation import check_int_range, check_length, check_one_of, check_pattern, require_text
from ..types.wire import KeyedResult, as_mapping, first, to_datetime, to_float, to_int, to_str

__all__ = [
    "DomainReputation",
    "ERC8004AuthorizationRequest",
    "ERC8004DisableResult",
    "ERC8004EnableResponse",
    "ERC8004ExportStatus",
    "ERC8004FeedbackAuth",
    "ERC8004Network",
    "ERC8004TypedData",
    "ERC8004TypedDataDomain",
    "ReputationService",
    "ReputationSnapshot",
    "TopAgent",
]

ERC8004Network = Literal["base", "base-sepolia"]
NETWORKS = ("base", "base-sepolia")
DOMAIN = re.compile(r"^[a-z0-9-]+$")
DID_PATTERN = re.compile(r"^did:(agent|owner):(evm|sol):[^:]+$")


def _optional_float(value: Any) -> float | None:
    return None if value is None else to_float(value)


def _optional_int(value: Any) -> int | None:
    return None if value is None else to_int(value)


def _optional_str(value: Any) -> str | None:
    return None if value is None else str(value)


@attrs.frozen
class ReputationSnapshot:
    """An agent's reputation: ``overall`` and sub-scores (0-100 per the TS docs), with their weights."""

    agent_did: str
    timestamp: dt.datetime | None
    overall: float
    memory_quality: float = 0.0
    contrib_success: float = 0.0
    economic_value: float = 0.0
    network_influence: float = 0.0
    reliability: float = 0.0
    specialization: Any = 0.0
    """A number from the server; the Python SDK defaults a missing value to ``[]`` (its type is ambiguous)."""
    weights: Mapping[str, float] = attrs.Factory(dict)

    @classmethod
    def from_wire(cls, data: Any) -> ReputationSnapshot:
        """Read one snapshot (camelCase or snake_case)."""
        d = as_mapping(data)
        weights = as_mapping(d.get("weights"))
        return cls(
            agent_did=to_str(first(d, "agentDID", "agentDid", "agent_did")),
            timestamp=to_datetime(d.get("timestamp")),
            overall=to_float(d.get("overall")),
            memory_quality=to_float(first(d, "memoryQuality", "memory_quality")),
            contrib_success=to_float(first(d, "contribSuccess", "contrib_success")),
            economic_value=to_float(first(d, "economicValue", "economic_value")),
            network_influence=to_float(first(d, "networkInfluence", "network_influence")),
            reliability=to_float(d.get("reliability")),
            specialization=first(d, "specialization", default=0.0),
            weights={str(k): to_float(v) for k, v in weights.items()},
        )


@attrs.frozen
class TopAgent:
    """A leaderboard entry."""

    agent_did: str
    wallet_address: str
    reputation_score: float
    operation_count: int
    total_earned_usd: str

    @classmethod
    def from_wire(cls, data: Any) -> TopAgent:
        """Read one leaderboard entry."""
        d = as_mapping(data)
        return cls(
            agent_did=to_str(first(d, "agentDID", "agentDid", "agent_did")),
            wallet_address=to_str(first(d, "walletAddress", "wallet_address")),
            reputation_score=to_float(first(d, "reputationScore", "reputation_score")),
            operation_count=to_int(first(d, "operationCount", "operation_count")),
            total_earned_usd=to_str(first(d, "totalEarnedUSD", "total_earned_usd"), "0"),
        )


@attrs.frozen
class DomainReputation:
    """An agent's reputation in one domain (``success_rate`` in 0-1)."""

    domain: str
    score: float
    contribution_count: int
    success_rate: float
    total_earned_usd: str

    @classmethod
    def from_wire(cls, data: Any) -> DomainReputation:
        """Read one domain reputation."""
        d = as_mapping(data)
        return cls(
            domain=to_str(d.get("domain")),
            score=to_float(d.get("score")),
            contribution_count=to_int(first(d, "contributionCount", "contribution_count")),
            success_rate=to_float(first(d, "successRate", "success_rate")),
            total_earned_usd=to_str(first(d, "totalEarnedUSD", "total_earned_usd"), "0"),
        )


@attrs.frozen
class ERC8004TypedDataDomain:
    """The EIP-712 domain of a ``FeedbackAuth``."""

    name: str
    version: str
    chain_id: int
    verifying_contract: str

    def to_wire(self) -> dict[str, Any]:
        """The camelCase EIP-712 domain."""
        return {
            "name": self.name,
            "version": self.version,
            "chainId": self.chain_id,
            "verifyingContract": self.verifying_contract,
        }


@attrs.frozen
class ERC8004TypedData:
    """The EIP-712 typed data a wallet signs to authorise reputation export."""

    domain: ERC8004TypedDataDomain
    types: Mapping[str, Sequence[Mapping[str, str]]]
    primary_type: str
    message: Mapping[str, Any]

    @classmethod
    def from_wire(cls, data: Any) -> ERC8004TypedData:
        """Read ``typedData``."""
        d = as_mapping(data)
        dom = as_mapping(d.get("domain"))
        return cls(
            domain=ERC8004TypedDataDomain(
                name=to_str(dom.get("name")),
                version=to_str(dom.get("version")),
                chain_id=to_int(first(dom, "chainId", "chain_id")),
                verifying_contract=to_str(first(dom, "verifyingContract", "verifying_contract")),
            ),
            types={
                str(k): [dict(as_mapping(f)) for f in v or []] for k, v in as_mapping(d.get("types")).items()
            },
            primary_type=to_str(first(d, "primaryType", "primary_type"), "FeedbackAuth"),
            message=dict(as_mapping(d.get("message"))),
        )

    def to_dict(self) -> dict[str, Any]:
        """The standard JSON form (e.g. for ``eth_account.messages.encode_typed_data(full_message=...)``)."""
        return {
            "domain": self.domain.to_wire(),
            "types": {k: [dict(f) for f in v] for k, v in self.types.items()},
            "primaryType": self.primary_type,
            "message": dict(self.message),
        }


@attrs.frozen
class ERC8004FeedbackAuth:
    """The authorization struct (numbers as numbers) submitted with its signature."""

    agent_id: str
    client_address: str
    index_limit: int
    expiry: int
    chain_id: int
    identity_registry: str
    signer_address: str

    @classmethod
    def from_wire(cls, data: Any) -> ERC8004FeedbackAuth:
        """Read ``authorization`` (camelCase or snake_case)."""
        d = as_mapping(data)
        return cls(
            agent_id=to_str(first(d, "agentId", "agent_id"), "0"),
            client_address=to_str(first(d, "clientAddress", "client_address")),
            index_limit=to_int(first(d, "indexLimit", "index_limit")),
            expiry=to_int(d.get("expiry")),
            chain_id=to_int(first(d, "chainId", "chain_id")),
            identity_registry=to_str(first(d, "identityRegistry", "identity_registry")),
            signer_address=to_str(first(d, "signerAddress", "signer_address")),
        )

    def to_wire(self) -> dict[str, Any]:
        """The camelCase body object."""
        return {
            "agentId": self.agent_id,
            "clientAddress": self.client_address,
            "indexLimit": self.index_limit,
            "expiry": self.expiry,
            "chainId": self.chain_id,
            "identityRegistry": self.identity_registry,
            "signerAddress": self.signer_address,
        }


@attrs.frozen
class ERC8004AuthorizationRequest(KeyedResult):
    """What to sign (``typed_data``) and what to submit with the signature (``authorization``)."""

    typed_data: ERC8004TypedData
    authorization: ERC8004FeedbackAuth


@attrs.frozen
class ERC8004EnableResponse(KeyedResult):
    """The answer to a submitted authorization (``agent_id`` and ``erc8004_agent_id`` carry the same id)."""

    success: bool
    authorization_id: str
    agent_id: str
    erc8004_agent_id: str
    expires_at: str
    index_limit: int | None
    message: str


@attrs.frozen
class ERC8004DisableResult(KeyedResult):
    """The answer to disabling export."""

    success: bool
    message: str


@attrs.frozen
class ERC8004ExportStatus:
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


def _check_did(agent_did: str | None) -> None:
    if agent_did is not None:
        check_pattern("agent_did", agent_did, DID_PATTERN, "a DID (did:<agent|owner>:<evm|sol>:<address>)")


def _check_limit(limit: int) -> None:
    check_int_range("limit", limit, 1, 100)


def _check_domain(domain: str) -> None:
    require_text("domain", domain)
    check_length("domain", domain, 2, 50)
    check_pattern("domain", domain, DOMAIN, "lowercase letters, digits and hyphens")


class ReputationService(Service[M]):
    """Reputation scores and ERC-8004 export (``agent_did=None`` means this client's own agent)."""

    @operation
    def get_reputation(self, agent_did: str | None = None) -> Op[ReputationSnapshot]:
        """The current snapshot of ``agent_did`` (default: this agent)."""
        _check_did(agent_did)
        if agent_did is None:
            reply = yield build(get_reputation._get_kwargs)
        else:
            reply = yield build(get_agent_reputation._get_kwargs, agent_did)
        return ReputationSnapshot.from_wire(reply)

    @operation
    def get_history(self, agent_did: str | None = None, limit: int = 30) -> Op[list[ReputationSnapshot]]:
        """Up to ``limit`` (1-100) past snapshots, newest first."""
        _check_did(agent_did)
        _check_limit(limit)
        if agent_did is None:
            reply = yield build(get_reputation_history._get_kwargs, limit=limit)
        else:
            reply = yield build(get_agent_reputation_history._get_kwargs, agent_did, limit=limit)
        return [ReputationSnapshot.from_wire(item) for item in reply or []]

    @operation
    def get_top_agents(self, limit: int = 10) -> Op[list[TopAgent]]:
        """The leaderboard: the ``limit`` (1-100) best agents (unsigned; a bare array or ``{leaderboard}``)."""
        _check_limit(limit)
        reply = yield build(get_reputation_leaderboard._get_kwargs, limit=limit)
        items = reply if isinstance(reply, list) else as_mapping(reply).get("leaderboard") or []
        return [TopAgent.from_wire(item) for item in items]

    @operation
    def get_domain_reputation(self, domain: str, agent_did: str | None = None) -> Op[DomainReputation | None]:
        """Reputation in ``domain`` (2-50 of ``a-z 0-9 -``), or ``None`` with no reputation there."""
        _check_domain(domain)
        _check_did(agent_did)
        if agent_did is None:
            reply = yield build(get_domain_reputation._get_kwargs, domain)
        else:
            reply = yield build(get_agent_domain_reputation._get_kwargs, agent_did, domain)
        return DomainReputation.from_wire(reply) if reply else None

    @operation
    def get_all_domain_reputations(self, agent_did: str | None = None) -> Op[list[DomainReputation]]:
        """Reputation in every domain the agent has."""
        _check_did(agent_did)
        if agent_did is None:
            reply = yield build(list_domain_reputations._get_kwargs)
        else:
            reply = yield build(list_agent_domain_reputations._get_kwargs, agent_did)
        return [DomainReputation.from_wire(item) for item in reply or []]

    # -- ERC-8004 portable reputation ------------------------------------------------------------------

    @operation
    def build_erc8004_authorization(
        self,
        wallet_address: str,
        expiry_days: int | None = 365,
        index_limit: int | None = 100,
        network: ERC8004Network = "base-sepolia",
    ) -> Op[ERC8004AuthorizationRequest]:
        """Fetch the typed data to sign (unsigned request; the server knows the contract addresses).

        ``None`` leaves ``expiry_days``/``index_limit`` to the server's defaults (365 and 100), as TS does.
        """
        require_text("wallet_address", wallet_address)
        check_one_of("network", network, NETWORKS)
        if expiry_days is not None:
            check_int_range("expiry_days", expiry_days, 1)
        if index_limit is not None:
            check_int_range("index_limit", index_limit, 1)
        reply = yield build(
            get_erc8004_auth_request._get_kwargs,
            wallet=wallet_address,
            network=network,
            expiry_days=expiry_days,
            index_limit=index_limit,
        )
        d = as_mapping(reply)
        return ERC8004AuthorizationRequest(
            typed_data=ERC8004TypedData.from_wire(first(d, "typedData", "typed_data")),
            authorization=ERC8004FeedbackAuth.from_wire(d.get("authorization")),
        )

    def sign_erc8004_authorization(self, typed_data: ERC8004TypedData | Mapping[str, Any]) -> str:
        """Sign the typed data with this client's EVM key or signer; returns the 0x-hex signature.

        No request is sent. An external wallet can sign ``typed_data.to_dict()`` instead.
        """
        signer = self._context.signer
        if not isinstance(signer, EvmSigner):
            raise MissingSignerError("signing an ERC-8004 authorization needs an EVM private key or signer")
        data = (
            typed_data if isinstance(typed_data, ERC8004TypedData) else ERC8004TypedData.from_wire(typed_data)
        )
        signature = sign_typed_data(
            signer,
            data.domain.to_wire(),
            data.types,
            data.primary_type,
            data.message,
        )
        return "0x" + signature.hex()

    @operation
    def submit_erc8004_authorization(
        self,
        authorization: ERC8004FeedbackAuth | Mapping[str, Any],
        signature: str,
        network: ERC8004Network = "base-sepolia",
    ) -> Op[ERC8004EnableResponse]:
        """Submit the signed authorization; enables export."""
        if not authorization:
            raise ValidationError("authorization is required", field="authorization")
        require_text("signature", signature)
        check_one_of("network", network, NETWORKS)
        auth = (
            authorization
            if isinstance(authorization, ERC8004FeedbackAuth)
            else ERC8004FeedbackAuth.from_wire(authorization)
        )
        body = {"authorization": auth.to_wire(), "signature": signature, "network": network}
        reply = yield build(
            submit_erc8004_authorization._get_kwargs, body=Erc8004AuthorizeRequest.from_dict(body)
        )
        d = as_mapping(reply)
        agent_id = to_str(first(d, "erc8004AgentId", "agentId", "agent_id"))
        return ERC8004EnableResponse(
            success=bool(d.get("success", True)),
            authorization_id=to_str(first(d, "authorizationId", "authorization_id")),
            agent_id=agent_id,
            erc8004_agent_id=agent_id,
            expires_at=to_str(first(d, "expiresAt", "expires_at")),
            index_limit=_optional_int(first(d, "indexLimit", "index_limit")),
            message=to_str(d.get("message")),
        )

    @operation
    def disable_erc8004_export(self) -> Op[ERC8004DisableResult]:
        """Revoke the export authorization."""
        reply = yield build(disable_erc8004_export._get_kwargs)
        d = as_mapping(reply)
        return ERC8004DisableResult(success=bool(d.get("success", True)), message=to_str(d.get("message")))

    @operation
    def get_erc8004_status(self) -> Op[ERC8004ExportStatus]:
        """Whether export is enabled and valid."""
        reply = yield build(get_erc8004_status._get_kwargs)
        d = as_mapping(reply)
        return ERC8004ExportStatus(
            enabled=bool(d.get("enabled", False)),
            is_valid=bool(first(d, "isValid", "is_valid", default=False)),
            expires_at=_optional_str(first(d, "expiresAt", "expires_at")),
            feedbacks_used=_optional_int(first(d, "feedbacksUsed", "feedbacks_used")),
            feedbacks_limit=_optional_int(first(d, "feedbacksLimit", "feedbacks_limit")),
            erc8004_agent_id=_optional_str(first(d, "erc8004AgentId", "erc8004_agent_id")),
            last_exported_at=_optional_str(first(d, "lastExportedAt", "last_exported_at")),
            last_exported_score=_optional_float(first(d, "lastExportedScore", "last_exported_score")),
            network=_optional_str(d.get("network")),
        )
