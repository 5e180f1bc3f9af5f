from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
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
) -> WalletSessionListResponse:
    if response.status_code == 200:
        response_200 = WalletSessionListResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(
        response.status_code, response.content, response.headers
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[WalletSessionListResponse]:
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
) -> Response[WalletSessionListResponse]:
    """List a wallet's sessions

     All sessions of a wallet (address raw in the path).

    Reference: S5. SDK methods: TS `sessions.listByWallet`, Python `sessions.list_by_wallet`.

    Args:
        wallet_address (str): An EVM (`0x` + 40 hex) or Solana (32–44 base58) address, the formats
            of reference §1.7.

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
        Response[WalletSessionListResponse]
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
) -> WalletSessionListResponse:
    """List a wallet's sessions

     All sessions of a wallet (address raw in the path).

    Reference: S5. SDK methods: TS `sessions.listByWallet`, Python `sessions.list_by_wallet`.

    Args:
        wallet_address (str): An EVM (`0x` + 40 hex) or Solana (32–44 base58) address, the formats
            of reference §1.7.

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
        WalletSessionListResponse
    """

    return sync_detailed(
        wallet_address=wallet_address,
        client=client,
    ).parsed


async def asyncio_detailed(
    wallet_address: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[WalletSessionListResponse]:
    """List a wallet's sessions

     All sessions of a wallet (address raw in the path).

    Reference: S5. SDK methods: TS `sessions.listByWallet`, Python `sessions.list_by_wallet`.

    Args:
        wallet_address (str): An EVM (`0x` + 40 hex) or Solana (32–44 base58) address, the formats
            of reference §1.7.

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
        Response[WalletSessionListResponse]
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
) -> WalletSessionListResponse:
    """List a wallet's sessions

     All sessions of a wallet (address raw in the path).

    Reference: S5. SDK methods: TS `sessions.listByWallet`, Python `sessions.list_by_wallet`.

    Args:
        wallet_address (str): An EVM (`0x` + 40 hex) or Solana (32–44 base58) address, the formats
            of reference §1.7.

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
        WalletSessionListResponse
    """

    return (
        await asyncio_detailed(
            wallet_address=wallet_address,
            client=client,
        )
    ).parsed
