from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.memory_batch_retrieve_response import MemoryBatchRetrieveResponse
from ...models.memory_retrieve_batch_request import MemoryRetrieveBatchRequest
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
) -> MemoryBatchRetrieveResponse:
    if response.status_code == 200:
        response_200 = MemoryBatchRetrieveResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(
        response.status_code, response.content, response.headers
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MemoryBatchRetrieveResponse]:
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
) -> Response[MemoryBatchRetrieveResponse]:
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
        Response[MemoryBatchRetrieveResponse]
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
) -> MemoryBatchRetrieveResponse:
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
        MemoryBatchRetrieveResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MemoryRetrieveBatchRequest,
) -> Response[MemoryBatchRetrieveResponse]:
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
        Response[MemoryBatchRetrieveResponse]
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
) -> MemoryBatchRetrieveResponse:
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
        MemoryBatchRetrieveResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
