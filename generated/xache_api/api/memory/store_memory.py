from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.legacy_payment_required import LegacyPaymentRequired
from ...models.memory_store_request import MemoryStoreRequest
from ...models.memory_store_response import MemoryStoreResponse
from ...models.x402_payment_required import X402PaymentRequired
from ...types import Response


def _get_kwargs(
    *,
    body: MemoryStoreRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/memory/store",
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
    | MemoryStoreResponse
    | None
):
    if response.status_code == 200:
        response_200 = MemoryStoreResponse.from_dict(response.json())

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
    ErrorEnvelope | LegacyPaymentRequired | X402PaymentRequired | MemoryStoreResponse
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
    body: MemoryStoreRequest,
) -> Response[
    ErrorEnvelope | LegacyPaymentRequired | X402PaymentRequired | MemoryStoreResponse
]:
    """Store an encrypted memory

     Stores a client-side encrypted memory. Paid (x402). Prices: README $0.002; TS doc $0.001; Python doc
    $0.01; `anchoring: immediate` adds $0.005 per receipt.

    Two wire layouts exist. TS SDK (confirmed on the wire): storageKey, encryptedPayload,
    encryptedPatterns, encryptionNonce, checksum, storageTier, context, tags, metadata, fingerprint (+
    expiresAt, anchoring, subject fields when given). Python SDK: encryptedData, storageTier, metadata
    (object or null, always present), context?, tags?, subject fields?, anchoring?. The server must
    accept both; the response carries the key as `storageKey` (TS) and/or `memoryId` (Python).

    Reference: M1. SDK methods: TS `memory.store`, Python `memory.store`. Optional `Idempotency-Key`
    request header (see API description). Paid: $0.002 (README). On 402 retry once with `PAYMENT-
    SIGNATURE` and `Idempotency-Key: <X-Challenge-ID>`.

    Args:
        body (MemoryStoreRequest): Exactly one of two layouts must be present: TS layout
            `storageKey` + `encryptedPayload` + `encryptionNonce` + `checksum` + `encryptedPatterns`,
            or Python-SDK layout `encryptedData`. TS wire order: storageKey, encryptedPayload,
            encryptedPatterns, encryptionNonce, checksum, storageTier, context, tags, metadata,
            fingerprint (then expiresAt, anchoring, subject fields when given). Client limits: TS
            ciphertext ≤ 2048 bytes; Python `json.dumps(data)` ≤ 400 chars.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | LegacyPaymentRequired | X402PaymentRequired | MemoryStoreResponse]
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
    body: MemoryStoreRequest,
) -> (
    ErrorEnvelope
    | LegacyPaymentRequired
    | X402PaymentRequired
    | MemoryStoreResponse
    | None
):
    """Store an encrypted memory

     Stores a client-side encrypted memory. Paid (x402). Prices: README $0.002; TS doc $0.001; Python doc
    $0.01; `anchoring: immediate` adds $0.005 per receipt.

    Two wire layouts exist. TS SDK (confirmed on the wire): storageKey, encryptedPayload,
    encryptedPatterns, encryptionNonce, checksum, storageTier, context, tags, metadata, fingerprint (+
    expiresAt, anchoring, subject fields when given). Python SDK: encryptedData, storageTier, metadata
    (object or null, always present), context?, tags?, subject fields?, anchoring?. The server must
    accept both; the response carries the key as `storageKey` (TS) and/or `memoryId` (Python).

    Reference: M1. SDK methods: TS `memory.store`, Python `memory.store`. Optional `Idempotency-Key`
    request header (see API description). Paid: $0.002 (README). On 402 retry once with `PAYMENT-
    SIGNATURE` and `Idempotency-Key: <X-Challenge-ID>`.

    Args:
        body (MemoryStoreRequest): Exactly one of two layouts must be present: TS layout
            `storageKey` + `encryptedPayload` + `encryptionNonce` + `checksum` + `encryptedPatterns`,
            or Python-SDK layout `encryptedData`. TS wire order: storageKey, encryptedPayload,
            encryptedPatterns, encryptionNonce, checksum, storageTier, context, tags, metadata,
            fingerprint (then expiresAt, anchoring, subject fields when given). Client limits: TS
            ciphertext ≤ 2048 bytes; Python `json.dumps(data)` ≤ 400 chars.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | LegacyPaymentRequired | X402PaymentRequired | MemoryStoreResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MemoryStoreRequest,
) -> Response[
    ErrorEnvelope | LegacyPaymentRequired | X402PaymentRequired | MemoryStoreResponse
]:
    """Store an encrypted memory

     Stores a client-side encrypted memory. Paid (x402). Prices: README $0.002; TS doc $0.001; Python doc
    $0.01; `anchoring: immediate` adds $0.005 per receipt.

    Two wire layouts exist. TS SDK (confirmed on the wire): storageKey, encryptedPayload,
    encryptedPatterns, encryptionNonce, checksum, storageTier, context, tags, metadata, fingerprint (+
    expiresAt, anchoring, subject fields when given). Python SDK: encryptedData, storageTier, metadata
    (object or null, always present), context?, tags?, subject fields?, anchoring?. The server must
    accept both; the response carries the key as `storageKey` (TS) and/or `memoryId` (Python).

    Reference: M1. SDK methods: TS `memory.store`, Python `memory.store`. Optional `Idempotency-Key`
    request header (see API description). Paid: $0.002 (README). On 402 retry once with `PAYMENT-
    SIGNATURE` and `Idempotency-Key: <X-Challenge-ID>`.

    Args:
        body (MemoryStoreRequest): Exactly one of two layouts must be present: TS layout
            `storageKey` + `encryptedPayload` + `encryptionNonce` + `checksum` + `encryptedPatterns`,
            or Python-SDK layout `encryptedData`. TS wire order: storageKey, encryptedPayload,
            encryptedPatterns, encryptionNonce, checksum, storageTier, context, tags, metadata,
            fingerprint (then expiresAt, anchoring, subject fields when given). Client limits: TS
            ciphertext ≤ 2048 bytes; Python `json.dumps(data)` ≤ 400 chars.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | LegacyPaymentRequired | X402PaymentRequired | MemoryStoreResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MemoryStoreRequest,
) -> (
    ErrorEnvelope
    | LegacyPaymentRequired
    | X402PaymentRequired
    | MemoryStoreResponse
    | None
):
    """Store an encrypted memory

     Stores a client-side encrypted memory. Paid (x402). Prices: README $0.002; TS doc $0.001; Python doc
    $0.01; `anchoring: immediate` adds $0.005 per receipt.

    Two wire layouts exist. TS SDK (confirmed on the wire): storageKey, encryptedPayload,
    encryptedPatterns, encryptionNonce, checksum, storageTier, context, tags, metadata, fingerprint (+
    expiresAt, anchoring, subject fields when given). Python SDK: encryptedData, storageTier, metadata
    (object or null, always present), context?, tags?, subject fields?, anchoring?. The server must
    accept both; the response carries the key as `storageKey` (TS) and/or `memoryId` (Python).

    Reference: M1. SDK methods: TS `memory.store`, Python `memory.store`. Optional `Idempotency-Key`
    request header (see API description). Paid: $0.002 (README). On 402 retry once with `PAYMENT-
    SIGNATURE` and `Idempotency-Key: <X-Challenge-ID>`.

    Args:
        body (MemoryStoreRequest): Exactly one of two layouts must be present: TS layout
            `storageKey` + `encryptedPayload` + `encryptionNonce` + `checksum` + `encryptedPatterns`,
            or Python-SDK layout `encryptedData`. TS wire order: storageKey, encryptedPayload,
            encryptedPatterns, encryptionNonce, checksum, storageTier, context, tags, metadata,
            fingerprint (then expiresAt, anchoring, subject fields when given). Client limits: TS
            ciphertext ≤ 2048 bytes; Python `json.dumps(data)` ≤ 400 chars.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | LegacyPaymentRequired | X402PaymentRequired | MemoryStoreResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
