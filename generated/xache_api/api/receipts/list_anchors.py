from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.anchor_list_response import AnchorListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/anchors",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnchorListResponse:
    if response.status_code == 200:
        response_200 = AnchorListResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(
        response.status_code, response.content, response.headers
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AnchorListResponse]:
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
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[AnchorListResponse]:
    """List receipt anchors

     Hourly Merkle-root batches anchored on Base and Solana. TS sends `limit` only if given; Python
    always sends it (default 100). Time values are form-encoded by TS (`%3A`) and raw in Python.

    Reference: R4. SDK methods: TS `receipts.listAnchors`, Python `receipts.list_anchors`.

    Args:
        from_ (str | Unset): An ISO-8601 date-time (reference R4; the TS example is
            `2024-01-01T00:00:00Z`).
        to (str | Unset): An ISO-8601 date-time (reference R4; the TS example is
            `2024-01-01T00:00:00Z`).
        limit (int | Unset): Neither SDK checks it: capped at 1,000 hourly anchors (about six
            weeks). Default: 100.

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
        Response[AnchorListResponse]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    limit: int | Unset = 100,
) -> AnchorListResponse:
    """List receipt anchors

     Hourly Merkle-root batches anchored on Base and Solana. TS sends `limit` only if given; Python
    always sends it (default 100). Time values are form-encoded by TS (`%3A`) and raw in Python.

    Reference: R4. SDK methods: TS `receipts.listAnchors`, Python `receipts.list_anchors`.

    Args:
        from_ (str | Unset): An ISO-8601 date-time (reference R4; the TS example is
            `2024-01-01T00:00:00Z`).
        to (str | Unset): An ISO-8601 date-time (reference R4; the TS example is
            `2024-01-01T00:00:00Z`).
        limit (int | Unset): Neither SDK checks it: capped at 1,000 hourly anchors (about six
            weeks). Default: 100.

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
        AnchorListResponse
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[AnchorListResponse]:
    """List receipt anchors

     Hourly Merkle-root batches anchored on Base and Solana. TS sends `limit` only if given; Python
    always sends it (default 100). Time values are form-encoded by TS (`%3A`) and raw in Python.

    Reference: R4. SDK methods: TS `receipts.listAnchors`, Python `receipts.list_anchors`.

    Args:
        from_ (str | Unset): An ISO-8601 date-time (reference R4; the TS example is
            `2024-01-01T00:00:00Z`).
        to (str | Unset): An ISO-8601 date-time (reference R4; the TS example is
            `2024-01-01T00:00:00Z`).
        limit (int | Unset): Neither SDK checks it: capped at 1,000 hourly anchors (about six
            weeks). Default: 100.

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
        Response[AnchorListResponse]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    limit: int | Unset = 100,
) -> AnchorListResponse:
    """List receipt anchors

     Hourly Merkle-root batches anchored on Base and Solana. TS sends `limit` only if given; Python
    always sends it (default 100). Time values are form-encoded by TS (`%3A`) and raw in Python.

    Reference: R4. SDK methods: TS `receipts.listAnchors`, Python `receipts.list_anchors`.

    Args:
        from_ (str | Unset): An ISO-8601 date-time (reference R4; the TS example is
            `2024-01-01T00:00:00Z`).
        to (str | Unset): An ISO-8601 date-time (reference R4; the TS example is
            `2024-01-01T00:00:00Z`).
        limit (int | Unset): Neither SDK checks it: capped at 1,000 hourly anchors (about six
            weeks). Default: 100.

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
        AnchorListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            limit=limit,
        )
    ).parsed
