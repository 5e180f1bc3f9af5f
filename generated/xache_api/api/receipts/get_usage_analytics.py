from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.usage_analytics_response import UsageAnalyticsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date: str | Unset
    if isinstance(start_date, Unset):
        json_start_date = UNSET
    else:
        json_start_date = start_date
    params["startDate"] = json_start_date

    json_end_date: str | Unset
    if isinstance(end_date, Unset):
        json_end_date = UNSET
    else:
        json_end_date = end_date
    params["endDate"] = json_end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/analytics/usage",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | UsageAnalyticsResponse | None:
    if response.status_code == 200:
        response_200 = UsageAnalyticsResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | UsageAnalyticsResponse]:
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
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
) -> Response[ErrorEnvelope | UsageAnalyticsResponse]:
    """Get usage analytics

     Usage and spending per operation over a period.

    Reference: R3. SDK methods: TS `receipts.getAnalytics`, Python `receipts.get_analytics`.

    Args:
        start_date (str | Unset): A calendar date `YYYY-MM-DD`, as in both SDKs' examples
            (`2024-01-01`), or an RFC 3339 date-time; neither SDK restricts the string and the
            reference gives only an example.
        end_date (str | Unset): A calendar date `YYYY-MM-DD`, as in both SDKs' examples
            (`2024-01-01`), or an RFC 3339 date-time; neither SDK restricts the string and the
            reference gives only an example.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | UsageAnalyticsResponse]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
) -> ErrorEnvelope | UsageAnalyticsResponse | None:
    """Get usage analytics

     Usage and spending per operation over a period.

    Reference: R3. SDK methods: TS `receipts.getAnalytics`, Python `receipts.get_analytics`.

    Args:
        start_date (str | Unset): A calendar date `YYYY-MM-DD`, as in both SDKs' examples
            (`2024-01-01`), or an RFC 3339 date-time; neither SDK restricts the string and the
            reference gives only an example.
        end_date (str | Unset): A calendar date `YYYY-MM-DD`, as in both SDKs' examples
            (`2024-01-01`), or an RFC 3339 date-time; neither SDK restricts the string and the
            reference gives only an example.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | UsageAnalyticsResponse
    """

    return sync_detailed(
        client=client,
        start_date=start_date,
        end_date=end_date,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
) -> Response[ErrorEnvelope | UsageAnalyticsResponse]:
    """Get usage analytics

     Usage and spending per operation over a period.

    Reference: R3. SDK methods: TS `receipts.getAnalytics`, Python `receipts.get_analytics`.

    Args:
        start_date (str | Unset): A calendar date `YYYY-MM-DD`, as in both SDKs' examples
            (`2024-01-01`), or an RFC 3339 date-time; neither SDK restricts the string and the
            reference gives only an example.
        end_date (str | Unset): A calendar date `YYYY-MM-DD`, as in both SDKs' examples
            (`2024-01-01`), or an RFC 3339 date-time; neither SDK restricts the string and the
            reference gives only an example.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | UsageAnalyticsResponse]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
) -> ErrorEnvelope | UsageAnalyticsResponse | None:
    """Get usage analytics

     Usage and spending per operation over a period.

    Reference: R3. SDK methods: TS `receipts.getAnalytics`, Python `receipts.get_analytics`.

    Args:
        start_date (str | Unset): A calendar date `YYYY-MM-DD`, as in both SDKs' examples
            (`2024-01-01`), or an RFC 3339 date-time; neither SDK restricts the string and the
            reference gives only an example.
        end_date (str | Unset): A calendar date `YYYY-MM-DD`, as in both SDKs' examples
            (`2024-01-01`), or an RFC 3339 date-time; neither SDK restricts the string and the
            reference gives only an example.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | UsageAnalyticsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
        )
    ).parsed
