"""The response envelope ``{success, data, error, meta}``: unwrap ``data`` or raise the matching error."""

from __future__ import annotations

from typing import Any

import httpx

from ..errors import (
    APIStatusError,
    AuthenticationError,
    BudgetExceededError,
    ConflictError,
    InternalServerError,
    InvalidInputError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitedError,
    RetryLaterError,
)
from ..payments.challenge import parse_challenge

__all__ = ["error_from_response", "unwrap"]

_BY_CODE: dict[str, type[APIStatusError]] = {
    "UNAUTHENTICATED": AuthenticationError,
    "PAYMENT_REQUIRED": PaymentRequiredError,
    "RATE_LIMITED": RateLimitedError,
    "BUDGET_EXCEEDED": BudgetExceededError,
    "INVALID_INPUT": InvalidInputError,
    "CONFLICT": ConflictError,
    "RETRY_LATER": RetryLaterError,
    "INTERNAL": InternalServerError,
    "NOT_FOUND": NotFoundError,
}
_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: InvalidInputError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitedError,
    503: RetryLaterError,
}


def _json(response: httpx.Response) -> Any:
    if not response.content:
        return None
    try:
        return response.json()
    except ValueError:
        return None


def error_from_response(response: httpx.Response, body: Any = None) -> APIStatusError:
    """The typed error for a non-success response (status code, Xache code, message, details, request id)."""
    body = _json(response) if body is None else body
    error = body.get("error") if isinstance(body, dict) else None
    meta = body.get("meta") if isinstance(body, dict) else None
    request_id = (meta.get("requestId") if isinstance(meta, dict) else None) or response.headers.get(
        "X-Request-ID"
    )
    code = message = None
    details: dict[str, Any] = {}
    if isinstance(error, dict):
        code = error.get("code") if isinstance(error.get("code"), str) else None
        message = error.get("message") if isinstance(error.get("message"), str) else None
        raw_details = error.get("details")
        details = raw_details if isinstance(raw_details, dict) else {}
    elif isinstance(error, str):
        message = error
    status = response.status_code
    kind = _BY_STATUS.get(status) if status == 402 else _BY_CODE.get(code or "") or _BY_STATUS.get(status)
    if kind is None:
        kind = InternalServerError if status >= 500 else APIStatusError
    fields: dict[str, Any] = {
        "status_code": status,
        "code": code or ("PAYMENT_REQUIRED" if status == 402 else None),
        "details": details,
        "request_id": request_id,
        "body": body if body is not None else response.text,
        "response": response,
    }
    if kind is PaymentRequiredError:
        challenge = parse_challenge(response)
        return PaymentRequiredError(
            message or challenge.error or "Payment required", challenge=challenge, **fields
        )
    return kind(message or f"HTTP {status} {response.reason_phrase}".strip(), **fields)


def unwrap(response: httpx.Response) -> Any:
    """Return ``data`` of a successful response (None for an empty or non-JSON 2xx) or raise its error."""
    body = _json(response)
    if response.is_success and not (
        isinstance(body, dict) and body.get("success") is False and "error" in body
    ):
        return body.get("data") if isinstance(body, dict) else None
    raise error_from_response(response, body)
