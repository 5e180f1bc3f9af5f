from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.workspace_budget_response import WorkspaceBudgetResponse
from ...types import Response


def _get_kwargs(
    workspace_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workspaces/{workspace_id}/budget".format(
            workspace_id=quote(str(workspace_id), safe="", errors="surrogatepass"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WorkspaceBudgetResponse:
    if response.status_code == 200:
        response_200 = WorkspaceBudgetResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(
        response.status_code, response.content, response.headers
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[WorkspaceBudgetResponse]:
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
) -> Response[WorkspaceBudgetResponse]:
    """Get workspace budget

     Budget of a workspace. Owner-only.

    Reference: W9. SDK methods: TS `workspaces.getBudget`, Python `workspaces.get_budget`.

    Args:
        workspace_id (str): Opaque id. No SDK states a limit; the ids the server issues are about
            30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.

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
        Response[WorkspaceBudgetResponse]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> WorkspaceBudgetResponse:
    """Get workspace budget

     Budget of a workspace. Owner-only.

    Reference: W9. SDK methods: TS `workspaces.getBudget`, Python `workspaces.get_budget`.

    Args:
        workspace_id (str): Opaque id. No SDK states a limit; the ids the server issues are about
            30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.

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
        WorkspaceBudgetResponse
    """

    return sync_detailed(
        workspace_id=workspace_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[WorkspaceBudgetResponse]:
    """Get workspace budget

     Budget of a workspace. Owner-only.

    Reference: W9. SDK methods: TS `workspaces.getBudget`, Python `workspaces.get_budget`.

    Args:
        workspace_id (str): Opaque id. No SDK states a limit; the ids the server issues are about
            30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.

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
        Response[WorkspaceBudgetResponse]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> WorkspaceBudgetResponse:
    """Get workspace budget

     Budget of a workspace. Owner-only.

    Reference: W9. SDK methods: TS `workspaces.getBudget`, Python `workspaces.get_budget`.

    Args:
        workspace_id (str): Opaque id. No SDK states a limit; the ids the server issues are about
            30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.

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
        WorkspaceBudgetResponse
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
        )
    ).parsed
