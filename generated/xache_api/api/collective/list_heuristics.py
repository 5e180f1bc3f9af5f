from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.heuristic_list_response import HeuristicListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    domain: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["domain"] = domain

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/collective/heuristics",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | HeuristicListResponse | None:
    if response.status_code == 200:
        response_200 = HeuristicListResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | HeuristicListResponse]:
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
    domain: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ErrorEnvelope | HeuristicListResponse]:
    """List heuristics

     Public heuristic listing. Unsigned. TS sends truthy values only; Python sends any non-None value (so
    0 is sent).

    Reference: C3. SDK methods: TS `collective.listHeuristics`, Python `collective.list_heuristics`.

    Args:
        domain (str | Unset): No SDK states a limit: 100 characters, as for the domain of a
            contribution.
        limit (int | Unset): Neither SDK checks it: capped at 100 like the API's other page sizes
            (memory, receipts).
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | HeuristicListResponse]
    """

    kwargs = _get_kwargs(
        domain=domain,
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
    domain: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ErrorEnvelope | HeuristicListResponse | None:
    """List heuristics

     Public heuristic listing. Unsigned. TS sends truthy values only; Python sends any non-None value (so
    0 is sent).

    Reference: C3. SDK methods: TS `collective.listHeuristics`, Python `collective.list_heuristics`.

    Args:
        domain (str | Unset): No SDK states a limit: 100 characters, as for the domain of a
            contribution.
        limit (int | Unset): Neither SDK checks it: capped at 100 like the API's other page sizes
            (memory, receipts).
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | HeuristicListResponse
    """

    return sync_detailed(
        client=client,
        domain=domain,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    domain: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ErrorEnvelope | HeuristicListResponse]:
    """List heuristics

     Public heuristic listing. Unsigned. TS sends truthy values only; Python sends any non-None value (so
    0 is sent).

    Reference: C3. SDK methods: TS `collective.listHeuristics`, Python `collective.list_heuristics`.

    Args:
        domain (str | Unset): No SDK states a limit: 100 characters, as for the domain of a
            contribution.
        limit (int | Unset): Neither SDK checks it: capped at 100 like the API's other page sizes
            (memory, receipts).
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | HeuristicListResponse]
    """

    kwargs = _get_kwargs(
        domain=domain,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    domain: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ErrorEnvelope | HeuristicListResponse | None:
    """List heuristics

     Public heuristic listing. Unsigned. TS sends truthy values only; Python sends any non-None value (so
    0 is sent).

    Reference: C3. SDK methods: TS `collective.listHeuristics`, Python `collective.list_heuristics`.

    Args:
        domain (str | Unset): No SDK states a limit: 100 characters, as for the domain of a
            contribution.
        limit (int | Unset): Neither SDK checks it: capped at 100 like the API's other page sizes
            (memory, receipts).
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | HeuristicListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            domain=domain,
            limit=limit,
            offset=offset,
        )
    ).parsed
