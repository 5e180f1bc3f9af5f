"""The httpx clients the SDK sends through: retries, idempotency keys and transport-error mapping.

``send`` runs one logical call: it fixes the call's Idempotency-Key and payment state once, then sends
attempts on the schedule of :class:`~xache_ext.pipeline.retry.RetryPolicy`. Authentication (signing and x402) is an
``httpx.Auth`` applied inside every attempt, so each attempt is signed afresh.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import httpx

from ..errors import APIConnectionError, APITimeoutError
from ..logs import logger
from .aiohttp_transport import default_async_transport
from .call_state import call_state
from .cookies import SetCookieJar
from .retry import Outcome, RetryPolicy

__all__ = ["DEFAULT_TIMEOUT", "AsyncXacheHttpClient", "XacheHttpClient", "aiohttp_transport"]

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
# Looked up at call time, so tests can replace the waits of this module alone.
_sleep = time.sleep
_async_sleep = asyncio.sleep


def _final(outcome: Outcome, request: httpx.Request) -> httpx.Response:
    if isinstance(outcome, httpx.Response):
        return outcome
    kind = APITimeoutError if isinstance(outcome, httpx.TimeoutException) else APIConnectionError
    message = f"{request.method} {request.url.path} failed: {type(outcome).__name__}: {outcome}"
    raise kind(message, request=request) from outcome


def _log_attempt(request: httpx.Request, outcome: Outcome, attempt: int, started: float) -> None:
    if not logger.isEnabledFor(logging.DEBUG):
        return
    result = outcome.status_code if isinstance(outcome, httpx.Response) else type(outcome).__name__
    logger.debug(
        "%s %s -> %s (attempt %d, %.1f ms)",
        request.method,
        request.url.raw_path.decode("ascii", "replace"),
        result,
        attempt,
        (time.perf_counter() - started) * 1000,
    )


class XacheHttpClient(httpx.Client):
    """A blocking ``httpx.Client`` that retries per a :class:`RetryPolicy`."""

    def __init__(self, *, retry: RetryPolicy | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
        super().__init__(**kwargs)
        self._cookies = SetCookieJar(self._cookies)
        self.retry_policy = retry or RetryPolicy()

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        state = call_state(request)
        schedule = self.retry_policy.schedule()
        next(schedule)
        while True:
            state.attempts += 1
            started = time.perf_counter()
            outcome: Outcome
            try:
                outcome = super().send(request, **kwargs)
            except httpx.TransportError as exc:
                outcome = exc
            _log_attempt(request, outcome, state.attempts, started)
            try:
                delay = schedule.send(outcome)
            except StopIteration as done:
                return _final(done.value, request)
            _sleep(delay)


def aiohttp_transport(**kwargs: Any) -> httpx.AsyncBaseTransport:
    """An aiohttp-based async transport (the ``aiohttp`` extra): much faster under concurrency.

    Use it as ``AsyncXacheHttpClient(transport=aiohttp_transport())`` and pass that client to
    ``XacheClient(http_client=...)``.
    """
    try:
        from httpx_aiohttp import AiohttpTransport
    except ImportError as exc:
        raise ImportError(
            "aiohttp_transport() needs the aiohttp extra: pip install 'xache-sdk[aiohttp]'"
        ) from exc
    transport: httpx.AsyncBaseTransport = AiohttpTransport(**kwargs)
    return transport


class AsyncXacheHttpClient(httpx.AsyncClient):
    """An ``httpx.AsyncClient`` that retries per a :class:`RetryPolicy` (over aiohttp unless ``transport=``)."""

    def __init__(self, *, retry: RetryPolicy | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
        if "transport" not in kwargs:
            kwargs["transport"] = default_async_transport(kwargs)
        super().__init__(**kwargs)
        self._cookies = SetCookieJar(self._cookies)
        self.retry_policy = retry or RetryPolicy()

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        state = call_state(request)
        schedule = self.retry_policy.schedule()
        next(schedule)
        while True:
            state.attempts += 1
            started = time.perf_counter()
            outcome: Outcome
            try:
                outcome = await super().send(request, **kwargs)
            except httpx.TransportError as exc:
                outcome = exc
            _log_attempt(request, outcome, state.attempts, started)
            try:
                delay = schedule.send(outcome)
            except StopIteration as done:
                return _final(done.value, request)
            await _async_sleep(delay)
