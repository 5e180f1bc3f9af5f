from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.budget_update_request import BudgetUpdateRequest
from ...models.budget_update_response import BudgetUpdateResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: BudgetUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/budget",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BudgetUpdateResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = BudgetUpdateResponse.from_dict(response.json())

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
) -> Response[BudgetUpdateResponse | ErrorEnvelope]:
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
    body: BudgetUpdateRequest,
) -> Response[BudgetUpdateResponse | ErrorEnvelope]:
    """Update the monthly budget limit

     Sets the monthly spending limit in cents (0–1 000 000).

    Reference: B2. SDK methods: TS `budget.updateLimit`, Python `budget.update_limit`. Optional
    `Idempotency-Key` request header (see API description).

    Args:
        body (BudgetUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BudgetUpdateResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: BudgetUpdateRequest,
) -> BudgetUpdateResponse | ErrorEnvelope | None:
    """Update the monthly budget limit

     Sets the monthly spending limit in cents (0–1 000 000).

    Reference: B2. SDK methods: TS `budget.updateLimit`, Python `budget.update_limit`. Optional
    `Idempotency-Key` request header (see API description).

    Args:
        body (BudgetUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BudgetUpdateResponse | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BudgetUpdateRequest,
) -> Response[BudgetUpdateResponse | ErrorEnvelope]:
    """Update the monthly budget limit

     Sets the monthly spending limit in cents (0–1 000 000).

    Reference: B2. SDK methods: TS `budget.updateLimit`, Python `budget.update_limit`. Optional
    `Idempotency-Key` request header (see API description).

    Args:
        body (BudgetUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BudgetUpdateResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BudgetUpdateRequest,
) -> BudgetUpdateResponse | ErrorEnvelope | None:
    """Update the monthly budget limit

     Sets the monthly spending limit in cents (0–1 000 000).

    Reference: B2. SDK methods: TS `budget.updateLimit`, Python `budget.update_limit`. Optional
    `Idempotency-Key` request header (see API description).

    Args:
        body (BudgetUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BudgetUpdateResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
