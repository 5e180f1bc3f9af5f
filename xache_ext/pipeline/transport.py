"""The httpx clients the SDK builds for itself, and their defaults.

They are stock ``httpx.Client`` / ``httpx.AsyncClient`` objects (signing, payment and retries live in the
pipeline, so an injected client keeps all of them). The async one sends over aiohttp
(:mod:`.aiohttp_transport`) unless its options ask for what only httpx's own pool does; both read cookies only
from answers that set one (:mod:`.cookies`).
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import httpx

from .aiohttp_transport import AiohttpTransport, default_async_transport
from .cookies import SetCookieJar
from .tls import default_ssl_context

__all__ = ["DEFAULT_TIMEOUT", "async_sender", "build_request", "new_async_client", "new_sync_client"]

_httpx_logger = logging.getLogger("httpx")
_PLAIN_ARGS = frozenset({"method", "url", "params", "json", "content", "headers"})
_WITH_BODY = frozenset({"POST", "PUT", "PATCH"})

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)


def _shared_tls(options: Mapping[str, Any]) -> Mapping[str, Any]:
    """``options`` with the shared default TLS context, unless they set their own verification."""
    if "verify" in options or "cert" in options:
        return options
    return {**options, "verify": default_ssl_context(bool(options.get("trust_env", True)))}


def new_sync_client(options: Mapping[str, Any]) -> httpx.Client:
    """A blocking client with keyword ``options``."""
    client = httpx.Client(**_shared_tls(options))
    client._cookies = SetCookieJar(client._cookies)
    return client


def new_async_client(options: Mapping[str, Any]) -> httpx.AsyncClient:
    """An async client with keyword ``options``, over aiohttp unless they name a ``transport``."""
    options = _shared_tls(options)
    if "transport" not in options:
        options = {**options, "transport": default_async_transport(options)}
    client = httpx.AsyncClient(**options)
    client._cookies = SetCookieJar(client._cookies)
    return client


def async_sender(http: httpx.AsyncClient) -> Callable[[httpx.Request], Awaitable[httpx.Response]]:
    """How to send a built request with ``http``: ``http.send``, or the same in fewer steps when it can.

    Redirects are never followed. Over an :class:`~.aiohttp_transport.AiohttpTransport`, with no auth, event hooks or mounts,
    everything ``AsyncClient.send`` adds on its way to the transport is a no-op except the closed check, the
    timeout, the cookies and the log line; the direct path does those and calls the transport itself (about
    a tenth of a call's CPU).
    """
    transport = http._transport
    if (
        type(transport) is not AiohttpTransport
        or http.auth is not None
        or http.event_hooks["request"]
        or http.event_hooks["response"]
        or http._mounts
    ):
        return functools.partial(http.send, follow_redirects=False)  # signed headers stay on their origin

    async def send(request: httpx.Request) -> httpx.Response:
        if http.is_closed:
            raise RuntimeError("Cannot send a request, as the client has been closed.")
        if "timeout" not in request.extensions:
            request.extensions = {**request.extensions, "timeout": http.timeout.as_dict()}
        response = await transport.handle_async_request(request)
        response.default_encoding = http._default_encoding
        if not response.is_closed:
            try:
                await response.aread()
            finally:
                await response.aclose()
        http.cookies.extract_cookies(response)
        if _httpx_logger.isEnabledFor(logging.INFO):
            _httpx_logger.info(
                'HTTP Request: %s %s "%s %d %s"',
                request.method,
                request.url,
                response.http_version,
                response.status_code,
                response.reason_phrase,
            )
        return response

    return send


def build_request(http: httpx.Client | httpx.AsyncClient, args: Mapping[str, Any]) -> httpx.Request:
    """``http.build_request(**args)``: the same request (URL, headers in the same order, body bytes, timeout).

    The SDK's own requests (an absolute URL, a JSON or bytes body, a few headers none of which the client also
    sets, and no client cookies or params to merge) are put together directly, about three times faster than
    httpx's general merge of every argument; any other request goes to ``http.build_request``.
    """
    url = args["url"]
    headers = args.get("headers") or {}
    payload = args.get("json")
    content = args.get("content")
    client_headers = http.headers
    if (
        not _PLAIN_ARGS.issuperset(args)
        or not isinstance(url, httpx.URL)
        or not url.is_absolute_url
        or (payload is not None and content is not None)
        or not isinstance(content, bytes | str | None)
        or http.params
        or len(http.cookies.jar)
        or any(name in client_headers for name in headers)
    ):
        return http.build_request(**args)
    method = str(args["method"]).upper()
    params = args.get("params")
    if params:
        url = url.copy_merge_params(params)
    defaults: list[tuple[str, str]] = []
    if payload is not None:  # httpx's own encoding of ``json=``
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
        defaults = [("Content-Length", str(len(body))), ("Content-Type", "application/json")]
    else:
        body = content.encode("utf-8") if isinstance(content, str) else content or b""
        if body:
            defaults = [("Content-Length", str(len(body)))]
    given = {name.lower() for name in headers}

    def present(name: str) -> bool:
        return name.lower() in given or name in client_headers

    raw: list[tuple[Any, Any]] = [] if present("Host") else [(b"Host", url.netloc)]
    if (
        not body
        and method in _WITH_BODY
        and not present("Content-Length")
        and not present("Transfer-Encoding")
    ):
        raw.append((b"Content-Length", b"0"))
    raw += client_headers.raw
    raw += headers.items()
    raw += [(name, value) for name, value in defaults if not present(name)]
    request = httpx.Request(
        method,
        url,
        headers=raw,
        stream=httpx.ByteStream(body),
        extensions={"timeout": http.timeout.as_dict()},
    )
    request._content = body  # read already, as httpx leaves a request it built from bytes
    return request
