from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.list_memories_sort_by import (
    ListMemoriesSortBy,
)
from ...models.memory_list_response import MemoryListResponse
from ...models.memory_scope import MemoryScope
from ...models.storage_tier import StorageTier
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    context: str | Unset = UNSET,
    tier: StorageTier | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    sort_by: ListMemoriesSortBy | Unset = "created",
    subject_id: str | Unset = UNSET,
    scope: MemoryScope | Unset = UNSET,
    segment_id: str | Unset = UNSET,
    tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["context"] = context

    json_tier: str | Unset = UNSET
    if not isinstance(tier, Unset):
        json_tier = tier

    params["tier"] = json_tier

    params["limit"] = limit

    params["offset"] = offset

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sortBy"] = json_sort_by

    params["subjectId"] = subject_id

    json_scope: str | Unset = UNSET
    if not isinstance(scope, Unset):
        json_scope = scope

    params["scope"] = json_scope

    params["segmentId"] = segment_id

    params["tenantId"] = tenant_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/memory",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | MemoryListResponse | None:
    if response.status_code == 200:
        response_200 = MemoryListResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | MemoryListResponse]:
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
    context: str | Unset = UNSET,
    tier: StorageTier | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    sort_by: ListMemoriesSortBy | Unset = "created",
    subject_id: str | Unset = UNSET,
    scope: MemoryScope | Unset = UNSET,
    segment_id: str | Unset = UNSET,
    tenant_id: str | Unset = UNSET,
) -> Response[ErrorEnvelope | MemoryListResponse]:
    """List memory metadata

     Lists memory metadata (no decryption). Query parameters in SDK order. TS sends only truthy values
    (URL-encoded); Python sends raw values, `limit` only if ≠ 50, `offset` only if ≠ 0, `sortBy` only if
    ≠ `created`. Item key casing is ambiguous (snake_case per TS types, camelCase per the Python SDK).

    Reference: M4. SDK methods: TS `memory.list`, Python `memory.list`.

    Args:
        context (str | Unset): No SDK states a limit: capped at 1,000 characters (the standard
            contexts such as `xache.graph.entity` are under 40).
        tier (StorageTier | Unset): Storage tier.
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        sort_by (ListMemoriesSortBy | Unset):  Default: 'created'.
        subject_id (str | Unset):
        scope (MemoryScope | Unset): Memory visibility scope.
        segment_id (str | Unset): No SDK states a limit: 256 characters is generous for an id.
        tenant_id (str | Unset): No SDK states a limit: 256 characters is generous for an id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MemoryListResponse]
    """

    kwargs = _get_kwargs(
        context=context,
        tier=tier,
        limit=limit,
        offset=offset,
        sort_by=sort_by,
        subject_id=subject_id,
        scope=scope,
        segment_id=segment_id,
        tenant_id=tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    context: str | Unset = UNSET,
    tier: StorageTier | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    sort_by: ListMemoriesSortBy | Unset = "created",
    subject_id: str | Unset = UNSET,
    scope: MemoryScope | Unset = UNSET,
    segment_id: str | Unset = UNSET,
    tenant_id: str | Unset = UNSET,
) -> ErrorEnvelope | MemoryListResponse | None:
    """List memory metadata

     Lists memory metadata (no decryption). Query parameters in SDK order. TS sends only truthy values
    (URL-encoded); Python sends raw values, `limit` only if ≠ 50, `offset` only if ≠ 0, `sortBy` only if
    ≠ `created`. Item key casing is ambiguous (snake_case per TS types, camelCase per the Python SDK).

    Reference: M4. SDK methods: TS `memory.list`, Python `memory.list`.

    Args:
        context (str | Unset): No SDK states a limit: capped at 1,000 characters (the standard
            contexts such as `xache.graph.entity` are under 40).
        tier (StorageTier | Unset): Storage tier.
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        sort_by (ListMemoriesSortBy | Unset):  Default: 'created'.
        subject_id (str | Unset):
        scope (MemoryScope | Unset): Memory visibility scope.
        segment_id (str | Unset): No SDK states a limit: 256 characters is generous for an id.
        tenant_id (str | Unset): No SDK states a limit: 256 characters is generous for an id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MemoryListResponse
    """

    return sync_detailed(
        client=client,
        context=context,
        tier=tier,
        limit=limit,
        offset=offset,
        sort_by=sort_by,
        subject_id=subject_id,
        scope=scope,
        segment_id=segment_id,
        tenant_id=tenant_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    context: str | Unset = UNSET,
    tier: StorageTier | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    sort_by: ListMemoriesSortBy | Unset = "created",
    subject_id: str | Unset = UNSET,
    scope: MemoryScope | Unset = UNSET,
    segment_id: str | Unset = UNSET,
    tenant_id: str | Unset = UNSET,
) -> Response[ErrorEnvelope | MemoryListResponse]:
    """List memory metadata

     Lists memory metadata (no decryption). Query parameters in SDK order. TS sends only truthy values
    (URL-encoded); Python sends raw values, `limit` only if ≠ 50, `offset` only if ≠ 0, `sortBy` only if
    ≠ `created`. Item key casing is ambiguous (snake_case per TS types, camelCase per the Python SDK).

    Reference: M4. SDK methods: TS `memory.list`, Python `memory.list`.

    Args:
        context (str | Unset): No SDK states a limit: capped at 1,000 characters (the standard
            contexts such as `xache.graph.entity` are under 40).
        tier (StorageTier | Unset): Storage tier.
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        sort_by (ListMemoriesSortBy | Unset):  Default: 'created'.
        subject_id (str | Unset):
        scope (MemoryScope | Unset): Memory visibility scope.
        segment_id (str | Unset): No SDK states a limit: 256 characters is generous for an id.
        tenant_id (str | Unset): No SDK states a limit: 256 characters is generous for an id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MemoryListResponse]
    """

    kwargs = _get_kwargs(
        context=context,
        tier=tier,
        limit=limit,
        offset=offset,
        sort_by=sort_by,
        subject_id=subject_id,
        scope=scope,
        segment_id=segment_id,
        tenant_id=tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    context: str | Unset = UNSET,
    tier: StorageTier | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    sort_by: ListMemoriesSortBy | Unset = "created",
    subject_id: str | Unset = UNSET,
    scope: MemoryScope | Unset = UNSET,
    segment_id: str | Unset = UNSET,
    tenant_id: str | Unset = UNSET,
) -> ErrorEnvelope | MemoryListResponse | None:
    """List memory metadata

     Lists memory metadata (no decryption). Query parameters in SDK order. TS sends only truthy values
    (URL-encoded); Python sends raw values, `limit` only if ≠ 50, `offset` only if ≠ 0, `sortBy` only if
    ≠ `created`. Item key casing is ambiguous (snake_case per TS types, camelCase per the Python SDK).

    Reference: M4. SDK methods: TS `memory.list`, Python `memory.list`.

    Args:
        context (str | Unset): No SDK states a limit: capped at 1,000 characters (the standard
            contexts such as `xache.graph.entity` are under 40).
        tier (StorageTier | Unset): Storage tier.
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        sort_by (ListMemoriesSortBy | Unset):  Default: 'created'.
        subject_id (str | Unset):
        scope (MemoryScope | Unset): Memory visibility scope.
        segment_id (str | Unset): No SDK states a limit: 256 characters is generous for an id.
        tenant_id (str | Unset): No SDK states a limit: 256 characters is generous for an id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MemoryListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            context=context,
            tier=tier,
            limit=limit,
            offset=offset,
            sort_by=sort_by,
            subject_id=subject_id,
            scope=scope,
            segment_id=segment_id,
            tenant_id=tenant_id,
        )
    ).parsed
