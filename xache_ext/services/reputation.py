"""Reputation: scores, history, the leaderboard, domain expertise and ERC-8004 reputation export."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, TypeVar

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
from xache_api.models.erc_8004_authorize_request_network import (
    Erc8004AuthorizeRequestNetwork as ERC8004Network,
)

from ..crypto.signers import EvmSigner, sign_typed_data
from ..errors import MissingSignerError, ValidationError, XacheInputError
from ..facade.operations import M, Op, Service, build, operation
from ..payments.networks import resolve_network
from ..types.base import Result, ResultShapeError, read, read_list, result
from ..types.reputation import (
    DomainReputation,
    ERC8004AuthorizationRequest,
    ERC8004DisableResult,
    ERC8004EnableResponse,
    ERC8004ExportStatus,
    ERC8004FeedbackAuth,
    ERC8004TypedData,
    ReputationSnapshot,
    TopAgent,
)

__all__ = ["ERC8004Network", "ReputationService"]

R = TypeVar("R", bound=Result)


@result
class _Leaderboard(Result):
    leaderboard: list[TopAgent]


def _given(cls: type[R], value: Any, field: str) -> R:
    """A caller's ``cls``, mapping (camelCase or snake_case) or dataclass (the Python SDK's) as ``cls``."""
    if isinstance(value, cls):
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = dataclasses.asdict(value)
    try:
        return read(cls, value, field)
    except ResultShapeError as exc:
        raise ValidationError(str(exc), field=field) from None


class ReputationService(Service[M]):
    """Reputation scores and ERC-8004 export (``agent_did=None`` means this client's own agent)."""

    @operation
    def get_reputation(self, agent_did: str | None = None) -> Op[ReputationSnapshot]:
        """The current snapshot of ``agent_did`` (default: this agent)."""
        if agent_did is None:
            reply = yield build(get_reputation._get_kwargs)
        else:
            reply = yield build(get_agent_reputation._get_kwargs, agent_did)
        return read(ReputationSnapshot, reply)

    @operation
    def get_history(self, agent_did: str | None = None, limit: int = 30) -> Op[list[ReputationSnapshot]]:
        """Up to ``limit`` (1-100) past snapshots, newest first."""
        if agent_did is None:
            reply = yield build(get_reputation_history._get_kwargs, limit=limit)
        else:
            reply = yield build(get_agent_reputation_history._get_kwargs, agent_did, limit=limit)
        return read_list(ReputationSnapshot, reply, "data")

    @operation
    def get_top_agents(self, limit: int = 10) -> Op[list[TopAgent]]:
        """The leaderboard: the ``limit`` (1-100) best agents (unsigned; a bare array or ``{leaderboard}``)."""
        reply = yield build(get_reputation_leaderboard._get_kwargs, limit=limit)
        if isinstance(reply, list):
            return read_list(TopAgent, reply, "data")
        return read(_Leaderboard, reply).leaderboard

    @operation
    def get_domain_reputation(self, domain: str, agent_did: str | None = None) -> Op[DomainReputation | None]:
        """Reputation in ``domain`` (2-50 of ``a-z 0-9 -``), or ``None`` with no reputation there."""
        if agent_did is None:
            reply = yield build(get_domain_reputation._get_kwargs, domain)
        else:
            reply = yield build(get_agent_domain_reputation._get_kwargs, agent_did, domain)
        return None if reply is None else read(DomainReputation, reply)

    @operation
    def get_all_domain_reputations(self, agent_did: str | None = None) -> Op[list[DomainReputation]]:
        """Reputation in every domain the agent has."""
        if agent_did is None:
            reply = yield build(list_domain_reputations._get_kwargs)
        else:
            reply = yield build(list_agent_domain_reputations._get_kwargs, agent_did)
        return read_list(DomainReputation, reply, "data")

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
        reply = yield build(
            get_erc8004_auth_request._get_kwargs,
            wallet=wallet_address,
            network=network,
            expiry_days=expiry_days,
            index_limit=index_limit,
        )
        return read(ERC8004AuthorizationRequest, reply)

    def sign_erc8004_authorization(self, typed_data: ERC8004TypedData | Mapping[str, Any]) -> str:
        """Sign the typed data with this client's EVM key or signer; returns the 0x-hex signature.

        No request is sent. An external wallet can sign ``typed_data.to_dict()`` instead.
        """
        signer = self._context.signer
        if not isinstance(signer, EvmSigner):
            raise MissingSignerError("signing an ERC-8004 authorization needs an EVM private key or signer")
        data = _given(ERC8004TypedData, typed_data, "typed_data")
        try:
            signature = sign_typed_data(
                signer,
                data.domain.to_wire(),
                data.types,
                data.primary_type,
                data.message,
            )
        except XacheInputError:
            raise
        except (ValueError, TypeError, KeyError, OverflowError) as exc:  # typed data EIP-712 cannot encode
            raise ValidationError(f"typed_data cannot be signed: {exc}", field="typed_data") from None
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
        auth = _given(ERC8004FeedbackAuth, authorization, "authorization")
        known = resolve_network(network) if isinstance(network, str) else None
        if known is not None and known.chain_id is not None and auth.chain_id != known.chain_id:
            raise ValidationError(
                f"authorization.chain_id must be {known.chain_id} on {network}; got {auth.chain_id!r}",
                field="authorization.chain_id",
            )
        body = Erc8004AuthorizeRequest(authorization=auth.to_model(), signature=signature, network=network)
        reply = yield build(submit_erc8004_authorization._get_kwargs, body=body)
        return read(ERC8004EnableResponse, reply)

    @operation
    def disable_erc8004_export(self) -> Op[ERC8004DisableResult]:
        """Revoke the export authorization."""
        reply = yield build(disable_erc8004_export._get_kwargs)
        return read(ERC8004DisableResult, reply)

    @operation
    def get_erc8004_status(self) -> Op[ERC8004ExportStatus]:
        """Whether export is enabled and valid."""
        reply = yield build(get_erc8004_status._get_kwargs)
        return read(ERC8004ExportStatus, reply)
