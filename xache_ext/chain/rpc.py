"""JSON-RPC calls as steps: a chain read is a generator that yields :class:`RpcCall` and receives each result.

The same step generator runs on a blocking client (:func:`run_sync`), an async client (:func:`run_async`), inside
the request pipeline (:func:`relay`, for the pre-flight of a payment) or inside a facade operation, so
every read is written once and sent over the SDK's own httpx client (no web3 stack).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Generator
from typing import Any, TypeVar

import attrs
import httpx

from ..errors import APIConnectionError, ChainRpcError
from ..pipeline import runner
from ..pipeline.retry import RetryPolicy
from ..pipeline.steps import Flow, Send, Sleep

__all__ = ["RPC_RETRY", "RPC_TIMEOUT", "ChainSteps", "RpcCall", "relay", "run_async", "run_sync"]

T = TypeVar("T")
ChainSteps = Generator["RpcCall", Any, T]
"""A chain read: yields the JSON-RPC calls it needs, receives each ``result``, returns its value."""

RPC_TIMEOUT = httpx.Timeout(15.0, connect=5.0)
RPC_RETRY = RetryPolicy(max_retries=2)
_ids = itertools.count(1)


@attrs.frozen
class RpcCall:
    """One JSON-RPC 2.0 call to ``url``."""

    url: str
    method: str
    params: tuple[Any, ...] = ()

    @property
    def host(self) -> str:
        """The RPC host (what errors and logs show: full RPC URLs often embed an API key)."""
        return httpx.URL(self.url).host or "?"

    def request_args(self) -> dict[str, Any]:
        """``httpx`` request arguments: a POST of the JSON-RPC body, outside the Xache pipeline."""
        body = {"jsonrpc": "2.0", "id": next(_ids), "method": self.method, "params": list(self.params)}
        return {
            "method": "POST",
            "url": self.url,
            "content": json.dumps(body, separators=(",", ":")).encode(),
            "headers": {"Content-Type": "application/json", "Accept": "application/json"},
        }

    def request(self, timeout: httpx.Timeout = RPC_TIMEOUT) -> httpx.Request:
        """The call as a standalone ``httpx.Request``: no client headers (nothing of the Xache client leaks to
        the RPC provider), the given timeout."""
        return httpx.Request(**self.request_args(), extensions={"timeout": timeout.as_dict()})

    def fail(self, message: str, code: int | None = None) -> ChainRpcError:
        """A :class:`ChainRpcError` about this call."""
        return ChainRpcError(
            f"{self.method} on {self.host}: {message}", host=self.host, method=self.method, code=code
        )

    def result(self, response: httpx.Response) -> Any:
        """The ``result`` of the answer, or :class:`ChainRpcError` for an HTTP or JSON-RPC error."""
        if response.status_code != 200:
            raise self.fail(f"HTTP {response.status_code}")
        try:
            body = json.loads(response.content)
        except ValueError:
            raise self.fail("the answer is not JSON") from None
        if not isinstance(body, dict):
            raise self.fail("the answer is not a JSON-RPC response")
        error = body.get("error")
        if error is not None:
            code = error.get("code") if isinstance(error, dict) else None
            message = error.get("message") if isinstance(error, dict) else None
            raise self.fail(str(message or error), code if isinstance(code, int) else None)
        if "result" not in body:
            raise self.fail("the answer has no result")
        return body["result"]


def relay(
    steps: ChainSteps[T], timeout: httpx.Timeout = RPC_TIMEOUT, retry: RetryPolicy = RPC_RETRY
) -> Flow[T]:
    """A chain read as pipeline steps: each call is sent as it is (no Xache signing, headers or payment),
    retried on connection errors, 429 and 5xx, and its answer turned into the call's result; a final failure is
    a :class:`ChainRpcError` naming the RPC host."""
    reply: Any = None
    while True:
        try:
            call = steps.send(reply)
        except StopIteration as done:
            value: T = done.value
            return value
        schedule = retry.schedule()
        next(schedule)
        while True:
            outcome = yield Send(call.request(timeout), foreign=True)
            try:
                delay = schedule.send(outcome)
            except StopIteration:
                break
            yield Sleep(delay)
        if isinstance(outcome, httpx.TransportError | APIConnectionError):
            raise call.fail(f"{type(outcome).__name__}: {outcome}") from outcome
        reply = call.result(outcome)


def run_sync(steps: ChainSteps[T], http: httpx.Client) -> T:
    """Run a chain read on a blocking httpx client (its transport and timeout; not its default headers)."""
    return runner.run_sync(http, relay(steps, http.timeout))


async def run_async(steps: ChainSteps[T], http: httpx.AsyncClient) -> T:
    """Run a chain read on an async httpx client (its transport and timeout; not its default headers)."""
    return await runner.run_async(http, relay(steps, http.timeout))
