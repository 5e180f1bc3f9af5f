"""Owner: registration of humans and organisations, wallet verification, profile, owned agents, subject purge."""

from __future__ import annotations

from typing import Any

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
from xache_api.models.owner_register_request_entity_type import OwnerRegisterRequestEntityType as EntityType
from xache_api.models.owner_register_request_wallet_chain import (
    OwnerRegisterRequestWalletChain as WalletChain,
)
from xache_api.types import UNSET, Unset

from ..crypto.did import parse_did
from ..errors import ValidationError
from ..facade.operations import M, Op, Service, build, operation
from ..facade.validation import EVM_ADDRESS, SOLANA_ADDRESS, check_pattern, require_text
from ..types.base import Result, read, result
from ..types.owner import OwnedAgents, Owner, SubjectPurgeResult

__all__ = ["OwnerService"]


@result
class _OwnerReply(Result):
    owner: Owner


@result
class _ProfileReply(Result):
    owner: Owner | None = None


@result
class _Verified(Result):
    verified: bool


def _optional_text(field: str, value: Any) -> str | Unset:
    if value is None:
        return UNSET
    if not isinstance(value, str):
        raise ValidationError(f"{field} must be a string", field=field)
    return value


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
        require_text("wallet_address", wallet_address)
        # which of the spec's two address formats applies depends on wallet_chain, which no schema can say
        if wallet_chain == "evm":
            check_pattern("wallet_address", wallet_address, EVM_ADDRESS, "an EVM address (0x + 40 hex)")
        elif wallet_chain == "solana":
            check_pattern("wallet_address", wallet_address, SOLANA_ADDRESS, "a base58 Solana address")
        body = OwnerRegisterRequest(
            wallet_address=wallet_address,
            wallet_chain=wallet_chain,
            entity_type=entity_type,
            display_name=_optional_text("display_name", display_name),
            organization_name=_optional_text("organization_name", organization_name),
            email=_optional_text("email", email),
            supabase_user_id=_optional_text("supabase_user_id", supabase_user_id),
        )
        return read(_OwnerReply, (yield build(register_owner._get_kwargs, body=body))).owner

    @operation
    def verify_wallet(self, owner_did: str, message: str, signature: str, timestamp: int) -> Op[bool]:
        """Prove the wallet (unsigned). The sandbox expects EIP-191 ``personal_sign`` (EVM) or ed25519 (Solana)
        of ``message``, and ``timestamp`` (seconds or ms) within 5 minutes."""
        did = parse_did(owner_did)
        if did.role != "owner":
            raise ValidationError("owner_did must be an owner DID (did:owner:...)", field="owner_did")
        require_text("signature", signature)
        body = OwnerVerifyWalletRequest(
            owner_did=str(did), message=message, signature=signature, timestamp=timestamp
        )
        return read(_Verified, (yield build(verify_owner_wallet._get_kwargs, body=body))).verified

    @operation
    def get_profile(self) -> Op[Owner | None]:
        """The calling owner's profile, or ``None`` if it never registered."""
        return read(_ProfileReply, (yield build(get_owner_profile._get_kwargs))).owner

    @operation
    def update_profile(
        self, display_name: str | None = None, organization_name: str | None = None, email: str | None = None
    ) -> Op[Owner]:
        """Update the calling owner's profile (sent as PATCH, like the TypeScript SDK)."""
        body = OwnerUpdateRequest(
            display_name=_optional_text("display_name", display_name),
            organization_name=_optional_text("organization_name", organization_name),
            email=_optional_text("email", email),
        )
        return read(_OwnerReply, (yield build(update_owner_profile._get_kwargs, body=body))).owner

    @operation
    def get_owned_agents(self) -> Op[OwnedAgents]:
        """Every agent the calling owner owns."""
        return read(OwnedAgents, (yield build(list_owned_agents._get_kwargs)))

    @operation
    def purge_subject(self, subject_id: str, delete_receipts: bool = False) -> Op[SubjectPurgeResult]:
        """Irreversibly delete a subject's memories across the owner's agents (GDPR right to be forgotten)."""
        require_text("subject_id", subject_id)
        body = SubjectPurgeRequest(delete_receipts=delete_receipts)
        return read(SubjectPurgeResult, (yield build(purge_subject._get_kwargs, subject_id, body=body)))
