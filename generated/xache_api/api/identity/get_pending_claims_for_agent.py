from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.pending_claims_for_agent_response import PendingClaimsForAgentResponse
from ...types import Response


def _get_kwargs(
    agent_did: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ownership/pending-claims/{agent_did}".format(
            agent_did=quote(str(agent_did), safe=":", errors="surrogatepass"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | PendingClaimsForAgentResponse | None:
    if response.status_code == 200:
        response_200 = PendingClaimsForAgentResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | PendingClaimsForAgentResponse]:
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
    agent_did: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorEnvelope | PendingClaimsForAgentResponse]:
    """List pending claims for an agent

     Pending ownership claims addressed to an agent (the client's own DID, sent raw in the path).

    Reference: I7. SDK methods: TS `identity.getPendingClaimsForAgent`, Python
    `identity.get_pending_claims_for_agent`.

    Args:
        agent_did (str): DID as the TS SDK's `validateDID` accepts it (reference §1.7):
            `did:<agent|owner>:evm:0x` + 40 hex, or `did:<agent|owner>:sol:` + a 32–44-character
            base58 address.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PendingClaimsForAgentResponse]
    """

    kwargs = _get_kwargs(
        agent_did=agent_did,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_did: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorEnvelope | PendingClaimsForAgentResponse | None:
    """List pending claims for an agent

     Pending ownership claims addressed to an agent (the client's own DID, sent raw in the path).

    Reference: I7. SDK methods: TS `identity.getPendingClaimsForAgent`, Python
    `identity.get_pending_claims_for_agent`.

    Args:
        agent_did (str): DID as the TS SDK's `validateDID` accepts it (reference §1.7):
            `did:<agent|owner>:evm:0x` + 40 hex, or `did:<agent|owner>:sol:` + a 32–44-character
            base58 address.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PendingClaimsForAgentResponse
    """

    return sync_detailed(
        agent_did=agent_did,
        client=client,
    ).parsed


async def asyncio_detailed(
    agent_did: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorEnvelope | PendingClaimsForAgentResponse]:
    """List pending claims for an agent

     Pending ownership claims addressed to an agent (the client's own DID, sent raw in the path).

    Reference: I7. SDK methods: TS `identity.getPendingClaimsForAgent`, Python
    `identity.get_pending_claims_for_agent`.

    Args:
        agent_did (str): DID as the TS SDK's `validateDID` accepts it (reference §1.7):
            `did:<agent|owner>:evm:0x` + 40 hex, or `did:<agent|owner>:sol:` + a 32–44-character
            base58 address.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PendingClaimsForAgentResponse]
    """

    kwargs = _get_kwargs(
        agent_did=agent_did,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_did: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorEnvelope | PendingClaimsForAgentResponse | None:
    """List pending claims for an agent

     Pending ownership claims addressed to an agent (the client's own DID, sent raw in the path).

    Reference: I7. SDK methods: TS `identity.getPendingClaimsForAgent`, Python
    `identity.get_pending_claims_for_agent`.

    Args:
        agent_did (str): DID as the TS SDK's `validateDID` accepts it (reference §1.7):
            `did:<agent|owner>:evm:0x` + 40 hex, or `did:<agent|owner>:sol:` + a 32–44-character
            base58 address.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PendingClaimsForAgentResponse
    """

    return (
        await asyncio_detailed(
            agent_did=agent_did,
            client=client,
        )
    ).parsed
