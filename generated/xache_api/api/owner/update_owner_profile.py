from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.owner_response import OwnerResponse
from ...models.owner_update_request import OwnerUpdateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: OwnerUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/owners/me",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OwnerResponse:
    if response.status_code == 200:
        response_200 = OwnerResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(
        response.status_code, response.content, response.headers
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OwnerResponse]:
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
    body: OwnerUpdateRequest,
) -> Response[OwnerResponse]:
    """Update own owner profile

     Updates the calling owner's profile. Owner-only. **Method disagreement**: the TypeScript SDK sends
    PATCH (modelled here); the Python SDK sends PUT to the same path with the same body. Servers should
    accept both: the local sandbox routes `PUT /v1/owners/me` to this operation (same request and
    response schemas; the signature covers the method actually sent).

    Reference: O4. SDK methods: TS `owner.updateProfile`, Python `owner.update_profile`. Optional
    `Idempotency-Key` request header (see API description).

    Args:
        body (OwnerUpdateRequest):

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
        Response[OwnerResponse]
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
    body: OwnerUpdateRequest,
) -> OwnerResponse:
    """Update own owner profile

     Updates the calling owner's profile. Owner-only. **Method disagreement**: the TypeScript SDK sends
    PATCH (modelled here); the Python SDK sends PUT to the same path with the same body. Servers should
    accept both: the local sandbox routes `PUT /v1/owners/me` to this operation (same request and
    response schemas; the signature covers the method actually sent).

    Reference: O4. SDK methods: TS `owner.updateProfile`, Python `owner.update_profile`. Optional
    `Idempotency-Key` request header (see API description).

    Args:
        body (OwnerUpdateRequest):

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
        OwnerResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OwnerUpdateRequest,
) -> Response[OwnerResponse]:
    """Update own owner profile

     Updates the calling owner's profile. Owner-only. **Method disagreement**: the TypeScript SDK sends
    PATCH (modelled here); the Python SDK sends PUT to the same path with the same body. Servers should
    accept both: the local sandbox routes `PUT /v1/owners/me` to this operation (same request and
    response schemas; the signature covers the method actually sent).

    Reference: O4. SDK methods: TS `owner.updateProfile`, Python `owner.update_profile`. Optional
    `Idempotency-Key` request header (see API description).

    Args:
        body (OwnerUpdateRequest):

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
        Response[OwnerResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OwnerUpdateRequest,
) -> OwnerResponse:
    """Update own owner profile

     Updates the calling owner's profile. Owner-only. **Method disagreement**: the TypeScript SDK sends
    PATCH (modelled here); the Python SDK sends PUT to the same path with the same body. Servers should
    accept both: the local sandbox routes `PUT /v1/owners/me` to this operation (same request and
    response schemas; the signature covers the method actually sent).

    Reference: O4. SDK methods: TS `owner.updateProfile`, Python `owner.update_profile`. Optional
    `Idempotency-Key` request header (see API description).

    Args:
        body (OwnerUpdateRequest):

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
        OwnerResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
