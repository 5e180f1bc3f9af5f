"""Identity: agent registration, profile, and ownership claims."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, Literal

import attrs
from xache_api.api.identity import (
    claim_on_chain,
    delete_identity,
    get_identity,
    get_pending_claims_by_owner,
    get_pending_claims_for_agent,
    process_claim_request,
    register_identity,
    submit_claim_request,
    update_identity,
)
from xache_api.models import (
    ClaimOnChainRequest,
    ClaimProcessRequest,
    ClaimRequestRequest,
    IdentityRegisterRequest,
    IdentityUpdateRequest,
)

from ..crypto.did import parse_did
from ..errors import ValidationError
from ..facade.operations import M, Op, Service, build, operation
from ..facade.validation import (
    EVM_ADDRESS,
    SOLANA_ADDRESS,
    check_one_of,
    check_pattern,
    json_object,
    require_text,
)
from ..types.wire import as_mapping, first, to_datetime, to_float, to_int, to_str

__all__ = [
    "ClaimDecision",
    "ClaimSubmission",
    "Identity",
    "IdentityService",
    "OnChainClaim",
    "PendingClaim",
    "PendingClaims",
]

KeyType = Literal["evm", "solana"]
Chain = Literal["base", "solana"]


@attrs.frozen
class Identity:
    """An agent identity."""

    did: str
    wallet_address: str
    key_type: str
    chain: str
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    reputation_score: float | None = None
    name: str | None = None
    metadata: Mapping[str, Any] | None = None

    @classmethod
    def from_wire(cls, data: Any) -> Identity:
        """Read the ``data`` of an identity response."""
        d = as_mapping(data)
        score = first(d, "reputationScore", "reputation_score")
        return cls(
            did=to_str(d.get("did")),
            wallet_address=to_str(first(d, "walletAddress", "wallet_address")),
            key_type=to_str(first(d, "keyType", "key_type")),
            chain=to_str(d.get("chain")),
            created_at=to_datetime(first(d, "createdAt", "created_at")),
            updated_at=to_datetime(first(d, "updatedAt", "updated_at")),
            reputation_score=None if score is None else to_float(score),
            name=d.get("name"),
            metadata=d.get("metadata"),
        )


@attrs.frozen
class ClaimSubmission:
    """The answer to an ownership claim request."""

    claim_id: str
    status: str
    message: str


@attrs.frozen
class ClaimDecision:
    """The answer to approving or rejecting a claim."""

    status: str
    message: str


@attrs.frozen
class PendingClaim:
    """A claim waiting for a decision (agent view: owner fields; owner view: agent fields)."""

    requested_at: dt.datetime | None
    claim_id: str | None = None
    owner_did: str | None = None
    owner_wallet: str | None = None
    agent_did: str | None = None
    agent_wallet: str | None = None
    status: str | None = None
    webhook_url: str | None = None


@attrs.frozen
class PendingClaims:
    """Pending claims and their count."""

    claims: list[PendingClaim]
    count: int

    @classmethod
    def from_wire(cls, data: Any) -> PendingClaims:
        """Read the ``data`` of a pending-claims response."""
        d = as_mapping(data)
        claims = [
            PendingClaim(
                requested_at=to_datetime(c.get("requestedAt")),
                claim_id=c.get("claimId"),
                owner_did=c.get("ownerDID"),
                owner_wallet=c.get("ownerWallet"),
                agent_did=c.get("agentDID"),
                agent_wallet=c.get("agentWallet"),
                status=c.get("status"),
                webhook_url=c.get("webhookUrl"),
            )
            for c in map(as_mapping, d.get("claims") or [])
        ]
        return cls(claims=claims, count=to_int(d.get("count"), len(claims)))


@attrs.frozen
class OnChainClaim:
    """The answer to an on-chain ownership claim."""

    status: str
    tx_hash: str
    method: str
    message: str


def _register_body(wallet_address: str, key_type: str, chain: str, owner_did: str | None) -> dict[str, Any]:
    require_text("wallet_address", wallet_address)
    check_one_of("key_type", key_type, ("evm", "solana"))
    check_one_of("chain", chain, ("base", "solana"))
    if key_type == "evm":
        check_pattern("wallet_address", wallet_address, EVM_ADDRESS, "an EVM address (0x + 40 hex)")
    else:
        check_pattern("wallet_address", wallet_address, SOLANA_ADDRESS, "a base58 Solana address")
    body: dict[str, Any] = {"walletAddress": wallet_address, "keyType": key_type, "chain": chain}
    if owner_did is not None:
        body["ownerDID"] = str(parse_did(owner_did))
    return body


class IdentityService(Service[M]):
    """Register and manage agent identities and their ownership claims."""

    @operation
    def register(
        self, wallet_address: str, key_type: KeyType, chain: Chain, owner_did: str | None = None
    ) -> Op[Identity]:
        """Register an agent identity (unsigned). ``owner_did`` links it to an owner at once."""
        body = _register_body(wallet_address, key_type, chain, owner_did)
        data = yield build(register_identity._get_kwargs, body=IdentityRegisterRequest.from_dict(body))
        return Identity.from_wire(data)

    @operation
    def get(self, did: str) -> Op[Identity]:
        """Fetch an identity by DID."""
        data = yield build(get_identity._get_kwargs, str(parse_did(did)))
        return Identity.from_wire(data)

    @operation
    def update(
        self, did: str, name: str | None = None, metadata: Mapping[str, Any] | None = None
    ) -> Op[Identity]:
        """Update the name and/or metadata of an identity (at least one is required)."""
        if name is None and metadata is None:
            raise ValidationError("update needs name or metadata", field="name")
        body: dict[str, Any] = {}
        if name is not None:
            body["name"] = require_text("name", name)
        if metadata is not None:
            body["metadata"] = json_object("metadata", metadata)
        data = yield build(
            update_identity._get_kwargs, str(parse_did(did)), body=IdentityUpdateRequest.from_dict(body)
        )
        return Identity.from_wire(data)

    @operation
    def delete(self, did: str) -> Op[str]:
        """Delete (deactivate) an identity; returns the server's message."""
        data = yield build(delete_identity._get_kwargs, str(parse_did(did)))
        return to_str(as_mapping(data).get("message"))

    @operation
    def submit_claim_request(self, agent_did: str, webhook_url: str | None = None) -> Op[ClaimSubmission]:
        """Ask to become the owner of ``agent_did`` (the agent approves or rejects later)."""
        body: dict[str, Any] = {"agentDID": str(parse_did(agent_did))}
        if webhook_url is not None:
            body["webhookUrl"] = require_text("webhook_url", webhook_url)
        data = yield build(submit_claim_request._get_kwargs, body=ClaimRequestRequest.from_dict(body))
        d = as_mapping(data)
        return ClaimSubmission(
            to_str(d.get("claimId")), to_str(d.get("status"), "pending"), to_str(d.get("message"))
        )

    @operation
    def process_claim_request(
        self,
        owner_did: str,
        approved: bool,
        owner_signature: str | None = None,
        agent_signature: str | None = None,
        message: str | None = None,
        timestamp: int | None = None,
        rejection_reason: str | None = None,
    ) -> Op[ClaimDecision]:
        """Approve or reject an owner's claim on this agent (approval needs both signatures)."""
        if not isinstance(approved, bool):
            raise ValidationError("approved must be a bool", field="approved")
        if approved and not (owner_signature and agent_signature):
            raise ValidationError(
                "approving a claim needs owner_signature and agent_signature", field="owner_signature"
            )
        body: dict[str, Any] = {"ownerDID": str(parse_did(owner_did)), "approved": approved}
        optional = {
            "ownerSignature": owner_signature,
            "agentSignature": agent_signature,
            "message": message,
            "timestamp": timestamp,
            "rejectionReason": rejection_reason,
        }
        body.update({k: v for k, v in optional.items() if v is not None})
        data = yield build(process_claim_request._get_kwargs, body=ClaimProcessRequest.from_dict(body))
        d = as_mapping(data)
        return ClaimDecision(to_str(d.get("status")), to_str(d.get("message")))

    @operation
    def get_pending_claims_for_agent(self) -> Op[PendingClaims]:
        """Claims waiting for this agent's decision."""
        did = self._context.require_did()
        data = yield build(get_pending_claims_for_agent._get_kwargs, str(did))
        return PendingClaims.from_wire(data)

    @operation
    def get_pending_claims_by_owner(self) -> Op[PendingClaims]:
        """Claims this owner has made that are still pending (the client's DID is the owner's)."""
        did = self._context.require_did()
        data = yield build(get_pending_claims_by_owner._get_kwargs, str(did))
        return PendingClaims.from_wire(data)

    @operation
    def claim_on_chain(self, agent_did: str, tx_hash: str, chain: Chain) -> Op[OnChainClaim]:
        """Claim ownership with an on-chain transaction (Solana signature or EVM tx hash)."""
        check_one_of("chain", chain, ("base", "solana"))
        body = {
            "agentDID": str(parse_did(agent_did)),
            "txHash": require_text("tx_hash", tx_hash),
            "chain": chain,
        }
        data = yield build(claim_on_chain._get_kwargs, body=ClaimOnChainRequest.from_dict(body))
        d = as_mapping(data)
        return OnChainClaim(
            to_str(d.get("status")),
            to_str(d.get("txHash")),
            to_str(d.get("method")),
            to_str(d.get("message")),
        )
