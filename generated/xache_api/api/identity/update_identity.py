from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
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
) -> ErrorEnvelope | IdentityResponse | None:
    if response.status_code == 200:
        response_200 = IdentityResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorEnvelope.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorEnvelope.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | IdentityResponse]:
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
) -> Response[ErrorEnvelope | IdentityResponse]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | IdentityResponse]
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
) -> ErrorEnvelope | IdentityResponse | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | IdentityResponse
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
) -> Response[ErrorEnvelope | IdentityResponse]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | IdentityResponse]
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
) -> ErrorEnvelope | IdentityResponse | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | IdentityResponse
    """

    return (
        await asyncio_detailed(
            did=did,
            client=client,
            body=body,
        )
    ).parsed
