"""Owner: registration of humans and organisations, wallet verification, profile, owned agents, subject purge."""

from __future__ import annotations

import re
from typing import Any, Literal

import attrs
from xache_api.api.owner import (
    get_owner_profile,
    list_owned_agents,
    purge_subject,
    register_owner,
    update_owner_profile,
    verify_owner_wallet,
)
from xache_api.models import (
    OwnerRegisterRequest,
    OwnerUpdateRequest,
    OwnerVerifyWalletRequest,
    SubjectPurgeRequest,
)

from ..crypto.did import parse_did
from ..errors import ValidationError
from ..facade.operations import M, Op, Service, build, operation
from ..facade.validation import EVM_ADDRESS, SOLANA_ADDRESS, check_one_of, check_pattern, require_text
from ..types.wire import KeyedResult, as_mapping, first, to_int, to_str

__all__ = ["OwnedAgent", "OwnedAgents", "Owner", "OwnerService", "SubjectPurgeResult"]

WalletChain = Literal["evm", "solana"]
EntityType = Literal["human", "organization"]
SUBJECT_ID = re.compile(r"^[a-f0-9]{64}$")


@attrs.frozen
class Owner:
    """An owner profile (``owner_did`` is the TS ``ownerDID``)."""

    owner_did: str
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

    @classmethod
    def from_wire(cls, data: Any) -> Owner:
        """Read an owner (wrapped in ``owner`` or not)."""
        d = as_mapping(data)
        d = as_mapping(d.get("owner")) if isinstance(d.get("owner"), dict) else d
        return cls(
            owner_did=to_str(first(d, "ownerDID", "ownerDid", "owner_did")),
            wallet_address=to_str(first(d, "walletAddress", "wallet_address")),
            wallet_chain=to_str(first(d, "walletChain", "wallet_chain")),
            entity_type=to_str(first(d, "entityType", "entity_type")),
            display_name=first(d, "displayName", "display_name"),
            organization_name=first(d, "organizationName", "organization_name"),
            email=d.get("email"),
            email_verified=bool(first(d, "emailVerified", "email_verified", default=False)),
            wallet_verified=bool(first(d, "walletVerified", "wallet_verified", default=False)),
            created_at=to_str(first(d, "createdAt", "created_at")),
            updated_at=to_str(first(d, "updatedAt", "updated_at")),
        )


@attrs.frozen
class OwnedAgent:
    """An agent owned individually or through a workspace."""

    agent_did: str
    wallet_address: str
    chain: str
    claim_type: str
    workspace_id: str | None = None
    workspace_name: str | None = None
    role: str | None = None
    added_at: str = ""


@attrs.frozen
class OwnedAgents(KeyedResult):
    """The owner's agents; ``result["agents"]`` / ``result["count"]`` work as with the official SDK."""

    agents: list[OwnedAgent]
    count: int


@attrs.frozen
class SubjectPurgeResult(KeyedResult):
    """What a subject purge deleted; ``result["memoriesDeleted"]`` works as with the official SDK."""

    subject_id: str
    memories_deleted: int
    receipts_deleted: int | None = None


def _optional_text(body: dict[str, Any], wire: str, field: str, value: str | None) -> None:
    if value is not None:
        if not isinstance(value, str):
            raise ValidationError(f"{field} must be a string", field=field)
        body[wire] = value


class OwnerService(Service[M]):
    """Owner identities (humans, organisations) and their fleet of agents."""

    @operation
    def register(
        self,
        wallet_address: str,
        wallet_chain: WalletChain,
        entity_type: EntityType,
        display_name: str | None = None,
        organization_name: str | None = None,
        email: str | None = None,
        supabase_user_id: str | None = None,
    ) -> Op[Owner]:
        """Register an owner (unsigned); its DID is ``did:owner:<evm|sol>:<address>``."""
        check_one_of("wallet_chain", wallet_chain, ("evm", "solana"))
        check_one_of("entity_type", entity_type, ("human", "organization"))
        require_text("wallet_address", wallet_address)
        if wallet_chain == "evm":
            check_pattern("wallet_address", wallet_address, EVM_ADDRESS, "an EVM address (0x + 40 hex)")
        else:
            check_pattern("wallet_address", wallet_address, SOLANA_ADDRESS, "a base58 Solana address")
        body: dict[str, Any] = {
            "walletAddress": wallet_address,
            "walletChain": wallet_chain,
            "entityType": entity_type,
        }
        _optional_text(body, "displayName", "display_name", display_name)
        _optional_text(body, "organizationName", "organization_name", organization_name)
        _optional_text(body, "email", "email", email)
        _optional_text(body, "supabaseUserId", "supabase_user_id", supabase_user_id)
        data = yield build(register_owner._get_kwargs, body=OwnerRegisterRequest.from_dict(body))
        return Owner.from_wire(data)

    @operation
    def verify_wallet(self, owner_did: str, message: str, signature: str, timestamp: int) -> Op[bool]:
        """Prove the wallet (unsigned). The sandbox expects EIP-191 ``personal_sign`` (EVM) or ed25519 (Solana)
        of ``message``, and ``timestamp`` (seconds or ms) within 5 minutes."""
        did = parse_did(owner_did)
        if did.role != "owner":
            raise ValidationError("owner_did must be an owner DID (did:owner:...)", field="owner_did")
        if not isinstance(message, str):
            raise ValidationError("message must be a string", field="message")
        require_text("signature", signature)
        if isinstance(timestamp, bool) or not isinstance(timestamp, int | float):
            raise ValidationError("timestamp must be a number", field="timestamp")
        body = {"ownerDID": str(did), "message": message, "signature": signature, "timestamp": timestamp}
        data = yield build(verify_owner_wallet._get_kwargs, body=OwnerVerifyWalletRequest.from_dict(body))
        return bool(as_mapping(data).get("verified", False))

    @operation
    def get_profile(self) -> Op[Owner | None]:
        """The calling owner's profile, or ``None`` if it never registered."""
        data = yield build(get_owner_profile._get_kwargs)
        owner = as_mapping(data).get("owner")
        return None if not owner else Owner.from_wire(owner)

    @operation
    def update_profile(
        self, display_name: str | None = None, organization_name: str | None = None, email: str | None = None
    ) -> Op[Owner]:
        """Update the calling owner's profile (sent as PATCH, like the TypeScript SDK)."""
        body: dict[str, Any] = {}
        _optional_text(body, "displayName", "display_name", display_name)
        _optional_text(body, "organizationName", "organization_name", organization_name)
        _optional_text(body, "email", "email", email)
        data = yield build(update_owner_profile._get_kwargs, body=OwnerUpdateRequest.from_dict(body))
        return Owner.from_wire(data)

    @operation
    def get_owned_agents(self) -> Op[OwnedAgents]:
        """Every agent the calling owner owns."""
        data = yield build(list_owned_agents._get_kwargs)
        d = as_mapping(data)
        agents = [
            OwnedAgent(
                agent_did=to_str(first(a, "agentDID", "agentDid", "agent_did")),
                wallet_address=to_str(first(a, "walletAddress", "wallet_address")),
                chain=to_str(a.get("chain")),
                claim_type=to_str(first(a, "claimType", "claim_type")),
                workspace_id=first(a, "workspaceId", "workspace_id"),
                workspace_name=first(a, "workspaceName", "workspace_name"),
                role=a.get("role"),
                added_at=to_str(first(a, "addedAt", "added_at")),
            )
            for a in map(as_mapping, d.get("agents") or [])
        ]
        return OwnedAgents(agents=agents, count=to_int(d.get("count"), len(agents)))

    @operation
    def purge_subject(self, subject_id: str, delete_receipts: bool = False) -> Op[SubjectPurgeResult]:
        """Irreversibly delete a subject's memories across the owner's agents (GDPR right to be forgotten)."""
        require_text("subject_id", subject_id)
        check_pattern("subject_id", subject_id, SUBJECT_ID, "64 lowercase hex characters")
        if not isinstance(delete_receipts, bool):
            raise ValidationError("delete_receipts must be a bool", field="delete_receipts")
        body = SubjectPurgeRequest.from_dict({"deleteReceipts": delete_receipts})
        data = yield build(purge_subject._get_kwargs, subject_id, body=body)
        d = as_mapping(data)
        receipts = first(d, "receiptsDeleted", "receipts_deleted")
        return SubjectPurgeResult(
            subject_id=to_str(first(d, "subjectId", "subject_id"), subject_id),
            memories_deleted=to_int(first(d, "memoriesDeleted", "memories_deleted")),
            receipts_deleted=None if receipts is None else to_int(receipts),
        )
