from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.memory_probe_request import MemoryProbeRequest
from ...models.memory_probe_response import MemoryProbeResponse
from ...types import Response


def _get_kwargs(
    *,
    body: MemoryProbeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/memory/probe",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | MemoryProbeResponse | None:
    if response.status_code == 200:
        response_200 = MemoryProbeResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

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
) -> Response[ErrorEnvelope | MemoryProbeResponse]:
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
    body: MemoryProbeRequest,
) -> Response[ErrorEnvelope | MemoryProbeResponse]:
    """Zero-knowledge memory probe

     Searches memories by cognitive fingerprint (topic hashes + 64-dim embedding, reference §3.5) without
    revealing plaintext. Free per README, Python doc, TS comments and types; one TS method docstring
    says "$0.003 per probe (automatic 402 payment)" — ambiguous, modelled as free. Both SDKs follow up
    with retrieveMemoryBatch to decrypt matches.

    Reference: M7. SDK methods: TS `memory.probe`, Python `memory.probe`. Optional `Idempotency-Key`
    request header (see API description).

    Args:
        body (MemoryProbeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MemoryProbeResponse]
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
    body: MemoryProbeRequest,
) -> ErrorEnvelope | MemoryProbeResponse | None:
    """Zero-knowledge memory probe

     Searches memories by cognitive fingerprint (topic hashes + 64-dim embedding, reference §3.5) without
    revealing plaintext. Free per README, Python doc, TS comments and types; one TS method docstring
    says "$0.003 per probe (automatic 402 payment)" — ambiguous, modelled as free. Both SDKs follow up
    with retrieveMemoryBatch to decrypt matches.

    Reference: M7. SDK methods: TS `memory.probe`, Python `memory.probe`. Optional `Idempotency-Key`
    request header (see API description).

    Args:
        body (MemoryProbeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MemoryProbeResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MemoryProbeRequest,
) -> Response[ErrorEnvelope | MemoryProbeResponse]:
    """Zero-knowledge memory probe

     Searches memories by cognitive fingerprint (topic hashes + 64-dim embedding, reference §3.5) without
    revealing plaintext. Free per README, Python doc, TS comments and types; one TS method docstring
    says "$0.003 per probe (automatic 402 payment)" — ambiguous, modelled as free. Both SDKs follow up
    with retrieveMemoryBatch to decrypt matches.

    Reference: M7. SDK methods: TS `memory.probe`, Python `memory.probe`. Optional `Idempotency-Key`
    request header (see API description).

    Args:
        body (MemoryProbeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MemoryProbeResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MemoryProbeRequest,
) -> ErrorEnvelope | MemoryProbeResponse | None:
    """Zero-knowledge memory probe

     Searches memories by cognitive fingerprint (topic hashes + 64-dim embedding, reference §3.5) without
    revealing plaintext. Free per README, Python doc, TS comments and types; one TS method docstring
    says "$0.003 per probe (automatic 402 payment)" — ambiguous, modelled as free. Both SDKs follow up
    with retrieveMemoryBatch to decrypt matches.

    Reference: M7. SDK methods: TS `memory.probe`, Python `memory.probe`. Optional `Idempotency-Key`
    request header (see API description).

    Args:
        body (MemoryProbeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MemoryProbeResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
