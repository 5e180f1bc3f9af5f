from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.anchor_list_response import AnchorListResponse
from ...models.error_envelope import ErrorEnvelope
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
) -> AnchorListResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AnchorListResponse.from_dict(response.json())

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
) -> Response[AnchorListResponse | ErrorEnvelope]:
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
) -> Response[AnchorListResponse | ErrorEnvelope]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnchorListResponse | ErrorEnvelope]
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
) -> AnchorListResponse | ErrorEnvelope | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnchorListResponse | ErrorEnvelope
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
) -> Response[AnchorListResponse | ErrorEnvelope]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnchorListResponse | ErrorEnvelope]
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
) -> AnchorListResponse | ErrorEnvelope | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnchorListResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            limit=limit,
        )
    ).parsed
