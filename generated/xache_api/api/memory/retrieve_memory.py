from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.legacy_payment_required import LegacyPaymentRequired
from ...models.memory_retrieve_request import MemoryRetrieveRequest
from ...models.memory_retrieve_response import MemoryRetrieveResponse
from ...models.x402_payment_required import X402PaymentRequired
from ...types import Response


def _get_kwargs(
    *,
    body: MemoryRetrieveRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/memory/retrieve",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorEnvelope
    | LegacyPaymentRequired
    | X402PaymentRequired
    | MemoryRetrieveResponse
    | None
):
    if response.status_code == 200:
        response_200 = MemoryRetrieveResponse.from_dict(response.json())

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
    ErrorEnvelope | LegacyPaymentRequired | X402PaymentRequired | MemoryRetrieveResponse
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
    *,
    client: AuthenticatedClient | Client,
    body: MemoryRetrieveRequest,
) -> Response[
    ErrorEnvelope | LegacyPaymentRequired | X402PaymentRequired | MemoryRetrieveResponse
]:
    """Retrieve an encrypted memory

     Returns the ciphertext of one memory for client-side decryption. Paid (x402). Prices: README $0.003;
    TS doc $0.0005; Python doc $0.005; +$0.005 with immediate anchoring. TS sends `storageKey` (+
    subject access fields); Python sends `memoryId`.

    Reference: M2. SDK methods: TS `memory.retrieve`, Python `memory.retrieve`. Optional `Idempotency-
    Key` request header (see API description). Paid: $0.003 (README). On 402 retry once with `PAYMENT-
    SIGNATURE` and `Idempotency-Key: <X-Challenge-ID>`.

    Args:
        body (MemoryRetrieveRequest): Exactly one of `storageKey` (TS) or `memoryId` (Python SDK)
            must be present. The subject access-control fields are TS-only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | LegacyPaymentRequired | X402PaymentRequired | MemoryRetrieveResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: MemoryRetrieveRequest,
) -> (
    ErrorEnvelope
    | LegacyPaymentRequired
    | X402PaymentRequired
    | MemoryRetrieveResponse
    | None
):
    """Retrieve an encrypted memory

     Returns the ciphertext of one memory for client-side decryption. Paid (x402). Prices: README $0.003;
    TS doc $0.0005; Python doc $0.005; +$0.005 with immediate anchoring. TS sends `storageKey` (+
    subject access fields); Python sends `memoryId`.

    Reference: M2. SDK methods: TS `memory.retrieve`, Python `memory.retrieve`. Optional `Idempotency-
    Key` request header (see API description). Paid: $0.003 (README). On 402 retry once with `PAYMENT-
    SIGNATURE` and `Idempotency-Key: <X-Challenge-ID>`.

    Args:
        body (MemoryRetrieveRequest): Exactly one of `storageKey` (TS) or `memoryId` (Python SDK)
            must be present. The subject access-control fields are TS-only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | LegacyPaymentRequired | X402PaymentRequired | MemoryRetrieveResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MemoryRetrieveRequest,
) -> Response[
    ErrorEnvelope | LegacyPaymentRequired | X402PaymentRequired | MemoryRetrieveResponse
]:
    """Retrieve an encrypted memory

     Returns the ciphertext of one memory for client-side decryption. Paid (x402). Prices: README $0.003;
    TS doc $0.0005; Python doc $0.005; +$0.005 with immediate anchoring. TS sends `storageKey` (+
    subject access fields); Python sends `memoryId`.

    Reference: M2. SDK methods: TS `memory.retrieve`, Python `memory.retrieve`. Optional `Idempotency-
    Key` request header (see API description). Paid: $0.003 (README). On 402 retry once with `PAYMENT-
    SIGNATURE` and `Idempotency-Key: <X-Challenge-ID>`.

    Args:
        body (MemoryRetrieveRequest): Exactly one of `storageKey` (TS) or `memoryId` (Python SDK)
            must be present. The subject access-control fields are TS-only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | LegacyPaymentRequired | X402PaymentRequired | MemoryRetrieveResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MemoryRetrieveRequest,
) -> (
    ErrorEnvelope
    | LegacyPaymentRequired
    | X402PaymentRequired
    | MemoryRetrieveResponse
    | None
):
    """Retrieve an encrypted memory

     Returns the ciphertext of one memory for client-side decryption. Paid (x402). Prices: README $0.003;
    TS doc $0.0005; Python doc $0.005; +$0.005 with immediate anchoring. TS sends `storageKey` (+
    subject access fields); Python sends `memoryId`.

    Reference: M2. SDK methods: TS `memory.retrieve`, Python `memory.retrieve`. Optional `Idempotency-
    Key` request header (see API description). Paid: $0.003 (README). On 402 retry once with `PAYMENT-
    SIGNATURE` and `Idempotency-Key: <X-Challenge-ID>`.

    Args:
        body (MemoryRetrieveRequest): Exactly one of `storageKey` (TS) or `memoryId` (Python SDK)
            must be present. The subject access-control fields are TS-only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | LegacyPaymentRequired | X402PaymentRequired | MemoryRetrieveResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
