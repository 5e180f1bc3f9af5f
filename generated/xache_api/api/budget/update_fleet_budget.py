from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.fleet_budget_update_request import FleetBudgetUpdateRequest
from ...models.fleet_budget_update_response import FleetBudgetUpdateResponse
from ...types import Response


def _get_kwargs(
    *,
    body: FleetBudgetUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/budget/fleet",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | FleetBudgetUpdateResponse | None:
    if response.status_code == 200:
        response_200 = FleetBudgetUpdateResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | FleetBudgetUpdateResponse]:
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
    body: FleetBudgetUpdateRequest,
) -> Response[ErrorEnvelope | FleetBudgetUpdateResponse]:
    """Update the fleet budget cap

     Sets the fleet cap in cents, or `null` for unlimited (the key is always sent). Owner-only.

    Reference: B4. SDK methods: TS `budget.updateFleetCap`, Python `budget.update_fleet_cap`. Optional
    `Idempotency-Key` request header (see API description).

    Args:
        body (FleetBudgetUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FleetBudgetUpdateResponse]
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
    body: FleetBudgetUpdateRequest,
) -> ErrorEnvelope | FleetBudgetUpdateResponse | None:
    """Update the fleet budget cap

     Sets the fleet cap in cents, or `null` for unlimited (the key is always sent). Owner-only.

    Reference: B4. SDK methods: TS `budget.updateFleetCap`, Python `budget.update_fleet_cap`. Optional
    `Idempotency-Key` request header (see API description).

    Args:
        body (FleetBudgetUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FleetBudgetUpdateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FleetBudgetUpdateRequest,
) -> Response[ErrorEnvelope | FleetBudgetUpdateResponse]:
    """Update the fleet budget cap

     Sets the fleet cap in cents, or `null` for unlimited (the key is always sent). Owner-only.

    Reference: B4. SDK methods: TS `budget.updateFleetCap`, Python `budget.update_fleet_cap`. Optional
    `Idempotency-Key` request header (see API description).

    Args:
        body (FleetBudgetUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FleetBudgetUpdateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FleetBudgetUpdateRequest,
) -> ErrorEnvelope | FleetBudgetUpdateResponse | None:
    """Update the fleet budget cap

     Sets the fleet cap in cents, or `null` for unlimited (the key is always sent). Owner-only.

    Reference: B4. SDK methods: TS `budget.updateFleetCap`, Python `budget.update_fleet_cap`. Optional
    `Idempotency-Key` request header (see API description).

    Args:
        body (FleetBudgetUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FleetBudgetUpdateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
