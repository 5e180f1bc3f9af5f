from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.extract_request import ExtractRequest
from ...models.extract_response import ExtractResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ExtractRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/extract",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ExtractResponse:
    if response.status_code == 200:
        response_200 = ExtractResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(
        response.status_code, response.content, response.headers
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ExtractResponse]:
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
    body: ExtractRequest,
) -> Response[ExtractResponse]:
    """Extract memories from a trace

     Runs LLM-based memory extraction over an agent trace. Paid (x402). Prices: README/TS types $0.002
    for `api-key` and `endpoint` modes and $0.011 for `xache-managed` (TS method doc: 0.001 / 0.01,
    stale). The Python SDK has no 402 handling here. Xache-managed mode requires PII-scrubbed traces.

    Reference: E1. SDK methods: TS `extraction.extract`, Python `extraction.extract`. Optional
    `Idempotency-Key` request header (see API description). Paid: $0.002 (README). On 402 retry once
    with `PAYMENT-SIGNATURE` and `Idempotency-Key: <X-Challenge-ID>`.

    Args:
        body (ExtractRequest):

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
        Response[ExtractResponse]
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
    body: ExtractRequest,
) -> ExtractResponse:
    """Extract memories from a trace

     Runs LLM-based memory extraction over an agent trace. Paid (x402). Prices: README/TS types $0.002
    for `api-key` and `endpoint` modes and $0.011 for `xache-managed` (TS method doc: 0.001 / 0.01,
    stale). The Python SDK has no 402 handling here. Xache-managed mode requires PII-scrubbed traces.

    Reference: E1. SDK methods: TS `extraction.extract`, Python `extraction.extract`. Optional
    `Idempotency-Key` request header (see API description). Paid: $0.002 (README). On 402 retry once
    with `PAYMENT-SIGNATURE` and `Idempotency-Key: <X-Challenge-ID>`.

    Args:
        body (ExtractRequest):

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
        ExtractResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExtractRequest,
) -> Response[ExtractResponse]:
    """Extract memories from a trace

     Runs LLM-based memory extraction over an agent trace. Paid (x402). Prices: README/TS types $0.002
    for `api-key` and `endpoint` modes and $0.011 for `xache-managed` (TS method doc: 0.001 / 0.01,
    stale). The Python SDK has no 402 handling here. Xache-managed mode requires PII-scrubbed traces.

    Reference: E1. SDK methods: TS `extraction.extract`, Python `extraction.extract`. Optional
    `Idempotency-Key` request header (see API description). Paid: $0.002 (README). On 402 retry once
    with `PAYMENT-SIGNATURE` and `Idempotency-Key: <X-Challenge-ID>`.

    Args:
        body (ExtractRequest):

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
        Response[ExtractResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ExtractRequest,
) -> ExtractResponse:
    """Extract memories from a trace

     Runs LLM-based memory extraction over an agent trace. Paid (x402). Prices: README/TS types $0.002
    for `api-key` and `endpoint` modes and $0.011 for `xache-managed` (TS method doc: 0.001 / 0.01,
    stale). The Python SDK has no 402 handling here. Xache-managed mode requires PII-scrubbed traces.

    Reference: E1. SDK methods: TS `extraction.extract`, Python `extraction.extract`. Optional
    `Idempotency-Key` request header (see API description). Paid: $0.002 (README). On 402 retry once
    with `PAYMENT-SIGNATURE` and `Idempotency-Key: <X-Challenge-ID>`.

    Args:
        body (ExtractRequest):

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
        ExtractResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
