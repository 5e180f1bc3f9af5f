from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ephemeral_session_response import EphemeralSessionResponse
from ...models.error_envelope import ErrorEnvelope
from ...models.legacy_payment_required import LegacyPaymentRequired
from ...models.x402_payment_required import X402PaymentRequired
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
) -> (
    EphemeralSessionResponse
    | ErrorEnvelope
    | LegacyPaymentRequired
    | X402PaymentRequired
    | None
):
    if response.status_code == 200:
        response_200 = EphemeralSessionResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 402:

        def _parse_response_402(
            data: object,
        ) -> LegacyPaymentRequired | X402PaymentRequired:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_payment_required_body_type_0 = (
                    X402PaymentRequired.from_dict(data)
                )

                return componentsschemas_payment_required_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_payment_required_body_type_1 = (
                LegacyPaymentRequired.from_dict(data)
            )

            return componentsschemas_payment_required_body_type_1

        response_402 = _parse_response_402(response.json())

        return response_402

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
) -> Response[
    EphemeralSessionResponse
    | ErrorEnvelope
    | LegacyPaymentRequired
    | X402PaymentRequired
]:
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
) -> Response[
    EphemeralSessionResponse
    | ErrorEnvelope
    | LegacyPaymentRequired
    | X402PaymentRequired
]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EphemeralSessionResponse | ErrorEnvelope | LegacyPaymentRequired | X402PaymentRequired]
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
) -> (
    EphemeralSessionResponse
    | ErrorEnvelope
    | LegacyPaymentRequired
    | X402PaymentRequired
    | None
):
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EphemeralSessionResponse | ErrorEnvelope | LegacyPaymentRequired | X402PaymentRequired
    """

    return sync_detailed(
        session_key=session_key,
        client=client,
    ).parsed


async def asyncio_detailed(
    session_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    EphemeralSessionResponse
    | ErrorEnvelope
    | LegacyPaymentRequired
    | X402PaymentRequired
]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EphemeralSessionResponse | ErrorEnvelope | LegacyPaymentRequired | X402PaymentRequired]
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
) -> (
    EphemeralSessionResponse
    | ErrorEnvelope
    | LegacyPaymentRequired
    | X402PaymentRequired
    | None
):
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EphemeralSessionResponse | ErrorEnvelope | LegacyPaymentRequired | X402PaymentRequired
    """

    return (
        await asyncio_detailed(
            session_key=session_key,
            client=client,
        )
    ).parsed
