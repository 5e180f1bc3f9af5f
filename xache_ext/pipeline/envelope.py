"""The response envelope ``{success, data, error, meta}``: unwrap ``data`` or raise the matching error."""

from __future__ import annotations

from typing import Any

import httpx

from ..contract import SchemaViolation, check_value, data_schema
from ..contract.schema import loads_bounded
from ..errors import (
    APIResponseValidationError,
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

__all__ = ["error_from_response", "request_id", "unwrap"]

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
        return loads_bounded(response.content)
    except ValueError:  # not JSON, or nested deeper than the SDK reads
        return None


def error_from_response(response: httpx.Response, body: Any = None) -> APIStatusError:
    """The typed error for a non-success response (status code, Xache code, message, details, request id)."""
    body = _json(response) if body is None else body
    error = body.get("error") if isinstance(body, dict) else None
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
        "request_id": request_id(response, body),
        "body": body if body is not None else response.text,
        "response": response,
    }
    if kind is PaymentRequiredError:
        challenge = parse_challenge(response)
        return PaymentRequiredError(
            message or challenge.error or "Payment required", challenge=challenge, **fields
        )
    return kind(message or f"HTTP {status} {response.reason_phrase}".strip(), **fields)


def request_id(response: httpx.Response, body: Any = None) -> str | None:
    """The request id of an answer: the envelope's ``meta.requestId``, else the ``X-Request-ID`` header."""
    body = _json(response) if body is None else body
    meta = body.get("meta") if isinstance(body, dict) else None
    found = meta.get("requestId") if isinstance(meta, dict) else None
    return found if isinstance(found, str) else response.headers.get("X-Request-ID")


def unwrap(response: httpx.Response, envelope: str | None = None) -> Any:
    """``data`` of a success answer, checked against the spec's envelope ``envelope``; else the typed error.

    A success status with a body that is not the envelope (not JSON, not an object, ``success`` not true, ``data``
    missing or of the wrong shape) raises :class:`APIResponseValidationError`.
    """
    body = _json(response)
    if not response.is_success or (
        isinstance(body, dict) and body.get("success") is False and "error" in body
    ):
        raise error_from_response(response, body)

    def malformed(reason: str) -> APIResponseValidationError:
        return APIResponseValidationError(
            reason,
            status_code=response.status_code,
            request_id=request_id(response, body),
            response=response,
        )

    if not isinstance(body, dict):
        kind = "an empty body" if not response.content else "not a JSON object"
        raise malformed(f"the body is {kind}")
    if body.get("success") is not True:
        raise malformed("`success` is not true")
    schema = data_schema(envelope)
    if schema is None:
        return body.get("data")
    if "data" not in body:
        raise malformed("`data` is missing")
    try:
        check_value(body["data"], schema, "data", full=False)
    except SchemaViolation as exc:
        raise malformed(f"{exc.where} {exc.reason}") from None
    return body["data"]
