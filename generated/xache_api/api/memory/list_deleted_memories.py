from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deleted_memory_list_response import DeletedMemoryListResponse
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
) -> DeletedMemoryListResponse:
    if response.status_code == 200:
        response_200 = DeletedMemoryListResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(
        response.status_code, response.content, response.headers
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeletedMemoryListResponse]:
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
) -> Response[DeletedMemoryListResponse]:
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
        Response[DeletedMemoryListResponse]
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
) -> DeletedMemoryListResponse:
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
        DeletedMemoryListResponse
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
) -> Response[DeletedMemoryListResponse]:
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
        Response[DeletedMemoryListResponse]
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
) -> DeletedMemoryListResponse:
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
        DeletedMemoryListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            agent_did=agent_did,
            limit=limit,
            offset=offset,
        )
    ).parsed
