from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.session_validate_request import SessionValidateRequest
from ...models.session_validate_response import SessionValidateResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    session_id: str,
    *,
    body: SessionValidateRequest | Unset = UNSET,
    wallet: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["wallet"] = wallet

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/sessions/{session_id}/validate".format(
            session_id=quote(str(session_id), safe="", errors="surrogatepass"),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SessionValidateResponse | None:
    if response.status_code == 200:
        response_200 = SessionValidateResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | SessionValidateResponse]:
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
    body: SessionValidateRequest | Unset = UNSET,
    wallet: str,
) -> Response[ErrorEnvelope | SessionValidateResponse]:
    """Validate a wallet session

     Checks that a session is valid for an amount/scope. TS sends `{}` when no options are given.
    Response fields differ between the SDKs (both documented).

    Reference: S4. SDK methods: TS `sessions.validate`, Python `sessions.validate`. Optional
    `Idempotency-Key` request header (see API description).

    Args:
        session_id (str): Opaque id. No SDK states a limit; the ids the server issues are about 30
            characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.
        wallet (str): An EVM (`0x` + 40 hex) or Solana (32–44 base58) address, the formats of
            reference §1.7.
        body (SessionValidateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SessionValidateResponse]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
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
    body: SessionValidateRequest | Unset = UNSET,
    wallet: str,
) -> ErrorEnvelope | SessionValidateResponse | None:
    """Validate a wallet session

     Checks that a session is valid for an amount/scope. TS sends `{}` when no options are given.
    Response fields differ between the SDKs (both documented).

    Reference: S4. SDK methods: TS `sessions.validate`, Python `sessions.validate`. Optional
    `Idempotency-Key` request header (see API description).

    Args:
        session_id (str): Opaque id. No SDK states a limit; the ids the server issues are about 30
            characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.
        wallet (str): An EVM (`0x` + 40 hex) or Solana (32–44 base58) address, the formats of
            reference §1.7.
        body (SessionValidateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SessionValidateResponse
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        body=body,
        wallet=wallet,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SessionValidateRequest | Unset = UNSET,
    wallet: str,
) -> Response[ErrorEnvelope | SessionValidateResponse]:
    """Validate a wallet session

     Checks that a session is valid for an amount/scope. TS sends `{}` when no options are given.
    Response fields differ between the SDKs (both documented).

    Reference: S4. SDK methods: TS `sessions.validate`, Python `sessions.validate`. Optional
    `Idempotency-Key` request header (see API description).

    Args:
        session_id (str): Opaque id. No SDK states a limit; the ids the server issues are about 30
            characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.
        wallet (str): An EVM (`0x` + 40 hex) or Solana (32–44 base58) address, the formats of
            reference §1.7.
        body (SessionValidateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SessionValidateResponse]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
        wallet=wallet,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SessionValidateRequest | Unset = UNSET,
    wallet: str,
) -> ErrorEnvelope | SessionValidateResponse | None:
    """Validate a wallet session

     Checks that a session is valid for an amount/scope. TS sends `{}` when no options are given.
    Response fields differ between the SDKs (both documented).

    Reference: S4. SDK methods: TS `sessions.validate`, Python `sessions.validate`. Optional
    `Idempotency-Key` request header (see API description).

    Args:
        session_id (str): Opaque id. No SDK states a limit; the ids the server issues are about 30
            characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.
        wallet (str): An EVM (`0x` + 40 hex) or Solana (32–44 base58) address, the formats of
            reference §1.7.
        body (SessionValidateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SessionValidateResponse
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            body=body,
            wallet=wallet,
        )
    ).parsed
