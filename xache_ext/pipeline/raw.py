"""``client.api``: the generated low-level client, sending through the same pipeline as the facade.

The generated endpoint functions call ``client.get_httpx_client().request(...)`` (``sync*``) or
``client.get_async_httpx_client().request(...)`` (``asyncio*``). Here those return senders that run the request
through the pipeline, so a raw call is checked, signed, paid, retried and raises the same typed errors.
"""

from __future__ import annotations

from typing import Any, NoReturn, Self, TypeVar

import httpx
from xache_api import Client as GeneratedClient

from ..errors import WrongFlavourError
from .flow import Pipeline
from .runner import run_async, run_sync

__all__ = ["RawClient", "WrongFlavourError"]

H = TypeVar("H", httpx.Client, httpx.AsyncClient)
_OWNED = "client.api sends through its XacheClient, which sets {}"
_WRONG = (
    "this is the {0}: call the generated {1}()/{1}_detailed() functions, or use {2} for {3}()/{3}_detailed()"
)


class _SyncSender:
    def __init__(self, pipeline: Pipeline, http: httpx.Client) -> None:
        self._pipeline = pipeline
        self._http = http

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        return run_sync(
            self._http, self._pipeline.response(self._http, {"method": method, "url": url, **kwargs})
        )


class _AsyncSender:
    def __init__(self, pipeline: Pipeline, http: httpx.AsyncClient) -> None:
        self._pipeline = pipeline
        self._http = http

    async def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        args = {"method": method, "url": url, **kwargs}
        return await run_async(self._http, self._pipeline.response(self._http, args))


class RawClient(GeneratedClient):
    """The generated ``xache_api`` client bound to one SDK client's pipeline and connection pool."""

    def __init__(self, base_url: str, pipeline: Pipeline, http: httpx.Client | httpx.AsyncClient) -> None:
        super().__init__(base_url=base_url)
        self._pipeline = pipeline
        self.http = http

    def _http_of(self, kind: type[H], wrong: str) -> H:
        if not isinstance(self.http, kind):
            raise WrongFlavourError(wrong)
        return self.http

    # The generated functions only call .request() on what these return, so a sender stands in for the client.
    def get_httpx_client(self) -> Any:
        """The sender the generated ``sync`` / ``sync_detailed`` functions use."""
        wrong = _WRONG.format("async XacheClient", "asyncio", "XacheClientSync", "sync")
        return _SyncSender(self._pipeline, self._http_of(httpx.Client, wrong))

    def get_async_httpx_client(self) -> Any:
        """The sender the generated ``asyncio`` / ``asyncio_detailed`` functions use."""
        wrong = _WRONG.format("blocking XacheClientSync", "sync", "XacheClient", "asyncio")
        return _AsyncSender(self._pipeline, self._http_of(httpx.AsyncClient, wrong))

    # What the generated client offers for its own httpx clients does not apply: this one sends through its
    # XacheClient, whose options and lifetime rule.
    def with_headers(self, headers: dict[str, str]) -> NoReturn:
        raise TypeError(_OWNED.format("headers: pass headers= to the XacheClient (or inject http_client=)"))

    def with_cookies(self, cookies: dict[str, str]) -> NoReturn:
        raise TypeError(_OWNED.format("cookies: inject an http_client= with them"))

    def with_timeout(self, timeout: httpx.Timeout) -> NoReturn:
        raise TypeError(_OWNED.format("a timeout: pass timeout= to the XacheClient"))

    def set_httpx_client(self, client: httpx.Client) -> NoReturn:
        raise TypeError(_OWNED.format("an httpx client: pass http_client= to the XacheClient"))

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> NoReturn:
        raise TypeError(_OWNED.format("an httpx client: pass http_client= to the XacheClient"))

    def __enter__(self) -> Self:
        """Nothing to open: the XacheClient's own ``with`` / ``async with`` opens and closes the connections."""
        return self

    def __exit__(self, *args: object, **kwargs: Any) -> None:
        return None

    async def __aenter__(self) -> Self:
        """As :meth:`__enter__`."""
        return self

    async def __aexit__(self, *args: object, **kwargs: Any) -> None:
        return None

    def __repr__(self) -> str:
        return f"RawClient(base_url={self._base_url!r})"
