from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ephemeral_export_response import EphemeralExportResponse
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
) -> EphemeralExportResponse:
    if response.status_code == 200:
        response_200 = EphemeralExportResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(
        response.status_code, response.content, response.headers
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EphemeralExportResponse]:
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
) -> Response[EphemeralExportResponse]:
    """Export a session

     Exports the session. The shape of `data` per format is not specified by the SDKs (untyped; markdown
    is presumably a string inside the envelope).

    Reference: X12. SDK methods: TS `ephemeral.exportSession`, Python `ephemeral.export_session`.

    Args:
        session_key (str): Opaque id. No SDK states a limit; the ids the server issues are about
            30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.
        format_ (ExportEphemeralSessionFormat | Unset):  Default: 'json'.

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
        Response[EphemeralExportResponse]
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
) -> EphemeralExportResponse:
    """Export a session

     Exports the session. The shape of `data` per format is not specified by the SDKs (untyped; markdown
    is presumably a string inside the envelope).

    Reference: X12. SDK methods: TS `ephemeral.exportSession`, Python `ephemeral.export_session`.

    Args:
        session_key (str): Opaque id. No SDK states a limit; the ids the server issues are about
            30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.
        format_ (ExportEphemeralSessionFormat | Unset):  Default: 'json'.

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
        EphemeralExportResponse
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
) -> Response[EphemeralExportResponse]:
    """Export a session

     Exports the session. The shape of `data` per format is not specified by the SDKs (untyped; markdown
    is presumably a string inside the envelope).

    Reference: X12. SDK methods: TS `ephemeral.exportSession`, Python `ephemeral.export_session`.

    Args:
        session_key (str): Opaque id. No SDK states a limit; the ids the server issues are about
            30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.
        format_ (ExportEphemeralSessionFormat | Unset):  Default: 'json'.

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
        Response[EphemeralExportResponse]
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
) -> EphemeralExportResponse:
    """Export a session

     Exports the session. The shape of `data` per format is not specified by the SDKs (untyped; markdown
    is presumably a string inside the envelope).

    Reference: X12. SDK methods: TS `ephemeral.exportSession`, Python `ephemeral.export_session`.

    Args:
        session_key (str): Opaque id. No SDK states a limit; the ids the server issues are about
            30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.
        format_ (ExportEphemeralSessionFormat | Unset):  Default: 'json'.

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
        EphemeralExportResponse
    """

    return (
        await asyncio_detailed(
            session_key=session_key,
            client=client,
            format_=format_,
        )
    ).parsed
