from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.workspace_response import WorkspaceResponse
from ...models.workspace_update_request import WorkspaceUpdateRequest
from ...types import Response


def _get_kwargs(
    workspace_id: str,
    *,
    body: WorkspaceUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/workspaces/{workspace_id}".format(
            workspace_id=quote(str(workspace_id), safe="", errors="surrogatepass"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WorkspaceResponse:
    if response.status_code == 200:
        response_200 = WorkspaceResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(
        response.status_code, response.content, response.headers
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[WorkspaceResponse]:
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
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkspaceUpdateRequest,
) -> Response[WorkspaceResponse]:
    """Update a workspace

     Updates a workspace. Owner-only. **Method disagreement**: the TypeScript SDK sends PATCH (modelled
    here); the Python SDK sends PUT to the same path with the same body. Servers should accept both: the
    local sandbox routes `PUT /v1/workspaces/{workspaceId}` to this operation (same request and response
    schemas; the signature covers the method actually sent).

    Reference: W4. SDK methods: TS `workspaces.update`, Python `workspaces.update`. Optional
    `Idempotency-Key` request header (see API description).

    Args:
        workspace_id (str): Opaque id. No SDK states a limit; the ids the server issues are about
            30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.
        body (WorkspaceUpdateRequest):

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
        Response[WorkspaceResponse]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkspaceUpdateRequest,
) -> WorkspaceResponse:
    """Update a workspace

     Updates a workspace. Owner-only. **Method disagreement**: the TypeScript SDK sends PATCH (modelled
    here); the Python SDK sends PUT to the same path with the same body. Servers should accept both: the
    local sandbox routes `PUT /v1/workspaces/{workspaceId}` to this operation (same request and response
    schemas; the signature covers the method actually sent).

    Reference: W4. SDK methods: TS `workspaces.update`, Python `workspaces.update`. Optional
    `Idempotency-Key` request header (see API description).

    Args:
        workspace_id (str): Opaque id. No SDK states a limit; the ids the server issues are about
            30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.
        body (WorkspaceUpdateRequest):

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
        WorkspaceResponse
    """

    return sync_detailed(
        workspace_id=workspace_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkspaceUpdateRequest,
) -> Response[WorkspaceResponse]:
    """Update a workspace

     Updates a workspace. Owner-only. **Method disagreement**: the TypeScript SDK sends PATCH (modelled
    here); the Python SDK sends PUT to the same path with the same body. Servers should accept both: the
    local sandbox routes `PUT /v1/workspaces/{workspaceId}` to this operation (same request and response
    schemas; the signature covers the method actually sent).

    Reference: W4. SDK methods: TS `workspaces.update`, Python `workspaces.update`. Optional
    `Idempotency-Key` request header (see API description).

    Args:
        workspace_id (str): Opaque id. No SDK states a limit; the ids the server issues are about
            30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.
        body (WorkspaceUpdateRequest):

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
        Response[WorkspaceResponse]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkspaceUpdateRequest,
) -> WorkspaceResponse:
    """Update a workspace

     Updates a workspace. Owner-only. **Method disagreement**: the TypeScript SDK sends PATCH (modelled
    here); the Python SDK sends PUT to the same path with the same body. Servers should accept both: the
    local sandbox routes `PUT /v1/workspaces/{workspaceId}` to this operation (same request and response
    schemas; the signature covers the method actually sent).

    Reference: W4. SDK methods: TS `workspaces.update`, Python `workspaces.update`. Optional
    `Idempotency-Key` request header (see API description).

    Args:
        workspace_id (str): Opaque id. No SDK states a limit; the ids the server issues are about
            30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.
        body (WorkspaceUpdateRequest):

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
        WorkspaceResponse
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            body=body,
        )
    ).parsed
