"""Results of the wallet-session service, and the official Python SDK's options object for ``create``."""

from __future__ import annotations

import time

import attrs

from .base import Result, result, wire

__all__ = ["CreateSessionOptions", "SessionValidation", "WalletSession"]


@result
class WalletSession(Result):
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
    agent_did: str | None = wire("agentDID", default=None)

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


@result
class SessionValidation(Result):
    """A validation answer with both SDKs' fields (TS ``session``/``error``, Python ``reason``).

    ``session_id`` is the validated session's id when the answer does not repeat it.
    """

    valid: bool
    session_id: str = ""
    has_budget: bool = False
    remaining_amount: str | None = None
    reason: str | None = wire("reason", "error", default=None)
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
