"""When and how long to wait before retrying a request.

One :class:`RetryPolicy` decides for both the blocking and the async client: the clients only run the
schedule it returns (see :mod:`xache_ext.pipeline.flow`).
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Generator

import attrs
import httpx

from ..contract.schema import loads_bounded

__all__ = ["RETRYABLE_STATUSES", "Outcome", "RetryPolicy", "parse_retry_after"]

RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# Error codes the server uses for requests that would fail the same way again.
FINAL_ERROR_CODES = frozenset({"INVALID_INPUT", "UNAUTHENTICATED", "CONFLICT", "BUDGET_EXCEEDED"})
MAX_RETRY_AFTER = 60.0

Outcome = httpx.Response | httpx.TransportError


def parse_retry_after(headers: httpx.Headers, *, now: float | None = None) -> float | None:
    """Seconds the server asked us to wait (``retry-after-ms``, ``retry-after`` seconds or HTTP date)."""
    raw_ms = headers.get("retry-after-ms")
    if raw_ms is not None:
        try:
            return max(float(raw_ms) / 1000.0, 0.0)
        except ValueError:
            pass
    raw = headers.get("retry-after")
    if raw is None:
        return None
    try:
        return max(float(raw), 0.0)
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return None
    return max(parsed.timestamp() - (time.time() if now is None else now), 0.0)


@attrs.frozen
class RetryPolicy:
    """Retries connection errors and 408/429/5xx with exponential backoff, jitter and Retry-After."""

    max_retries: int = attrs.field(default=2, validator=attrs.validators.ge(0))
    initial_delay: float = 0.5
    max_delay: float = 8.0

    def backoff(self, retries_done: int) -> float:
        """Exponential delay with jitter for the given number of retries already made."""
        delay = min(self.initial_delay * (2.0**retries_done), self.max_delay)
        return delay * (1.0 - 0.25 * random.random())

    def delay_for(self, outcome: Outcome, retries_done: int) -> float | None:
        """Seconds to wait before the next attempt, or None if ``outcome`` is final."""
        if retries_done >= self.max_retries:
            return None
        if isinstance(outcome, httpx.TransportError):
            return self.backoff(retries_done)
        if outcome.status_code not in RETRYABLE_STATUSES:
            return None
        if outcome.headers.get("x-should-retry", "").strip().lower() == "false":
            return None
        if _error_code(outcome) in FINAL_ERROR_CODES:
            return None
        server_asked = parse_retry_after(outcome.headers)
        if server_asked is not None and server_asked <= MAX_RETRY_AFTER:
            return server_asked
        return self.backoff(retries_done)

    def schedule(self) -> Generator[float, Outcome, Outcome]:
        """A generator fed each attempt's outcome; it yields the delay before the next one or returns the final outcome."""
        retries_done = 0
        outcome = yield 0.0
        while True:
            delay = self.delay_for(outcome, retries_done)
            if delay is None:
                return outcome
            retries_done += 1
            outcome = yield delay


def _error_code(response: httpx.Response) -> str | None:
    if "json" not in response.headers.get("content-type", ""):
        return None
    try:
        body = loads_bounded(response.content)
    except (ValueError, httpx.ResponseNotRead):
        return None
    error = body.get("error") if isinstance(body, dict) else None
    code = error.get("code") if isinstance(error, dict) else None
    return code if isinstance(code, str) else None
