"""Identity: agent registration, profile, and ownership claims."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

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
    JsonObject,
)
from xache_api.models.claim_on_chain_request_chain import ClaimOnChainRequestChain as ClaimChain
from xache_api.models.identity_register_request_chain import IdentityRegisterRequestChain as Chain
from xache_api.models.identity_register_request_key_type import IdentityRegisterRequestKeyType as KeyType
from xache_api.types import UNSET

from ..crypto.did import parse_did
from ..errors import ValidationError
from ..facade.operations import M, Op, Service, build, given, operation
from ..facade.validation import EVM_ADDRESS, SOLANA_ADDRESS, check_pattern, json_object, require_text
from ..types.base import Result, read, result
from ..types.identity import ClaimDecision, ClaimSubmission, Identity, OnChainClaim, PendingClaims

__all__ = ["IdentityService"]


@result
class _Message(Result):
    message: str


def _register_body(
    wallet_address: str, key_type: KeyType, chain: Chain, owner_did: str | None
) -> IdentityRegisterRequest:
    require_text("wallet_address", wallet_address)
    # which of the spec's two address formats applies depends on key_type, which no schema can say
    if key_type == "evm":
        check_pattern("wallet_address", wallet_address, EVM_ADDRESS, "an EVM address (0x + 40 hex)")
    elif key_type == "solana":
        check_pattern("wallet_address", wallet_address, SOLANA_ADDRESS, "a base58 Solana address")
    owner = None if owner_did is None else str(parse_did(owner_did))
    return IdentityRegisterRequest(
        wallet_address=wallet_address, key_type=key_type, chain=chain, owner_did=given(owner)
    )


class IdentityService(Service[M]):
    """Register and manage agent identities and their ownership claims."""

    @operation
    def register(
        self, wallet_address: str, key_type: KeyType, chain: Chain, owner_did: str | None = None
    ) -> Op[Identity]:
        """Register an agent identity (unsigned). ``owner_did`` links it to an owner at once."""
        body = _register_body(wallet_address, key_type, chain, owner_did)
        return read(Identity, (yield build(register_identity._get_kwargs, body=body)))

    @operation
    def get(self, did: str) -> Op[Identity]:
        """Fetch an identity by DID."""
        return read(Identity, (yield build(get_identity._get_kwargs, str(parse_did(did)))))

    @operation
    def update(
        self, did: str, name: str | None = None, metadata: Mapping[str, Any] | None = None
    ) -> Op[Identity]:
        """Update the name and/or metadata of an identity (at least one is required)."""
        if name is None and metadata is None:
            raise ValidationError("update needs name or metadata", field="name")
        body = IdentityUpdateRequest(
            name=UNSET if name is None else require_text("name", name),
            metadata=UNSET if metadata is None else JsonObject.from_dict(json_object("metadata", metadata)),
        )
        data = yield build(update_identity._get_kwargs, str(parse_did(did)), body=body)
        return read(Identity, data)

    @operation
    def delete(self, did: str) -> Op[str]:
        """Delete (deactivate) an identity; returns the server's message."""
        data = yield build(delete_identity._get_kwargs, str(parse_did(did)))
        return read(_Message, data).message

    @operation
    def submit_claim_request(self, agent_did: str, webhook_url: str | None = None) -> Op[ClaimSubmission]:
        """Ask to become the owner of ``agent_did`` (the agent approves or rejects later)."""
        body = ClaimRequestRequest(
            agent_did=str(parse_did(agent_did)),
            webhook_url=UNSET if webhook_url is None else require_text("webhook_url", webhook_url),
        )
        return read(ClaimSubmission, (yield build(submit_claim_request._get_kwargs, body=body)))

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
        body = ClaimProcessRequest(
            owner_did=str(parse_did(owner_did)),
            approved=approved,
            owner_signature=given(owner_signature),
            agent_signature=given(agent_signature),
            message=given(message),
            timestamp=given(timestamp),
            rejection_reason=given(rejection_reason),
        )
        return read(ClaimDecision, (yield build(process_claim_request._get_kwargs, body=body)))

    @operation
    def get_pending_claims_for_agent(self) -> Op[PendingClaims]:
        """Claims waiting for this agent's decision."""
        did = self._context.require_did()
        return read(PendingClaims, (yield build(get_pending_claims_for_agent._get_kwargs, str(did))))

    @operation
    def get_pending_claims_by_owner(self) -> Op[PendingClaims]:
        """Claims this owner has made that are still pending (the client's DID is the owner's)."""
        did = self._context.require_did()
        return read(PendingClaims, (yield build(get_pending_claims_by_owner._get_kwargs, str(did))))

    @operation
    def claim_on_chain(self, agent_did: str, tx_hash: str, chain: ClaimChain) -> Op[OnChainClaim]:
        """Claim ownership with an on-chain transaction (Solana signature or EVM tx hash)."""
        body = ClaimOnChainRequest(
            agent_did=str(parse_did(agent_did)), tx_hash=require_text("tx_hash", tx_hash), chain=chain
        )
        return read(OnChainClaim, (yield build(claim_on_chain._get_kwargs, body=body)))
