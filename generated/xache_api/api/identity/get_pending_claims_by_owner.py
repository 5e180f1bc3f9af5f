from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.pending_claims_by_owner_response import PendingClaimsByOwnerResponse
from ...types import Response


def _get_kwargs(
    owner_did: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ownership/pending-claims/owner/{owner_did}".format(
            owner_did=quote(str(owner_did), safe=":", errors="surrogatepass"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | PendingClaimsByOwnerResponse | None:
    if response.status_code == 200:
        response_200 = PendingClaimsByOwnerResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | PendingClaimsByOwnerResponse]:
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
    owner_did: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorEnvelope | PendingClaimsByOwnerResponse]:
    """List pending claims made by an owner

     Pending ownership claims submitted by an owner (the client's own owner DID, sent raw). Owner-only.

    Reference: I8. SDK methods: TS `identity.getPendingClaimsByOwner`, Python
    `identity.get_pending_claims_by_owner`.

    Args:
        owner_did (str): DID as the TS SDK's `validateDID` accepts it (reference §1.7):
            `did:<agent|owner>:evm:0x` + 40 hex, or `did:<agent|owner>:sol:` + a 32–44-character
            base58 address.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PendingClaimsByOwnerResponse]
    """

    kwargs = _get_kwargs(
        owner_did=owner_did,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    owner_did: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorEnvelope | PendingClaimsByOwnerResponse | None:
    """List pending claims made by an owner

     Pending ownership claims submitted by an owner (the client's own owner DID, sent raw). Owner-only.

    Reference: I8. SDK methods: TS `identity.getPendingClaimsByOwner`, Python
    `identity.get_pending_claims_by_owner`.

    Args:
        owner_did (str): DID as the TS SDK's `validateDID` accepts it (reference §1.7):
            `did:<agent|owner>:evm:0x` + 40 hex, or `did:<agent|owner>:sol:` + a 32–44-character
            base58 address.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PendingClaimsByOwnerResponse
    """

    return sync_detailed(
        owner_did=owner_did,
        client=client,
    ).parsed


async def asyncio_detailed(
    owner_did: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorEnvelope | PendingClaimsByOwnerResponse]:
    """List pending claims made by an owner

     Pending ownership claims submitted by an owner (the client's own owner DID, sent raw). Owner-only.

    Reference: I8. SDK methods: TS `identity.getPendingClaimsByOwner`, Python
    `identity.get_pending_claims_by_owner`.

    Args:
        owner_did (str): DID as the TS SDK's `validateDID` accepts it (reference §1.7):
            `did:<agent|owner>:evm:0x` + 40 hex, or `did:<agent|owner>:sol:` + a 32–44-character
            base58 address.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PendingClaimsByOwnerResponse]
    """

    kwargs = _get_kwargs(
        owner_did=owner_did,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    owner_did: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorEnvelope | PendingClaimsByOwnerResponse | None:
    """List pending claims made by an owner

     Pending ownership claims submitted by an owner (the client's own owner DID, sent raw). Owner-only.

    Reference: I8. SDK methods: TS `identity.getPendingClaimsByOwner`, Python
    `identity.get_pending_claims_by_owner`.

    Args:
        owner_did (str): DID as the TS SDK's `validateDID` accepts it (reference §1.7):
            `did:<agent|owner>:evm:0x` + 40 hex, or `did:<agent|owner>:sol:` + a 32–44-character
            base58 address.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PendingClaimsByOwnerResponse
    """

    return (
        await asyncio_detailed(
            owner_did=owner_did,
            client=client,
        )
    ).parsed
