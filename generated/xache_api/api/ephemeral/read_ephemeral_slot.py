from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ephemeral_slot_content_response import EphemeralSlotContentResponse
from ...models.ephemeral_slot_name import EphemeralSlotName
from ...types import Response


def _get_kwargs(
    session_key: str,
    slot: EphemeralSlotName,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ephemeral/sessions/{session_key}/slots/{slot}".format(
            session_key=quote(str(session_key), safe="", errors="surrogatepass"),
            slot=quote(str(slot), safe="", errors="surrogatepass"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EphemeralSlotContentResponse:
    if response.status_code == 200:
        response_200 = EphemeralSlotContentResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(
        response.status_code, response.content, response.headers
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EphemeralSlotContentResponse]:
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
) -> Response[EphemeralSlotContentResponse]:
    """Read a slot

     Returns the slot object itself as `data`.

    Reference: X8. SDK methods: TS `ephemeral.readSlot`, Python `ephemeral.read_slot`.

    Args:
        session_key (str): Opaque id. No SDK states a limit; the ids the server issues are about
            30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.
        slot (EphemeralSlotName): Working-memory slot name.

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
        Response[EphemeralSlotContentResponse]
    """

    kwargs = _get_kwargs(
        session_key=session_key,
        slot=slot,
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
) -> EphemeralSlotContentResponse:
    """Read a slot

     Returns the slot object itself as `data`.

    Reference: X8. SDK methods: TS `ephemeral.readSlot`, Python `ephemeral.read_slot`.

    Args:
        session_key (str): Opaque id. No SDK states a limit; the ids the server issues are about
            30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.
        slot (EphemeralSlotName): Working-memory slot name.

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
        EphemeralSlotContentResponse
    """

    return sync_detailed(
        session_key=session_key,
        slot=slot,
        client=client,
    ).parsed


async def asyncio_detailed(
    session_key: str,
    slot: EphemeralSlotName,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EphemeralSlotContentResponse]:
    """Read a slot

     Returns the slot object itself as `data`.

    Reference: X8. SDK methods: TS `ephemeral.readSlot`, Python `ephemeral.read_slot`.

    Args:
        session_key (str): Opaque id. No SDK states a limit; the ids the server issues are about
            30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.
        slot (EphemeralSlotName): Working-memory slot name.

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
        Response[EphemeralSlotContentResponse]
    """

    kwargs = _get_kwargs(
        session_key=session_key,
        slot=slot,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_key: str,
    slot: EphemeralSlotName,
    *,
    client: AuthenticatedClient | Client,
) -> EphemeralSlotContentResponse:
    """Read a slot

     Returns the slot object itself as `data`.

    Reference: X8. SDK methods: TS `ephemeral.readSlot`, Python `ephemeral.read_slot`.

    Args:
        session_key (str): Opaque id. No SDK states a limit; the ids the server issues are about
            30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.
        slot (EphemeralSlotName): Working-memory slot name.

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
        EphemeralSlotContentResponse
    """

    return (
        await asyncio_detailed(
            session_key=session_key,
            slot=slot,
            client=client,
        )
    ).parsed
