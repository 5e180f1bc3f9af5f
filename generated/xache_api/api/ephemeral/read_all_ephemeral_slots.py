from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ephemeral_slots_response import EphemeralSlotsResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    session_key: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ephemeral/sessions/{session_key}/slots".format(
            session_key=quote(str(session_key), safe="", errors="surrogatepass"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EphemeralSlotsResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = EphemeralSlotsResponse.from_dict(response.json())

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
) -> Response[EphemeralSlotsResponse | ErrorEnvelope]:
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
    *,
    client: AuthenticatedClient | Client,
) -> Response[EphemeralSlotsResponse | ErrorEnvelope]:
    """Read all slots

     Returns a map of slot name → slot object.

    Reference: X9. SDK methods: TS `ephemeral.readAllSlots`, Python `ephemeral.read_all_slots`.

    Args:
        session_key (str): Opaque id. No SDK states a limit; the ids the server issues are about
            30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EphemeralSlotsResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        session_key=session_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> EphemeralSlotsResponse | ErrorEnvelope | None:
    """Read all slots

     Returns a map of slot name → slot object.

    Reference: X9. SDK methods: TS `ephemeral.readAllSlots`, Python `ephemeral.read_all_slots`.

    Args:
        session_key (str): Opaque id. No SDK states a limit; the ids the server issues are about
            30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EphemeralSlotsResponse | ErrorEnvelope
    """

    return sync_detailed(
        session_key=session_key,
        client=client,
    ).parsed


async def asyncio_detailed(
    session_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EphemeralSlotsResponse | ErrorEnvelope]:
    """Read all slots

     Returns a map of slot name → slot object.

    Reference: X9. SDK methods: TS `ephemeral.readAllSlots`, Python `ephemeral.read_all_slots`.

    Args:
        session_key (str): Opaque id. No SDK states a limit; the ids the server issues are about
            30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EphemeralSlotsResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        session_key=session_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> EphemeralSlotsResponse | ErrorEnvelope | None:
    """Read all slots

     Returns a map of slot name → slot object.

    Reference: X9. SDK methods: TS `ephemeral.readAllSlots`, Python `ephemeral.read_all_slots`.

    Args:
        session_key (str): Opaque id. No SDK states a limit; the ids the server issues are about
            30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EphemeralSlotsResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            session_key=session_key,
            client=client,
        )
    ).parsed
