from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.erc_8004_auth_request_response import Erc8004AuthRequestResponse
from ...models.get_erc_8004_auth_request_network import (
    GetErc8004AuthRequestNetwork,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    wallet: str,
    network: GetErc8004AuthRequestNetwork | Unset = "base-sepolia",
    expiry_days: int | Unset = 365,
    index_limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["wallet"] = wallet

    json_network: str | Unset = UNSET
    if not isinstance(network, Unset):
        json_network = network

    params["network"] = json_network

    params["expiryDays"] = expiry_days

    params["indexLimit"] = index_limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/reputation/erc8004/auth-request",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Erc8004AuthRequestResponse:
    if response.status_code == 200:
        response_200 = Erc8004AuthRequestResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(
        response.status_code, response.content, response.headers
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Erc8004AuthRequestResponse]:
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
    wallet: str,
    network: GetErc8004AuthRequestNetwork | Unset = "base-sepolia",
    expiry_days: int | Unset = 365,
    index_limit: int | Unset = 100,
) -> Response[Erc8004AuthRequestResponse]:
    """Build an ERC-8004 authorization request

     Returns the EIP-712 typed data a wallet signs to authorise ERC-8004 reputation export. Unsigned. TS
    sends `expiryDays`/`indexLimit` only if given; Python always sends 365/100. The server is the source
    of truth for contract addresses.

    Reference: P10. SDK methods: TS `reputation.buildERC8004Authorization`, Python
    `reputation.build_erc8004_authorization`.

    Args:
        wallet (str): The client wallet of the EIP-712 FeedbackAuth (`clientAddress`), an EVM
            address: ERC-8004 lives on Base (`network` is `base` or `base-sepolia`).
        network (GetErc8004AuthRequestNetwork | Unset):  Default: 'base-sepolia'.
        expiry_days (int | Unset):  Default: 365.
        index_limit (int | Unset):  Default: 100.

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
        Response[Erc8004AuthRequestResponse]
    """

    kwargs = _get_kwargs(
        wallet=wallet,
        network=network,
        expiry_days=expiry_days,
        index_limit=index_limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    wallet: str,
    network: GetErc8004AuthRequestNetwork | Unset = "base-sepolia",
    expiry_days: int | Unset = 365,
    index_limit: int | Unset = 100,
) -> Erc8004AuthRequestResponse:
    """Build an ERC-8004 authorization request

     Returns the EIP-712 typed data a wallet signs to authorise ERC-8004 reputation export. Unsigned. TS
    sends `expiryDays`/`indexLimit` only if given; Python always sends 365/100. The server is the source
    of truth for contract addresses.

    Reference: P10. SDK methods: TS `reputation.buildERC8004Authorization`, Python
    `reputation.build_erc8004_authorization`.

    Args:
        wallet (str): The client wallet of the EIP-712 FeedbackAuth (`clientAddress`), an EVM
            address: ERC-8004 lives on Base (`network` is `base` or `base-sepolia`).
        network (GetErc8004AuthRequestNetwork | Unset):  Default: 'base-sepolia'.
        expiry_days (int | Unset):  Default: 365.
        index_limit (int | Unset):  Default: 100.

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
        Erc8004AuthRequestResponse
    """

    return sync_detailed(
        client=client,
        wallet=wallet,
        network=network,
        expiry_days=expiry_days,
        index_limit=index_limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    wallet: str,
    network: GetErc8004AuthRequestNetwork | Unset = "base-sepolia",
    expiry_days: int | Unset = 365,
    index_limit: int | Unset = 100,
) -> Response[Erc8004AuthRequestResponse]:
    """Build an ERC-8004 authorization request

     Returns the EIP-712 typed data a wallet signs to authorise ERC-8004 reputation export. Unsigned. TS
    sends `expiryDays`/`indexLimit` only if given; Python always sends 365/100. The server is the source
    of truth for contract addresses.

    Reference: P10. SDK methods: TS `reputation.buildERC8004Authorization`, Python
    `reputation.build_erc8004_authorization`.

    Args:
        wallet (str): The client wallet of the EIP-712 FeedbackAuth (`clientAddress`), an EVM
            address: ERC-8004 lives on Base (`network` is `base` or `base-sepolia`).
        network (GetErc8004AuthRequestNetwork | Unset):  Default: 'base-sepolia'.
        expiry_days (int | Unset):  Default: 365.
        index_limit (int | Unset):  Default: 100.

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
        Response[Erc8004AuthRequestResponse]
    """

    kwargs = _get_kwargs(
        wallet=wallet,
        network=network,
        expiry_days=expiry_days,
        index_limit=index_limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    wallet: str,
    network: GetErc8004AuthRequestNetwork | Unset = "base-sepolia",
    expiry_days: int | Unset = 365,
    index_limit: int | Unset = 100,
) -> Erc8004AuthRequestResponse:
    """Build an ERC-8004 authorization request

     Returns the EIP-712 typed data a wallet signs to authorise ERC-8004 reputation export. Unsigned. TS
    sends `expiryDays`/`indexLimit` only if given; Python always sends 365/100. The server is the source
    of truth for contract addresses.

    Reference: P10. SDK methods: TS `reputation.buildERC8004Authorization`, Python
    `reputation.build_erc8004_authorization`.

    Args:
        wallet (str): The client wallet of the EIP-712 FeedbackAuth (`clientAddress`), an EVM
            address: ERC-8004 lives on Base (`network` is `base` or `base-sepolia`).
        network (GetErc8004AuthRequestNetwork | Unset):  Default: 'base-sepolia'.
        expiry_days (int | Unset):  Default: 365.
        index_limit (int | Unset):  Default: 100.

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
        Erc8004AuthRequestResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            wallet=wallet,
            network=network,
            expiry_days=expiry_days,
            index_limit=index_limit,
        )
    ).parsed
