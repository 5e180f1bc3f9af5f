"""The exception hierarchy of the SDK.

Every exception the SDK raises on purpose derives from :class:`XacheError`. Problems with the caller's own
input derive from :class:`XacheInputError`, which is also a ``ValueError`` and is always raised before any
request is sent. Errors answered by the server derive from :class:`APIStatusError` and carry the HTTP status,
the Xache error code, the message, the details and the request id.
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

    from .payments.challenge import PaymentChallenge

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BudgetExceededError",
    "ChainRpcError",
    "ClientClosedError",
    "ConflictError",
    "DecryptionError",
    "InsufficientFundsError",
    "InternalServerError",
    "InvalidDIDError",
    "InvalidInputError",
    "InvalidKeyError",
    "KeyMismatchError",
    "LastPageError",
    "MissingSignerError",
    "NotFoundError",
    "PaymentChallengeError",
    "PaymentError",
    "PaymentOutcomeUnknownError",
    "PaymentRefusedError",
    "PaymentRequiredError",
    "PaymentUnsupportedError",
    "PermissionDeniedError",
    "RateLimitedError",
    "RetryLaterError",
    "StoreManyError",
    "UnexpectedPaymentRequestError",
    "ValidationError",
    "WrongFlavourError",
    "XacheError",
    "XacheInputError",
]


class XacheError(Exception):
    """Base class of every error raised by the SDK."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled (to another process, a task queue) without calling __init__, whose arguments are keyword-only;
        # the response and request stay behind: they hold the signed request's headers.
        state = {k: (None if k in _UNPICKLED else v) for k, v in self.__dict__.items()}
        return (_rebuild, (type(self), self.args), state)


_UNPICKLED = frozenset({"response", "request"})


def _rebuild(cls: type[XacheError], args: tuple[Any, ...]) -> XacheError:
    error = cls.__new__(cls)
    error.args = args
    return error


class XacheInputError(XacheError, ValueError):
    """The caller's input is invalid; raised before any I/O."""


class InvalidDIDError(XacheInputError):
    """A DID is malformed (wrong prefix, role, chain or address format)."""


class InvalidKeyError(XacheInputError):
    """A private key is malformed. The message never contains the key."""


class KeyMismatchError(XacheInputError):
    """A private key or signer does not belong to the configured DID."""


class ValidationError(XacheInputError):
    """An argument of an SDK call breaks the API's rules (length, range, enum, format)."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class MissingSignerError(XacheError):
    """A signed endpoint was called on a client without a private key or signer."""


class DecryptionError(XacheError):
    """A ciphertext could not be decrypted: wrong key, tampered data or an unknown layout."""


class PaymentError(XacheError):
    """A 402 challenge could not be paid, or was refused on the client side. Nothing was charged twice."""

    def __init__(self, message: str, *, challenge: PaymentChallenge | None = None) -> None:
        super().__init__(message)
        self.challenge = challenge


class PaymentRefusedError(PaymentError):
    """The payment policy or the approval callback refused the challenge; nothing was signed or sent."""


class UnexpectedPaymentRequestError(PaymentError):
    """A 402 answered an operation that the spec does not mark paid; nothing was signed or paid."""


class PaymentOutcomeUnknownError(PaymentError):
    """A payment was sent, its answer was lost, and the server now refuses the re-sent authorization.

    The server may have charged: the ledger keeps the record (status ``unknown``) in its total.
    """


class PaymentUnsupportedError(PaymentError):
    """No requirement of the challenge can be paid by this client (network, scheme or asset)."""


class PaymentChallengeError(PaymentError):
    """The 402 challenge is malformed, inconsistent with the request, or cannot be paid safely as offered
    (e.g. a Solana challenge without a usable ``feePayer``, or a recipient token account that does not exist);
    nothing was signed or sent.

    ``field`` names the part at fault when it is one: ``"amount"``, ``"payTo"``, ``"asset"``, ``"resource"``,
    ``"network"``.
    """

    def __init__(
        self, message: str, *, challenge: PaymentChallenge | None = None, field: str | None = None
    ) -> None:
        super().__init__(message, challenge=challenge)
        self.field = field


class InsufficientFundsError(PaymentError):
    """The wallet's on-chain balance does not cover the payment (checked before signing); nothing was signed.

    ``balance`` and ``required`` are atomic units of the asset.
    """

    def __init__(
        self, message: str, *, balance: int, required: int, challenge: PaymentChallenge | None = None
    ) -> None:
        super().__init__(message, challenge=challenge)
        self.balance = balance
        self.required = required

    @classmethod
    def short(
        cls,
        network: str,
        wallet: str,
        balance: int,
        required: int,
        decimals: int,
        challenge: PaymentChallenge | None = None,
    ) -> InsufficientFundsError:
        """The error for ``wallet`` holding ``balance`` of the ``required`` USDC (atomic units, ``decimals``)."""
        return cls(
            f"insufficient USDC on {network}: have {balance / 10**decimals:.6f}, need "
            f"{required / 10**decimals:.6f}; fund wallet {wallet} with USDC",
            balance=balance,
            required=required,
            challenge=challenge,
        )


class ChainRpcError(XacheError):
    """A blockchain JSON-RPC call failed: no answer, an HTTP error, or a JSON-RPC ``error`` object.

    ``host`` is the RPC host only (full RPC URLs often carry an API key); ``code`` is the JSON-RPC error code.
    """

    def __init__(self, message: str, *, host: str, method: str, code: int | None = None) -> None:
        super().__init__(message)
        self.host = host
        self.method = method
        self.code = code


class WrongFlavourError(XacheError):
    """A raw ``sync*`` call on the async client, or an ``asyncio*`` call on the blocking one."""


class LastPageError(XacheError, LookupError):
    """``next_page()`` on the last page: check ``has_next_page()`` first, or iterate the page."""


class ClientClosedError(XacheError):
    """The client was used after it was closed: enter it again (``with`` / ``async with``) or make a new one."""


class APIConnectionError(XacheError):
    """The request did not get an HTTP response (connection refused or dropped, DNS, TLS)."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class APIResponseValidationError(XacheError):
    """A success status whose body is not what the spec promises (not JSON, no envelope, a field missing)."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        request_id: str | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.request_id = request_id
        self.response = response

    def __str__(self) -> str:
        text = f"[{self.status_code}] malformed answer: {self.args[0]}"
        return text + (f" (request {self.request_id})" if self.request_id else "")


class APIStatusError(XacheError):
    """The server answered with an error status and (usually) the Xache error envelope."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        code: str | None = None,
        details: dict[str, Any] | None = None,
        request_id: str | None = None,
        body: Any = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.code = code
        self.details = details or {}
        self.request_id = request_id
        self.body = body
        self.response = response

    def __str__(self) -> str:
        parts = [f"{self.status_code}"]
        if self.code:
            parts.append(self.code)
        text = f"[{' '.join(parts)}] {self.message}"
        if self.request_id:
            text += f" (request {self.request_id})"
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, code={self.code!r}, "
            f"message={self.message!r}, request_id={self.request_id!r})"
        )


class InvalidInputError(APIStatusError):
    """400 INVALID_INPUT: the server rejected the request's content."""


class AuthenticationError(APIStatusError):
    """401 UNAUTHENTICATED: the signature, timestamp or DID was not accepted."""


class PaymentRequiredError(APIStatusError):
    """402: the server asks for payment and the client did not (or could not) pay automatically."""

    def __init__(self, message: str, *, challenge: PaymentChallenge | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.challenge = challenge


class BudgetExceededError(APIStatusError):
    """BUDGET_EXCEEDED: the agent's monthly budget does not cover the operation."""


class PermissionDeniedError(APIStatusError):
    """403: the DID is authenticated but may not do this."""


class NotFoundError(APIStatusError):
    """404 or NOT_FOUND: the resource does not exist."""


class ConflictError(APIStatusError):
    """409 CONFLICT, e.g. an Idempotency-Key reused with a different request."""


class RateLimitedError(APIStatusError):
    """429 RATE_LIMITED. ``reset_at`` is when the limit resets, if the server said."""

    @property
    def reset_at(self) -> _dt.datetime | None:
        raw = self.details.get("resetAt", self.details.get("reset_at"))
        if raw is None:
            return None
        if isinstance(raw, int | float):
            seconds = raw / 1000 if raw > 10**11 else raw
            return _dt.datetime.fromtimestamp(seconds, tz=_dt.UTC)
        try:
            return _dt.datetime.fromisoformat(str(raw).replace("Z", "+00:00"))
        except ValueError:
            return None


class InternalServerError(APIStatusError):
    """5xx or INTERNAL: the server failed."""


class RetryLaterError(InternalServerError):
    """503 RETRY_LATER: the server is temporarily unable to serve the request."""


class StoreManyError(XacheError):
    """``memory.store_many`` stopped because a batch failed: ``result`` holds what was stored (and paid for)
    before it stopped, ``error`` the batch's own error (also the ``__cause__``)."""

    def __init__(self, message: str, *, result: Any, error: Exception) -> None:
        super().__init__(message)
        self.result = result
        self.error = error
