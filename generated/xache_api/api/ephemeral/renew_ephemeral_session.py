from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ephemeral_session_response import EphemeralSessionResponse
from ...types import Response


def _get_kwargs(
    session_key: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/ephemeral/sessions/{session_key}/renew".format(
            session_key=quote(str(session_key), safe="", errors="surrogatepass"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EphemeralSessionResponse:
    if response.status_code == 200:
        response_200 = EphemeralSessionResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(
        response.status_code, response.content, response.headers
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EphemeralSessionResponse]:
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
) -> Response[EphemeralSessionResponse]:
    """Renew an ephemeral session

     Extends the TTL, using one window. Paid (x402, $0.005 per the root README; SDK code silent). No
    body.

    Reference: X4. SDK methods: TS `ephemeral.renewSession`, Python `ephemeral.renew_session`. Optional
    `Idempotency-Key` request header (see API description). Paid: $0.005 (README). On 402 retry once
    with `PAYMENT-SIGNATURE` and `Idempotency-Key: <X-Challenge-ID>`.

    Args:
        session_key (str): Opaque id. No SDK states a limit; the ids the server issues are about
            30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.

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
        Response[EphemeralSessionResponse]
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
) -> EphemeralSessionResponse:
    """Renew an ephemeral session

     Extends the TTL, using one window. Paid (x402, $0.005 per the root README; SDK code silent). No
    body.

    Reference: X4. SDK methods: TS `ephemeral.renewSession`, Python `ephemeral.renew_session`. Optional
    `Idempotency-Key` request header (see API description). Paid: $0.005 (README). On 402 retry once
    with `PAYMENT-SIGNATURE` and `Idempotency-Key: <X-Challenge-ID>`.

    Args:
        session_key (str): Opaque id. No SDK states a limit; the ids the server issues are about
            30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.

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
        EphemeralSessionResponse
    """

    return sync_detailed(
        session_key=session_key,
        client=client,
    ).parsed


async def asyncio_detailed(
    session_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EphemeralSessionResponse]:
    """Renew an ephemeral session

     Extends the TTL, using one window. Paid (x402, $0.005 per the root README; SDK code silent). No
    body.

    Reference: X4. SDK methods: TS `ephemeral.renewSession`, Python `ephemeral.renew_session`. Optional
    `Idempotency-Key` request header (see API description). Paid: $0.005 (README). On 402 retry once
    with `PAYMENT-SIGNATURE` and `Idempotency-Key: <X-Challenge-ID>`.

    Args:
        session_key (str): Opaque id. No SDK states a limit; the ids the server issues are about
            30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.

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
        Response[EphemeralSessionResponse]
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
) -> EphemeralSessionResponse:
    """Renew an ephemeral session

     Extends the TTL, using one window. Paid (x402, $0.005 per the root README; SDK code silent). No
    body.

    Reference: X4. SDK methods: TS `ephemeral.renewSession`, Python `ephemeral.renew_session`. Optional
    `Idempotency-Key` request header (see API description). Paid: $0.005 (README). On 402 retry once
    with `PAYMENT-SIGNATURE` and `Idempotency-Key: <X-Challenge-ID>`.

    Args:
        session_key (str): Opaque id. No SDK states a limit; the ids the server issues are about
            30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.

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
        EphemeralSessionResponse
    """

    return (
        await asyncio_detailed(
            session_key=session_key,
            client=client,
        )
    ).parsed
