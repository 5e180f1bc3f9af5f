from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
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
) -> MemoryListResponse:
    if response.status_code == 200:
        response_200 = MemoryListResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(
        response.status_code, response.content, response.headers
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MemoryListResponse]:
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
) -> Response[MemoryListResponse]:
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
        Response[MemoryListResponse]
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
) -> MemoryListResponse:
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
        MemoryListResponse
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
) -> Response[MemoryListResponse]:
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
        Response[MemoryListResponse]
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
) -> MemoryListResponse:
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
        MemoryListResponse
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
