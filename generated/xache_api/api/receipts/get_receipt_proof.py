from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.receipt_proof_response import ReceiptProofResponse
from ...types import Response


def _get_kwargs(
    receipt_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/receipts/{receipt_id}/proof".format(
            receipt_id=quote(str(receipt_id), safe="", errors="surrogatepass"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ReceiptProofResponse | None:
    if response.status_code == 200:
        response_200 = ReceiptProofResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | ReceiptProofResponse]:
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
    receipt_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorEnvelope | ReceiptProofResponse]:
    """Get a receipt's Merkle proof

     Merkle inclusion proof of a receipt in its anchored batch.

    Reference: R2. SDK methods: TS `receipts.getProof`, Python `receipts.get_proof`.

    Args:
        receipt_id (str): Opaque id. No SDK states a limit; the ids the server issues are about 30
            characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ReceiptProofResponse]
    """

    kwargs = _get_kwargs(
        receipt_id=receipt_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    receipt_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorEnvelope | ReceiptProofResponse | None:
    """Get a receipt's Merkle proof

     Merkle inclusion proof of a receipt in its anchored batch.

    Reference: R2. SDK methods: TS `receipts.getProof`, Python `receipts.get_proof`.

    Args:
        receipt_id (str): Opaque id. No SDK states a limit; the ids the server issues are about 30
            characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ReceiptProofResponse
    """

    return sync_detailed(
        receipt_id=receipt_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    receipt_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorEnvelope | ReceiptProofResponse]:
    """Get a receipt's Merkle proof

     Merkle inclusion proof of a receipt in its anchored batch.

    Reference: R2. SDK methods: TS `receipts.getProof`, Python `receipts.get_proof`.

    Args:
        receipt_id (str): Opaque id. No SDK states a limit; the ids the server issues are about 30
            characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ReceiptProofResponse]
    """

    kwargs = _get_kwargs(
        receipt_id=receipt_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    receipt_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorEnvelope | ReceiptProofResponse | None:
    """Get a receipt's Merkle proof

     Merkle inclusion proof of a receipt in its anchored batch.

    Reference: R2. SDK methods: TS `receipts.getProof`, Python `receipts.get_proof`.

    Args:
        receipt_id (str): Opaque id. No SDK states a limit; the ids the server issues are about 30
            characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ReceiptProofResponse
    """

    return (
        await asyncio_detailed(
            receipt_id=receipt_id,
            client=client,
        )
    ).parsed
