from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
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
) -> SubjectPurgeResponse:
    if response.status_code == 200:
        response_200 = SubjectPurgeResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(
        response.status_code, response.content, response.headers
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SubjectPurgeResponse]:
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
) -> Response[SubjectPurgeResponse]:
    """Purge a subject (GDPR)

     Irreversibly deletes all memories of a subject across all owned agents. The only DELETE with a JSON
    body (`deleteReceipts` is always sent). Owner-only.

    Reference: O6. SDK methods: TS `owner.purgeSubject`, Python `owner.purge_subject`.

    Args:
        subject_id (str):
        body (SubjectPurgeRequest):

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
        Response[SubjectPurgeResponse]
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
) -> SubjectPurgeResponse:
    """Purge a subject (GDPR)

     Irreversibly deletes all memories of a subject across all owned agents. The only DELETE with a JSON
    body (`deleteReceipts` is always sent). Owner-only.

    Reference: O6. SDK methods: TS `owner.purgeSubject`, Python `owner.purge_subject`.

    Args:
        subject_id (str):
        body (SubjectPurgeRequest):

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
        SubjectPurgeResponse
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
) -> Response[SubjectPurgeResponse]:
    """Purge a subject (GDPR)

     Irreversibly deletes all memories of a subject across all owned agents. The only DELETE with a JSON
    body (`deleteReceipts` is always sent). Owner-only.

    Reference: O6. SDK methods: TS `owner.purgeSubject`, Python `owner.purge_subject`.

    Args:
        subject_id (str):
        body (SubjectPurgeRequest):

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
        Response[SubjectPurgeResponse]
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
) -> SubjectPurgeResponse:
    """Purge a subject (GDPR)

     Irreversibly deletes all memories of a subject across all owned agents. The only DELETE with a JSON
    body (`deleteReceipts` is always sent). Owner-only.

    Reference: O6. SDK methods: TS `owner.purgeSubject`, Python `owner.purge_subject`.

    Args:
        subject_id (str):
        body (SubjectPurgeRequest):

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
        SubjectPurgeResponse
    """

    return (
        await asyncio_detailed(
            subject_id=subject_id,
            client=client,
            body=body,
        )
    ).parsed
