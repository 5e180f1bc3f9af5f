from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.memory_store_request import MemoryStoreRequest
from ...models.memory_store_response import MemoryStoreResponse
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
) -> MemoryStoreResponse:
    if response.status_code == 200:
        response_200 = MemoryStoreResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(
        response.status_code, response.content, response.headers
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MemoryStoreResponse]:
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
) -> Response[MemoryStoreResponse]:
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
        Response[MemoryStoreResponse]
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
) -> MemoryStoreResponse:
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
        MemoryStoreResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MemoryStoreRequest,
) -> Response[MemoryStoreResponse]:
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
        Response[MemoryStoreResponse]
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
) -> MemoryStoreResponse:
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
        MemoryStoreResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
