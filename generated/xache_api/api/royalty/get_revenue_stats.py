from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.revenue_stats_response import RevenueStatsResponse
from ...types import Response


def _get_kwargs(
    agent_did: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/royalty/revenue/{agent_did}".format(
            agent_did=quote(str(agent_did), safe="", errors="surrogatepass"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RevenueStatsResponse:
    if response.status_code == 200:
        response_200 = RevenueStatsResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(
        response.status_code, response.content, response.headers
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RevenueStatsResponse]:
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
) -> Response[RevenueStatsResponse]:
    """Get royalty revenue

     Royalty revenue of an agent. The DID is percent-encoded in the path (`did%3Aagent%3A…`) by both
    SDKs.

    Reference: Y1. SDK methods: TS `royalty.getRevenueStats`, Python `royalty.get_revenue_stats`.

    Args:
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
        Response[RevenueStatsResponse]
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
) -> RevenueStatsResponse:
    """Get royalty revenue

     Royalty revenue of an agent. The DID is percent-encoded in the path (`did%3Aagent%3A…`) by both
    SDKs.

    Reference: Y1. SDK methods: TS `royalty.getRevenueStats`, Python `royalty.get_revenue_stats`.

    Args:
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
        RevenueStatsResponse
    """

    return sync_detailed(
        agent_did=agent_did,
        client=client,
    ).parsed


async def asyncio_detailed(
    agent_did: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[RevenueStatsResponse]:
    """Get royalty revenue

     Royalty revenue of an agent. The DID is percent-encoded in the path (`did%3Aagent%3A…`) by both
    SDKs.

    Reference: Y1. SDK methods: TS `royalty.getRevenueStats`, Python `royalty.get_revenue_stats`.

    Args:
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
        Response[RevenueStatsResponse]
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
) -> RevenueStatsResponse:
    """Get royalty revenue

     Royalty revenue of an agent. The DID is percent-encoded in the path (`did%3Aagent%3A…`) by both
    SDKs.

    Reference: Y1. SDK methods: TS `royalty.getRevenueStats`, Python `royalty.get_revenue_stats`.

    Args:
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
        RevenueStatsResponse
    """

    return (
        await asyncio_detailed(
            agent_did=agent_did,
            client=client,
        )
    ).parsed
