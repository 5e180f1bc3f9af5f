from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.subject_purge_request import SubjectPurgeRequest
from ...models.subject_purge_response import SubjectPurgeResponse
from ...types import Response


def _get_kwargs(
    subject_id: str,
    *,
    body: SubjectPurgeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/subjects/{subject_id}/purge".format(
            subject_id=quote(str(subject_id), safe="", errors="surrogatepass"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SubjectPurgeResponse | None:
    if response.status_code == 200:
        response_200 = SubjectPurgeResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | SubjectPurgeResponse]:
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
    subject_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubjectPurgeRequest,
) -> Response[ErrorEnvelope | SubjectPurgeResponse]:
    """Purge a subject (GDPR)

     Irreversibly deletes all memories of a subject across all owned agents. The only DELETE with a JSON
    body (`deleteReceipts` is always sent). Owner-only.

    Reference: O6. SDK methods: TS `owner.purgeSubject`, Python `owner.purge_subject`.

    Args:
        subject_id (str):
        body (SubjectPurgeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SubjectPurgeResponse]
    """

    kwargs = _get_kwargs(
        subject_id=subject_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    subject_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubjectPurgeRequest,
) -> ErrorEnvelope | SubjectPurgeResponse | None:
    """Purge a subject (GDPR)

     Irreversibly deletes all memories of a subject across all owned agents. The only DELETE with a JSON
    body (`deleteReceipts` is always sent). Owner-only.

    Reference: O6. SDK methods: TS `owner.purgeSubject`, Python `owner.purge_subject`.

    Args:
        subject_id (str):
        body (SubjectPurgeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SubjectPurgeResponse
    """

    return sync_detailed(
        subject_id=subject_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    subject_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubjectPurgeRequest,
) -> Response[ErrorEnvelope | SubjectPurgeResponse]:
    """Purge a subject (GDPR)

     Irreversibly deletes all memories of a subject across all owned agents. The only DELETE with a JSON
    body (`deleteReceipts` is always sent). Owner-only.

    Reference: O6. SDK methods: TS `owner.purgeSubject`, Python `owner.purge_subject`.

    Args:
        subject_id (str):
        body (SubjectPurgeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SubjectPurgeResponse]
    """

    kwargs = _get_kwargs(
        subject_id=subject_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    subject_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubjectPurgeRequest,
) -> ErrorEnvelope | SubjectPurgeResponse | None:
    """Purge a subject (GDPR)

     Irreversibly deletes all memories of a subject across all owned agents. The only DELETE with a JSON
    body (`deleteReceipts` is always sent). Owner-only.

    Reference: O6. SDK methods: TS `owner.purgeSubject`, Python `owner.purge_subject`.

    Args:
        subject_id (str):
        body (SubjectPurgeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SubjectPurgeResponse
    """

    return (
        await asyncio_detailed(
            subject_id=subject_id,
            client=client,
            body=body,
        )
    ).parsed
