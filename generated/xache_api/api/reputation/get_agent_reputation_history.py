from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.reputation_history_response import ReputationHistoryResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    agent_did: str,
    *,
    limit: int | Unset = 30,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/reputation/{agent_did}/history".format(
            agent_did=quote(str(agent_did), safe=":", errors="surrogatepass"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ReputationHistoryResponse | None:
    if response.status_code == 200:
        response_200 = ReputationHistoryResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | ReputationHistoryResponse]:
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
    limit: int | Unset = 30,
) -> Response[ErrorEnvelope | ReputationHistoryResponse]:
    """Get an agent's reputation history

     Reputation history of an agent; `data` is a bare array.

    Reference: P4. SDK methods: TS `reputation.getHistory(did, limit)`, Python
    `reputation.get_history(did, limit)`.

    Args:
        agent_did (str): DID as the TS SDK's `validateDID` accepts it (reference §1.7):
            `did:<agent|owner>:evm:0x` + 40 hex, or `did:<agent|owner>:sol:` + a 32–44-character
            base58 address.
        limit (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ReputationHistoryResponse]
    """

    kwargs = _get_kwargs(
        agent_did=agent_did,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_did: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 30,
) -> ErrorEnvelope | ReputationHistoryResponse | None:
    """Get an agent's reputation history

     Reputation history of an agent; `data` is a bare array.

    Reference: P4. SDK methods: TS `reputation.getHistory(did, limit)`, Python
    `reputation.get_history(did, limit)`.

    Args:
        agent_did (str): DID as the TS SDK's `validateDID` accepts it (reference §1.7):
            `did:<agent|owner>:evm:0x` + 40 hex, or `did:<agent|owner>:sol:` + a 32–44-character
            base58 address.
        limit (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ReputationHistoryResponse
    """

    return sync_detailed(
        agent_did=agent_did,
        client=client,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    agent_did: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 30,
) -> Response[ErrorEnvelope | ReputationHistoryResponse]:
    """Get an agent's reputation history

     Reputation history of an agent; `data` is a bare array.

    Reference: P4. SDK methods: TS `reputation.getHistory(did, limit)`, Python
    `reputation.get_history(did, limit)`.

    Args:
        agent_did (str): DID as the TS SDK's `validateDID` accepts it (reference §1.7):
            `did:<agent|owner>:evm:0x` + 40 hex, or `did:<agent|owner>:sol:` + a 32–44-character
            base58 address.
        limit (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ReputationHistoryResponse]
    """

    kwargs = _get_kwargs(
        agent_did=agent_did,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_did: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 30,
) -> ErrorEnvelope | ReputationHistoryResponse | None:
    """Get an agent's reputation history

     Reputation history of an agent; `data` is a bare array.

    Reference: P4. SDK methods: TS `reputation.getHistory(did, limit)`, Python
    `reputation.get_history(did, limit)`.

    Args:
        agent_did (str): DID as the TS SDK's `validateDID` accepts it (reference §1.7):
            `did:<agent|owner>:evm:0x` + 40 hex, or `did:<agent|owner>:sol:` + a 32–44-character
            base58 address.
        limit (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ReputationHistoryResponse
    """

    return (
        await asyncio_detailed(
            agent_did=agent_did,
            client=client,
            limit=limit,
        )
    ).parsed
