from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.wallet_session_response import WalletSessionResponse
from ...types import UNSET, Response


def _get_kwargs(
    session_id: str,
    *,
    wallet: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["wallet"] = wallet

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/sessions/{session_id}".format(
            session_id=quote(str(session_id), safe="", errors="surrogatepass"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WalletSessionResponse:
    if response.status_code == 200:
        response_200 = WalletSessionResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(
        response.status_code, response.content, response.headers
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[WalletSessionResponse]:
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
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    wallet: str,
) -> Response[WalletSessionResponse]:
    """Get a wallet session

     Returns one wallet session.

    Reference: S2. SDK methods: TS `sessions.get`, Python `sessions.get`.

    Args:
        session_id (str): Opaque id. No SDK states a limit; the ids the server issues are about 30
            characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.
        wallet (str): An EVM (`0x` + 40 hex) or Solana (32–44 base58) address, the formats of
            reference §1.7.

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
        Response[WalletSessionResponse]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        wallet=wallet,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    wallet: str,
) -> WalletSessionResponse:
    """Get a wallet session

     Returns one wallet session.

    Reference: S2. SDK methods: TS `sessions.get`, Python `sessions.get`.

    Args:
        session_id (str): Opaque id. No SDK states a limit; the ids the server issues are about 30
            characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.
        wallet (str): An EVM (`0x` + 40 hex) or Solana (32–44 base58) address, the formats of
            reference §1.7.

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
        WalletSessionResponse
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        wallet=wallet,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    wallet: str,
) -> Response[WalletSessionResponse]:
    """Get a wallet session

     Returns one wallet session.

    Reference: S2. SDK methods: TS `sessions.get`, Python `sessions.get`.

    Args:
        session_id (str): Opaque id. No SDK states a limit; the ids the server issues are about 30
            characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.
        wallet (str): An EVM (`0x` + 40 hex) or Solana (32–44 base58) address, the formats of
            reference §1.7.

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
        Response[WalletSessionResponse]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        wallet=wallet,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    wallet: str,
) -> WalletSessionResponse:
    """Get a wallet session

     Returns one wallet session.

    Reference: S2. SDK methods: TS `sessions.get`, Python `sessions.get`.

    Args:
        session_id (str): Opaque id. No SDK states a limit; the ids the server issues are about 30
            characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.
        wallet (str): An EVM (`0x` + 40 hex) or Solana (32–44 base58) address, the formats of
            reference §1.7.

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
        WalletSessionResponse
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            wallet=wallet,
        )
    ).parsed
