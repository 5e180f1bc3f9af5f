"""Wallet sessions (x402 v2): pre-authorised spending by a wallet, bounded in time, scope and amount."""

from __future__ import annotations

import re
import time
from typing import Any, Literal

import attrs
from xache_api.api.sessions import (
    create_wallet_session,
    get_wallet_session,
    list_wallet_sessions,
    revoke_wallet_session,
    validate_wallet_session,
)
from xache_api.models import SessionCreateRequest, SessionValidateRequest

from ..errors import NotFoundError, ValidationError
from ..facade.operations import M, Op, Service, build, operation
from ..facade.validation import check_int_range, check_one_of, require_text
from ..types.wire import as_mapping, first, to_int, to_str

__all__ = ["CreateSessionOptions", "SessionService", "SessionValidation", "WalletSession"]

SCOPES = ("memory:store", "memory:retrieve", "collective:contribute", "collective:query", "*")
NETWORKS = {"evm": ("base", "base-sepolia"), "solana": ("solana", "solana-devnet")}
_ATOMIC = re.compile(r"^[0-9]+$")


@attrs.frozen
class WalletSession:
    """A wallet session; times are Unix milliseconds."""

    session_id: str
    wallet_address: str
    chain: str
    network: str
    created_at: int
    expires_at: int
    scope: list[str]
    max_amount: str | None = None
    amount_spent: str = "0"
    agent_did: str | None = None

    @classmethod
    def from_wire(cls, data: Any) -> WalletSession:
        """Read a session (wrapped in ``session`` or not)."""
        d = as_mapping(data)
        d = as_mapping(d.get("session")) if isinstance(d.get("session"), dict) else d
        return cls(
            session_id=to_str(first(d, "sessionId", "session_id")),
            wallet_address=to_str(first(d, "walletAddress", "wallet_address")),
            chain=to_str(d.get("chain")),
            network=to_str(d.get("network")),
            created_at=to_int(first(d, "createdAt", "created_at")),
            expires_at=to_int(first(d, "expiresAt", "expires_at")),
            scope=[str(s) for s in d.get("scope") or []],
            max_amount=first(d, "maxAmount", "max_amount"),
            amount_spent=to_str(first(d, "amountSpent", "amount_spent"), "0"),
            agent_did=first(d, "agentDID", "agentDid", "agent_did"),
        )

    @property
    def remaining_time(self) -> int:
        """Seconds until the session expires (0 when expired); TS ``getRemainingTime``."""
        return max(0, (self.expires_at - int(time.time() * 1000)) // 1000)

    @property
    def is_expired(self) -> bool:
        """Whether the session has expired; TS ``isExpired``."""
        return int(time.time() * 1000) > self.expires_at

    @property
    def remaining_budget(self) -> str | None:
        """``max_amount - amount_spent`` in atomic units (``None``: no cap); TS ``getRemainingBudget``."""
        if not self.max_amount:
            return None
        return str(max(int(self.max_amount) - int(self.amount_spent or "0"), 0))


@attrs.frozen
class SessionValidation:
    """A validation answer with both SDKs' fields (TS ``session``/``error``, Python ``reason``)."""

    valid: bool
    session_id: str
    has_budget: bool
    remaining_amount: str | None = None
    reason: str | None = None
    session: WalletSession | None = None

    @property
    def error(self) -> str | None:
        """The TypeScript name of ``reason``."""
        return self.reason


@attrs.frozen
class CreateSessionOptions:
    """The official Python SDK's options object for ``create`` (its dataclass is accepted too)."""

    wallet_address: str
    chain: str
    network: str
    signed_message: str
    signature: str
    duration_seconds: int | None = None
    max_amount: str | None = None
    scope: list[str] | None = None


class SessionService(Service[M]):
    """Create, inspect, validate and revoke wallet sessions."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.current_session_id: str | None = None

    def set_current_session(self, session_id: str | None) -> None:
        """Remember a session as the active one (client-side only; nothing is sent)."""
        self.current_session_id = session_id

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
    ) -> dict[str, Any]:
        if not isinstance(wallet_address, str) and hasattr(wallet_address, "signed_message"):
            o = wallet_address  # an options object (ours or the official SDK's dataclass)
            wallet_address, chain, network = o.wallet_address, o.chain, o.network
            signed_message, signature = o.signed_message, o.signature
            scope, duration_seconds, max_amount = o.scope, o.duration_seconds, o.max_amount
        require_text("wallet_address", wallet_address)
        check_one_of("chain", chain, ("evm", "solana"))
        check_one_of("network", network, NETWORKS[str(chain)])
        require_text("signed_message", signed_message)
        require_text("signature", signature)
        body: dict[str, Any] = {
            "walletAddress": wallet_address,
            "chain": chain,
            "network": network,
            "scope": list(scope) if scope else ["*"],
        }
        for s in body["scope"]:
            check_one_of("scope", s, SCOPES)
        if duration_seconds is not None:
            check_int_range("duration_seconds", duration_seconds, 1, 86_400)
            body["durationSeconds"] = duration_seconds
        if max_amount is not None:
            if not isinstance(max_amount, str) or not _ATOMIC.match(max_amount):
                raise ValidationError(
                    "max_amount must be a string of digits (atomic units)", field="max_amount"
                )
            body["maxAmount"] = max_amount
        body["signedMessage"] = signed_message
        body["signature"] = signature
        did = self._context.did
        if did is not None:
            body["agentDID"] = str(did)
        return body

    def _send_create(self, body: dict[str, Any]) -> Op[WalletSession]:
        data = yield build(create_wallet_session._get_kwargs, body=SessionCreateRequest.from_dict(body))
        return WalletSession.from_wire(data)

    @operation
    def create(
        self,
        wallet_address: str | CreateSessionOptions | Any = None,
        chain: Literal["evm", "solana"] | None = None,
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
        return (yield from self._send_create(body))

    @operation
    def create_and_activate(
        self,
        wallet_address: str | CreateSessionOptions | Any = None,
        chain: Literal["evm", "solana"] | None = None,
        network: str | None = None,
        signed_message: str | None = None,
        signature: str | None = None,
        scope: list[str] | None = None,
        duration_seconds: int | None = None,
        max_amount: str | None = None,
        *,
        options: CreateSessionOptions | Any = None,
    ) -> Op[WalletSession]:
        """``create``, then make the new session the active one."""
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
        session = yield from self._send_create(body)
        self.current_session_id = session.session_id
        return session

    @operation
    def get(self, session_id: str, wallet_address: str) -> Op[WalletSession | None]:
        """A session, or ``None`` if there is none with this id for this wallet."""
        require_text("session_id", session_id)
        require_text("wallet_address", wallet_address)
        try:
            data = yield build(get_wallet_session._get_kwargs, session_id, wallet=wallet_address)
        except NotFoundError:
            return None
        return WalletSession.from_wire(data)

    @operation
    def validate(
        self, session_id: str, wallet_address: str, amount: str | None = None, scope: str | None = None
    ) -> Op[SessionValidation]:
        """Whether the session is valid for ``amount`` (atomic units) and ``scope`` (one scope)."""
        require_text("session_id", session_id)
        require_text("wallet_address", wallet_address)
        body: dict[str, Any] = {}
        if amount is not None:
            if not isinstance(amount, str) or not _ATOMIC.match(amount):
                raise ValidationError("amount must be a string of digits (atomic units)", field="amount")
            body["amount"] = amount
        if scope is not None:
            check_one_of("scope", scope, SCOPES)
            body["scope"] = scope
        data = yield build(
            validate_wallet_session._get_kwargs,
            session_id,
            wallet=wallet_address,
            body=SessionValidateRequest.from_dict(body),
        )
        d = as_mapping(data)
        session = d.get("session")
        remaining = first(d, "remainingAmount", "remaining_amount")
        return SessionValidation(
            valid=bool(d.get("valid", False)),
            session_id=to_str(first(d, "sessionId", "session_id"), session_id),
            has_budget=bool(first(d, "hasBudget", "has_budget", default=False)),
            remaining_amount=None if remaining is None else str(remaining),
            reason=first(d, "reason", "error"),
            session=WalletSession.from_wire(session) if isinstance(session, dict) else None,
        )

    @operation
    def revoke(self, session_id: str, wallet_address: str) -> Op[bool]:
        """Revoke a session (``NotFoundError`` if there is none); forgets it if it was the active one."""
        require_text("session_id", session_id)
        require_text("wallet_address", wallet_address)
        yield build(revoke_wallet_session._get_kwargs, session_id, wallet=wallet_address)
        if self.current_session_id == session_id:
            self.current_session_id = None
        return True

    @operation
    def list_by_wallet(self, wallet_address: str) -> Op[list[WalletSession]]:
        """The sessions of a wallet."""
        require_text("wallet_address", wallet_address)
        data = yield build(list_wallet_sessions._get_kwargs, wallet_address)
        return [WalletSession.from_wire(s) for s in as_mapping(data).get("sessions") or []]
