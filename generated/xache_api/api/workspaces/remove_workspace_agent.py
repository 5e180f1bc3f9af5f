from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.message_response import MessageResponse
from ...types import Response


def _get_kwargs(
    workspace_id: str,
    agent_did: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/workspaces/{workspace_id}/agents/{agent_did}".format(
            workspace_id=quote(str(workspace_id), safe="", errors="surrogatepass"),
            agent_did=quote(str(agent_did), safe="", errors="surrogatepass"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageResponse:
    if response.status_code == 200:
        response_200 = MessageResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(
        response.status_code, response.content, response.headers
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MessageResponse]:
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
    agent_did: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[MessageResponse]:
    """Remove an agent from a workspace

     Removes an agent; the DID is percent-encoded in the path. Owner-only.

    Reference: W7. SDK methods: TS `workspaces.removeAgent`, Python `workspaces.remove_agent`.

    Args:
        workspace_id (str): Opaque id. No SDK states a limit; the ids the server issues are about
            30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.
        agent_did (str): DID as the TS SDK's `validateDID` accepts it (reference §1.7):
            `did:<agent|owner>:evm:0x` + 40 hex, or `did:<agent|owner>:sol:` + a 32–44-character
            base58 address.

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
        Response[MessageResponse]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        agent_did=agent_did,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: str,
    agent_did: str,
    *,
    client: AuthenticatedClient | Client,
) -> MessageResponse:
    """Remove an agent from a workspace

     Removes an agent; the DID is percent-encoded in the path. Owner-only.

    Reference: W7. SDK methods: TS `workspaces.removeAgent`, Python `workspaces.remove_agent`.

    Args:
        workspace_id (str): Opaque id. No SDK states a limit; the ids the server issues are about
            30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.
        agent_did (str): DID as the TS SDK's `validateDID` accepts it (reference §1.7):
            `did:<agent|owner>:evm:0x` + 40 hex, or `did:<agent|owner>:sol:` + a 32–44-character
            base58 address.

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
        MessageResponse
    """

    return sync_detailed(
        workspace_id=workspace_id,
        agent_did=agent_did,
        client=client,
    ).parsed


async def asyncio_detailed(
    workspace_id: str,
    agent_did: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[MessageResponse]:
    """Remove an agent from a workspace

     Removes an agent; the DID is percent-encoded in the path. Owner-only.

    Reference: W7. SDK methods: TS `workspaces.removeAgent`, Python `workspaces.remove_agent`.

    Args:
        workspace_id (str): Opaque id. No SDK states a limit; the ids the server issues are about
            30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.
        agent_did (str): DID as the TS SDK's `validateDID` accepts it (reference §1.7):
            `did:<agent|owner>:evm:0x` + 40 hex, or `did:<agent|owner>:sol:` + a 32–44-character
            base58 address.

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
        Response[MessageResponse]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        agent_did=agent_did,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    agent_did: str,
    *,
    client: AuthenticatedClient | Client,
) -> MessageResponse:
    """Remove an agent from a workspace

     Removes an agent; the DID is percent-encoded in the path. Owner-only.

    Reference: W7. SDK methods: TS `workspaces.removeAgent`, Python `workspaces.remove_agent`.

    Args:
        workspace_id (str): Opaque id. No SDK states a limit; the ids the server issues are about
            30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.
        agent_did (str): DID as the TS SDK's `validateDID` accepts it (reference §1.7):
            `did:<agent|owner>:evm:0x` + 40 hex, or `did:<agent|owner>:sol:` + a 32–44-character
            base58 address.

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
        MessageResponse
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            agent_did=agent_did,
            client=client,
        )
    ).parsed
