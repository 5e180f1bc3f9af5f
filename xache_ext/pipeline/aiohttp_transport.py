"""The default async transport: httpx requests sent over an aiohttp connection pool.

httpx's own async pool (httpcore) costs more per call than aiohttp and scans every pooled connection for
each request, which makes hundreds of concurrent calls super-linear. :class:`AiohttpTransport` keeps httpx
above it (auth flow, retries, the generated client, injected clients all see an ``httpx.AsyncClient``) and
hands the wire to aiohttp:

* exactly the bytes and the request target that were signed: the URL is given to aiohttp already encoded
  (no re-quoting), the body is ``request.content`` as is, and aiohttp adds no header of its own;
* ``httpx.Timeout``: ``connect`` bounds the socket connect, ``pool`` + ``connect`` the wait for a pooled
  or new connection, ``read`` the wait for each chunk of the answer (aiohttp has no write timeout);
* aiohttp's errors become the ``httpx.TransportError`` the retry layer expects (``httpx.ConnectTimeout``,
  ``httpx.ReadTimeout``, ``httpx.ConnectError``, ``httpx.RemoteProtocolError``, ``httpx.ReadError``);
* ``httpx.Limits``: ``max_connections`` caps the pool, ``keepalive_expiry`` closes idle connections;
* responses are read whole (the SDK reads every answer anyway) and returned as an ``httpx.Response``.

The aiohttp session is made on the first request, in the event loop that sends it (a client built outside
any loop works), made again if a later request comes from another loop, and closed by ``aclose()``.
aiohttp itself is imported on that first request, so ``import xache_ext`` stays cheap.
"""

from __future__ import annotations

import asyncio
import datetime
import importlib.util
import ssl
import time
import urllib.request
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ..logs import logger
from .tls import default_ssl_context

if TYPE_CHECKING:
    import aiohttp

__all__ = ["DEFAULT_LIMITS", "AiohttpTransport", "aiohttp_available", "default_async_transport"]

#: httpx's own default pool limits, kept for the aiohttp pool.
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)
# Headers aiohttp would otherwise add (httpx has already set what it means to send).
_SKIP_AUTO_HEADERS = ("Accept", "Accept-Encoding", "Content-Type", "User-Agent")
_HTTP_11 = b"HTTP/1.1"
_aiohttp_found: bool | None = None


def aiohttp_available() -> bool:
    """Whether aiohttp can be imported (looked up once, without importing it)."""
    global _aiohttp_found
    if _aiohttp_found is None:
        _aiohttp_found = importlib.util.find_spec("aiohttp") is not None
    return _aiohttp_found


def default_async_transport(options: Mapping[str, Any]) -> httpx.AsyncBaseTransport | None:
    """The transport for an ``httpx.AsyncClient`` built with keyword ``options`` and no ``transport``.

    An :class:`AiohttpTransport` with the same ``limits``, ``verify``, ``cert`` and ``trust_env``; or None
    (httpx builds its own pool) when the options ask for what it does not do: HTTP/2 or no HTTP/1.1, a
    proxy, a proxy from the environment, or aiohttp not installed.
    """
    trust_env = bool(options.get("trust_env", True))
    reason = None
    if options.get("http2") or not options.get("http1", True):
        reason = "HTTP/2"
    elif options.get("proxy") is not None:
        reason = "a proxy"
    elif trust_env and any(k in ("http", "https", "all") for k in urllib.request.getproxies()):
        reason = "a proxy from the environment"
    elif not aiohttp_available():
        reason = "aiohttp is not installed"
    if reason is not None:
        logger.debug("async transport: httpx's own (%s)", reason)
        return None
    return AiohttpTransport(
        limits=options.get("limits", DEFAULT_LIMITS),
        verify=options.get("verify", True),
        cert=options.get("cert"),
        trust_env=trust_env,
    )


class AiohttpTransport(httpx.AsyncBaseTransport):
    """An ``httpx.AsyncBaseTransport`` over an aiohttp connection pool (HTTP/1.1, no proxy).

    ``verify``, ``cert`` and ``trust_env`` build the TLS context exactly as httpx does (the same CA bundle).
    """

    def __init__(
        self,
        *,
        limits: httpx.Limits = DEFAULT_LIMITS,
        verify: ssl.SSLContext | str | bool = True,
        cert: Any = None,
        trust_env: bool = True,
    ) -> None:
        self._limits = limits
        self._verify = verify
        self._cert = cert
        self._trust_env = trust_env
        self._ssl: ssl.SSLContext | None = None
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._timeouts: dict[tuple[float | None, float | None, float | None], aiohttp.ClientTimeout] = {}

    def __repr__(self) -> str:
        return f"AiohttpTransport(limits={self._limits!r}, open={self._session is not None})"

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` and return its whole response."""
        import aiohttp

        session = self._session
        if session is None or self._loop is not asyncio.get_running_loop():
            session = await self._open()
        try:
            body = request.content
        except httpx.RequestNotRead:
            body = await request.aread()
        started = time.perf_counter()
        extensions = request.extensions
        sni_hostname = extensions.get("sni_hostname")
        try:
            response = await session.request(
                request.method,
                _encoded_url(request.url),
                headers=_headers(request.headers),
                data=body or None,
                allow_redirects=False,
                timeout=self._timeout(extensions.get("timeout")),
                **({} if sni_hostname is None else {"server_hostname": sni_hostname}),
            )
            try:
                content = await response.read()
            finally:
                response.release()
        except aiohttp.ClientError as exc:
            raise _httpx_error(exc, request) from exc
        except TimeoutError as exc:
            raise httpx.TimeoutException(str(exc) or "timed out", request=request) from exc
        reason = response.reason
        answer = httpx.Response(
            response.status,
            headers=response.raw_headers,
            stream=httpx.ByteStream(content),
            request=request,
            extensions={"http_version": _HTTP_11, "reason_phrase": reason.encode() if reason else b""},
        )
        if "content-encoding" not in answer.headers:
            # Nothing to decode: the body is the content. Handing it over read skips httpx's chunk iteration
            # (``aread`` returns it at once); an encoded body is left for httpx to decode.
            answer._content = content
            answer.is_stream_consumed = answer.is_closed = True
            answer.elapsed = datetime.timedelta(seconds=time.perf_counter() - started)
        return answer

    async def aclose(self) -> None:
        """Close the pool and let go of its event loop."""
        session, loop = self._session, self._loop
        self._session = self._loop = None
        if session is None or loop is None:
            return
        if loop is asyncio.get_running_loop() or loop.is_closed():
            await session.close()  # on a closed loop this only marks it closed: its sockets went with it
        elif loop.is_running():  # the session's loop runs in another thread
            asyncio.run_coroutine_threadsafe(session.close(), loop)

    async def _open(self) -> aiohttp.ClientSession:
        """A session bound to the running loop (closing one left from another loop)."""
        import aiohttp

        await self.aclose()
        if self._ssl is None:
            self._ssl = (
                default_ssl_context(self._trust_env)
                if self._verify is True and self._cert is None
                else httpx.create_ssl_context(verify=self._verify, cert=self._cert, trust_env=self._trust_env)
            )
        limits = self._limits
        connector = aiohttp.TCPConnector(
            limit=limits.max_connections or 0,
            limit_per_host=0,
            keepalive_timeout=limits.keepalive_expiry,
            ssl=self._ssl,
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),  # httpx keeps the cookies
            skip_auto_headers=_SKIP_AUTO_HEADERS,
            auto_decompress=False,  # httpx decodes Content-Encoding
            requote_redirect_url=False,
            trust_env=False,
            timeout=aiohttp.ClientTimeout(),
        )
        self._loop = asyncio.get_running_loop()
        return self._session

    def _timeout(self, timeout: Mapping[str, float | None] | None) -> aiohttp.ClientTimeout:
        import aiohttp

        timeout = timeout or {}
        connect, read, pool = timeout.get("connect"), timeout.get("read"), timeout.get("pool")
        key = (connect, read, pool)
        found = self._timeouts.get(key)
        if found is None:
            found = self._timeouts[key] = aiohttp.ClientTimeout(
                total=None,
                connect=None if pool is None or connect is None else pool + connect,
                sock_connect=connect,
                sock_read=read,
            )
        return found


def _encoded_url(url: httpx.URL) -> Any:
    """``url`` for aiohttp as it stands: percent-encoding, path and query exactly as httpx holds them."""
    from yarl import URL

    return URL(str(url), encoded=True)


def _headers(headers: httpx.Headers) -> list[tuple[str, str]]:
    """The request headers as sent by httpx: names as given, duplicates kept, the same bytes on the wire."""
    try:
        return [(name.decode("ascii"), value.decode("utf-8")) for name, value in headers.raw]
    except UnicodeDecodeError as exc:  # aiohttp writes headers as UTF-8
        raise httpx.LocalProtocolError(f"a request header is not UTF-8: {exc}") from exc


def _httpx_error(exc: Exception, request: httpx.Request) -> httpx.TransportError:
    """The httpx error that httpx's own transport raises for the failure aiohttp reported as ``exc``."""
    import aiohttp

    kind: type[httpx.TransportError]
    if isinstance(exc, aiohttp.ConnectionTimeoutError):  # no connection in time, new or pooled
        kind = httpx.ConnectTimeout
    elif isinstance(exc, aiohttp.ServerTimeoutError):
        kind = httpx.ReadTimeout
    elif isinstance(exc, aiohttp.ClientProxyConnectionError | aiohttp.ClientHttpProxyError):
        kind = httpx.ProxyError
    elif isinstance(exc, aiohttp.ClientConnectorError):  # refused, DNS, TLS handshake or certificate
        kind = httpx.ConnectError
    elif isinstance(  # a hang-up, a short body or a malformed answer
        exc, aiohttp.ServerDisconnectedError | aiohttp.ClientPayloadError | aiohttp.ClientResponseError
    ):
        kind = httpx.RemoteProtocolError
    elif isinstance(exc, aiohttp.InvalidURL | aiohttp.NonHttpUrlClientError):
        kind = httpx.UnsupportedProtocol
    elif isinstance(exc, aiohttp.ClientConnectionError):  # reset or broken while sending or reading
        kind = httpx.ReadError
    else:
        kind = httpx.TransportError
    return kind(str(exc) or type(exc).__name__, request=request)
