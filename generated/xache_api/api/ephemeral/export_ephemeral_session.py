from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ephemeral_export_response import EphemeralExportResponse
from ...models.error_envelope import ErrorEnvelope
from ...models.export_ephemeral_session_format import (
    ExportEphemeralSessionFormat,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    session_key: str,
    *,
    format_: ExportEphemeralSessionFormat | Unset = "json",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ephemeral/sessions/{session_key}/export".format(
            session_key=quote(str(session_key), safe="", errors="surrogatepass"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EphemeralExportResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = EphemeralExportResponse.from_dict(response.json())

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
) -> Response[EphemeralExportResponse | ErrorEnvelope]:
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
    format_: ExportEphemeralSessionFormat | Unset = "json",
) -> Response[EphemeralExportResponse | ErrorEnvelope]:
    """Export a session

     Exports the session. The shape of `data` per format is not specified by the SDKs (untyped; markdown
    is presumably a string inside the envelope).

    Reference: X12. SDK methods: TS `ephemeral.exportSession`, Python `ephemeral.export_session`.

    Args:
        session_key (str): Opaque id. No SDK states a limit; the ids the server issues are about
            30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.
        format_ (ExportEphemeralSessionFormat | Unset):  Default: 'json'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EphemeralExportResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        session_key=session_key,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_key: str,
    *,
    client: AuthenticatedClient | Client,
    format_: ExportEphemeralSessionFormat | Unset = "json",
) -> EphemeralExportResponse | ErrorEnvelope | None:
    """Export a session

     Exports the session. The shape of `data` per format is not specified by the SDKs (untyped; markdown
    is presumably a string inside the envelope).

    Reference: X12. SDK methods: TS `ephemeral.exportSession`, Python `ephemeral.export_session`.

    Args:
        session_key (str): Opaque id. No SDK states a limit; the ids the server issues are about
            30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.
        format_ (ExportEphemeralSessionFormat | Unset):  Default: 'json'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EphemeralExportResponse | ErrorEnvelope
    """

    return sync_detailed(
        session_key=session_key,
        client=client,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    session_key: str,
    *,
    client: AuthenticatedClient | Client,
    format_: ExportEphemeralSessionFormat | Unset = "json",
) -> Response[EphemeralExportResponse | ErrorEnvelope]:
    """Export a session

     Exports the session. The shape of `data` per format is not specified by the SDKs (untyped; markdown
    is presumably a string inside the envelope).

    Reference: X12. SDK methods: TS `ephemeral.exportSession`, Python `ephemeral.export_session`.

    Args:
        session_key (str): Opaque id. No SDK states a limit; the ids the server issues are about
            30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.
        format_ (ExportEphemeralSessionFormat | Unset):  Default: 'json'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EphemeralExportResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        session_key=session_key,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_key: str,
    *,
    client: AuthenticatedClient | Client,
    format_: ExportEphemeralSessionFormat | Unset = "json",
) -> EphemeralExportResponse | ErrorEnvelope | None:
    """Export a session

     Exports the session. The shape of `data` per format is not specified by the SDKs (untyped; markdown
    is presumably a string inside the envelope).

    Reference: X12. SDK methods: TS `ephemeral.exportSession`, Python `ephemeral.export_session`.

    Args:
        session_key (str): Opaque id. No SDK states a limit; the ids the server issues are about
            30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.
        format_ (ExportEphemeralSessionFormat | Unset):  Default: 'json'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EphemeralExportResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            session_key=session_key,
            client=client,
            format_=format_,
        )
    ).parsed
