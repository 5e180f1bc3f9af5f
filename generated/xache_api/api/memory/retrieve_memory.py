from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.memory_retrieve_request import MemoryRetrieveRequest
from ...models.memory_retrieve_response import MemoryRetrieveResponse
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
) -> MemoryRetrieveResponse:
    if response.status_code == 200:
        response_200 = MemoryRetrieveResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(
        response.status_code, response.content, response.headers
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MemoryRetrieveResponse]:
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
) -> Response[MemoryRetrieveResponse]:
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
        Response[MemoryRetrieveResponse]
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
) -> MemoryRetrieveResponse:
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
        MemoryRetrieveResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MemoryRetrieveRequest,
) -> Response[MemoryRetrieveResponse]:
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
        Response[MemoryRetrieveResponse]
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
) -> MemoryRetrieveResponse:
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
        MemoryRetrieveResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
