from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.legacy_payment_required import LegacyPaymentRequired
from ...models.memory_batch_retrieve_response import MemoryBatchRetrieveResponse
from ...models.memory_retrieve_batch_request import MemoryRetrieveBatchRequest
from ...models.x402_payment_required import X402PaymentRequired
from ...types import Response


def _get_kwargs(
    *,
    body: MemoryRetrieveBatchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/memory/retrieve/batch",
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
    | MemoryBatchRetrieveResponse
    | None
):
    if response.status_code == 200:
        response_200 = MemoryBatchRetrieveResponse.from_dict(response.json())

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
    ErrorEnvelope
    | LegacyPaymentRequired
    | X402PaymentRequired
    | MemoryBatchRetrieveResponse
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
    body: MemoryRetrieveBatchRequest,
) -> Response[
    ErrorEnvelope
    | LegacyPaymentRequired
    | X402PaymentRequired
    | MemoryBatchRetrieveResponse
]:
    """Retrieve up to 100 memories

     Retrieves 1–100 memories with one payment (README $0.0016 per item). TS and the Python graph module
    send `storageKeys`; the Python SDK sends `memoryIds`.

    Reference: M6. SDK methods: TS `memory.retrieveBatch`, Python `memory.retrieve_batch`. Optional
    `Idempotency-Key` request header (see API description). Paid: $0.0016 per item (README). On 402
    retry once with `PAYMENT-SIGNATURE` and `Idempotency-Key: <X-Challenge-ID>`.

    Args:
        body (MemoryRetrieveBatchRequest): Exactly one of `storageKeys` (TS) or `memoryIds`
            (Python SDK) must be present, 1–100 non-empty strings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | LegacyPaymentRequired | X402PaymentRequired | MemoryBatchRetrieveResponse]
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
    body: MemoryRetrieveBatchRequest,
) -> (
    ErrorEnvelope
    | LegacyPaymentRequired
    | X402PaymentRequired
    | MemoryBatchRetrieveResponse
    | None
):
    """Retrieve up to 100 memories

     Retrieves 1–100 memories with one payment (README $0.0016 per item). TS and the Python graph module
    send `storageKeys`; the Python SDK sends `memoryIds`.

    Reference: M6. SDK methods: TS `memory.retrieveBatch`, Python `memory.retrieve_batch`. Optional
    `Idempotency-Key` request header (see API description). Paid: $0.0016 per item (README). On 402
    retry once with `PAYMENT-SIGNATURE` and `Idempotency-Key: <X-Challenge-ID>`.

    Args:
        body (MemoryRetrieveBatchRequest): Exactly one of `storageKeys` (TS) or `memoryIds`
            (Python SDK) must be present, 1–100 non-empty strings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | LegacyPaymentRequired | X402PaymentRequired | MemoryBatchRetrieveResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MemoryRetrieveBatchRequest,
) -> Response[
    ErrorEnvelope
    | LegacyPaymentRequired
    | X402PaymentRequired
    | MemoryBatchRetrieveResponse
]:
    """Retrieve up to 100 memories

     Retrieves 1–100 memories with one payment (README $0.0016 per item). TS and the Python graph module
    send `storageKeys`; the Python SDK sends `memoryIds`.

    Reference: M6. SDK methods: TS `memory.retrieveBatch`, Python `memory.retrieve_batch`. Optional
    `Idempotency-Key` request header (see API description). Paid: $0.0016 per item (README). On 402
    retry once with `PAYMENT-SIGNATURE` and `Idempotency-Key: <X-Challenge-ID>`.

    Args:
        body (MemoryRetrieveBatchRequest): Exactly one of `storageKeys` (TS) or `memoryIds`
            (Python SDK) must be present, 1–100 non-empty strings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | LegacyPaymentRequired | X402PaymentRequired | MemoryBatchRetrieveResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MemoryRetrieveBatchRequest,
) -> (
    ErrorEnvelope
    | LegacyPaymentRequired
    | X402PaymentRequired
    | MemoryBatchRetrieveResponse
    | None
):
    """Retrieve up to 100 memories

     Retrieves 1–100 memories with one payment (README $0.0016 per item). TS and the Python graph module
    send `storageKeys`; the Python SDK sends `memoryIds`.

    Reference: M6. SDK methods: TS `memory.retrieveBatch`, Python `memory.retrieve_batch`. Optional
    `Idempotency-Key` request header (see API description). Paid: $0.0016 per item (README). On 402
    retry once with `PAYMENT-SIGNATURE` and `Idempotency-Key: <X-Challenge-ID>`.

    Args:
        body (MemoryRetrieveBatchRequest): Exactly one of `storageKeys` (TS) or `memoryIds`
            (Python SDK) must be present, 1–100 non-empty strings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | LegacyPaymentRequired | X402PaymentRequired | MemoryBatchRetrieveResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
