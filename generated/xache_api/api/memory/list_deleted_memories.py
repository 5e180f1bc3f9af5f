from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deleted_memory_list_response import DeletedMemoryListResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    agent_did: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["agentDID"] = agent_did

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/memory/deleted",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeletedMemoryListResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = DeletedMemoryListResponse.from_dict(response.json())

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
) -> Response[DeletedMemoryListResponse | ErrorEnvelope]:
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
    agent_did: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = UNSET,
) -> Response[DeletedMemoryListResponse | ErrorEnvelope]:
    """List soft-deleted memories

     Lists soft-deleted (restorable) memories. `agentDID` is needed for owner access to an agent's
    memories. TS sends truthy values only; Python sends `limit` only if ≠ 50.

    Reference: M10. SDK methods: TS `memory.listDeleted`, Python `memory.list_deleted`.

    Args:
        agent_did (str | Unset): DID as the TS SDK's `validateDID` accepts it (reference §1.7):
            `did:<agent|owner>:evm:0x` + 40 hex, or `did:<agent|owner>:sol:` + a 32–44-character
            base58 address.
        limit (int | Unset):  Default: 50.
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletedMemoryListResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        agent_did=agent_did,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    agent_did: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = UNSET,
) -> DeletedMemoryListResponse | ErrorEnvelope | None:
    """List soft-deleted memories

     Lists soft-deleted (restorable) memories. `agentDID` is needed for owner access to an agent's
    memories. TS sends truthy values only; Python sends `limit` only if ≠ 50.

    Reference: M10. SDK methods: TS `memory.listDeleted`, Python `memory.list_deleted`.

    Args:
        agent_did (str | Unset): DID as the TS SDK's `validateDID` accepts it (reference §1.7):
            `did:<agent|owner>:evm:0x` + 40 hex, or `did:<agent|owner>:sol:` + a 32–44-character
            base58 address.
        limit (int | Unset):  Default: 50.
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeletedMemoryListResponse | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        agent_did=agent_did,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    agent_did: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = UNSET,
) -> Response[DeletedMemoryListResponse | ErrorEnvelope]:
    """List soft-deleted memories

     Lists soft-deleted (restorable) memories. `agentDID` is needed for owner access to an agent's
    memories. TS sends truthy values only; Python sends `limit` only if ≠ 50.

    Reference: M10. SDK methods: TS `memory.listDeleted`, Python `memory.list_deleted`.

    Args:
        agent_did (str | Unset): DID as the TS SDK's `validateDID` accepts it (reference §1.7):
            `did:<agent|owner>:evm:0x` + 40 hex, or `did:<agent|owner>:sol:` + a 32–44-character
            base58 address.
        limit (int | Unset):  Default: 50.
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletedMemoryListResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        agent_did=agent_did,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    agent_did: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = UNSET,
) -> DeletedMemoryListResponse | ErrorEnvelope | None:
    """List soft-deleted memories

     Lists soft-deleted (restorable) memories. `agentDID` is needed for owner access to an agent's
    memories. TS sends truthy values only; Python sends `limit` only if ≠ 50.

    Reference: M10. SDK methods: TS `memory.listDeleted`, Python `memory.list_deleted`.

    Args:
        agent_did (str | Unset): DID as the TS SDK's `validateDID` accepts it (reference §1.7):
            `did:<agent|owner>:evm:0x` + 40 hex, or `did:<agent|owner>:sol:` + a 32–44-character
            base58 address.
        limit (int | Unset):  Default: 50.
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeletedMemoryListResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            agent_did=agent_did,
            limit=limit,
            offset=offset,
        )
    ).parsed
