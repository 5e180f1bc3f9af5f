from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
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
) -> UsageAnalyticsResponse:
    if response.status_code == 200:
        response_200 = UsageAnalyticsResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(
        response.status_code, response.content, response.headers
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UsageAnalyticsResponse]:
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
) -> Response[UsageAnalyticsResponse]:
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
        Response[UsageAnalyticsResponse]
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
) -> UsageAnalyticsResponse:
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
        UsageAnalyticsResponse
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
) -> Response[UsageAnalyticsResponse]:
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
        Response[UsageAnalyticsResponse]
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
) -> UsageAnalyticsResponse:
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
        UsageAnalyticsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
        )
    ).parsed
