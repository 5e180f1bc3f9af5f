"""Wallet sessions (x402 v2): pre-authorised spending by a wallet, bounded in time, scope and amount."""

from __future__ import annotations

from typing import Any, cast

import attrs
from xache_api.api.sessions import (
    create_wallet_session,
    get_wallet_session,
    list_wallet_sessions,
    revoke_wallet_session,
    validate_wallet_session,
)
from xache_api.models import (
    SessionCreateRequest,
    SessionCreateRequestChain,
    SessionCreateRequestNetwork,
    SessionCreateRequestScopeItem,
    SessionValidateRequest,
    SessionValidateRequestScope,
)
from xache_api.types import UNSET

from ..errors import NotFoundError, ValidationError
from ..facade.operations import M, Op, Service, build, given, operation
from ..facade.validation import require_text
from ..payments.networks import NETWORKS
from ..types.base import Result, read, result
from ..types.sessions import CreateSessionOptions, SessionValidation, WalletSession

__all__ = ["SessionService"]

_FAMILY = {"evm": "evm", "solana": "svm"}  # a session's chain, as the payment networks name its family


@result
class _SessionReply(Result):
    session: WalletSession


@result
class _SessionList(Result):
    sessions: list[WalletSession]


def _check_network(chain: Any, network: Any) -> None:
    """``network`` must be one of ``chain``'s (the spec checks each on its own, not that they agree)."""
    known = NETWORKS.get(network) if isinstance(network, str) else None
    family = _FAMILY.get(chain) if isinstance(chain, str) else None
    if known is not None and family is not None and known.family != family:
        raise ValidationError(f"network {network!r} is not a {chain} network", field="network")


class SessionService(Service[M]):
    """Create, inspect, validate and revoke wallet sessions."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.current_session_id: str | None = None

    def set_current_session(self, session_id: str | None) -> None:
        """Remember a session as the active one (client-side only; nothing is sent). ``None`` forgets it."""
        self.current_session_id = None if session_id is None else require_text("session_id", session_id)

    def get_current_session_id(self) -> str | None:
        """The active session id, if any."""
        return self.current_session_id

    def has_active_session(self) -> bool:
        """Whether a session is active."""
        return self.current_session_id is not None

    def get_session_header(self) -> dict[str, str]:
        """``{"X-Session-Id": id}`` for the active session (as TS; not attached to requests)."""
        return {} if self.current_session_id is None else {"X-Session-Id": self.current_session_id}

    def _create_body(
        self,
        wallet_address: str | Any,
        chain: str | None,
        network: str | None,
        signed_message: str | None,
        signature: str | None,
        scope: list[str] | None,
        duration_seconds: int | None,
        max_amount: str | None,
    ) -> SessionCreateRequest:
        if not isinstance(wallet_address, str) and hasattr(wallet_address, "signed_message"):
            o = wallet_address  # an options object (ours or the official SDK's dataclass)
            wallet_address, chain, network = o.wallet_address, o.chain, o.network
            signed_message, signature = o.signed_message, o.signature
            scope, duration_seconds, max_amount = o.scope, o.duration_seconds, o.max_amount
        _check_network(chain, network)
        signed_message = require_text("signed_message", signed_message)
        signature = require_text("signature", signature)
        scopes = list(scope) if scope else ["*"]
        did = self._context.did
        return SessionCreateRequest(
            wallet_address=wallet_address,
            chain=cast(SessionCreateRequestChain, chain),
            network=cast(SessionCreateRequestNetwork, network),
            signed_message=signed_message,
            signature=signature,
            scope=cast(list[SessionCreateRequestScopeItem], scopes),
            duration_seconds=given(duration_seconds),
            max_amount=given(max_amount),
            agent_did=UNSET if did is None else str(did),
        )

    @operation
    def create(
        self,
        wallet_address: str | CreateSessionOptions | Any = None,
        chain: SessionCreateRequestChain | None = None,
        network: str | None = None,
        signed_message: str | None = None,
        signature: str | None = None,
        scope: list[str] | None = None,
        duration_seconds: int | None = None,
        max_amount: str | None = None,
        *,
        options: CreateSessionOptions | Any = None,
    ) -> Op[WalletSession]:
        """Create a session from the wallet's signature of ``signed_message`` (SIWE / CAIP-122).

        Pass the fields, or one options object as the official Python SDK does. As the TypeScript SDK,
        ``scope`` defaults to ``["*"]`` and the client's DID is sent as ``agentDID``.
        """
        body = self._create_body(
            options if options is not None else wallet_address,
            chain,
            network,
            signed_message,
            signature,
            scope,
            duration_seconds,
            max_amount,
        )
        return read(_SessionReply, (yield build(create_wallet_session._get_kwargs, body=body))).session

    def _activate(self, session: WalletSession) -> None:
        self.current_session_id = session.session_id

    create_and_activate = create.then(_activate, "``create``, then make the new session the active one.")

    @operation
    def get(self, session_id: str, wallet_address: str) -> Op[WalletSession | None]:
        """A session, or ``None`` if there is none with this id for this wallet."""
        require_text("session_id", session_id)
        try:
            data = yield build(get_wallet_session._get_kwargs, session_id, wallet=wallet_address)
        except NotFoundError:
            return None
        return read(_SessionReply, data).session

    @operation
    def validate(
        self, session_id: str, wallet_address: str, amount: str | None = None, scope: str | None = None
    ) -> Op[SessionValidation]:
        """Whether the session is valid for ``amount`` (atomic units) and ``scope`` (one scope)."""
        require_text("session_id", session_id)
        body = SessionValidateRequest(
            amount=given(amount),
            scope=given(cast(SessionValidateRequestScope | None, scope)),
        )
        data = yield build(validate_wallet_session._get_kwargs, session_id, wallet=wallet_address, body=body)
        validation = read(SessionValidation, data)
        return validation if validation.session_id else attrs.evolve(validation, session_id=session_id)

    @operation
    def revoke(self, session_id: str, wallet_address: str) -> Op[bool]:
        """Revoke a session (``NotFoundError`` if there is none); forgets it if it was the active one."""
        yield build(revoke_wallet_session._get_kwargs, session_id, wallet=wallet_address)
        if self.current_session_id == session_id:
            self.current_session_id = None
        return True

    @operation
    def list_by_wallet(self, wallet_address: str) -> Op[list[WalletSession]]:
        """The sessions of a wallet."""
        data = yield build(list_wallet_sessions._get_kwargs, wallet_address)
        return read(_SessionList, data).sessions
