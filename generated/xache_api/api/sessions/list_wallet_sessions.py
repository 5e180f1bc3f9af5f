from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.wallet_session_list_response import WalletSessionListResponse
from ...types import Response


def _get_kwargs(
    wallet_address: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/sessions/wallet/{wallet_address}".format(
            wallet_address=quote(str(wallet_address), safe="", errors="surrogatepass"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | WalletSessionListResponse | None:
    if response.status_code == 200:
        response_200 = WalletSessionListResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | WalletSessionListResponse]:
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
    wallet_address: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorEnvelope | WalletSessionListResponse]:
    """List a wallet's sessions

     All sessions of a wallet (address raw in the path).

    Reference: S5. SDK methods: TS `sessions.listByWallet`, Python `sessions.list_by_wallet`.

    Args:
        wallet_address (str): An EVM (`0x` + 40 hex) or Solana (32–44 base58) address, the formats
            of reference §1.7.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WalletSessionListResponse]
    """

    kwargs = _get_kwargs(
        wallet_address=wallet_address,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    wallet_address: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorEnvelope | WalletSessionListResponse | None:
    """List a wallet's sessions

     All sessions of a wallet (address raw in the path).

    Reference: S5. SDK methods: TS `sessions.listByWallet`, Python `sessions.list_by_wallet`.

    Args:
        wallet_address (str): An EVM (`0x` + 40 hex) or Solana (32–44 base58) address, the formats
            of reference §1.7.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WalletSessionListResponse
    """

    return sync_detailed(
        wallet_address=wallet_address,
        client=client,
    ).parsed


async def asyncio_detailed(
    wallet_address: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorEnvelope | WalletSessionListResponse]:
    """List a wallet's sessions

     All sessions of a wallet (address raw in the path).

    Reference: S5. SDK methods: TS `sessions.listByWallet`, Python `sessions.list_by_wallet`.

    Args:
        wallet_address (str): An EVM (`0x` + 40 hex) or Solana (32–44 base58) address, the formats
            of reference §1.7.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WalletSessionListResponse]
    """

    kwargs = _get_kwargs(
        wallet_address=wallet_address,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    wallet_address: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorEnvelope | WalletSessionListResponse | None:
    """List a wallet's sessions

     All sessions of a wallet (address raw in the path).

    Reference: S5. SDK methods: TS `sessions.listByWallet`, Python `sessions.list_by_wallet`.

    Args:
        wallet_address (str): An EVM (`0x` + 40 hex) or Solana (32–44 base58) address, the formats
            of reference §1.7.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WalletSessionListResponse
    """

    return (
        await asyncio_detailed(
            wallet_address=wallet_address,
            client=client,
        )
    ).parsed
