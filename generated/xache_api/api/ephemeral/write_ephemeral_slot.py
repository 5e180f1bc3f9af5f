from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ephemeral_slot_name import EphemeralSlotName
from ...models.ephemeral_slot_write_request import EphemeralSlotWriteRequest
from ...models.error_envelope import ErrorEnvelope
from ...models.success_response import SuccessResponse
from ...types import Response


def _get_kwargs(
    session_key: str,
    slot: EphemeralSlotName,
    *,
    body: EphemeralSlotWriteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/ephemeral/sessions/{session_key}/slots/{slot}".format(
            session_key=quote(str(session_key), safe="", errors="surrogatepass"),
            slot=quote(str(slot), safe="", errors="surrogatepass"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SuccessResponse | None:
    if response.status_code == 200:
        response_200 = SuccessResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | SuccessResponse]:
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
    session_key: str,
    slot: EphemeralSlotName,
    *,
    client: AuthenticatedClient | Client,
    body: EphemeralSlotWriteRequest,
) -> Response[ErrorEnvelope | SuccessResponse]:
    """Write a slot

     Overwrites a slot's content (covered by the session fee).

    Reference: X7. SDK methods: TS `ephemeral.writeSlot`, Python `ephemeral.write_slot`. Optional
    `Idempotency-Key` request header (see API description).

    Args:
        session_key (str): Opaque id. No SDK states a limit; the ids the server issues are about
            30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.
        slot (EphemeralSlotName): Working-memory slot name.
        body (EphemeralSlotWriteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SuccessResponse]
    """

    kwargs = _get_kwargs(
        session_key=session_key,
        slot=slot,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_key: str,
    slot: EphemeralSlotName,
    *,
    client: AuthenticatedClient | Client,
    body: EphemeralSlotWriteRequest,
) -> ErrorEnvelope | SuccessResponse | None:
    """Write a slot

     Overwrites a slot's content (covered by the session fee).

    Reference: X7. SDK methods: TS `ephemeral.writeSlot`, Python `ephemeral.write_slot`. Optional
    `Idempotency-Key` request header (see API description).

    Args:
        session_key (str): Opaque id. No SDK states a limit; the ids the server issues are about
            30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.
        slot (EphemeralSlotName): Working-memory slot name.
        body (EphemeralSlotWriteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SuccessResponse
    """

    return sync_detailed(
        session_key=session_key,
        slot=slot,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    session_key: str,
    slot: EphemeralSlotName,
    *,
    client: AuthenticatedClient | Client,
    body: EphemeralSlotWriteRequest,
) -> Response[ErrorEnvelope | SuccessResponse]:
    """Write a slot

     Overwrites a slot's content (covered by the session fee).

    Reference: X7. SDK methods: TS `ephemeral.writeSlot`, Python `ephemeral.write_slot`. Optional
    `Idempotency-Key` request header (see API description).

    Args:
        session_key (str): Opaque id. No SDK states a limit; the ids the server issues are about
            30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.
        slot (EphemeralSlotName): Working-memory slot name.
        body (EphemeralSlotWriteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SuccessResponse]
    """

    kwargs = _get_kwargs(
        session_key=session_key,
        slot=slot,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_key: str,
    slot: EphemeralSlotName,
    *,
    client: AuthenticatedClient | Client,
    body: EphemeralSlotWriteRequest,
) -> ErrorEnvelope | SuccessResponse | None:
    """Write a slot

     Overwrites a slot's content (covered by the session fee).

    Reference: X7. SDK methods: TS `ephemeral.writeSlot`, Python `ephemeral.write_slot`. Optional
    `Idempotency-Key` request header (see API description).

    Args:
        session_key (str): Opaque id. No SDK states a limit; the ids the server issues are about
            30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.
        slot (EphemeralSlotName): Working-memory slot name.
        body (EphemeralSlotWriteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SuccessResponse
    """

    return (
        await asyncio_detailed(
            session_key=session_key,
            slot=slot,
            client=client,
            body=body,
        )
    ).parsed
