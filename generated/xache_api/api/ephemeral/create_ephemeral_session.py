from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ephemeral_session_create_request import EphemeralSessionCreateRequest
from ...models.ephemeral_session_response import EphemeralSessionResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: EphemeralSessionCreateRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/ephemeral/sessions",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EphemeralSessionResponse:
    if response.status_code == 200:
        response_200 = EphemeralSessionResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(
        response.status_code, response.content, response.headers
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EphemeralSessionResponse]:
    try:
        status_code = HTTPStatus(response.status_code)
    except ValueError:
        status_code = cast(HTTPStatus, response.status_code)
    return Response(
        status_code=status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EphemeralSessionCreateRequest | Unset = UNSET,
) -> Response[EphemeralSessionResponse]:
    """Create an ephemeral session

     Creates a working-memory session. Paid (x402, $0.005 per READMEs). TS sends `{}` when no options are
    set; Python sends no body and has no 402 handling here.

    Reference: X1. SDK methods: TS `ephemeral.createSession`, Python `ephemeral.create_session`.
    Optional `Idempotency-Key` request header (see API description). Paid: $0.005 (README). On 402 retry
    once with `PAYMENT-SIGNATURE` and `Idempotency-Key: <X-Challenge-ID>`.

    Args:
        body (EphemeralSessionCreateRequest | Unset): Only the keys that were set. TS sends `{}`
            when none; Python sends no body.

    Raises:
        xache_ext.APIStatusError: Through ``client.api``, an error status, as its typed subclass
            (``NotFoundError``, ``RateLimitedError``, ``PaymentRequiredError``, ...) once the pipeline's retries
            are spent; a payment the client refuses or the server rejects raises ``xache_ext.PaymentError``.
        xache_ext.APIConnectionError: Through ``client.api``, no response (``xache_ext.APITimeoutError``: none
            in time).
        xache_ext.XacheInputError: Through ``client.api``, an argument the spec forbids, before anything is
            sent.
        errors.UnexpectedStatus: On a plain ``xache_api.Client``, any status but the documented success
            (through ``client.api``, only a success status the spec does not document).
        httpx.HTTPError: On a plain ``xache_api.Client``, no response (``httpx.TimeoutException`` past
            ``Client.timeout``).

    Returns:
        Response[EphemeralSessionResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: EphemeralSessionCreateRequest | Unset = UNSET,
) -> EphemeralSessionResponse:
    """Create an ephemeral session

     Creates a working-memory session. Paid (x402, $0.005 per READMEs). TS sends `{}` when no options are
    set; Python sends no body and has no 402 handling here.

    Reference: X1. SDK methods: TS `ephemeral.createSession`, Python `ephemeral.create_session`.
    Optional `Idempotency-Key` request header (see API description). Paid: $0.005 (README). On 402 retry
    once with `PAYMENT-SIGNATURE` and `Idempotency-Key: <X-Challenge-ID>`.

    Args:
        body (EphemeralSessionCreateRequest | Unset): Only the keys that were set. TS sends `{}`
            when none; Python sends no body.

    Raises:
        xache_ext.APIStatusError: Through ``client.api``, an error status, as its typed subclass
            (``NotFoundError``, ``RateLimitedError``, ``PaymentRequiredError``, ...) once the pipeline's retries
            are spent; a payment the client refuses or the server rejects raises ``xache_ext.PaymentError``.
        xache_ext.APIConnectionError: Through ``client.api``, no response (``xache_ext.APITimeoutError``: none
            in time).
        xache_ext.XacheInputError: Through ``client.api``, an argument the spec forbids, before anything is
            sent.
        errors.UnexpectedStatus: On a plain ``xache_api.Client``, any status but the documented success
            (through ``client.api``, only a success status the spec does not document).
        httpx.HTTPError: On a plain ``xache_api.Client``, no response (``httpx.TimeoutException`` past
            ``Client.timeout``).

    Returns:
        EphemeralSessionResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EphemeralSessionCreateRequest | Unset = UNSET,
) -> Response[EphemeralSessionResponse]:
    """Create an ephemeral session

     Creates a working-memory session. Paid (x402, $0.005 per READMEs). TS sends `{}` when no options are
    set; Python sends no body and has no 402 handling here.

    Reference: X1. SDK methods: TS `ephemeral.createSession`, Python `ephemeral.create_session`.
    Optional `Idempotency-Key` request header (see API description). Paid: $0.005 (README). On 402 retry
    once with `PAYMENT-SIGNATURE` and `Idempotency-Key: <X-Challenge-ID>`.

    Args:
        body (EphemeralSessionCreateRequest | Unset): Only the keys that were set. TS sends `{}`
            when none; Python sends no body.

    Raises:
        xache_ext.APIStatusError: Through ``client.api``, an error status, as its typed subclass
            (``NotFoundError``, ``RateLimitedError``, ``PaymentRequiredError``, ...) once the pipeline's retries
            are spent; a payment the client refuses or the server rejects raises ``xache_ext.PaymentError``.
        xache_ext.APIConnectionError: Through ``client.api``, no response (``xache_ext.APITimeoutError``: none
            in time).
        xache_ext.XacheInputError: Through ``client.api``, an argument the spec forbids, before anything is
            sent.
        errors.UnexpectedStatus: On a plain ``xache_api.Client``, any status but the documented success
            (through ``client.api``, only a success status the spec does not document).
        httpx.HTTPError: On a plain ``xache_api.Client``, no response (``httpx.TimeoutException`` past
            ``Client.timeout``).

    Returns:
        Response[EphemeralSessionResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EphemeralSessionCreateRequest | Unset = UNSET,
) -> EphemeralSessionResponse:
    """Create an ephemeral session

     Creates a working-memory session. Paid (x402, $0.005 per READMEs). TS sends `{}` when no options are
    set; Python sends no body and has no 402 handling here.

    Reference: X1. SDK methods: TS `ephemeral.createSession`, Python `ephemeral.create_session`.
    Optional `Idempotency-Key` request header (see API description). Paid: $0.005 (README). On 402 retry
    once with `PAYMENT-SIGNATURE` and `Idempotency-Key: <X-Challenge-ID>`.

    Args:
        body (EphemeralSessionCreateRequest | Unset): Only the keys that were set. TS sends `{}`
            when none; Python sends no body.

    Raises:
        xache_ext.APIStatusError: Through ``client.api``, an error status, as its typed subclass
            (``NotFoundError``, ``RateLimitedError``, ``PaymentRequiredError``, ...) once the pipeline's retries
            are spent; a payment the client refuses or the server rejects raises ``xache_ext.PaymentError``.
        xache_ext.APIConnectionError: Through ``client.api``, no response (``xache_ext.APITimeoutError``: none
            in time).
        xache_ext.XacheInputError: Through ``client.api``, an argument the spec forbids, before anything is
            sent.
        errors.UnexpectedStatus: On a plain ``xache_api.Client``, any status but the documented success
            (through ``client.api``, only a success status the spec does not document).
        httpx.HTTPError: On a plain ``xache_api.Client``, no response (``httpx.TimeoutException`` past
            ``Client.timeout``).

    Returns:
        EphemeralSessionResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
