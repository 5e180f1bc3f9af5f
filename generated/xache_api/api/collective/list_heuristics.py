from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
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
) -> HeuristicListResponse:
    if response.status_code == 200:
        response_200 = HeuristicListResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(
        response.status_code, response.content, response.headers
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HeuristicListResponse]:
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
) -> Response[HeuristicListResponse]:
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
        Response[HeuristicListResponse]
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
) -> HeuristicListResponse:
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
        HeuristicListResponse
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
) -> Response[HeuristicListResponse]:
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
        Response[HeuristicListResponse]
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
) -> HeuristicListResponse:
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
        HeuristicListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            domain=domain,
            limit=limit,
            offset=offset,
        )
    ).parsed
