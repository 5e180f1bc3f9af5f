from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.identity_response import IdentityResponse
from ...models.identity_update_request import IdentityUpdateRequest
from ...types import Response


def _get_kwargs(
    did: str,
    *,
    body: IdentityUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/identity/{did}".format(
            did=quote(str(did), safe=":", errors="surrogatepass"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IdentityResponse:
    if response.status_code == 200:
        response_200 = IdentityResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(
        response.status_code, response.content, response.headers
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IdentityResponse]:
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
    did: str,
    *,
    client: AuthenticatedClient | Client,
    body: IdentityUpdateRequest,
) -> Response[IdentityResponse]:
    """Update an identity

     Updates the name and/or metadata of an identity (at least one required client-side).

    Reference: I3. SDK methods: TS `identity.update`, Python `identity.update`. Optional `Idempotency-
    Key` request header (see API description).

    Args:
        did (str): DID as the TS SDK's `validateDID` accepts it (reference §1.7):
            `did:<agent|owner>:evm:0x` + 40 hex, or `did:<agent|owner>:sol:` + a 32–44-character
            base58 address.
        body (IdentityUpdateRequest): At least one of `name` or `metadata` (checked client-side).
            The Python SDK omits falsy values; the TS SDK forwards extra keys.

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
        Response[IdentityResponse]
    """

    kwargs = _get_kwargs(
        did=did,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    did: str,
    *,
    client: AuthenticatedClient | Client,
    body: IdentityUpdateRequest,
) -> IdentityResponse:
    """Update an identity

     Updates the name and/or metadata of an identity (at least one required client-side).

    Reference: I3. SDK methods: TS `identity.update`, Python `identity.update`. Optional `Idempotency-
    Key` request header (see API description).

    Args:
        did (str): DID as the TS SDK's `validateDID` accepts it (reference §1.7):
            `did:<agent|owner>:evm:0x` + 40 hex, or `did:<agent|owner>:sol:` + a 32–44-character
            base58 address.
        body (IdentityUpdateRequest): At least one of `name` or `metadata` (checked client-side).
            The Python SDK omits falsy values; the TS SDK forwards extra keys.

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
        IdentityResponse
    """

    return sync_detailed(
        did=did,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    did: str,
    *,
    client: AuthenticatedClient | Client,
    body: IdentityUpdateRequest,
) -> Response[IdentityResponse]:
    """Update an identity

     Updates the name and/or metadata of an identity (at least one required client-side).

    Reference: I3. SDK methods: TS `identity.update`, Python `identity.update`. Optional `Idempotency-
    Key` request header (see API description).

    Args:
        did (str): DID as the TS SDK's `validateDID` accepts it (reference §1.7):
            `did:<agent|owner>:evm:0x` + 40 hex, or `did:<agent|owner>:sol:` + a 32–44-character
            base58 address.
        body (IdentityUpdateRequest): At least one of `name` or `metadata` (checked client-side).
            The Python SDK omits falsy values; the TS SDK forwards extra keys.

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
        Response[IdentityResponse]
    """

    kwargs = _get_kwargs(
        did=did,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    did: str,
    *,
    client: AuthenticatedClient | Client,
    body: IdentityUpdateRequest,
) -> IdentityResponse:
    """Update an identity

     Updates the name and/or metadata of an identity (at least one required client-side).

    Reference: I3. SDK methods: TS `identity.update`, Python `identity.update`. Optional `Idempotency-
    Key` request header (see API description).

    Args:
        did (str): DID as the TS SDK's `validateDID` accepts it (reference §1.7):
            `did:<agent|owner>:evm:0x` + 40 hex, or `did:<agent|owner>:sol:` + a 32–44-character
            base58 address.
        body (IdentityUpdateRequest): At least one of `name` or `metadata` (checked client-side).
            The Python SDK omits falsy values; the TS SDK forwards extra keys.

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
        IdentityResponse
    """

    return (
        await asyncio_detailed(
            did=did,
            client=client,
            body=body,
        )
    ).parsed
